"""CID 4254 Visual Field Static Perimetry Test Analysis Result.

Extensible, version 20100827, UID 1.2.840.10008.6.1.913.

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
OutsideNormalLimits: _Final[_groups.Cid4254Code]
Borderline: _Final[_groups.Cid4254Code]
AbnormallyHighSensitivity: _Final[_groups.Cid4254Code]
GeneralReductionInSensitivity: _Final[_groups.Cid4254Code]
BorderlineAndGeneralReductionInSensitivity: _Final[_groups.Cid4254Code]
WithinNormalLimits: _Final[_groups.Cid4254Code]
MEMBERS: _Final[tuple[_groups.Cid4254Code, ...]]
