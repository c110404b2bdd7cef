"""CID 638 Exogenous Substance.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1103.
Includes CID 639, CID 640, CID 641, CID 642, CID 643.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 638
NAME: _Final[str] = "Exogenous Substance"
KEYWORD: _Final[str | None] = "ExogenousSubstance"
UID: _Final[str | None] = "1.2.840.10008.6.1.1103"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = (639, 640, 641, 642, 643)
EXTERNAL_SCHEME: _Final[str | None] = None

Adenocarcinoma: _Final[_Code] = _Code("SCT", "1187332001", "Adenocarcinoma", (639,))
"""Adenocarcinoma (SCT 1187332001). Included from CID 639."""

AdenocarcinomaOfLargeIntestine: _Final[_Code] = _Code(
    "SCT", "408645001", "Adenocarcinoma of large intestine", (639,)
)
"""Adenocarcinoma of large intestine (SCT 408645001). Included from CID 639."""

AdenocarcinomaOfLung: _Final[_Code] = _Code("SCT", "254626006", "Adenocarcinoma of lung", (639,))
"""Adenocarcinoma of lung (SCT 254626006). Included from CID 639."""

AdenocarcinomaOfPancreas: _Final[_Code] = _Code(
    "SCT", "700423003", "Adenocarcinoma of pancreas", (639,)
)
"""Adenocarcinoma of pancreas (SCT 700423003). Included from CID 639."""

AdenocarcinomaOfRectum: _Final[_Code] = _Code(
    "SCT", "254582000", "Adenocarcinoma of rectum", (639,)
)
"""Adenocarcinoma of rectum (SCT 254582000). Included from CID 639."""

AlveolarSoftPartSarcoma: _Final[_Code] = _Code(
    "SCT", "88195001", "Alveolar soft part sarcoma", (639,)
)
"""Alveolar soft part sarcoma (SCT 88195001). Included from CID 639."""

AmelanoticMelanoma: _Final[_Code] = _Code("SCT", "70594002", "Amelanotic melanoma", (639,))
"""Amelanotic melanoma (SCT 70594002). Included from CID 639."""

Astrocytoma: _Final[_Code] = _Code("SCT", "254938000", "Astrocytoma", (639,))
"""Astrocytoma (SCT 254938000). Included from CID 639."""

BladderCancer: _Final[_Code] = _Code("SCT", "399326009", "Bladder cancer", (639,))
"""Bladder cancer (SCT 399326009). Included from CID 639."""

BronchioloalveolarAdenocarcinoma: _Final[_Code] = _Code(
    "NCIt", "C2923", "Bronchioloalveolar adenocarcinoma", (639,)
)
"""Bronchioloalveolar adenocarcinoma (NCIt C2923). Included from CID 639."""

CancerOfCervix: _Final[_Code] = _Code("SCT", "363354003", "Cancer of cervix", (639,))
"""Cancer of cervix (SCT 363354003). Included from CID 639."""

CancerOfColon: _Final[_Code] = _Code("SCT", "363406005", "Cancer of colon", (639,))
"""Cancer of colon (SCT 363406005). Included from CID 639."""

CancerOfSalivaryGland: _Final[_Code] = _Code("SCT", "255072001", "Cancer of salivary gland", (639,))
"""Cancer of salivary gland (SCT 255072001). Included from CID 639."""

Carcinoma: _Final[_Code] = _Code("SCT", "1187425009", "Carcinoma", (639,))
"""Carcinoma (SCT 1187425009). Included from CID 639."""

Carcinosarcoma: _Final[_Code] = _Code("SCT", "63264007", "Carcinosarcoma", (639, 6033))
"""Carcinosarcoma (SCT 63264007). Included from CID 639."""

CarcinosarcomaOfUterus: _Final[_Code] = _Code(
    "SCT", "702369008", "Carcinosarcoma of uterus", (639,)
)
"""Carcinosarcoma of uterus (SCT 702369008). Included from CID 639."""

Cystadenocarcinoma: _Final[_Code] = _Code("SCT", "21008007", "Cystadenocarcinoma", (639,))
"""Cystadenocarcinoma (SCT 21008007). Included from CID 639."""

EwingSarcoma: _Final[_Code] = _Code("SCT", "76909002", "Ewing's sarcoma", (639,))
"""Ewing's sarcoma (SCT 76909002). Included from CID 639."""

EwingSarcomaPeripheralNeuroectodermalTumor: _Final[_Code] = _Code(
    "SCT", "703707001", "Ewing sarcoma / peripheral neuroectodermal tumor", (639,)
)
"""Ewing sarcoma / peripheral neuroectodermal tumor (SCT 703707001). Included from CID 639."""

Fibrosarcoma: _Final[_Code] = _Code("SCT", "53654007", "Fibrosarcoma", (639, 6033))
"""Fibrosarcoma (SCT 53654007). Included from CID 639."""

Glioblastoma: _Final[_Code] = _Code("SCT", "1163375002", "Glioblastoma", (639,))
"""Glioblastoma (SCT 1163375002). Included from CID 639."""

InfiltratingDuctalCarcinomaOfBreast: _Final[_Code] = _Code(
    "SCT", "408643008", "Infiltrating ductal carcinoma of breast", (639,)
)
"""Infiltrating ductal carcinoma of breast (SCT 408643008). Included from CID 639."""

LargeCellCarcinoma: _Final[_Code] = _Code("SCT", "22687000", "Large cell carcinoma", (639,))
"""Large cell carcinoma (SCT 22687000). Included from CID 639."""

Leukemia: _Final[_Code] = _Code("SCT", "93143009", "Leukemia", (639,))
"""Leukemia (SCT 93143009). Included from CID 639."""

LungCancer: _Final[_Code] = _Code("SCT", "93880001", "Lung cancer", (639,))
"""Lung cancer (SCT 93880001). Included from CID 639."""

MalignantMelanoma: _Final[_Code] = _Code("SCT", "1162635006", "Malignant melanoma", (639,))
"""Malignant melanoma (SCT 1162635006). Included from CID 639."""

MerkelCellCarcinoma: _Final[_Code] = _Code("SCT", "253001006", "Merkel cell carcinoma", (639,))
"""Merkel cell carcinoma (SCT 253001006). Included from CID 639."""

MalignantMesothelioma: _Final[_Code] = _Code("SCT", "62064005", "Malignant mesothelioma", (639,))
"""Malignant mesothelioma (SCT 62064005). Included from CID 639."""

MalignantPeripheralNerveSheathTumor: _Final[_Code] = _Code(
    "SCT", "19897006", "Malignant peripheral nerve sheath tumor", (639,)
)
"""Malignant peripheral nerve sheath tumor (SCT 19897006). Included from CID 639."""

MixedSmallCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "21326004", "Mixed small cell carcinoma", (639,)
)
"""Mixed small cell carcinoma (SCT 21326004). Included from CID 639."""

NeuroendocrineTumor: _Final[_Code] = _Code("SCT", "255046005", "Neuroendocrine tumor", (639,))
"""Neuroendocrine tumor (SCT 255046005). Included from CID 639."""

NonSmallCellCarcinoma: _Final[_Code] = _Code("SCT", "128632008", "Non-small cell carcinoma", (639,))
"""Non-small cell carcinoma (SCT 128632008). Included from CID 639."""

NonSmallCellLungCancer: _Final[_Code] = _Code(
    "SCT", "254637007", "Non-small cell lung cancer", (639,)
)
"""Non-small cell lung cancer (SCT 254637007). Included from CID 639."""

NonUterineLeiomyosarcoma: _Final[_Code] = _Code(
    "DCM", "130406", "Non-uterine leiomyosarcoma", (639,)
)
"""Non-uterine leiomyosarcoma (DCM 130406). Included from CID 639."""

Osteosarcoma: _Final[_Code] = _Code("SCT", "1163405004", "Osteosarcoma", (639, 6033))
"""Osteosarcoma (SCT 1163405004). Included from CID 639."""

OvarianCancer: _Final[_Code] = _Code("SCT", "363443007", "Ovarian cancer", (639,))
"""Ovarian cancer (SCT 363443007). Included from CID 639."""

PapillaryThyroidCarcinoma: _Final[_Code] = _Code(
    "SCT", "255029007", "Papillary thyroid carcinoma", (639,)
)
"""Papillary thyroid carcinoma (SCT 255029007). Included from CID 639."""

RenalCellCarcinoma: _Final[_Code] = _Code("SCT", "702391001", "Renal cell carcinoma", (639,))
"""Renal cell carcinoma (SCT 702391001). Included from CID 639."""

Sarcoma: _Final[_Code] = _Code("SCT", "1187396000", "Sarcoma", (639,))
"""Sarcoma (SCT 1187396000). Included from CID 639."""

SarcomaOfSoftTissue: _Final[_Code] = _Code("SCT", "424952003", "Sarcoma of soft tissue", (639,))
"""Sarcoma of soft tissue (SCT 424952003). Included from CID 639."""

SmallCellCarcinoma: _Final[_Code] = _Code("SCT", "74364000", "Small cell carcinoma", (639,))
"""Small cell carcinoma (SCT 74364000). Included from CID 639."""

SoftTissueSarcomaExcludingRhabdomyosarcoma: _Final[_Code] = _Code(
    "NCIt", "C148457", "Soft tissue sarcoma, excluding rhabdomyosarcoma", (639,)
)
"""Soft tissue sarcoma, excluding rhabdomyosarcoma (NCIt C148457). Included from CID 639."""

SpindleCellCarcinoma: _Final[_Code] = _Code("SCT", "65692009", "Spindle cell carcinoma", (639,))
"""Spindle cell carcinoma (SCT 65692009). Included from CID 639."""

SquamousCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162767002", "Squamous cell carcinoma", (639, 6033)
)
"""Squamous cell carcinoma (SCT 1162767002). Included from CID 639."""

SquamousCellCarcinomaOfAnus: _Final[_Code] = _Code(
    "SCT", "723265000", "Squamous cell carcinoma of anus", (639,)
)
"""Squamous cell carcinoma of anus (SCT 723265000). Included from CID 639."""

SquamousCellCarcinomaOfHeadAndNeck: _Final[_Code] = _Code(
    "SCT", "716659002", "Squamous cell carcinoma of head and neck", (639,)
)
"""Squamous cell carcinoma of head and neck (SCT 716659002). Included from CID 639."""

SquamousCellCarcinomaOfLaryngealCartilage: _Final[_Code] = _Code(
    "SCT", "707357005", "Squamous cell carcinoma of laryngeal cartilage", (639,)
)
"""Squamous cell carcinoma of laryngeal cartilage (SCT 707357005). Included from CID 639."""

SquamousCellCarcinomaOfLung: _Final[_Code] = _Code(
    "SCT", "254634000", "Squamous cell carcinoma of lung", (639,)
)
"""Squamous cell carcinoma of lung (SCT 254634000). Included from CID 639."""

SquamousCellCarcinomaOfMouth: _Final[_Code] = _Code(
    "SCT", "307502000", "Squamous cell carcinoma of mouth", (639,)
)
"""Squamous cell carcinoma of mouth (SCT 307502000). Included from CID 639."""

SquamousCellCarcinomaOfSkin: _Final[_Code] = _Code(
    "SCT", "254651007", "Squamous cell carcinoma of skin", (639,)
)
"""Squamous cell carcinoma of skin (SCT 254651007). Included from CID 639."""

TransitionalCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "27090000", "Transitional cell carcinoma", (639,)
)
"""Transitional cell carcinoma (SCT 27090000). Included from CID 639."""

HumanAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127851", "Human alpha synuclein preformed fibrils", (640,)
)
"""Human alpha synuclein preformed fibrils (DCM 127851). Included from CID 640."""

MouseAlphaSynucleinPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127852", "Mouse alpha synuclein preformed fibrils", (640,)
)
"""Mouse alpha synuclein preformed fibrils (DCM 127852). Included from CID 640."""

HumanTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127853", "Human Tau preformed fibrils", (640,)
)
"""Human Tau preformed fibrils (DCM 127853). Included from CID 640."""

MouseTauPreformedFibrils: _Final[_Code] = _Code(
    "DCM", "127854", "Mouse Tau preformed fibrils", (640,)
)
"""Mouse Tau preformed fibrils (DCM 127854). Included from CID 640."""

TheilerMurineEncephalomyelitisVirus: _Final[_Code] = _Code(
    "SCT", "42024000", "Theiler's murine encephalomyelitis virus", (641,)
)
"""Theiler's murine encephalomyelitis virus (SCT 42024000). Included from CID 641."""

AdenoAssociatedVirusGroup: _Final[_Code] = _Code(
    "SCT", "112381006", "Adeno-associated virus group", (641,)
)
"""Adeno-associated virus group (SCT 112381006). Included from CID 641."""

TumorNecrosisFactorAlpha: _Final[_Code] = _Code(
    "SCT", "39525005", "Tumor necrosis factor alpha", (642,)
)
"""Tumor necrosis factor alpha (SCT 39525005). Included from CID 642."""

InterferonGamma: _Final[_Code] = _Code("SCT", "420303002", "Interferon gamma", (642,))
"""Interferon gamma (SCT 420303002). Included from CID 642."""

VascularEndothelialGrowthFactor: _Final[_Code] = _Code(
    "SCT", "417324009", "Vascular endothelial growth factor", (642,)
)
"""Vascular endothelial growth factor (SCT 417324009). Included from CID 642."""

Lysophosphatidylcholine: _Final[_Code] = _Code("SCT", "54446009", "Lysophosphatidylcholine", (643,))
"""Lysophosphatidylcholine (SCT 54446009). Included from CID 643."""

EthidiumBromide: _Final[_Code] = _Code("UMLS", "C0019873", "Ethidium Bromide", (643,))
"""Ethidium Bromide (UMLS C0019873). Included from CID 643."""

V6Hydroxydopamine: _Final[_Code] = _Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624). Included from CID 643."""

Lipopolysaccharide: _Final[_Code] = _Code("SCT", "3325005", "Lipopolysaccharide", (643,))
"""Lipopolysaccharide (SCT 3325005). Included from CID 643."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_6Hydroxydopamine: _Final[_Code] = V6Hydroxydopamine

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
    HumanAlphaSynucleinPreformedFibrils,
    MouseAlphaSynucleinPreformedFibrils,
    HumanTauPreformedFibrils,
    MouseTauPreformedFibrils,
    TheilerMurineEncephalomyelitisVirus,
    AdenoAssociatedVirusGroup,
    TumorNecrosisFactorAlpha,
    InterferonGamma,
    VascularEndothelialGrowthFactor,
    Lysophosphatidylcholine,
    EthidiumBromide,
    V6Hydroxydopamine,
    Lipopolysaccharide,
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
