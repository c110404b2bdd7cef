"""CID 1006 Anatomical Reference Basis - Extremity.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1127.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 1006
NAME: Final[str] = "Anatomical Reference Basis - Extremity"
KEYWORD: Final[str | None] = "AnatomicalReferenceBasisExtremity"
UID: Final[str | None] = "1.2.840.10008.6.1.1127"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160905"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnkleJoint: Final[Code] = Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002)."""

ElbowJoint: Final[Code] = Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009)."""

Foot: Final[Code] = Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

KneeJoint: Final[Code] = Code("SCT", "49076000", "Knee joint", (1006,))
"""Knee joint (SCT 49076000)."""

MalleolarStructureOfTibia: Final[Code] = Code(
    "SCT", "314796009", "Malleolar structure of tibia", (1006,)
)
"""Malleolar structure of tibia (SCT 314796009)."""

Metacarpal: Final[Code] = Code("SCT", "36455000", "Metacarpal", (1006, 7483))
"""Metacarpal (SCT 36455000)."""

Patella: Final[Code] = Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

Scaphoid: Final[Code] = Code("SCT", "30518006", "Scaphoid", (1006, 7483))
"""Scaphoid (SCT 30518006)."""

Talus: Final[Code] = Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005)."""

TibialPlateau: Final[Code] = Code("SCT", "306783000", "Tibial Plateau", (1006,))
"""Tibial Plateau (SCT 306783000)."""

Toe: Final[Code] = Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007)."""

WristJoint: Final[Code] = Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
