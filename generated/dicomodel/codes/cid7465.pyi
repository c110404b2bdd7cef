"""CID 7465 Measurement Derived From Multiple ROI Measurements.

Extensible, version 20121101, UID 1.2.840.10008.6.1.952.
Includes CID 226, CID 227.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V95thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
V90thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
V1SigmaUpperValueOfPopulation: _Final[_groups.Cid7465Code]
V2SigmaUpperValueOfPopulation: _Final[_groups.Cid7465Code]
MeanValueOfPopulation: _Final[_groups.Cid7465Code]
MedianValueOfPopulation: _Final[_groups.Cid7465Code]
V10thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
V5thPercentileValueOfPopulation: _Final[_groups.Cid7465Code]
V1SigmaLowerValueOfPopulation: _Final[_groups.Cid7465Code]
V2SigmaLowerValueOfPopulation: _Final[_groups.Cid7465Code]
StandardDeviationOfPopulation: _Final[_groups.Cid7465Code]
V2SigmaDeviationOfPopulation: _Final[_groups.Cid7465Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid7465Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid7465Code]
PercentileRankingOfMeasurement: _Final[_groups.Cid7465Code]
ZScoreOfMeasurement: _Final[_groups.Cid7465Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7465Code]]
