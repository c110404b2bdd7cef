"""CID 6041 Mammography Image Quality Finding.

Extensible, version 20020904, UID 1.2.840.10008.6.1.371.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6041
NAME: _Final[str] = "Mammography Image Quality Finding"
KEYWORD: _Final[str | None] = "MammographyImageQualityFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.371"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ViewAndLateralityMarkerIsMissing: _Final[_Code] = _Code(
    "DCM", "111177", "View and Laterality Marker is missing", (6041,)
)
"""View and Laterality Marker is missing (DCM 111177)."""

ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality: _Final[_Code] = _Code(
    "DCM", "111178", "View and Laterality Marker does not have both view and laterality", (6041,)
)
"""View and Laterality Marker does not have both view and laterality (DCM 111178)."""

ViewAndLateralityMarkerDoesNotHaveApprovedCodes: _Final[_Code] = _Code(
    "DCM", "111179", "View and Laterality Marker does not have approved codes", (6041,)
)
"""View and Laterality Marker does not have approved codes (DCM 111179)."""

ViewAndLateralityMarkerIsNotNearTheAxilla: _Final[_Code] = _Code(
    "DCM", "111180", "View and Laterality Marker is not near the axilla", (6041,)
)
"""View and Laterality Marker is not near the axilla (DCM 111180)."""

ViewAndLateralityMarkerOverlapsBreastTissue: _Final[_Code] = _Code(
    "DCM", "111181", "View and Laterality Marker overlaps breast tissue", (6041,)
)
"""View and Laterality Marker overlaps breast tissue (DCM 111181)."""

ViewAndLateralityMarkerIsPartiallyObscured: _Final[_Code] = _Code(
    "DCM", "111182", "View and Laterality Marker is partially obscured", (6041,)
)
"""View and Laterality Marker is partially obscured (DCM 111182)."""

ViewAndLateralityMarkerIsIncorrect: _Final[_Code] = _Code(
    "DCM", "111183", "View and Laterality Marker is incorrect", (6041,)
)
"""View and Laterality Marker is incorrect (DCM 111183)."""

ViewAndLateralityMarkerIsOffImage: _Final[_Code] = _Code(
    "DCM", "111184", "View and Laterality Marker is off image", (6041,)
)
"""View and Laterality Marker is off image (DCM 111184)."""

FlashIsNotNearEdgeOfFilm: _Final[_Code] = _Code(
    "DCM", "111185", "Flash is not near edge of film", (6041,)
)
"""Flash is not near edge of film (DCM 111185)."""

FlashIsIllegibleDoesNotFitOrIsLopsided: _Final[_Code] = _Code(
    "DCM", "111186", "Flash is illegible, does not fit, or is lopsided", (6041,)
)
"""Flash is illegible, does not fit, or is lopsided (DCM 111186)."""

FlashDoesnTIncludePatientNameAndAdditionalPatientId: _Final[_Code] = _Code(
    "DCM", "111187", "Flash doesn't include patient name and additional patient id", (6041,)
)
"""Flash doesn't include patient name and additional patient id (DCM 111187)."""

FlashDoesnTIncludeDateOfExamination: _Final[_Code] = _Code(
    "DCM", "111188", "Flash doesn't include date of examination", (6041,)
)
"""Flash doesn't include date of examination (DCM 111188)."""

FlashDoesnTIncludeFacilityNameAndLocation: _Final[_Code] = _Code(
    "DCM", "111189", "Flash doesn't include facility name and location", (6041,)
)
"""Flash doesn't include facility name and location (DCM 111189)."""

FlashDoesnTIncludeTechnologistIdentification: _Final[_Code] = _Code(
    "DCM", "111190", "Flash doesn't include technologist identification", (6041,)
)
"""Flash doesn't include technologist identification (DCM 111190)."""

FlashDoesnTIncludeCassetteScreenDetectorIdentification: _Final[_Code] = _Code(
    "DCM", "111191", "Flash doesn't include cassette/screen/detector identification", (6041,)
)
"""Flash doesn't include cassette/screen/detector identification (DCM 111191)."""

FlashDoesnTIncludeMammographyUnitIdentification: _Final[_Code] = _Code(
    "DCM", "111192", "Flash doesn't include mammography unit identification", (6041,)
)
"""Flash doesn't include mammography unit identification (DCM 111192)."""

DateStickerIsMissing: _Final[_Code] = _Code("DCM", "111193", "Date sticker is missing", (6041,))
"""Date sticker is missing (DCM 111193)."""

TechnicalFactorsMissing: _Final[_Code] = _Code(
    "DCM", "111194", "Technical factors missing", (6041,)
)
"""Technical factors missing (DCM 111194)."""

CollimationTooCloseToBreast: _Final[_Code] = _Code(
    "DCM", "111195", "Collimation too close to breast", (6041,)
)
"""Collimation too close to breast (DCM 111195)."""

InadequateCompression: _Final[_Code] = _Code("DCM", "111196", "Inadequate compression", (6041,))
"""Inadequate compression (DCM 111196)."""

MLOInsufficientPectoralMuscle: _Final[_Code] = _Code(
    "DCM", "111197", "MLO Insufficient pectoral muscle", (6041,)
)
"""MLO Insufficient pectoral muscle (DCM 111197)."""

MLONoFatIsVisualizedPosteriorToFibroglandularTissues: _Final[_Code] = _Code(
    "DCM", "111198", "MLO No fat is visualized posterior to fibroglandular tissues", (6041,)
)
"""MLO No fat is visualized posterior to fibroglandular tissues (DCM 111198)."""

MLOPoorSeparationOfDeepAndSuperficialBreastTissues: _Final[_Code] = _Code(
    "DCM", "111199", "MLO Poor separation of deep and superficial breast tissues", (6041,)
)
"""MLO Poor separation of deep and superficial breast tissues (DCM 111199)."""

MLOEvidenceOfMotionBlur: _Final[_Code] = _Code(
    "DCM", "111200", "MLO Evidence of motion blur", (6041,)
)
"""MLO Evidence of motion blur (DCM 111200)."""

MLOInframammaryFoldIsNotOpen: _Final[_Code] = _Code(
    "DCM", "111201", "MLO Inframammary fold is not open", (6041,)
)
"""MLO Inframammary fold is not open (DCM 111201)."""

CCNotAllMedialTissueVisualized: _Final[_Code] = _Code(
    "DCM", "111202", "CC Not all medial tissue visualized", (6041,)
)
"""CC Not all medial tissue visualized (DCM 111202)."""

CCNippleNotCenteredOnImage: _Final[_Code] = _Code(
    "DCM", "111203", "CC Nipple not centered on image", (6041,)
)
"""CC Nipple not centered on image (DCM 111203)."""

CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO: _Final[_Code] = _Code(
    "DCM", "111204", "CC Posterior nipple line does not measure within 1 cm of MLO", (6041,)
)
"""CC Posterior nipple line does not measure within 1 cm of MLO (DCM 111204)."""

NippleNotInProfile: _Final[_Code] = _Code("DCM", "111205", "Nipple not in profile", (6041,))
"""Nipple not in profile (DCM 111205)."""

InsufficientImplantDisplacementIncorrect: _Final[_Code] = _Code(
    "DCM", "111206", "Insufficient implant displacement incorrect", (6041,)
)
"""Insufficient implant displacement incorrect (DCM 111206)."""

GridArtifacts: _Final[_Code] = _Code("DCM", "111208", "Grid artifact(s)", (6041, 6135, 7011))
"""Grid artifact(s) (DCM 111208)."""

Positioning: _Final[_Code] = _Code("DCM", "111209", "Positioning", (4222, 6041, 6135, 7011))
"""Positioning (DCM 111209)."""

MotionBlur: _Final[_Code] = _Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

UnderExposed: _Final[_Code] = _Code("DCM", "111211", "Under exposed", (6041, 6135, 7011))
"""Under exposed (DCM 111211)."""

OverExposed: _Final[_Code] = _Code("DCM", "111212", "Over exposed", (6041, 6135, 7011))
"""Over exposed (DCM 111212)."""

NoImage: _Final[_Code] = _Code("DCM", "111213", "No image", (6041, 6135, 7011))
"""No image (DCM 111213)."""

DetectorArtifacts: _Final[_Code] = _Code(
    "DCM", "111214", "Detector artifact(s)", (6041, 6135, 7011)
)
"""Detector artifact(s) (DCM 111214)."""

ArtifactsOtherThanGridOrDetectorArtifact: _Final[_Code] = _Code(
    "DCM", "111215", "Artifact(s) other than grid or detector artifact", (6041, 6135, 7011)
)
"""Artifact(s) other than grid or detector artifact (DCM 111215)."""

MechanicalFailure: _Final[_Code] = _Code("DCM", "111216", "Mechanical failure", (6041, 6135, 7011))
"""Mechanical failure (DCM 111216)."""

ElectricalFailure: _Final[_Code] = _Code("DCM", "111217", "Electrical failure", (6041, 6135, 7011))
"""Electrical failure (DCM 111217)."""

SoftwareFailure: _Final[_Code] = _Code("DCM", "111218", "Software failure", (6041, 6135, 7011))
"""Software failure (DCM 111218)."""

InappropriateImageProcessing: _Final[_Code] = _Code(
    "DCM", "111219", "Inappropriate image processing", (6041, 6135, 7011)
)
"""Inappropriate image processing (DCM 111219)."""

OtherFailure: _Final[_Code] = _Code("DCM", "111220", "Other failure", (6041, 6135, 7011))
"""Other failure (DCM 111220)."""

UnknownFailure: _Final[_Code] = _Code("DCM", "111221", "Unknown failure", (6041, 6135, 7011))
"""Unknown failure (DCM 111221)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ViewAndLateralityMarkerIsMissing,
    ViewAndLateralityMarkerDoesNotHaveBothViewAndLaterality,
    ViewAndLateralityMarkerDoesNotHaveApprovedCodes,
    ViewAndLateralityMarkerIsNotNearTheAxilla,
    ViewAndLateralityMarkerOverlapsBreastTissue,
    ViewAndLateralityMarkerIsPartiallyObscured,
    ViewAndLateralityMarkerIsIncorrect,
    ViewAndLateralityMarkerIsOffImage,
    FlashIsNotNearEdgeOfFilm,
    FlashIsIllegibleDoesNotFitOrIsLopsided,
    FlashDoesnTIncludePatientNameAndAdditionalPatientId,
    FlashDoesnTIncludeDateOfExamination,
    FlashDoesnTIncludeFacilityNameAndLocation,
    FlashDoesnTIncludeTechnologistIdentification,
    FlashDoesnTIncludeCassetteScreenDetectorIdentification,
    FlashDoesnTIncludeMammographyUnitIdentification,
    DateStickerIsMissing,
    TechnicalFactorsMissing,
    CollimationTooCloseToBreast,
    InadequateCompression,
    MLOInsufficientPectoralMuscle,
    MLONoFatIsVisualizedPosteriorToFibroglandularTissues,
    MLOPoorSeparationOfDeepAndSuperficialBreastTissues,
    MLOEvidenceOfMotionBlur,
    MLOInframammaryFoldIsNotOpen,
    CCNotAllMedialTissueVisualized,
    CCNippleNotCenteredOnImage,
    CCPosteriorNippleLineDoesNotMeasureWithin1cmOfMLO,
    NippleNotInProfile,
    InsufficientImplantDisplacementIncorrect,
    GridArtifacts,
    Positioning,
    MotionBlur,
    UnderExposed,
    OverExposed,
    NoImage,
    DetectorArtifacts,
    ArtifactsOtherThanGridOrDetectorArtifact,
    MechanicalFailure,
    ElectricalFailure,
    SoftwareFailure,
    InappropriateImageProcessing,
    OtherFailure,
    UnknownFailure,
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
