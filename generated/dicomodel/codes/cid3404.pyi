"""CID 3404 Staff Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.69.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PersonnelArrived: _Final[_groups.Cid3404Code]
PersonnelDeparted: _Final[_groups.Cid3404Code]
PageSentTo: _Final[_groups.Cid3404Code]
ConsultationWith: _Final[_groups.Cid3404Code]
OfficeCalled: _Final[_groups.Cid3404Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3404Code]]
