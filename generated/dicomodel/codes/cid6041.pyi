"""CID 6041 Mammography Image Quality Finding.

Extensible, version 20020904, UID 1.2.840.10008.6.1.371.

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
ViewAndLateralityMarkerIsMissing: _Final[_Code]
ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality: _Final[_Code]
ViewAndLateralityMarkerDoesNotHaveApprovedCodes: _Final[_Code]
ViewAndLateralityMarkerIsNotNearTheAxilla: _Final[_Code]
ViewAndLateralityMarkerOverlapsBreastTissue: _Final[_Code]
ViewAndLateralityMarkerIsPartiallyObscured: _Final[_Code]
ViewAndLateralityMarkerIsIncorrect: _Final[_Code]
ViewAndLateralityMarkerIsOffImage: _Final[_Code]
FlashIsNotNearEdgeOfFilm: _Final[_Code]
FlashIsIllegibleDoesNotFitOrIsLopsided: _Final[_Code]
FlashDoesnTIncludePatientNameAndAdditionalPatientId: _Final[_Code]
FlashDoesnTIncludeDateOfExamination: _Final[_Code]
FlashDoesnTIncludeFacilityNameAndLocation: _Final[_Code]
FlashDoesnTIncludeTechnologistIdentification: _Final[_Code]
FlashDoesnTIncludeCassetteScreenDetectorIdentification: _Final[_Code]
FlashDoesnTIncludeMammographyUnitIdentification: _Final[_Code]
DateStickerIsMissing: _Final[_Code]
TechnicalFactorsMissing: _Final[_Code]
CollimationTooCloseToBreast: _Final[_Code]
InadequateCompression: _Final[_Code]
MLOInsufficientPectoralMuscle: _Final[_Code]
MLONoFatIsVisualizedPosteriorToFibroglandularTissues: _Final[_Code]
MLOPoorSeparationOfDeepAndSuperficialBreastTissues: _Final[_Code]
MLOEvidenceOfMotionBlur: _Final[_Code]
MLOInframammaryFoldIsNotOpen: _Final[_Code]
CCNotAllMedialTissueVisualized: _Final[_Code]
CCNippleNotCenteredOnImage: _Final[_Code]
CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO: _Final[_Code]
NippleNotInProfile: _Final[_Code]
InsufficientImplantDisplacementIncorrect: _Final[_Code]
GridArtifacts: _Final[_Code]
Positioning: _Final[_Code]
MotionBlur: _Final[_Code]
UnderExposed: _Final[_Code]
OverExposed: _Final[_Code]
NoImage: _Final[_Code]
DetectorArtifacts: _Final[_Code]
ArtifactsOtherThanGridOrDetectorArtifact: _Final[_Code]
MechanicalFailure: _Final[_Code]
ElectricalFailure: _Final[_Code]
SoftwareFailure: _Final[_Code]
InappropriateImageProcessing: _Final[_Code]
OtherFailure: _Final[_Code]
UnknownFailure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
