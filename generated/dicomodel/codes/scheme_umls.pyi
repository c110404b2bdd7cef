"""Coding scheme UMLS: UMLS.

45 codes of PS3.16 context groups and Annex D.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

Alphaxalone: _Final[_Code]
AnesthesiaRecoveryPeriod: _Final[_Code]
Antihypoglycemic: _Final[_Code]
Baseline: _Final[_Code]
CoefficientOfVariance: _Final[_Code]
CommercialProduct: _Final[_Code]
ConsultingPhysician: _Final[_Code]
DistalPhalanx: _Final[_Code]
EdotreotideGa68: _Final[_Code]
EthidiumBromide: _Final[_Code]
Fluanisone: _Final[_Code]
FluoroetanidazoleF18: _Final[_Code]
FluoropropylDihydrotetrabenazineF18: _Final[_Code]
H2Antagonist: _Final[_Code]
HeatLamp: _Final[_Code]
ISO1F18: _Final[_Code]
InfantOfMotherWithGestationalDiabetes: _Final[_Code]
Intern: _Final[_Code]
InverseRatioVentilation: _Final[_Code]
KevlarAramidFiber: _Final[_Code]
MK6240F18: _Final[_Code]
Mastectomy: _Final[_Code]
MedicalPhysicist: _Final[_Code]
Metomidate: _Final[_Code]
MiddleEasternOrNorthAfrican: _Final[_Code]
MobileSkinLesion: _Final[_Code]
Nadir: _Final[_Code]
NarcoticAnalgesic: _Final[_Code]
Neuroradiology: _Final[_Code]
PK1119511C: _Final[_Code]
Pretreatment: _Final[_Code]
RadiationPhysicist: _Final[_Code]
Referring: _Final[_Code]
RestrictedDiet: _Final[_Code]
RoomAir: _Final[_Code]
RootMeanSquare: _Final[_Code]
Sonographer: _Final[_Code]
THK5317F18: _Final[_Code]
THK5351F18: _Final[_Code]
Thermography: _Final[_Code]
TransgenicAnimal: _Final[_Code]
UCBJC11: _Final[_Code]
UnknownPrimaryNeoplasiaSite: _Final[_Code]
Unscheduled: _Final[_Code]
Variance: _Final[_Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__scheme__: _Final[_CodingScheme]
