"""CID 6116 Muscular Anatomy.

Extensible, version 20170914, UID 1.2.840.10008.6.1.436.

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
ChordaeTendineaeCordis: _Final[_Code]
DeltoidMuscle: _Final[_Code]
Diaphragm: _Final[_Code]
ErectorSpinaeMuscle: _Final[_Code]
ExternalIntercostalMuscle: _Final[_Code]
IliocostalisMuscle: _Final[_Code]
InfraspinatusMuscle: _Final[_Code]
InnermostIntercostalMuscles: _Final[_Code]
InteratrialSeptum: _Final[_Code]
InternalIntercostalMuscle: _Final[_Code]
InterventricularSeptum: _Final[_Code]
LatissimusDorsiMuscle: _Final[_Code]
LevatoresCostarumMuscles: _Final[_Code]
LongissimusMuscle: _Final[_Code]
PectoralisMajorMuscle: _Final[_Code]
PectoralisMinorMuscle: _Final[_Code]
ScalenousAnteriorMuscle: _Final[_Code]
SerratusAnteriorMuscle: _Final[_Code]
SpinalisMuscle: _Final[_Code]
SternocleidomastoidMuscle: _Final[_Code]
SubcostalMuscle: _Final[_Code]
SubscapularisMuscle: _Final[_Code]
SupraspinatusMuscle: _Final[_Code]
TeresMajorMuscle: _Final[_Code]
TeresMinorMuscle: _Final[_Code]
TrabeculaeCarnae: _Final[_Code]
TransversusThoracis: _Final[_Code]
TrapeziusMuscle: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
