"""CID 6115 Osseous Anatomy Modifier.

Extensible, version 20160314, UID 1.2.840.10008.6.1.435.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6115
NAME: Final[str] = "Osseous Anatomy Modifier"
KEYWORD: Final[str | None] = "OsseousAnatomyModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.435"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AcromionProcessOfScapula: Final[Code] = Code(
    "SCT", "31934006", "Acromion process of scapula", (6115,)
)
"""Acromion process of scapula (SCT 31934006)."""

AngleOfRib: Final[Code] = Code("SCT", "14510004", "Angle of rib", (6115,))
"""Angle of rib (SCT 14510004)."""

ArchOfVertebra: Final[Code] = Code("SCT", "40265002", "Arch of vertebra", (6115,))
"""Arch of vertebra (SCT 40265002)."""

BodyOfSternum: Final[Code] = Code("SCT", "52509009", "Body of sternum", (6115,))
"""Body of sternum (SCT 52509009)."""

ClavicularNotchOfSternum: Final[Code] = Code(
    "SCT", "75319007", "Clavicular notch of sternum", (6115,)
)
"""Clavicular notch of sternum (SCT 75319007)."""

CoracoidProcessOfScapula: Final[Code] = Code(
    "SCT", "8931003", "Coracoid process of scapula", (6115,)
)
"""Coracoid process of scapula (SCT 8931003)."""

CostalGroove: Final[Code] = Code("SCT", "17399006", "Costal groove", (6115,))
"""Costal groove (SCT 17399006)."""

DorsalAspectOfScapula: Final[Code] = Code("SCT", "51698000", "Dorsal aspect of scapula", (6115,))
"""Dorsal aspect of scapula (SCT 51698000)."""

GlenoidCavityOfScapula: Final[Code] = Code("SCT", "46385009", "Glenoid cavity of scapula", (6115,))
"""Glenoid cavity of scapula (SCT 46385009)."""

HeadOfRib: Final[Code] = Code("SCT", "12872006", "Head of rib", (6115,))
"""Head of rib (SCT 12872006)."""

InferiorArticularFacetOfAxis: Final[Code] = Code(
    "SCT", "181901007", "Inferior articular facet of axis", (6115,)
)
"""Inferior articular facet of axis (SCT 181901007)."""

InferiorArticularProcessOfVertebra: Final[Code] = Code(
    "SCT", "317766009", "Inferior articular process of vertebra", (6115,)
)
"""Inferior articular process of vertebra (SCT 317766009)."""

LaminaOfVertebra: Final[Code] = Code("SCT", "89340005", "Lamina of vertebra", (6115,))
"""Lamina of vertebra (SCT 89340005)."""

ManubriumOfSternum: Final[Code] = Code("SCT", "37285002", "Manubrium of sternum", (6115,))
"""Manubrium of sternum (SCT 37285002)."""

NeckOfRib: Final[Code] = Code("SCT", "72184008", "Neck of rib", (6115,))
"""Neck of rib (SCT 72184008)."""

PectoralGirdle: Final[Code] = Code("SCT", "26444007", "Pectoral girdle", (6115,))
"""Pectoral girdle (SCT 26444007)."""

PedicleOfVertebra: Final[Code] = Code("SCT", "78972004", "Pedicle of vertebra", (6115,))
"""Pedicle of vertebra (SCT 78972004)."""

RibScaleneTubercle: Final[Code] = Code("DCM", "112096", "Rib Scalene Tubercle", (6115,))
"""Rib Scalene Tubercle (DCM 112096)."""

ScapularInfraspinatusFossa: Final[Code] = Code(
    "DCM", "112101", "Scapular Infraspinatus Fossa", (6115,)
)
"""Scapular Infraspinatus Fossa (DCM 112101)."""

ScapularSpine: Final[Code] = Code("DCM", "112099", "Scapular Spine", (6115,))
"""Scapular Spine (DCM 112099)."""

ScapularSupraspinatusFossa: Final[Code] = Code(
    "DCM", "112100", "Scapular Supraspinatus Fossa", (6115,)
)
"""Scapular Supraspinatus Fossa (DCM 112100)."""

ShaftOfRib: Final[Code] = Code("SCT", "41601005", "Shaft of rib", (6115,))
"""Shaft of rib (SCT 41601005)."""

SpinousProcessOfVertebra: Final[Code] = Code(
    "SCT", "55678000", "Spinous process of vertebra", (6115,)
)
"""Spinous process of vertebra (SCT 55678000)."""

SternalAngle: Final[Code] = Code("SCT", "44612009", "Sternal angle", (6115,))
"""Sternal angle (SCT 44612009)."""

SubscapularFossa: Final[Code] = Code("DCM", "112098", "Subscapular Fossa", (6115,))
"""Subscapular Fossa (DCM 112098)."""

SuperiorArticularFacetOfAxis: Final[Code] = Code(
    "SCT", "181900008", "Superior articular facet of axis", (6115,)
)
"""Superior articular facet of axis (SCT 181900008)."""

SuperiorArticularProcessOfVertebra: Final[Code] = Code(
    "SCT", "317665004", "Superior articular process of vertebra", (6115,)
)
"""Superior articular process of vertebra (SCT 317665004)."""

SuprasternalNotch: Final[Code] = Code("SCT", "26493002", "Suprasternal notch", (4, 1004, 6115))
"""Suprasternal notch (SCT 26493002)."""

TransverseProcessOrVertebra: Final[Code] = Code(
    "SCT", "73400003", "Transverse process or vertebra", (6115,)
)
"""Transverse process or vertebra (SCT 73400003)."""

TubercleOfRib: Final[Code] = Code("SCT", "113198008", "Tubercle of rib", (6115,))
"""Tubercle of rib (SCT 113198008)."""

VertebralCanal: Final[Code] = Code("SCT", "61853006", "Vertebral canal", (6115,))
"""Vertebral canal (SCT 61853006)."""

VertebralForamen: Final[Code] = Code("SCT", "280734009", "Vertebral foramen", (6115,))
"""Vertebral foramen (SCT 280734009)."""

VertebralIntervertebralNotch: Final[Code] = Code(
    "DCM", "112097", "Vertebral Intervertebral Notch", (6115,)
)
"""Vertebral Intervertebral Notch (DCM 112097)."""

XiphoidProcessOfSternum: Final[Code] = Code(
    "SCT", "20298003", "Xiphoid process of sternum", (1004, 6115)
)
"""Xiphoid process of sternum (SCT 20298003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AcromionProcessOfScapula,
    AngleOfRib,
    ArchOfVertebra,
    BodyOfSternum,
    ClavicularNotchOfSternum,
    CoracoidProcessOfScapula,
    CostalGroove,
    DorsalAspectOfScapula,
    GlenoidCavityOfScapula,
    HeadOfRib,
    InferiorArticularFacetOfAxis,
    InferiorArticularProcessOfVertebra,
    LaminaOfVertebra,
    ManubriumOfSternum,
    NeckOfRib,
    PectoralGirdle,
    PedicleOfVertebra,
    RibScaleneTubercle,
    ScapularInfraspinatusFossa,
    ScapularSpine,
    ScapularSupraspinatusFossa,
    ShaftOfRib,
    SpinousProcessOfVertebra,
    SternalAngle,
    SubscapularFossa,
    SuperiorArticularFacetOfAxis,
    SuperiorArticularProcessOfVertebra,
    SuprasternalNotch,
    TransverseProcessOrVertebra,
    TubercleOfRib,
    VertebralCanal,
    VertebralForamen,
    VertebralIntervertebralNotch,
    XiphoidProcessOfSternum,
)
"""The resolved membership: own members, then those of the included groups, in order."""
