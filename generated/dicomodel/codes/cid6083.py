"""CID 6083 Procedures for Breast.

Extensible, version 20040112, UID 1.2.840.10008.6.1.405.
Includes CID 6050, CID 6084, CID 6085.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6083
NAME: _Final[str] = "Procedures for Breast"
KEYWORD: _Final[str | None] = "ProceduresForBreast"
UID: _Final[str | None] = "1.2.840.10008.6.1.405"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = (6050, 6084, 6085)
EXTERNAL_SCHEME: _Final[str | None] = None

NippleDischargeCytology: _Final[_Code] = _Code(
    "DCM", "111564", "Nipple discharge cytology", (6083,)
)
"""Nipple discharge cytology (DCM 111564)."""

FilmScreenMammography: _Final[_Code] = _Code("DCM", "111408", "Film Screen Mammography", (6050,))
"""Film Screen Mammography (DCM 111408). Included from CID 6050."""

UltrasonographyOfBreast: _Final[_Code] = _Code(
    "SCT", "47079000", "Ultrasonography of breast", (6050,)
)
"""Ultrasonography of breast (SCT 47079000). Included from CID 6050."""

MRIOfBreast: _Final[_Code] = _Code("SCT", "241615005", "MRI of breast", (6029, 6050))
"""MRI of breast (SCT 241615005). Included from CID 6050."""

PreBiopsyLocalizationOfBreastLesion: _Final[_Code] = _Code(
    "SCT", "237380007", "Pre-biopsy localization of breast lesion", (6050,)
)
"""Pre-biopsy localization of breast lesion (SCT 237380007). Included from CID 6050."""

FineNeedleAspirationOfBreast: _Final[_Code] = _Code(
    "SCT", "387736007", "Fine needle aspiration of breast", (6050,)
)
"""Fine needle aspiration of breast (SCT 387736007). Included from CID 6050."""

DiagnosticAspirationOfBreastCyst: _Final[_Code] = _Code(
    "SCT", "287572003", "Diagnostic aspiration of breast cyst", (6050,)
)
"""Diagnostic aspiration of breast cyst (SCT 287572003). Included from CID 6050."""

CoreNeedleBiopsyOfBreast: _Final[_Code] = _Code(
    "SCT", "44578009", "Core needle biopsy of breast", (6050,)
)
"""Core needle biopsy of breast (SCT 44578009). Included from CID 6050."""

BreastSurgicalBiopsy: _Final[_Code] = _Code("SCT", "274331003", "Breast - surgical biopsy", (6050,))
"""Breast - surgical biopsy (SCT 274331003). Included from CID 6050."""

MammaryDuctogram: _Final[_Code] = _Code("SCT", "18102001", "Mammary ductogram", (6029, 6050))
"""Mammary ductogram (SCT 18102001). Included from CID 6050."""

CTOfBreast: _Final[_Code] = _Code("SCT", "241539009", "CT of breast", (6050,))
"""CT of breast (SCT 241539009). Included from CID 6050."""

RadionuclideLocalizationOfTumorLimitedArea: _Final[_Code] = _Code(
    "SCT", "66377006", "Radionuclide localization of tumor, limited area", (6050,)
)
"""Radionuclide localization of tumor, limited area (SCT 66377006). Included from CID 6050."""

SpecimenRadiographyOfBreast: _Final[_Code] = _Code(
    "SCT", "80865008", "Specimen radiography of breast", (6050,)
)
"""Specimen radiography of breast (SCT 80865008). Included from CID 6050."""

ExaminationOfBreast: _Final[_Code] = _Code("SCT", "46662001", "Examination of breast", (6050,))
"""Examination of breast (SCT 46662001). Included from CID 6050."""

SurgicalConsult: _Final[_Code] = _Code("DCM", "111410", "Surgical consult", (6028, 6050))
"""Surgical consult (DCM 111410). Included from CID 6050."""

MammographyCAD: _Final[_Code] = _Code("DCM", "111411", "Mammography CAD", (6050,))
"""Mammography CAD (DCM 111411). Included from CID 6050."""

SentinelLymphNodeBiopsy: _Final[_Code] = _Code(
    "SCT", "396487001", "Sentinel lymph node biopsy", (6050,)
)
"""Sentinel lymph node biopsy (SCT 396487001). Included from CID 6050."""

RadioisotopeScanOfLymphaticSystem: _Final[_Code] = _Code(
    "SCT", "169167001", "Radioisotope scan of lymphatic system", (6050,)
)
"""Radioisotope scan of lymphatic system (SCT 169167001). Included from CID 6050."""

MarkerPlacement: _Final[_Code] = _Code("DCM", "111123", "Marker placement", (6050, 6061))
"""Marker placement (DCM 111123). Included from CID 6050."""

InsertionOfCatheter: _Final[_Code] = _Code("SCT", "45211000", "Insertion of catheter", (9, 6050))
"""Insertion of catheter (SCT 45211000). Included from CID 6050."""

BreastBilateralMammogram: _Final[_Code] = _Code(
    "LN", "36626-0", "breast - bilateral mammogram", (6050,)
)
"""breast - bilateral mammogram (LN 36626-0). Included from CID 6050."""

BreastBilateralMr: _Final[_Code] = _Code("LN", "30795-9", "breast - bilateral mr", (6050,))
"""breast - bilateral mr (LN 30795-9). Included from CID 6050."""

BreastBilateralMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36150-1", "breast - bilateral mr w contrast iv", (6050,)
)
"""breast - bilateral mr w contrast iv (LN 36150-1). Included from CID 6050."""

BreastBilateralMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36277-2", "breast - bilateral mr wo and w contrast iv", (6050,)
)
"""breast - bilateral mr wo and w contrast iv (LN 36277-2). Included from CID 6050."""

BreastFfdMammogram: _Final[_Code] = _Code("LN", "46342-2", "breast ffd mammogram", (6050,))
"""breast ffd mammogram (LN 46342-2). Included from CID 6050."""

BreastLeftMammogram: _Final[_Code] = _Code("LN", "36627-8", "breast - left mammogram", (6050,))
"""breast - left mammogram (LN 36627-8). Included from CID 6050."""

BreastLeftMr: _Final[_Code] = _Code("LN", "35954-7", "breast - left mr", (6050,))
"""breast - left mr (LN 35954-7). Included from CID 6050."""

BreastLeftMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36151-9", "breast - left mr w contrast iv", (6050,)
)
"""breast - left mr w contrast iv (LN 36151-9). Included from CID 6050."""

BreastLeftMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36278-0", "breast - left mr wo and w contrast iv", (6050,)
)
"""breast - left mr wo and w contrast iv (LN 36278-0). Included from CID 6050."""

BreastMrWContrastIv: _Final[_Code] = _Code("LN", "36149-3", "breast mr w contrast iv", (6050,))
"""breast mr w contrast iv (LN 36149-3). Included from CID 6050."""

BreastMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36276-4", "breast mr wo and w contrast iv", (6050,)
)
"""breast mr wo and w contrast iv (LN 36276-4). Included from CID 6050."""

BreastRightMammogram: _Final[_Code] = _Code("LN", "37774-7", "breast - right mammogram", (6050,))
"""breast - right mammogram (LN 37774-7). Included from CID 6050."""

BreastRightMr: _Final[_Code] = _Code("LN", "35955-4", "breast - right mr", (6050,))
"""breast - right mr (LN 35955-4). Included from CID 6050."""

BreastRightMrWContrastIv: _Final[_Code] = _Code(
    "LN", "36152-7", "breast - right mr w contrast iv", (6050,)
)
"""breast - right mr w contrast iv (LN 36152-7). Included from CID 6050."""

BreastRightMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "36279-8", "breast - right mr wo and w contrast iv", (6050,)
)
"""breast - right mr wo and w contrast iv (LN 36279-8). Included from CID 6050."""

BreastUnilateralMammogram: _Final[_Code] = _Code(
    "LN", "46339-8", "breast - unilateral mammogram", (6050,)
)
"""breast - unilateral mammogram (LN 46339-8). Included from CID 6050."""

BreastUnilateralMr: _Final[_Code] = _Code("LN", "46299-4", "breast - unilateral mr", (6050,))
"""breast - unilateral mr (LN 46299-4). Included from CID 6050."""

BreastUnilateralMrWContrastIv: _Final[_Code] = _Code(
    "LN", "46323-2", "breast - unilateral mr w contrast iv", (6050,)
)
"""breast - unilateral mr w contrast iv (LN 46323-2). Included from CID 6050."""

BreastUnilateralMrWoAndWContrastIv: _Final[_Code] = _Code(
    "LN", "43528-9", "breast - unilateral mr wo and w contrast iv", (6050,)
)
"""breast - unilateral mr wo and w contrast iv (LN 43528-9). Included from CID 6050."""

BreastUnilateralMrWoContrast: _Final[_Code] = _Code(
    "LN", "46333-1", "breast - unilateral mr wo contrast", (6050,)
)
"""breast - unilateral mr wo contrast (LN 46333-1). Included from CID 6050."""

WholeBodyCt: _Final[_Code] = _Code("LN", "46305-9", "whole body ct", (646, 6050))
"""whole body ct (LN 46305-9). Included from CID 6050."""

WholeBodyPtWRncIv: _Final[_Code] = _Code(
    "LN", "44139-4", "whole body pt w rnc iv", (100, 646, 6050)
)
"""whole body pt w rnc iv (LN 44139-4). Included from CID 6050."""

BreastProsthesisInsertion: _Final[_Code] = _Code(
    "SCT", "302343007", "Breast prosthesis insertion", (6084,)
)
"""Breast prosthesis insertion (SCT 302343007). Included from CID 6084."""

ReductionMammoplasty: _Final[_Code] = _Code(
    "SCT", "59214008", "Reduction mammoplasty", (6051, 6084)
)
"""Reduction mammoplasty (SCT 59214008). Included from CID 6084."""

BreastReconstruction: _Final[_Code] = _Code("SCT", "33496007", "Breast reconstruction", (6084,))
"""Breast reconstruction (SCT 33496007). Included from CID 6084."""

RemovalOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "27315000", "Removal of breast implant", (6084,)
)
"""Removal of breast implant (SCT 27315000). Included from CID 6084."""

Chemotherapy: _Final[_Code] = _Code("SCT", "367336001", "Chemotherapy", (6085,))
"""Chemotherapy (SCT 367336001). Included from CID 6085."""

RadiationTherapy: _Final[_Code] = _Code("SCT", "108290001", "Radiation therapy", (6085,))
"""Radiation therapy (SCT 108290001). Included from CID 6085."""

HormoneTherapy: _Final[_Code] = _Code("SCT", "169413002", "Hormone therapy", (6085,))
"""Hormone therapy (SCT 169413002). Included from CID 6085."""

BoneMarrowTransplant: _Final[_Code] = _Code("SCT", "23719005", "Bone marrow transplant", (6085,))
"""Bone marrow transplant (SCT 23719005). Included from CID 6085."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NippleDischargeCytology,
    FilmScreenMammography,
    UltrasonographyOfBreast,
    MRIOfBreast,
    PreBiopsyLocalizationOfBreastLesion,
    FineNeedleAspirationOfBreast,
    DiagnosticAspirationOfBreastCyst,
    CoreNeedleBiopsyOfBreast,
    BreastSurgicalBiopsy,
    MammaryDuctogram,
    CTOfBreast,
    RadionuclideLocalizationOfTumorLimitedArea,
    SpecimenRadiographyOfBreast,
    ExaminationOfBreast,
    SurgicalConsult,
    MammographyCAD,
    SentinelLymphNodeBiopsy,
    RadioisotopeScanOfLymphaticSystem,
    MarkerPlacement,
    InsertionOfCatheter,
    BreastBilateralMammogram,
    BreastBilateralMr,
    BreastBilateralMrWContrastIv,
    BreastBilateralMrWoAndWContrastIv,
    BreastFfdMammogram,
    BreastLeftMammogram,
    BreastLeftMr,
    BreastLeftMrWContrastIv,
    BreastLeftMrWoAndWContrastIv,
    BreastMrWContrastIv,
    BreastMrWoAndWContrastIv,
    BreastRightMammogram,
    BreastRightMr,
    BreastRightMrWContrastIv,
    BreastRightMrWoAndWContrastIv,
    BreastUnilateralMammogram,
    BreastUnilateralMr,
    BreastUnilateralMrWContrastIv,
    BreastUnilateralMrWoAndWContrastIv,
    BreastUnilateralMrWoContrast,
    WholeBodyCt,
    WholeBodyPtWRncIv,
    BreastProsthesisInsertion,
    ReductionMammoplasty,
    BreastReconstruction,
    RemovalOfBreastImplant,
    Chemotherapy,
    RadiationTherapy,
    HormoneTherapy,
    BoneMarrowTransplant,
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
