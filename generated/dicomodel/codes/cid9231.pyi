"""CID 9231 Workitem Definition.

Extensible, version 20160601, UID 1.2.840.10008.6.1.531.

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
ImageProcessing: _Final[_Code]
QualityControl: _Final[_Code]
ComputerAidedDiagnosis: _Final[_Code]
ComputerAidedDetection: _Final[_Code]
Interpretation: _Final[_Code]
Transcription: _Final[_Code]
ReportVerification: _Final[_Code]
AddAddendumToReport: _Final[_Code]
Print: _Final[_Code]
NoSubsequentWorkitems: _Final[_Code]
MediaImport: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
