"""CID 7199 Anatomically Localized Lesion Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1445.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7199
NAME: Final[str] = "Anatomically Localized Lesion Segmentation Type"
KEYWORD: Final[str | None] = "AnatomicallyLocalizedLesionSegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.1445"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220402"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LesionOfBrain: Final[Code] = Code("SCT", "301766008", "Lesion of Brain", (7199,))
"""Lesion of Brain (SCT 301766008)."""

MEMBERS: Final[tuple[Code, ...]] = (LesionOfBrain,)
"""The resolved membership: own members, then those of the included groups, in order."""
