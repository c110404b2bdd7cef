"""CID 221 Measurement Range Concept.

Extensible, version 20030327, UID 1.2.840.10008.6.1.26.
Includes CID 226, CID 227.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V95thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
V90thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
V1SigmaUpperValueOfPopulation: _Final[_groups.Cid221Code]
V2SigmaUpperValueOfPopulation: _Final[_groups.Cid221Code]
MeanValueOfPopulation: _Final[_groups.Cid221Code]
MedianValueOfPopulation: _Final[_groups.Cid221Code]
V10thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
V5thPercentileValueOfPopulation: _Final[_groups.Cid221Code]
V1SigmaLowerValueOfPopulation: _Final[_groups.Cid221Code]
V2SigmaLowerValueOfPopulation: _Final[_groups.Cid221Code]
StandardDeviationOfPopulation: _Final[_groups.Cid221Code]
V2SigmaDeviationOfPopulation: _Final[_groups.Cid221Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid221Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid221Code]
PercentileRankingOfMeasurement: _Final[_groups.Cid221Code]
ZScoreOfMeasurement: _Final[_groups.Cid221Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid221Code]]
