"""CID 7483 Common Anatomic Regions for Animal.

Extensible, version 20220922, UID 1.2.840.10008.6.1.815.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Abdomen: _Final[_groups.Cid7483Code]
AllLegs: _Final[_groups.Cid7483Code]
AtlantalAxialJoint: _Final[_groups.Cid7483Code]
AtlantoOccipitalJoint: _Final[_groups.Cid7483Code]
Bladder: _Final[_groups.Cid7483Code]
CalcanealTubercle: _Final[_groups.Cid7483Code]
Carpus: _Final[_groups.Cid7483Code]
CervicalSpine: _Final[_groups.Cid7483Code]
CervicoThoracicSpine: _Final[_groups.Cid7483Code]
Chest: _Final[_groups.Cid7483Code]
ChestAndAbdomen: _Final[_groups.Cid7483Code]
CoccygealVertrebrae: _Final[_groups.Cid7483Code]
Colon: _Final[_groups.Cid7483Code]
Digit: _Final[_groups.Cid7483Code]
DistalPhalanx: _Final[_groups.Cid7483Code]
ElbowJoint: _Final[_groups.Cid7483Code]
EntireBody: _Final[_groups.Cid7483Code]
Esophagus: _Final[_groups.Cid7483Code]
Femur: _Final[_groups.Cid7483Code]
FetlockOfForelimb: _Final[_groups.Cid7483Code]
FetlockOfHindlimb: _Final[_groups.Cid7483Code]
Forefoot: _Final[_groups.Cid7483Code]
FrontalSinus: _Final[_groups.Cid7483Code]
Hindfoot: _Final[_groups.Cid7483Code]
HipJoint: _Final[_groups.Cid7483Code]
Humerus: _Final[_groups.Cid7483Code]
LumbarSpine: _Final[_groups.Cid7483Code]
LumboSacralSpine: _Final[_groups.Cid7483Code]
Mandible: _Final[_groups.Cid7483Code]
MandibularDentalArch: _Final[_groups.Cid7483Code]
MandibularIncisorTeeth: _Final[_groups.Cid7483Code]
MaxillaryDentalArch: _Final[_groups.Cid7483Code]
MaxillaryIncisorTeeth: _Final[_groups.Cid7483Code]
Metacarpus: _Final[_groups.Cid7483Code]
Metatarsus: _Final[_groups.Cid7483Code]
NasalSinus: _Final[_groups.Cid7483Code]
NavicularOfForefoot: _Final[_groups.Cid7483Code]
NavicularOfHindfoot: _Final[_groups.Cid7483Code]
OrbitalStructure: _Final[_groups.Cid7483Code]
PasternOfForefoot: _Final[_groups.Cid7483Code]
PasternOfHindfoot: _Final[_groups.Cid7483Code]
Patella: _Final[_groups.Cid7483Code]
Pelvis: _Final[_groups.Cid7483Code]
RadiusAndUlna: _Final[_groups.Cid7483Code]
Sacrum: _Final[_groups.Cid7483Code]
Shoulder: _Final[_groups.Cid7483Code]
Skull: _Final[_groups.Cid7483Code]
Stiffle: _Final[_groups.Cid7483Code]
Tarsus: _Final[_groups.Cid7483Code]
ThoracicSpine: _Final[_groups.Cid7483Code]
ThoracoLumbarSpine: _Final[_groups.Cid7483Code]
TibiaAndFibula: _Final[_groups.Cid7483Code]
UpperGastroIntestinalTract: _Final[_groups.Cid7483Code]
Urethra: _Final[_groups.Cid7483Code]
UrinaryTract: _Final[_groups.Cid7483Code]
Wing: _Final[_groups.Cid7483Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7483Code]]
