"""CID 3237 Wall Motion Comparison Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.783.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3237
NAME: Final[str] = "Wall Motion Comparison Finding"
KEYWORD: Final[str | None] = "WallMotionComparisonFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.783"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoChange: Final[Code] = Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

NewWallMotionAbnormality: Final[Code] = Code(
    "SCT", "429058004", "New wall motion abnormality", (3237,)
)
"""New wall motion abnormality (SCT 429058004)."""

ImprovementOfWallMotion: Final[Code] = Code(
    "SCT", "428825004", "Improvement of wall motion", (3237,)
)
"""Improvement of wall motion (SCT 428825004)."""

MEMBERS: Final[tuple[Code, ...]] = (NoChange, NewWallMotionAbnormality, ImprovementOfWallMotion)
"""The resolved membership: own members, then those of the included groups, in order."""
