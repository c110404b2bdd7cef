"""CID 7475 Gray Level Run Length Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1199.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7475
NAME: Final[str] = "Gray Level Run Length Based Feature"
KEYWORD: Final[str | None] = "GrayLevelRunLengthBasedFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1199"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ShortRunsEmphasis: Final[Code] = Code("IBSI", "22OV", "Short Runs Emphasis", (7475,))
"""Short Runs Emphasis (IBSI 22OV)."""

LongRunsEmphasis: Final[Code] = Code("IBSI", "W4KF", "Long Runs Emphasis", (7475,))
"""Long Runs Emphasis (IBSI W4KF)."""

LowGrayLevelRunEmphasis: Final[Code] = Code("IBSI", "V3SW", "Low Gray Level Run Emphasis", (7475,))
"""Low Gray Level Run Emphasis (IBSI V3SW)."""

HighGrayLevelRunEmphasis: Final[Code] = Code(
    "IBSI", "G3QZ", "High Gray Level Run Emphasis", (7475,)
)
"""High Gray Level Run Emphasis (IBSI G3QZ)."""

ShortRunLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "HTZT", "Short Run Low Gray Level Emphasis", (7475,)
)
"""Short Run Low Gray Level Emphasis (IBSI HTZT)."""

ShortRunHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "GD3A", "Short Run High Gray Level Emphasis", (7475,)
)
"""Short Run High Gray Level Emphasis (IBSI GD3A)."""

LongRunLowGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "IVPO", "Long Run Low Gray Level Emphasis", (7475,)
)
"""Long Run Low Gray Level Emphasis (IBSI IVPO)."""

LongRunHighGrayLevelEmphasis: Final[Code] = Code(
    "IBSI", "3KUM", "Long Run High Gray Level Emphasis", (7475,)
)
"""Long Run High Gray Level Emphasis (IBSI 3KUM)."""

GrayLevelNonuniformityInRuns: Final[Code] = Code(
    "IBSI", "R5YN", "Gray Level Nonuniformity in Runs", (7475,)
)
"""Gray Level Nonuniformity in Runs (IBSI R5YN)."""

NormalizedGrayLevelNonuniformityInRuns: Final[Code] = Code(
    "IBSI", "OVBL", "Normalized Gray Level Nonuniformity in Runs", (7475,)
)
"""Normalized Gray Level Nonuniformity in Runs (IBSI OVBL)."""

RunLengthNonuniformity: Final[Code] = Code("IBSI", "W92Y", "Run Length Nonuniformity", (7475,))
"""Run Length Nonuniformity (IBSI W92Y)."""

NormalizedRunLengthNonuniformity: Final[Code] = Code(
    "IBSI", "IC23", "Normalized Run Length Nonuniformity", (7475,)
)
"""Normalized Run Length Nonuniformity (IBSI IC23)."""

RunPercentage: Final[Code] = Code("IBSI", "9ZK5", "Run Percentage", (7475,))
"""Run Percentage (IBSI 9ZK5)."""

GrayLevelVarianceInRuns: Final[Code] = Code("IBSI", "8CE5", "Gray Level Variance in Runs", (7475,))
"""Gray Level Variance in Runs (IBSI 8CE5)."""

RunLengthVariance: Final[Code] = Code("IBSI", "SXLW", "Run Length Variance", (7475,))
"""Run Length Variance (IBSI SXLW)."""

RunEntropy: Final[Code] = Code("IBSI", "HJ9O", "Run Entropy", (7475,))
"""Run Entropy (IBSI HJ9O)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ShortRunsEmphasis,
    LongRunsEmphasis,
    LowGrayLevelRunEmphasis,
    HighGrayLevelRunEmphasis,
    ShortRunLowGrayLevelEmphasis,
    ShortRunHighGrayLevelEmphasis,
    LongRunLowGrayLevelEmphasis,
    LongRunHighGrayLevelEmphasis,
    GrayLevelNonuniformityInRuns,
    NormalizedGrayLevelNonuniformityInRuns,
    RunLengthNonuniformity,
    NormalizedRunLengthNonuniformity,
    RunPercentage,
    GrayLevelVarianceInRuns,
    RunLengthVariance,
    RunEntropy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
