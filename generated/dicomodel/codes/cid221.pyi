"""CID 221 Measurement Range Concept.

Extensible, version 20030327, UID 1.2.840.10008.6.1.26.
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
_95thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
_90thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
_1SigmaUpperValueOfPopulation: _Final[_groups.Cid221Code]
_2SigmaUpperValueOfPopulation: _Final[_groups.Cid221Code]
MeanValueOfPopulation: _Final[_groups.Cid221Code]
MedianValueOfPopulation: _Final[_groups.Cid221Code]
_10thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
_5thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
_1SigmaLowerValueOfPopulation: _Final[_groups.Cid221Code]
_2SigmaLowerValueOfPopulation: _Final[_groups.Cid221Code]
StandardDeviationOfPopulation: _Final[_groups.Cid221Code]
_2SigmaDeviationOfPopulation: _Final[_groups.Cid221Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid221Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid221Code]
PercentileRankingOfMeasurement: _Final[_groups.Cid221Code]
ZScoreOfMeasurement: _Final[_groups.Cid221Code]
MEMBERS: _Final[tuple[_groups.Cid221Code, ...]]
