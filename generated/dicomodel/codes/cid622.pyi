"""CID 622 Medication Type Code Type from Anesthesia Quality Initiative.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1087.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AdrenergicAgent: _Final[_groups.Cid622Code]
AminoglycosideAntibiotic: _Final[_groups.Cid622Code]
Analgesic: _Final[_groups.Cid622Code]
Antiarrhythmic: _Final[_groups.Cid622Code]
Antibiotic: _Final[_groups.Cid622Code]
Anticholinergic: _Final[_groups.Cid622Code]
Anticoagulant: _Final[_groups.Cid622Code]
Anticonvulsant: _Final[_groups.Cid622Code]
AntidiureticHormone: _Final[_groups.Cid622Code]
Antiemetic: _Final[_groups.Cid622Code]
Antifungal: _Final[_groups.Cid622Code]
AntiHeparinAgent: _Final[_groups.Cid622Code]
Antihistamine: _Final[_groups.Cid622Code]
Antihypertensive: _Final[_groups.Cid622Code]
Antihypoglycemic: _Final[_groups.Cid622Code]
Barbiturate: _Final[_groups.Cid622Code]
Benzodiazepine: _Final[_groups.Cid622Code]
BenzodiazepineAntagonist: _Final[_groups.Cid622Code]
BetaBlocker: _Final[_groups.Cid622Code]
BetaLactamAntibiotic: _Final[_groups.Cid622Code]
BloodProduct: _Final[_groups.Cid622Code]
Bronchodilator: _Final[_groups.Cid622Code]
Calcium: _Final[_groups.Cid622Code]
CalciumChannelBlocker: _Final[_groups.Cid622Code]
CaloricAgent: _Final[_groups.Cid622Code]
CarbapenemAntibiotic: _Final[_groups.Cid622Code]
CephalosporinAntibiotic: _Final[_groups.Cid622Code]
CholinergicAgent: _Final[_groups.Cid622Code]
Diuretic: _Final[_groups.Cid622Code]
DrugDiluent: _Final[_groups.Cid622Code]
Estrogen: _Final[_groups.Cid622Code]
GastrointestinalProkinetic: _Final[_groups.Cid622Code]
GeneralAnesthetic: _Final[_groups.Cid622Code]
H2Antagonist: _Final[_groups.Cid622Code]
HemostaticAgent: _Final[_groups.Cid622Code]
Hypoglycemic: _Final[_groups.Cid622Code]
InotropicAgent: _Final[_groups.Cid622Code]
LincomycinAntibiotic: _Final[_groups.Cid622Code]
LinezolidAntibiotic: _Final[_groups.Cid622Code]
LocalAnesthetic: _Final[_groups.Cid622Code]
LowMolecularWeightHeparin: _Final[_groups.Cid622Code]
MacrolideAntibiotic: _Final[_groups.Cid622Code]
Magnesium: _Final[_groups.Cid622Code]
MetronidazoleAntibiotic: _Final[_groups.Cid622Code]
NarcoticOpiateAntagonist: _Final[_groups.Cid622Code]
NarcoticAnalgesic: _Final[_groups.Cid622Code]
Decongestant: _Final[_groups.Cid622Code]
NeuromuscularBlockingNMBDepolarizing: _Final[_groups.Cid622Code]
NeuromuscularBlockingNMBNonDepolarizing: _Final[_groups.Cid622Code]
NSAID: _Final[_groups.Cid622Code]
OcularLubricant: _Final[_groups.Cid622Code]
Oxytocic: _Final[_groups.Cid622Code]
PenicillinAntibiotic: _Final[_groups.Cid622Code]
PlasmaExpander: _Final[_groups.Cid622Code]
Potassium: _Final[_groups.Cid622Code]
QuinoloneAntibiotic: _Final[_groups.Cid622Code]
RespiratoryStimulant: _Final[_groups.Cid622Code]
SkeletalMuscleRelaxant: _Final[_groups.Cid622Code]
Steroid: _Final[_groups.Cid622Code]
SulfonamideAntibiotic: _Final[_groups.Cid622Code]
TetracyclineAntibiotic: _Final[_groups.Cid622Code]
ThyroidHormone: _Final[_groups.Cid622Code]
VancomycinAntibiotic: _Final[_groups.Cid622Code]
Vasoconstrictor: _Final[_groups.Cid622Code]
Vasodilator: _Final[_groups.Cid622Code]
Vitamin: _Final[_groups.Cid622Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid622Code]]
