"""CID 4401 Fitzpatrick Skin Type.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1346.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4401
NAME: _Final[str] = "Fitzpatrick Skin Type"
KEYWORD: _Final[str | None] = "FitzpatrickSkinType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1346"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20201115"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FitzpatrickSkinTypeI: _Final[_Code] = _Code("LN", "C74569", "Fitzpatrick Skin Type I", (4401,))
"""Fitzpatrick Skin Type I (LN C74569)."""

FitzpatrickSkinTypeII: _Final[_Code] = _Code("LN", "C74570", "Fitzpatrick Skin Type II", (4401,))
"""Fitzpatrick Skin Type II (LN C74570)."""

FitzpatrickSkinTypeIII: _Final[_Code] = _Code("LN", "C74571", "Fitzpatrick Skin Type III", (4401,))
"""Fitzpatrick Skin Type III (LN C74571)."""

FitzpatrickSkinTypeIV: _Final[_Code] = _Code("LN", "C74572", "Fitzpatrick Skin Type IV", (4401,))
"""Fitzpatrick Skin Type IV (LN C74572)."""

FitzpatrickSkinTypeV: _Final[_Code] = _Code("LN", "C74573", "Fitzpatrick Skin Type V", (4401,))
"""Fitzpatrick Skin Type V (LN C74573)."""

FitzpatrickSkinTypeVI: _Final[_Code] = _Code("LN", "C74574", "Fitzpatrick Skin Type VI", (4401,))
"""Fitzpatrick Skin Type VI (LN C74574)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FitzpatrickSkinTypeI,
    FitzpatrickSkinTypeII,
    FitzpatrickSkinTypeIII,
    FitzpatrickSkinTypeIV,
    FitzpatrickSkinTypeV,
    FitzpatrickSkinTypeVI,
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
