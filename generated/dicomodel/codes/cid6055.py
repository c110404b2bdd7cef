"""CID 6055 Breast Clinical Finding or Indicated Problem.

Extensible, version 20240611, UID 1.2.840.10008.6.1.384.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6055
NAME: _Final[str] = "Breast Clinical Finding or Indicated Problem"
KEYWORD: _Final[str | None] = "BreastClinicalFindingOrIndicatedProblem"
UID: _Final[str | None] = "1.2.840.10008.6.1.384"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OEBreastLumpPalpated: _Final[_Code] = _Code(
    "SCT", "268951004", "O/E - Breast lump palpated", (6055,)
)
"""O/E - Breast lump palpated (SCT 268951004)."""

BloodyNippleDischarge: _Final[_Code] = _Code("SCT", "290113009", "Bloody nipple discharge", (6055,))
"""Bloody nipple discharge (SCT 290113009)."""

NonBloodyDischarge: _Final[_Code] = _Code(
    "DCM", "111478", "Non-bloody discharge (from nipple)", (6055,)
)
"""Non-bloody discharge (from nipple) (DCM 111478)."""

DifficultPhysicalClinicalExamination: _Final[_Code] = _Code(
    "DCM", "111479", "Difficult physical/clinical examination", (6055,)
)
"""Difficult physical/clinical examination (DCM 111479)."""

DisorderOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "271989003", "Disorder of breast implant", (6055,)
)
"""Disorder of breast implant (SCT 271989003)."""

SkinThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000)."""

SkinRetractionOfBreast: _Final[_Code] = _Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009)."""

PeauDOrangeSurfaceOfBreast: _Final[_Code] = _Code(
    "SCT", "87386002", "Peau d'orange surface of breast", (6055,)
)
"""Peau d'orange surface of breast (SCT 87386002)."""

NippleProblem: _Final[_Code] = _Code("SCT", "290119008", "Nipple problem", (6055,))
"""Nipple problem (SCT 290119008)."""

OEAxillaryLymphadenopathy: _Final[_Code] = _Code(
    "SCT", "164150006", "O/E - axillary lymphadenopathy", (6055,)
)
"""O/E - axillary lymphadenopathy (SCT 164150006)."""

BreastPain: _Final[_Code] = _Code("SCT", "53430007", "Breast pain", (6055,))
"""Breast pain (SCT 53430007)."""

CancerElsewhere: _Final[_Code] = _Code("DCM", "111480", "Cancer elsewhere", (6055,))
"""Cancer elsewhere (DCM 111480)."""

BreastLump: _Final[_Code] = _Code("SCT", "89164003", "Breast lump", (6055,))
"""Breast lump (SCT 89164003)."""

DiscolorationOfSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "290069002", "Discoloration of skin of breast", (6055,)
)
"""Discoloration of skin of breast (SCT 290069002)."""

RadiographicCalcificationFinding: _Final[_Code] = _Code(
    "SCT", "129748009", "Radiographic calcification finding", (6055,)
)
"""Radiographic calcification finding (SCT 129748009)."""

ImageDetectedMass: _Final[_Code] = _Code("DCM", "111126", "Image detected mass", (6055,))
"""Image detected mass (DCM 111126)."""

NippleDischargeSymptom: _Final[_Code] = _Code(
    "SCT", "162164007", "Nipple discharge symptom", (6055,)
)
"""Nipple discharge symptom (SCT 162164007)."""

Erythema: _Final[_Code] = _Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

OELymphadenopathy: _Final[_Code] = _Code("SCT", "274303007", "O/E - lymphadenopathy", (6055,))
"""O/E - lymphadenopathy (SCT 274303007)."""

DisseminatedMalignancyOfUnknownPrimary: _Final[_Code] = _Code(
    "SCT", "255052006", "Disseminated malignancy of unknown primary", (6055,)
)
"""Disseminated malignancy of unknown primary (SCT 255052006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    OEBreastLumpPalpated,
    BloodyNippleDischarge,
    NonBloodyDischarge,
    DifficultPhysicalClinicalExamination,
    DisorderOfBreastImplant,
    SkinThickeningOfBreast,
    SkinRetractionOfBreast,
    PeauDOrangeSurfaceOfBreast,
    NippleProblem,
    OEAxillaryLymphadenopathy,
    BreastPain,
    CancerElsewhere,
    BreastLump,
    DiscolorationOfSkinOfBreast,
    RadiographicCalcificationFinding,
    ImageDetectedMass,
    NippleDischargeSymptom,
    Erythema,
    OELymphadenopathy,
    DisseminatedMalignancyOfUnknownPrimary,
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
