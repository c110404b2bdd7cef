"""CID 20 Patient Orientation Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.14.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 20
NAME: Final[str] = "Patient Orientation Modifier"
KEYWORD: Final[str | None] = "PatientOrientationModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.14"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070524"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Prone: Final[Code] = Code("SCT", "1240000", "prone", (20, 6206))
"""prone (SCT 1240000)."""

SemiProne: Final[Code] = Code("SCT", "34026001", "semi-prone", (20,))
"""semi-prone (SCT 34026001)."""

LateralDecubitus: Final[Code] = Code("SCT", "32185000", "lateral decubitus", (20,))
"""lateral decubitus (SCT 32185000)."""

Standing: Final[Code] = Code("SCT", "10904000", "standing", (20,))
"""standing (SCT 10904000)."""

Anatomical: Final[Code] = Code("SCT", "51845000", "anatomical", (20,))
"""anatomical (SCT 51845000)."""

Kneeling: Final[Code] = Code("SCT", "55864004", "kneeling", (20,))
"""kneeling (SCT 55864004)."""

KneeChest: Final[Code] = Code("SCT", "23242002", "knee-chest", (20,))
"""knee-chest (SCT 23242002)."""

Supine: Final[Code] = Code("SCT", "40199007", "supine", (20, 3262, 3602, 6206))
"""supine (SCT 40199007)."""

Lithotomy: Final[Code] = Code("SCT", "14205002", "lithotomy", (20,))
"""lithotomy (SCT 14205002)."""

Trendelenburg: Final[Code] = Code("SCT", "34106002", "Trendelenburg", (20,))
"""Trendelenburg (SCT 34106002)."""

InverseTrendelenburg: Final[Code] = Code("SCT", "26527006", "inverse Trendelenburg", (20,))
"""inverse Trendelenburg (SCT 26527006)."""

Frog: Final[Code] = Code("SCT", "34296003", "frog", (20,))
"""frog (SCT 34296003)."""

StoopedOver: Final[Code] = Code("SCT", "87068006", "stooped-over", (20,))
"""stooped-over (SCT 87068006)."""

Sitting: Final[Code] = Code("SCT", "33586001", "sitting", (20,))
"""sitting (SCT 33586001)."""

CurledUp: Final[Code] = Code("SCT", "34108001", "curled-up", (20,))
"""curled-up (SCT 34108001)."""

RightLateralDecubitus: Final[Code] = Code("SCT", "102535000", "right lateral decubitus", (20, 6206))
"""right lateral decubitus (SCT 102535000)."""

LeftLateralDecubitus: Final[Code] = Code("SCT", "102536004", "left lateral decubitus", (20, 6206))
"""left lateral decubitus (SCT 102536004)."""

Lordotic: Final[Code] = Code("SCT", "260450008", "lordotic", (20,))
"""lordotic (SCT 260450008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Prone,
    SemiProne,
    LateralDecubitus,
    Standing,
    Anatomical,
    Kneeling,
    KneeChest,
    Supine,
    Lithotomy,
    Trendelenburg,
    InverseTrendelenburg,
    Frog,
    StoopedOver,
    Sitting,
    CurledUp,
    RightLateralDecubitus,
    LeftLateralDecubitus,
    Lordotic,
)
"""The resolved membership: own members, then those of the included groups, in order."""
