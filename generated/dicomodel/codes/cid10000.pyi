"""CID 10000 Scope of Accumulation.

Extensible, version 20131010, UID 1.2.840.10008.6.1.534.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Study: _Final[_groups.Cid10000Code]
Series: _Final[_groups.Cid10000Code]
PerformedProcedureStep: _Final[_groups.Cid10000Code]
ProcedureStepToThisPoint: _Final[_groups.Cid10000Code]
IrradiationEvent: _Final[_groups.Cid10000Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10000Code]]
