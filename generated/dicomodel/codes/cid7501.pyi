"""CID 7501 Neighbouring Grey Level Dependence Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1274.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
LowDependenceEmphasis: _Final[_Code]
HighDependenceEmphasis: _Final[_Code]
LowGreyLevelCountEmphasis: _Final[_Code]
HighGreyLevelCountEmphasis: _Final[_Code]
LowDependenceLowGreyLevelEmphasis: _Final[_Code]
LowDependenceHighGreyLevelEmphasis: _Final[_Code]
HighDependenceLowGreyLevelEmphasis: _Final[_Code]
HighDependenceHighGreyLevelEmphasis: _Final[_Code]
GreyLevelNonUniformityOfNGLDM: _Final[_Code]
NormalizedGreyLevelNonUniformityOfNGLDM: _Final[_Code]
DependenceCountNonUniformity: _Final[_Code]
DependenceCountNonUniformityNormalized: _Final[_Code]
DependenceCountPercentage: _Final[_Code]
GreyLevelVarianceOfNGLDM: _Final[_Code]
DependenceCountVariance: _Final[_Code]
DependenceCountEntropy: _Final[_Code]
DependenceCountEnergy: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
