"""CID 7199 Anatomically Localized Lesion Segmentation Type.

Extensible, version 20220402, UID 1.2.840.10008.6.1.1445.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 7199
NAME: _Final[str] = "Anatomically Localized Lesion Segmentation Type"
KEYWORD: _Final[str | None] = "AnatomicallyLocalizedLesionSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1445"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LesionOfBrain: _Final[_Code] = _Code("SCT", "301766008", "Lesion of Brain", (7199,))
"""Lesion of Brain (SCT 301766008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LesionOfBrain,)
"""The resolved membership: own members, then those of the included groups, in order."""
