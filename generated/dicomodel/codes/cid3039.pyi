"""CID 3039 Device-related and Environment-related Event.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1337.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeadDisconnected: _Final[_groups.Cid3039Code]
PowerLineProblem: _Final[_groups.Cid3039Code]
PowerSupplyProblem: _Final[_groups.Cid3039Code]
Artifact: _Final[_groups.Cid3039Code]
VideoRecordingOn: _Final[_groups.Cid3039Code]
VideoRecordingOff: _Final[_groups.Cid3039Code]
PreamplifierConnected: _Final[_groups.Cid3039Code]
PreamplifierDisconnected: _Final[_groups.Cid3039Code]
BreakoutBoxConnected: _Final[_groups.Cid3039Code]
BreakoutBoxDisconnected: _Final[_groups.Cid3039Code]
EventButtonPressed: _Final[_groups.Cid3039Code]
EventButtonTest: _Final[_groups.Cid3039Code]
TapTestBegin: _Final[_groups.Cid3039Code]
TapTestEnd: _Final[_groups.Cid3039Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3039Code]]
