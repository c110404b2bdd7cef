"""CID 3602 Hemodynamic Patient State.

Extensible, version 20030327, UID 1.2.840.10008.6.1.154.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BaselineState: _Final[_groups.Cid3602Code]
SupineBodyPosition: _Final[_groups.Cid3602Code]
RestingState: _Final[_groups.Cid3602Code]
ExerciseState: _Final[_groups.Cid3602Code]
PostExerciseState: _Final[_groups.Cid3602Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3602Code]]
