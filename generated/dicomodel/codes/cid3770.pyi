"""CID 3770 Problem Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.259.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ActiveProblem: _Final[_groups.Cid3770Code]
Chronic: _Final[_groups.Cid3770Code]
Intermittent: _Final[_groups.Cid3770Code]
Recurrent: _Final[_groups.Cid3770Code]
Suspected: _Final[_groups.Cid3770Code]
InactiveProblem: _Final[_groups.Cid3770Code]
ProblemResolved: _Final[_groups.Cid3770Code]
KnownAbsent: _Final[_groups.Cid3770Code]
WellControlled: _Final[_groups.Cid3770Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3770Code]]
