"""CID 4404 History of Non-Melanoma Skin Cancer.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1349.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

HistoryOfMalignantBasalCellNeoplasmOfSkin: _Final[_groups.Cid4404Code]
HistoryOfSquamousCellCarcinomaOfSkin: _Final[_groups.Cid4404Code]
HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma: _Final[_groups.Cid4404Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4404Code]]
