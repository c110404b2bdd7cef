"""CID 6031 Benign Pathology Code from BI-RADS®.

Extensible, version 20230630, UID 1.2.840.10008.6.1.361.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6031
NAME: _Final[str] = "Benign Pathology Code from BI-RADS®"
KEYWORD: _Final[str | None] = "BenignPathologyCodeFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.361"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Abscess: _Final[_Code] = _Code("SCT", "44132006", "Abscess", (6031, 7159))
"""Abscess (SCT 44132006)."""

Adenosis: _Final[_Code] = _Code("SCT", "57597008", "Adenosis", (6031,))
"""Adenosis (SCT 57597008)."""

Adenoma: _Final[_Code] = _Code("SCT", "1187375007", "Adenoma", (6031,))
"""Adenoma (SCT 1187375007)."""

Adenolipoma: _Final[_Code] = _Code("SCT", "22024005", "Adenolipoma", (6031,))
"""Adenolipoma (SCT 22024005)."""

ApocrineMetaplasia: _Final[_Code] = _Code("SCT", "81274009", "Apocrine Metaplasia", (6031,))
"""Apocrine Metaplasia (SCT 81274009)."""

Adenomyoepithelioma: _Final[_Code] = _Code("SCT", "128765009", "Adenomyoepithelioma", (6031,))
"""Adenomyoepithelioma (SCT 128765009)."""

Amyloid: _Final[_Code] = _Code("SCT", "37279009", "Amyloid (tumor)", (6031,))
"""Amyloid (tumor) (SCT 37279009)."""

NormalAxillaryNode: _Final[_Code] = _Code("DCM", "111251", "Normal axillary node", (6031,))
"""Normal axillary node (DCM 111251)."""

Angiolipoma: _Final[_Code] = _Code("SCT", "73219006", "Angiolipoma", (6031,))
"""Angiolipoma (SCT 73219006)."""

AxillaryNodeWithCalcifications: _Final[_Code] = _Code(
    "DCM", "111252", "Axillary node with calcifications", (6031,)
)
"""Axillary node with calcifications (DCM 111252)."""

Angiomatosis: _Final[_Code] = _Code("SCT", "14350002", "Angiomatosis", (6031,))
"""Angiomatosis (SCT 14350002)."""

AxillaryNodeHyperplasia: _Final[_Code] = _Code(
    "DCM", "111253", "Axillary node hyperplasia", (6031,)
)
"""Axillary node hyperplasia (DCM 111253)."""

AsynchronousInvolutionOfBreast: _Final[_Code] = _Code(
    "SCT", "130963002", "Asynchronous involution of breast", (6031,)
)
"""Asynchronous involution of breast (SCT 130963002)."""

CystOfBreast: _Final[_Code] = _Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002)."""

BenignCystWithBlood: _Final[_Code] = _Code("DCM", "111255", "Benign cyst with blood", (6031,))
"""Benign cyst with blood (DCM 111255)."""

BenignCalcifications: _Final[_Code] = _Code("DCM", "111256", "Benign Calcifications", (6031,))
"""Benign Calcifications (DCM 111256)."""

Chondroma: _Final[_Code] = _Code("SCT", "31186001", "Chondroma", (6031,))
"""Chondroma (SCT 31186001)."""

IntracysticPapilloma: _Final[_Code] = _Code("SCT", "47488001", "Intracystic papilloma", (6031,))
"""Intracystic papilloma (SCT 47488001)."""

DuctalAdenoma: _Final[_Code] = _Code("DCM", "111258", "Ductal adenoma", (6031,))
"""Ductal adenoma (DCM 111258)."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

DiabeticFibrousMastopathy: _Final[_Code] = _Code(
    "DCM", "111259", "Diabetic fibrous mastopathy", (6031,)
)
"""Diabetic fibrous mastopathy (DCM 111259)."""

DuctalHyperplasiaUsual: _Final[_Code] = _Code(
    "SCT", "67617000", "Ductal hyperplasia, Usual", (6031,)
)
"""Ductal hyperplasia, Usual (SCT 67617000)."""

ExtraAbdominalDesmoid: _Final[_Code] = _Code("SCT", "47284001", "Extra abdominal desmoid", (6031,))
"""Extra abdominal desmoid (SCT 47284001)."""

EctopicAccessoryBreastTissue: _Final[_Code] = _Code(
    "SCT", "1896004", "Ectopic (accessory) breast tissue", (6031,)
)
"""Ectopic (accessory) breast tissue (SCT 1896004)."""

EpidermalInclusionCyst: _Final[_Code] = _Code(
    "SCT", "419670003", "Epidermal inclusion cyst", (6031,)
)
"""Epidermal inclusion cyst (SCT 419670003)."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002)."""

Fibroadenoma: _Final[_Code] = _Code("SCT", "254845004", "Fibroadenoma", (6031,))
"""Fibroadenoma (SCT 254845004)."""

FibroadenomatoidHyperplasia: _Final[_Code] = _Code(
    "DCM", "111263", "Fibroadenomatoid hyperplasia", (6031,)
)
"""Fibroadenomatoid hyperplasia (DCM 111263)."""

Fibroadenolipoma: _Final[_Code] = _Code("DCM", "111264", "Fibroadenolipoma", (6031,))
"""Fibroadenolipoma (DCM 111264)."""

ForeignBody: _Final[_Code] = _Code("SCT", "37058002", "Foreign body (reaction)", (6031,))
"""Foreign body (reaction) (SCT 37058002)."""

FibrocysticDiseaseOfBreast: _Final[_Code] = _Code(
    "SCT", "27431007", "Fibrocystic disease of breast", (6031,)
)
"""Fibrocystic disease of breast (SCT 27431007)."""

FocalFibrosis: _Final[_Code] = _Code("SCT", "45559001", "Focal fibrosis", (6031,))
"""Focal fibrosis (SCT 45559001)."""

Fibromatosis: _Final[_Code] = _Code("SCT", "19928005", "Fibromatosis", (6031,))
"""Fibromatosis (SCT 19928005)."""

FatNecrosisOfBreast: _Final[_Code] = _Code("SCT", "21381006", "Fat necrosis of breast", (6031,))
"""Fat necrosis of breast (SCT 21381006)."""

Galactocele: _Final[_Code] = _Code("SCT", "42385006", "Galactocele", (6031,))
"""Galactocele (SCT 42385006)."""

GranularCellTumor: _Final[_Code] = _Code("SCT", "12169001", "Granular cell tumor", (6031,))
"""Granular cell tumor (SCT 12169001)."""

GiantFibroadenoma: _Final[_Code] = _Code("SCT", "34882000", "Giant fibroadenoma", (6031,))
"""Giant fibroadenoma (SCT 34882000)."""

Gynecomastia: _Final[_Code] = _Code("SCT", "4754008", "Gynecomastia", (6031,))
"""Gynecomastia (SCT 4754008)."""

Hamartoma: _Final[_Code] = _Code("SCT", "51398009", "Hamartoma", (6031,))
"""Hamartoma (SCT 51398009)."""

Hemangioma: _Final[_Code] = _Code("SCT", "400210000", "Hemangioma", (3810, 6031))
"""Hemangioma (SCT 400210000)."""

HemangiomaOfSubcutaneousTissue: _Final[_Code] = _Code(
    "SCT", "93473009", "Hemangioma of subcutaneous tissue", (6031,)
)
"""Hemangioma of subcutaneous tissue (SCT 93473009)."""

HemangiomaVenous: _Final[_Code] = _Code("SCT", "56468002", "Hemangioma - venous", (6031,))
"""Hemangioma - venous (SCT 56468002)."""

Hematoma: _Final[_Code] = _Code("SCT", "35566002", "Hematoma", (6031,))
"""Hematoma (SCT 35566002)."""

HyperplasiaUsual: _Final[_Code] = _Code("SCT", "76197007", "Hyperplasia, usual", (3802, 3815, 6031))
"""Hyperplasia, usual (SCT 76197007)."""

InfarctionOfBreast: _Final[_Code] = _Code("SCT", "77296004", "Infarction of breast", (6031,))
"""Infarction of breast (SCT 77296004)."""

Inflammation: _Final[_Code] = _Code("SCT", "409774005", "Inflammation", (6031, 7159))
"""Inflammation (SCT 409774005)."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008)."""

IntraductalPapilloma: _Final[_Code] = _Code("SCT", "5244003", "Intraductal papilloma", (6031,))
"""Intraductal papilloma (SCT 5244003)."""

JuvenileFibroadenoma: _Final[_Code] = _Code("SCT", "46212000", "Juvenile fibroadenoma", (6031,))
"""Juvenile fibroadenoma (SCT 46212000)."""

JuvenilePapillomatosis: _Final[_Code] = _Code("DCM", "111277", "Juvenile papillomatosis", (6031,))
"""Juvenile papillomatosis (DCM 111277)."""

LactatingAdenoma: _Final[_Code] = _Code("SCT", "128651002", "Lactating adenoma", (6031,))
"""Lactating adenoma (SCT 128651002)."""

Lipoma: _Final[_Code] = _Code("SCT", "134328007", "Lipoma", (6031, 6201))
"""Lipoma (SCT 134328007)."""

LactationalChange: _Final[_Code] = _Code("DCM", "111279", "Lactational change", (6031,))
"""Lactational change (DCM 111279)."""

BreastLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "6703006", "Breast lobular hyperplasia", (6031,)
)
"""Breast lobular hyperplasia (SCT 6703006)."""

Leiomyoma: _Final[_Code] = _Code("SCT", "1162890002", "Leiomyoma", (6031,))
"""Leiomyoma (SCT 1162890002)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

LargeDuctPapilloma: _Final[_Code] = _Code("DCM", "111281", "Large duct papilloma", (6031,))
"""Large duct papilloma (DCM 111281)."""

ThrombophlebitisOfBreastMondorDisease: _Final[_Code] = _Code(
    "SCT", "69954004", "Thrombophlebitis of breast (Mondor's disease)", (6031,)
)
"""Thrombophlebitis of breast (Mondor's disease) (SCT 69954004)."""

Myofibroblastoma: _Final[_Code] = _Code("SCT", "128738002", "Myofibroblastoma", (6031,))
"""Myofibroblastoma (SCT 128738002)."""

MicroglandularAdenosis: _Final[_Code] = _Code("DCM", "111284", "Microglandular adenosis", (6031,))
"""Microglandular adenosis (DCM 111284)."""

MultipleIntraductalPapillomas: _Final[_Code] = _Code(
    "DCM", "111285", "Multiple Intraductal Papillomas", (6031,)
)
"""Multiple Intraductal Papillomas (DCM 111285)."""

NoAbnormality: _Final[_Code] = _Code("DCM", "111286", "No abnormality", (6031,))
"""No abnormality (DCM 111286)."""

NormalBreastTissue: _Final[_Code] = _Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287)."""

Neurofibroma: _Final[_Code] = _Code("SCT", "404029005", "Neurofibroma", (6031,))
"""Neurofibroma (SCT 404029005)."""

Neurofibromatosis: _Final[_Code] = _Code("SCT", "81669005", "Neurofibromatosis", (6031,))
"""Neurofibromatosis (SCT 81669005)."""

BenignNeoplasmOfNippleOfFemaleBreastNippleAdenoma: _Final[_Code] = _Code(
    "SCT", "92248004", "Benign neoplasm of nipple of female breast (Nipple adenoma)", (6031,)
)
"""Benign neoplasm of nipple of female breast (Nipple adenoma) (SCT 92248004)."""

OilCyst: _Final[_Code] = _Code("DCM", "111290", "Oil cyst (fat necrosis cyst)", (6031,))
"""Oil cyst (fat necrosis cyst) (DCM 111290)."""

Papilloma: _Final[_Code] = _Code("SCT", "711329002", "Papilloma", (6031,))
"""Papilloma (SCT 711329002)."""

PleomorphicAdenoma: _Final[_Code] = _Code("SCT", "8360001", "Pleomorphic adenoma", (6031,))
"""Pleomorphic adenoma (SCT 8360001)."""

PostReductionMammoplasty: _Final[_Code] = _Code(
    "DCM", "111291", "Post reduction mammoplasty", (6031,)
)
"""Post reduction mammoplasty (DCM 111291)."""

PseudoangiomatousStromalHyperplasia: _Final[_Code] = _Code(
    "DCM", "111292", "Pseudoangiomatous stromal hyperplasia", (6031,)
)
"""Pseudoangiomatous stromal hyperplasia (DCM 111292)."""

RadialScar: _Final[_Code] = _Code("SCT", "133855003", "Radial scar", (6031,))
"""Radial scar (SCT 133855003)."""

SclerosingAdenosis: _Final[_Code] = _Code("SCT", "50916005", "Sclerosing adenosis", (6031,))
"""Sclerosing adenosis (SCT 50916005)."""

Seroma: _Final[_Code] = _Code("SCT", "56021002", "Seroma", (6031,))
"""Seroma (SCT 56021002)."""

SiliconeGranuloma: _Final[_Code] = _Code("DCM", "111296", "Silicone granuloma", (6031,))
"""Silicone granuloma (DCM 111296)."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003)."""

TubularAdenoma: _Final[_Code] = _Code("SCT", "444408007", "Tubular adenoma", (6031,))
"""Tubular adenoma (SCT 444408007)."""

VirginalHyperplasia: _Final[_Code] = _Code("DCM", "111298", "Virginal hyperplasia", (6031,))
"""Virginal hyperplasia (DCM 111298)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abscess,
    Adenosis,
    Adenoma,
    Adenolipoma,
    ApocrineMetaplasia,
    Adenomyoepithelioma,
    Amyloid,
    NormalAxillaryNode,
    Angiolipoma,
    AxillaryNodeWithCalcifications,
    Angiomatosis,
    AxillaryNodeHyperplasia,
    AsynchronousInvolutionOfBreast,
    CystOfBreast,
    BenignCystWithBlood,
    BenignCalcifications,
    Chondroma,
    IntracysticPapilloma,
    DuctalAdenoma,
    MammaryDuctEctasia,
    DiabeticFibrousMastopathy,
    DuctalHyperplasiaUsual,
    ExtraAbdominalDesmoid,
    EctopicAccessoryBreastTissue,
    EpidermalInclusionCyst,
    Edema,
    Fibroadenoma,
    FibroadenomatoidHyperplasia,
    Fibroadenolipoma,
    ForeignBody,
    FibrocysticDiseaseOfBreast,
    FocalFibrosis,
    Fibromatosis,
    FatNecrosisOfBreast,
    Galactocele,
    GranularCellTumor,
    GiantFibroadenoma,
    Gynecomastia,
    Hamartoma,
    Hemangioma,
    HemangiomaOfSubcutaneousTissue,
    HemangiomaVenous,
    Hematoma,
    HyperplasiaUsual,
    InfarctionOfBreast,
    Inflammation,
    IntramammaryLymphNode,
    IntraductalPapilloma,
    JuvenileFibroadenoma,
    JuvenilePapillomatosis,
    LactatingAdenoma,
    Lipoma,
    LactationalChange,
    BreastLobularHyperplasia,
    Leiomyoma,
    LymphNode,
    LargeDuctPapilloma,
    ThrombophlebitisOfBreastMondorDisease,
    Myofibroblastoma,
    MicroglandularAdenosis,
    MultipleIntraductalPapillomas,
    NoAbnormality,
    NormalBreastTissue,
    Neurofibroma,
    Neurofibromatosis,
    BenignNeoplasmOfNippleOfFemaleBreastNippleAdenoma,
    OilCyst,
    Papilloma,
    PleomorphicAdenoma,
    PostReductionMammoplasty,
    PseudoangiomatousStromalHyperplasia,
    RadialScar,
    SclerosingAdenosis,
    Seroma,
    SiliconeGranuloma,
    ScarTissue,
    TubularAdenoma,
    VirginalHyperplasia,
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
