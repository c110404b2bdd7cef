"""CID 226 Population Statistical Descriptor.

Extensible, version 20210903, UID 1.2.840.10008.6.1.31.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V95thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
V90thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
V1SigmaUpperValueOfPopulation: _Final[_groups.Cid226Code]
V2SigmaUpperValueOfPopulation: _Final[_groups.Cid226Code]
MeanValueOfPopulation: _Final[_groups.Cid226Code]
MedianValueOfPopulation: _Final[_groups.Cid226Code]
V10thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
V5thPercentileValueOfPopulation: _Final[_groups.Cid226Code]
V1SigmaLowerValueOfPopulation: _Final[_groups.Cid226Code]
V2SigmaLowerValueOfPopulation: _Final[_groups.Cid226Code]
StandardDeviationOfPopulation: _Final[_groups.Cid226Code]
V2SigmaDeviationOfPopulation: _Final[_groups.Cid226Code]
InterquartileRangeOfPopulation: _Final[_groups.Cid226Code]
InterquartileRangeToMedianRatioOfPopulation: _Final[_groups.Cid226Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid226Code]]
