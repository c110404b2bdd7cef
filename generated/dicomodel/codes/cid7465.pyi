"""CID 7465 Measurement Derived From Multiple ROI Measurements.

Extensible, version 20121101, UID 1.2.840.10008.6.1.952.
Includes CID 226, CID 227.

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
_95thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
_90thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
_1SigmaUpperValueOfPopulation: _Final[_groups.Cid7465Code]
_2SigmaUpperValueOfPopulation: _Final[_groups.Cid7465Code]
MeanValueOfPopulation: _Final[_groups.Cid7465Code]
MedianValueOfPopulation: _Final[_groups.Cid7465Code]
_10thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
_5thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
_1SigmaLowerValueOfPopulation: _Final[_groups.Cid7465Code]
_2SigmaLowerValueOfPopulation: _Final[_groups.Cid7465Code]
StandardDeviationOfPopulation: _Final[_groups.Cid7465Code]
_2SigmaDeviationOfPopulation: _Final[_groups.Cid7465Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid7465Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid7465Code]
PercentileRankingOfMeasurement: _Final[_groups.Cid7465Code]
ZScoreOfMeasurement: _Final[_groups.Cid7465Code]
MEMBERS: _Final[tuple[_groups.Cid7465Code, ...]]
