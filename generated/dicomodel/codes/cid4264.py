"""CID 4264 Ophthalmic Map Purpose of Reference.

Extensible, version 20110825, UID 1.2.840.10008.6.1.940.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4264
NAME: Final[str] = "Ophthalmic Map Purpose of Reference"
KEYWORD: Final[str | None] = "OphthalmicMapPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.940"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Localizer: Final[Code] = Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

SourceImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

RelatedOphthalmicThicknessMap: Final[Code] = Code(
    "DCM", "111933", "Related ophthalmic thickness map", (4264,)
)
"""Related ophthalmic thickness map (DCM 111933)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Localizer,
    SourceImageForImageProcessingOperation,
    RelatedOphthalmicThicknessMap,
)
"""The resolved membership: own members, then those of the included groups, in order."""
