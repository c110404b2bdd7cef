"""CID 12242 Aortic Valve Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.633.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12242
NAME: _Final[str] = "Aortic Valve Finding Site"
KEYWORD: _Final[str | None] = "AorticValveFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.633"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticValveRing: _Final[_Code] = _Code("SCT", "77583004", "Aortic Valve Ring", (12242, 12305))
"""Aortic Valve Ring (SCT 77583004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AorticValveRing,)
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
