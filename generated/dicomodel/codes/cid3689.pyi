"""CID 3689 ECG Global Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.927.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PDurationGlobal: _Final[_groups.Cid3689Code]
PPTimePeriodGlobal: _Final[_groups.Cid3689Code]
PQTimePeriodGlobal: _Final[_groups.Cid3689Code]
PRTimePeriodGlobal: _Final[_groups.Cid3689Code]
PQSegmentTimePeriodGlobal: _Final[_groups.Cid3689Code]
QRSDurationGlobal: _Final[_groups.Cid3689Code]
QTDurationGlobal: _Final[_groups.Cid3689Code]
RRTimePeriodGlobal: _Final[_groups.Cid3689Code]
QTUTimePeriodGlobal: _Final[_groups.Cid3689Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3689Code]]
