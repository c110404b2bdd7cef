"""CID 6053 Breast Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.382.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PhysicalExaminationResults: _Final[_groups.Cid6053Code]
ComparisonToPreviousStudies: _Final[_groups.Cid6053Code]
Finding: _Final[_groups.Cid6053Code]
Impression: _Final[_groups.Cid6053Code]
Recommendation: _Final[_groups.Cid6053Code]
Conclusion: _Final[_groups.Cid6053Code]
BreastComposition: _Final[_groups.Cid6053Code]
OverallAssessment: _Final[_groups.Cid6053Code]
ProcedureReported: _Final[_groups.Cid6053Code]
IndicationsForProcedure: _Final[_groups.Cid6053Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6053Code]]
