"""CID 3011 Electrophysiology Anatomic Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.46.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3011
NAME: _Final[str] = "Electrophysiology Anatomic Location"
KEYWORD: _Final[str | None] = "ElectrophysiologyAnatomicLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.46"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AccessoryAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "8225009", "Accessory atrioventricular bundle", (3011,)
)
"""Accessory atrioventricular bundle (SCT 8225009)."""

ApexOfLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128564006", "Apex of left ventricle", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Apex of left ventricle (SCT 128564006)."""

ApexOfRightVentricle: _Final[_Code] = _Code(
    "SCT", "128565007", "Apex of right ventricle", (3010, 3011, 3609, 12305)
)
"""Apex of right ventricle (SCT 128565007)."""

AtrioventricularBundle: _Final[_Code] = _Code("SCT", "345000", "Atrioventricular bundle", (3011,))
"""Atrioventricular bundle (SCT 345000)."""

AtrioventricularNode: _Final[_Code] = _Code("SCT", "25943004", "Atrioventricular node", (3011,))
"""Atrioventricular node (SCT 25943004)."""

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006)."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004)."""

Epicardium: _Final[_Code] = _Code("SCT", "6871001", "Epicardium", (3011,))
"""Epicardium (SCT 6871001)."""

GreatCardiacVein: _Final[_Code] = _Code("SCT", "5928000", "Great cardiac vein", (3010, 3011, 3839))
"""Great cardiac vein (SCT 5928000)."""

HighRightAtrium: _Final[_Code] = _Code("SCT", "128591008", "High right atrium", (3011,))
"""High right atrium (SCT 128591008)."""

InferiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Inferior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior left pulmonary vein (SCT 51249003)."""

InferiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Inferior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior right pulmonary vein (SCT 113273001)."""

LateralHighRightAtrium: _Final[_Code] = _Code(
    "SCT", "128592001", "Lateral high right atrium", (3011,)
)
"""Lateral high right atrium (SCT 128592001)."""

LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "84654008", "Left anterior division of left branch atrioventricular bundle", (3011,)
)
"""Left anterior division of left branch atrioventricular bundle (SCT 84654008)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left Atrium (SCT 82471001)."""

LeftAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "33626005", "Left auricular appendage", (3010, 3011, 12284)
)
"""Left auricular appendage (SCT 33626005)."""

LeftBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "74031005", "Left branch of atrioventricular bundle", (3011,)
)
"""Left branch of atrioventricular bundle (SCT 74031005)."""

LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "91085002", "Left posterior division of left branch atrioventricular bundle", (3011,)
)
"""Left posterior division of left branch atrioventricular bundle (SCT 91085002)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left ventricle (SCT 87878005)."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

LowRightAtrium: _Final[_Code] = _Code("SCT", "128594000", "Low right atrium", (3011,))
"""Low right atrium (SCT 128594000)."""

MidRightAtrium: _Final[_Code] = _Code("SCT", "128593006", "Mid right atrium", (3011,))
"""Mid right atrium (SCT 128593006)."""

MiddleCardiacVein: _Final[_Code] = _Code("SCT", "73580002", "Middle cardiac vein", (3011, 3839))
"""Middle cardiac vein (SCT 73580002)."""

MitralRing: _Final[_Code] = _Code("SCT", "65197004", "Mitral ring", (3011, 12235, 12305))
"""Mitral ring (SCT 65197004)."""

OstiumOfCoronarySinus: _Final[_Code] = _Code("SCT", "71271007", "Ostium of coronary sinus", (3011,))
"""Ostium of coronary sinus (SCT 71271007)."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007)."""

PulmonicRing: _Final[_Code] = _Code("SCT", "90318009", "Pulmonic ring", (3011, 12305))
"""Pulmonic ring (SCT 90318009)."""

PurkinjeFibers: _Final[_Code] = _Code("SCT", "13050003", "Purkinje fibers", (3011,))
"""Purkinje fibers (SCT 13050003)."""

RightAtrioventricularOstium: _Final[_Code] = _Code(
    "SCT", "90561006", "Right atrioventricular ostium", (3011,)
)
"""Right atrioventricular ostium (SCT 90561006)."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

RightAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "68300000", "Right auricular appendage", (3010, 3011, 12284)
)
"""Right auricular appendage (SCT 68300000)."""

RightBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "57383004", "Right branch of Atrioventricular bundle", (3011,)
)
"""Right branch of Atrioventricular bundle (SCT 57383004)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right ventricle (SCT 53085002)."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009)."""

SinoAtrialNode: _Final[_Code] = _Code("SCT", "88210001", "Sino-atrial node", (3011,))
"""Sino-atrial node (SCT 88210001)."""

SuperiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Superior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior left pulmonary vein (SCT 43863001)."""

SuperiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Superior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior right pulmonary vein (SCT 8629005)."""

TendonOfTodaro: _Final[_Code] = _Code("SCT", "128595004", "Tendon of Todaro", (3011,))
"""Tendon of Todaro (SCT 128595004)."""

TricuspidRing: _Final[_Code] = _Code("SCT", "113259005", "Tricuspid ring", (3011, 12241, 12305))
"""Tricuspid ring (SCT 113259005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AccessoryAtrioventricularBundle,
    ApexOfLeftVentricle,
    ApexOfRightVentricle,
    AtrioventricularBundle,
    AtrioventricularNode,
    CommonVentricle,
    CoronarySinus,
    Epicardium,
    GreatCardiacVein,
    HighRightAtrium,
    InferiorLeftPulmonaryVein,
    InferiorRightPulmonaryVein,
    LateralHighRightAtrium,
    LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle,
    LeftAtrium,
    LeftAuricularAppendage,
    LeftBranchOfAtrioventricularBundle,
    LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle,
    LeftVentricle,
    LeftVentricleInflow,
    LeftVentricleOutflowTract,
    LowRightAtrium,
    MidRightAtrium,
    MiddleCardiacVein,
    MitralRing,
    OstiumOfCoronarySinus,
    PulmonaryVein,
    PulmonicRing,
    PurkinjeFibers,
    RightAtrioventricularOstium,
    RightAtrium,
    RightAuricularAppendage,
    RightBranchOfAtrioventricularBundle,
    RightVentricle,
    RightVentricleInflow,
    RightVentricleOutflowTract,
    SinoAtrialNode,
    SuperiorLeftPulmonaryVein,
    SuperiorRightPulmonaryVein,
    TendonOfTodaro,
    TricuspidRing,
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
