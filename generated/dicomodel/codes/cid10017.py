"""CID 10017 X-Ray Grid.

Extensible, version 20210903, UID 1.2.840.10008.6.1.549.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10017
NAME: _Final[str] = "X-Ray Grid"
KEYWORD: _Final[str | None] = "XRayGrid"
UID: _Final[str | None] = "1.2.840.10008.6.1.549"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210903"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FixedGrid: _Final[_Code] = _Code("DCM", "111641", "Fixed grid", (10017,))
"""Fixed grid (DCM 111641)."""

FocusedGrid: _Final[_Code] = _Code("DCM", "111642", "Focused grid", (10017,))
"""Focused grid (DCM 111642)."""

ReciprocatingGrid: _Final[_Code] = _Code("DCM", "111643", "Reciprocating grid", (10017,))
"""Reciprocating grid (DCM 111643)."""

ParallelGrid: _Final[_Code] = _Code("DCM", "111644", "Parallel grid", (10017,))
"""Parallel grid (DCM 111644)."""

CrossedGrid: _Final[_Code] = _Code("DCM", "111645", "Crossed grid", (10017,))
"""Crossed grid (DCM 111645)."""

NoGrid: _Final[_Code] = _Code("DCM", "111646", "No grid", (10017,))
"""No grid (DCM 111646)."""

VirtualGrid: _Final[_Code] = _Code("DCM", "111640", "Virtual grid", (10017,))
"""Virtual grid (DCM 111640)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FixedGrid,
    FocusedGrid,
    ReciprocatingGrid,
    ParallelGrid,
    CrossedGrid,
    NoGrid,
    VirtualGrid,
)
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
