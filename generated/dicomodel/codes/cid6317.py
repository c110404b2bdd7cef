"""CID 6317 Prostate DCE MRI Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1374.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6317
NAME: Final[str] = "Prostate DCE MRI Quality Finding"
KEYWORD: Final[str | None] = "ProstateDCEMRIQualityFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.1374"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PoorContrastTiming: Final[Code] = Code("DCM", "130579", "Poor contrast timing", (6317,))
"""Poor contrast timing (DCM 130579)."""

InadequateContrastEnhancement: Final[Code] = Code(
    "DCM", "130580", "Inadequate contrast enhancement", (6317,)
)
"""Inadequate contrast enhancement (DCM 130580)."""

SubtractionImageMissing: Final[Code] = Code("DCM", "130581", "Subtraction image missing", (6317,))
"""Subtraction image missing (DCM 130581)."""

UnwantedSubtractionImages: Final[Code] = Code(
    "DCM", "130582", "Unwanted subtraction images", (6317,)
)
"""Unwanted subtraction images (DCM 130582)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PoorContrastTiming,
    InadequateContrastEnhancement,
    SubtractionImageMissing,
    UnwantedSubtractionImages,
)
"""The resolved membership: own members, then those of the included groups, in order."""
