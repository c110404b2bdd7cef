"""CID 3552 Pacing Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.148.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3552
NAME: _Final[str] = "Pacing Action"
KEYWORD: _Final[str | None] = "PacingAction"
UID: _Final[str | None] = "1.2.840.10008.6.1.148"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BeginPacing: _Final[_Code] = _Code("DCM", "121166", "Begin Pacing", (3552,))
"""Begin Pacing (DCM 121166)."""

EndPacing: _Final[_Code] = _Code("DCM", "121167", "End Pacing", (3552,))
"""End Pacing (DCM 121167)."""

MEMBERS: _Final[tuple[_Code, ...]] = (BeginPacing, EndPacing)
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
