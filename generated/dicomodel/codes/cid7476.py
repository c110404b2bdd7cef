"""CID 7476 Gray Level Size Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1200.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7476
NAME: _Final[str] = "Gray Level Size Zone Based Feature"
KEYWORD: _Final[str | None] = "GrayLevelSizeZoneBasedFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1200"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SmallZoneEmphasis: _Final[_Code] = _Code("IBSI", "5QRC", "Small Zone Emphasis", (7476,))
"""Small Zone Emphasis (IBSI 5QRC)."""

LargeZoneEmphasis: _Final[_Code] = _Code("IBSI", "48P8", "Large Zone Emphasis", (7476,))
"""Large Zone Emphasis (IBSI 48P8)."""

LowGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "XMSY", "Low Gray Level Zone Emphasis", (7476,)
)
"""Low Gray Level Zone Emphasis (IBSI XMSY)."""

HighGrayLevelZoneEmphasis: _Final[_Code] = _Code(
    "IBSI", "5GN9", "High Gray Level Zone Emphasis", (7476,)
)
"""High Gray Level Zone Emphasis (IBSI 5GN9)."""

SmallZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "5RAI", "Small Zone Low Gray Level Emphasis", (7476,)
)
"""Small Zone Low Gray Level Emphasis (IBSI 5RAI)."""

SmallZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "HW1V", "Small Zone High Gray Level Emphasis", (7476,)
)
"""Small Zone High Gray Level Emphasis (IBSI HW1V)."""

LargeZoneLowGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "YH51", "Large Zone Low Gray Level Emphasis", (7476,)
)
"""Large Zone Low Gray Level Emphasis (IBSI YH51)."""

LargeZoneHighGrayLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "J17V", "Large Zone High Gray Level Emphasis", (7476,)
)
"""Large Zone High Gray Level Emphasis (IBSI J17V)."""

GrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "JNSA", "Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Gray Level Nonuniformity of Size Zone Counts (IBSI JNSA)."""

NormalizedGrayLevelNonuniformityOfSizeZoneCounts: _Final[_Code] = _Code(
    "IBSI", "Y1RO", "Normalized Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Normalized Gray Level Nonuniformity of Size Zone Counts (IBSI Y1RO)."""

ZoneSizeNonuniformity: _Final[_Code] = _Code("IBSI", "4JP3", "Zone Size Nonuniformity", (7476,))
"""Zone Size Nonuniformity (IBSI 4JP3)."""

NormalizedZoneSizeNonuniformity: _Final[_Code] = _Code(
    "IBSI", "VB3A", "Normalized Zone Size Nonuniformity", (7476,)
)
"""Normalized Zone Size Nonuniformity (IBSI VB3A)."""

SizeZonePercentage: _Final[_Code] = _Code("IBSI", "P30P", "Size Zone Percentage", (7476,))
"""Size Zone Percentage (IBSI P30P)."""

GrayLevelVarianceInSizeZones: _Final[_Code] = _Code(
    "IBSI", "BYLV", "Gray Level Variance in Size Zones", (7476,)
)
"""Gray Level Variance in Size Zones (IBSI BYLV)."""

ZoneSizeVariance: _Final[_Code] = _Code("IBSI", "3NSA", "Zone Size Variance", (7476,))
"""Zone Size Variance (IBSI 3NSA)."""

ZoneSizeEntropy: _Final[_Code] = _Code("IBSI", "GU8N", "Zone Size Entropy", (7476,))
"""Zone Size Entropy (IBSI GU8N)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SmallZoneEmphasis,
    LargeZoneEmphasis,
    LowGrayLevelZoneEmphasis,
    HighGrayLevelZoneEmphasis,
    SmallZoneLowGrayLevelEmphasis,
    SmallZoneHighGrayLevelEmphasis,
    LargeZoneLowGrayLevelEmphasis,
    LargeZoneHighGrayLevelEmphasis,
    GrayLevelNonuniformityOfSizeZoneCounts,
    NormalizedGrayLevelNonuniformityOfSizeZoneCounts,
    ZoneSizeNonuniformity,
    NormalizedZoneSizeNonuniformity,
    SizeZonePercentage,
    GrayLevelVarianceInSizeZones,
    ZoneSizeVariance,
    ZoneSizeEntropy,
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
