"""CID 635 Heating Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1100.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 635
NAME: Final[str] = "Heating Method"
KEYWORD: Final[str | None] = "HeatingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1100"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AirHeatingPad: Final[Code] = Code("SCT", "468192005", "Air heating pad", (635,))
"""Air heating pad (SCT 468192005)."""

ElectricBlanket: Final[Code] = Code("SCT", "79811009", "Electric blanket", (635,))
"""Electric blanket (SCT 79811009)."""

ElectricHeatingPad: Final[Code] = Code("SCT", "27812008", "Electric heating pad", (635,))
"""Electric heating pad (SCT 27812008)."""

ForcedAirHeater: Final[Code] = Code("DCM", "127250", "Forced air heater", (635,))
"""Forced air heater (DCM 127250)."""

ForcedAirWarmingBlanket: Final[Code] = Code(
    "SCT", "420572009", "Forced air warming blanket", (635,)
)
"""Forced air warming blanket (SCT 420572009)."""

HeatedImagingDevice: Final[Code] = Code("DCM", "127251", "Heated imaging device", (635,))
"""Heated imaging device (DCM 127251)."""

HeatedPatientSupport: Final[Code] = Code("DCM", "127252", "Heated patient support", (635,))
"""Heated patient support (DCM 127252)."""

HeatedWaterBlanket: Final[Code] = Code("DCM", "127253", "Heated water blanket", (635,))
"""Heated water blanket (DCM 127253)."""

HeatLamp: Final[Code] = Code("UMLS", "C0181514", "Heat lamp", (635,))
"""Heat lamp (UMLS C0181514)."""

NonElectricHeatingPad: Final[Code] = Code("SCT", "39790008", "Non-electric heating pad", (635,))
"""Non-electric heating pad (SCT 39790008)."""

PreHeatedPad: Final[Code] = Code("DCM", "127254", "Pre-heated pad", (635,))
"""Pre-heated pad (DCM 127254)."""

Unheated: Final[Code] = Code("DCM", "127255", "Unheated", (635,))
"""Unheated (DCM 127255)."""

WarmerDevice: Final[Code] = Code("SCT", "71384000", "Warmer device", (635,))
"""Warmer device (SCT 71384000)."""

WarmingBlanket: Final[Code] = Code("SCT", "421335007", "Warming blanket", (635,))
"""Warming blanket (SCT 421335007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AirHeatingPad,
    ElectricBlanket,
    ElectricHeatingPad,
    ForcedAirHeater,
    ForcedAirWarmingBlanket,
    HeatedImagingDevice,
    HeatedPatientSupport,
    HeatedWaterBlanket,
    HeatLamp,
    NonElectricHeatingPad,
    PreHeatedPad,
    Unheated,
    WarmerDevice,
    WarmingBlanket,
)
"""The resolved membership: own members, then those of the included groups, in order."""
