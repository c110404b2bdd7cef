"""CID 6054 Breast Imaging Finding.

Extensible, version 20050110, UID 1.2.840.10008.6.1.383.
Includes CID 6016, CID 6057, CID 6064.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6054
NAME: _Final[str] = "Breast Imaging Finding"
KEYWORD: _Final[str | None] = "BreastImagingFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.383"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050110"
INCLUDES: _Final[tuple[int, ...]] = (6016, 6057, 6064)
EXTERNAL_SCHEME: _Final[str | None] = None

BreastNormal: _Final[_Code] = _Code("SCT", "290084006", "Breast normal", (6054,))
"""Breast normal (SCT 290084006)."""

CalcificationOfBreast: _Final[_Code] = _Code("SCT", "309587003", "Calcification of breast", (6054,))
"""Calcification of breast (SCT 309587003)."""

Implant: _Final[_Code] = _Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003)."""

MassWithCalcifications: _Final[_Code] = _Code("DCM", "111459", "Mass with calcifications", (6016,))
"""Mass with calcifications (DCM 111459). Included from CID 6016."""

SelectedRegion: _Final[_Code] = _Code("DCM", "111099", "Selected region", (6014, 6101, 6201))
"""Selected region (DCM 111099). Included from CID 6014."""

BreastGeometry: _Final[_Code] = _Code("DCM", "111100", "Breast geometry", (6014,))
"""Breast geometry (DCM 111100). Included from CID 6014."""

ImageQuality: _Final[_Code] = _Code("DCM", "111101", "Image Quality", (6014, 6101, 6201))
"""Image Quality (DCM 111101). Included from CID 6014."""

NonLesion: _Final[_Code] = _Code("DCM", "111102", "Non-lesion", (6014, 6101, 6201))
"""Non-lesion (DCM 111102). Included from CID 6014."""

Nipple: _Final[_Code] = _Code("SCT", "24142002", "Nipple", (6014,))
"""Nipple (SCT 24142002). Included from CID 6014."""

MammographyBreastDensity: _Final[_Code] = _Code(
    "SCT", "129793001", "Mammography breast density", (6015,)
)
"""Mammography breast density (SCT 129793001). Included from CID 6015."""

IndividualCalcification: _Final[_Code] = _Code(
    "SCT", "129770007", "Individual Calcification", (6015,)
)
"""Individual Calcification (SCT 129770007). Included from CID 6015."""

CalcificationCluster: _Final[_Code] = _Code("SCT", "129769006", "Calcification Cluster", (6015,))
"""Calcification Cluster (SCT 129769006). Included from CID 6015."""

ArchitecturalDistortionOfBreast: _Final[_Code] = _Code(
    "SCT", "129792006", "Architectural distortion of breast", (6015,)
)
"""Architectural distortion of breast (SCT 129792006). Included from CID 6015."""

TubularDensity: _Final[_Code] = _Code("SCT", "129794007", "Tubular density", (6015,))
"""Tubular density (SCT 129794007). Included from CID 6015."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008). Included from CID 6015."""

TrabecularThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129795008", "Trabecular thickening of breast", (6015,)
)
"""Trabecular thickening of breast (SCT 129795008). Included from CID 6015."""

BreastComposition: _Final[_Code] = _Code(
    "SCT", "129715009", "Breast composition", (6015, 6052, 6053)
)
"""Breast composition (SCT 129715009). Included from CID 6015."""

SkinRetractionOfBreast: _Final[_Code] = _Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009). Included from CID 6015."""

SkinThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000). Included from CID 6015."""

AxillaryAdenopathy: _Final[_Code] = _Code("SCT", "127189005", "Axillary adenopathy", (6015,))
"""Axillary adenopathy (SCT 127189005). Included from CID 6015."""

SkinLesion: _Final[_Code] = _Code("SCT", "95324001", "Skin lesion", (6015,))
"""Skin lesion (SCT 95324001). Included from CID 6015."""

CooperLigamentChanges: _Final[_Code] = _Code("DCM", "111111", "Cooper's ligament changes", (6015,))
"""Cooper's ligament changes (DCM 111111). Included from CID 6015."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002). Included from CID 6015."""

MassInTheSkin: _Final[_Code] = _Code("DCM", "111112", "Mass in the skin", (6015,))
"""Mass in the skin (DCM 111112). Included from CID 6015."""

MassOnTheSkin: _Final[_Code] = _Code("DCM", "111113", "Mass on the skin", (6015,))
"""Mass on the skin (DCM 111113). Included from CID 6015."""

AxillaryLymphNode: _Final[_Code] = _Code("SCT", "68171009", "Axillary lymph node", (6015, 7600))
"""Axillary lymph node (SCT 68171009). Included from CID 6015."""

MammographicBreastMass: _Final[_Code] = _Code(
    "SCT", "129788004", "Mammographic breast mass", (6017,)
)
"""Mammographic breast mass (SCT 129788004). Included from CID 6017."""

FocalAsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129789007", "Focal asymmetric breast tissue", (6017,)
)
"""Focal asymmetric breast tissue (SCT 129789007). Included from CID 6017."""

AsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129790003", "Asymmetric breast tissue", (6017,)
)
"""Asymmetric breast tissue (SCT 129790003). Included from CID 6017."""

NormalBreastTissue: _Final[_Code] = _Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287). Included from CID 6057."""

IntraluminalFillingDefect: _Final[_Code] = _Code(
    "DCM", "111425", "Intraluminal filling defect", (6057,)
)
"""Intraluminal filling defect (DCM 111425). Included from CID 6057."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009). Included from CID 6057."""

MultipleFillingDefect: _Final[_Code] = _Code("DCM", "111426", "Multiple filling defect", (6057,))
"""Multiple filling defect (DCM 111426). Included from CID 6057."""

AbruptDuctTermination: _Final[_Code] = _Code("DCM", "111427", "Abrupt duct termination", (6057,))
"""Abrupt duct termination (DCM 111427). Included from CID 6057."""

Extravasation: _Final[_Code] = _Code("DCM", "111428", "Extravasation", (6057,))
"""Extravasation (DCM 111428). Included from CID 6057."""

DuctNarrowing: _Final[_Code] = _Code("DCM", "111429", "Duct narrowing", (6057,))
"""Duct narrowing (DCM 111429). Included from CID 6057."""

CystFill: _Final[_Code] = _Code("DCM", "111430", "Cyst fill", (6057,))
"""Cyst fill (DCM 111430). Included from CID 6057."""

UltrasoundScanNormal: _Final[_Code] = _Code("SCT", "169254007", "Ultrasound scan normal", (6064,))
"""Ultrasound scan normal (SCT 169254007). Included from CID 6064."""

CystOfBreast: _Final[_Code] = _Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002). Included from CID 6064."""

ComplexCyst: _Final[_Code] = _Code("DCM", "111460", "Complex cyst", (6064,))
"""Complex cyst (DCM 111460). Included from CID 6064."""

IntracysticLesion: _Final[_Code] = _Code("DCM", "111461", "Intracystic lesion", (6064,))
"""Intracystic lesion (DCM 111461). Included from CID 6064."""

SolidMass: _Final[_Code] = _Code("DCM", "111462", "Solid mass", (6064,))
"""Solid mass (DCM 111462). Included from CID 6064."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001). Included from CID 6064."""

SebaceousCystOfSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "76649007", "Sebaceous cyst of skin of breast", (6064,)
)
"""Sebaceous cyst of skin of breast (SCT 76649007). Included from CID 6064."""

ClusteredMicrocysts: _Final[_Code] = _Code("DCM", "111129", "Clustered microcysts", (6064,))
"""Clustered microcysts (DCM 111129). Included from CID 6064."""

ComplicatedCyst: _Final[_Code] = _Code("DCM", "111130", "Complicated cyst", (6064,))
"""Complicated cyst (DCM 111130). Included from CID 6064."""

ForeignBody: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008). Included from CID 6064."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BreastNormal,
    CalcificationOfBreast,
    Implant,
    MassWithCalcifications,
    SelectedRegion,
    BreastGeometry,
    ImageQuality,
    NonLesion,
    Nipple,
    MammographyBreastDensity,
    IndividualCalcification,
    CalcificationCluster,
    ArchitecturalDistortionOfBreast,
    TubularDensity,
    IntramammaryLymphNode,
    TrabecularThickeningOfBreast,
    BreastComposition,
    SkinRetractionOfBreast,
    SkinThickeningOfBreast,
    AxillaryAdenopathy,
    SkinLesion,
    CooperLigamentChanges,
    Edema,
    MassInTheSkin,
    MassOnTheSkin,
    AxillaryLymphNode,
    MammographicBreastMass,
    FocalAsymmetricBreastTissue,
    AsymmetricBreastTissue,
    NormalBreastTissue,
    IntraluminalFillingDefect,
    MammaryDuctEctasia,
    MultipleFillingDefect,
    AbruptDuctTermination,
    Extravasation,
    DuctNarrowing,
    CystFill,
    UltrasoundScanNormal,
    CystOfBreast,
    ComplexCyst,
    IntracysticLesion,
    SolidMass,
    LymphNode,
    SebaceousCystOfSkinOfBreast,
    ClusteredMicrocysts,
    ComplicatedCyst,
    ForeignBody,
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
