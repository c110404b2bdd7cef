"""CID 6033 Malignant Pathology Code from BI-RADS®.

Extensible, version 20230630, UID 1.2.840.10008.6.1.363.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6033
NAME: _Final[str] = "Malignant Pathology Code from BI-RADS®"
KEYWORD: _Final[str | None] = "MalignantPathologyCodeFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.363"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdenoidCysticCarcinoma: _Final[_Code] = _Code(
    "SCT", "11671000", "Adenoid cystic carcinoma", (6033,)
)
"""Adenoid cystic carcinoma (SCT 11671000)."""

AxillaryNodeWithLymphoma: _Final[_Code] = _Code(
    "DCM", "111300", "Axillary node with lymphoma", (6033,)
)
"""Axillary node with lymphoma (DCM 111300)."""

AxillaryNodalMetastases: _Final[_Code] = _Code(
    "DCM", "111301", "Axillary nodal metastases", (6033,)
)
"""Axillary nodal metastases (DCM 111301)."""

ApocrineAdenocarcinoma: _Final[_Code] = _Code("SCT", "57141000", "Apocrine adenocarcinoma", (6033,))
"""Apocrine adenocarcinoma (SCT 57141000)."""

Angiosarcoma: _Final[_Code] = _Code("SCT", "39000009", "Angiosarcoma", (6033,))
"""Angiosarcoma (SCT 39000009)."""

BasalCellCarcinomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111307", "Basal cell carcinoma of nipple", (6033,)
)
"""Basal cell carcinoma of nipple (DCM 111307)."""

BloodVesselVascularInvasion: _Final[_Code] = _Code(
    "DCM", "111303", "Blood vessel (vascular) invasion", (6033,)
)
"""Blood vessel (vascular) invasion (DCM 111303)."""

MucinousAdenocarcinomaColloidCarcinoma: _Final[_Code] = _Code(
    "SCT", "72495009", "Mucinous adenocarcinoma (Colloid carcinoma)", (6033,)
)
"""Mucinous adenocarcinoma (Colloid carcinoma) (SCT 72495009)."""

CarcinomaInChildren: _Final[_Code] = _Code("DCM", "111304", "Carcinoma in children", (6033,))
"""Carcinoma in children (DCM 111304)."""

Chondrosarcoma: _Final[_Code] = _Code("SCT", "1163016002", "Chondrosarcoma", (6033,))
"""Chondrosarcoma (SCT 1163016002)."""

CarcinomaInEctopicBreast: _Final[_Code] = _Code(
    "DCM", "111305", "Carcinoma in ectopic breast", (6033,)
)
"""Carcinoma in ectopic breast (DCM 111305)."""

CarcinomaWithEndocrineDifferentiation: _Final[_Code] = _Code(
    "DCM", "111306", "Carcinoma with endocrine differentiation", (6033,)
)
"""Carcinoma with endocrine differentiation (DCM 111306)."""

Comedocarcinoma: _Final[_Code] = _Code("SCT", "78197004", "Comedocarcinoma (intraductal)", (6033,))
"""Comedocarcinoma (intraductal) (SCT 78197004)."""

CarcinomaInSituOfMaleBreast: _Final[_Code] = _Code(
    "SCT", "92652009", "Carcinoma in situ of male breast", (6033,)
)
"""Carcinoma in situ of male breast (SCT 92652009)."""

CarcinomaWithMetaplasia: _Final[_Code] = _Code(
    "SCT", "22694002", "Carcinoma with metaplasia", (6033,)
)
"""Carcinoma with metaplasia (SCT 22694002)."""

CartilaginousAndOsseousChange: _Final[_Code] = _Code(
    "DCM", "111309", "Cartilaginous and osseous change", (6033,)
)
"""Cartilaginous and osseous change (DCM 111309)."""

CarcinomaInPregnancyAndLactation: _Final[_Code] = _Code(
    "DCM", "111310", "Carcinoma in pregnancy and lactation", (6033,)
)
"""Carcinoma in pregnancy and lactation (DCM 111310)."""

Carcinosarcoma: _Final[_Code] = _Code("SCT", "63264007", "Carcinosarcoma", (639, 6033))
"""Carcinosarcoma (SCT 63264007)."""

IntraductalComedocarcinomaWithNecrosis: _Final[_Code] = _Code(
    "DCM", "111312", "Intraductal comedocarcinoma with necrosis", (6033,)
)
"""Intraductal comedocarcinoma with necrosis (DCM 111312)."""

IntraductalCarcinomaHighGrade: _Final[_Code] = _Code(
    "DCM", "111341", "Intraductal carcinoma, high grade", (6033,)
)
"""Intraductal carcinoma, high grade (DCM 111341)."""

IntraductalCarcinomaLowGrade: _Final[_Code] = _Code(
    "DCM", "111313", "Intraductal carcinoma, low grade", (6033,)
)
"""Intraductal carcinoma, low grade (DCM 111313)."""

IntraductalCarcinomaMicroPapillary: _Final[_Code] = _Code(
    "SCT", "128696009", "Intraductal carcinoma micro-papillary", (6033,)
)
"""Intraductal carcinoma micro-papillary (SCT 128696009)."""

Fibrosarcoma: _Final[_Code] = _Code("SCT", "53654007", "Fibrosarcoma", (639, 6033))
"""Fibrosarcoma (SCT 53654007)."""

GlycogenRichCarcinoma: _Final[_Code] = _Code("SCT", "74280008", "Glycogen-rich carcinoma", (6033,))
"""Glycogen-rich carcinoma (SCT 74280008)."""

Hemangiopericytoma: _Final[_Code] = _Code("SCT", "128736003", "Hemangiopericytoma", (6033,))
"""Hemangiopericytoma (SCT 128736003)."""

HodgkinLymphoma: _Final[_Code] = _Code("SCT", "1163005009", "Hodgkin's lymphoma", (6033,))
"""Hodgkin's lymphoma (SCT 1163005009)."""

InvasiveCribriformCarcinoma: _Final[_Code] = _Code(
    "SCT", "30156004", "Invasive cribriform carcinoma", (6033,)
)
"""Invasive cribriform carcinoma (SCT 30156004)."""

IntracysticPapillaryCarcinoma: _Final[_Code] = _Code(
    "DCM", "111315", "Intracystic papillary carcinoma", (6033,)
)
"""Intracystic papillary carcinoma (DCM 111315)."""

InfiltratingDuctCarcinoma: _Final[_Code] = _Code(
    "SCT", "82711006", "Infiltrating duct carcinoma", (6033,)
)
"""Infiltrating duct carcinoma (SCT 82711006)."""

InvasiveAndInSituCarcinoma: _Final[_Code] = _Code(
    "DCM", "111316", "Invasive and in-situ carcinoma", (6033,)
)
"""Invasive and in-situ carcinoma (DCM 111316)."""

InvasiveLobularCarcinoma: _Final[_Code] = _Code(
    "SCT", "89740008", "Invasive lobular carcinoma", (6033,)
)
"""Invasive lobular carcinoma (SCT 89740008)."""

InflammatoryCarcinoma: _Final[_Code] = _Code("SCT", "32968003", "Inflammatory carcinoma", (6033,))
"""Inflammatory carcinoma (SCT 32968003)."""

PapillaryCarcinoma: _Final[_Code] = _Code(
    "SCT", "25910003", "Papillary carcinoma (invasive)", (6033,)
)
"""Papillary carcinoma (invasive) (SCT 25910003)."""

LeukemicInfiltration: _Final[_Code] = _Code("DCM", "111318", "Leukemic infiltration", (6033,))
"""Leukemic infiltration (DCM 111318)."""

Leiomyosarcoma: _Final[_Code] = _Code("SCT", "1163022006", "Leiomyosarcoma", (6033,))
"""Leiomyosarcoma (SCT 1163022006)."""

Liposarcoma: _Final[_Code] = _Code("SCT", "1162815008", "Liposarcoma", (6033,))
"""Liposarcoma (SCT 1162815008)."""

LipidRichLipidSecretingCarcinoma: _Final[_Code] = _Code(
    "SCT", "3839000", "Lipid-rich (lipid-secreting) carcinoma", (6033,)
)
"""Lipid-rich (lipid-secreting) carcinoma (SCT 3839000)."""

LympathicVesselInvasion: _Final[_Code] = _Code(
    "DCM", "111320", "Lympathic vessel invasion", (6033,)
)
"""Lympathic vessel invasion (DCM 111320)."""

Lymphoma: _Final[_Code] = _Code("SCT", "1163043007", "Lymphoma", (6033,))
"""Lymphoma (SCT 1163043007)."""

OccultCarcinomaPresentingWithAxillaryLymphNodeMetastases: _Final[_Code] = _Code(
    "DCM", "111322", "Occult carcinoma presenting with axillary lymph node metastases", (6033,)
)
"""Occult carcinoma presenting with axillary lymph node metastases (DCM 111322)."""

MetastaticCancerToTheBreast: _Final[_Code] = _Code(
    "DCM", "111323", "Metastatic cancer to the breast", (6033,)
)
"""Metastatic cancer to the breast (DCM 111323)."""

MetastaticCancerToTheBreastFromTheColon: _Final[_Code] = _Code(
    "DCM", "111324", "Metastatic cancer to the breast from the colon", (6033,)
)
"""Metastatic cancer to the breast from the colon (DCM 111324)."""

MetastaticCancerToTheBreastFromTheLung: _Final[_Code] = _Code(
    "DCM", "111325", "Metastatic cancer to the breast from the lung", (6033,)
)
"""Metastatic cancer to the breast from the lung (DCM 111325)."""

MetastaticMelanomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111326", "Metastatic melanoma to the breast", (6033,)
)
"""Metastatic melanoma to the breast (DCM 111326)."""

MetastaticCancerToTheBreastFromTheOvary: _Final[_Code] = _Code(
    "DCM", "111327", "Metastatic cancer to the breast from the ovary", (6033,)
)
"""Metastatic cancer to the breast from the ovary (DCM 111327)."""

MetastaticSarcomaToTheBreast: _Final[_Code] = _Code(
    "DCM", "111328", "Metastatic sarcoma to the breast", (6033,)
)
"""Metastatic sarcoma to the breast (DCM 111328)."""

MedullaryCarcinoma: _Final[_Code] = _Code("SCT", "32913002", "Medullary carcinoma", (6033,))
"""Medullary carcinoma (SCT 32913002)."""

MultifocalIntraductalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111329", "Multifocal intraductal carcinoma", (6033,)
)
"""Multifocal intraductal carcinoma (DCM 111329)."""

MetastaticDiseaseToAxillaryNode: _Final[_Code] = _Code(
    "DCM", "111330", "Metastatic disease to axillary node", (6033,)
)
"""Metastatic disease to axillary node (DCM 111330)."""

MalignantFibrousHistiocytoma: _Final[_Code] = _Code(
    "SCT", "34360000", "Malignant fibrous histiocytoma", (6033,)
)
"""Malignant fibrous histiocytoma (SCT 34360000)."""

MultifocalInvasiveDuctalCarcinoma: _Final[_Code] = _Code(
    "DCM", "111332", "Multifocal invasive ductal carcinoma", (6033,)
)
"""Multifocal invasive ductal carcinoma (DCM 111332)."""

MetastasisToAnIntramammaryLymphNode: _Final[_Code] = _Code(
    "DCM", "111333", "Metastasis to an intramammary lymph node", (6033,)
)
"""Metastasis to an intramammary lymph node (DCM 111333)."""

MalignantMelanomaOfNipple: _Final[_Code] = _Code(
    "DCM", "111334", "Malignant melanoma of nipple", (6033,)
)
"""Malignant melanoma of nipple (DCM 111334)."""

NonHodgkinLymphoma: _Final[_Code] = _Code("SCT", "1172592001", "Non-Hodgkin's lymphoma", (6033,))
"""Non-Hodgkin's lymphoma (SCT 1172592001)."""

NeoplasmOfTheMammarySkin: _Final[_Code] = _Code(
    "SCT", "126510002", "Neoplasm of the mammary skin", (6033,)
)
"""Neoplasm of the mammary skin (SCT 126510002)."""

Osteosarcoma: _Final[_Code] = _Code("SCT", "1163405004", "Osteosarcoma", (639, 6033))
"""Osteosarcoma (SCT 1163405004)."""

PapillaryCarcinomaInSitu: _Final[_Code] = _Code(
    "SCT", "10376009", "Papillary carcinoma in-situ", (6033,)
)
"""Papillary carcinoma in-situ (SCT 10376009)."""

PagetDiseaseMammary: _Final[_Code] = _Code(
    "SCT", "2985005", "Paget's disease, mammary (of the nipple)", (6033,)
)
"""Paget's disease, mammary (of the nipple) (SCT 2985005)."""

Plasmacytoma: _Final[_Code] = _Code("SCT", "1187107005", "Plasmacytoma", (6033,))
"""Plasmacytoma (SCT 1187107005)."""

PhyllodesTumorMalignant: _Final[_Code] = _Code(
    "SCT", "87913009", "Phyllodes tumor, malignant", (6033,)
)
"""Phyllodes tumor, malignant (SCT 87913009)."""

RecurrentMalignancy: _Final[_Code] = _Code("DCM", "111338", "Recurrent malignancy", (6033,))
"""Recurrent malignancy (DCM 111338)."""

SignetRingCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "87737001", "Signet ring cell carcinoma", (6033,)
)
"""Signet ring cell carcinoma (SCT 87737001)."""

SquamousCellCarcinomaOfTheNipple: _Final[_Code] = _Code(
    "DCM", "111340", "Squamous cell carcinoma of the nipple", (6033,)
)
"""Squamous cell carcinoma of the nipple (DCM 111340)."""

SpindleCellNodule: _Final[_Code] = _Code("SCT", "110451006", "Spindle cell nodule (tumor)", (6033,))
"""Spindle cell nodule (tumor) (SCT 110451006)."""

SecretoryJuvenileCarcinomaOfTheBreast: _Final[_Code] = _Code(
    "SCT", "41919003", "Secretory (juvenile) carcinoma of the breast", (6033,)
)
"""Secretory (juvenile) carcinoma of the breast (SCT 41919003)."""

SquamousCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162767002", "Squamous cell carcinoma", (639, 6033)
)
"""Squamous cell carcinoma (SCT 1162767002)."""

TubularAdenocarcinoma: _Final[_Code] = _Code("SCT", "4631006", "Tubular adenocarcinoma", (6033,))
"""Tubular adenocarcinoma (SCT 4631006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
