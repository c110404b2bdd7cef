"""CID 5000 Language.

no type given, UID 1.2.840.10008.6.1.328.
Comprises the coding scheme RFC5646 as a whole.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 5000
NAME: _Final[str] = "Language"
KEYWORD: _Final[str | None] = None
UID: _Final[str | None] = "1.2.840.10008.6.1.328"
EXTENSIBLE: _Final[bool | None] = None
VERSION: _Final[str | None] = None
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = "RFC5646"

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
