"""CID 3772 Health Status.

Extensible, version 20240611, UID 1.2.840.10008.6.1.260.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Alive: _Final[_groups.Cid3772Code]
AliveAndWell: _Final[_groups.Cid3772Code]
InRemission: _Final[_groups.Cid3772Code]
SymptomFree: _Final[_groups.Cid3772Code]
ChronicallyIll: _Final[_groups.Cid3772Code]
SeverelyIll: _Final[_groups.Cid3772Code]
Disabled: _Final[_groups.Cid3772Code]
SeverelyDisabled: _Final[_groups.Cid3772Code]
Deceased: _Final[_groups.Cid3772Code]
LostToFollowUp: _Final[_groups.Cid3772Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3772Code]]
