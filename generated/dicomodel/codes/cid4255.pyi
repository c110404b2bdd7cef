"""CID 4255 Visual Field Illumination Color.

Extensible, version 20100827, UID 1.2.840.10008.6.1.914.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Yellow: _Final[_groups.Cid4255Code]
White: _Final[_groups.Cid4255Code]
Red: _Final[_groups.Cid4255Code]
Blue: _Final[_groups.Cid4255Code]
Green: _Final[_groups.Cid4255Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4255Code]]
