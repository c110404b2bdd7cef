"""CID 3627 Measurement Type.

Extensible, version 20060613, UID 1.2.840.10008.6.1.172.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BestValue: _Final[_groups.Cid3627Code]
Mean: _Final[_groups.Cid3627Code]
Median: _Final[_groups.Cid3627Code]
Mode: _Final[_groups.Cid3627Code]
PointSourceMeasurement: _Final[_groups.Cid3627Code]
PeakToPeak: _Final[_groups.Cid3627Code]
VisualEstimation: _Final[_groups.Cid3627Code]
Estimated: _Final[_groups.Cid3627Code]
Calculated: _Final[_groups.Cid3627Code]
Measured: _Final[_groups.Cid3627Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3627Code]]
