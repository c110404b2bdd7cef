"""CID 7304 Implant Target Anatomy.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1035.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7304
NAME: _Final[str] = "Implant Target Anatomy"
KEYWORD: _Final[str | None] = "ImplantTargetAnatomy"
UID: _Final[str | None] = "1.2.840.10008.6.1.1035"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle Joint", (1006, 4031, 7304))
"""Ankle Joint (SCT 70258002)."""

CervicalSpine: _Final[_Code] = _Code("SCT", "122494005", "Cervical Spine", (4028, 4031, 7304, 7483))
"""Cervical Spine (SCT 122494005)."""

CervicoThoracicSpine: _Final[_Code] = _Code(
    "SCT", "1217257000", "Cervico-Thoracic Spine", (4031, 7304, 7483)
)
"""Cervico-Thoracic Spine (SCT 1217257000)."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow Joint", (1006, 4031, 7304, 7483))
"""Elbow Joint (SCT 16953009)."""

FacialBones: _Final[_Code] = _Code("SCT", "91397008", "Facial Bones", (4028, 4031, 7304))
"""Facial Bones (SCT 91397008)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

HeadOfFemur: _Final[_Code] = _Code("SCT", "2812003", "Head of Femur", (1005, 7304))
"""Head of Femur (SCT 2812003)."""

ProximalFemur: _Final[_Code] = _Code("SCT", "310651003", "Proximal Femur", (7304,))
"""Proximal Femur (SCT 310651003)."""

ShaftOfFemur: _Final[_Code] = _Code("SCT", "41111004", "Shaft of Femur", (7304,))
"""Shaft of Femur (SCT 41111004)."""

DistalFemur: _Final[_Code] = _Code("SCT", "310652005", "Distal Femur", (7304,))
"""Distal Femur (SCT 310652005)."""

FingerJoint: _Final[_Code] = _Code("SCT", "125682004", "Finger Joint", (7304,))
"""Finger Joint (SCT 125682004)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip Joint", (4, 1005, 4031, 7304, 7483))
"""Hip Joint (SCT 24136001)."""

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw Region", (4016, 4028, 4031, 7304))
"""Jaw Region (SCT 661005)."""

Knee: _Final[_Code] = _Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002)."""

LumbarSpine: _Final[_Code] = _Code("SCT", "122496007", "Lumbar Spine", (4031, 7304, 7483))
"""Lumbar Spine (SCT 122496007)."""

LumboSacralSpine: _Final[_Code] = _Code("SCT", "243898001", "Lumbo-Sacral Spine", (7304,))
"""Lumbo-Sacral Spine (SCT 243898001)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

ProximalHumerus: _Final[_Code] = _Code("SCT", "119524001", "Proximal Humerus", (7304,))
"""Proximal Humerus (SCT 119524001)."""

ShaftOfHumerus: _Final[_Code] = _Code("SCT", "20760004", "Shaft of Humerus", (7304,))
"""Shaft of Humerus (SCT 20760004)."""

DistalHumerus: _Final[_Code] = _Code("SCT", "118495001", "Distal Humerus", (7304,))
"""Distal Humerus (SCT 118495001)."""

Radius: _Final[_Code] = _Code("SCT", "62413002", "Radius", (7304, 12021))
"""Radius (SCT 62413002)."""

ProximalRadius: _Final[_Code] = _Code("SCT", "12881000", "Proximal Radius", (7304,))
"""Proximal Radius (SCT 12881000)."""

ShaftOfRadius: _Final[_Code] = _Code("SCT", "47728000", "Shaft of Radius", (7304,))
"""Shaft of Radius (SCT 47728000)."""

DistalRadius: _Final[_Code] = _Code("SCT", "75129005", "Distal Radius", (7304,))
"""Distal Radius (SCT 75129005)."""

Ulna: _Final[_Code] = _Code("SCT", "23416004", "Ulna", (7304, 12021))
"""Ulna (SCT 23416004)."""

ProximalUlna: _Final[_Code] = _Code("SCT", "34318004", "Proximal Ulna", (7304,))
"""Proximal Ulna (SCT 34318004)."""

ShaftOfUlna: _Final[_Code] = _Code("SCT", "21133008", "Shaft of Ulna", (7304,))
"""Shaft of Ulna (SCT 21133008)."""

DistalUlna: _Final[_Code] = _Code("SCT", "91238003", "Distal Ulna", (7304,))
"""Distal Ulna (SCT 91238003)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

HandBone: _Final[_Code] = _Code("SCT", "24097009", "Hand bone", (7304,))
"""Hand bone (SCT 24097009)."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic Spine", (4031, 7155, 7304, 7483))
"""Thoracic Spine (SCT 122495006)."""

SacroCoccygealSpine: _Final[_Code] = _Code(
    "SCT", "1217254007", "Sacro-coccygeal Spine", (4031, 7304)
)
"""Sacro-coccygeal Spine (SCT 1217254007)."""

ThoracoLumbarSpine: _Final[_Code] = _Code(
    "SCT", "1217256009", "Thoraco-Lumbar Spine", (4031, 7304, 7483)
)
"""Thoraco-Lumbar Spine (SCT 1217256009)."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist Joint", (4, 1006, 4031, 7304))
"""Wrist Joint (SCT 74670003)."""

Pelvis: _Final[_Code] = _Code("SCT", "118645006", "Pelvis", (7304,))
"""Pelvis (SCT 118645006)."""

Fibula: _Final[_Code] = _Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007)."""

Talus: _Final[_Code] = _Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005)."""

Calcaneus: _Final[_Code] = _Code("SCT", "80144004", "Calcaneus", (4031, 7304))
"""Calcaneus (SCT 80144004)."""

Tibia: _Final[_Code] = _Code("SCT", "12611008", "Tibia", (7304, 12021))
"""Tibia (SCT 12611008)."""

ShaftOfTibia: _Final[_Code] = _Code("SCT", "52687003", "Shaft of Tibia", (7304,))
"""Shaft of Tibia (SCT 52687003)."""

DistalTibia: _Final[_Code] = _Code("SCT", "64605006", "Distal Tibia", (7304,))
"""Distal Tibia (SCT 64605006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnkleJoint,
    CervicalSpine,
    CervicoThoracicSpine,
    ElbowJoint,
    FacialBones,
    Femur,
    HeadOfFemur,
    ProximalFemur,
    ShaftOfFemur,
    DistalFemur,
    FingerJoint,
    HipJoint,
    JawRegion,
    Knee,
    LumbarSpine,
    LumboSacralSpine,
    Mandible,
    Maxilla,
    Patella,
    Clavicle,
    Shoulder,
    Humerus,
    ProximalHumerus,
    ShaftOfHumerus,
    DistalHumerus,
    Radius,
    ProximalRadius,
    ShaftOfRadius,
    DistalRadius,
    Ulna,
    ProximalUlna,
    ShaftOfUlna,
    DistalUlna,
    Skull,
    HandBone,
    ThoracicSpine,
    SacroCoccygealSpine,
    ThoracoLumbarSpine,
    WristJoint,
    Pelvis,
    Fibula,
    Talus,
    Calcaneus,
    Tibia,
    ShaftOfTibia,
    DistalTibia,
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
