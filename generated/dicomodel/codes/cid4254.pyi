"""CID 4254 Visual Field Static Perimetry Test Analysis Result.

Extensible, version 20100827, UID 1.2.840.10008.6.1.913.

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
OutsideNormalLimits: _Final[_Code]
Borderline: _Final[_Code]
AbnormallyHighSensitivity: _Final[_Code]
GeneralReductionInSensitivity: _Final[_Code]
BorderlineAndGeneralReductionInSensitivity: _Final[_Code]
WithinNormalLimits: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
