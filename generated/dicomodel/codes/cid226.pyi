"""CID 226 Population Statistical Descriptor.

Extensible, version 20210903, UID 1.2.840.10008.6.1.31.

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
_95thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
_90thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
_1SigmaUpperValueOfPopulation: _Final[_groups.Cid226Code]
_2SigmaUpperValueOfPopulation: _Final[_groups.Cid226Code]
MeanValueOfPopulation: _Final[_groups.Cid226Code]
MedianValueOfPopulation: _Final[_groups.Cid226Code]
_10thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
_5thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
_1SigmaLowerValueOfPopulation: _Final[_groups.Cid226Code]
_2SigmaLowerValueOfPopulation: _Final[_groups.Cid226Code]
StandardDeviationOfPopulation: _Final[_groups.Cid226Code]
_2SigmaDeviationOfPopulation: _Final[_groups.Cid226Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid226Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid226Code]
MEMBERS: _Final[tuple[_groups.Cid226Code, ...]]
