"""CID 4201 Patient Eye Movement Command.

Extensible, version 20040921, UID 1.2.840.10008.6.1.317.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PrimaryGaze: _Final[_groups.Cid4201Code]
UpwardGaze: _Final[_groups.Cid4201Code]
LeftUpgaze: _Final[_groups.Cid4201Code]
LeftGaze: _Final[_groups.Cid4201Code]
LeftDowngaze: _Final[_groups.Cid4201Code]
Downgaze: _Final[_groups.Cid4201Code]
RightDowngaze: _Final[_groups.Cid4201Code]
RightGaze: _Final[_groups.Cid4201Code]
RightUpgaze: _Final[_groups.Cid4201Code]
ConvergentGaze: _Final[_groups.Cid4201Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4201Code]]
