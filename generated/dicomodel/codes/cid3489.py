"""CID 3489 Calcium Distribution.

Extensible, version 20040614, UID 1.2.840.10008.6.1.124.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3489
NAME: _Final[str] = "Calcium Distribution"
KEYWORD: _Final[str | None] = "CalciumDistribution"
UID: _Final[str | None] = "1.2.840.10008.6.1.124"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Superficial: _Final[_Code] = _Code("SCT", "26283006", "Superficial", (2, 3489))
"""Superficial (SCT 26283006)."""

Deep: _Final[_Code] = _Code("SCT", "795002", "Deep", (2, 3489))
"""Deep (SCT 795002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Superficial, Deep)
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
