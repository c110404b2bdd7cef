"""CID 7193 Physical Object Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.1192.
Includes CID 8, CID 6401, CID 6404, CID 7157, CID 7158, CID 7027.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7193
NAME: _Final[str] = "Physical Object Segmentation Property Type"
KEYWORD: _Final[str | None] = "PhysicalObjectSegmentationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1192"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (8, 6401, 6404, 7157, 7158, 7027)
EXTERNAL_SCHEME: _Final[str | None] = None

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 8."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 8."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004). Included from CID 8."""

Glue: _Final[_Code] = _Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000). Included from CID 8."""

AtherectomyDevice: _Final[_Code] = _Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002). Included from CID 8."""

EmbolizationBall: _Final[_Code] = _Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000). Included from CID 8."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006). Included from CID 8."""

EmbolizationCoil: _Final[_Code] = _Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001). Included from CID 8."""

DetachableBalloon: _Final[_Code] = _Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000). Included from CID 8."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008). Included from CID 8."""

EmbolizationParticulate: _Final[_Code] = _Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004). Included from CID 8."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007). Included from CID 8."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005). Included from CID 8."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485). Included from CID 8."""

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009). Included from CID 6401."""

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6401."""

CardiacPacemaker_118378005: _Final[_Code] = _Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005). Included from CID 6401."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000). Included from CID 6401."""

Collimator: _Final[_Code] = _Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004). Included from CID 6401."""

CompressionPaddle: _Final[_Code] = _Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009). Included from CID 6401."""

IDPlate: _Final[_Code] = _Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007). Included from CID 6401."""

Implant: _Final[_Code] = _Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003). Included from CID 6401."""

JWire: _Final[_Code] = _Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006). Included from CID 6401."""

OpaqueMarker: _Final[_Code] = _Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009). Included from CID 6401."""

OtherMarker: _Final[_Code] = _Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175). Included from CID 6401."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6401."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6401."""

CardiacPacemaker_14106009: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac Pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac Pacemaker (SCT 14106009). Included from CID 6404."""

CardiacPacemakerLead: _Final[_Code] = _Code("SCT", "360129009", "Cardiac pacemaker lead", (6404,))
"""Cardiac pacemaker lead (SCT 360129009). Included from CID 6404."""

CentralLine: _Final[_Code] = _Code("DCM", "112174", "Central line", (6404,))
"""Central line (DCM 112174). Included from CID 6404."""

CervicalCollar: _Final[_Code] = _Code("SCT", "63562005", "Cervical collar", (6404,))
"""Cervical collar (SCT 63562005). Included from CID 6404."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173). Included from CID 6404."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178). Included from CID 6404."""

EndotrachealTube: _Final[_Code] = _Code("SCT", "26412008", "Endotracheal tube", (6404,))
"""Endotracheal tube (SCT 26412008). Included from CID 6404."""

FeedingTube: _Final[_Code] = _Code("SCT", "25062003", "Feeding tube", (6404,))
"""Feeding tube (SCT 25062003). Included from CID 6404."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171). Included from CID 6404."""

HeartValveProsthesis: _Final[_Code] = _Code("SCT", "25510005", "Heart valve prosthesis", (6404,))
"""Heart valve prosthesis (SCT 25510005). Included from CID 6404."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006). Included from CID 6404."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006). Included from CID 6404."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175). Included from CID 6404."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005). Included from CID 6404."""

NippleRing: _Final[_Code] = _Code("DCM", "112177", "Nipple ring", (6404,))
"""Nipple ring (DCM 112177). Included from CID 6404."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176). Included from CID 6404."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004). Included from CID 6404."""

Portacath: _Final[_Code] = _Code("DCM", "112172", "Portacath", (6404,))
"""Portacath (DCM 112172). Included from CID 6404."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007). Included from CID 6404."""

Tracheotomy: _Final[_Code] = _Code("SCT", "48387007", "Tracheotomy", (6404,))
"""Tracheotomy (SCT 48387007). Included from CID 6404."""

UretericStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteric stent", (6203, 6404))
"""Ureteric stent (SCT 286558002). Included from CID 6404."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000). Included from CID 6404."""

BoneScrew: _Final[_Code] = _Code("SCT", "68183006", "Bone Screw", (7157, 7309))
"""Bone Screw (SCT 68183006). Included from CID 7157."""

Defibrillator: _Final[_Code] = _Code("SCT", "72506001", "Defibrillator", (3777, 7157))
"""Defibrillator (SCT 72506001). Included from CID 7157."""

DentalProsthesis: _Final[_Code] = _Code("SCT", "27606000", "Dental Prosthesis", (7157,))
"""Dental Prosthesis (SCT 27606000). Included from CID 7157."""

InlayDentalRestoration: _Final[_Code] = _Code(
    "SCT", "272287005", "Inlay Dental Restoration", (7157,)
)
"""Inlay Dental Restoration (SCT 272287005). Included from CID 7157."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001). Included from CID 7157."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004). Included from CID 7157."""

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

Clothing: _Final[_Code] = _Code("SCT", "272180002", "Clothing", (7158,))
"""Clothing (SCT 272180002). Included from CID 7158."""

ForeignBody: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008). Included from CID 7158."""

DiodeArray: _Final[_Code] = _Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702). Included from CID 7027."""

IonChamberArray: _Final[_Code] = _Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703). Included from CID 7027."""

ThermoluminescentRadiationDosimeter: _Final[_Code] = _Code(
    "SCT", "464983000", "Thermoluminescent radiation dosimeter", (7026, 7027)
)
"""Thermoluminescent radiation dosimeter (SCT 464983000). Included from CID 7027."""

Diode: _Final[_Code] = _Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704). Included from CID 7027."""

LiquidIonChamber: _Final[_Code] = _Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705). Included from CID 7027."""

MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_Code] = _Code(
    "SCT", "701933006", "MOSFET radiation therapy dosimetry system dosimeter", (7026, 7027)
)
"""MOSFET radiation therapy dosimetry system dosimeter (SCT 701933006). Included from CID 7027."""

OSLD: _Final[_Code] = _Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706). Included from CID 7027."""

IonChamber: _Final[_Code] = _Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707). Included from CID 7027."""

DigitalImager: _Final[_Code] = _Code("SCT", "468440006", "Digital imager", (7026, 7027, 9268, 9271))
"""Digital imager (SCT 468440006). Included from CID 7027."""

DiamondDetector: _Final[_Code] = _Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708). Included from CID 7027."""

RPLGD: _Final[_Code] = _Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709). Included from CID 7027."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Stent,
    Catheter,
    Laser,
    Glue,
    AtherectomyDevice,
    EmbolizationBall,
    PercutaneousTransluminalAngioplastyBalloon,
    EmbolizationCoil,
    DetachableBalloon,
    GuidingCatheter,
    EmbolizationParticulate,
    RotationalAtherectomyDevice,
    MeasuringRuler,
    Sphere,
    BBShotLeadPellet,
    Bullet,
    CardiacPacemaker_118378005,
    Clip,
    Collimator,
    CompressionPaddle,
    IDPlate,
    Implant,
    JWire,
    OpaqueMarker,
    OtherMarker,
    Staple,
    Suture,
    CardiacPacemaker_14106009,
    CardiacPacemakerLead,
    CentralLine,
    CervicalCollar,
    ChestTube,
    Coin,
    EndotrachealTube,
    FeedingTube,
    FiducialMark,
    HeartValveProsthesis,
    JejunostomyTube,
    Jewelry,
    KidneyStent,
    Needle,
    NippleRing,
    PancreaticStent,
    Pin,
    Portacath,
    Prosthesis,
    Tracheotomy,
    UretericStent,
    VenaCavaFilter,
    BoneScrew,
    Defibrillator,
    DentalProsthesis,
    InlayDentalRestoration,
    LeftVentricularAssistDevice,
    RadioactiveImplant,
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
    Clothing,
    ForeignBody,
    DiodeArray,
    IonChamberArray,
    ThermoluminescentRadiationDosimeter,
    Diode,
    LiquidIonChamber,
    MOSFETRadiationTherapyDosimetrySystemDosimeter,
    OSLD,
    IonChamber,
    DigitalImager,
    DiamondDetector,
    RPLGD,
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
