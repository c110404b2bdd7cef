"""CID 8103 Anatomic Pathology Specimen Type.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1045.
Includes CID 8104.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8103
NAME: Final[str] = "Anatomic Pathology Specimen Type"
KEYWORD: Final[str | None] = "AnatomicPathologySpecimenType"
UID: Final[str | None] = "1.2.840.10008.6.1.1045"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220115"
INCLUDES: Final[tuple[int, ...]] = (8104,)
EXTERNAL_SCHEME: Final[str | None] = None

EntireBody: Final[Code] = Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002)."""

BodySubstanceSample: Final[Code] = Code("SCT", "309050000", "Body substance sample", (8103,))
"""Body substance sample (SCT 309050000)."""

BodyFluidSample: Final[Code] = Code("SCT", "309051001", "Body fluid sample", (8103,))
"""Body fluid sample (SCT 309051001)."""

TissueSpecimen: Final[Code] = Code("SCT", "119376003", "Tissue specimen", (4010, 8103))
"""Tissue specimen (SCT 119376003)."""

GrossSpecimen: Final[Code] = Code("SCT", "430861001", "Gross specimen", (8103,))
"""Gross specimen (SCT 430861001)."""

TissueSection: Final[Code] = Code("SCT", "430856003", "Tissue section", (8103,))
"""Tissue section (SCT 430856003)."""

CoreSampleOfTissueBlock: Final[Code] = Code(
    "SCT", "430970004", "Core sample of tissue block", (8103,)
)
"""Core sample of tissue block (SCT 430970004)."""

TissueSpot: Final[Code] = Code("SCT", "431196006", "Tissue spot", (8103,))
"""Tissue spot (SCT 431196006)."""

Slide: Final[Code] = Code("SCT", "1179252003", "Slide", (8103,))
"""Slide (SCT 1179252003)."""

SmearSample: Final[Code] = Code("SCT", "258433009", "Smear sample", (8103,))
"""Smear sample (SCT 258433009)."""

TouchPreparationCytologicMaterial: Final[Code] = Code(
    "SCT", "430855004", "Touch preparation cytologic material", (8103,)
)
"""Touch preparation cytologic material (SCT 430855004)."""

LiquidBasedCytologicMaterial: Final[Code] = Code(
    "SCT", "430346005", "Liquid based cytologic material", (8103,)
)
"""Liquid based cytologic material (SCT 430346005)."""

Aspirate: Final[Code] = Code("SCT", "119295008", "Aspirate", (8103,))
"""Aspirate (SCT 119295008)."""

GeneticSample: Final[Code] = Code("SCT", "258562007", "Genetic sample", (8103,))
"""Genetic sample (SCT 258562007)."""

BreastDuctSample: Final[Code] = Code("SCT", "309548003", "breast duct sample", (8104,))
"""breast duct sample (SCT 309548003). Included from CID 8104."""

FrozenSectionBreastSample: Final[Code] = Code(
    "SCT", "309059004", "frozen section breast sample", (8104,)
)
"""frozen section breast sample (SCT 309059004). Included from CID 8104."""

LumpectomyBreastSample: Final[Code] = Code("SCT", "309546004", "lumpectomy breast sample", (8104,))
"""lumpectomy breast sample (SCT 309546004). Included from CID 8104."""

SpecimenFromBreastObtainedByExcision: Final[Code] = Code(
    "SCT", "397199005", "specimen from breast obtained by excision", (8104,)
)
"""specimen from breast obtained by excision (SCT 397199005). Included from CID 8104."""

SpecimenFromBreastObtainedByTotalMastectomy: Final[Code] = Code(
    "SCT", "122595009", "specimen from breast obtained by total mastectomy", (8104,)
)
"""specimen from breast obtained by total mastectomy (SCT 122595009). Included from CID 8104."""

SegmentectomyBreastSample: Final[Code] = Code(
    "SCT", "309547008", "segmentectomy breast sample", (8104,)
)
"""segmentectomy breast sample (SCT 309547008). Included from CID 8104."""

BreastTruCutBiopsySample: Final[Code] = Code(
    "SCT", "309058007", "breast tru-cut biopsy sample", (8104,)
)
"""breast tru-cut biopsy sample (SCT 309058007). Included from CID 8104."""

SpecimenFromBreastObtainedByCoreNeedleBiopsy: Final[Code] = Code(
    "SCT", "122737001", "specimen from breast obtained by core needle biopsy", (8104,)
)
"""specimen from breast obtained by core needle biopsy (SCT 122737001). Included from CID 8104."""

SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: Final[Code] = Code(
    "SCT", "122738006", "specimen from breast, stereotactically guided core needle biopsy", (8104,)
)
"""specimen from breast, stereotactically guided core needle biopsy (SCT 122738006). Included from CID 8104."""

SpecimenFromBreastByIncisionalBiopsyOfBreastMass: Final[Code] = Code(
    "SCT", "122739003", "specimen from breast by incisional biopsy of breast mass", (8104,)
)
"""specimen from breast by incisional biopsy of breast mass (SCT 122739003). Included from CID 8104."""

SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: Final[Code] = Code(
    "SCT", "373102004", "specimen from breast obtained by image guided core biopsy", (8104,)
)
"""specimen from breast obtained by image guided core biopsy (SCT 373102004). Included from CID 8104."""

MEMBERS: Final[tuple[Code, ...]] = (
    EntireBody,
    BodySubstanceSample,
    BodyFluidSample,
    TissueSpecimen,
    GrossSpecimen,
    TissueSection,
    CoreSampleOfTissueBlock,
    TissueSpot,
    Slide,
    SmearSample,
    TouchPreparationCytologicMaterial,
    LiquidBasedCytologicMaterial,
    Aspirate,
    GeneticSample,
    BreastDuctSample,
    FrozenSectionBreastSample,
    LumpectomyBreastSample,
    SpecimenFromBreastObtainedByExcision,
    SpecimenFromBreastObtainedByTotalMastectomy,
    SegmentectomyBreastSample,
    BreastTruCutBiopsySample,
    SpecimenFromBreastObtainedByCoreNeedleBiopsy,
    SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy,
    SpecimenFromBreastByIncisionalBiopsyOfBreastMass,
    SpecimenFromBreastObtainedByImageGuidedCoreBiopsy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
