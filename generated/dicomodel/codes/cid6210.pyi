"""CID 6210 Location in Intestinal Tract.

Extensible, version 20090402, UID 1.2.840.10008.6.1.797.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Rectum: _Final[_groups.Cid6210Code]
SigmoidColon: _Final[_groups.Cid6210Code]
DescendingColon: _Final[_groups.Cid6210Code]
TransverseColon: _Final[_groups.Cid6210Code]
AscendingColon: _Final[_groups.Cid6210Code]
Cecum: _Final[_groups.Cid6210Code]
SplenicFlexureOfColon: _Final[_groups.Cid6210Code]
HepaticFlexureOfColon: _Final[_groups.Cid6210Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6210Code]]
