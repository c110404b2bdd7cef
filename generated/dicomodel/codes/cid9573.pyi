"""CID 9573 Patient Treatment Preparation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1420.
Includes CID 9513, CID 9515, CID 9575, CID 9572, CID 9578.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BiteBlock: _Final[_groups.Cid9573Code]
Headframe: _Final[_groups.Cid9573Code]
HeadMask: _Final[_groups.Cid9573Code]
HeadAndNeckMask: _Final[_groups.Cid9573Code]
Mold: _Final[_groups.Cid9573Code]
Cast: _Final[_groups.Cid9573Code]
Headrest: _Final[_groups.Cid9573Code]
BreastBoard: _Final[_groups.Cid9573Code]
BodyFrame: _Final[_groups.Cid9573Code]
VacuumMold: _Final[_groups.Cid9573Code]
WholeBodyPod: _Final[_groups.Cid9573Code]
RectalBalloon: _Final[_groups.Cid9573Code]
VaginalCylinder: _Final[_groups.Cid9573Code]
BreastBridge: _Final[_groups.Cid9573Code]
AbdominalCompressionBelt: _Final[_groups.Cid9573Code]
AbdominalCompressionArch: _Final[_groups.Cid9573Code]
HeadFixationBoard: _Final[_groups.Cid9573Code]
Backrest: _Final[_groups.Cid9573Code]
ShinRest: _Final[_groups.Cid9573Code]
HeelStop: _Final[_groups.Cid9573Code]
Armrest: _Final[_groups.Cid9573Code]
HandGrips: _Final[_groups.Cid9573Code]
SeatPan: _Final[_groups.Cid9573Code]
Table: _Final[_groups.Cid9573Code]
Chair: _Final[_groups.Cid9573Code]
Stretcher: _Final[_groups.Cid9573Code]
Wall: _Final[_groups.Cid9573Code]
Floor: _Final[_groups.Cid9573Code]
LaserCrossHairs: _Final[_groups.Cid9573Code]
OpticalDistanceMeter: _Final[_groups.Cid9573Code]
MechanicalPointer: _Final[_groups.Cid9573Code]
RadiofrequencyTransponder: _Final[_groups.Cid9573Code]
OpticalSurfaceScanner: _Final[_groups.Cid9573Code]
LaserSurfaceScan: _Final[_groups.Cid9573Code]
InfraredMarker: _Final[_groups.Cid9573Code]
RadioactiveMarker: _Final[_groups.Cid9573Code]
ThermalImager: _Final[_groups.Cid9573Code]
CombinedStructuredLightThermalImager: _Final[_groups.Cid9573Code]
OcularFixationLight: _Final[_groups.Cid9573Code]
GonadRadiationShield: _Final[_groups.Cid9573Code]
EyeRadiationShield: _Final[_groups.Cid9573Code]
CavityRadiationShield: _Final[_groups.Cid9573Code]
IndependentRadiationShield: _Final[_groups.Cid9573Code]
CoachingDevice: _Final[_groups.Cid9573Code]
PatientDistractionDevice: _Final[_groups.Cid9573Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid9573Code]]
