"""CID 10073 Value Timing.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1363.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

DurationOfTimePeriod: _Final[_groups.Cid10073Code]
BeginningOfTimePeriod: _Final[_groups.Cid10073Code]
EndOfTimePeriod: _Final[_groups.Cid10073Code]
MiddleOfTimePeriod: _Final[_groups.Cid10073Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10073Code]]
