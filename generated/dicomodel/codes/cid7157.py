"""CID 7157 Device Segmentation Type.

Extensible, version 20130617, UID 1.2.840.10008.6.1.503.
Includes CID 9505, CID 9506.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7157
NAME: _Final[str] = "Device Segmentation Type"
KEYWORD: _Final[str | None] = "DeviceSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.503"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130617"
INCLUDES: _Final[tuple[int, ...]] = (9505, 9506)
EXTERNAL_SCHEME: _Final[str | None] = None

BonePin: _Final[_Code] = _Code("SCT", "77444004", "Bone Pin", (6203, 6404, 7157))
"""Bone Pin (SCT 77444004)."""

BoneScrew: _Final[_Code] = _Code("SCT", "68183006", "Bone Screw", (7157, 7309))
"""Bone Screw (SCT 68183006)."""

CardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac Pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac Pacemaker (SCT 14106009)."""

Defibrillator: _Final[_Code] = _Code("SCT", "72506001", "Defibrillator", (3777, 7157))
"""Defibrillator (SCT 72506001)."""

DentalProsthesis: _Final[_Code] = _Code("SCT", "27606000", "Dental Prosthesis", (7157,))
"""Dental Prosthesis (SCT 27606000)."""

InlayDentalRestoration: _Final[_Code] = _Code(
    "SCT", "272287005", "Inlay Dental Restoration", (7157,)
)
"""Inlay Dental Restoration (SCT 272287005)."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001)."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007)."""

BiteBlock: _Final[_Code] = _Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001). Included from CID 9513."""

Headframe: _Final[_Code] = _Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110). Included from CID 9513."""

HeadMask: _Final[_Code] = _Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111). Included from CID 9513."""

HeadAndNeckMask: _Final[_Code] = _Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112). Included from CID 9513."""

Mold: _Final[_Code] = _Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113). Included from CID 9513."""

Cast: _Final[_Code] = _Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114). Included from CID 9513."""

Headrest: _Final[_Code] = _Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002). Included from CID 9513."""

BreastBoard: _Final[_Code] = _Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116). Included from CID 9513."""

BodyFrame: _Final[_Code] = _Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117). Included from CID 9513."""

VacuumMold: _Final[_Code] = _Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118). Included from CID 9513."""

WholeBodyPod: _Final[_Code] = _Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119). Included from CID 9513."""

RectalBalloon: _Final[_Code] = _Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120). Included from CID 9513."""

VaginalCylinder: _Final[_Code] = _Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121). Included from CID 9513."""

BreastBridge: _Final[_Code] = _Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653). Included from CID 9513."""

AbdominalCompressionBelt: _Final[_Code] = _Code(
    "DCM", "130654", "Abdominal Compression Belt", (9513,)
)
"""Abdominal Compression Belt (DCM 130654). Included from CID 9513."""

AbdominalCompressionArch: _Final[_Code] = _Code(
    "DCM", "130655", "Abdominal Compression Arch", (9513,)
)
"""Abdominal Compression Arch (DCM 130655). Included from CID 9513."""

HeadFixationBoard: _Final[_Code] = _Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656). Included from CID 9513."""

Backrest: _Final[_Code] = _Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008). Included from CID 9513."""

ShinRest: _Final[_Code] = _Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852). Included from CID 9513."""

HeelStop: _Final[_Code] = _Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853). Included from CID 9513."""

Armrest: _Final[_Code] = _Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008). Included from CID 9513."""

HandGrips: _Final[_Code] = _Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854). Included from CID 9513."""

SeatPan: _Final[_Code] = _Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855). Included from CID 9513."""

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004). Included from CID 9515."""

Chair: _Final[_Code] = _Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008). Included from CID 9515."""

Stretcher: _Final[_Code] = _Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003). Included from CID 9515."""

Wall: _Final[_Code] = _Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009). Included from CID 9515."""

Floor: _Final[_Code] = _Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007). Included from CID 9515."""

BrachytherapySourceApplicator: _Final[_Code] = _Code(
    "DCM", "130078", "Brachytherapy source applicator", (9506,)
)
"""Brachytherapy source applicator (DCM 130078). Included from CID 9506."""

BrachytherapyChannelShield: _Final[_Code] = _Code(
    "DCM", "130079", "Brachytherapy channel shield", (9506,)
)
"""Brachytherapy channel shield (DCM 130079). Included from CID 9506."""

BrachytherapyChannel: _Final[_Code] = _Code("DCM", "130080", "Brachytherapy channel", (9506,))
"""Brachytherapy channel (DCM 130080). Included from CID 9506."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BonePin,
    BoneScrew,
    CardiacPacemaker,
    Defibrillator,
    DentalProsthesis,
    InlayDentalRestoration,
    LeftVentricularAssistDevice,
    Needle,
    RadioactiveImplant,
    Stent,
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
    Table,
    Chair,
    Stretcher,
    Wall,
    Floor,
    BrachytherapySourceApplicator,
    BrachytherapyChannelShield,
    BrachytherapyChannel,
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
