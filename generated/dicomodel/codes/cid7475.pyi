"""CID 7475 Gray Level Run Length Based Feature.

Extensible, version 20190121, UID 1.2.840.10008.6.1.1199.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ShortRunsEmphasis: _Final[_groups.Cid7475Code]
LongRunsEmphasis: _Final[_groups.Cid7475Code]
LowGrayLevelRunEmphasis: _Final[_groups.Cid7475Code]
HighGrayLevelRunEmphasis: _Final[_groups.Cid7475Code]
ShortRunLowGrayLevelEmphasis: _Final[_groups.Cid7475Code]
ShortRunHighGrayLevelEmphasis: _Final[_groups.Cid7475Code]
LongRunLowGrayLevelEmphasis: _Final[_groups.Cid7475Code]
LongRunHighGrayLevelEmphasis: _Final[_groups.Cid7475Code]
GrayLevelNonuniformityInRuns: _Final[_groups.Cid7475Code]
NormalizedGrayLevelNonuniformityInRuns: _Final[_groups.Cid7475Code]
RunLengthNonuniformity: _Final[_groups.Cid7475Code]
NormalizedRunLengthNonuniformity: _Final[_groups.Cid7475Code]
RunPercentage: _Final[_groups.Cid7475Code]
GrayLevelVarianceInRuns: _Final[_groups.Cid7475Code]
RunLengthVariance: _Final[_groups.Cid7475Code]
RunEntropy: _Final[_groups.Cid7475Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7475Code]]
