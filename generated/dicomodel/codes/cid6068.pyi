"""CID 6068 Tumor Stages From AJCC.

Extensible, version 20040112, UID 1.2.840.10008.6.1.397.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Stage0: _Final[_groups.Cid6068Code]
StageI: _Final[_groups.Cid6068Code]
StageIIA: _Final[_groups.Cid6068Code]
StageIIB: _Final[_groups.Cid6068Code]
StageIIIA: _Final[_groups.Cid6068Code]
StageIIIB: _Final[_groups.Cid6068Code]
StageIIIC: _Final[_groups.Cid6068Code]
StageIV: _Final[_groups.Cid6068Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6068Code]]
