"""CID 6015 Single Image Finding from BI-RADS®.

Extensible, version 20170914, UID 1.2.840.10008.6.1.345.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6015
NAME: Final[str] = "Single Image Finding from BI-RADS®"
KEYWORD: Final[str | None] = "SingleImageFindingFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.345"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MammographyBreastDensity: Final[Code] = Code(
    "SCT", "129793001", "Mammography breast density", (6015,)
)
"""Mammography breast density (SCT 129793001)."""

IndividualCalcification: Final[Code] = Code("SCT", "129770007", "Individual Calcification", (6015,))
"""Individual Calcification (SCT 129770007)."""

CalcificationCluster: Final[Code] = Code("SCT", "129769006", "Calcification Cluster", (6015,))
"""Calcification Cluster (SCT 129769006)."""

ArchitecturalDistortionOfBreast: Final[Code] = Code(
    "SCT", "129792006", "Architectural distortion of breast", (6015,)
)
"""Architectural distortion of breast (SCT 129792006)."""

TubularDensity: Final[Code] = Code("SCT", "129794007", "Tubular density", (6015,))
"""Tubular density (SCT 129794007)."""

IntramammaryLymphNode: Final[Code] = Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008)."""

TrabecularThickeningOfBreast: Final[Code] = Code(
    "SCT", "129795008", "Trabecular thickening of breast", (6015,)
)
"""Trabecular thickening of breast (SCT 129795008)."""

BreastComposition: Final[Code] = Code("SCT", "129715009", "Breast composition", (6015, 6052, 6053))
"""Breast composition (SCT 129715009)."""

SkinRetractionOfBreast: Final[Code] = Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009)."""

SkinThickeningOfBreast: Final[Code] = Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000)."""

AxillaryAdenopathy: Final[Code] = Code("SCT", "127189005", "Axillary adenopathy", (6015,))
"""Axillary adenopathy (SCT 127189005)."""

SkinLesion: Final[Code] = Code("SCT", "95324001", "Skin lesion", (6015,))
"""Skin lesion (SCT 95324001)."""

CooperLigamentChanges: Final[Code] = Code("DCM", "111111", "Cooper's ligament changes", (6015,))
"""Cooper's ligament changes (DCM 111111)."""

Edema: Final[Code] = Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002)."""

MassInTheSkin: Final[Code] = Code("DCM", "111112", "Mass in the skin", (6015,))
"""Mass in the skin (DCM 111112)."""

MassOnTheSkin: Final[Code] = Code("DCM", "111113", "Mass on the skin", (6015,))
"""Mass on the skin (DCM 111113)."""

AxillaryLymphNode: Final[Code] = Code("SCT", "68171009", "Axillary lymph node", (6015, 7600))
"""Axillary lymph node (SCT 68171009)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
