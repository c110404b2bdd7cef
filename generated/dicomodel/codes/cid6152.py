"""CID 6152 Orientation.

Extensible, version 20050822, UID 1.2.840.10008.6.1.467.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6152
NAME: _Final[str] = "Orientation"
KEYWORD: _Final[str | None] = "Orientation"
UID: _Final[str | None] = "1.2.840.10008.6.1.467"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050822"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Parallel: _Final[_Code] = _Code("DCM", "111355", "Parallel", (6152,))
"""Parallel (DCM 111355)."""

NotParallel: _Final[_Code] = _Code("DCM", "111356", "Not parallel", (6152,))
"""Not parallel (DCM 111356)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Parallel, NotParallel)
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
