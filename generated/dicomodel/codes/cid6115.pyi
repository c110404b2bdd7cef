"""CID 6115 Osseous Anatomy Modifier.

Extensible, version 20160314, UID 1.2.840.10008.6.1.435.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AcromionProcessOfScapula: _Final[_groups.Cid6115Code]
AngleOfRib: _Final[_groups.Cid6115Code]
ArchOfVertebra: _Final[_groups.Cid6115Code]
BodyOfSternum: _Final[_groups.Cid6115Code]
ClavicularNotchOfSternum: _Final[_groups.Cid6115Code]
CoracoidProcessOfScapula: _Final[_groups.Cid6115Code]
CostalGroove: _Final[_groups.Cid6115Code]
DorsalAspectOfScapula: _Final[_groups.Cid6115Code]
GlenoidCavityOfScapula: _Final[_groups.Cid6115Code]
HeadOfRib: _Final[_groups.Cid6115Code]
InferiorArticularFacetOfAxis: _Final[_groups.Cid6115Code]
InferiorArticularProcessOfVertebra: _Final[_groups.Cid6115Code]
LaminaOfVertebra: _Final[_groups.Cid6115Code]
ManubriumOfSternum: _Final[_groups.Cid6115Code]
NeckOfRib: _Final[_groups.Cid6115Code]
PectoralGirdle: _Final[_groups.Cid6115Code]
PedicleOfVertebra: _Final[_groups.Cid6115Code]
RibScaleneTubercle: _Final[_groups.Cid6115Code]
ScapularInfraspinatusFossa: _Final[_groups.Cid6115Code]
ScapularSpine: _Final[_groups.Cid6115Code]
ScapularSupraspinatusFossa: _Final[_groups.Cid6115Code]
ShaftOfRib: _Final[_groups.Cid6115Code]
SpinousProcessOfVertebra: _Final[_groups.Cid6115Code]
SternalAngle: _Final[_groups.Cid6115Code]
SubscapularFossa: _Final[_groups.Cid6115Code]
SuperiorArticularFacetOfAxis: _Final[_groups.Cid6115Code]
SuperiorArticularProcessOfVertebra: _Final[_groups.Cid6115Code]
SuprasternalNotch: _Final[_groups.Cid6115Code]
TransverseProcessOrVertebra: _Final[_groups.Cid6115Code]
TubercleOfRib: _Final[_groups.Cid6115Code]
VertebralCanal: _Final[_groups.Cid6115Code]
VertebralForamen: _Final[_groups.Cid6115Code]
VertebralIntervertebralNotch: _Final[_groups.Cid6115Code]
XiphoidProcessOfSternum: _Final[_groups.Cid6115Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6115Code]]
