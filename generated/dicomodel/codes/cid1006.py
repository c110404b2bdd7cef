"""CID 1006 Anatomical Reference Basis - Extremity.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1127.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1006
NAME: _Final[str] = "Anatomical Reference Basis - Extremity"
KEYWORD: _Final[str | None] = "AnatomicalReferenceBasisExtremity"
UID: _Final[str | None] = "1.2.840.10008.6.1.1127"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002)."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009)."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

KneeJoint: _Final[_Code] = _Code("SCT", "49076000", "Knee joint", (1006,))
"""Knee joint (SCT 49076000)."""

MalleolarStructureOfTibia: _Final[_Code] = _Code(
    "SCT", "314796009", "Malleolar structure of tibia", (1006,)
)
"""Malleolar structure of tibia (SCT 314796009)."""

Metacarpal: _Final[_Code] = _Code("SCT", "36455000", "Metacarpal", (1006, 7483))
"""Metacarpal (SCT 36455000)."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

Scaphoid: _Final[_Code] = _Code("SCT", "30518006", "Scaphoid", (1006, 7483))
"""Scaphoid (SCT 30518006)."""

Talus: _Final[_Code] = _Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005)."""

TibialPlateau: _Final[_Code] = _Code("SCT", "306783000", "Tibial Plateau", (1006,))
"""Tibial Plateau (SCT 306783000)."""

Toe: _Final[_Code] = _Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007)."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnkleJoint,
    ElbowJoint,
    Foot,
    KneeJoint,
    MalleolarStructureOfTibia,
    Metacarpal,
    Patella,
    Scaphoid,
    Talus,
    TibialPlateau,
    Toe,
    WristJoint,
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
