"""CID 6001 Overall Breast Composition from BI-RADS®.

Extensible, version 20020904, UID 1.2.840.10008.6.1.331.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6001
NAME: Final[str] = "Overall Breast Composition from BI-RADS®"
KEYWORD: Final[str | None] = "OverallBreastCompositionFromBIRADS"
UID: Final[str | None] = "1.2.840.10008.6.1.331"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AlmostEntirelyFat: Final[Code] = Code("SCT", "129716005", "Almost entirely fat", (6001,))
"""Almost entirely fat (SCT 129716005)."""

ScatteredFibroglandularDensities: Final[Code] = Code(
    "SCT", "129717001", "Scattered fibroglandular densities", (6001,)
)
"""Scattered fibroglandular densities (SCT 129717001)."""

HeterogeneouslyDense: Final[Code] = Code("SCT", "129718006", "Heterogeneously dense", (6001,))
"""Heterogeneously dense (SCT 129718006)."""

ExtremelyDense: Final[Code] = Code("SCT", "129719003", "Extremely dense", (6001,))
"""Extremely dense (SCT 129719003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AlmostEntirelyFat,
    ScatteredFibroglandularDensities,
    HeterogeneouslyDense,
    ExtremelyDense,
)
"""The resolved membership: own members, then those of the included groups, in order."""
