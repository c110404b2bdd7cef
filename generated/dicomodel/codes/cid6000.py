"""CID 6000 Overall Breast Composition.

Extensible, version 20020904, UID 1.2.840.10008.6.1.330.
Includes CID 6001.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6000
NAME: Final[str] = "Overall Breast Composition"
KEYWORD: Final[str | None] = "OverallBreastComposition"
UID: Final[str | None] = "1.2.840.10008.6.1.330"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = (6001,)
EXTERNAL_SCHEME: Final[str | None] = None

AlmostEntirelyFat: Final[Code] = Code("SCT", "129716005", "Almost entirely fat", (6001,))
"""Almost entirely fat (SCT 129716005). Included from CID 6001."""

ScatteredFibroglandularDensities: Final[Code] = Code(
    "SCT", "129717001", "Scattered fibroglandular densities", (6001,)
)
"""Scattered fibroglandular densities (SCT 129717001). Included from CID 6001."""

HeterogeneouslyDense: Final[Code] = Code("SCT", "129718006", "Heterogeneously dense", (6001,))
"""Heterogeneously dense (SCT 129718006). Included from CID 6001."""

ExtremelyDense: Final[Code] = Code("SCT", "129719003", "Extremely dense", (6001,))
"""Extremely dense (SCT 129719003). Included from CID 6001."""

MEMBERS: Final[tuple[Code, ...]] = (
    AlmostEntirelyFat,
    ScatteredFibroglandularDensities,
    HeterogeneouslyDense,
    ExtremelyDense,
)
"""The resolved membership: own members, then those of the included groups, in order."""
