"""CID 6211 Colon CAD Material Description.

Extensible, version 20200921, UID 1.2.840.10008.6.1.798.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6211
NAME: _Final[str] = "Colon CAD Material Description"
KEYWORD: _Final[str | None] = "ColonCADMaterialDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.798"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200921"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

Fat: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

BoneMatrix: _Final[_Code] = _Code("SCT", "45001002", "Bone matrix", (6211,))
"""Bone matrix (SCT 45001002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SoftTissue, Fat, Air, BoneMatrix)
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
