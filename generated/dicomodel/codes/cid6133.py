"""CID 6133 Chest Quantitative Temporal Difference Type.

Extensible, version 20100604, UID 1.2.840.10008.6.1.453.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6133
NAME: Final[str] = "Chest Quantitative Temporal Difference Type"
KEYWORD: Final[str | None] = "ChestQuantitativeTemporalDifferenceType"
UID: Final[str | None] = "1.2.840.10008.6.1.453"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100604"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferenceInSize: Final[Code] = Code("SCT", "442714003", "Difference in size", (6133, 6207))
"""Difference in size (SCT 442714003)."""

DifferenceInLocation: Final[Code] = Code("SCT", "442726008", "Difference in location", (6133, 6207))
"""Difference in location (SCT 442726008)."""

MEMBERS: Final[tuple[Code, ...]] = (DifferenceInSize, DifferenceInLocation)
"""The resolved membership: own members, then those of the included groups, in order."""
