"""CID 7250 Multi-Frame Subset Type.

Extensible, version 20070625, UID 1.2.840.10008.6.1.513.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7250
NAME: Final[str] = "Multi-Frame Subset Type"
KEYWORD: Final[str | None] = "MultiFrameSubsetType"
UID: Final[str | None] = "1.2.840.10008.6.1.513"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070625"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ReferencedFrames: Final[Code] = Code("DCM", "121190", "Referenced Frames", (7250,))
"""Referenced Frames (DCM 121190)."""

ReferencedSegment: Final[Code] = Code("DCM", "121191", "Referenced Segment", (7250,))
"""Referenced Segment (DCM 121191)."""

MEMBERS: Final[tuple[Code, ...]] = (ReferencedFrames, ReferencedSegment)
"""The resolved membership: own members, then those of the included groups, in order."""
