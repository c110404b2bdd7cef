"""CID 6030 Mammography Pathology Code.

Extensible, version 20020904, UID 1.2.840.10008.6.1.360.
Includes CID 6031, CID 6032, CID 6033.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6030
NAME: _Final[str] = "Mammography Pathology Code"
KEYWORD: _Final[str | None] = "MammographyPathologyCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.360"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = (6031, 6032, 6033)
EXTERNAL_SCHEME: _Final[str | None] = None

Abscess: _Final[_Code] = _Code("SCT", "44132006", "Abscess", (6031, 7159))
"""Abscess (SCT 44132006). Included from CID 6031."""

Adenosis: _Final[_Code] = _Code("SCT", "57597008", "Adenosis", (6031,))
"""Adenosis (SCT 57597008). Included from CID 6031."""

Adenoma: _Final[_Code] = _Code("SCT", "1187375007", "Adenoma", (6031,))
"""Adenoma (SCT 1187375007). Included from CID 6031."""

Adenolipoma: _Final[_Code] = _Code("SCT", "22024005", "Adenolipoma", (6031,))
"""Adenolipoma (SCT 22024005). Included from CID 6031."""

ApocrineMetaplasia: _Final[_Code] = _Code("SCT", "81274009", "Apocrine Metaplasia", (6031,))
"""Apocrine Metaplasia (SCT 81274009). Included from CID 6031."""

Adenomyoepithelioma: _Final[_Code] = _Code("SCT", "128765009", "Adenomyoepithelioma", (6031,))
"""Adenomyoepithelioma (SCT 128765009). Included from CID 6031."""

Amyloid: _Final[_Code] = _Code("SCT", "37279009", "Amyloid (tumor)", (6031,))
"""Amyloid (tumor) (SCT 37279009). Included from CID 6031."""

NormalAxillaryNode: _Final[_Code] = _Code("DCM", "111251", "Normal axillary node", (6031,))
"""Normal axillary node (DCM 111251). Included from CID 6031."""

Angiolipoma: _Final[_Code] = _Code("SCT", "73219006", "Angiolipoma", (6031,))
"""Angiolipoma (SCT 73219006). Included from CID 6031."""

AxillaryNodeWithCalcifications: _Final[_Code] = _Code(
    "DCM", "111252", "Axillary node with calcifications", (6031,)
)
"""Axillary node with calcifications (DCM 111252). Included from CID 6031."""

Angiomatosis: _Final[_Code] = _Code("SCT", "14350002", "Angiomatosis", (6031,))
"""Angiomatosis (SCT 14350002). Included from CID 6031."""

AxillaryNodeHyperplasia: _Final[_Code] = _Code(
    "DCM", "111253", "Axillary node hyperplasia", (6031,)
)
"""Axillary node hyperplasia (DCM 111253). Included from CID 6031."""

AsynchronousInvolutionOfBreast: _Final[_Code] = _Code(
    "SCT", "130963002", "Asynchronous involution of breast", (6031,)
)
"""Asynchronous involution of breast (SCT 130963002). Included from CID 6031."""

CystOfBreast: _Final[_Code] = _Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002). Included from CID 6031."""

BenignCystWithBlood: _Final[_Code] = _Code("DCM", "111255", "Benign cyst with blood", (6031,))
"""Benign cyst with blood (DCM 111255). Included from CID 6031."""

BenignCalcifications: _Final[_Code] = _Code("DCM", "111256", "Benign Calcifications", (6031,))
"""Benign Calcifications (DCM 111256). Included from CID 6031."""

Chondroma: _Final[_Code] = _Code("SCT", "31186001", "Chondroma", (6031,))
"""Chondroma (SCT 31186001). Included from CID 6031."""

IntracysticPapilloma: _Final[_Code] = _Code("SCT", "47488001", "Intracystic papilloma", (6031,))
"""Intracystic papilloma (SCT 47488001). Included from CID 6031."""

DuctalAdenoma: _Final[_Code] = _Code("DCM", "111258", "Ductal adenoma", (6031,))
"""Ductal adenoma (DCM 111258). Included from CID 6031."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009). Included from CID 6031."""

DiabeticFibrousMastopathy: _Final[_Code] = _Code(
    "DCM", "111259", "Diabetic fibrous mastopathy", (6031,)
)
"""Diabetic fibrous mastopathy (DCM 111259). Included from CID 6031."""

DuctalHyperplasiaUsual: _Final[_Code] = _Code(
    "SCT", "67617000", "Ductal hyperplasia, Usual", (6031,)
)
"""Ductal hyperplasia, Usual (SCT 67617000). Included from CID 6031."""

ExtraAbdominalDesmoid: _Final[_Code] = _Code("SCT", "47284001", "Extra abdominal desmoid", (6031,))
"""Extra abdominal desmoid (SCT 47284001). Included from CID 6031."""

EctopicAccessoryBreastTissue: _Final[_Code] = _Code(
    "SCT", "1896004", "Ectopic (accessory) breast tissue", (6031,)
)
"""Ectopic (accessory) breast tissue (SCT 1896004). Included from CID 6031."""

EpidermalInclusionCyst: _Final[_Code] = _Code(
    "SCT", "419670003", "Epidermal inclusion cyst", (6031,)
)
"""Epidermal inclusion cyst (SCT 419670003). Included from CID 6031."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002). Included from CID 6031."""

Fibroadenoma: _Final[_Code] = _Code("SCT", "254845004", "Fibroadenoma", (6031,))
"""Fibroadenoma (SCT 254845004). Included from CID 6031."""

FibroadenomatoidHyperplasia: _Final[_Code] = _Code(
    "DCM", "111263", "Fibroadenomatoid hyperplasia", (6031,)
)
"""Fibroadenomatoid hyperplasia (DCM 111263). Included from CID 6031."""

Fibroadenolipoma: _Final[_Code] = _Code("DCM", "111264", "Fibroadenolipoma", (6031,))
"""Fibroadenolipoma (DCM 111264). Included from CID 6031."""

ForeignBody: _Final[_Code] = _Code("SCT", "37058002", "Foreign body (reaction)", (6031,))
"""Foreign body (reaction) (SCT 37058002). Included from CID 6031."""

FibrocysticDiseaseOfBreast: _Final[_Code] = _Code(
    "SCT", "27431007", "Fibrocystic disease of breast", (6031,)
)
"""Fibrocystic disease of breast (SCT 27431007). Included from CID 6031."""

FocalFibrosis: _Final[_Code] = _Code("SCT", "45559001", "Focal fibrosis", (6031,))
"""Focal fibrosis (SCT 45559001). Included from CID 6031."""

Fibromatosis: _Final[_Code] = _Code("SCT", "19928005", "Fibromatosis", (6031,))
"""Fibromatosis (SCT 19928005). Included from CID 6031."""

FatNecrosisOfBreast: _Final[_Code] = _Code("SCT", "21381006", "Fat necrosis of breast", (6031,))
"""Fat necrosis of breast (SCT 21381006). Included from CID 6031."""

Galactocele: _Final[_Code] = _Code("SCT", "42385006", "Galactocele", (6031,))
"""Galactocele (SCT 42385006). Included from CID 6031."""

GranularCellTumor: _Final[_Code] = _Code("SCT", "12169001", "Granular cell tumor", (6031,))
"""Granular cell tumor (SCT 12169001). Included from CID 6031."""

GiantFibroadenoma: _Final[_Code] = _Code("SCT", "34882000", "Giant fibroadenoma", (6031,))
"""Giant fibroadenoma (SCT 34882000). Included from CID 6031."""

Gynecomastia: _Final[_Code] = _Code("SCT", "4754008", "Gynecomastia", (6031,))
"""Gynecomastia (SCT 4754008). Included from CID 6031."""

Hamartoma: _Final[_Code] = _Code("SCT", "51398009", "Hamartoma", (6031,))
"""Hamartoma (SCT 51398009). Included from CID 6031."""

Hemangioma: _Final[_Code] = _Code("SCT", "400210000", "Hemangioma", (3810, 6031))
"""Hemangioma (SCT 400210000). Included from CID 6031."""

HemangiomaOfSubcutaneousTissue: _Final[_Code] = _Code(
    "SCT", "93473009", "Hemangioma of subcutaneous tissue", (6031,)
)
"""Hemangioma of subcutaneous tissue (SCT 93473009). Included from CID 6031."""

HemangiomaVenous: _Final[_Code] = _Code("SCT", "56468002", "Hemangioma - venous", (6031,))
"""Hemangioma - venous (SCT 56468002). Included from CID 6031."""

Hematoma: _Final[_Code] = _Code("SCT", "35566002", "Hematoma", (6031,))
"""Hematoma (SCT 35566002). Included from CID 6031."""

HyperplasiaUsual: _Final[_Code] = _Code("SCT", "76197007", "Hyperplasia, usual", (3802, 3815, 6031))
"""Hyperplasia, usual (SCT 76197007). Included from CID 6031."""

InfarctionOfBreast: _Final[_Code] = _Code("SCT", "77296004", "Infarction of breast", (6031,))
"""Infarction of breast (SCT 77296004). Included from CID 6031."""

Inflammation: _Final[_Code] = _Code("SCT", "409774005", "Inflammation", (6031, 7159))
"""Inflammation (SCT 409774005). Included from CID 6031."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008). Included from CID 6031."""

IntraductalPapilloma: _Final[_Code] = _Code("SCT", "5244003", "Intraductal papilloma", (6031,))
"""Intraductal papilloma (SCT 5244003). Included from CID 6031."""

JuvenileFibroadenoma: _Final[_Code] = _Code("SCT", "46212000", "Juvenile fibroadenoma", (6031,))
"""Juvenile fibroadenoma (SCT 46212000). Included from CID 6031."""

JuvenilePapillomatosis: _Final[_Code] = _Code("DCM", "111277", "Juvenile papillomatosis", (6031,))
"""Juvenile papillomatosis (DCM 111277). Included from CID 6031."""

LactatingAdenoma: _Final[_Code] = _Code("SCT", "128651002", "Lactating adenoma", (6031,))
"""Lactating adenoma (SCT 128651002). Included from CID 6031."""

Lipoma: _Final[_Code] = _Code("SCT", "134328007", "Lipoma", (6031, 6201))
"""Lipoma (SCT 134328007). Included from CID 6031."""

LactationalChange: _Final[_Code] = _Code("DCM", "111279", "Lactational change", (6031,))
"""Lactational change (DCM 111279). Included from CID 6031."""

BreastLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "6703006", "Breast lobular hyperplasia", (6031,)
)
"""Breast lobular hyperplasia (SCT 6703006). Included from CID 6031."""

Leiomyoma: _Final[_Code] = _Code("SCT", "1162890002", "Leiomyoma", (6031,))
"""Leiomyoma (SCT 1162890002). Included from CID 6031."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001). Included from CID 6031."""

LargeDuctPapilloma: _Final[_Code] = _Code("DCM", "111281", "Large duct papilloma", (6031,))
"""Large duct papilloma (DCM 111281). Included from CID 6031."""

ThrombophlebitisOfBreastMondorDisease: _Final[_Code] = _Code(
    "SCT", "69954004", "Thrombophlebitis of breast (Mondor's disease)", (6031,)
)
"""Thrombophlebitis of breast (Mondor's disease) (SCT 69954004). Included from CID 6031."""

Myofibroblastoma: _Final[_Code] = _Code("SCT", "128738002", "Myofibroblastoma", (6031,))
"""Myofibroblastoma (SCT 128738002). Included from CID 6031."""

MicroglandularAdenosis: _Final[_Code] = _Code("DCM", "111284", "Microglandular adenosis", (6031,))
"""Microglandular adenosis (DCM 111284). Included from CID 6031."""

MultipleIntraductalPapillomas: _Final[_Code] = _Code(
    "DCM", "111285", "Multiple Intraductal Papillomas", (6031,)
)
"""Multiple Intraductal Papillomas (DCM 111285). Included from CID 6031."""

NoAbnormality: _Final[_Code] = _Code("DCM", "111286", "No abnormality", (6031,))
"""No abnormality (DCM 111286). Included from CID 6031."""

NormalBreastTissue: _Final[_Code] = _Code("DCM", "111287", "Normal breast tissue", (6031, 6057))
"""Normal breast tissue (DCM 111287). Included from CID 6031."""

Neurofibroma: _Final[_Code] = _Code("SCT", "404029005", "Neurofibroma", (6031,))
"""Neurofibroma (SCT 404029005). Included from CID 6031."""

Neurofibromatosis: _Final[_Code] = _Code("SCT", "81669005", "Neurofibromatosis", (6031,))
"""Neurofibromatosis (SCT 81669005). Included from CID 6031."""

BenignNeoplasmOfNippleOfFemaleBreastNippleAdenoma: _Final[_Code] = _Code(
    "SCT", "92248004", "Benign neoplasm of nipple of female breast (Nipple adenoma)", (6031,)
)
"""Benign neoplasm of nipple of female breast (Nipple adenoma) (SCT 92248004). Included from CID 6031."""

OilCyst: _Final[_Code] = _Code("DCM", "111290", "Oil cyst (fat necrosis cyst)", (6031,))
"""Oil cyst (fat necrosis cyst) (DCM 111290). Included from CID 6031."""

Papilloma: _Final[_Code] = _Code("SCT", "711329002", "Papilloma", (6031,))
"""Papilloma (SCT 711329002). Included from CID 6031."""

PleomorphicAdenoma: _Final[_Code] = _Code("SCT", "8360001", "Pleomorphic adenoma", (6031,))
"""Pleomorphic adenoma (SCT 8360001). Included from CID 6031."""

PostReductionMammoplasty: _Final[_Code] = _Code(
    "DCM", "111291", "Post reduction mammoplasty", (6031,)
)
"""Post reduction mammoplasty (DCM 111291). Included from CID 6031."""

PseudoangiomatousStromalHyperplasia: _Final[_Code] = _Code(
    "DCM", "111292", "Pseudoangiomatous stromal hyperplasia", (6031,)
)
"""Pseudoangiomatous stromal hyperplasia (DCM 111292). Included from CID 6031."""

RadialScar: _Final[_Code] = _Code("SCT", "133855003", "Radial scar", (6031,))
"""Radial scar (SCT 133855003). Included from CID 6031."""

SclerosingAdenosis: _Final[_Code] = _Code("SCT", "50916005", "Sclerosing adenosis", (6031,))
"""Sclerosing adenosis (SCT 50916005). Included from CID 6031."""

Seroma: _Final[_Code] = _Code("SCT", "56021002", "Seroma", (6031,))
"""Seroma (SCT 56021002). Included from CID 6031."""

SiliconeGranuloma: _Final[_Code] = _Code("DCM", "111296", "Silicone granuloma", (6031,))
"""Silicone granuloma (DCM 111296). Included from CID 6031."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6031."""

TubularAdenoma: _Final[_Code] = _Code("SCT", "444408007", "Tubular adenoma", (6031,))
"""Tubular adenoma (SCT 444408007). Included from CID 6031."""

VirginalHyperplasia: _Final[_Code] = _Code("DCM", "111298", "Virginal hyperplasia", (6031,))
"""Virginal hyperplasia (DCM 111298). Included from CID 6031."""

AtypicalIntraductalHyperplasia: _Final[_Code] = _Code(
    "SCT", "6660000", "Atypical intraductal hyperplasia", (6032,)
)
"""Atypical intraductal hyperplasia (SCT 6660000). Included from CID 6032."""

AtypicalLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "33889003", "Atypical lobular hyperplasia", (6032,)
)
"""Atypical lobular hyperplasia (SCT 33889003). Included from CID 6032."""

LobularCarcinomaInSituOfBreast: _Final[_Code] = _Code(
    "SCT", "109888004", "Lobular carcinoma in situ of breast", (6032,)
)
"""Lobular carcinoma in situ of breast (SCT 109888004). Included from CID 6032."""

PeripheralDuctPapillomas: _Final[_Code] = _Code(
    "DCM", "111299", "Peripheral duct papillomas", (6032,)
)
"""Peripheral duct papillomas (DCM 111299). Included from CID 6032."""

PhyllodesTumor: _Final[_Code] = _Code("SCT", "71232009", "Phyllodes tumor", (6032,))
"""Phyllodes tumor (SCT 71232009). Included from CID 6032."""

AdenoidCysticCarcinoma: _Final[_Code] = _Code(
    "SCT", "11671000", "Adenoid cystic carcinoma", (6033,)
)
"""Adenoid cystic carcinoma (SCT 11671000). Included from CID 6033."""

AxillaryNodeWithLymphoma: _Final[_Code] = _Code(
    "DCM", "111300", "Axillary node with lymphoma", (6033,)
)
"""Axillary node with lymphoma (DCM 111300). Included from CID 6033."""

AxillaryNodalMetastases: _Final[_Code] = _Code(
    "DCM", "111301", "Axillary nodal metastases", (6033,)
)
"""Axillary nodal metastases (DCM 111301). Included from CID 6033."""

ApocrineAdenocarcinoma: _Final[_Code] = _Code("SCT", "57141000", "Apocrine adenocarcinoma", (6033,))
"""Apocrine adenocarcinoma (SCT 57141000). Included from CID 6033."""

Angiosarcoma: _Final[_Code] = _Code("SCT", "39000009", "Angiosarcoma", (6033,))
"""Angiosarcoma (SCT 39000009). Included from CID 6033."""

BasalCellCarcinomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111307", "Basal cell carcinoma of nipple", (6033,)
)
"""Basal cell carcinoma of nipple (DCM 111307). Included from CID 6033."""

BloodVesselVascularInvasion: _Final[_Code] = _Code(
    "DCM", "111303", "Blood vessel (vascular) invasion", (6033,)
)
"""Blood vessel (vascular) invasion (DCM 111303). Included from CID 6033."""

MucinousAdenocarcinomaColloidCarcinoma: _Final[_Code] = _Code(
    "SCT", "72495009", "Mucinous adenocarcinoma (Colloid carcinoma)", (6033,)
)
"""Mucinous adenocarcinoma (Colloid carcinoma) (SCT 72495009). Included from CID 6033."""

CarcinomaInChildren: _Final[_Code] = _Code("DCM", "111304", "Carcinoma in children", (6033,))
"""Carcinoma in children (DCM 111304). Included from CID 6033."""

Chondrosarcoma: _Final[_Code] = _Code("SCT", "1163016002", "Chondrosarcoma", (6033,))
"""Chondrosarcoma (SCT 1163016002). Included from CID 6033."""

CarcinomaInEctopicBreast: _Final[_Code] = _Code(
    "DCM", "111305", "Carcinoma in ectopic breast", (6033,)
)
"""Carcinoma in ectopic breast (DCM 111305). Included from CID 6033."""

CarcinomaWithEndocrineDifferentiation: _Final[_Code] = _Code(
    "DCM", "111306", "Carcinoma with endocrine differentiation", (6033,)
)
"""Carcinoma with endocrine differentiation (DCM 111306). Included from CID 6033."""

Comedocarcinoma: _Final[_Code] = _Code("SCT", "78197004", "Comedocarcinoma (intraductal)", (6033,))
"""Comedocarcinoma (intraductal) (SCT 78197004). Included from CID 6033."""

CarcinomaInSituOfMaleBreast: _Final[_Code] = _Code(
    "SCT", "92652009", "Carcinoma in situ of male breast", (6033,)
)
"""Carcinoma in situ of male breast (SCT 92652009). Included from CID 6033."""

CarcinomaWithMetaplasia: _Final[_Code] = _Code(
    "SCT", "22694002", "Carcinoma with metaplasia", (6033,)
)
"""Carcinoma with metaplasia (SCT 22694002). Included from CID 6033."""

CartilaginousAndOsseousChange: _Final[_Code] = _Code(
    "DCM", "111309", "Cartilaginous and osseous change", (6033,)
)
"""Cartilaginous and osseous change (DCM 111309). Included from CID 6033."""

CarcinomaInPregnancyAndLactation: _Final[_Code] = _Code(
    "DCM", "111310", "Carcinoma in pregnancy and lactation", (6033,)
)
"""Carcinoma in pregnancy and lactation (DCM 111310). Included from CID 6033."""

Carcinosarcoma: _Final[_Code] = _Code("SCT", "63264007", "Carcinosarcoma", (639, 6033))
"""Carcinosarcoma (SCT 63264007). Included from CID 6033."""

IntraductalComedocarcinomaWithNecrosis: _Final[_Code] = _Code(
    "DCM", "111312", "Intraductal comedocarcinoma with necrosis", (6033,)
)
"""Intraductal comedocarcinoma with necrosis (DCM 111312). Included from CID 6033."""

IntraductalCarcinomaHighGrade: _Final[_Code] = _Code(
    "DCM", "111341", "Intraductal carcinoma, high grade", (6033,)
)
"""Intraductal carcinoma, high grade (DCM 111341). Included from CID 6033."""

IntraductalCarcinomaLowGrade: _Final[_Code] = _Code(
    "DCM", "111313", "Intraductal carcinoma, low grade", (6033,)
)
"""Intraductal carcinoma, low grade (DCM 111313). Included from CID 6033."""

IntraductalCarcinomaMicroPapillary: _Final[_Code] = _Code(
    "SCT", "128696009", "Intraductal carcinoma micro-papillary", (6033,)
)
"""Intraductal carcinoma micro-papillary (SCT 128696009). Included from CID 6033."""

Fibrosarcoma: _Final[_Code] = _Code("SCT", "53654007", "Fibrosarcoma", (639, 6033))
"""Fibrosarcoma (SCT 53654007). Included from CID 6033."""

GlycogenRichCarcinoma: _Final[_Code] = _Code("SCT", "74280008", "Glycogen-rich carcinoma", (6033,))
"""Glycogen-rich carcinoma (SCT 74280008). Included from CID 6033."""

Hemangiopericytoma: _Final[_Code] = _Code("SCT", "128736003", "Hemangiopericytoma", (6033,))
"""Hemangiopericytoma (SCT 128736003). Included from CID 6033."""

HodgkinLymphoma: _Final[_Code] = _Code("SCT", "1163005009", "Hodgkin's lymphoma", (6033,))
"""Hodgkin's lymphoma (SCT 1163005009). Included from CID 6033."""

InvasiveCribriformCarcinoma: _Final[_Code] = _Code(
    "SCT", "30156004", "Invasive cribriform carcinoma", (6033,)
)
"""Invasive cribriform carcinoma (SCT 30156004). Included from CID 6033."""

IntracysticPapillaryCarcinoma: _Final[_Code] = _Code(
    "DCM", "111315", "Intracystic papillary carcinoma", (6033,)
)
"""Intracystic papillary carcinoma (DCM 111315). Included from CID 6033."""

InfiltratingDuctCarcinoma: _Final[_Code] = _Code(
    "SCT", "82711006", "Infiltrating duct carcinoma", (6033,)
)
"""Infiltrating duct carcinoma (SCT 82711006). Included from CID 6033."""

InvasiveAndInSituCarcinoma: _Final[_Code] = _Code(
    "DCM", "111316", "Invasive and in-situ carcinoma", (6033,)
)
"""Invasive and in-situ carcinoma (DCM 111316). Included from CID 6033."""

InvasiveLobularCarcinoma: _Final[_Code] = _Code(
    "SCT", "89740008", "Invasive lobular carcinoma", (6033,)
)
"""Invasive lobular carcinoma (SCT 89740008). Included from CID 6033."""

InflammatoryCarcinoma: _Final[_Code] = _Code("SCT", "32968003", "Inflammatory carcinoma", (6033,))
"""Inflammatory carcinoma (SCT 32968003). Included from CID 6033."""

PapillaryCarcinoma: _Final[_Code] = _Code(
    "SCT", "25910003", "Papillary carcinoma (invasive)", (6033,)
)
"""Papillary carcinoma (invasive) (SCT 25910003). Included from CID 6033."""

LeukemicInfiltration: _Final[_Code] = _Code("DCM", "111318", "Leukemic infiltration", (6033,))
"""Leukemic infiltration (DCM 111318). Included from CID 6033."""

Leiomyosarcoma: _Final[_Code] = _Code("SCT", "1163022006", "Leiomyosarcoma", (6033,))
"""Leiomyosarcoma (SCT 1163022006). Included from CID 6033."""

Liposarcoma: _Final[_Code] = _Code("SCT", "1162815008", "Liposarcoma", (6033,))
"""Liposarcoma (SCT 1162815008). Included from CID 6033."""

LipidRichLipidSecretingCarcinoma: _Final[_Code] = _Code(
    "SCT", "3839000", "Lipid-rich (lipid-secreting) carcinoma", (6033,)
)
"""Lipid-rich (lipid-secreting) carcinoma (SCT 3839000). Included from CID 6033."""

LympathicVesselInvasion: _Final[_Code] = _Code(
    "DCM", "111320", "Lympathic vessel invasion", (6033,)
)
"""Lympathic vessel invasion (DCM 111320). Included from CID 6033."""

Lymphoma: _Final[_Code] = _Code("SCT", "1163043007", "Lymphoma", (6033,))
"""Lymphoma (SCT 1163043007). Included from CID 6033."""

OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases: _Final[_Code] = _Code(
    "DCM", "111322", "Occult carcinoma presenting with axillary lymph node metastases", (6033,)
)
"""Occult carcinoma presenting with axillary lymph node metastases (DCM 111322). Included from CID 6033."""

MetastaticCancerToTheBreast: _Final[_Code] = _Code(
    "DCM", "111323", "Metastatic cancer to the breast", (6033,)
)
"""Metastatic cancer to the breast (DCM 111323). Included from CID 6033."""

MetastaticCancerToTheBreastFromTheColon: _Final[_Code] = _Code(
    "DCM", "111324", "Metastatic cancer to the breast from the colon", (6033,)
)
"""Metastatic cancer to the breast from the colon (DCM 111324). Included from CID 6033."""

MetastaticCancerToTheBreastFromTheLung: _Final[_Code] = _Code(
    "DCM", "111325", "Metastatic cancer to the breast from the lung", (6033,)
)
"""Metastatic cancer to the breast from the lung (DCM 111325). Included from CID 6033."""

MetastaticMelanomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111326", "Metastatic melanoma to the breast", (6033,)
)
"""Metastatic melanoma to the breast (DCM 111326). Included from CID 6033."""

MetastaticCancerToTheBreastFromTheOvary: _Final[_Code] = _Code(
    "DCM", "111327", "Metastatic cancer to the breast from the ovary", (6033,)
)
"""Metastatic cancer to the breast from the ovary (DCM 111327). Included from CID 6033."""

MetastaticSarcomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111328", "Metastatic sarcoma to the breast", (6033,)
)
"""Metastatic sarcoma to the breast (DCM 111328). Included from CID 6033."""

MedullaryCarcinoma: _Final[_Code] = _Code("SCT", "32913002", "Medullary carcinoma", (6033,))
"""Medullary carcinoma (SCT 32913002). Included from CID 6033."""

MultifocalIntraductalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111329", "Multifocal intraductal carcinoma", (6033,)
)
"""Multifocal intraductal carcinoma (DCM 111329). Included from CID 6033."""

MetastaticDiseaseToAxillaryNode: _Final[_Code] = _Code(
    "DCM", "111330", "Metastatic disease to axillary node", (6033,)
)
"""Metastatic disease to axillary node (DCM 111330). Included from CID 6033."""

MalignantFibrousHistiocytoma: _Final[_Code] = _Code(
    "SCT", "34360000", "Malignant fibrous histiocytoma", (6033,)
)
"""Malignant fibrous histiocytoma (SCT 34360000). Included from CID 6033."""

MultifocalInvasiveDuctalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111332", "Multifocal invasive ductal carcinoma", (6033,)
)
"""Multifocal invasive ductal carcinoma (DCM 111332). Included from CID 6033."""

MetastasisToAnIntramammaryLymphNode: _Final[_Code] = _Code(
    "DCM", "111333", "Metastasis to an intramammary lymph node", (6033,)
)
"""Metastasis to an intramammary lymph node (DCM 111333). Included from CID 6033."""

MalignantMelanomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111334", "Malignant melanoma of nipple", (6033,)
)
"""Malignant melanoma of nipple (DCM 111334). Included from CID 6033."""

NonHodgkinLymphoma: _Final[_Code] = _Code("SCT", "1172592001", "Non-Hodgkin's lymphoma", (6033,))
"""Non-Hodgkin's lymphoma (SCT 1172592001). Included from CID 6033."""

NeoplasmOfTheMammarySkin: _Final[_Code] = _Code(
    "SCT", "126510002", "Neoplasm of the mammary skin", (6033,)
)
"""Neoplasm of the mammary skin (SCT 126510002). Included from CID 6033."""

Osteosarcoma: _Final[_Code] = _Code("SCT", "1163405004", "Osteosarcoma", (639, 6033))
"""Osteosarcoma (SCT 1163405004). Included from CID 6033."""

PapillaryCarcinomaInSitu: _Final[_Code] = _Code(
    "SCT", "10376009", "Papillary carcinoma in-situ", (6033,)
)
"""Papillary carcinoma in-situ (SCT 10376009). Included from CID 6033."""

PagetDiseaseMammary: _Final[_Code] = _Code(
    "SCT", "2985005", "Paget's disease, mammary (of the nipple)", (6033,)
)
"""Paget's disease, mammary (of the nipple) (SCT 2985005). Included from CID 6033."""

Plasmacytoma: _Final[_Code] = _Code("SCT", "1187107005", "Plasmacytoma", (6033,))
"""Plasmacytoma (SCT 1187107005). Included from CID 6033."""

PhyllodesTumorMalignant: _Final[_Code] = _Code(
    "SCT", "87913009", "Phyllodes tumor, malignant", (6033,)
)
"""Phyllodes tumor, malignant (SCT 87913009). Included from CID 6033."""

RecurrentMalignancy: _Final[_Code] = _Code("DCM", "111338", "Recurrent malignancy", (6033,))
"""Recurrent malignancy (DCM 111338). Included from CID 6033."""

SignetRingCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "87737001", "Signet ring cell carcinoma", (6033,)
)
"""Signet ring cell carcinoma (SCT 87737001). Included from CID 6033."""

SquamousCellCarcinomaOfTheNipple: _Final[_Code] = _Code(
    "DCM", "111340", "Squamous cell carcinoma of the nipple", (6033,)
)
"""Squamous cell carcinoma of the nipple (DCM 111340). Included from CID 6033."""

SpindleCellNodule: _Final[_Code] = _Code("SCT", "110451006", "Spindle cell nodule (tumor)", (6033,))
"""Spindle cell nodule (tumor) (SCT 110451006). Included from CID 6033."""

SecretoryJuvenileCarcinomaOfTheBreast: _Final[_Code] = _Code(
    "SCT", "41919003", "Secretory (juvenile) carcinoma of the breast", (6033,)
)
"""Secretory (juvenile) carcinoma of the breast (SCT 41919003). Included from CID 6033."""

SquamousCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162767002", "Squamous cell carcinoma", (639, 6033)
)
"""Squamous cell carcinoma (SCT 1162767002). Included from CID 6033."""

TubularAdenocarcinoma: _Final[_Code] = _Code("SCT", "4631006", "Tubular adenocarcinoma", (6033,))
"""Tubular adenocarcinoma (SCT 4631006). Included from CID 6033."""

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
    AtypicalIntraductalHyperplasia,
    AtypicalLobularHyperplasia,
    LobularCarcinomaInSituOfBreast,
    PeripheralDuctPapillomas,
    PhyllodesTumor,
    AdenoidCysticCarcinoma,
    AxillaryNodeWithLymphoma,
    AxillaryNodalMetastases,
    ApocrineAdenocarcinoma,
    Angiosarcoma,
    BasalCellCarcinomaOfNipple,
    BloodVesselVascularInvasion,
    MucinousAdenocarcinomaColloidCarcinoma,
    CarcinomaInChildren,
    Chondrosarcoma,
    CarcinomaInEctopicBreast,
    CarcinomaWithEndocrineDifferentiation,
    Comedocarcinoma,
    CarcinomaInSituOfMaleBreast,
    CarcinomaWithMetaplasia,
    CartilaginousAndOsseousChange,
    CarcinomaInPregnancyAndLactation,
    Carcinosarcoma,
    IntraductalComedocarcinomaWithNecrosis,
    IntraductalCarcinomaHighGrade,
    IntraductalCarcinomaLowGrade,
    IntraductalCarcinomaMicroPapillary,
    Fibrosarcoma,
    GlycogenRichCarcinoma,
    Hemangiopericytoma,
    HodgkinLymphoma,
    InvasiveCribriformCarcinoma,
    IntracysticPapillaryCarcinoma,
    InfiltratingDuctCarcinoma,
    InvasiveAndInSituCarcinoma,
    InvasiveLobularCarcinoma,
    InflammatoryCarcinoma,
    PapillaryCarcinoma,
    LeukemicInfiltration,
    Leiomyosarcoma,
    Liposarcoma,
    LipidRichLipidSecretingCarcinoma,
    LympathicVesselInvasion,
    Lymphoma,
    OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases,
    MetastaticCancerToTheBreast,
    MetastaticCancerToTheBreastFromTheColon,
    MetastaticCancerToTheBreastFromTheLung,
    MetastaticMelanomaToTheBreast,
    MetastaticCancerToTheBreastFromTheOvary,
    MetastaticSarcomaToTheBreast,
    MedullaryCarcinoma,
    MultifocalIntraductalCarcinoma,
    MetastaticDiseaseToAxillaryNode,
    MalignantFibrousHistiocytoma,
    MultifocalInvasiveDuctalCarcinoma,
    MetastasisToAnIntramammaryLymphNode,
    MalignantMelanomaOfNipple,
    NonHodgkinLymphoma,
    NeoplasmOfTheMammarySkin,
    Osteosarcoma,
    PapillaryCarcinomaInSitu,
    PagetDiseaseMammary,
    Plasmacytoma,
    PhyllodesTumorMalignant,
    RecurrentMalignancy,
    SignetRingCellCarcinoma,
    SquamousCellCarcinomaOfTheNipple,
    SpindleCellNodule,
    SecretoryJuvenileCarcinomaOfTheBreast,
    SquamousCellCarcinoma,
    TubularAdenocarcinoma,
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
