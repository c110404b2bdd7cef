"""CID 12247 Pediatric, Fetal and Congenital Cardiac Surgical Intervention.

Extensible, version 20160314, UID 1.2.840.10008.6.1.828.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12247
NAME: _Final[str] = "Pediatric, Fetal and Congenital Cardiac Surgical Intervention"
KEYWORD: _Final[str | None] = "PediatricFetalAndCongenitalCardiacSurgicalIntervention"
UID: _Final[str | None] = "1.2.840.10008.6.1.828"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ArterialSwitchOperation: _Final[_Code] = _Code(
    "SCT", "174826008", "Arterial switch operation", (12247,)
)
"""Arterial switch operation (SCT 174826008)."""

InsertionOfAtrialBaffle: _Final[_Code] = _Code(
    "SCT", "1179121008", "Insertion of atrial baffle", (12247,)
)
"""Insertion of atrial baffle (SCT 1179121008)."""

InsertionOfInteratrialBaffle: _Final[_Code] = _Code(
    "SCT", "261537001", "Insertion of interatrial baffle", (12247,)
)
"""Insertion of interatrial baffle (SCT 261537001)."""

AtrialSeptalDefectRepair: _Final[_Code] = _Code(
    "SCT", "112811009", "Atrial septal defect repair", (12247,)
)
"""Atrial septal defect repair (SCT 112811009)."""

PercutaneousProstheticClosureOfAtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30123000", "Percutaneous prosthetic closure of atrial septal defect", (12247,)
)
"""Percutaneous prosthetic closure of atrial septal defect (SCT 30123000)."""

RepairOfDefectOfTheAtrioventricularSeptum: _Final[_Code] = _Code(
    "SCT", "174836000", "Repair of defect of the atrioventricular septum", (12247,)
)
"""Repair of defect of the atrioventricular septum (SCT 174836000)."""

BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis: _Final[_Code] = _Code(
    "SCT", "13662000", "Blalock-Taussig shunt, pulmonary-subclavian artery anastomosis", (12247,)
)
"""Blalock-Taussig shunt, pulmonary-subclavian artery anastomosis (SCT 13662000)."""

CentralAortopulmonaryShuntOperation: _Final[_Code] = _Code(
    "SCT", "233224003", "Central aortopulmonary shunt operation", (12247,)
)
"""Central aortopulmonary shunt operation (SCT 233224003)."""

RepairOfCoarctationOfAorta: _Final[_Code] = _Code(
    "SCT", "274022008", "Repair of coarctation of aorta", (12247,)
)
"""Repair of coarctation of aorta (SCT 274022008)."""

CoarctationOfTheAortaBalloonAngioplasty: _Final[_Code] = _Code(
    "SCT", "308696000", "Coarctation of the Aorta Balloon Angioplasty", (12247,)
)
"""Coarctation of the Aorta Balloon Angioplasty (SCT 308696000)."""

CoarctationOfTheAortaAngioplastyWithImplantOfStent: _Final[_Code] = _Code(
    "SCT", "443829004", "Coarctation of the Aorta Angioplasty with Implant of Stent", (12247,)
)
"""Coarctation of the Aorta Angioplasty with Implant of Stent (SCT 443829004)."""

DamusStanselKayeOperation: _Final[_Code] = _Code(
    "SCT", "233134001", "Damus-Stansel-Kaye operation", (12247,)
)
"""Damus-Stansel-Kaye operation (SCT 233134001)."""

CreationOfConduitRightAtriumToPulmonaryTrunk: _Final[_Code] = _Code(
    "SCT", "233022006", "Creation of conduit right atrium to pulmonary trunk", (12247,)
)
"""Creation of conduit right atrium to pulmonary trunk (SCT 233022006)."""

LateralCavalFontanProcedure: _Final[_Code] = _Code(
    "SCT", "427886002", "Lateral-Caval Fontan procedure", (12247,)
)
"""Lateral-Caval Fontan procedure (SCT 427886002)."""

HemiFontanOperation: _Final[_Code] = _Code("SCT", "233230003", "Hemi-Fontan operation", (12247,))
"""Hemi-Fontan operation (SCT 233230003)."""

LeftGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444178004", "Left Glenn shunt procedure", (12247,)
)
"""Left Glenn shunt procedure (SCT 444178004)."""

LeftSidedBidirectionalGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "443989003", "Left-sided bidirectional Glenn shunt procedure", (12247,)
)
"""Left-sided bidirectional Glenn shunt procedure (SCT 443989003)."""

MustardOperation: _Final[_Code] = _Code("SCT", "40250003", "Mustard operation", (12247,))
"""Mustard operation (SCT 40250003)."""

NorwoodTypeOperation: _Final[_Code] = _Code("SCT", "233139006", "Norwood type operation", (12247,))
"""Norwood type operation (SCT 233139006)."""

ClosureOfDuctusArteriosusWithClip: _Final[_Code] = _Code(
    "SCT", "233199008", "Closure of ductus arteriosus with clip", (12247,)
)
"""Closure of ductus arteriosus with clip (SCT 233199008)."""

PatentDuctusArteriosusCoilOrDeviceClosure: _Final[_Code] = _Code(
    "SCT", "441676000", "Patent ductus arteriosus coil or device closure", (12247,)
)
"""Patent ductus arteriosus coil or device closure (SCT 441676000)."""

PartialAnomalousPulmonaryVenousConnectionOperation: _Final[_Code] = _Code(
    "SCT", "174900004", "Partial anomalous pulmonary venous connection operation", (12247,)
)
"""Partial anomalous pulmonary venous connection operation (SCT 174900004)."""

RastelliOperation: _Final[_Code] = _Code("SCT", "44777001", "Rastelli operation", (12247,))
"""Rastelli operation (SCT 44777001)."""

RightGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444001009", "Right Glenn shunt procedure", (12247,)
)
"""Right Glenn shunt procedure (SCT 444001009)."""

RightSidedBidirectionalGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444034006", "Right-sided bidirectional Glenn shunt procedure", (12247,)
)
"""Right-sided bidirectional Glenn shunt procedure (SCT 444034006)."""

ConstructionOfLVToAortaTunnelWRVToPAValvedConduit: _Final[_Code] = _Code(
    "SCT", "429620002", "Construction of LV to aorta tunnel w RV to PA valved conduit", (12247,)
)
"""Construction of LV to aorta tunnel w RV to PA valved conduit (SCT 429620002)."""

RadicalAortopulmonaryReconstructWRVToPAValvelessConduit: _Final[_Code] = _Code(
    "SCT", "429616001", "Radical aortopulmonary reconstruct w RV to PA valveless conduit", (12247,)
)
"""Radical aortopulmonary reconstruct w RV to PA valveless conduit (SCT 429616001)."""

SanoProcedure: _Final[_Code] = _Code("SCT", "442123009", "Sano procedure", (12247,))
"""Sano procedure (SCT 442123009)."""

AtrialInversionOperationUsingAtrialWall: _Final[_Code] = _Code(
    "SCT", "174822005", "Atrial inversion operation using atrial wall", (12247,)
)
"""Atrial inversion operation using atrial wall (SCT 174822005)."""

RepairOfTotalAnomalousPulmonaryVenousConnection: _Final[_Code] = _Code(
    "SCT", "174830006", "Repair of total anomalous pulmonary venous connection", (12247,)
)
"""Repair of total anomalous pulmonary venous connection (SCT 174830006)."""

ImplantationOfHeartValveProsthesisOrSyntheticDevice: _Final[_Code] = _Code(
    "SCT", "47432005", "Implantation of heart valve prosthesis or synthetic device", (12247,)
)
"""Implantation of heart valve prosthesis or synthetic device (SCT 47432005)."""

ImplantationOfHeartValveWithTissueGraft: _Final[_Code] = _Code(
    "SCT", "37153009", "Implantation of heart valve with tissue graft", (12247,)
)
"""Implantation of heart valve with tissue graft (SCT 37153009)."""

CorrectionOfVentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "76025005", "Correction of ventricular septal defect", (12247,)
)
"""Correction of ventricular septal defect (SCT 76025005)."""

VentricularSeptalDefectDeviceClosure: _Final[_Code] = _Code(
    "SCT", "89814007", "Ventricular septal defect device closure", (12247,)
)
"""Ventricular septal defect device closure (SCT 89814007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ArterialSwitchOperation,
    InsertionOfAtrialBaffle,
    InsertionOfInteratrialBaffle,
    AtrialSeptalDefectRepair,
    PercutaneousProstheticClosureOfAtrialSeptalDefect,
    RepairOfDefectOfTheAtrioventricularSeptum,
    BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis,
    CentralAortopulmonaryShuntOperation,
    RepairOfCoarctationOfAorta,
    CoarctationOfTheAortaBalloonAngioplasty,
    CoarctationOfTheAortaAngioplastyWithImplantOfStent,
    DamusStanselKayeOperation,
    CreationOfConduitRightAtriumToPulmonaryTrunk,
    LateralCavalFontanProcedure,
    HemiFontanOperation,
    LeftGlennShuntProcedure,
    LeftSidedBidirectionalGlennShuntProcedure,
    MustardOperation,
    NorwoodTypeOperation,
    ClosureOfDuctusArteriosusWithClip,
    PatentDuctusArteriosusCoilOrDeviceClosure,
    PartialAnomalousPulmonaryVenousConnectionOperation,
    RastelliOperation,
    RightGlennShuntProcedure,
    RightSidedBidirectionalGlennShuntProcedure,
    ConstructionOfLVToAortaTunnelWRVToPAValvedConduit,
    RadicalAortopulmonaryReconstructWRVToPAValvelessConduit,
    SanoProcedure,
    AtrialInversionOperationUsingAtrialWall,
    RepairOfTotalAnomalousPulmonaryVenousConnection,
    ImplantationOfHeartValveProsthesisOrSyntheticDevice,
    ImplantationOfHeartValveWithTissueGraft,
    CorrectionOfVentricularSeptalDefect,
    VentricularSeptalDefectDeviceClosure,
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
