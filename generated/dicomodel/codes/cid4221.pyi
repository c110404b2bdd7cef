"""CID 4221 Visual Fixation Quality Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.820.

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
PatientMovement: _Final[_groups.Cid4221Code]
EccentricFixation: _Final[_groups.Cid4221Code]
OperatorError: _Final[_groups.Cid4221Code]
EquipmentFailure: _Final[_groups.Cid4221Code]
MEMBERS: _Final[tuple[_groups.Cid4221Code, ...]]
