"""CID 227 Sample Statistical Descriptor.

Extensible, version 20030327, UID 1.2.840.10008.6.1.32.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 227
NAME: Final[str] = "Sample Statistical Descriptor"
KEYWORD: Final[str | None] = "SampleStatisticalDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.32"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PercentileRankingOfMeasurement: Final[Code] = Code(
    "DCM", "121415", "Percentile Ranking of measurement", (227,)
)
"""Percentile Ranking of measurement (DCM 121415)."""

ZScoreOfMeasurement: Final[Code] = Code("DCM", "121416", "Z-Score of measurement", (227,))
"""Z-Score of measurement (DCM 121416)."""

MEMBERS: Final[tuple[Code, ...]] = (PercentileRankingOfMeasurement, ZScoreOfMeasurement)
"""The resolved membership: own members, then those of the included groups, in order."""
