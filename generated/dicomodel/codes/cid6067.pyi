"""CID 6067 Fluid Color.

Extensible, version 20040112, UID 1.2.840.10008.6.1.396.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

WhiteColor: _Final[_groups.Cid6067Code]
YellowColor: _Final[_groups.Cid6067Code]
LightBrownColor: _Final[_groups.Cid6067Code]
GreenColor: _Final[_groups.Cid6067Code]
GrayColor: _Final[_groups.Cid6067Code]
DarkRedColor: _Final[_groups.Cid6067Code]
DarkBrownColor: _Final[_groups.Cid6067Code]
Clear: _Final[_groups.Cid6067Code]
BrownColor: _Final[_groups.Cid6067Code]
BrightRedColor: _Final[_groups.Cid6067Code]
BloodTingedColor: _Final[_groups.Cid6067Code]
BlackColor: _Final[_groups.Cid6067Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6067Code]]
