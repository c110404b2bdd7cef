"""CID 12247 Pediatric, Fetal and Congenital Cardiac Surgical Intervention.

Extensible, version 20160314, UID 1.2.840.10008.6.1.828.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
ArterialSwitchOperation: _Final[_Code]
InsertionOfAtrialBaffle: _Final[_Code]
InsertionOfInteratrialBaffle: _Final[_Code]
AtrialSeptalDefectRepair: _Final[_Code]
PercutaneousProstheticClosureOfAtrialSeptalDefect: _Final[_Code]
RepairOfDefectOfTheAtrioventricularSeptum: _Final[_Code]
BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis: _Final[_Code]
CentralAortopulmonaryShuntOperation: _Final[_Code]
RepairOfCoarctationOfAorta: _Final[_Code]
CoarctationOfTheAortaBalloonAngioplasty: _Final[_Code]
CoarctationOfTheAortaAngioplastyWithImplantOfStent: _Final[_Code]
DamusStanselKayeOperation: _Final[_Code]
CreationOfConduitRightAtriumToPulmonaryTrunk: _Final[_Code]
LateralCavalFontanProcedure: _Final[_Code]
HemiFontanOperation: _Final[_Code]
LeftGlennShuntProcedure: _Final[_Code]
LeftSidedBidirectionalGlennShuntProcedure: _Final[_Code]
MustardOperation: _Final[_Code]
NorwoodTypeOperation: _Final[_Code]
ClosureOfDuctusArteriosusWithClip: _Final[_Code]
PatentDuctusArteriosusCoilOrDeviceClosure: _Final[_Code]
PartialAnomalousPulmonaryVenousConnectionOperation: _Final[_Code]
RastelliOperation: _Final[_Code]
RightGlennShuntProcedure: _Final[_Code]
RightSidedBidirectionalGlennShuntProcedure: _Final[_Code]
ConstructionOfLVToAortaTunnelWRVToPAValvedConduit: _Final[_Code]
RadicalAortopulmonaryReconstructWRVToPAValvelessConduit: _Final[_Code]
SanoProcedure: _Final[_Code]
AtrialInversionOperationUsingAtrialWall: _Final[_Code]
RepairOfTotalAnomalousPulmonaryVenousConnection: _Final[_Code]
ImplantationOfHeartValveProsthesisOrSyntheticDevice: _Final[_Code]
ImplantationOfHeartValveWithTissueGraft: _Final[_Code]
CorrectionOfVentricularSeptalDefect: _Final[_Code]
VentricularSeptalDefectDeviceClosure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
