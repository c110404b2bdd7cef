"""CID 1000 CT Transverse Plane Reference Basis.

Extensible, version 20160905, UID 1.2.840.10008.6.1.1121.
Includes CID 1001.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 1000
NAME: _Final[str] = "CT Transverse Plane Reference Basis"
KEYWORD: _Final[str | None] = "CTTransversePlaneReferenceBasis"
UID: _Final[str | None] = "1.2.840.10008.6.1.1121"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160905"
INCLUDES: _Final[tuple[int, ...]] = (1001,)
EXTERNAL_SCHEME: _Final[str | None] = None

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

OrthopedicDevice: _Final[_Code] = _Code("SCT", "16349000", "Orthopedic device", (1000,))
"""Orthopedic device (SCT 16349000)."""

CardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac pacemaker (SCT 14106009)."""

ImplantDevice: _Final[_Code] = _Code("SCT", "40388003", "Implant, device", (1000, 6054, 6401))
"""Implant, device (SCT 40388003)."""

StentDevice: _Final[_Code] = _Code(
    "SCT", "65818007", "Stent, device", (8, 1000, 3411, 3496, 3810, 7157)
)
"""Stent, device (SCT 65818007)."""

AcquiredVolume: _Final[_Code] = _Code("DCM", "128160", "Acquired Volume", (1000,))
"""Acquired Volume (DCM 128160)."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007). Included from CID 1002."""

ExternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "84301002", "External Auditory Meatus", (1002, 4040)
)
"""External Auditory Meatus (SCT 84301002). Included from CID 1002."""

ForamenMagnum: _Final[_Code] = _Code("SCT", "24532009", "Foramen Magnum", (1002,))
"""Foramen Magnum (SCT 24532009). Included from CID 1002."""

FrontalSinus: _Final[_Code] = _Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009). Included from CID 1002."""

InternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "61671002", "Internal Auditory Meatus", (1002,)
)
"""Internal Auditory Meatus (SCT 61671002). Included from CID 1002."""

LateralCanthus: _Final[_Code] = _Code("SCT", "61242005", "Lateral Canthus", (1002,))
"""Lateral Canthus (SCT 61242005). Included from CID 1002."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006). Included from CID 1002."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005). Included from CID 1002."""

MastoidCellsAndAntra: _Final[_Code] = _Code("SCT", "91716001", "Mastoid cells and antra", (1002,))
"""Mastoid cells and antra (SCT 91716001). Included from CID 1002."""

MaxillarySinus: _Final[_Code] = _Code("SCT", "15924003", "Maxillary sinus", (1002, 7601))
"""Maxillary sinus (SCT 15924003). Included from CID 1002."""

Nasion: _Final[_Code] = _Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779). Included from CID 1002."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007). Included from CID 1002."""

PituitaryFossa: _Final[_Code] = _Code("SCT", "42575006", "Pituitary Fossa", (1002, 4031))
"""Pituitary Fossa (SCT 42575006). Included from CID 1002."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000). Included from CID 1002."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal Bone", (1002, 4028))
"""Temporal Bone (SCT 60911003). Included from CID 1002."""

VertexOfHead: _Final[_Code] = _Code("SCT", "88986008", "Vertex of Head", (1002,))
"""Vertex of Head (SCT 88986008). Included from CID 1002."""

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007). Included from CID 1003."""

LevelOfC2C3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243902007", "Level of C2/C3 intervertebral disc", (1003,)
)
"""Level of C2/C3 intervertebral disc (SCT 243902007). Included from CID 1003."""

LevelOfC3C4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243903002", "Level of C3/C4 intervertebral disc", (1003,)
)
"""Level of C3/C4 intervertebral disc (SCT 243903002). Included from CID 1003."""

LevelOfC4C5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243904008", "Level of C4/C5 intervertebral disc", (1003,)
)
"""Level of C4/C5 intervertebral disc (SCT 243904008). Included from CID 1003."""

LevelOfC5C6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243905009", "Level of C5/C6 intervertebral disc", (1003,)
)
"""Level of C5/C6 intervertebral disc (SCT 243905009). Included from CID 1003."""

LevelOfC6C7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243906005", "Level of C6/C7 intervertebral disc", (1003,)
)
"""Level of C6/C7 intervertebral disc (SCT 243906005). Included from CID 1003."""

LevelOfC7T1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243925008", "Level of C7/T1 intervertebral disc", (1003,)
)
"""Level of C7/T1 intervertebral disc (SCT 243925008). Included from CID 1003."""

LevelOfL1L2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243920003", "Level of L1/L2 intervertebral disc", (1003,)
)
"""Level of L1/L2 intervertebral disc (SCT 243920003). Included from CID 1003."""

LevelOfL2L3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243921004", "Level of L2/L3 intervertebral disc", (1003,)
)
"""Level of L2/L3 intervertebral disc (SCT 243921004). Included from CID 1003."""

LevelOfL3L4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243922006", "Level of L3/L4 intervertebral disc", (1003,)
)
"""Level of L3/L4 intervertebral disc (SCT 243922006). Included from CID 1003."""

LevelOfL4L5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243923001", "Level of L4/L5 intervertebral disc", (1003,)
)
"""Level of L4/L5 intervertebral disc (SCT 243923001). Included from CID 1003."""

LevelOfL5S1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243927000", "Level of L5/S1 intervertebral disc", (1003,)
)
"""Level of L5/S1 intervertebral disc (SCT 243927000). Included from CID 1003."""

LevelOfT1T2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243908006", "Level of T1/T2 intervertebral disc", (1003,)
)
"""Level of T1/T2 intervertebral disc (SCT 243908006). Included from CID 1003."""

LevelOfT10T11IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243917006", "Level of T10/T11 intervertebral disc", (1003,)
)
"""Level of T10/T11 intervertebral disc (SCT 243917006). Included from CID 1003."""

LevelOfT11T12IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243918001", "Level of T11/T12 intervertebral disc", (1003,)
)
"""Level of T11/T12 intervertebral disc (SCT 243918001). Included from CID 1003."""

LevelOfT12L1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243926009", "Level of T12/L1 intervertebral disc", (1003,)
)
"""Level of T12/L1 intervertebral disc (SCT 243926009). Included from CID 1003."""

LevelOfT2T3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243909003", "Level of T2/T3 intervertebral disc", (1003,)
)
"""Level of T2/T3 intervertebral disc (SCT 243909003). Included from CID 1003."""

LevelOfT3T4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243910008", "Level of T3/T4 intervertebral disc", (1003,)
)
"""Level of T3/T4 intervertebral disc (SCT 243910008). Included from CID 1003."""

LevelOfT4T5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243911007", "Level of T4/T5 intervertebral disc", (1003,)
)
"""Level of T4/T5 intervertebral disc (SCT 243911007). Included from CID 1003."""

LevelOfT5T6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243912000", "Level of T5/T6 intervertebral disc", (1003,)
)
"""Level of T5/T6 intervertebral disc (SCT 243912000). Included from CID 1003."""

LevelOfT6T7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243913005", "Level of T6/T7 intervertebral disc", (1003,)
)
"""Level of T6/T7 intervertebral disc (SCT 243913005). Included from CID 1003."""

LevelOfT7T8IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243914004", "Level of T7/T8 intervertebral disc", (1003,)
)
"""Level of T7/T8 intervertebral disc (SCT 243914004). Included from CID 1003."""

LevelOfT8T9IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243915003", "Level of T8/T9 intervertebral disc", (1003,)
)
"""Level of T8/T9 intervertebral disc (SCT 243915003). Included from CID 1003."""

LevelOfT9T10IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243916002", "Level of T9/T10 intervertebral disc", (1003,)
)
"""Level of T9/T10 intervertebral disc (SCT 243916002). Included from CID 1003."""

AcromioclavicularJoint: _Final[_Code] = _Code(
    "SCT", "85856004", "Acromioclavicular Joint", (1004, 4031)
)
"""Acromioclavicular Joint (SCT 85856004). Included from CID 1004."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009). Included from CID 1004."""

ApexOfHeart: _Final[_Code] = _Code("SCT", "13383001", "Apex of heart", (1004,))
"""Apex of heart (SCT 13383001). Included from CID 1004."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002). Included from CID 1004."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary artery graft", (1004, 3015)
)
"""Coronary artery graft (SCT 264293000). Included from CID 1004."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000). Included from CID 1004."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009). Included from CID 1004."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008). Included from CID 1004."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000). Included from CID 1004."""

ShoulderRegionStructure: _Final[_Code] = _Code(
    "SCT", "16982005", "Shoulder region structure", (1004, 4031, 4040, 7304, 7483)
)
"""Shoulder region structure (SCT 16982005). Included from CID 1004."""

SternoclavicularJoint: _Final[_Code] = _Code(
    "SCT", "7844006", "Sternoclavicular Joint", (1004, 4031)
)
"""Sternoclavicular Joint (SCT 7844006). Included from CID 1004."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002). Included from CID 1004."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal Notch", (4, 1004, 6115))
"""Suprasternal Notch (SCT 26493002). Included from CID 1004."""

ThoracicInlet: _Final[_Code] = _Code("SCT", "42973007", "Thoracic Inlet", (1004,))
"""Thoracic Inlet (SCT 42973007). Included from CID 1004."""

XiphoidProcess: _Final[_Code] = _Code("SCT", "20298003", "Xiphoid Process", (1004, 6115))
"""Xiphoid Process (SCT 20298003). Included from CID 1004."""

Acetabulum: _Final[_Code] = _Code("SCT", "37783008", "Acetabulum", (1005,))
"""Acetabulum (SCT 37783008). Included from CID 1005."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007). Included from CID 1005."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common iliac artery bifurcation", (1005, 3837, 12109)
)
"""Common iliac artery bifurcation (SCT 413896006). Included from CID 1005."""

FemoralHead: _Final[_Code] = _Code("SCT", "2812003", "Femoral head", (1005, 7304))
"""Femoral head (SCT 2812003). Included from CID 1005."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001). Included from CID 1005."""

IliacCrest: _Final[_Code] = _Code("SCT", "29850006", "Iliac Crest", (1005,))
"""Iliac Crest (SCT 29850006). Included from CID 1005."""

Ischium: _Final[_Code] = _Code("SCT", "85710004", "Ischium", (1005,))
"""Ischium (SCT 85710004). Included from CID 1005."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007). Included from CID 1005."""

LesserTrochanter: _Final[_Code] = _Code("SCT", "55499008", "Lesser trochanter", (1005,))
"""Lesser trochanter (SCT 55499008). Included from CID 1005."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004). Included from CID 1005."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009). Included from CID 1005."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007). Included from CID 1005."""

SymphysisPubis: _Final[_Code] = _Code("SCT", "82561000", "Symphysis pubis", (1005,))
"""Symphysis pubis (SCT 82561000). Included from CID 1005."""

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002). Included from CID 1006."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009). Included from CID 1006."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004). Included from CID 1006."""

KneeJoint: _Final[_Code] = _Code("SCT", "49076000", "Knee joint", (1006,))
"""Knee joint (SCT 49076000). Included from CID 1006."""

MalleolarStructureOfTibia: _Final[_Code] = _Code(
    "SCT", "314796009", "Malleolar structure of tibia", (1006,)
)
"""Malleolar structure of tibia (SCT 314796009). Included from CID 1006."""

Metacarpal: _Final[_Code] = _Code("SCT", "36455000", "Metacarpal", (1006, 7483))
"""Metacarpal (SCT 36455000). Included from CID 1006."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005). Included from CID 1006."""

Scaphoid: _Final[_Code] = _Code("SCT", "30518006", "Scaphoid", (1006, 7483))
"""Scaphoid (SCT 30518006). Included from CID 1006."""

Talus: _Final[_Code] = _Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005). Included from CID 1006."""

TibialPlateau: _Final[_Code] = _Code("SCT", "306783000", "Tibial Plateau", (1006,))
"""Tibial Plateau (SCT 306783000). Included from CID 1006."""

Toe: _Final[_Code] = _Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007). Included from CID 1006."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003). Included from CID 1006."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MorphologicallyAbnormalStructure,
    OrthopedicDevice,
    CardiacPacemaker,
    ImplantDevice,
    StentDevice,
    AcquiredVolume,
    CarotidArtery,
    ExternalAuditoryMeatus,
    ForamenMagnum,
    FrontalSinus,
    InternalAuditoryMeatus,
    LateralCanthus,
    Mandible,
    MastoidBone,
    MastoidCellsAndAntra,
    MaxillarySinus,
    Nasion,
    OrbitalStructure,
    PituitaryFossa,
    Skull,
    TemporalBone,
    VertexOfHead,
    C1Vertebra,
    LevelOfC2C3IntervertebralDisc,
    LevelOfC3C4IntervertebralDisc,
    LevelOfC4C5IntervertebralDisc,
    LevelOfC5C6IntervertebralDisc,
    LevelOfC6C7IntervertebralDisc,
    LevelOfC7T1IntervertebralDisc,
    LevelOfL1L2IntervertebralDisc,
    LevelOfL2L3IntervertebralDisc,
    LevelOfL3L4IntervertebralDisc,
    LevelOfL4L5IntervertebralDisc,
    LevelOfL5S1IntervertebralDisc,
    LevelOfT1T2IntervertebralDisc,
    LevelOfT10T11IntervertebralDisc,
    LevelOfT11T12IntervertebralDisc,
    LevelOfT12L1IntervertebralDisc,
    LevelOfT2T3IntervertebralDisc,
    LevelOfT3T4IntervertebralDisc,
    LevelOfT4T5IntervertebralDisc,
    LevelOfT5T6IntervertebralDisc,
    LevelOfT6T7IntervertebralDisc,
    LevelOfT7T8IntervertebralDisc,
    LevelOfT8T9IntervertebralDisc,
    LevelOfT9T10IntervertebralDisc,
    AcromioclavicularJoint,
    AorticArch,
    ApexOfHeart,
    Carina,
    CoronaryArteryGraft,
    Diaphragm,
    Heart,
    Lung,
    Scapula,
    ShoulderRegionStructure,
    SternoclavicularJoint,
    Sternum,
    SuprasternalNotch,
    ThoracicInlet,
    XiphoidProcess,
    Acetabulum,
    AdrenalGland,
    CommonIliacArteryBifurcation,
    FemoralHead,
    HipJoint,
    IliacCrest,
    Ischium,
    Kidney,
    LesserTrochanter,
    Liver,
    Pancreas,
    Sacrum,
    SymphysisPubis,
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
