"""CID 3205 Indications for Pharmacological Stress Test.

Extensible, version 20160314, UID 1.2.840.10008.6.1.760.

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
LeftBundleBranchBlock: _Final[_Code]
PatientHasPacemaker: _Final[_Code]
ParalyticSyndrome: _Final[_Code]
AtaxiaOrIncoordination: _Final[_Code]
PeripheralVascularDisease: _Final[_Code]
PulmonaryDisease: _Final[_Code]
GaitProblem: _Final[_Code]
TransientLimbParalysis: _Final[_Code]
Asthenia: _Final[_Code]
Cachexia: _Final[_Code]
FractureOfLowerLimb: _Final[_Code]
OpenWoundOfLowerLimb: _Final[_Code]
LowerLimbAmputation: _Final[_Code]
RequestByPhysician: _Final[_Code]
DependenceOnEnablingMachineOrDevice: _Final[_Code]
RecentMyocardialInfarction: _Final[_Code]
CannotReachTargetHeartRate: _Final[_Code]
PatientWeightExceedsEquipmentLimit: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
