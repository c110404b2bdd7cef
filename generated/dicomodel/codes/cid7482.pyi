"""CID 7482 DX Anatomy Imaged for Animal.

Extensible, version 20090717, UID 1.2.840.10008.6.1.814.
Includes CID 7483.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abdomen: _Final[_groups.Cid7482Code]
AllLegs: _Final[_groups.Cid7482Code]
AtlantalAxialJoint: _Final[_groups.Cid7482Code]
AtlantoOccipitalJoint: _Final[_groups.Cid7482Code]
Bladder: _Final[_groups.Cid7482Code]
CalcanealTubercle: _Final[_groups.Cid7482Code]
Carpus: _Final[_groups.Cid7482Code]
CervicalSpine: _Final[_groups.Cid7482Code]
CervicoThoracicSpine: _Final[_groups.Cid7482Code]
Chest: _Final[_groups.Cid7482Code]
ChestAndAbdomen: _Final[_groups.Cid7482Code]
CoccygealVertrebrae: _Final[_groups.Cid7482Code]
Colon: _Final[_groups.Cid7482Code]
Digit: _Final[_groups.Cid7482Code]
DistalPhalanx: _Final[_groups.Cid7482Code]
ElbowJoint: _Final[_groups.Cid7482Code]
EntireBody: _Final[_groups.Cid7482Code]
Esophagus: _Final[_groups.Cid7482Code]
Femur: _Final[_groups.Cid7482Code]
FetlockOfForelimb: _Final[_groups.Cid7482Code]
FetlockOfHindlimb: _Final[_groups.Cid7482Code]
Forefoot: _Final[_groups.Cid7482Code]
FrontalSinus: _Final[_groups.Cid7482Code]
Hindfoot: _Final[_groups.Cid7482Code]
HipJoint: _Final[_groups.Cid7482Code]
Humerus: _Final[_groups.Cid7482Code]
LumbarSpine: _Final[_groups.Cid7482Code]
LumboSacralSpine: _Final[_groups.Cid7482Code]
Mandible: _Final[_groups.Cid7482Code]
MandibularDentalArch: _Final[_groups.Cid7482Code]
MandibularIncisorTeeth: _Final[_groups.Cid7482Code]
MaxillaryDentalArch: _Final[_groups.Cid7482Code]
MaxillaryIncisorTeeth: _Final[_groups.Cid7482Code]
Metacarpus: _Final[_groups.Cid7482Code]
Metatarsus: _Final[_groups.Cid7482Code]
NasalSinus: _Final[_groups.Cid7482Code]
NavicularOfForefoot: _Final[_groups.Cid7482Code]
NavicularOfHindfoot: _Final[_groups.Cid7482Code]
OrbitalStructure: _Final[_groups.Cid7482Code]
PasternOfForefoot: _Final[_groups.Cid7482Code]
PasternOfHindfoot: _Final[_groups.Cid7482Code]
Patella: _Final[_groups.Cid7482Code]
Pelvis: _Final[_groups.Cid7482Code]
RadiusAndUlna: _Final[_groups.Cid7482Code]
Sacrum: _Final[_groups.Cid7482Code]
Shoulder: _Final[_groups.Cid7482Code]
Skull: _Final[_groups.Cid7482Code]
Stiffle: _Final[_groups.Cid7482Code]
Tarsus: _Final[_groups.Cid7482Code]
ThoracicSpine: _Final[_groups.Cid7482Code]
ThoracoLumbarSpine: _Final[_groups.Cid7482Code]
TibiaAndFibula: _Final[_groups.Cid7482Code]
UpperGastroIntestinalTract: _Final[_groups.Cid7482Code]
Urethra: _Final[_groups.Cid7482Code]
UrinaryTract: _Final[_groups.Cid7482Code]
Wing: _Final[_groups.Cid7482Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7482Code]]
