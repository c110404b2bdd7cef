"""CID 4028 Craniofacial Anatomic Region.

Extensible, version 20170914, UID 1.2.840.10008.6.1.306.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4028
NAME: Final[str] = "Craniofacial Anatomic Region"
KEYWORD: Final[str | None] = "CraniofacialAnatomicRegion"
UID: Final[str | None] = "1.2.840.10008.6.1.306"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BoneStructureOfHeadAndOrNeck: Final[Code] = Code(
    "SCT", "312779009", "Bone structure of head and/or neck", (4028,)
)
"""Bone structure of head and/or neck (SCT 312779009)."""

CervicalSpine: Final[Code] = Code("SCT", "122494005", "Cervical spine", (4028, 4031, 7304, 7483))
"""Cervical spine (SCT 122494005)."""

EthmoidBone: Final[Code] = Code("SCT", "52374004", "Ethmoid bone", (4028,))
"""Ethmoid bone (SCT 52374004)."""

ExternalEar: Final[Code] = Code("SCT", "28347008", "External ear", (4028,))
"""External ear (SCT 28347008)."""

Eyeball: Final[Code] = Code("SCT", "79652003", "Eyeball", (4028,))
"""Eyeball (SCT 79652003)."""

EyeRegion: Final[Code] = Code("SCT", "371398005", "Eye region", (4028, 4031))
"""Eye region (SCT 371398005)."""

FacialBones: Final[Code] = Code("SCT", "91397008", "Facial bones", (4028, 4031, 7304))
"""Facial bones (SCT 91397008)."""

FrontalBone: Final[Code] = Code("SCT", "74872008", "Frontal bone", (4028,))
"""Frontal bone (SCT 74872008)."""

Head: Final[Code] = Code("SCT", "69536005", "Head", (4028, 4031))
"""Head (SCT 69536005)."""

HeadAndNeck: Final[Code] = Code("SCT", "774007", "Head and Neck", (645, 4028, 4031))
"""Head and Neck (SCT 774007)."""

HyoidBone: Final[Code] = Code("SCT", "21387005", "Hyoid bone", (4028,))
"""Hyoid bone (SCT 21387005)."""

InnerEar: Final[Code] = Code("SCT", "22945000", "Inner ear", (4028,))
"""Inner ear (SCT 22945000)."""

InternalAuditoryCanal: Final[Code] = Code(
    "SCT", "361078006", "Internal Auditory Canal", (4028, 4031)
)
"""Internal Auditory Canal (SCT 361078006)."""

JawRegion: Final[Code] = Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

LacrimalBone: Final[Code] = Code("SCT", "6229007", "Lacrimal bone", (4028,))
"""Lacrimal bone (SCT 6229007)."""

Larynx: Final[Code] = Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

Lip: Final[Code] = Code("SCT", "48477009", "Lip", (4028, 7601))
"""Lip (SCT 48477009)."""

Mandible: Final[Code] = Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MastoidBone: Final[Code] = Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

Maxilla: Final[Code] = Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

MiddleEar: Final[Code] = Code("SCT", "25342003", "Middle ear", (4028,))
"""Middle ear (SCT 25342003)."""

MuscleOfHead: Final[Code] = Code("SCT", "22688005", "Muscle of head", (4028,))
"""Muscle of head (SCT 22688005)."""

MuscleOfNeck: Final[Code] = Code("SCT", "81727001", "Muscle of neck", (4028,))
"""Muscle of neck (SCT 81727001)."""

NasalBone: Final[Code] = Code("SCT", "74386004", "Nasal bone", (4028, 4031))
"""Nasal bone (SCT 74386004)."""

Neck: Final[Code] = Code("SCT", "45048000", "Neck", (4028, 4031))
"""Neck (SCT 45048000)."""

OccipitalBone: Final[Code] = Code("SCT", "31640002", "Occipital bone", (4028,))
"""Occipital bone (SCT 31640002)."""

OpticCanal: Final[Code] = Code("SCT", "55024004", "Optic canal", (4028, 4031))
"""Optic canal (SCT 55024004)."""

OrbitalStructure: Final[Code] = Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

PalatineBone: Final[Code] = Code("SCT", "51283005", "Palatine bone", (4028,))
"""Palatine bone (SCT 51283005)."""

ParanasalSinus: Final[Code] = Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

ParietalBone: Final[Code] = Code("SCT", "24924006", "Parietal bone", (4028,))
"""Parietal bone (SCT 24924006)."""

SalivaryGland: Final[Code] = Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005)."""

Skull: Final[Code] = Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

SoftPalate: Final[Code] = Code("SCT", "49460000", "Soft palate", (4028,))
"""Soft palate (SCT 49460000)."""

SphenoidBone: Final[Code] = Code("SCT", "73117003", "Sphenoid bone", (4028,))
"""Sphenoid bone (SCT 73117003)."""

SubmandibularGland: Final[Code] = Code("SCT", "54019009", "Submandibular gland", (4028, 4031))
"""Submandibular gland (SCT 54019009)."""

TemporalBone: Final[Code] = Code("SCT", "60911003", "Temporal bone", (1002, 4028))
"""Temporal bone (SCT 60911003)."""

TemporomandibularJoint: Final[Code] = Code(
    "SCT", "53620006", "Temporomandibular joint", (4028, 4031)
)
"""Temporomandibular joint (SCT 53620006)."""

Tongue: Final[Code] = Code("SCT", "21974007", "Tongue", (4, 4028, 7601))
"""Tongue (SCT 21974007)."""

Tooth: Final[Code] = Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008)."""

Trachea: Final[Code] = Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

VertebralColumnAndCranium: Final[Code] = Code(
    "SCT", "110517009", "Vertebral column and cranium", (4028, 4031)
)
"""Vertebral column and cranium (SCT 110517009)."""

VomerBone: Final[Code] = Code("SCT", "87166008", "Vomer bone", (4028,))
"""Vomer bone (SCT 87166008)."""

Zygoma: Final[Code] = Code("SCT", "13881006", "Zygoma", (4028, 4031))
"""Zygoma (SCT 13881006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BoneStructureOfHeadAndOrNeck,
    CervicalSpine,
    EthmoidBone,
    ExternalEar,
    Eyeball,
    EyeRegion,
    FacialBones,
    FrontalBone,
    Head,
    HeadAndNeck,
    HyoidBone,
    InnerEar,
    InternalAuditoryCanal,
    JawRegion,
    LacrimalBone,
    Larynx,
    Lip,
    Mandible,
    MastoidBone,
    Maxilla,
    MiddleEar,
    MuscleOfHead,
    MuscleOfNeck,
    NasalBone,
    Neck,
    OccipitalBone,
    OpticCanal,
    OrbitalStructure,
    PalatineBone,
    ParanasalSinus,
    ParietalBone,
    SalivaryGland,
    Skull,
    SoftPalate,
    SphenoidBone,
    SubmandibularGland,
    TemporalBone,
    TemporomandibularJoint,
    Tongue,
    Tooth,
    Trachea,
    VertebralColumnAndCranium,
    VomerBone,
    Zygoma,
)
"""The resolved membership: own members, then those of the included groups, in order."""
