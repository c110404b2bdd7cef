"""CID 8103 Anatomic Pathology Specimen Type.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1045.
Includes CID 8104.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8103
NAME: _Final[str] = "Anatomic Pathology Specimen Type"
KEYWORD: _Final[str | None] = "AnatomicPathologySpecimenType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1045"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = (8104,)
EXTERNAL_SCHEME: _Final[str | None] = None

EntireBody: _Final[_Code] = _Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002)."""

BodySubstanceSample: _Final[_Code] = _Code("SCT", "309050000", "Body substance sample", (8103,))
"""Body substance sample (SCT 309050000)."""

BodyFluidSample: _Final[_Code] = _Code("SCT", "309051001", "Body fluid sample", (8103,))
"""Body fluid sample (SCT 309051001)."""

TissueSpecimen: _Final[_Code] = _Code("SCT", "119376003", "Tissue specimen", (4010, 8103))
"""Tissue specimen (SCT 119376003)."""

GrossSpecimen: _Final[_Code] = _Code("SCT", "430861001", "Gross specimen", (8103,))
"""Gross specimen (SCT 430861001)."""

TissueSection: _Final[_Code] = _Code("SCT", "430856003", "Tissue section", (8103,))
"""Tissue section (SCT 430856003)."""

CoreSampleOfTissueBlock: _Final[_Code] = _Code(
    "SCT", "430970004", "Core sample of tissue block", (8103,)
)
"""Core sample of tissue block (SCT 430970004)."""

TissueSpot: _Final[_Code] = _Code("SCT", "431196006", "Tissue spot", (8103,))
"""Tissue spot (SCT 431196006)."""

Slide: _Final[_Code] = _Code("SCT", "1179252003", "Slide", (8103,))
"""Slide (SCT 1179252003)."""

SmearSample: _Final[_Code] = _Code("SCT", "258433009", "Smear sample", (8103,))
"""Smear sample (SCT 258433009)."""

TouchPreparationCytologicMaterial: _Final[_Code] = _Code(
    "SCT", "430855004", "Touch preparation cytologic material", (8103,)
)
"""Touch preparation cytologic material (SCT 430855004)."""

LiquidBasedCytologicMaterial: _Final[_Code] = _Code(
    "SCT", "430346005", "Liquid based cytologic material", (8103,)
)
"""Liquid based cytologic material (SCT 430346005)."""

Aspirate: _Final[_Code] = _Code("SCT", "119295008", "Aspirate", (8103,))
"""Aspirate (SCT 119295008)."""

GeneticSample: _Final[_Code] = _Code("SCT", "258562007", "Genetic sample", (8103,))
"""Genetic sample (SCT 258562007)."""

BreastDuctSample: _Final[_Code] = _Code("SCT", "309548003", "breast duct sample", (8104,))
"""breast duct sample (SCT 309548003). Included from CID 8104."""

FrozenSectionBreastSample: _Final[_Code] = _Code(
    "SCT", "309059004", "frozen section breast sample", (8104,)
)
"""frozen section breast sample (SCT 309059004). Included from CID 8104."""

LumpectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309546004", "lumpectomy breast sample", (8104,)
)
"""lumpectomy breast sample (SCT 309546004). Included from CID 8104."""

SpecimenFromBreastObtainedByExcision: _Final[_Code] = _Code(
    "SCT", "397199005", "specimen from breast obtained by excision", (8104,)
)
"""specimen from breast obtained by excision (SCT 397199005). Included from CID 8104."""

SpecimenFromBreastObtainedByTotalMastectomy: _Final[_Code] = _Code(
    "SCT", "122595009", "specimen from breast obtained by total mastectomy", (8104,)
)
"""specimen from breast obtained by total mastectomy (SCT 122595009). Included from CID 8104."""

SegmentectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309547008", "segmentectomy breast sample", (8104,)
)
"""segmentectomy breast sample (SCT 309547008). Included from CID 8104."""

BreastTruCutBiopsySample: _Final[_Code] = _Code(
    "SCT", "309058007", "breast tru-cut biopsy sample", (8104,)
)
"""breast tru-cut biopsy sample (SCT 309058007). Included from CID 8104."""

SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122737001", "specimen from breast obtained by core needle biopsy", (8104,)
)
"""specimen from breast obtained by core needle biopsy (SCT 122737001). Included from CID 8104."""

SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122738006", "specimen from breast, stereotactically guided core needle biopsy", (8104,)
)
"""specimen from breast, stereotactically guided core needle biopsy (SCT 122738006). Included from CID 8104."""

SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_Code] = _Code(
    "SCT", "122739003", "specimen from breast by incisional biopsy of breast mass", (8104,)
)
"""specimen from breast by incisional biopsy of breast mass (SCT 122739003). Included from CID 8104."""

SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_Code] = _Code(
    "SCT", "373102004", "specimen from breast obtained by image guided core biopsy", (8104,)
)
"""specimen from breast obtained by image guided core biopsy (SCT 373102004). Included from CID 8104."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
