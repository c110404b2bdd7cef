"""CID 3707 VSD Description.

Extensible, version 20030327, UID 1.2.840.10008.6.1.209.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3707
NAME: _Final[str] = "VSD Description"
KEYWORD: _Final[str | None] = "VSDDescription"
UID: _Final[str | None] = "1.2.840.10008.6.1.209"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Membranous: _Final[_Code] = _Code("SCT", "94150003", "Membranous", (3707,))
"""Membranous (SCT 94150003)."""

NonRestrictive: _Final[_Code] = _Code("SCT", "373131000", "Non-restrictive", (3707,))
"""Non-restrictive (SCT 373131000)."""

Restrictive: _Final[_Code] = _Code("SCT", "253551005", "Restrictive", (3707,))
"""Restrictive (SCT 253551005)."""

None_: _Final[_Code] = _Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Membranous, NonRestrictive, Restrictive, None_)
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
