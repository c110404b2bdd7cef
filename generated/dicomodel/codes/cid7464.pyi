"""CID 7464 General Region of Interest Measurement Modifier.

Extensible, version 20121101, UID 1.2.840.10008.6.1.951.
Includes CID 3488.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

StandardDeviation: _Final[_groups.Cid7464Code]
Total: _Final[_groups.Cid7464Code]
Median: _Final[_groups.Cid7464Code]
Mode: _Final[_groups.Cid7464Code]
PeakValueWithinROI: _Final[_groups.Cid7464Code]
CoefficientOfVariance: _Final[_groups.Cid7464Code]
Skewness: _Final[_groups.Cid7464Code]
Kurtosis: _Final[_groups.Cid7464Code]
Variance: _Final[_groups.Cid7464Code]
RootMeanSquare: _Final[_groups.Cid7464Code]
Maximum: _Final[_groups.Cid7464Code]
Minimum: _Final[_groups.Cid7464Code]
Mean: _Final[_groups.Cid7464Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7464Code]]
