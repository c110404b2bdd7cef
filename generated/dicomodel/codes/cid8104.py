"""CID 8104 Breast Tissue Specimen Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1046.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8104
NAME: Final[str] = "Breast Tissue Specimen Type"
KEYWORD: Final[str | None] = "BreastTissueSpecimenType"
UID: Final[str | None] = "1.2.840.10008.6.1.1046"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BreastDuctSample: Final[Code] = Code("SCT", "309548003", "breast duct sample", (8104,))
"""breast duct sample (SCT 309548003)."""

FrozenSectionBreastSample: Final[Code] = Code(
    "SCT", "309059004", "frozen section breast sample", (8104,)
)
"""frozen section breast sample (SCT 309059004)."""

LumpectomyBreastSample: Final[Code] = Code("SCT", "309546004", "lumpectomy breast sample", (8104,))
"""lumpectomy breast sample (SCT 309546004)."""

SpecimenFromBreastObtainedByExcision: Final[Code] = Code(
    "SCT", "397199005", "specimen from breast obtained by excision", (8104,)
)
"""specimen from breast obtained by excision (SCT 397199005)."""

SpecimenFromBreastObtainedByTotalMastectomy: Final[Code] = Code(
    "SCT", "122595009", "specimen from breast obtained by total mastectomy", (8104,)
)
"""specimen from breast obtained by total mastectomy (SCT 122595009)."""

SegmentectomyBreastSample: Final[Code] = Code(
    "SCT", "309547008", "segmentectomy breast sample", (8104,)
)
"""segmentectomy breast sample (SCT 309547008)."""

BreastTruCutBiopsySample: Final[Code] = Code(
    "SCT", "309058007", "breast tru-cut biopsy sample", (8104,)
)
"""breast tru-cut biopsy sample (SCT 309058007)."""

SpecimenFromBreastObtainedByCoreNeedleBiopsy: Final[Code] = Code(
    "SCT", "122737001", "specimen from breast obtained by core needle biopsy", (8104,)
)
"""specimen from breast obtained by core needle biopsy (SCT 122737001)."""

SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: Final[Code] = Code(
    "SCT", "122738006", "specimen from breast, stereotactically guided core needle biopsy", (8104,)
)
"""specimen from breast, stereotactically guided core needle biopsy (SCT 122738006)."""

SpecimenFromBreastByIncisionalBiopsyOfBreastMass: Final[Code] = Code(
    "SCT", "122739003", "specimen from breast by incisional biopsy of breast mass", (8104,)
)
"""specimen from breast by incisional biopsy of breast mass (SCT 122739003)."""

SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: Final[Code] = Code(
    "SCT", "373102004", "specimen from breast obtained by image guided core biopsy", (8104,)
)
"""specimen from breast obtained by image guided core biopsy (SCT 373102004)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
