"""CID 7501 Neighbouring Grey Level Dependence Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1274.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7501
NAME: Final[str] = "Neighbouring Grey Level Dependence Based Feature"
KEYWORD: Final[str | None] = "NeighbouringGreyLevelDependenceBasedFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.1274"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190121"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LowDependenceEmphasis: Final[Code] = Code("IBSI", "SODN", "Low dependence emphasis", (7501,))
"""Low dependence emphasis (IBSI SODN)."""

HighDependenceEmphasis: Final[Code] = Code("IBSI", "IMOQ", "High dependence emphasis", (7501,))
"""High dependence emphasis (IBSI IMOQ)."""

LowGreyLevelCountEmphasis: Final[Code] = Code(
    "IBSI", "TL9H", "Low grey level count emphasis", (7501,)
)
"""Low grey level count emphasis (IBSI TL9H)."""

HighGreyLevelCountEmphasis: Final[Code] = Code(
    "IBSI", "OAE7", "High grey level count emphasis", (7501,)
)
"""High grey level count emphasis (IBSI OAE7)."""

LowDependenceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "EQ3F", "Low dependence low grey level emphasis", (7501,)
)
"""Low dependence low grey level emphasis (IBSI EQ3F)."""

LowDependenceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "JA6D", "Low dependence high grey level emphasis", (7501,)
)
"""Low dependence high grey level emphasis (IBSI JA6D)."""

HighDependenceLowGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "NBZI", "High dependence low grey level emphasis", (7501,)
)
"""High dependence low grey level emphasis (IBSI NBZI)."""

HighDependenceHighGreyLevelEmphasis: Final[Code] = Code(
    "IBSI", "9QMG", "High dependence high grey level emphasis", (7501,)
)
"""High dependence high grey level emphasis (IBSI 9QMG)."""

GreyLevelNonUniformityOfNGLDM: Final[Code] = Code(
    "IBSI", "FP8K", "Grey level non-uniformity of NGLDM", (7501,)
)
"""Grey level non-uniformity of NGLDM (IBSI FP8K)."""

NormalizedGreyLevelNonUniformityOfNGLDM: Final[Code] = Code(
    "IBSI", "5SPA", "Normalized grey level non-uniformity of NGLDM", (7501,)
)
"""Normalized grey level non-uniformity of NGLDM (IBSI 5SPA)."""

DependenceCountNonUniformity: Final[Code] = Code(
    "IBSI", "Z87G", "Dependence count non-uniformity", (7501,)
)
"""Dependence count non-uniformity (IBSI Z87G)."""

DependenceCountNonUniformityNormalized: Final[Code] = Code(
    "IBSI", "OKJI", "Dependence count non-uniformity normalized", (7501,)
)
"""Dependence count non-uniformity normalized (IBSI OKJI)."""

DependenceCountPercentage: Final[Code] = Code(
    "IBSI", "6XV8", "Dependence count percentage", (7501,)
)
"""Dependence count percentage (IBSI 6XV8)."""

GreyLevelVarianceOfNGLDM: Final[Code] = Code(
    "IBSI", "1PFV", "Grey level variance of NGLDM", (7501,)
)
"""Grey level variance of NGLDM (IBSI 1PFV)."""

DependenceCountVariance: Final[Code] = Code("IBSI", "DNX2", "Dependence count variance", (7501,))
"""Dependence count variance (IBSI DNX2)."""

DependenceCountEntropy: Final[Code] = Code("IBSI", "FCBV", "Dependence count entropy", (7501,))
"""Dependence count entropy (IBSI FCBV)."""

DependenceCountEnergy: Final[Code] = Code("IBSI", "CAS9", "Dependence count energy", (7501,))
"""Dependence count energy (IBSI CAS9)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LowDependenceEmphasis,
    HighDependenceEmphasis,
    LowGreyLevelCountEmphasis,
    HighGreyLevelCountEmphasis,
    LowDependenceLowGreyLevelEmphasis,
    LowDependenceHighGreyLevelEmphasis,
    HighDependenceLowGreyLevelEmphasis,
    HighDependenceHighGreyLevelEmphasis,
    GreyLevelNonUniformityOfNGLDM,
    NormalizedGreyLevelNonUniformityOfNGLDM,
    DependenceCountNonUniformity,
    DependenceCountNonUniformityNormalized,
    DependenceCountPercentage,
    GreyLevelVarianceOfNGLDM,
    DependenceCountVariance,
    DependenceCountEntropy,
    DependenceCountEnergy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
