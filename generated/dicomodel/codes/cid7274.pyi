"""CID 7274 MR Diffusion Model Fitting Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1169.

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
LogOfRatioOfTwoSamples: _Final[_groups.Cid7274Code]
LeastSquaresFitOfMultipleSamples: _Final[_groups.Cid7274Code]
LevenbergMarquardt: _Final[_groups.Cid7274Code]
TrustRegion: _Final[_groups.Cid7274Code]
FixedDp: _Final[_groups.Cid7274Code]
SegmentedUnconstrained: _Final[_groups.Cid7274Code]
SegmentedConstrained: _Final[_groups.Cid7274Code]
BayesianProbability: _Final[_groups.Cid7274Code]
MEMBERS: _Final[tuple[_groups.Cid7274Code, ...]]
