"""CID 7476 Gray Level Size Zone Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1200.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7476
NAME: Final[str] = "Gray Level Size Zone Based Feature"
KEYWORD: Final[str | None] = "GrayLevelSizeZoneBasedFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1200"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SmallZoneEmphasis: Final[Code] = Code("IBSI", "5QRC", "Small Zone Emphasis", (7476,))
"""Small Zone Emphasis (IBSI 5QRC)."""

LargeZoneEmphasis: Final[Code] = Code("IBSI", "48P8", "Large Zone Emphasis", (7476,))
"""Large Zone Emphasis (IBSI 48P8)."""

LowGrayLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "XMSY", "Low Gray Level Zone Emphasis", (7476,)
)
"""Low Gray Level Zone Emphasis (IBSI XMSY)."""

HighGrayLevelZoneEmphasis: Final[Code] = Code(
    "IBSI", "5GN9", "High Gray Level Zone Emphasis", (7476,)
)
"""High Gray Level Zone Emphasis (IBSI 5GN9)."""

SmallZoneLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "5RAI", "Small Zone Low Gray Level Emphasis", (7476,)
)
"""Small Zone Low Gray Level Emphasis (IBSI 5RAI)."""

SmallZoneHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "HW1V", "Small Zone High Gray Level Emphasis", (7476,)
)
"""Small Zone High Gray Level Emphasis (IBSI HW1V)."""

LargeZoneLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "YH51", "Large Zone Low Gray Level Emphasis", (7476,)
)
"""Large Zone Low Gray Level Emphasis (IBSI YH51)."""

LargeZoneHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "J17V", "Large Zone High Gray Level Emphasis", (7476,)
)
"""Large Zone High Gray Level Emphasis (IBSI J17V)."""

GrayLevelNonuniformityOfSizeZoneCounts: Final[Code] = Code(
    "IBSI", "JNSA", "Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Gray Level Nonuniformity of Size Zone Counts (IBSI JNSA)."""

NormalizedGrayLevelNonuniformityOfSizeZoneCounts: Final[Code] = Code(
    "IBSI", "Y1RO", "Normalized Gray Level Nonuniformity of Size Zone Counts", (7476,)
)
"""Normalized Gray Level Nonuniformity of Size Zone Counts (IBSI Y1RO)."""

ZoneSizeNonuniformity: Final[Code] = Code("IBSI", "4JP3", "Zone Size Nonuniformity", (7476,))
"""Zone Size Nonuniformity (IBSI 4JP3)."""

NormalizedZoneSizeNonuniformity: Final[Code] = Code(
    "IBSI", "VB3A", "Normalized Zone Size Nonuniformity", (7476,)
)
"""Normalized Zone Size Nonuniformity (IBSI VB3A)."""

SizeZonePercentage: Final[Code] = Code("IBSI", "P30P", "Size Zone Percentage", (7476,))
"""Size Zone Percentage (IBSI P30P)."""

GrayLevelVarianceInSizeZones: Final[Code] = Code(
    "IBSI", "BYLV", "Gray Level Variance in Size Zones", (7476,)
)
"""Gray Level Variance in Size Zones (IBSI BYLV)."""

ZoneSizeVariance: Final[Code] = Code("IBSI", "3NSA", "Zone Size Variance", (7476,))
"""Zone Size Variance (IBSI 3NSA)."""

ZoneSizeEntropy: Final[Code] = Code("IBSI", "GU8N", "Zone Size Entropy", (7476,))
"""Zone Size Entropy (IBSI GU8N)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
