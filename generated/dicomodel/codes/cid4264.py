"""CID 4264 Ophthalmic Map Purpose of Reference.

Extensible, version 20110825, UID 1.2.840.10008.6.1.940.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4264
NAME: _Final[str] = "Ophthalmic Map Purpose of Reference"
KEYWORD: _Final[str | None] = "OphthalmicMapPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.940"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110825"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Localizer: _Final[_Code] = _Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

SourceImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

RelatedOphthalmicThicknessMap: _Final[_Code] = _Code(
    "DCM", "111933", "Related ophthalmic thickness map", (4264,)
)
"""Related ophthalmic thickness map (DCM 111933)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Localizer,
    SourceImageForImageProcessingOperation,
    RelatedOphthalmicThicknessMap,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
