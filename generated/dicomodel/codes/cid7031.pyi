"""CID 7031 Reason for Removal from Operational Use.

Extensible, version 20220624, UID 1.2.840.10008.6.1.1446.

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
RejectedForQualityReasons: _Final[_Code]
RejectedForPatientSafetyReasons: _Final[_Code]
IncorrectModalityWorklistEntry: _Final[_Code]
DataRetentionPolicyExpired: _Final[_Code]
QualityControlIntent: _Final[_Code]
DataNotAccessibleFromStorage: _Final[_Code]
ProcessedKeyObjectSelection: _Final[_Code]
ReplacedByAlternateRepresentation: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
