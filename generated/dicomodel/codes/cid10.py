"""CID 10 Interventional Drug.

Extensible, version 20200117, UID 1.2.840.10008.6.1.8.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10
NAME: _Final[str] = "Interventional Drug"
KEYWORD: _Final[str | None] = "InterventionalDrug"
UID: _Final[str | None] = "1.2.840.10008.6.1.8"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200117"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Ethanol: _Final[_Code] = _Code("SCT", "419442005", "Ethanol", (10, 6089, 8114))
"""Ethanol (SCT 419442005)."""

MethyleneBlue: _Final[_Code] = _Code("SCT", "6725000", "Methylene blue", (10, 8112))
"""Methylene blue (SCT 6725000)."""

Antihistamine: _Final[_Code] = _Code("SCT", "6425004", "Antihistamine", (10,))
"""Antihistamine (SCT 6425004)."""

Atropine: _Final[_Code] = _Code("SCT", "73949004", "Atropine", (10, 3204))
"""Atropine (SCT 73949004)."""

Diuretic: _Final[_Code] = _Code("SCT", "30492008", "Diuretic", (10, 3760))
"""Diuretic (SCT 30492008)."""

AntiarrhythmicDrug: _Final[_Code] = _Code("SCT", "67507000", "Antiarrhythmic drug", (10,))
"""Antiarrhythmic drug (SCT 67507000)."""

InotropicAgent: _Final[_Code] = _Code("SCT", "111139005", "Inotropic agent", (10, 622))
"""Inotropic agent (SCT 111139005)."""

CardiotonicAgent: _Final[_Code] = _Code("NCIt", "C78322", "Cardiotonic agent", (10,))
"""Cardiotonic agent (NCIt C78322)."""

CardiacAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "373263004", "Cardiac adrenergic blocking agent", (10,)
)
"""Cardiac adrenergic blocking agent (SCT 373263004)."""

AlphaAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "67440007", "Alpha-adrenergic blocking agent", (10,)
)
"""Alpha-adrenergic blocking agent (SCT 67440007)."""

BetaAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "33252009", "beta-Adrenergic blocking agent", (10, 3760)
)
"""beta-Adrenergic blocking agent (SCT 33252009)."""

Digoxin: _Final[_Code] = _Code("SCT", "796001", "Digoxin", (10,))
"""Digoxin (SCT 796001)."""

Lidocaine: _Final[_Code] = _Code("SCT", "82573000", "Lidocaine", (10,))
"""Lidocaine (SCT 82573000)."""

LidocaineHydrochloride: _Final[_Code] = _Code("SCT", "61773008", "Lidocaine hydrochloride", (10,))
"""Lidocaine hydrochloride (SCT 61773008)."""

Nifedipine: _Final[_Code] = _Code("SCT", "85272000", "Nifedipine", (10,))
"""Nifedipine (SCT 85272000)."""

Propranolol: _Final[_Code] = _Code("SCT", "55745002", "Propranolol", (10,))
"""Propranolol (SCT 55745002)."""

Quinidine: _Final[_Code] = _Code("SCT", "31306009", "Quinidine", (10,))
"""Quinidine (SCT 31306009)."""

Verapamil: _Final[_Code] = _Code("SCT", "47898004", "Verapamil", (10,))
"""Verapamil (SCT 47898004)."""

HypotensiveAgent: _Final[_Code] = _Code("SCT", "1182007", "Hypotensive agent", (10, 622))
"""Hypotensive agent (SCT 1182007)."""

CentrallyActingHypotensiveAgent: _Final[_Code] = _Code(
    "SCT", "4382004", "Centrally acting hypotensive agent", (10,)
)
"""Centrally acting hypotensive agent (SCT 4382004)."""

Nitroglycerin: _Final[_Code] = _Code("SCT", "71759000", "Nitroglycerin", (10,))
"""Nitroglycerin (SCT 71759000)."""

GlucagonPreparation: _Final[_Code] = _Code("SCT", "10712001", "Glucagon preparation", (10,))
"""Glucagon preparation (SCT 10712001)."""

Anticoagulant: _Final[_Code] = _Code("SCT", "81839001", "Anticoagulant", (10,))
"""Anticoagulant (SCT 81839001)."""

Warfarin: _Final[_Code] = _Code("SCT", "48603004", "Warfarin", (10,))
"""Warfarin (SCT 48603004)."""

Heparin: _Final[_Code] = _Code("SCT", "84812008", "Heparin", (10,))
"""Heparin (SCT 84812008)."""

AntiHeparinAgent: _Final[_Code] = _Code("SCT", "3361000", "Anti-heparin agent", (10, 622))
"""Anti-heparin agent (SCT 3361000)."""

ProtamineSulfate: _Final[_Code] = _Code("SCT", "64520006", "Protamine sulfate", (10,))
"""Protamine sulfate (SCT 64520006)."""

Coagulant: _Final[_Code] = _Code("SCT", "373746004", "Coagulant", (10,))
"""Coagulant (SCT 373746004)."""

HumanFibrinogen: _Final[_Code] = _Code("SCT", "418326009", "Human fibrinogen", (10,))
"""Human fibrinogen (SCT 418326009)."""

HemostaticAgent: _Final[_Code] = _Code("SCT", "26370007", "Hemostatic agent", (10,))
"""Hemostatic agent (SCT 26370007)."""

AstringentDrug: _Final[_Code] = _Code("SCT", "60533005", "Astringent drug", (10,))
"""Astringent drug (SCT 60533005)."""

AntihemophilicFactorPreparation: _Final[_Code] = _Code(
    "SCT", "59057006", "Antihemophilic factor preparation", (10,)
)
"""Antihemophilic factor preparation (SCT 59057006)."""

ThrombinPreparation: _Final[_Code] = _Code("SCT", "36176003", "Thrombin preparation", (10,))
"""Thrombin preparation (SCT 36176003)."""

Thromboplastin: _Final[_Code] = _Code("SCT", "387124009", "Thromboplastin", (10,))
"""Thromboplastin (SCT 387124009)."""

Dextran: _Final[_Code] = _Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007)."""

ThrombolyticAgent: _Final[_Code] = _Code("SCT", "303960004", "Thrombolytic agent", (10,))
"""Thrombolytic agent (SCT 303960004)."""

Streptokinase: _Final[_Code] = _Code("SCT", "395889004", "Streptokinase", (10,))
"""Streptokinase (SCT 395889004)."""

UrokinasePreparation: _Final[_Code] = _Code("SCT", "59082006", "Urokinase preparation", (10,))
"""Urokinase preparation (SCT 59082006)."""

Fibrinolysin: _Final[_Code] = _Code("SCT", "764170006", "Fibrinolysin", (10,))
"""Fibrinolysin (SCT 764170006)."""

TolazolineHydrocholoride: _Final[_Code] = _Code(
    "SCT", "19041007", "Tolazoline hydrocholoride", (10,)
)
"""Tolazoline hydrocholoride (SCT 19041007)."""

Epinephrine: _Final[_Code] = _Code("SCT", "387362001", "Epinephrine", (10,))
"""Epinephrine (SCT 387362001)."""

Vasodilator: _Final[_Code] = _Code("SCT", "372787008", "Vasodilator", (10, 622))
"""Vasodilator (SCT 372787008)."""

Papaverine: _Final[_Code] = _Code("SCT", "372784001", "Papaverine", (10, 65))
"""Papaverine (SCT 372784001)."""

Phentolamine: _Final[_Code] = _Code("SCT", "372863003", "Phentolamine", (10,))
"""Phentolamine (SCT 372863003)."""

ProstaglandinE1: _Final[_Code] = _Code("SCT", "48988008", "Prostaglandin E1", (10,))
"""Prostaglandin E1 (SCT 48988008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Ethanol,
    MethyleneBlue,
    Antihistamine,
    Atropine,
    Diuretic,
    AntiarrhythmicDrug,
    InotropicAgent,
    CardiotonicAgent,
    CardiacAdrenergicBlockingAgent,
    AlphaAdrenergicBlockingAgent,
    BetaAdrenergicBlockingAgent,
    Digoxin,
    Lidocaine,
    LidocaineHydrochloride,
    Nifedipine,
    Propranolol,
    Quinidine,
    Verapamil,
    HypotensiveAgent,
    CentrallyActingHypotensiveAgent,
    Nitroglycerin,
    GlucagonPreparation,
    Anticoagulant,
    Warfarin,
    Heparin,
    AntiHeparinAgent,
    ProtamineSulfate,
    Coagulant,
    HumanFibrinogen,
    HemostaticAgent,
    AstringentDrug,
    AntihemophilicFactorPreparation,
    ThrombinPreparation,
    Thromboplastin,
    Dextran,
    ThrombolyticAgent,
    Streptokinase,
    UrokinasePreparation,
    Fibrinolysin,
    TolazolineHydrocholoride,
    Epinephrine,
    Vasodilator,
    Papaverine,
    Phentolamine,
    ProstaglandinE1,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
