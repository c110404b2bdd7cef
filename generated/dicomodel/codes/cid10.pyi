"""CID 10 Interventional Drug.

Extensible, version 20200117, UID 1.2.840.10008.6.1.8.

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
Ethanol: _Final[_Code]
MethyleneBlue: _Final[_Code]
Antihistamine: _Final[_Code]
Atropine: _Final[_Code]
Diuretic: _Final[_Code]
AntiarrhythmicDrug: _Final[_Code]
InotropicAgent: _Final[_Code]
CardiotonicAgent: _Final[_Code]
CardiacAdrenergicBlockingAgent: _Final[_Code]
AlphaAdrenergicBlockingAgent: _Final[_Code]
BetaAdrenergicBlockingAgent: _Final[_Code]
Digoxin: _Final[_Code]
Lidocaine: _Final[_Code]
LidocaineHydrochloride: _Final[_Code]
Nifedipine: _Final[_Code]
Propranolol: _Final[_Code]
Quinidine: _Final[_Code]
Verapamil: _Final[_Code]
HypotensiveAgent: _Final[_Code]
CentrallyActingHypotensiveAgent: _Final[_Code]
Nitroglycerin: _Final[_Code]
GlucagonPreparation: _Final[_Code]
Anticoagulant: _Final[_Code]
Warfarin: _Final[_Code]
Heparin: _Final[_Code]
AntiHeparinAgent: _Final[_Code]
ProtamineSulfate: _Final[_Code]
Coagulant: _Final[_Code]
HumanFibrinogen: _Final[_Code]
HemostaticAgent: _Final[_Code]
AstringentDrug: _Final[_Code]
AntihemophilicFactorPreparation: _Final[_Code]
ThrombinPreparation: _Final[_Code]
Thromboplastin: _Final[_Code]
Dextran: _Final[_Code]
ThrombolyticAgent: _Final[_Code]
Streptokinase: _Final[_Code]
UrokinasePreparation: _Final[_Code]
Fibrinolysin: _Final[_Code]
TolazolineHydrocholoride: _Final[_Code]
Epinephrine: _Final[_Code]
Vasodilator: _Final[_Code]
Papaverine: _Final[_Code]
Phentolamine: _Final[_Code]
ProstaglandinE1: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
