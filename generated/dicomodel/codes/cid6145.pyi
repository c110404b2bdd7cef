"""CID 6145 Baseline Category.

Extensible, version 20030108, UID 1.2.840.10008.6.1.465.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

TargetLesionAtBaseline: _Final[_groups.Cid6145Code]
NonTargetLesionAtBaseline: _Final[_groups.Cid6145Code]
NonLesionAtBaseline: _Final[_groups.Cid6145Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6145Code]]
