"""CID 7501 Neighbouring Grey Level Dependence Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1274.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7501
NAME: _Final[str] = "Neighbouring Grey Level Dependence Based Feature"
KEYWORD: _Final[str | None] = "NeighbouringGreyLevelDependenceBasedFeature"
UID: _Final[str | None] = "1.2.840.10008.6.1.1274"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LowDependenceEmphasis: _Final[_Code] = _Code("IBSI", "SODN", "Low dependence emphasis", (7501,))
"""Low dependence emphasis (IBSI SODN)."""

HighDependenceEmphasis: _Final[_Code] = _Code("IBSI", "IMOQ", "High dependence emphasis", (7501,))
"""High dependence emphasis (IBSI IMOQ)."""

LowGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "TL9H", "Low grey level count emphasis", (7501,)
)
"""Low grey level count emphasis (IBSI TL9H)."""

HighGreyLevelCountEmphasis: _Final[_Code] = _Code(
    "IBSI", "OAE7", "High grey level count emphasis", (7501,)
)
"""High grey level count emphasis (IBSI OAE7)."""

LowDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "EQ3F", "Low dependence low grey level emphasis", (7501,)
)
"""Low dependence low grey level emphasis (IBSI EQ3F)."""

LowDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "JA6D", "Low dependence high grey level emphasis", (7501,)
)
"""Low dependence high grey level emphasis (IBSI JA6D)."""

HighDependenceLowGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "NBZI", "High dependence low grey level emphasis", (7501,)
)
"""High dependence low grey level emphasis (IBSI NBZI)."""

HighDependenceHighGreyLevelEmphasis: _Final[_Code] = _Code(
    "IBSI", "9QMG", "High dependence high grey level emphasis", (7501,)
)
"""High dependence high grey level emphasis (IBSI 9QMG)."""

GreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "FP8K", "Grey level non-uniformity of NGLDM", (7501,)
)
"""Grey level non-uniformity of NGLDM (IBSI FP8K)."""

NormalizedGreyLevelNonUniformityOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "5SPA", "Normalized grey level non-uniformity of NGLDM", (7501,)
)
"""Normalized grey level non-uniformity of NGLDM (IBSI 5SPA)."""

DependenceCountNonUniformity: _Final[_Code] = _Code(
    "IBSI", "Z87G", "Dependence count non-uniformity", (7501,)
)
"""Dependence count non-uniformity (IBSI Z87G)."""

DependenceCountNonUniformityNormalized: _Final[_Code] = _Code(
    "IBSI", "OKJI", "Dependence count non-uniformity normalized", (7501,)
)
"""Dependence count non-uniformity normalized (IBSI OKJI)."""

DependenceCountPercentage: _Final[_Code] = _Code(
    "IBSI", "6XV8", "Dependence count percentage", (7501,)
)
"""Dependence count percentage (IBSI 6XV8)."""

GreyLevelVarianceOfNGLDM: _Final[_Code] = _Code(
    "IBSI", "1PFV", "Grey level variance of NGLDM", (7501,)
)
"""Grey level variance of NGLDM (IBSI 1PFV)."""

DependenceCountVariance: _Final[_Code] = _Code("IBSI", "DNX2", "Dependence count variance", (7501,))
"""Dependence count variance (IBSI DNX2)."""

DependenceCountEntropy: _Final[_Code] = _Code("IBSI", "FCBV", "Dependence count entropy", (7501,))
"""Dependence count entropy (IBSI FCBV)."""

DependenceCountEnergy: _Final[_Code] = _Code("IBSI", "CAS9", "Dependence count energy", (7501,))
"""Dependence count energy (IBSI CAS9)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
