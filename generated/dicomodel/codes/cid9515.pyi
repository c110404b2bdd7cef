"""CID 9515 RT Patient Support Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1225.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Table: _Final[_groups.Cid9515Code]
Chair: _Final[_groups.Cid9515Code]
Stretcher: _Final[_groups.Cid9515Code]
Wall: _Final[_groups.Cid9515Code]
Floor: _Final[_groups.Cid9515Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9515Code]]
