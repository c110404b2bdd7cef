"""CID 3836 Time-based Perfusion Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.286.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SignalEarliestPeakTime: _Final[_groups.Cid3836Code]
SignalIncreaseStartTime: _Final[_groups.Cid3836Code]
SignalTimeToPeak: _Final[_groups.Cid3836Code]
SignalBaselineStart: _Final[_groups.Cid3836Code]
SignalBaselineEnd: _Final[_groups.Cid3836Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3836Code]]
