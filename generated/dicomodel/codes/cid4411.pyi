"""CID 4411 Lesion Color.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1479.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Red: _Final[_groups.Cid4411Code]
Orange: _Final[_groups.Cid4411Code]
Pink: _Final[_groups.Cid4411Code]
Yellow: _Final[_groups.Cid4411Code]
Purple: _Final[_groups.Cid4411Code]
White: _Final[_groups.Cid4411Code]
Black: _Final[_groups.Cid4411Code]
Gray: _Final[_groups.Cid4411Code]
Brown: _Final[_groups.Cid4411Code]
Blue: _Final[_groups.Cid4411Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4411Code]]
