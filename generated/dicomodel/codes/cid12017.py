"""CID 12017 Growth Distribution Rank.

Extensible, version 20030130, UID 1.2.840.10008.6.1.565.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12017
NAME: Final[str] = "Growth Distribution Rank"
KEYWORD: Final[str | None] = "GrowthDistributionRank"
UID: Final[str | None] = "1.2.840.10008.6.1.565"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030130"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GrowthPercentileRank: Final[Code] = Code("DCM", "125012", "Growth Percentile Rank", (12017,))
"""Growth Percentile Rank (DCM 125012)."""

GrowthZScore: Final[Code] = Code("DCM", "125013", "Growth Z-score", (12017,))
"""Growth Z-score (DCM 125013)."""

MEMBERS: Final[tuple[Code, ...]] = (GrowthPercentileRank, GrowthZScore)
"""The resolved membership: own members, then those of the included groups, in order."""
