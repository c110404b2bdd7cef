"""CID 6050 Breast Procedure Reported.

Extensible, version 20190912, UID 1.2.840.10008.6.1.379.

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
FilmScreenMammography: _Final[_Code]
UltrasonographyOfBreast: _Final[_Code]
MRIOfBreast: _Final[_Code]
PreBiopsyLocalizationOfBreastLesion: _Final[_Code]
FineNeedleAspirationOfBreast: _Final[_Code]
DiagnosticAspirationOfBreastCyst: _Final[_Code]
CoreNeedleBiopsyOfBreast: _Final[_Code]
BreastSurgicalBiopsy: _Final[_Code]
MammaryDuctogram: _Final[_Code]
CTOfBreast: _Final[_Code]
RadionuclideLocalizationOfTumorLimitedArea: _Final[_Code]
SpecimenRadiographyOfBreast: _Final[_Code]
ExaminationOfBreast: _Final[_Code]
SurgicalConsult: _Final[_Code]
MammographyCAD: _Final[_Code]
SentinelLymphNodeBiopsy: _Final[_Code]
RadioisotopeScanOfLymphaticSystem: _Final[_Code]
MarkerPlacement: _Final[_Code]
InsertionOfCatheter: _Final[_Code]
BreastBilateralMammogram: _Final[_Code]
BreastBilateralMr: _Final[_Code]
BreastBilateralMrWContrastIv: _Final[_Code]
BreastBilateralMrWoAndWContrastIv: _Final[_Code]
BreastFfdMammogram: _Final[_Code]
BreastLeftMammogram: _Final[_Code]
BreastLeftMr: _Final[_Code]
BreastLeftMrWContrastIv: _Final[_Code]
BreastLeftMrWoAndWContrastIv: _Final[_Code]
BreastMrWContrastIv: _Final[_Code]
BreastMrWoAndWContrastIv: _Final[_Code]
BreastRightMammogram: _Final[_Code]
BreastRightMr: _Final[_Code]
BreastRightMrWContrastIv: _Final[_Code]
BreastRightMrWoAndWContrastIv: _Final[_Code]
BreastUnilateralMammogram: _Final[_Code]
BreastUnilateralMr: _Final[_Code]
BreastUnilateralMrWContrastIv: _Final[_Code]
BreastUnilateralMrWoAndWContrastIv: _Final[_Code]
BreastUnilateralMrWoContrast: _Final[_Code]
WholeBodyCt: _Final[_Code]
WholeBodyPtWRncIv: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
