"""CID 3240 Electrophysiology Measurement Function/Technique.

Extensible, version 20020904, UID 1.2.840.10008.6.1.53.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3240
NAME: _Final[str] = "Electrophysiology Measurement Function/Technique"
KEYWORD: _Final[str | None] = "ElectrophysiologyMeasurementFunctionAndTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.53"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DifferentialSignal: _Final[_Code] = _Code("DCM", "109006", "Differential signal", (3240,))
"""Differential signal (DCM 109006)."""

HisBundleElectrogram: _Final[_Code] = _Code("DCM", "109007", "His bundle electrogram", (3240,))
"""His bundle electrogram (DCM 109007)."""

MonopoleSignal: _Final[_Code] = _Code("DCM", "109008", "Monopole signal", (3240,))
"""Monopole signal (DCM 109008)."""

PacingElectricalStimulusVoltage: _Final[_Code] = _Code(
    "DCM", "109009", "Pacing (electrical) stimulus, voltage", (3240,)
)
"""Pacing (electrical) stimulus, voltage (DCM 109009)."""

RadioFrequencyAblationPower: _Final[_Code] = _Code(
    "DCM", "109010", "Radio frequency ablation, power", (3240,)
)
"""Radio frequency ablation, power (DCM 109010)."""

VoltageMeasurementByBasketCatheter: _Final[_Code] = _Code(
    "DCM", "109011", "Voltage measurement by basket catheter", (3240,)
)
"""Voltage measurement by basket catheter (DCM 109011)."""

VoltageMeasurementByMappingCatheter: _Final[_Code] = _Code(
    "DCM", "109012", "Voltage measurement by mapping catheter", (3240,)
)
"""Voltage measurement by mapping catheter (DCM 109012)."""

VoltageMeasurement: _Final[_Code] = _Code("DCM", "109013", "Voltage measurement", (3240,))
"""Voltage measurement (DCM 109013)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
