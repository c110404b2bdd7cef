"""CID 3238 Stress Scoring Scale.

Extensible, version 20080927, UID 1.2.840.10008.6.1.784.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3238
NAME: _Final[str] = "Stress Scoring Scale"
KEYWORD: _Final[str | None] = "StressScoringScale"
UID: _Final[str | None] = "1.2.840.10008.6.1.784"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DukeTreadmillScore: _Final[_Code] = _Code("SCT", "304915008", "Duke treadmill score", (3238,))
"""Duke treadmill score (SCT 304915008)."""

RatioOfAchievedToPredictedMaximalOxygenConsumption: _Final[_Code] = _Code(
    "DCM", "122770", "Ratio of achieved to predicted maximal oxygen consumption", (3238,)
)
"""Ratio of achieved to predicted maximal oxygen consumption (DCM 122770)."""

RatioOfAchievedToPredictedFunctionalCapacity: _Final[_Code] = _Code(
    "DCM", "122771", "Ratio of achieved to predicted functional capacity", (3238,)
)
"""Ratio of achieved to predicted functional capacity (DCM 122771)."""

AerobicIndex: _Final[_Code] = _Code("DCM", "122772", "Aerobic index", (3238,))
"""Aerobic index (DCM 122772)."""

STHRIndex: _Final[_Code] = _Code("DCM", "122773", "ST/HR Index", (3238,))
"""ST/HR Index (DCM 122773)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DukeTreadmillScore,
    RatioOfAchievedToPredictedMaximalOxygenConsumption,
    RatioOfAchievedToPredictedFunctionalCapacity,
    AerobicIndex,
    STHRIndex,
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
