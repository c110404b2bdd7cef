"""CID 10 Interventional Drug.

Extensible, version 20200117, UID 1.2.840.10008.6.1.8.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

Ethanol: _Final[_groups.Cid10Code]
MethyleneBlue: _Final[_groups.Cid10Code]
Antihistamine: _Final[_groups.Cid10Code]
Atropine: _Final[_groups.Cid10Code]
Diuretic: _Final[_groups.Cid10Code]
AntiarrhythmicDrug: _Final[_groups.Cid10Code]
InotropicAgent: _Final[_groups.Cid10Code]
CardiotonicAgent: _Final[_groups.Cid10Code]
CardiacAdrenergicBlockingAgent: _Final[_groups.Cid10Code]
AlphaAdrenergicBlockingAgent: _Final[_groups.Cid10Code]
BetaAdrenergicBlockingAgent: _Final[_groups.Cid10Code]
Digoxin: _Final[_groups.Cid10Code]
Lidocaine: _Final[_groups.Cid10Code]
LidocaineHydrochloride: _Final[_groups.Cid10Code]
Nifedipine: _Final[_groups.Cid10Code]
Propranolol: _Final[_groups.Cid10Code]
Quinidine: _Final[_groups.Cid10Code]
Verapamil: _Final[_groups.Cid10Code]
HypotensiveAgent: _Final[_groups.Cid10Code]
CentrallyActingHypotensiveAgent: _Final[_groups.Cid10Code]
Nitroglycerin: _Final[_groups.Cid10Code]
GlucagonPreparation: _Final[_groups.Cid10Code]
Anticoagulant: _Final[_groups.Cid10Code]
Warfarin: _Final[_groups.Cid10Code]
Heparin: _Final[_groups.Cid10Code]
AntiHeparinAgent: _Final[_groups.Cid10Code]
ProtamineSulfate: _Final[_groups.Cid10Code]
Coagulant: _Final[_groups.Cid10Code]
HumanFibrinogen: _Final[_groups.Cid10Code]
HemostaticAgent: _Final[_groups.Cid10Code]
AstringentDrug: _Final[_groups.Cid10Code]
AntihemophilicFactorPreparation: _Final[_groups.Cid10Code]
ThrombinPreparation: _Final[_groups.Cid10Code]
Thromboplastin: _Final[_groups.Cid10Code]
Dextran: _Final[_groups.Cid10Code]
ThrombolyticAgent: _Final[_groups.Cid10Code]
Streptokinase: _Final[_groups.Cid10Code]
UrokinasePreparation: _Final[_groups.Cid10Code]
Fibrinolysin: _Final[_groups.Cid10Code]
TolazolineHydrocholoride: _Final[_groups.Cid10Code]
Epinephrine: _Final[_groups.Cid10Code]
Vasodilator: _Final[_groups.Cid10Code]
Papaverine: _Final[_groups.Cid10Code]
Phentolamine: _Final[_groups.Cid10Code]
ProstaglandinE1: _Final[_groups.Cid10Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10Code]]
