"""CID 7274 MR Diffusion Model Fitting Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1169.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LogOfRatioOfTwoSamples: _Final[_groups.Cid7274Code]
LeastSquaresFitOfMultipleSamples: _Final[_groups.Cid7274Code]
LevenbergMarquardt: _Final[_groups.Cid7274Code]
TrustRegion: _Final[_groups.Cid7274Code]
FixedDp: _Final[_groups.Cid7274Code]
SegmentedUnconstrained: _Final[_groups.Cid7274Code]
SegmentedConstrained: _Final[_groups.Cid7274Code]
BayesianProbability: _Final[_groups.Cid7274Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7274Code]]
