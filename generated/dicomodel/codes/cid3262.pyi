"""CID 3262 ECG Patient State Value.

Extensible, version 20020904, UID 1.2.840.10008.6.1.58.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BaselineState: _Final[_groups.Cid3262Code]
ExerciseState: _Final[_groups.Cid3262Code]
PostExerciseState: _Final[_groups.Cid3262Code]
RestingState: _Final[_groups.Cid3262Code]
SupineBodyPosition: _Final[_groups.Cid3262Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3262Code]]
