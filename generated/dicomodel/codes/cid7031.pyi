"""CID 7031 Reason for Removal from Operational Use.

Extensible, version 20220624, UID 1.2.840.10008.6.1.1446.

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
RejectedForQualityReasons: _Final[_groups.Cid7031Code]
RejectedForPatientSafetyReasons: _Final[_groups.Cid7031Code]
IncorrectModalityWorklistEntry: _Final[_groups.Cid7031Code]
DataRetentionPolicyExpired: _Final[_groups.Cid7031Code]
QualityControlIntent: _Final[_groups.Cid7031Code]
DataNotAccessibleFromStorage: _Final[_groups.Cid7031Code]
ProcessedKeyObjectSelection: _Final[_groups.Cid7031Code]
ReplacedByAlternateRepresentation: _Final[_groups.Cid7031Code]
MEMBERS: _Final[tuple[_groups.Cid7031Code, ...]]
