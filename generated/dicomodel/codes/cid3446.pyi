"""CID 3446 Skin Condition.

Extensible, version 20030327, UID 1.2.840.10008.6.1.96.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

SkinConditionWarm: _Final[_groups.Cid3446Code]
SkinConditionCool: _Final[_groups.Cid3446Code]
SkinConditionCold: _Final[_groups.Cid3446Code]
SkinConditionDry: _Final[_groups.Cid3446Code]
SkinConditionClammy: _Final[_groups.Cid3446Code]
SkinConditionDiaphoretic: _Final[_groups.Cid3446Code]
SkinConditionFlush: _Final[_groups.Cid3446Code]
SkinConditionMottled: _Final[_groups.Cid3446Code]
SkinConditionPale: _Final[_groups.Cid3446Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3446Code]]
