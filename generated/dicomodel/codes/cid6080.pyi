"""CID 6080 Gynecological Hormone.

Extensible, version 20050822, UID 1.2.840.10008.6.1.402.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Contraceptives: _Final[_groups.Cid6080Code]
EstrogenProduct: _Final[_groups.Cid6080Code]
ProgesteroneProduct: _Final[_groups.Cid6080Code]
Tamoxifen: _Final[_groups.Cid6080Code]
UnspecifiedGynecologicalHormone: _Final[_groups.Cid6080Code]
Raloxifene: _Final[_groups.Cid6080Code]
Anastrozole: _Final[_groups.Cid6080Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6080Code]]
