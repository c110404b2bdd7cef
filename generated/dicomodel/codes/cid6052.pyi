"""CID 6052 Breast Imaging Report Section Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.381.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

PhysicalExaminationResults: _Final[_groups.Cid6052Code]
ComparisonToPreviousStudies: _Final[_groups.Cid6052Code]
Findings: _Final[_groups.Cid6052Code]
Impressions: _Final[_groups.Cid6052Code]
Recommendations: _Final[_groups.Cid6052Code]
Conclusions: _Final[_groups.Cid6052Code]
Addendum: _Final[_groups.Cid6052Code]
BreastComposition: _Final[_groups.Cid6052Code]
OverallAssessment: _Final[_groups.Cid6052Code]
ProcedureReported: _Final[_groups.Cid6052Code]
IndicationsForProcedure: _Final[_groups.Cid6052Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6052Code]]
