"""CID 7002 Diagnostic Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.483.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

History: _Final[_groups.Cid7002Code]
Request: _Final[_groups.Cid7002Code]
ProcedureDescription: _Final[_groups.Cid7002Code]
PreviousFinding: _Final[_groups.Cid7002Code]
Finding: _Final[_groups.Cid7002Code]
Impression: _Final[_groups.Cid7002Code]
Recommendation: _Final[_groups.Cid7002Code]
Conclusion: _Final[_groups.Cid7002Code]
ComplicationOfProcedure: _Final[_groups.Cid7002Code]
PatientPresentation: _Final[_groups.Cid7002Code]
Summary: _Final[_groups.Cid7002Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7002Code]]
