"""CID 12305 Basic Echo Anatomic Site.

Extensible, version 20210904, UID 1.2.840.10008.6.1.1146.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12305
NAME: _Final[str] = "Basic Echo Anatomic Site"
KEYWORD: _Final[str | None] = "BasicEchoAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1146"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AorticRoot: _Final[_Code] = _Code("SCT", "8128003", "Aortic Root", (12289, 12291, 12305))
"""Aortic Root (SCT 8128003)."""

AorticSinotubularJunction: _Final[_Code] = _Code(
    "SCT", "443167003", "Aortic Sinotubular Junction", (12291, 12305)
)
"""Aortic Sinotubular Junction (SCT 443167003)."""

AorticValve: _Final[_Code] = _Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

AorticValveRing: _Final[_Code] = _Code("SCT", "77583004", "Aortic Valve Ring", (12242, 12305))
"""Aortic Valve Ring (SCT 77583004)."""

ApexOfLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128564006", "Apex of left ventricle", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Apex of left ventricle (SCT 128564006)."""

ApexOfRightVentricle: _Final[_Code] = _Code(
    "SCT", "128565007", "Apex of right ventricle", (3010, 3011, 3609, 12305)
)
"""Apex of right ventricle (SCT 128565007)."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending Aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending Aorta (SCT 54247002)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007)."""

InterventricularSeptum: _Final[_Code] = _Code(
    "SCT", "589001", "Interventricular septum", (6116, 12286, 12305)
)
"""Interventricular septum (SCT 589001)."""

LateralMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399086000", "Lateral Mitral Annulus", (12235, 12305)
)
"""Lateral Mitral Annulus (SCT 399086000)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left Atrium (SCT 82471001)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left Pulmonary Artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left Pulmonary Artery (SCT 50408007)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

LeftVentricleApicalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264844003", "Left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""Left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalAnterolateralSegment: _Final[_Code] = _Code(
    "DCM", "130623", "Left ventricle apical anterolateral segment", (3785, 12305)
)
"""Left ventricle apical anterolateral segment (DCM 130623)."""

LeftVentricleApicalAnteroseptalSegment: _Final[_Code] = _Code(
    "DCM", "130620", "Left ventricle apical anteroseptal segment", (3785, 12305)
)
"""Left ventricle apical anteroseptal segment (DCM 130620)."""

LeftVentricleApicalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264849008", "Left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""Left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalInferolateralSegment: _Final[_Code] = _Code(
    "DCM", "130622", "Left ventricle apical inferolateral segment", (3785, 12305)
)
"""Left ventricle apical inferolateral segment (DCM 130622)."""

LeftVentricleApicalInferoseptalSegment: _Final[_Code] = _Code(
    "DCM", "130621", "Left ventricle apical inferoseptal segment", (3785, 12305)
)
"""Left ventricle apical inferoseptal segment (DCM 130621)."""

LeftVentricleApicalLateralSegment: _Final[_Code] = _Code(
    "SCT", "264853005", "Left ventricle apical lateral segment", (3784, 12305)
)
"""Left ventricle apical lateral segment (SCT 264853005)."""

LeftVentricleApicalSeptalSegment: _Final[_Code] = _Code(
    "SCT", "264845002", "Left ventricle apical septal segment", (3718, 3784, 12305)
)
"""Left ventricle apical septal segment (SCT 264845002)."""

LeftVentricleBasalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264850008", "Left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""Left ventricle basal anterior segment (SCT 264850008)."""

LeftVentricleBasalAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396654005", "Left ventricle basal anterolateral segment", (3782, 12305)
)
"""Left ventricle basal anterolateral segment (SCT 396654005)."""

LeftVentricleBasalAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396482007", "Left ventricle basal anteroseptal segment", (3782, 12305)
)
"""Left ventricle basal anteroseptal segment (SCT 396482007)."""

LeftVentricleBasalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264846001", "Left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""Left ventricle basal inferior segment (SCT 264846001)."""

LeftVentricleBasalInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396652009", "Left ventricle basal inferolateral segment", (3782, 12305)
)
"""Left ventricle basal inferolateral segment (SCT 396652009)."""

LeftVentricleBasalInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396646008", "Left ventricle basal inferoseptal segment", (3782, 12305)
)
"""Left ventricle basal inferoseptal segment (SCT 396646008)."""

LeftVentricleMidAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264848000", "Left ventricle mid anterior segment", (3783, 12305)
)
"""Left ventricle mid anterior segment (SCT 264848000)."""

LeftVentricleMidAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396656007", "Left ventricle mid anterolateral segment", (3783, 12305)
)
"""Left ventricle mid anterolateral segment (SCT 396656007)."""

LeftVentricleMidAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396647004", "Left ventricle mid anteroseptal segment", (3783, 12305)
)
"""Left ventricle mid anteroseptal segment (SCT 396647004)."""

LeftVentricleMidInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264847005", "Left ventricle mid inferior segment", (3783, 12305)
)
"""Left ventricle mid inferior segment (SCT 264847005)."""

LeftVentricleMidInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396655006", "Left ventricle mid inferolateral segment", (3783, 12305)
)
"""Left ventricle mid inferolateral segment (SCT 396655006)."""

LeftVentricleMidInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396649001", "Left ventricle mid inferoseptal segment", (3783, 12305)
)
"""Left ventricle mid inferoseptal segment (SCT 396649001)."""

LeftVentricleMyocardium: _Final[_Code] = _Code(
    "SCT", "49848007", "Left Ventricle Myocardium", (12305,)
)
"""Left Ventricle Myocardium (SCT 49848007)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002)."""

MedialMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399093001", "Medial Mitral Annulus", (12235, 12305)
)
"""Medial Mitral Annulus (SCT 399093001)."""

MitralAnnulus: _Final[_Code] = _Code("SCT", "65197004", "Mitral Annulus", (3011, 12235, 12305))
"""Mitral Annulus (SCT 65197004)."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary Artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary Artery (SCT 81040000)."""

PulmonaryVein: _Final[_Code] = _Code("SCT", "430757002", "Pulmonary Vein", (3840, 12283, 12305))
"""Pulmonary Vein (SCT 430757002)."""

PulmonicRing: _Final[_Code] = _Code("SCT", "90318009", "Pulmonic Ring", (3011, 12305))
"""Pulmonic Ring (SCT 90318009)."""

PulmonicValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonic Valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonic Valve (SCT 39057004)."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right Pulmonary Artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right Pulmonary Artery (SCT 78480002)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

RightVentricleAnteriorWall: _Final[_Code] = _Code(
    "DCM", "125319", "Right Ventricle Anterior Wall", (12305,)
)
"""Right Ventricle Anterior Wall (DCM 125319)."""

RightVentricleBasalSegment: _Final[_Code] = _Code(
    "SCT", "277635008", "Right Ventricle Basal Segment", (12305,)
)
"""Right Ventricle Basal Segment (SCT 277635008)."""

RightVentricleMidventricularSegment: _Final[_Code] = _Code(
    "SCT", "277634007", "Right Ventricle Midventricular Segment", (12305,)
)
"""Right Ventricle Midventricular Segment (SCT 277634007)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right Ventricle Outflow Tract (SCT 44627009)."""

RightVentricleOutflowTractDistal: _Final[_Code] = _Code(
    "DCM", "125317", "Right Ventricle Outflow Tract, Distal", (12305,)
)
"""Right Ventricle Outflow Tract, Distal (DCM 125317)."""

RightVentricleOutflowTractProximal: _Final[_Code] = _Code(
    "DCM", "125318", "Right Ventricle Outflow Tract, Proximal", (12305,)
)
"""Right Ventricle Outflow Tract, Proximal (DCM 125318)."""

TricuspidAnnulus: _Final[_Code] = _Code(
    "SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305)
)
"""Tricuspid Annulus (SCT 113259005)."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003)."""

TrunkOfPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "45341000", "Trunk of pulmonary artery", (3829, 6117, 12290, 12305)
)
"""Trunk of pulmonary artery (SCT 45341000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AorticRoot,
    AorticSinotubularJunction,
    AorticValve,
    AorticValveRing,
    ApexOfLeftVentricle,
    ApexOfRightVentricle,
    AscendingAorta,
    InferiorVenaCava,
    InterventricularSeptum,
    LateralMitralAnnulus,
    LeftAtrium,
    LeftPulmonaryArtery,
    LeftVentricle,
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalAnterolateralSegment,
    LeftVentricleApicalAnteroseptalSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalInferolateralSegment,
    LeftVentricleApicalInferoseptalSegment,
    LeftVentricleApicalLateralSegment,
    LeftVentricleApicalSeptalSegment,
    LeftVentricleBasalAnteriorSegment,
    LeftVentricleBasalAnterolateralSegment,
    LeftVentricleBasalAnteroseptalSegment,
    LeftVentricleBasalInferiorSegment,
    LeftVentricleBasalInferolateralSegment,
    LeftVentricleBasalInferoseptalSegment,
    LeftVentricleMidAnteriorSegment,
    LeftVentricleMidAnterolateralSegment,
    LeftVentricleMidAnteroseptalSegment,
    LeftVentricleMidInferiorSegment,
    LeftVentricleMidInferolateralSegment,
    LeftVentricleMidInferoseptalSegment,
    LeftVentricleMyocardium,
    LeftVentricleOutflowTract,
    MedialMitralAnnulus,
    MitralAnnulus,
    MitralValve,
    PulmonaryArtery,
    PulmonaryVein,
    PulmonicRing,
    PulmonicValve,
    RightAtrium,
    RightPulmonaryArtery,
    RightVentricle,
    RightVentricleAnteriorWall,
    RightVentricleBasalSegment,
    RightVentricleMidventricularSegment,
    RightVentricleOutflowTract,
    RightVentricleOutflowTractDistal,
    RightVentricleOutflowTractProximal,
    TricuspidAnnulus,
    TricuspidValve,
    TrunkOfPulmonaryArtery,
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
