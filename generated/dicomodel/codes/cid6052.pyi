"""CID 6052 Breast Imaging Report Section Title.

Extensible, version 20200310, UID 1.2.840.10008.6.1.381.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
PhysicalExaminationResults: _Final[_Code]
ComparisonToPreviousStudies: _Final[_Code]
Findings: _Final[_Code]
Impressions: _Final[_Code]
Recommendations: _Final[_Code]
Conclusions: _Final[_Code]
Addendum: _Final[_Code]
BreastComposition: _Final[_Code]
OverallAssessment: _Final[_Code]
ProcedureReported: _Final[_Code]
IndicationsForProcedure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
