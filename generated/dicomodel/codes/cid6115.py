"""CID 6115 Osseous Anatomy Modifier.

Extensible, version 20160314, UID 1.2.840.10008.6.1.435.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6115
NAME: _Final[str] = "Osseous Anatomy Modifier"
KEYWORD: _Final[str | None] = "OsseousAnatomyModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.435"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AcromionProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "31934006", "Acromion process of scapula", (6115,)
)
"""Acromion process of scapula (SCT 31934006)."""

AngleOfRib: _Final[_Code] = _Code("SCT", "14510004", "Angle of rib", (6115,))
"""Angle of rib (SCT 14510004)."""

ArchOfVertebra: _Final[_Code] = _Code("SCT", "40265002", "Arch of vertebra", (6115,))
"""Arch of vertebra (SCT 40265002)."""

BodyOfSternum: _Final[_Code] = _Code("SCT", "52509009", "Body of sternum", (6115,))
"""Body of sternum (SCT 52509009)."""

ClavicularNotchOfSternum: _Final[_Code] = _Code(
    "SCT", "75319007", "Clavicular notch of sternum", (6115,)
)
"""Clavicular notch of sternum (SCT 75319007)."""

CoracoidProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "8931003", "Coracoid process of scapula", (6115,)
)
"""Coracoid process of scapula (SCT 8931003)."""

CostalGroove: _Final[_Code] = _Code("SCT", "17399006", "Costal groove", (6115,))
"""Costal groove (SCT 17399006)."""

DorsalAspectOfScapula: _Final[_Code] = _Code("SCT", "51698000", "Dorsal aspect of scapula", (6115,))
"""Dorsal aspect of scapula (SCT 51698000)."""

GlenoidCavityOfScapula: _Final[_Code] = _Code(
    "SCT", "46385009", "Glenoid cavity of scapula", (6115,)
)
"""Glenoid cavity of scapula (SCT 46385009)."""

HeadOfRib: _Final[_Code] = _Code("SCT", "12872006", "Head of rib", (6115,))
"""Head of rib (SCT 12872006)."""

InferiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181901007", "Inferior articular facet of axis", (6115,)
)
"""Inferior articular facet of axis (SCT 181901007)."""

InferiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317766009", "Inferior articular process of vertebra", (6115,)
)
"""Inferior articular process of vertebra (SCT 317766009)."""

LaminaOfVertebra: _Final[_Code] = _Code("SCT", "89340005", "Lamina of vertebra", (6115,))
"""Lamina of vertebra (SCT 89340005)."""

ManubriumOfSternum: _Final[_Code] = _Code("SCT", "37285002", "Manubrium of sternum", (6115,))
"""Manubrium of sternum (SCT 37285002)."""

NeckOfRib: _Final[_Code] = _Code("SCT", "72184008", "Neck of rib", (6115,))
"""Neck of rib (SCT 72184008)."""

PectoralGirdle: _Final[_Code] = _Code("SCT", "26444007", "Pectoral girdle", (6115,))
"""Pectoral girdle (SCT 26444007)."""

PedicleOfVertebra: _Final[_Code] = _Code("SCT", "78972004", "Pedicle of vertebra", (6115,))
"""Pedicle of vertebra (SCT 78972004)."""

RibScaleneTubercle: _Final[_Code] = _Code("DCM", "112096", "Rib Scalene Tubercle", (6115,))
"""Rib Scalene Tubercle (DCM 112096)."""

ScapularInfraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112101", "Scapular Infraspinatus Fossa", (6115,)
)
"""Scapular Infraspinatus Fossa (DCM 112101)."""

ScapularSpine: _Final[_Code] = _Code("DCM", "112099", "Scapular Spine", (6115,))
"""Scapular Spine (DCM 112099)."""

ScapularSupraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112100", "Scapular Supraspinatus Fossa", (6115,)
)
"""Scapular Supraspinatus Fossa (DCM 112100)."""

ShaftOfRib: _Final[_Code] = _Code("SCT", "41601005", "Shaft of rib", (6115,))
"""Shaft of rib (SCT 41601005)."""

SpinousProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "55678000", "Spinous process of vertebra", (6115,)
)
"""Spinous process of vertebra (SCT 55678000)."""

SternalAngle: _Final[_Code] = _Code("SCT", "44612009", "Sternal angle", (6115,))
"""Sternal angle (SCT 44612009)."""

SubscapularFossa: _Final[_Code] = _Code("DCM", "112098", "Subscapular Fossa", (6115,))
"""Subscapular Fossa (DCM 112098)."""

SuperiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181900008", "Superior articular facet of axis", (6115,)
)
"""Superior articular facet of axis (SCT 181900008)."""

SuperiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317665004", "Superior articular process of vertebra", (6115,)
)
"""Superior articular process of vertebra (SCT 317665004)."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal notch", (4, 1004, 6115))
"""Suprasternal notch (SCT 26493002)."""

TransverseProcessOrVertebra: _Final[_Code] = _Code(
    "SCT", "73400003", "Transverse process or vertebra", (6115,)
)
"""Transverse process or vertebra (SCT 73400003)."""

TubercleOfRib: _Final[_Code] = _Code("SCT", "113198008", "Tubercle of rib", (6115,))
"""Tubercle of rib (SCT 113198008)."""

VertebralCanal: _Final[_Code] = _Code("SCT", "61853006", "Vertebral canal", (6115,))
"""Vertebral canal (SCT 61853006)."""

VertebralForamen: _Final[_Code] = _Code("SCT", "280734009", "Vertebral foramen", (6115,))
"""Vertebral foramen (SCT 280734009)."""

VertebralIntervertebralNotch: _Final[_Code] = _Code(
    "DCM", "112097", "Vertebral Intervertebral Notch", (6115,)
)
"""Vertebral Intervertebral Notch (DCM 112097)."""

XiphoidProcessOfSternum: _Final[_Code] = _Code(
    "SCT", "20298003", "Xiphoid process of sternum", (1004, 6115)
)
"""Xiphoid process of sternum (SCT 20298003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
