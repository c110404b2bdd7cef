"""CID 6322 Prostate Cancer Family History.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1379.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

FamilyHistoryOfProstateCancer: _Final[_groups.Cid6322Code]
NoFamilyHistoryOfProstateCancer: _Final[_groups.Cid6322Code]
FamilyHistoryUnknown: _Final[_groups.Cid6322Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6322Code]]
