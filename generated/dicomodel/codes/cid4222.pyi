"""CID 4222 Ophthalmic Macular Grid Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.821.
Includes CID 4221.

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
ConstrictedPupil: _Final[_Code]
LensOpacity: _Final[_Code]
CornealOpacity: _Final[_Code]
VitreousOpacity: _Final[_Code]
PoorVisualFixation: _Final[_Code]
EyelidDisease: _Final[_Code]
InterferingTearsOrDrops: _Final[_Code]
RefractiveError: _Final[_Code]
PatientPositioningProblem: _Final[_Code]
DryEyesProblem: _Final[_Code]
PatientMovement: _Final[_Code]
EccentricFixation: _Final[_Code]
OperatorError: _Final[_Code]
EquipmentFailure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
