"""CID 6041 Mammography Image Quality Finding.

Extensible, version 20020904, UID 1.2.840.10008.6.1.371.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ViewAndLateralityMarkerIsMissing: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerDoesNotHaveApprovedCodes: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerIsNotNearTheAxilla: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerOverlapsBreastTissue: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerIsPartiallyObscured: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerIsIncorrect: _Final[_groups.Cid6041Code]
ViewAndLateralityMarkerIsOffImage: _Final[_groups.Cid6041Code]
FlashIsNotNearEdgeOfFilm: _Final[_groups.Cid6041Code]
FlashIsIllegibleDoesNotFitOrIsLopsided: _Final[_groups.Cid6041Code]
FlashDoesnTIncludePatientNameAndAdditionalPatientId: _Final[_groups.Cid6041Code]
FlashDoesnTIncludeDateOfExamination: _Final[_groups.Cid6041Code]
FlashDoesnTIncludeFacilityNameAndLocation: _Final[_groups.Cid6041Code]
FlashDoesnTIncludeTechnologistIdentification: _Final[_groups.Cid6041Code]
FlashDoesnTIncludeCassetteScreenDetectorIdentification: _Final[_groups.Cid6041Code]
FlashDoesnTIncludeMammographyUnitIdentification: _Final[_groups.Cid6041Code]
DateStickerIsMissing: _Final[_groups.Cid6041Code]
TechnicalFactorsMissing: _Final[_groups.Cid6041Code]
CollimationTooCloseToBreast: _Final[_groups.Cid6041Code]
InadequateCompression: _Final[_groups.Cid6041Code]
MLOInsufficientPectoralMuscle: _Final[_groups.Cid6041Code]
MLONoFatIsVisualizedPosteriorToFibroglandularTissues: _Final[_groups.Cid6041Code]
MLOPoorSeparationOfDeepAndSuperficialBreastTissues: _Final[_groups.Cid6041Code]
MLOEvidenceOfMotionBlur: _Final[_groups.Cid6041Code]
MLOInframammaryFoldIsNotOpen: _Final[_groups.Cid6041Code]
CCNotAllMedialTissueVisualized: _Final[_groups.Cid6041Code]
CCNippleNotCenteredOnImage: _Final[_groups.Cid6041Code]
CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO: _Final[_groups.Cid6041Code]
NippleNotInProfile: _Final[_groups.Cid6041Code]
InsufficientImplantDisplacementIncorrect: _Final[_groups.Cid6041Code]
GridArtifacts: _Final[_groups.Cid6041Code]
Positioning: _Final[_groups.Cid6041Code]
MotionBlur: _Final[_groups.Cid6041Code]
UnderExposed: _Final[_groups.Cid6041Code]
OverExposed: _Final[_groups.Cid6041Code]
NoImage: _Final[_groups.Cid6041Code]
DetectorArtifacts: _Final[_groups.Cid6041Code]
ArtifactsOtherThanGridOrDetectorArtifact: _Final[_groups.Cid6041Code]
MechanicalFailure: _Final[_groups.Cid6041Code]
ElectricalFailure: _Final[_groups.Cid6041Code]
SoftwareFailure: _Final[_groups.Cid6041Code]
InappropriateImageProcessing: _Final[_groups.Cid6041Code]
OtherFailure: _Final[_groups.Cid6041Code]
UnknownFailure: _Final[_groups.Cid6041Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6041Code]]
