"""CID 9513 Fixation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1223.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9513
NAME: _Final[str] = "Fixation Device"
KEYWORD: _Final[str | None] = "FixationDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1223"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BiteBlock: _Final[_Code] = _Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001)."""

Headframe: _Final[_Code] = _Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110)."""

HeadMask: _Final[_Code] = _Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111)."""

HeadAndNeckMask: _Final[_Code] = _Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112)."""

Mold: _Final[_Code] = _Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113)."""

Cast: _Final[_Code] = _Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114)."""

Headrest: _Final[_Code] = _Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002)."""

BreastBoard: _Final[_Code] = _Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116)."""

BodyFrame: _Final[_Code] = _Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117)."""

VacuumMold: _Final[_Code] = _Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118)."""

WholeBodyPod: _Final[_Code] = _Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119)."""

RectalBalloon: _Final[_Code] = _Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120)."""

VaginalCylinder: _Final[_Code] = _Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121)."""

BreastBridge: _Final[_Code] = _Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653)."""

AbdominalCompressionBelt: _Final[_Code] = _Code(
    "DCM", "130654", "Abdominal Compression Belt", (9513,)
)
"""Abdominal Compression Belt (DCM 130654)."""

AbdominalCompressionArch: _Final[_Code] = _Code(
    "DCM", "130655", "Abdominal Compression Arch", (9513,)
)
"""Abdominal Compression Arch (DCM 130655)."""

HeadFixationBoard: _Final[_Code] = _Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656)."""

Backrest: _Final[_Code] = _Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008)."""

ShinRest: _Final[_Code] = _Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852)."""

HeelStop: _Final[_Code] = _Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853)."""

Armrest: _Final[_Code] = _Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008)."""

HandGrips: _Final[_Code] = _Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854)."""

SeatPan: _Final[_Code] = _Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BiteBlock,
    Headframe,
    HeadMask,
    HeadAndNeckMask,
    Mold,
    Cast,
    Headrest,
    BreastBoard,
    BodyFrame,
    VacuumMold,
    WholeBodyPod,
    RectalBalloon,
    VaginalCylinder,
    BreastBridge,
    AbdominalCompressionBelt,
    AbdominalCompressionArch,
    HeadFixationBoard,
    Backrest,
    ShinRest,
    HeelStop,
    Armrest,
    HandGrips,
    SeatPan,
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
