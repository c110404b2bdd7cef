"""CID 7009 Purpose of Reference to Predecessor Report.

Extensible, version 20090826, UID 1.2.840.10008.6.1.818.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ReplacedReport: _Final[_groups.Cid7009Code]
AddendedReport: _Final[_groups.Cid7009Code]
PreliminaryReport: _Final[_groups.Cid7009Code]
PartialReport: _Final[_groups.Cid7009Code]
CurrentProcedureEvidence: _Final[_groups.Cid7009Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7009Code]]
