"""CID 3714 Thrombus.

Extensible, version 20030327, UID 1.2.840.10008.6.1.215.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

NoThrombus: _Final[_groups.Cid3714Code]
PossibleThrombus: _Final[_groups.Cid3714Code]
DefiniteThrombus: _Final[_groups.Cid3714Code]
SevereThrombus: _Final[_groups.Cid3714Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3714Code]]
