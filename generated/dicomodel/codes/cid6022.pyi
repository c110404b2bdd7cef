"""CID 6022 Side.

Non-extensible, version 20020904, UID 1.2.840.10008.6.1.352.
Includes CID 6023.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftBreast: _Final[_groups.Cid6022Code]
RightBreast: _Final[_groups.Cid6022Code]
BothBreasts: _Final[_groups.Cid6022Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6022Code]]
