"""CID 101 Imaging Procedure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1436.
Includes CID 102, CID 103, CID 104, CID 105, CID 106, CID 107.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 101
NAME: _Final[str] = "Imaging Procedure"
KEYWORD: _Final[str | None] = None
UID: _Final[str | None] = "1.2.840.10008.6.1.1436"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = (102, 103, 104, 105, 106, 107)
EXTERNAL_SCHEME: _Final[str | None] = None

MEMBERS: _Final[tuple[_Code, ...]] = ()
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
