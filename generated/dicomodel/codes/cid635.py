"""CID 635 Heating Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1100.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 635
NAME: _Final[str] = "Heating Method"
KEYWORD: _Final[str | None] = "HeatingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1100"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AirHeatingPad: _Final[_Code] = _Code("SCT", "468192005", "Air heating pad", (635,))
"""Air heating pad (SCT 468192005)."""

ElectricBlanket: _Final[_Code] = _Code("SCT", "79811009", "Electric blanket", (635,))
"""Electric blanket (SCT 79811009)."""

ElectricHeatingPad: _Final[_Code] = _Code("SCT", "27812008", "Electric heating pad", (635,))
"""Electric heating pad (SCT 27812008)."""

ForcedAirHeater: _Final[_Code] = _Code("DCM", "127250", "Forced air heater", (635,))
"""Forced air heater (DCM 127250)."""

ForcedAirWarmingBlanket: _Final[_Code] = _Code(
    "SCT", "420572009", "Forced air warming blanket", (635,)
)
"""Forced air warming blanket (SCT 420572009)."""

HeatedImagingDevice: _Final[_Code] = _Code("DCM", "127251", "Heated imaging device", (635,))
"""Heated imaging device (DCM 127251)."""

HeatedPatientSupport: _Final[_Code] = _Code("DCM", "127252", "Heated patient support", (635,))
"""Heated patient support (DCM 127252)."""

HeatedWaterBlanket: _Final[_Code] = _Code("DCM", "127253", "Heated water blanket", (635,))
"""Heated water blanket (DCM 127253)."""

HeatLamp: _Final[_Code] = _Code("UMLS", "C0181514", "Heat lamp", (635,))
"""Heat lamp (UMLS C0181514)."""

NonElectricHeatingPad: _Final[_Code] = _Code("SCT", "39790008", "Non-electric heating pad", (635,))
"""Non-electric heating pad (SCT 39790008)."""

PreHeatedPad: _Final[_Code] = _Code("DCM", "127254", "Pre-heated pad", (635,))
"""Pre-heated pad (DCM 127254)."""

Unheated: _Final[_Code] = _Code("DCM", "127255", "Unheated", (635,))
"""Unheated (DCM 127255)."""

WarmerDevice: _Final[_Code] = _Code("SCT", "71384000", "Warmer device", (635,))
"""Warmer device (SCT 71384000)."""

WarmingBlanket: _Final[_Code] = _Code("SCT", "421335007", "Warming blanket", (635,))
"""Warming blanket (SCT 421335007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
