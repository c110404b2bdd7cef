"""CID 3020 Assessment from CAD-RADS™.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1429.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

V0DocumentedAbsenceOfCAD: _Final[_groups.Cid3020Code]
V1MinimalNonObstructiveCAD: _Final[_groups.Cid3020Code]
V2MildNonObstructiveCAD: _Final[_groups.Cid3020Code]
V3ModerateStenosis: _Final[_groups.Cid3020Code]
V4SevereStenosis: _Final[_groups.Cid3020Code]
V5TotalCoronaryOcclusion: _Final[_groups.Cid3020Code]
NNonDiagnosticStudy: _Final[_groups.Cid3020Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3020Code]]
