"""CID 7000 Diagnostic Imaging Report Document Title.

Extensible, version 20220628, UID 1.2.840.10008.6.1.481.
Includes CID 12100, CID 12320.

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
CardiacCatheterizationReport: _Final[_Code]
CTAbdomenReport: _Final[_Code]
CTChestReport: _Final[_Code]
CTHeadReport: _Final[_Code]
CTReport: _Final[_Code]
DiagnosticImagingReport: _Final[_Code]
EchocardiographyReport: _Final[_Code]
PediatricCardiacUltrasoundReport: _Final[_Code]
FetalCardiacUltrasoundReport: _Final[_Code]
AdultCongenitalCardiacUltrasoundReport: _Final[_Code]
AdultEchocardiographyProcedureReport: _Final[_Code]
UltrasoundReport: _Final[_Code]
MRIHeadReport: _Final[_Code]
MRIReport: _Final[_Code]
MRISpineReport: _Final[_Code]
NuclearMedicineReport: _Final[_Code]
NuclearMedicineThyroidScanReport: _Final[_Code]
UltrasoundObstetricAndGynReport: _Final[_Code]
PETScanReport: _Final[_Code]
RadiologyReport: _Final[_Code]
CardiacElectrophysiologyReport: _Final[_Code]
ECGReport: _Final[_Code]
ExerciseStressTestReport: _Final[_Code]
HolterStudyReport: _Final[_Code]
XRayReport: _Final[_Code]
DEXASkeletalSystemStudyReport: _Final[_Code]
BreastImagingReport: _Final[_Code]
MammographyScreeningReport: _Final[_Code]
FluoroscopyStudyReport: _Final[_Code]
DiagnosticInterventionalRadiologyReport: _Final[_Code]
USCarotidArteriesReport: _Final[_Code]
USArteryReport: _Final[_Code]
USVeinReport: _Final[_Code]
USDopplerVesselsReport: _Final[_Code]
USDopplerAbdominalVesselsReport: _Final[_Code]
USDopplerExtremityVesselsReport: _Final[_Code]
USDopplerHeadVesselsReport: _Final[_Code]
USDopplerLowerExtremityVesselsReport: _Final[_Code]
USDopplerUpperExtremityVesselsReport: _Final[_Code]
PeripheralVascularUltrasoundReport: _Final[_Code]
USTendonReport: _Final[_Code]
USBreastReport: _Final[_Code]
USKidneyReport: _Final[_Code]
USLiverReport: _Final[_Code]
USProstateTransrectalReport: _Final[_Code]
USPancreasReport: _Final[_Code]
USSpleenReport: _Final[_Code]
USShoulderReport: _Final[_Code]
USScrotumAndTesticleReport: _Final[_Code]
USThyroidReport: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
