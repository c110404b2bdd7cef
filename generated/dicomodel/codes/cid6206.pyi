"""CID 6206 Recumbent Patient Orientation for Colon.

Extensible, version 20090402, UID 1.2.840.10008.6.1.793.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Prone: _Final[_groups.Cid6206Code]
Supine: _Final[_groups.Cid6206Code]
RightLateralDecubitus: _Final[_groups.Cid6206Code]
LeftLateralDecubitus: _Final[_groups.Cid6206Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6206Code]]
