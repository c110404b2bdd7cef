"""CID 12294 Cardiac Ultrasound Pericardium and Pleura Finding Site.

Extensible, version 20100317, UID 1.2.840.10008.6.1.874.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Pericardium: _Final[_groups.Cid12294Code]
Pleura: _Final[_groups.Cid12294Code]
LeftPleura: _Final[_groups.Cid12294Code]
RightPleura: _Final[_groups.Cid12294Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12294Code]]
