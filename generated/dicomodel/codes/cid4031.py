"""CID 4031 Common Anatomic Region.

Extensible, version 20221224, UID 1.2.840.10008.6.1.308.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4031
NAME: _Final[str] = "Common Anatomic Region"
KEYWORD: _Final[str | None] = "CommonAnatomicRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.308"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221224"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

AbdomenAndPelvis: _Final[_Code] = _Code("SCT", "818982008", "Abdomen and Pelvis", (4031,))
"""Abdomen and Pelvis (SCT 818982008)."""

AcromioclavicularJoint: _Final[_Code] = _Code(
    "SCT", "85856004", "Acromioclavicular joint", (1004, 4031)
)
"""Acromioclavicular joint (SCT 85856004)."""

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002)."""

Anus: _Final[_Code] = _Code("SCT", "53505006", "Anus", (645, 4031))
"""Anus (SCT 53505006)."""

ApexOfLung: _Final[_Code] = _Code("SCT", "86598002", "Apex of Lung", (4031,))
"""Apex of Lung (SCT 86598002)."""

BileDuct: _Final[_Code] = _Code("SCT", "28273000", "Bile duct", (4031, 4040, 7154))
"""Bile duct (SCT 28273000)."""

BiliaryTract: _Final[_Code] = _Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

BoneOfLowerLimb: _Final[_Code] = _Code("SCT", "72001000", "Bone of lower limb", (4031,))
"""Bone of lower limb (SCT 72001000)."""

BoneOfUpperLimb: _Final[_Code] = _Code("SCT", "371195002", "Bone of upper limb", (4031,))
"""Bone of upper limb (SCT 371195002)."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

Calcaneus: _Final[_Code] = _Code("SCT", "80144004", "Calcaneus", (4031, 7304))
"""Calcaneus (SCT 80144004)."""

CervicalSpine: _Final[_Code] = _Code("SCT", "122494005", "Cervical spine", (4028, 4031, 7304, 7483))
"""Cervical spine (SCT 122494005)."""

CervicoThoracicSpine: _Final[_Code] = _Code(
    "SCT", "1217257000", "Cervico-thoracic spine", (4031, 7304, 7483)
)
"""Cervico-thoracic spine (SCT 1217257000)."""

Chest: _Final[_Code] = _Code("SCT", "816094009", "Chest", (4, 4031, 7155, 7483, 12020))
"""Chest (SCT 816094009)."""

ChestAndAbdomen: _Final[_Code] = _Code("SCT", "416550000", "Chest and Abdomen", (4031, 7483))
"""Chest and Abdomen (SCT 416550000)."""

ChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416775004", "Chest, Abdomen and Pelvis", (4031,)
)
"""Chest, Abdomen and Pelvis (SCT 416775004)."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Coccyx: _Final[_Code] = _Code("SCT", "64688005", "Coccyx", (4031,))
"""Coccyx (SCT 64688005)."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001)."""

CommonBileDuct: _Final[_Code] = _Code("SCT", "79741001", "Common bile duct", (4031, 4040))
"""Common bile duct (SCT 79741001)."""

Duodenum: _Final[_Code] = _Code("SCT", "38848004", "Duodenum", (4031,))
"""Duodenum (SCT 38848004)."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009)."""

EntireBody: _Final[_Code] = _Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

EsophagusStomachAndDuodenum: _Final[_Code] = _Code(
    "SCT", "110861005", "Esophagus, stomach and duodenum", (4031, 4040)
)
"""Esophagus, stomach and duodenum (SCT 110861005)."""

Extremity: _Final[_Code] = _Code("SCT", "66019005", "Extremity", (4031,))
"""Extremity (SCT 66019005)."""

Eye: _Final[_Code] = _Code("SCT", "81745001", "Eye", (4031, 4209))
"""Eye (SCT 81745001)."""

EyeRegion: _Final[_Code] = _Code("SCT", "371398005", "Eye region", (4028, 4031))
"""Eye region (SCT 371398005)."""

FacialBones: _Final[_Code] = _Code("SCT", "91397008", "Facial bones", (4028, 4031, 7304))
"""Facial bones (SCT 91397008)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Fibula: _Final[_Code] = _Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007)."""

Finger: _Final[_Code] = _Code("SCT", "7569003", "Finger", (4031,))
"""Finger (SCT 7569003)."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

Forearm: _Final[_Code] = _Code("SCT", "14975008", "Forearm", (4031,))
"""Forearm (SCT 14975008)."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

Hand: _Final[_Code] = _Code("SCT", "85562004", "Hand", (4031,))
"""Hand (SCT 85562004)."""

Head: _Final[_Code] = _Code("SCT", "69536005", "Head", (4028, 4031))
"""Head (SCT 69536005)."""

HeadAndNeck: _Final[_Code] = _Code("SCT", "774007", "Head and Neck", (645, 4028, 4031))
"""Head and Neck (SCT 774007)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Hip: _Final[_Code] = _Code("SCT", "29836001", "Hip", (4031,))
"""Hip (SCT 29836001)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip Joint", (4, 1005, 4031, 7304, 7483))
"""Hip Joint (SCT 24136001)."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

Ileum: _Final[_Code] = _Code("SCT", "34516001", "Ileum", (4031,))
"""Ileum (SCT 34516001)."""

Ilium: _Final[_Code] = _Code("SCT", "22356005", "Ilium", (4031,))
"""Ilium (SCT 22356005)."""

InternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "361078006", "Internal Auditory Canal", (4028, 4031)
)
"""Internal Auditory Canal (SCT 361078006)."""

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

Jejunum: _Final[_Code] = _Code("SCT", "21306003", "Jejunum", (4031,))
"""Jejunum (SCT 21306003)."""

Knee: _Final[_Code] = _Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002)."""

LargeIntestine: _Final[_Code] = _Code("SCT", "14742008", "Large intestine", (4031, 4040))
"""Large intestine (SCT 14742008)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

LiverAndBiliaryStructure: _Final[_Code] = _Code(
    "SCT", "303270005", "Liver and biliary structure", (4031,)
)
"""Liver and biliary structure (SCT 303270005)."""

LowerLeg: _Final[_Code] = _Code("SCT", "30021000", "Lower leg", (4031,))
"""Lower leg (SCT 30021000)."""

LowerLimb: _Final[_Code] = _Code("SCT", "61685007", "Lower limb", (4031,))
"""Lower limb (SCT 61685007)."""

LumbarSpine: _Final[_Code] = _Code("SCT", "122496007", "Lumbar spine", (4031, 7304, 7483))
"""Lumbar spine (SCT 122496007)."""

LumboSacralSpine: _Final[_Code] = _Code("SCT", "1217253001", "Lumbo-sacral spine", (4031, 7483))
"""Lumbo-sacral spine (SCT 1217253001)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

MuscleOfLowerLimb: _Final[_Code] = _Code("SCT", "102292000", "Muscle of lower limb", (4031,))
"""Muscle of lower limb (SCT 102292000)."""

MuscleOfUpperLimb: _Final[_Code] = _Code("SCT", "30608006", "Muscle of upper limb", (4031,))
"""Muscle of upper limb (SCT 30608006)."""

NasalBone: _Final[_Code] = _Code("SCT", "74386004", "Nasal bone", (4028, 4031))
"""Nasal bone (SCT 74386004)."""

Neck: _Final[_Code] = _Code("SCT", "45048000", "Neck", (4028, 4031))
"""Neck (SCT 45048000)."""

NeckAndChest: _Final[_Code] = _Code("SCT", "417437006", "Neck and Chest", (4031,))
"""Neck and Chest (SCT 417437006)."""

NeckChestAndAbdomen: _Final[_Code] = _Code("SCT", "416152001", "Neck, Chest and Abdomen", (4031,))
"""Neck, Chest and Abdomen (SCT 416152001)."""

NeckChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416319003", "Neck, Chest, Abdomen and Pelvis", (4031,)
)
"""Neck, Chest, Abdomen and Pelvis (SCT 416319003)."""

OpticCanal: _Final[_Code] = _Code("SCT", "55024004", "Optic canal", (4028, 4031))
"""Optic canal (SCT 55024004)."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

PancreaticDuct: _Final[_Code] = _Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009)."""

PancreaticDuctAndBileDuctSystems: _Final[_Code] = _Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006)."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

ParotidGland: _Final[_Code] = _Code("SCT", "45289007", "Parotid gland", (4031,))
"""Parotid gland (SCT 45289007)."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

Pelvis: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
"""Pelvis (SCT 816092008)."""

PelvisAndLowerExtremities: _Final[_Code] = _Code(
    "SCT", "1231522001", "Pelvis and lower extremities", (4031,)
)
"""Pelvis and lower extremities (SCT 1231522001)."""

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003)."""

SacroCoccygealSpine: _Final[_Code] = _Code(
    "SCT", "1217254007", "Sacro-coccygeal Spine", (4031, 7304)
)
"""Sacro-coccygeal Spine (SCT 1217254007)."""

SacroiliacJoint: _Final[_Code] = _Code("SCT", "39723000", "Sacroiliac joint", (4031,))
"""Sacroiliac joint (SCT 39723000)."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007)."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

SellaTurcica: _Final[_Code] = _Code("SCT", "42575006", "Sella turcica", (1002, 4031))
"""Sella turcica (SCT 42575006)."""

SesamoidBonesOfFoot: _Final[_Code] = _Code("SCT", "58742003", "Sesamoid bones of foot", (4031,))
"""Sesamoid bones of foot (SCT 58742003)."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

SmallIntestine: _Final[_Code] = _Code("SCT", "30315005", "Small intestine", (4031, 7154, 10044))
"""Small intestine (SCT 30315005)."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

SternoclavicularJoint: _Final[_Code] = _Code(
    "SCT", "7844006", "Sternoclavicular joint", (1004, 4031)
)
"""Sternoclavicular joint (SCT 7844006)."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

Stomach: _Final[_Code] = _Code("SCT", "69695003", "Stomach", (4031, 10044))
"""Stomach (SCT 69695003)."""

SubmandibularGland: _Final[_Code] = _Code("SCT", "54019009", "Submandibular gland", (4028, 4031))
"""Submandibular gland (SCT 54019009)."""

TarsalJoint: _Final[_Code] = _Code("SCT", "27949001", "Tarsal joint", (4031,))
"""Tarsal joint (SCT 27949001)."""

TemporomandibularJoint: _Final[_Code] = _Code(
    "SCT", "53620006", "Temporomandibular joint", (4028, 4031)
)
"""Temporomandibular joint (SCT 53620006)."""

Thigh: _Final[_Code] = _Code("SCT", "68367000", "Thigh", (4, 4031))
"""Thigh (SCT 68367000)."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic spine", (4031, 7155, 7304, 7483))
"""Thoracic spine (SCT 122495006)."""

ThoracoLumbarSpine: _Final[_Code] = _Code(
    "SCT", "1217256009", "Thoraco-lumbar spine", (4031, 7304, 7483)
)
"""Thoraco-lumbar spine (SCT 1217256009)."""

Thumb: _Final[_Code] = _Code("SCT", "76505004", "Thumb", (4031,))
"""Thumb (SCT 76505004)."""

Toe: _Final[_Code] = _Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007)."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

UpperArm: _Final[_Code] = _Code("SCT", "40983000", "Upper arm", (4031,))
"""Upper arm (SCT 40983000)."""

UpperLimb: _Final[_Code] = _Code("SCT", "53120007", "Upper limb", (4031,))
"""Upper limb (SCT 53120007)."""

UpperUrinaryTract: _Final[_Code] = _Code("SCT", "431491007", "Upper urinary tract", (4031, 4040))
"""Upper urinary tract (SCT 431491007)."""

Ureter: _Final[_Code] = _Code("SCT", "87953007", "Ureter", (4, 4031, 4040))
"""Ureter (SCT 87953007)."""

Urethra: _Final[_Code] = _Code("SCT", "13648007", "Urethra", (4, 4031, 7483))
"""Urethra (SCT 13648007)."""

UterusAndFallopianTubes: _Final[_Code] = _Code(
    "SCT", "110639002", "Uterus and fallopian tubes", (4031, 4040)
)
"""Uterus and fallopian tubes (SCT 110639002)."""

VertebralColumnAndCranium: _Final[_Code] = _Code(
    "SCT", "110517009", "Vertebral column and cranium", (4028, 4031)
)
"""Vertebral column and cranium (SCT 110517009)."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003)."""

Zygoma: _Final[_Code] = _Code("SCT", "13881006", "Zygoma", (4028, 4031))
"""Zygoma (SCT 13881006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abdomen,
    AbdomenAndPelvis,
    AcromioclavicularJoint,
    AnkleJoint,
    Anus,
    ApexOfLung,
    BileDuct,
    BiliaryTract,
    Bladder,
    BoneOfLowerLimb,
    BoneOfUpperLimb,
    Breast,
    Bronchus,
    Calcaneus,
    CervicalSpine,
    CervicoThoracicSpine,
    Chest,
    ChestAndAbdomen,
    ChestAbdomenAndPelvis,
    Clavicle,
    Coccyx,
    Colon,
    CommonBileDuct,
    Duodenum,
    ElbowJoint,
    EntireBody,
    Esophagus,
    EsophagusStomachAndDuodenum,
    Extremity,
    Eye,
    EyeRegion,
    FacialBones,
    Femur,
    Fibula,
    Finger,
    Foot,
    Forearm,
    Gallbladder,
    Hand,
    Head,
    HeadAndNeck,
    Heart,
    Hip,
    HipJoint,
    Humerus,
    Ileum,
    Ilium,
    InternalAuditoryCanal,
    JawRegion,
    Jejunum,
    Knee,
    LargeIntestine,
    Larynx,
    LiverAndBiliaryStructure,
    LowerLeg,
    LowerLimb,
    LumbarSpine,
    LumboSacralSpine,
    Mandible,
    MastoidBone,
    Maxilla,
    Mediastinum,
    MuscleOfLowerLimb,
    MuscleOfUpperLimb,
    NasalBone,
    Neck,
    NeckAndChest,
    NeckChestAndAbdomen,
    NeckChestAbdomenAndPelvis,
    OpticCanal,
    OrbitalStructure,
    Pancreas,
    PancreaticDuct,
    PancreaticDuctAndBileDuctSystems,
    ParanasalSinus,
    ParotidGland,
    Patella,
    Pelvis,
    PelvisAndLowerExtremities,
    Phantom,
    Prostate,
    Rectum,
    Rib,
    SacroCoccygealSpine,
    SacroiliacJoint,
    Sacrum,
    Scapula,
    SellaTurcica,
    SesamoidBonesOfFoot,
    Shoulder,
    Skull,
    SmallIntestine,
    Spine,
    SternoclavicularJoint,
    Sternum,
    Stomach,
    SubmandibularGland,
    TarsalJoint,
    TemporomandibularJoint,
    Thigh,
    ThoracicSpine,
    ThoracoLumbarSpine,
    Thumb,
    Toe,
    Trachea,
    UpperArm,
    UpperLimb,
    UpperUrinaryTract,
    Ureter,
    Urethra,
    UterusAndFallopianTubes,
    VertebralColumnAndCranium,
    WristJoint,
    Zygoma,
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
