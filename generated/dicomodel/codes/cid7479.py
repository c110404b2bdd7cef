"""CID 7479 Grey Level Distance Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1272.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7479
NAME: _Final[str] = "Grey Level Distance Zone Based Feature"
KEYWORD: _Final[str | None] = "GreyLevelDistanceZoneBasedFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1272"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SmallDistanceEmphasis: _Final[_Code] = _Code("IBSI", "0GBI", "Small Distance Emphasis", (7479,))
"""Small Distance Emphasis (IBSI 0GBI)."""

LargeDistanceEmphasis: _Final[_Code] = _Code("IBSI", "MB4I", "Large Distance Emphasis", (7479,))
"""Large Distance Emphasis (IBSI MB4I)."""

LowGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "S1RA", "Low Grey Level Zone Emphasis", (7479,)
)
"""Low Grey Level Zone Emphasis (IBSI S1RA)."""

HighGreyLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "K26C", "High Grey Level Zone Emphasis", (7479,)
)
"""High Grey Level Zone Emphasis (IBSI K26C)."""

SmallDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "RUVG", "Small Distance Low Grey Level Emphasis", (7479,)
)
"""Small Distance Low Grey Level Emphasis (IBSI RUVG)."""

SmallDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "DKNJ", "Small Distance High Grey Level Emphasis", (7479,)
)
"""Small Distance High Grey Level Emphasis (IBSI DKNJ)."""

LargeDistanceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "A7WM", "Large Distance Low Grey Level Emphasis", (7479,)
)
"""Large Distance Low Grey Level Emphasis (IBSI A7WM)."""

LargeDistanceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "KLTH", "Large Distance High Grey Level Emphasis", (7479,)
)
"""Large Distance High Grey Level Emphasis (IBSI KLTH)."""

GreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "VFT7", "Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Grey Level Non-uniformity of Distance Zone Counts (IBSI VFT7)."""

NormalizedGreyLevelNonUniformityOfDistanceZoneCounts: _Final[_Code] = _Code(
    "IBSI", "7HP3", "Normalized Grey Level Non-uniformity of Distance Zone Counts", (7479,)
)
"""Normalized Grey Level Non-uniformity of Distance Zone Counts (IBSI 7HP3)."""

ZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "V294", "Zone Distance Non-uniformity", (7479,)
)
"""Zone Distance Non-uniformity (IBSI V294)."""

NormalizedZoneDistanceNonUniformity: _Final[_Code] = _Code(
    "IBSI", "IATH", "Normalized Zone Distance Non-uniformity", (7479,)
)
"""Normalized Zone Distance Non-uniformity (IBSI IATH)."""

DistanceZonePercentage: _Final[_Code] = _Code("IBSI", "VIWW", "Distance Zone Percentage", (7479,))
"""Distance Zone Percentage (IBSI VIWW)."""

GreyLevelVarianceInDistanceZones: _Final[_Code] = _Code(
    "IBSI", "QK93", "Grey Level Variance in Distance Zones", (7479,)
)
"""Grey Level Variance in Distance Zones (IBSI QK93)."""

ZoneDistanceVariance: _Final[_Code] = _Code("IBSI", "7WT1", "Zone Distance Variance", (7479,))
"""Zone Distance Variance (IBSI 7WT1)."""

ZoneDistanceEntropy: _Final[_Code] = _Code("IBSI", "GBDU", "Zone Distance Entropy", (7479,))
"""Zone Distance Entropy (IBSI GBDU)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SmallDistanceEmphasis,
    LargeDistanceEmphasis,
    LowGreyLevelZoneEmphasis,
    HighGreyLevelZoneEmphasis,
    SmallDistanceLowGreyLevelEmphasis,
    SmallDistanceHighGreyLevelEmphasis,
    LargeDistanceLowGreyLevelEmphasis,
    LargeDistanceHighGreyLevelEmphasis,
    GreyLevelNonUniformityOfDistanceZoneCounts,
    NormalizedGreyLevelNonUniformityOfDistanceZoneCounts,
    ZoneDistanceNonUniformity,
    NormalizedZoneDistanceNonUniformity,
    DistanceZonePercentage,
    GreyLevelVarianceInDistanceZones,
    ZoneDistanceVariance,
    ZoneDistanceEntropy,
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
