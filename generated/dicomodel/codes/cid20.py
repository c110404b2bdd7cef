"""CID 20 Patient Orientation Modifier.

Extensible, version 20070524, UID 1.2.840.10008.6.1.14.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 20
NAME: _Final[str] = "Patient Orientation Modifier"
KEYWORD: _Final[str | None] = "PatientOrientationModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.14"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070524"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Prone: _Final[_Code] = _Code("SCT", "1240000", "prone", (20, 6206))
"""prone (SCT 1240000)."""

SemiProne: _Final[_Code] = _Code("SCT", "34026001", "semi-prone", (20,))
"""semi-prone (SCT 34026001)."""

LateralDecubitus: _Final[_Code] = _Code("SCT", "32185000", "lateral decubitus", (20,))
"""lateral decubitus (SCT 32185000)."""

Standing: _Final[_Code] = _Code("SCT", "10904000", "standing", (20,))
"""standing (SCT 10904000)."""

Anatomical: _Final[_Code] = _Code("SCT", "51845000", "anatomical", (20,))
"""anatomical (SCT 51845000)."""

Kneeling: _Final[_Code] = _Code("SCT", "55864004", "kneeling", (20,))
"""kneeling (SCT 55864004)."""

KneeChest: _Final[_Code] = _Code("SCT", "23242002", "knee-chest", (20,))
"""knee-chest (SCT 23242002)."""

Supine: _Final[_Code] = _Code("SCT", "40199007", "supine", (20, 3262, 3602, 6206))
"""supine (SCT 40199007)."""

Lithotomy: _Final[_Code] = _Code("SCT", "14205002", "lithotomy", (20,))
"""lithotomy (SCT 14205002)."""

Trendelenburg: _Final[_Code] = _Code("SCT", "34106002", "Trendelenburg", (20,))
"""Trendelenburg (SCT 34106002)."""

InverseTrendelenburg: _Final[_Code] = _Code("SCT", "26527006", "inverse Trendelenburg", (20,))
"""inverse Trendelenburg (SCT 26527006)."""

Frog: _Final[_Code] = _Code("SCT", "34296003", "frog", (20,))
"""frog (SCT 34296003)."""

StoopedOver: _Final[_Code] = _Code("SCT", "87068006", "stooped-over", (20,))
"""stooped-over (SCT 87068006)."""

Sitting: _Final[_Code] = _Code("SCT", "33586001", "sitting", (20,))
"""sitting (SCT 33586001)."""

CurledUp: _Final[_Code] = _Code("SCT", "34108001", "curled-up", (20,))
"""curled-up (SCT 34108001)."""

RightLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102535000", "right lateral decubitus", (20, 6206)
)
"""right lateral decubitus (SCT 102535000)."""

LeftLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102536004", "left lateral decubitus", (20, 6206)
)
"""left lateral decubitus (SCT 102536004)."""

Lordotic: _Final[_Code] = _Code("SCT", "260450008", "lordotic", (20,))
"""lordotic (SCT 260450008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
