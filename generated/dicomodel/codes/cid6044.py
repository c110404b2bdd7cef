"""CID 6044 Image Quality Assessment Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.374.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6044
NAME: Final[str] = "Image Quality Assessment Type"
KEYWORD: Final[str | None] = "ImageQualityAssessmentType"
UID: Final[str | None] = "1.2.840.10008.6.1.374"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UnusableQualityRendersImageUnusable: Final[Code] = Code(
    "DCM", "111235", "Unusable - Quality renders image unusable", (3114, 6044)
)
"""Unusable - Quality renders image unusable (DCM 111235)."""

UsableDoesNotMeetTheQualityControlStandard: Final[Code] = Code(
    "DCM", "111236", "Usable - Does not meet the quality control standard", (6044,)
)
"""Usable - Does not meet the quality control standard (DCM 111236)."""

UsableMeetsTheQualityControlStandard: Final[Code] = Code(
    "DCM", "111237", "Usable - Meets the quality control standard", (6044,)
)
"""Usable - Meets the quality control standard (DCM 111237)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UnusableQualityRendersImageUnusable,
    UsableDoesNotMeetTheQualityControlStandard,
    UsableMeetsTheQualityControlStandard,
)
"""The resolved membership: own members, then those of the included groups, in order."""
