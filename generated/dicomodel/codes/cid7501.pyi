"""CID 7501 Neighbouring Grey Level Dependence Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1274.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7501Code]]
