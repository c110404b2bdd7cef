"""CID 6127 Segment Location in Lung.

Extensible, version 20030108, UID 1.2.840.10008.6.1.447.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6127
NAME: Final[str] = "Segment Location in Lung"
KEYWORD: Final[str | None] = "SegmentLocationInLung"
UID: Final[str | None] = "1.2.840.10008.6.1.447"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorSegmentOfRightUpperLobe: Final[Code] = Code(
    "SCT", "39743006", "Anterior segment of right upper lobe", (6127,)
)
"""Anterior segment of right upper lobe (SCT 39743006)."""

AnteriorSegmentOfLeftUpperLobe: Final[Code] = Code(
    "SCT", "22270008", "Anterior segment of left upper lobe", (6127,)
)
"""Anterior segment of left upper lobe (SCT 22270008)."""

PosteriorSegmentOfRightUpperLobe: Final[Code] = Code(
    "SCT", "3236000", "Posterior segment of right upper lobe", (6127,)
)
"""Posterior segment of right upper lobe (SCT 3236000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnteriorSegmentOfRightUpperLobe,
    AnteriorSegmentOfLeftUpperLobe,
    PosteriorSegmentOfRightUpperLobe,
)
"""The resolved membership: own members, then those of the included groups, in order."""
