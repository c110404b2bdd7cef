"""CID 4401 Fitzpatrick Skin Type.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1346.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FitzpatrickSkinTypeI: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeII: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeIII: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeIV: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeV: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeVI: _Final[_groups.Cid4401Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4401Code]]
