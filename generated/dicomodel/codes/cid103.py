"""CID 103 NICIP Short Code Imaging Procedure.

Non-extensible, UID 1.2.840.10008.6.1.1437.
Comprises the coding scheme NICIP as a whole.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 103
NAME: _Final[str] = "NICIP Short Code Imaging Procedure"
KEYWORD: _Final[str | None] = None
UID: _Final[str | None] = "1.2.840.10008.6.1.1437"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = None
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = "NICIP"

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
