"""CID 7002 Diagnostic Imaging Report Element.

Extensible, version 20200310, UID 1.2.840.10008.6.1.483.

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
History: _Final[_Code]
Request: _Final[_Code]
ProcedureDescription: _Final[_Code]
PreviousFinding: _Final[_Code]
Finding: _Final[_Code]
Impression: _Final[_Code]
Recommendation: _Final[_Code]
Conclusion: _Final[_Code]
ComplicationOfProcedure: _Final[_Code]
PatientPresentation: _Final[_Code]
Summary: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
