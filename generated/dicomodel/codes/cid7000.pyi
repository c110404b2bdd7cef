"""CID 7000 Diagnostic Imaging Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.481.
Includes CID 12100, CID 12320.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CardiacCatheterizationReport: _Final[_groups.Cid7000Code]
CTAbdomenReport: _Final[_groups.Cid7000Code]
CTChestReport: _Final[_groups.Cid7000Code]
CTHeadReport: _Final[_groups.Cid7000Code]
CTReport: _Final[_groups.Cid7000Code]
DiagnosticImagingReport: _Final[_groups.Cid7000Code]
EchocardiographyReport: _Final[_groups.Cid7000Code]
PediatricCardiacUltrasoundReport: _Final[_groups.Cid7000Code]
FetalCardiacUltrasoundReport: _Final[_groups.Cid7000Code]
AdultCongenitalCardiacUltrasoundReport: _Final[_groups.Cid7000Code]
AdultEchocardiographyProcedureReport: _Final[_groups.Cid7000Code]
UltrasoundReport: _Final[_groups.Cid7000Code]
MRIHeadReport: _Final[_groups.Cid7000Code]
MRIReport: _Final[_groups.Cid7000Code]
MRISpineReport: _Final[_groups.Cid7000Code]
NuclearMedicineReport: _Final[_groups.Cid7000Code]
NuclearMedicineThyroidScanReport: _Final[_groups.Cid7000Code]
UltrasoundObstetricAndGynReport: _Final[_groups.Cid7000Code]
PETScanReport: _Final[_groups.Cid7000Code]
RadiologyReport: _Final[_groups.Cid7000Code]
CardiacElectrophysiologyReport: _Final[_groups.Cid7000Code]
ECGReport: _Final[_groups.Cid7000Code]
ExerciseStressTestReport: _Final[_groups.Cid7000Code]
HolterStudyReport: _Final[_groups.Cid7000Code]
XRayReport: _Final[_groups.Cid7000Code]
DEXASkeletalSystemStudyReport: _Final[_groups.Cid7000Code]
BreastImagingReport: _Final[_groups.Cid7000Code]
MammographyScreeningReport: _Final[_groups.Cid7000Code]
FluoroscopyStudyReport: _Final[_groups.Cid7000Code]
DiagnosticInterventionalRadiologyReport: _Final[_groups.Cid7000Code]
USCarotidArteriesReport: _Final[_groups.Cid7000Code]
USArteryReport: _Final[_groups.Cid7000Code]
USVeinReport: _Final[_groups.Cid7000Code]
USDopplerVesselsReport: _Final[_groups.Cid7000Code]
USDopplerAbdominalVesselsReport: _Final[_groups.Cid7000Code]
USDopplerExtremityVesselsReport: _Final[_groups.Cid7000Code]
USDopplerHeadVesselsReport: _Final[_groups.Cid7000Code]
USDopplerLowerExtremityVesselsReport: _Final[_groups.Cid7000Code]
USDopplerUpperExtremityVesselsReport: _Final[_groups.Cid7000Code]
PeripheralVascularUltrasoundReport: _Final[_groups.Cid7000Code]
USTendonReport: _Final[_groups.Cid7000Code]
USBreastReport: _Final[_groups.Cid7000Code]
USKidneyReport: _Final[_groups.Cid7000Code]
USLiverReport: _Final[_groups.Cid7000Code]
USProstateTransrectalReport: _Final[_groups.Cid7000Code]
USPancreasReport: _Final[_groups.Cid7000Code]
USSpleenReport: _Final[_groups.Cid7000Code]
USShoulderReport: _Final[_groups.Cid7000Code]
USScrotumAndTesticleReport: _Final[_groups.Cid7000Code]
USThyroidReport: _Final[_groups.Cid7000Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7000Code]]
