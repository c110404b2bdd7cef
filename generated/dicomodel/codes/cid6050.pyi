"""CID 6050 Breast Procedure Reported.

Extensible, version 20190912, UID 1.2.840.10008.6.1.379.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FilmScreenMammography: _Final[_groups.Cid6050Code]
UltrasonographyOfBreast: _Final[_groups.Cid6050Code]
MRIOfBreast: _Final[_groups.Cid6050Code]
PreBiopsyLocalizationOfBreastLesion: _Final[_groups.Cid6050Code]
FineNeedleAspirationOfBreast: _Final[_groups.Cid6050Code]
DiagnosticAspirationOfBreastCyst: _Final[_groups.Cid6050Code]
CoreNeedleBiopsyOfBreast: _Final[_groups.Cid6050Code]
BreastSurgicalBiopsy: _Final[_groups.Cid6050Code]
MammaryDuctogram: _Final[_groups.Cid6050Code]
CTOfBreast: _Final[_groups.Cid6050Code]
RadionuclideLocalizationOfTumorLimitedArea: _Final[_groups.Cid6050Code]
SpecimenRadiographyOfBreast: _Final[_groups.Cid6050Code]
ExaminationOfBreast: _Final[_groups.Cid6050Code]
SurgicalConsult: _Final[_groups.Cid6050Code]
MammographyCAD: _Final[_groups.Cid6050Code]
SentinelLymphNodeBiopsy: _Final[_groups.Cid6050Code]
RadioisotopeScanOfLymphaticSystem: _Final[_groups.Cid6050Code]
MarkerPlacement: _Final[_groups.Cid6050Code]
InsertionOfCatheter: _Final[_groups.Cid6050Code]
BreastBilateralMammogram: _Final[_groups.Cid6050Code]
BreastBilateralMr: _Final[_groups.Cid6050Code]
BreastBilateralMrWContrastIv: _Final[_groups.Cid6050Code]
BreastBilateralMrWoAndWContrastIv: _Final[_groups.Cid6050Code]
BreastFfdMammogram: _Final[_groups.Cid6050Code]
BreastLeftMammogram: _Final[_groups.Cid6050Code]
BreastLeftMr: _Final[_groups.Cid6050Code]
BreastLeftMrWContrastIv: _Final[_groups.Cid6050Code]
BreastLeftMrWoAndWContrastIv: _Final[_groups.Cid6050Code]
BreastMrWContrastIv: _Final[_groups.Cid6050Code]
BreastMrWoAndWContrastIv: _Final[_groups.Cid6050Code]
BreastRightMammogram: _Final[_groups.Cid6050Code]
BreastRightMr: _Final[_groups.Cid6050Code]
BreastRightMrWContrastIv: _Final[_groups.Cid6050Code]
BreastRightMrWoAndWContrastIv: _Final[_groups.Cid6050Code]
BreastUnilateralMammogram: _Final[_groups.Cid6050Code]
BreastUnilateralMr: _Final[_groups.Cid6050Code]
BreastUnilateralMrWContrastIv: _Final[_groups.Cid6050Code]
BreastUnilateralMrWoAndWContrastIv: _Final[_groups.Cid6050Code]
BreastUnilateralMrWoContrast: _Final[_groups.Cid6050Code]
WholeBodyCt: _Final[_groups.Cid6050Code]
WholeBodyPtWRncIv: _Final[_groups.Cid6050Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6050Code]]
