"""CID 3773 Use Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.261.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3773
NAME: _Final[str] = "Use Status"
KEYWORD: _Final[str | None] = "UseStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.261"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ended: _Final[_Code] = _Code("SCT", "385656004", "Ended", (3773,))
"""Ended (SCT 385656004)."""

Suspended: _Final[_Code] = _Code("SCT", "385655000", "Suspended", (3773,))
"""Suspended (SCT 385655000)."""

InProgress: _Final[_Code] = _Code("SCT", "385651009", "In progress", (3773,))
"""In progress (SCT 385651009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Ended, Suspended, InProgress)
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
