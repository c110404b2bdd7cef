"""CID 4028 Craniofacial Anatomic Region.

Extensible, version 20170914, UID 1.2.840.10008.6.1.306.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4028
NAME: _Final[str] = "Craniofacial Anatomic Region"
KEYWORD: _Final[str | None] = "CraniofacialAnatomicRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.306"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BoneStructureOfHeadAndOrNeck: _Final[_Code] = _Code(
    "SCT", "312779009", "Bone structure of head and/or neck", (4028,)
)
"""Bone structure of head and/or neck (SCT 312779009)."""

CervicalSpine: _Final[_Code] = _Code("SCT", "122494005", "Cervical spine", (4028, 4031, 7304, 7483))
"""Cervical spine (SCT 122494005)."""

EthmoidBone: _Final[_Code] = _Code("SCT", "52374004", "Ethmoid bone", (4028,))
"""Ethmoid bone (SCT 52374004)."""

ExternalEar: _Final[_Code] = _Code("SCT", "28347008", "External ear", (4028,))
"""External ear (SCT 28347008)."""

Eyeball: _Final[_Code] = _Code("SCT", "79652003", "Eyeball", (4028,))
"""Eyeball (SCT 79652003)."""

EyeRegion: _Final[_Code] = _Code("SCT", "371398005", "Eye region", (4028, 4031))
"""Eye region (SCT 371398005)."""

FacialBones: _Final[_Code] = _Code("SCT", "91397008", "Facial bones", (4028, 4031, 7304))
"""Facial bones (SCT 91397008)."""

FrontalBone: _Final[_Code] = _Code("SCT", "74872008", "Frontal bone", (4028,))
"""Frontal bone (SCT 74872008)."""

Head: _Final[_Code] = _Code("SCT", "69536005", "Head", (4028, 4031))
"""Head (SCT 69536005)."""

HeadAndNeck: _Final[_Code] = _Code("SCT", "774007", "Head and Neck", (645, 4028, 4031))
"""Head and Neck (SCT 774007)."""

HyoidBone: _Final[_Code] = _Code("SCT", "21387005", "Hyoid bone", (4028,))
"""Hyoid bone (SCT 21387005)."""

InnerEar: _Final[_Code] = _Code("SCT", "22945000", "Inner ear", (4028,))
"""Inner ear (SCT 22945000)."""

InternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "361078006", "Internal Auditory Canal", (4028, 4031)
)
"""Internal Auditory Canal (SCT 361078006)."""

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

LacrimalBone: _Final[_Code] = _Code("SCT", "6229007", "Lacrimal bone", (4028,))
"""Lacrimal bone (SCT 6229007)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

Lip: _Final[_Code] = _Code("SCT", "48477009", "Lip", (4028, 7601))
"""Lip (SCT 48477009)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

MiddleEar: _Final[_Code] = _Code("SCT", "25342003", "Middle ear", (4028,))
"""Middle ear (SCT 25342003)."""

MuscleOfHead: _Final[_Code] = _Code("SCT", "22688005", "Muscle of head", (4028,))
"""Muscle of head (SCT 22688005)."""

MuscleOfNeck: _Final[_Code] = _Code("SCT", "81727001", "Muscle of neck", (4028,))
"""Muscle of neck (SCT 81727001)."""

NasalBone: _Final[_Code] = _Code("SCT", "74386004", "Nasal bone", (4028, 4031))
"""Nasal bone (SCT 74386004)."""

Neck: _Final[_Code] = _Code("SCT", "45048000", "Neck", (4028, 4031))
"""Neck (SCT 45048000)."""

OccipitalBone: _Final[_Code] = _Code("SCT", "31640002", "Occipital bone", (4028,))
"""Occipital bone (SCT 31640002)."""

OpticCanal: _Final[_Code] = _Code("SCT", "55024004", "Optic canal", (4028, 4031))
"""Optic canal (SCT 55024004)."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

PalatineBone: _Final[_Code] = _Code("SCT", "51283005", "Palatine bone", (4028,))
"""Palatine bone (SCT 51283005)."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

ParietalBone: _Final[_Code] = _Code("SCT", "24924006", "Parietal bone", (4028,))
"""Parietal bone (SCT 24924006)."""

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

SoftPalate: _Final[_Code] = _Code("SCT", "49460000", "Soft palate", (4028,))
"""Soft palate (SCT 49460000)."""

SphenoidBone: _Final[_Code] = _Code("SCT", "73117003", "Sphenoid bone", (4028,))
"""Sphenoid bone (SCT 73117003)."""

SubmandibularGland: _Final[_Code] = _Code("SCT", "54019009", "Submandibular gland", (4028, 4031))
"""Submandibular gland (SCT 54019009)."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal bone", (1002, 4028))
"""Temporal bone (SCT 60911003)."""

TemporomandibularJoint: _Final[_Code] = _Code(
    "SCT", "53620006", "Temporomandibular joint", (4028, 4031)
)
"""Temporomandibular joint (SCT 53620006)."""

Tongue: _Final[_Code] = _Code("SCT", "21974007", "Tongue", (4, 4028, 7601))
"""Tongue (SCT 21974007)."""

Tooth: _Final[_Code] = _Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008)."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

VertebralColumnAndCranium: _Final[_Code] = _Code(
    "SCT", "110517009", "Vertebral column and cranium", (4028, 4031)
)
"""Vertebral column and cranium (SCT 110517009)."""

VomerBone: _Final[_Code] = _Code("SCT", "87166008", "Vomer bone", (4028,))
"""Vomer bone (SCT 87166008)."""

Zygoma: _Final[_Code] = _Code("SCT", "13881006", "Zygoma", (4028, 4031))
"""Zygoma (SCT 13881006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
