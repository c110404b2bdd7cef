"""CID 4239 Anterior Chamber Depth Definition.

Extensible, version 20100623, UID 1.2.840.10008.6.1.885.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4239
NAME: _Final[str] = "Anterior Chamber Depth Definition"
KEYWORD: _Final[str | None] = "AnteriorChamberDepthDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.885"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FrontOfCorneaToFrontOfLens: _Final[_Code] = _Code(
    "DCM", "111776", "Front Of Cornea To Front Of Lens", (4239,)
)
"""Front Of Cornea To Front Of Lens (DCM 111776)."""

BackOfCorneaToFrontOfLens: _Final[_Code] = _Code(
    "DCM", "111777", "Back Of Cornea To Front Of Lens", (4239,)
)
"""Back Of Cornea To Front Of Lens (DCM 111777)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FrontOfCorneaToFrontOfLens, BackOfCorneaToFrontOfLens)
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
