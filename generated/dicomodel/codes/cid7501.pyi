"""CID 7501 Neighbouring Grey Level Dependence Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1274.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LowDependenceEmphasis: _Final[_groups.Cid7501Code]
HighDependenceEmphasis: _Final[_groups.Cid7501Code]
LowGreyLevelCountEmphasis: _Final[_groups.Cid7501Code]
HighGreyLevelCountEmphasis: _Final[_groups.Cid7501Code]
LowDependenceLowGreyLevelEmphasis: _Final[_groups.Cid7501Code]
LowDependenceHighGreyLevelEmphasis: _Final[_groups.Cid7501Code]
HighDependenceLowGreyLevelEmphasis: _Final[_groups.Cid7501Code]
HighDependenceHighGreyLevelEmphasis: _Final[_groups.Cid7501Code]
GreyLevelNonUniformityOfNGLDM: _Final[_groups.Cid7501Code]
NormalizedGreyLevelNonUniformityOfNGLDM: _Final[_groups.Cid7501Code]
DependenceCountNonUniformity: _Final[_groups.Cid7501Code]
DependenceCountNonUniformityNormalized: _Final[_groups.Cid7501Code]
DependenceCountPercentage: _Final[_groups.Cid7501Code]
GreyLevelVarianceOfNGLDM: _Final[_groups.Cid7501Code]
DependenceCountVariance: _Final[_groups.Cid7501Code]
DependenceCountEntropy: _Final[_groups.Cid7501Code]
DependenceCountEnergy: _Final[_groups.Cid7501Code]
MEMBERS: _Final[tuple[_groups.Cid7501Code, ...]]
