"""CID 6083 Procedures for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.405.
Includes CID 6050, CID 6084, CID 6085.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NippleDischargeCytology: _Final[_groups.Cid6083Code]
FilmScreenMammography: _Final[_groups.Cid6083Code]
UltrasonographyOfBreast: _Final[_groups.Cid6083Code]
MRIOfBreast: _Final[_groups.Cid6083Code]
PreBiopsyLocalizationOfBreastLesion: _Final[_groups.Cid6083Code]
FineNeedleAspirationOfBreast: _Final[_groups.Cid6083Code]
DiagnosticAspirationOfBreastCyst: _Final[_groups.Cid6083Code]
CoreNeedleBiopsyOfBreast: _Final[_groups.Cid6083Code]
BreastSurgicalBiopsy: _Final[_groups.Cid6083Code]
MammaryDuctogram: _Final[_groups.Cid6083Code]
CTOfBreast: _Final[_groups.Cid6083Code]
RadionuclideLocalizationOfTumorLimitedArea: _Final[_groups.Cid6083Code]
SpecimenRadiographyOfBreast: _Final[_groups.Cid6083Code]
ExaminationOfBreast: _Final[_groups.Cid6083Code]
SurgicalConsult: _Final[_groups.Cid6083Code]
MammographyCAD: _Final[_groups.Cid6083Code]
SentinelLymphNodeBiopsy: _Final[_groups.Cid6083Code]
RadioisotopeScanOfLymphaticSystem: _Final[_groups.Cid6083Code]
MarkerPlacement: _Final[_groups.Cid6083Code]
InsertionOfCatheter: _Final[_groups.Cid6083Code]
BreastBilateralMammogram: _Final[_groups.Cid6083Code]
BreastBilateralMr: _Final[_groups.Cid6083Code]
BreastBilateralMrWContrastIv: _Final[_groups.Cid6083Code]
BreastBilateralMrWoAndWContrastIv: _Final[_groups.Cid6083Code]
BreastFfdMammogram: _Final[_groups.Cid6083Code]
BreastLeftMammogram: _Final[_groups.Cid6083Code]
BreastLeftMr: _Final[_groups.Cid6083Code]
BreastLeftMrWContrastIv: _Final[_groups.Cid6083Code]
BreastLeftMrWoAndWContrastIv: _Final[_groups.Cid6083Code]
BreastMrWContrastIv: _Final[_groups.Cid6083Code]
BreastMrWoAndWContrastIv: _Final[_groups.Cid6083Code]
BreastRightMammogram: _Final[_groups.Cid6083Code]
BreastRightMr: _Final[_groups.Cid6083Code]
BreastRightMrWContrastIv: _Final[_groups.Cid6083Code]
BreastRightMrWoAndWContrastIv: _Final[_groups.Cid6083Code]
BreastUnilateralMammogram: _Final[_groups.Cid6083Code]
BreastUnilateralMr: _Final[_groups.Cid6083Code]
BreastUnilateralMrWContrastIv: _Final[_groups.Cid6083Code]
BreastUnilateralMrWoAndWContrastIv: _Final[_groups.Cid6083Code]
BreastUnilateralMrWoContrast: _Final[_groups.Cid6083Code]
WholeBodyCt: _Final[_groups.Cid6083Code]
WholeBodyPtWRncIv: _Final[_groups.Cid6083Code]
BreastProsthesisInsertion: _Final[_groups.Cid6083Code]
ReductionMammoplasty: _Final[_groups.Cid6083Code]
BreastReconstruction: _Final[_groups.Cid6083Code]
RemovalOfBreastImplant: _Final[_groups.Cid6083Code]
Chemotherapy: _Final[_groups.Cid6083Code]
RadiationTherapy: _Final[_groups.Cid6083Code]
HormoneTherapy: _Final[_groups.Cid6083Code]
BoneMarrowTransplant: _Final[_groups.Cid6083Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6083Code]]
