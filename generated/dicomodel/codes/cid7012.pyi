"""CID 7012 Best in Set.

Extensible, version 20020904, UID 1.2.840.10008.6.1.492.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Study: _Final[_groups.Cid7012Code]
Series: _Final[_groups.Cid7012Code]
PerformedProcedureStep: _Final[_groups.Cid7012Code]
StageView: _Final[_groups.Cid7012Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7012Code]]
