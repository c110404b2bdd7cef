"""CID 7019 Segmentation Non-Image Source Purpose of Reference.

Extensible, version 20240914, UID 1.2.840.10008.6.1.1183.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7019
NAME: Final[str] = "Segmentation Non-Image Source Purpose of Reference"
KEYWORD: Final[str | None] = "SegmentationNonImageSourcePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.1183"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceRealWorldValueMap: Final[Code] = Code("DCM", "128227", "Source real world value map", (7019,))
"""Source real world value map (DCM 128227)."""

SourceSegmentation: Final[Code] = Code("DCM", "128228", "Source segmentation", (7019,))
"""Source segmentation (DCM 128228)."""

MEMBERS: Final[tuple[Code, ...]] = (SourceRealWorldValueMap, SourceSegmentation)
"""The resolved membership: own members, then those of the included groups, in order."""
