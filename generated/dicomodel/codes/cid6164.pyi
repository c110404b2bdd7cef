"""CID 6164 Time Interval.

Extensible, version 20050822, UID 1.2.840.10008.6.1.478.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LesserThan3MonthsAgo: _Final[_groups.Cid6164Code]
V4MonthsTo1YearAgo: _Final[_groups.Cid6164Code]
GreaterThan1YearAgo: _Final[_groups.Cid6164Code]
NotSure: _Final[_groups.Cid6164Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6164Code]]
