"""CID 6053 Breast Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.382.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid6053Code, ...]]
