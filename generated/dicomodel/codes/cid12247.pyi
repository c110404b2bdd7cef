"""CID 12247 Pediatric, Fetal and Congenital Cardiac Surgical Intervention.

Extensible, version 20160314, UID 1.2.840.10008.6.1.828.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ArterialSwitchOperation: _Final[_groups.Cid12247Code]
InsertionOfAtrialBaffle: _Final[_groups.Cid12247Code]
InsertionOfInteratrialBaffle: _Final[_groups.Cid12247Code]
AtrialSeptalDefectRepair: _Final[_groups.Cid12247Code]
PercutaneousProstheticClosureOfAtrialSeptalDefect: _Final[_groups.Cid12247Code]
RepairOfDefectOfTheAtrioventricularSeptum: _Final[_groups.Cid12247Code]
BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis: _Final[_groups.Cid12247Code]
CentralAortopulmonaryShuntOperation: _Final[_groups.Cid12247Code]
RepairOfCoarctationOfAorta: _Final[_groups.Cid12247Code]
CoarctationOfTheAortaBalloonAngioplasty: _Final[_groups.Cid12247Code]
CoarctationOfTheAortaAngioplastyWithImplantOfStent: _Final[_groups.Cid12247Code]
DamusStanselKayeOperation: _Final[_groups.Cid12247Code]
CreationOfConduitRightAtriumToPulmonaryTrunk: _Final[_groups.Cid12247Code]
LateralCavalFontanProcedure: _Final[_groups.Cid12247Code]
HemiFontanOperation: _Final[_groups.Cid12247Code]
LeftGlennShuntProcedure: _Final[_groups.Cid12247Code]
LeftSidedBidirectionalGlennShuntProcedure: _Final[_groups.Cid12247Code]
MustardOperation: _Final[_groups.Cid12247Code]
NorwoodTypeOperation: _Final[_groups.Cid12247Code]
ClosureOfDuctusArteriosusWithClip: _Final[_groups.Cid12247Code]
PatentDuctusArteriosusCoilOrDeviceClosure: _Final[_groups.Cid12247Code]
PartialAnomalousPulmonaryVenousConnectionOperation: _Final[_groups.Cid12247Code]
RastelliOperation: _Final[_groups.Cid12247Code]
RightGlennShuntProcedure: _Final[_groups.Cid12247Code]
RightSidedBidirectionalGlennShuntProcedure: _Final[_groups.Cid12247Code]
ConstructionOfLVToAortaTunnelWRVToPAValvedConduit: _Final[_groups.Cid12247Code]
RadicalAortopulmonaryReconstructWRVToPAValvelessConduit: _Final[_groups.Cid12247Code]
SanoProcedure: _Final[_groups.Cid12247Code]
AtrialInversionOperationUsingAtrialWall: _Final[_groups.Cid12247Code]
RepairOfTotalAnomalousPulmonaryVenousConnection: _Final[_groups.Cid12247Code]
ImplantationOfHeartValveProsthesisOrSyntheticDevice: _Final[_groups.Cid12247Code]
ImplantationOfHeartValveWithTissueGraft: _Final[_groups.Cid12247Code]
CorrectionOfVentricularSeptalDefect: _Final[_groups.Cid12247Code]
VentricularSeptalDefectDeviceClosure: _Final[_groups.Cid12247Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12247Code]]
