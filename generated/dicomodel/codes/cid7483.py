"""CID 7483 Common Anatomic Regions for Animal.

Extensible, version 20220922, UID 1.2.840.10008.6.1.815.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7483
NAME: _Final[str] = "Common Anatomic Regions for Animal"
KEYWORD: _Final[str | None] = "CommonAnatomicRegionsForAnimal"
UID: _Final[str | None] = "1.2.840.10008.6.1.815"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

AllLegs: _Final[_Code] = _Code("SCT", "42694008", "All legs", (7483,))
"""All legs (SCT 42694008)."""

AtlantalAxialJoint: _Final[_Code] = _Code("SCT", "62555009", "Atlantal-axial joint", (7483,))
"""Atlantal-axial joint (SCT 62555009)."""

AtlantoOccipitalJoint: _Final[_Code] = _Code("SCT", "20292002", "Atlanto-occipital joint", (7483,))
"""Atlanto-occipital joint (SCT 20292002)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

CalcanealTubercle: _Final[_Code] = _Code("SCT", "82474009", "Calcaneal tubercle", (7483,))
"""Calcaneal tubercle (SCT 82474009)."""

Carpus: _Final[_Code] = _Code("SCT", "8205005", "Carpus", (7483,))
"""Carpus (SCT 8205005)."""

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

CoccygealVertrebrae: _Final[_Code] = _Code("SCT", "18149002", "Coccygeal vertrebrae", (7483,))
"""Coccygeal vertrebrae (SCT 18149002)."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001)."""

Digit: _Final[_Code] = _Code("SCT", "82680008", "Digit", (7483,))
"""Digit (SCT 82680008)."""

DistalPhalanx: _Final[_Code] = _Code("UMLS", "C3669027", "Distal phalanx", (7483,))
"""Distal phalanx (UMLS C3669027)."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009)."""

EntireBody: _Final[_Code] = _Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

FetlockOfForelimb: _Final[_Code] = _Code("SCT", "13190002", "Fetlock of forelimb", (7483,))
"""Fetlock of forelimb (SCT 13190002)."""

FetlockOfHindlimb: _Final[_Code] = _Code("SCT", "113351006", "Fetlock of hindlimb", (7483,))
"""Fetlock of hindlimb (SCT 113351006)."""

Forefoot: _Final[_Code] = _Code("SCT", "419176008", "Forefoot", (7483,))
"""Forefoot (SCT 419176008)."""

FrontalSinus: _Final[_Code] = _Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009)."""

Hindfoot: _Final[_Code] = _Code("SCT", "416804009", "Hindfoot", (7483,))
"""Hindfoot (SCT 416804009)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001)."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

LumbarSpine: _Final[_Code] = _Code("SCT", "122496007", "Lumbar spine", (4031, 7304, 7483))
"""Lumbar spine (SCT 122496007)."""

LumboSacralSpine: _Final[_Code] = _Code("SCT", "1217253001", "Lumbo-sacral spine", (4031, 7483))
"""Lumbo-sacral spine (SCT 1217253001)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MandibularDentalArch: _Final[_Code] = _Code("SCT", "88176008", "Mandibular dental arch", (7483,))
"""Mandibular dental arch (SCT 88176008)."""

MandibularIncisorTeeth: _Final[_Code] = _Code(
    "SCT", "442274007", "Mandibular incisor teeth", (7483,)
)
"""Mandibular incisor teeth (SCT 442274007)."""

MaxillaryDentalArch: _Final[_Code] = _Code("SCT", "39481002", "Maxillary dental arch", (7483,))
"""Maxillary dental arch (SCT 39481002)."""

MaxillaryIncisorTeeth: _Final[_Code] = _Code("SCT", "442100006", "Maxillary incisor teeth", (7483,))
"""Maxillary incisor teeth (SCT 442100006)."""

Metacarpus: _Final[_Code] = _Code("SCT", "36455000", "Metacarpus", (1006, 7483))
"""Metacarpus (SCT 36455000)."""

Metatarsus: _Final[_Code] = _Code("SCT", "280711000", "Metatarsus", (7483,))
"""Metatarsus (SCT 280711000)."""

NasalSinus: _Final[_Code] = _Code("SCT", "2095001", "Nasal sinus", (4028, 4031, 4040, 7483, 7601))
"""Nasal sinus (SCT 2095001)."""

NavicularOfForefoot: _Final[_Code] = _Code("SCT", "30518006", "Navicular of forefoot", (1006, 7483))
"""Navicular of forefoot (SCT 30518006)."""

NavicularOfHindfoot: _Final[_Code] = _Code("SCT", "75772009", "Navicular of hindfoot", (7483,))
"""Navicular of hindfoot (SCT 75772009)."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

PasternOfForefoot: _Final[_Code] = _Code("SCT", "31329001", "Pastern of forefoot", (7483,))
"""Pastern of forefoot (SCT 31329001)."""

PasternOfHindfoot: _Final[_Code] = _Code("SCT", "18525008", "Pastern of hindfoot", (7483,))
"""Pastern of hindfoot (SCT 18525008)."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

Pelvis: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
"""Pelvis (SCT 816092008)."""

RadiusAndUlna: _Final[_Code] = _Code("SCT", "110535000", "Radius and ulna", (7483,))
"""Radius and ulna (SCT 110535000)."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007)."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

Stiffle: _Final[_Code] = _Code("SCT", "116010006", "Stiffle", (7483,))
"""Stiffle (SCT 116010006)."""

Tarsus: _Final[_Code] = _Code("SCT", "108371006", "Tarsus", (7483,))
"""Tarsus (SCT 108371006)."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic spine", (4031, 7155, 7304, 7483))
"""Thoracic spine (SCT 122495006)."""

ThoracoLumbarSpine: _Final[_Code] = _Code(
    "SCT", "1217256009", "Thoraco-lumbar spine", (4031, 7304, 7483)
)
"""Thoraco-lumbar spine (SCT 1217256009)."""

TibiaAndFibula: _Final[_Code] = _Code("SCT", "110536004", "Tibia and fibula", (7483,))
"""Tibia and fibula (SCT 110536004)."""

UpperGastroIntestinalTract: _Final[_Code] = _Code(
    "SCT", "62834003", "Upper gastro-intestinal tract", (7483,)
)
"""Upper gastro-intestinal tract (SCT 62834003)."""

Urethra: _Final[_Code] = _Code("SCT", "13648007", "Urethra", (4, 4031, 7483))
"""Urethra (SCT 13648007)."""

UrinaryTract: _Final[_Code] = _Code("SCT", "431938005", "Urinary tract", (7483,))
"""Urinary tract (SCT 431938005)."""

Wing: _Final[_Code] = _Code("SCT", "53036007", "Wing", (7483,))
"""Wing (SCT 53036007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abdomen,
    AllLegs,
    AtlantalAxialJoint,
    AtlantoOccipitalJoint,
    Bladder,
    CalcanealTubercle,
    Carpus,
    CervicalSpine,
    CervicoThoracicSpine,
    Chest,
    ChestAndAbdomen,
    CoccygealVertrebrae,
    Colon,
    Digit,
    DistalPhalanx,
    ElbowJoint,
    EntireBody,
    Esophagus,
    Femur,
    FetlockOfForelimb,
    FetlockOfHindlimb,
    Forefoot,
    FrontalSinus,
    Hindfoot,
    HipJoint,
    Humerus,
    LumbarSpine,
    LumboSacralSpine,
    Mandible,
    MandibularDentalArch,
    MandibularIncisorTeeth,
    MaxillaryDentalArch,
    MaxillaryIncisorTeeth,
    Metacarpus,
    Metatarsus,
    NasalSinus,
    NavicularOfForefoot,
    NavicularOfHindfoot,
    OrbitalStructure,
    PasternOfForefoot,
    PasternOfHindfoot,
    Patella,
    Pelvis,
    RadiusAndUlna,
    Sacrum,
    Shoulder,
    Skull,
    Stiffle,
    Tarsus,
    ThoracicSpine,
    ThoracoLumbarSpine,
    TibiaAndFibula,
    UpperGastroIntestinalTract,
    Urethra,
    UrinaryTract,
    Wing,
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
