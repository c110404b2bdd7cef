"""CID 6015 Single Image Finding from BI-RADS®.

Extensible, version 20170914, UID 1.2.840.10008.6.1.345.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6015
NAME: _Final[str] = "Single Image Finding from BI-RADS®"
KEYWORD: _Final[str | None] = "SingleImageFindingFromBIRADS"
UID: _Final[str | None] = "1.2.840.10008.6.1.345"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MammographyBreastDensity: _Final[_Code] = _Code(
    "SCT", "129793001", "Mammography breast density", (6015,)
)
"""Mammography breast density (SCT 129793001)."""

IndividualCalcification: _Final[_Code] = _Code(
    "SCT", "129770007", "Individual Calcification", (6015,)
)
"""Individual Calcification (SCT 129770007)."""

CalcificationCluster: _Final[_Code] = _Code("SCT", "129769006", "Calcification Cluster", (6015,))
"""Calcification Cluster (SCT 129769006)."""

ArchitecturalDistortionOfBreast: _Final[_Code] = _Code(
    "SCT", "129792006", "Architectural distortion of breast", (6015,)
)
"""Architectural distortion of breast (SCT 129792006)."""

TubularDensity: _Final[_Code] = _Code("SCT", "129794007", "Tubular density", (6015,))
"""Tubular density (SCT 129794007)."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008)."""

TrabecularThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129795008", "Trabecular thickening of breast", (6015,)
)
"""Trabecular thickening of breast (SCT 129795008)."""

BreastComposition: _Final[_Code] = _Code(
    "SCT", "129715009", "Breast composition", (6015, 6052, 6053)
)
"""Breast composition (SCT 129715009)."""

SkinRetractionOfBreast: _Final[_Code] = _Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009)."""

SkinThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000)."""

AxillaryAdenopathy: _Final[_Code] = _Code("SCT", "127189005", "Axillary adenopathy", (6015,))
"""Axillary adenopathy (SCT 127189005)."""

SkinLesion: _Final[_Code] = _Code("SCT", "95324001", "Skin lesion", (6015,))
"""Skin lesion (SCT 95324001)."""

CooperLigamentChanges: _Final[_Code] = _Code("DCM", "111111", "Cooper's ligament changes", (6015,))
"""Cooper's ligament changes (DCM 111111)."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002)."""

MassInTheSkin: _Final[_Code] = _Code("DCM", "111112", "Mass in the skin", (6015,))
"""Mass in the skin (DCM 111112)."""

MassOnTheSkin: _Final[_Code] = _Code("DCM", "111113", "Mass on the skin", (6015,))
"""Mass on the skin (DCM 111113)."""

AxillaryLymphNode: _Final[_Code] = _Code("SCT", "68171009", "Axillary lymph node", (6015, 7600))
"""Axillary lymph node (SCT 68171009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MammographyBreastDensity,
    IndividualCalcification,
    CalcificationCluster,
    ArchitecturalDistortionOfBreast,
    TubularDensity,
    IntramammaryLymphNode,
    TrabecularThickeningOfBreast,
    BreastComposition,
    SkinRetractionOfBreast,
    SkinThickeningOfBreast,
    AxillaryAdenopathy,
    SkinLesion,
    CooperLigamentChanges,
    Edema,
    MassInTheSkin,
    MassOnTheSkin,
    AxillaryLymphNode,
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
