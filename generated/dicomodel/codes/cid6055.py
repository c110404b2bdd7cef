"""CID 6055 Breast Clinical Finding or Indicated Problem.

Extensible, version 20240611, UID 1.2.840.10008.6.1.384.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6055
NAME: Final[str] = "Breast Clinical Finding or Indicated Problem"
KEYWORD: Final[str | None] = "BreastClinicalFindingOrIndicatedProblem"
UID: Final[str | None] = "1.2.840.10008.6.1.384"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240611"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OEBreastLumpPalpated: Final[Code] = Code("SCT", "268951004", "O/E - Breast lump palpated", (6055,))
"""O/E - Breast lump palpated (SCT 268951004)."""

BloodyNippleDischarge: Final[Code] = Code("SCT", "290113009", "Bloody nipple discharge", (6055,))
"""Bloody nipple discharge (SCT 290113009)."""

NonBloodyDischarge: Final[Code] = Code(
    "DCM", "111478", "Non-bloody discharge (from nipple)", (6055,)
)
"""Non-bloody discharge (from nipple) (DCM 111478)."""

DifficultPhysicalClinicalExamination: Final[Code] = Code(
    "DCM", "111479", "Difficult physical/clinical examination", (6055,)
)
"""Difficult physical/clinical examination (DCM 111479)."""

DisorderOfBreastImplant: Final[Code] = Code(
    "SCT", "271989003", "Disorder of breast implant", (6055,)
)
"""Disorder of breast implant (SCT 271989003)."""

SkinThickeningOfBreast: Final[Code] = Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000)."""

SkinRetractionOfBreast: Final[Code] = Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009)."""

PeauDOrangeSurfaceOfBreast: Final[Code] = Code(
    "SCT", "87386002", "Peau d'orange surface of breast", (6055,)
)
"""Peau d'orange surface of breast (SCT 87386002)."""

NippleProblem: Final[Code] = Code("SCT", "290119008", "Nipple problem", (6055,))
"""Nipple problem (SCT 290119008)."""

OEAxillaryLymphadenopathy: Final[Code] = Code(
    "SCT", "164150006", "O/E - axillary lymphadenopathy", (6055,)
)
"""O/E - axillary lymphadenopathy (SCT 164150006)."""

BreastPain: Final[Code] = Code("SCT", "53430007", "Breast pain", (6055,))
"""Breast pain (SCT 53430007)."""

CancerElsewhere: Final[Code] = Code("DCM", "111480", "Cancer elsewhere", (6055,))
"""Cancer elsewhere (DCM 111480)."""

BreastLump: Final[Code] = Code("SCT", "89164003", "Breast lump", (6055,))
"""Breast lump (SCT 89164003)."""

DiscolorationOfSkinOfBreast: Final[Code] = Code(
    "SCT", "290069002", "Discoloration of skin of breast", (6055,)
)
"""Discoloration of skin of breast (SCT 290069002)."""

RadiographicCalcificationFinding: Final[Code] = Code(
    "SCT", "129748009", "Radiographic calcification finding", (6055,)
)
"""Radiographic calcification finding (SCT 129748009)."""

ImageDetectedMass: Final[Code] = Code("DCM", "111126", "Image detected mass", (6055,))
"""Image detected mass (DCM 111126)."""

NippleDischargeSymptom: Final[Code] = Code("SCT", "162164007", "Nipple discharge symptom", (6055,))
"""Nipple discharge symptom (SCT 162164007)."""

Erythema: Final[Code] = Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

OELymphadenopathy: Final[Code] = Code("SCT", "274303007", "O/E - lymphadenopathy", (6055,))
"""O/E - lymphadenopathy (SCT 274303007)."""

DisseminatedMalignancyOfUnknownPrimary: Final[Code] = Code(
    "SCT", "255052006", "Disseminated malignancy of unknown primary", (6055,)
)
"""Disseminated malignancy of unknown primary (SCT 255052006)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
