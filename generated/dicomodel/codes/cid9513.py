"""CID 9513 Fixation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1223.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9513
NAME: Final[str] = "Fixation Device"
KEYWORD: Final[str | None] = "FixationDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1223"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BiteBlock: Final[Code] = Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001)."""

Headframe: Final[Code] = Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110)."""

HeadMask: Final[Code] = Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111)."""

HeadAndNeckMask: Final[Code] = Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112)."""

Mold: Final[Code] = Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113)."""

Cast: Final[Code] = Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114)."""

Headrest: Final[Code] = Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002)."""

BreastBoard: Final[Code] = Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116)."""

BodyFrame: Final[Code] = Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117)."""

VacuumMold: Final[Code] = Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118)."""

WholeBodyPod: Final[Code] = Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119)."""

RectalBalloon: Final[Code] = Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120)."""

VaginalCylinder: Final[Code] = Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121)."""

BreastBridge: Final[Code] = Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653)."""

AbdominalCompressionBelt: Final[Code] = Code("DCM", "130654", "Abdominal Compression Belt", (9513,))
"""Abdominal Compression Belt (DCM 130654)."""

AbdominalCompressionArch: Final[Code] = Code("DCM", "130655", "Abdominal Compression Arch", (9513,))
"""Abdominal Compression Arch (DCM 130655)."""

HeadFixationBoard: Final[Code] = Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656)."""

Backrest: Final[Code] = Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008)."""

ShinRest: Final[Code] = Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852)."""

HeelStop: Final[Code] = Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853)."""

Armrest: Final[Code] = Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008)."""

HandGrips: Final[Code] = Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854)."""

SeatPan: Final[Code] = Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
