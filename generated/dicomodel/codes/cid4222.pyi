"""CID 4222 Ophthalmic Macular Grid Problem.

Extensible, version 20090917, UID 1.2.840.10008.6.1.821.
Includes CID 4221.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ConstrictedPupil: _Final[_groups.Cid4222Code]
LensOpacity: _Final[_groups.Cid4222Code]
CornealOpacity: _Final[_groups.Cid4222Code]
VitreousOpacity: _Final[_groups.Cid4222Code]
PoorVisualFixation: _Final[_groups.Cid4222Code]
EyelidDisease: _Final[_groups.Cid4222Code]
InterferingTearsOrDrops: _Final[_groups.Cid4222Code]
RefractiveError: _Final[_groups.Cid4222Code]
PatientPositioningProblem: _Final[_groups.Cid4222Code]
DryEyesProblem: _Final[_groups.Cid4222Code]
PatientMovement: _Final[_groups.Cid4222Code]
EccentricFixation: _Final[_groups.Cid4222Code]
OperatorError: _Final[_groups.Cid4222Code]
EquipmentFailure: _Final[_groups.Cid4222Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4222Code]]
