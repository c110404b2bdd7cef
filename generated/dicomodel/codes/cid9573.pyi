"""CID 9573 Patient Treatment Preparation Device.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1420.
Includes CID 9513, CID 9515, CID 9575, CID 9572, CID 9578.

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
BiteBlock: _Final[_Code]
Headframe: _Final[_Code]
HeadMask: _Final[_Code]
HeadAndNeckMask: _Final[_Code]
Mold: _Final[_Code]
Cast: _Final[_Code]
Headrest: _Final[_Code]
BreastBoard: _Final[_Code]
BodyFrame: _Final[_Code]
VacuumMold: _Final[_Code]
WholeBodyPod: _Final[_Code]
RectalBalloon: _Final[_Code]
VaginalCylinder: _Final[_Code]
BreastBridge: _Final[_Code]
AbdominalCompressionBelt: _Final[_Code]
AbdominalCompressionArch: _Final[_Code]
HeadFixationBoard: _Final[_Code]
Backrest: _Final[_Code]
ShinRest: _Final[_Code]
HeelStop: _Final[_Code]
Armrest: _Final[_Code]
HandGrips: _Final[_Code]
SeatPan: _Final[_Code]
Table: _Final[_Code]
Chair: _Final[_Code]
Stretcher: _Final[_Code]
Wall: _Final[_Code]
Floor: _Final[_Code]
LaserCrossHairs: _Final[_Code]
OpticalDistanceMeter: _Final[_Code]
MechanicalPointer: _Final[_Code]
RadiofrequencyTransponder: _Final[_Code]
OpticalSurfaceScanner: _Final[_Code]
LaserSurfaceScan: _Final[_Code]
InfraredMarker: _Final[_Code]
RadioactiveMarker: _Final[_Code]
ThermalImager: _Final[_Code]
CombinedStructuredLightThermalImager: _Final[_Code]
OcularFixationLight: _Final[_Code]
GonadRadiationShield: _Final[_Code]
EyeRadiationShield: _Final[_Code]
CavityRadiationShield: _Final[_Code]
IndependentRadiationShield: _Final[_Code]
CoachingDevice: _Final[_Code]
PatientDistractionDevice: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
