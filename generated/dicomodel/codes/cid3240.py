"""CID 3240 Electrophysiology Measurement Function/Technique.

Extensible, version 20020904, UID 1.2.840.10008.6.1.53.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3240
NAME: Final[str] = "Electrophysiology Measurement Function/Technique"
KEYWORD: Final[str | None] = "ElectrophysiologyMeasurementFunctionAndTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.53"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferentialSignal: Final[Code] = Code("DCM", "109006", "Differential signal", (3240,))
"""Differential signal (DCM 109006)."""

HisBundleElectrogram: Final[Code] = Code("DCM", "109007", "His bundle electrogram", (3240,))
"""His bundle electrogram (DCM 109007)."""

MonopoleSignal: Final[Code] = Code("DCM", "109008", "Monopole signal", (3240,))
"""Monopole signal (DCM 109008)."""

PacingElectricalStimulusVoltage: Final[Code] = Code(
    "DCM", "109009", "Pacing (electrical) stimulus, voltage", (3240,)
)
"""Pacing (electrical) stimulus, voltage (DCM 109009)."""

RadioFrequencyAblationPower: Final[Code] = Code(
    "DCM", "109010", "Radio frequency ablation, power", (3240,)
)
"""Radio frequency ablation, power (DCM 109010)."""

VoltageMeasurementByBasketCatheter: Final[Code] = Code(
    "DCM", "109011", "Voltage measurement by basket catheter", (3240,)
)
"""Voltage measurement by basket catheter (DCM 109011)."""

VoltageMeasurementByMappingCatheter: Final[Code] = Code(
    "DCM", "109012", "Voltage measurement by mapping catheter", (3240,)
)
"""Voltage measurement by mapping catheter (DCM 109012)."""

VoltageMeasurement: Final[Code] = Code("DCM", "109013", "Voltage measurement", (3240,))
"""Voltage measurement (DCM 109013)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DifferentialSignal,
    HisBundleElectrogram,
    MonopoleSignal,
    PacingElectricalStimulusVoltage,
    RadioFrequencyAblationPower,
    VoltageMeasurementByBasketCatheter,
    VoltageMeasurementByMappingCatheter,
    VoltageMeasurement,
)
"""The resolved membership: own members, then those of the included groups, in order."""
