"""CID 3456 Sub-segment Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.102.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3456
NAME: _Final[str] = "Sub-segment Method"
KEYWORD: _Final[str | None] = "SubsegmentMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.102"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EquidistantMethod: _Final[_Code] = _Code("DCM", "122574", "Equidistant method", (3456,))
"""Equidistant method (DCM 122574)."""

UserSelectedMethod: _Final[_Code] = _Code("DCM", "122575", "User selected method", (3456,))
"""User selected method (DCM 122575)."""

MEMBERS: _Final[tuple[_Code, ...]] = (EquidistantMethod, UserSelectedMethod)
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
