"""CID 12101 Vascular Summary.

Extensible, version 20030327, UID 1.2.840.10008.6.1.568.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12101
NAME: _Final[str] = "Vascular Summary"
KEYWORD: _Final[str | None] = "VascularSummary"
UID: _Final[str | None] = "1.2.840.10008.6.1.568"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Comment: _Final[_Code] = _Code("DCM", "121106", "Comment", (12101,))
"""Comment (DCM 121106)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Comment,)
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
