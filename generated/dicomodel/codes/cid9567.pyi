"""CID 9567 Machine Tolerance Violation Type.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1324.

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
JawPositionToleranceViolation: _Final[_groups.Cid9567Code]
MLCPositionToleranceViolation: _Final[_groups.Cid9567Code]
SourcePositionToleranceViolation: _Final[_groups.Cid9567Code]
DoseRateToleranceViolation: _Final[_groups.Cid9567Code]
MEMBERS: _Final[tuple[_groups.Cid9567Code, ...]]
