"""CID 12221 Flow Direction.

Extensible, version 20100317, UID 1.2.840.10008.6.1.613.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AntegradeFlow: _Final[_groups.Cid12221Code]
RetrogradeFlow: _Final[_groups.Cid12221Code]
RegurgitantFlow: _Final[_groups.Cid12221Code]
LeftToRightCardiovascularShunt: _Final[_groups.Cid12221Code]
RightToLeftCardiovascularShunt: _Final[_groups.Cid12221Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12221Code]]
