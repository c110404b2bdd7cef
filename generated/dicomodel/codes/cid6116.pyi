"""CID 6116 Muscular Anatomy.

Extensible, version 20170914, UID 1.2.840.10008.6.1.436.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ChordaeTendineaeCordis: _Final[_groups.Cid6116Code]
DeltoidMuscle: _Final[_groups.Cid6116Code]
Diaphragm: _Final[_groups.Cid6116Code]
ErectorSpinaeMuscle: _Final[_groups.Cid6116Code]
ExternalIntercostalMuscle: _Final[_groups.Cid6116Code]
IliocostalisMuscle: _Final[_groups.Cid6116Code]
InfraspinatusMuscle: _Final[_groups.Cid6116Code]
InnermostIntercostalMuscles: _Final[_groups.Cid6116Code]
InteratrialSeptum: _Final[_groups.Cid6116Code]
InternalIntercostalMuscle: _Final[_groups.Cid6116Code]
InterventricularSeptum: _Final[_groups.Cid6116Code]
LatissimusDorsiMuscle: _Final[_groups.Cid6116Code]
LevatoresCostarumMuscles: _Final[_groups.Cid6116Code]
LongissimusMuscle: _Final[_groups.Cid6116Code]
PectoralisMajorMuscle: _Final[_groups.Cid6116Code]
PectoralisMinorMuscle: _Final[_groups.Cid6116Code]
ScalenousAnteriorMuscle: _Final[_groups.Cid6116Code]
SerratusAnteriorMuscle: _Final[_groups.Cid6116Code]
SpinalisMuscle: _Final[_groups.Cid6116Code]
SternocleidomastoidMuscle: _Final[_groups.Cid6116Code]
SubcostalMuscle: _Final[_groups.Cid6116Code]
SubscapularisMuscle: _Final[_groups.Cid6116Code]
SupraspinatusMuscle: _Final[_groups.Cid6116Code]
TeresMajorMuscle: _Final[_groups.Cid6116Code]
TeresMinorMuscle: _Final[_groups.Cid6116Code]
TrabeculaeCarnae: _Final[_groups.Cid6116Code]
TransversusThoracis: _Final[_groups.Cid6116Code]
TrapeziusMuscle: _Final[_groups.Cid6116Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6116Code]]
