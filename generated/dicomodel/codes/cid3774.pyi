"""CID 3774 Social History.

Extensible, version 20220922, UID 1.2.840.10008.6.1.262.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TobaccoSmokingBehavior: _Final[_groups.Cid3774Code]
DrugMisuseBehavior: _Final[_groups.Cid3774Code]
Exercise: _Final[_groups.Cid3774Code]
Nutrition: _Final[_groups.Cid3774Code]
AlcoholConsumption: _Final[_groups.Cid3774Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3774Code]]
