"""CID 8104 Breast Tissue Specimen Type.

Extensible, version 20080626, UID 1.2.840.10008.6.1.1046.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8104
NAME: _Final[str] = "Breast Tissue Specimen Type"
KEYWORD: _Final[str | None] = "BreastTissueSpecimenType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1046"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BreastDuctSample: _Final[_Code] = _Code("SCT", "309548003", "breast duct sample", (8104,))
"""breast duct sample (SCT 309548003)."""

FrozenSectionBreastSample: _Final[_Code] = _Code(
    "SCT", "309059004", "frozen section breast sample", (8104,)
)
"""frozen section breast sample (SCT 309059004)."""

LumpectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309546004", "lumpectomy breast sample", (8104,)
)
"""lumpectomy breast sample (SCT 309546004)."""

SpecimenFromBreastObtainedByExcision: _Final[_Code] = _Code(
    "SCT", "397199005", "specimen from breast obtained by excision", (8104,)
)
"""specimen from breast obtained by excision (SCT 397199005)."""

SpecimenFromBreastObtainedByTotalMastectomy: _Final[_Code] = _Code(
    "SCT", "122595009", "specimen from breast obtained by total mastectomy", (8104,)
)
"""specimen from breast obtained by total mastectomy (SCT 122595009)."""

SegmentectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309547008", "segmentectomy breast sample", (8104,)
)
"""segmentectomy breast sample (SCT 309547008)."""

BreastTruCutBiopsySample: _Final[_Code] = _Code(
    "SCT", "309058007", "breast tru-cut biopsy sample", (8104,)
)
"""breast tru-cut biopsy sample (SCT 309058007)."""

SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122737001", "specimen from breast obtained by core needle biopsy", (8104,)
)
"""specimen from breast obtained by core needle biopsy (SCT 122737001)."""

SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122738006", "specimen from breast, stereotactically guided core needle biopsy", (8104,)
)
"""specimen from breast, stereotactically guided core needle biopsy (SCT 122738006)."""

SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_Code] = _Code(
    "SCT", "122739003", "specimen from breast by incisional biopsy of breast mass", (8104,)
)
"""specimen from breast by incisional biopsy of breast mass (SCT 122739003)."""

SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_Code] = _Code(
    "SCT", "373102004", "specimen from breast obtained by image guided core biopsy", (8104,)
)
"""specimen from breast obtained by image guided core biopsy (SCT 373102004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
