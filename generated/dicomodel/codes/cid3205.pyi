"""CID 3205 Indications for Pharmacological Stress Test.

Extensible, version 20160314, UID 1.2.840.10008.6.1.760.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

LeftBundleBranchBlock: _Final[_groups.Cid3205Code]
PatientHasPacemaker: _Final[_groups.Cid3205Code]
ParalyticSyndrome: _Final[_groups.Cid3205Code]
AtaxiaOrIncoordination: _Final[_groups.Cid3205Code]
PeripheralVascularDisease: _Final[_groups.Cid3205Code]
PulmonaryDisease: _Final[_groups.Cid3205Code]
GaitProblem: _Final[_groups.Cid3205Code]
TransientLimbParalysis: _Final[_groups.Cid3205Code]
Asthenia: _Final[_groups.Cid3205Code]
Cachexia: _Final[_groups.Cid3205Code]
FractureOfLowerLimb: _Final[_groups.Cid3205Code]
OpenWoundOfLowerLimb: _Final[_groups.Cid3205Code]
LowerLimbAmputation: _Final[_groups.Cid3205Code]
RequestByPhysician: _Final[_groups.Cid3205Code]
DependenceOnEnablingMachineOrDevice: _Final[_groups.Cid3205Code]
RecentMyocardialInfarction: _Final[_groups.Cid3205Code]
CannotReachTargetHeartRate: _Final[_groups.Cid3205Code]
PatientWeightExceedsEquipmentLimit: _Final[_groups.Cid3205Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3205Code]]
