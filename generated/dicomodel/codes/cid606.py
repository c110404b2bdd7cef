"""CID 606 Animal Shelter Type.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1071.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 606
NAME: _Final[str] = "Animal Shelter Type"
KEYWORD: _Final[str | None] = "AnimalShelterType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1071"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

None_: _Final[_Code] = _Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

Igloo: _Final[_Code] = _Code("DCM", "127220", "Igloo", (606,))
"""Igloo (DCM 127220)."""

RedTranslucentIgloo: _Final[_Code] = _Code("DCM", "127221", "Red translucent igloo", (606,))
"""Red translucent igloo (DCM 127221)."""

MEMBERS: _Final[tuple[_Code, ...]] = (None_, Igloo, RedTranslucentIgloo)
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
