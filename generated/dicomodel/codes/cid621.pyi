"""CID 621 Medication Type for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1086.
Includes CID 622.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

CarrierGas: _Final[_groups.Cid621Code]
AdrenergicAgent: _Final[_groups.Cid621Code]
AminoglycosideAntibiotic: _Final[_groups.Cid621Code]
Analgesic: _Final[_groups.Cid621Code]
Antiarrhythmic: _Final[_groups.Cid621Code]
Antibiotic: _Final[_groups.Cid621Code]
Anticholinergic: _Final[_groups.Cid621Code]
Anticoagulant: _Final[_groups.Cid621Code]
Anticonvulsant: _Final[_groups.Cid621Code]
AntidiureticHormone: _Final[_groups.Cid621Code]
Antiemetic: _Final[_groups.Cid621Code]
Antifungal: _Final[_groups.Cid621Code]
AntiHeparinAgent: _Final[_groups.Cid621Code]
Antihistamine: _Final[_groups.Cid621Code]
Antihypertensive: _Final[_groups.Cid621Code]
Antihypoglycemic: _Final[_groups.Cid621Code]
Barbiturate: _Final[_groups.Cid621Code]
Benzodiazepine: _Final[_groups.Cid621Code]
BenzodiazepineAntagonist: _Final[_groups.Cid621Code]
BetaBlocker: _Final[_groups.Cid621Code]
BetaLactamAntibiotic: _Final[_groups.Cid621Code]
BloodProduct: _Final[_groups.Cid621Code]
Bronchodilator: _Final[_groups.Cid621Code]
Calcium: _Final[_groups.Cid621Code]
CalciumChannelBlocker: _Final[_groups.Cid621Code]
CaloricAgent: _Final[_groups.Cid621Code]
CarbapenemAntibiotic: _Final[_groups.Cid621Code]
CephalosporinAntibiotic: _Final[_groups.Cid621Code]
CholinergicAgent: _Final[_groups.Cid621Code]
Diuretic: _Final[_groups.Cid621Code]
DrugDiluent: _Final[_groups.Cid621Code]
Estrogen: _Final[_groups.Cid621Code]
GastrointestinalProkinetic: _Final[_groups.Cid621Code]
GeneralAnesthetic: _Final[_groups.Cid621Code]
H2Antagonist: _Final[_groups.Cid621Code]
HemostaticAgent: _Final[_groups.Cid621Code]
Hypoglycemic: _Final[_groups.Cid621Code]
InotropicAgent: _Final[_groups.Cid621Code]
LincomycinAntibiotic: _Final[_groups.Cid621Code]
LinezolidAntibiotic: _Final[_groups.Cid621Code]
LocalAnesthetic: _Final[_groups.Cid621Code]
LowMolecularWeightHeparin: _Final[_groups.Cid621Code]
MacrolideAntibiotic: _Final[_groups.Cid621Code]
Magnesium: _Final[_groups.Cid621Code]
MetronidazoleAntibiotic: _Final[_groups.Cid621Code]
NarcoticOpiateAntagonist: _Final[_groups.Cid621Code]
NarcoticAnalgesic: _Final[_groups.Cid621Code]
Decongestant: _Final[_groups.Cid621Code]
NeuromuscularBlockingNMBDepolarizing: _Final[_groups.Cid621Code]
NeuromuscularBlockingNMBNonDepolarizing: _Final[_groups.Cid621Code]
NSAID: _Final[_groups.Cid621Code]
OcularLubricant: _Final[_groups.Cid621Code]
Oxytocic: _Final[_groups.Cid621Code]
PenicillinAntibiotic: _Final[_groups.Cid621Code]
PlasmaExpander: _Final[_groups.Cid621Code]
Potassium: _Final[_groups.Cid621Code]
QuinoloneAntibiotic: _Final[_groups.Cid621Code]
RespiratoryStimulant: _Final[_groups.Cid621Code]
SkeletalMuscleRelaxant: _Final[_groups.Cid621Code]
Steroid: _Final[_groups.Cid621Code]
SulfonamideAntibiotic: _Final[_groups.Cid621Code]
TetracyclineAntibiotic: _Final[_groups.Cid621Code]
ThyroidHormone: _Final[_groups.Cid621Code]
VancomycinAntibiotic: _Final[_groups.Cid621Code]
Vasoconstrictor: _Final[_groups.Cid621Code]
Vasodilator: _Final[_groups.Cid621Code]
Vitamin: _Final[_groups.Cid621Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid621Code]]
