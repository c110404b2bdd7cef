"""CID 224 Selection Method.

Extensible, version 20030327, UID 1.2.840.10008.6.1.29.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

UserChosenValue: _Final[_groups.Cid224Code]
MostRecentValueChosen: _Final[_groups.Cid224Code]
MeanValueChosen: _Final[_groups.Cid224Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid224Code]]
