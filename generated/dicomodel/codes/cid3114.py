"""CID 3114 Study Quality.

Extensible, version 20080927, UID 1.2.840.10008.6.1.746.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3114
NAME: Final[str] = "Study Quality"
KEYWORD: Final[str | None] = "StudyQuality"
UID: Final[str | None] = "1.2.840.10008.6.1.746"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExcellentImageQuality: Final[Code] = Code("DCM", "122740", "Excellent image quality", (3114,))
"""Excellent image quality (DCM 122740)."""

GoodImageQuality: Final[Code] = Code("DCM", "122741", "Good image quality", (3114,))
"""Good image quality (DCM 122741)."""

PoorImageQuality: Final[Code] = Code("DCM", "122742", "Poor image quality", (3114,))
"""Poor image quality (DCM 122742)."""

UnusableQualityRendersImageUnusable: Final[Code] = Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExcellentImageQuality,
    GoodImageQuality,
    PoorImageQuality,
    UnusableQualityRendersImageUnusable,
)
"""The resolved membership: own members, then those of the included groups, in order."""
