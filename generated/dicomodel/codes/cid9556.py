"""CID 9556 Radiotherapy Robotic Node Set.

Extensible, version 20200117, UID 1.2.840.10008.6.1.1307.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9556
NAME: _Final[str] = "Radiotherapy Robotic Node Set"
KEYWORD: _Final[str | None] = "RadiotherapyRoboticNodeSet"
UID: _Final[str | None] = "1.2.840.10008.6.1.1307"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200117"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

HeadNodeSet: _Final[_Code] = _Code("DCM", "130362", "Head Node Set", (9556,))
"""Head Node Set (DCM 130362)."""

BodyNodeSet: _Final[_Code] = _Code("DCM", "130363", "Body Node Set", (9556,))
"""Body Node Set (DCM 130363)."""

TrigeminalNodeSet: _Final[_Code] = _Code("DCM", "130364", "Trigeminal Node Set", (9556,))
"""Trigeminal Node Set (DCM 130364)."""

QANodePair: _Final[_Code] = _Code("DCM", "130365", "QA Node Pair", (9556,))
"""QA Node Pair (DCM 130365)."""

QANode: _Final[_Code] = _Code("DCM", "130366", "QA Node", (9556,))
"""QA Node (DCM 130366)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HeadNodeSet,
    BodyNodeSet,
    TrigeminalNodeSet,
    QANodePair,
    QANode,
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
