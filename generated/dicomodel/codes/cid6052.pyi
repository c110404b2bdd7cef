"""CID 6052 Breast Imaging Report Section Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.381.

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
MEMBERS: _Final[tuple[_groups.Cid6052Code, ...]]
