"""CID 4407 Lesion Palpation Finding.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1352.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4407
NAME: _Final[str] = "Lesion Palpation Finding"
KEYWORD: _Final[str | None] = "LesionPalpationFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1352"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FirmSkinLesion: _Final[_Code] = _Code("DCM", "130485", "Firm skin lesion", (4407,))
"""Firm skin lesion (DCM 130485)."""

RaisedSkinLesion: _Final[_Code] = _Code("DCM", "130486", "Raised skin lesion", (4407,))
"""Raised skin lesion (DCM 130486)."""

MobileSkinLesion: _Final[_Code] = _Code("UMLS", "C2071496", "Mobile skin lesion", (4407,))
"""Mobile skin lesion (UMLS C2071496)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FirmSkinLesion, RaisedSkinLesion, MobileSkinLesion)
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
