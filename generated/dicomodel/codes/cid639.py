"""CID 639 Tumor Graft Histologic Type.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1104.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 639
NAME: _Final[str] = "Tumor Graft Histologic Type"
KEYWORD: _Final[str | None] = "TumorGraftHistologicType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1104"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Adenocarcinoma: _Final[_Code] = _Code("SCT", "1187332001", "Adenocarcinoma", (639,))
"""Adenocarcinoma (SCT 1187332001)."""

AdenocarcinomaOfLargeIntestine: _Final[_Code] = _Code(
    "SCT", "408645001", "Adenocarcinoma of large intestine", (639,)
)
"""Adenocarcinoma of large intestine (SCT 408645001)."""

AdenocarcinomaOfLung: _Final[_Code] = _Code("SCT", "254626006", "Adenocarcinoma of lung", (639,))
"""Adenocarcinoma of lung (SCT 254626006)."""

AdenocarcinomaOfPancreas: _Final[_Code] = _Code(
    "SCT", "700423003", "Adenocarcinoma of pancreas", (639,)
)
"""Adenocarcinoma of pancreas (SCT 700423003)."""

AdenocarcinomaOfRectum: _Final[_Code] = _Code(
    "SCT", "254582000", "Adenocarcinoma of rectum", (639,)
)
"""Adenocarcinoma of rectum (SCT 254582000)."""

AlveolarSoftPartSarcoma: _Final[_Code] = _Code(
    "SCT", "88195001", "Alveolar soft part sarcoma", (639,)
)
"""Alveolar soft part sarcoma (SCT 88195001)."""

AmelanoticMelanoma: _Final[_Code] = _Code("SCT", "70594002", "Amelanotic melanoma", (639,))
"""Amelanotic melanoma (SCT 70594002)."""

Astrocytoma: _Final[_Code] = _Code("SCT", "254938000", "Astrocytoma", (639,))
"""Astrocytoma (SCT 254938000)."""

BladderCancer: _Final[_Code] = _Code("SCT", "399326009", "Bladder cancer", (639,))
"""Bladder cancer (SCT 399326009)."""

BronchioloalveolarAdenocarcinoma: _Final[_Code] = _Code(
    "NCIt", "C2923", "Bronchioloalveolar adenocarcinoma", (639,)
)
"""Bronchioloalveolar adenocarcinoma (NCIt C2923)."""

CancerOfCervix: _Final[_Code] = _Code("SCT", "363354003", "Cancer of cervix", (639,))
"""Cancer of cervix (SCT 363354003)."""

CancerOfColon: _Final[_Code] = _Code("SCT", "363406005", "Cancer of colon", (639,))
"""Cancer of colon (SCT 363406005)."""

CancerOfSalivaryGland: _Final[_Code] = _Code("SCT", "255072001", "Cancer of salivary gland", (639,))
"""Cancer of salivary gland (SCT 255072001)."""

Carcinoma: _Final[_Code] = _Code("SCT", "1187425009", "Carcinoma", (639,))
"""Carcinoma (SCT 1187425009)."""

Carcinosarcoma: _Final[_Code] = _Code("SCT", "63264007", "Carcinosarcoma", (639, 6033))
"""Carcinosarcoma (SCT 63264007)."""

CarcinosarcomaOfUterus: _Final[_Code] = _Code(
    "SCT", "702369008", "Carcinosarcoma of uterus", (639,)
)
"""Carcinosarcoma of uterus (SCT 702369008)."""

Cystadenocarcinoma: _Final[_Code] = _Code("SCT", "21008007", "Cystadenocarcinoma", (639,))
"""Cystadenocarcinoma (SCT 21008007)."""

EwingSarcoma: _Final[_Code] = _Code("SCT", "76909002", "Ewing's sarcoma", (639,))
"""Ewing's sarcoma (SCT 76909002)."""

EwingSarcomaPeripheralNeuroectodermalTumor: _Final[_Code] = _Code(
    "SCT", "703707001", "Ewing sarcoma / peripheral neuroectodermal tumor", (639,)
)
"""Ewing sarcoma / peripheral neuroectodermal tumor (SCT 703707001)."""

Fibrosarcoma: _Final[_Code] = _Code("SCT", "53654007", "Fibrosarcoma", (639, 6033))
"""Fibrosarcoma (SCT 53654007)."""

Glioblastoma: _Final[_Code] = _Code("SCT", "1163375002", "Glioblastoma", (639,))
"""Glioblastoma (SCT 1163375002)."""

InfiltratingDuctalCarcinomaOfBreast: _Final[_Code] = _Code(
    "SCT", "408643008", "Infiltrating ductal carcinoma of breast", (639,)
)
"""Infiltrating ductal carcinoma of breast (SCT 408643008)."""

LargeCellCarcinoma: _Final[_Code] = _Code("SCT", "22687000", "Large cell carcinoma", (639,))
"""Large cell carcinoma (SCT 22687000)."""

Leukemia: _Final[_Code] = _Code("SCT", "93143009", "Leukemia", (639,))
"""Leukemia (SCT 93143009)."""

LungCancer: _Final[_Code] = _Code("SCT", "93880001", "Lung cancer", (639,))
"""Lung cancer (SCT 93880001)."""

MalignantMelanoma: _Final[_Code] = _Code("SCT", "1162635006", "Malignant melanoma", (639,))
"""Malignant melanoma (SCT 1162635006)."""

MerkelCellCarcinoma: _Final[_Code] = _Code("SCT", "253001006", "Merkel cell carcinoma", (639,))
"""Merkel cell carcinoma (SCT 253001006)."""

MalignantMesothelioma: _Final[_Code] = _Code("SCT", "62064005", "Malignant mesothelioma", (639,))
"""Malignant mesothelioma (SCT 62064005)."""

MalignantPeripheralNerveSheathTumor: _Final[_Code] = _Code(
    "SCT", "19897006", "Malignant peripheral nerve sheath tumor", (639,)
)
"""Malignant peripheral nerve sheath tumor (SCT 19897006)."""

MixedSmallCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "21326004", "Mixed small cell carcinoma", (639,)
)
"""Mixed small cell carcinoma (SCT 21326004)."""

NeuroendocrineTumor: _Final[_Code] = _Code("SCT", "255046005", "Neuroendocrine tumor", (639,))
"""Neuroendocrine tumor (SCT 255046005)."""

NonSmallCellCarcinoma: _Final[_Code] = _Code("SCT", "128632008", "Non-small cell carcinoma", (639,))
"""Non-small cell carcinoma (SCT 128632008)."""

NonSmallCellLungCancer: _Final[_Code] = _Code(
    "SCT", "254637007", "Non-small cell lung cancer", (639,)
)
"""Non-small cell lung cancer (SCT 254637007)."""

NonUterineLeiomyosarcoma: _Final[_Code] = _Code(
    "DCM", "130406", "Non-uterine leiomyosarcoma", (639,)
)
"""Non-uterine leiomyosarcoma (DCM 130406)."""

Osteosarcoma: _Final[_Code] = _Code("SCT", "1163405004", "Osteosarcoma", (639, 6033))
"""Osteosarcoma (SCT 1163405004)."""

OvarianCancer: _Final[_Code] = _Code("SCT", "363443007", "Ovarian cancer", (639,))
"""Ovarian cancer (SCT 363443007)."""

PapillaryThyroidCarcinoma: _Final[_Code] = _Code(
    "SCT", "255029007", "Papillary thyroid carcinoma", (639,)
)
"""Papillary thyroid carcinoma (SCT 255029007)."""

RenalCellCarcinoma: _Final[_Code] = _Code("SCT", "702391001", "Renal cell carcinoma", (639,))
"""Renal cell carcinoma (SCT 702391001)."""

Sarcoma: _Final[_Code] = _Code("SCT", "1187396000", "Sarcoma", (639,))
"""Sarcoma (SCT 1187396000)."""

SarcomaOfSoftTissue: _Final[_Code] = _Code("SCT", "424952003", "Sarcoma of soft tissue", (639,))
"""Sarcoma of soft tissue (SCT 424952003)."""

SmallCellCarcinoma: _Final[_Code] = _Code("SCT", "74364000", "Small cell carcinoma", (639,))
"""Small cell carcinoma (SCT 74364000)."""

SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_Code] = _Code(
    "NCIt", "C148457", "Soft tissue sarcoma, excluding rhabdomyosarcoma", (639,)
)
"""Soft tissue sarcoma, excluding rhabdomyosarcoma (NCIt C148457)."""

SpindleCellCarcinoma: _Final[_Code] = _Code("SCT", "65692009", "Spindle cell carcinoma", (639,))
"""Spindle cell carcinoma (SCT 65692009)."""

SquamousCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162767002", "Squamous cell carcinoma", (639, 6033)
)
"""Squamous cell carcinoma (SCT 1162767002)."""

SquamousCellCarcinomaOfAnus: _Final[_Code] = _Code(
    "SCT", "723265000", "Squamous cell carcinoma of anus", (639,)
)
"""Squamous cell carcinoma of anus (SCT 723265000)."""

SquamousCellCarcinomaOfHeadAndNeck: _Final[_Code] = _Code(
    "SCT", "716659002", "Squamous cell carcinoma of head and neck", (639,)
)
"""Squamous cell carcinoma of head and neck (SCT 716659002)."""

SquamousCellCarcinomaOfLaryngealCartilage: _Final[_Code] = _Code(
    "SCT", "707357005", "Squamous cell carcinoma of laryngeal cartilage", (639,)
)
"""Squamous cell carcinoma of laryngeal cartilage (SCT 707357005)."""

SquamousCellCarcinomaOfLung: _Final[_Code] = _Code(
    "SCT", "254634000", "Squamous cell carcinoma of lung", (639,)
)
"""Squamous cell carcinoma of lung (SCT 254634000)."""

SquamousCellCarcinomaOfMouth: _Final[_Code] = _Code(
    "SCT", "307502000", "Squamous cell carcinoma of mouth", (639,)
)
"""Squamous cell carcinoma of mouth (SCT 307502000)."""

SquamousCellCarcinomaOfSkin: _Final[_Code] = _Code(
    "SCT", "254651007", "Squamous cell carcinoma of skin", (639,)
)
"""Squamous cell carcinoma of skin (SCT 254651007)."""

TransitionalCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "27090000", "Transitional cell carcinoma", (639,)
)
"""Transitional cell carcinoma (SCT 27090000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Adenocarcinoma,
    AdenocarcinomaOfLargeIntestine,
    AdenocarcinomaOfLung,
    AdenocarcinomaOfPancreas,
    AdenocarcinomaOfRectum,
    AlveolarSoftPartSarcoma,
    AmelanoticMelanoma,
    Astrocytoma,
    BladderCancer,
    BronchioloalveolarAdenocarcinoma,
    CancerOfCervix,
    CancerOfColon,
    CancerOfSalivaryGland,
    Carcinoma,
    Carcinosarcoma,
    CarcinosarcomaOfUterus,
    Cystadenocarcinoma,
    EwingSarcoma,
    EwingSarcomaPeripheralNeuroectodermalTumor,
    Fibrosarcoma,
    Glioblastoma,
    InfiltratingDuctalCarcinomaOfBreast,
    LargeCellCarcinoma,
    Leukemia,
    LungCancer,
    MalignantMelanoma,
    MerkelCellCarcinoma,
    MalignantMesothelioma,
    MalignantPeripheralNerveSheathTumor,
    MixedSmallCellCarcinoma,
    NeuroendocrineTumor,
    NonSmallCellCarcinoma,
    NonSmallCellLungCancer,
    NonUterineLeiomyosarcoma,
    Osteosarcoma,
    OvarianCancer,
    PapillaryThyroidCarcinoma,
    RenalCellCarcinoma,
    Sarcoma,
    SarcomaOfSoftTissue,
    SmallCellCarcinoma,
    SoftTissueSarcomaExcludingRhabdomyosarcoma,
    SpindleCellCarcinoma,
    SquamousCellCarcinoma,
    SquamousCellCarcinomaOfAnus,
    SquamousCellCarcinomaOfHeadAndNeck,
    SquamousCellCarcinomaOfLaryngealCartilage,
    SquamousCellCarcinomaOfLung,
    SquamousCellCarcinomaOfMouth,
    SquamousCellCarcinomaOfSkin,
    TransitionalCellCarcinoma,
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
