"""CID 10 Interventional Drug.

Extensible, version 20200117, UID 1.2.840.10008.6.1.8.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10
NAME: Final[str] = "Interventional Drug"
KEYWORD: Final[str | None] = "InterventionalDrug"
UID: Final[str | None] = "1.2.840.10008.6.1.8"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200117"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Ethanol: Final[Code] = Code("SCT", "419442005", "Ethanol", (10, 6089, 8114))
"""Ethanol (SCT 419442005)."""

MethyleneBlue: Final[Code] = Code("SCT", "6725000", "Methylene blue", (10, 8112))
"""Methylene blue (SCT 6725000)."""

Antihistamine: Final[Code] = Code("SCT", "6425004", "Antihistamine", (10,))
"""Antihistamine (SCT 6425004)."""

Atropine: Final[Code] = Code("SCT", "73949004", "Atropine", (10, 3204))
"""Atropine (SCT 73949004)."""

Diuretic: Final[Code] = Code("SCT", "30492008", "Diuretic", (10, 3760))
"""Diuretic (SCT 30492008)."""

AntiarrhythmicDrug: Final[Code] = Code("SCT", "67507000", "Antiarrhythmic drug", (10,))
"""Antiarrhythmic drug (SCT 67507000)."""

InotropicAgent: Final[Code] = Code("SCT", "111139005", "Inotropic agent", (10, 622))
"""Inotropic agent (SCT 111139005)."""

CardiotonicAgent: Final[Code] = Code("NCIt", "C78322", "Cardiotonic agent", (10,))
"""Cardiotonic agent (NCIt C78322)."""

CardiacAdrenergicBlockingAgent: Final[Code] = Code(
    "SCT", "373263004", "Cardiac adrenergic blocking agent", (10,)
)
"""Cardiac adrenergic blocking agent (SCT 373263004)."""

AlphaAdrenergicBlockingAgent: Final[Code] = Code(
    "SCT", "67440007", "Alpha-adrenergic blocking agent", (10,)
)
"""Alpha-adrenergic blocking agent (SCT 67440007)."""

BetaAdrenergicBlockingAgent: Final[Code] = Code(
    "SCT", "33252009", "beta-Adrenergic blocking agent", (10, 3760)
)
"""beta-Adrenergic blocking agent (SCT 33252009)."""

Digoxin: Final[Code] = Code("SCT", "796001", "Digoxin", (10,))
"""Digoxin (SCT 796001)."""

Lidocaine: Final[Code] = Code("SCT", "82573000", "Lidocaine", (10,))
"""Lidocaine (SCT 82573000)."""

LidocaineHydrochloride: Final[Code] = Code("SCT", "61773008", "Lidocaine hydrochloride", (10,))
"""Lidocaine hydrochloride (SCT 61773008)."""

Nifedipine: Final[Code] = Code("SCT", "85272000", "Nifedipine", (10,))
"""Nifedipine (SCT 85272000)."""

Propranolol: Final[Code] = Code("SCT", "55745002", "Propranolol", (10,))
"""Propranolol (SCT 55745002)."""

Quinidine: Final[Code] = Code("SCT", "31306009", "Quinidine", (10,))
"""Quinidine (SCT 31306009)."""

Verapamil: Final[Code] = Code("SCT", "47898004", "Verapamil", (10,))
"""Verapamil (SCT 47898004)."""

HypotensiveAgent: Final[Code] = Code("SCT", "1182007", "Hypotensive agent", (10, 622))
"""Hypotensive agent (SCT 1182007)."""

CentrallyActingHypotensiveAgent: Final[Code] = Code(
    "SCT", "4382004", "Centrally acting hypotensive agent", (10,)
)
"""Centrally acting hypotensive agent (SCT 4382004)."""

Nitroglycerin: Final[Code] = Code("SCT", "71759000", "Nitroglycerin", (10,))
"""Nitroglycerin (SCT 71759000)."""

GlucagonPreparation: Final[Code] = Code("SCT", "10712001", "Glucagon preparation", (10,))
"""Glucagon preparation (SCT 10712001)."""

Anticoagulant: Final[Code] = Code("SCT", "81839001", "Anticoagulant", (10,))
"""Anticoagulant (SCT 81839001)."""

Warfarin: Final[Code] = Code("SCT", "48603004", "Warfarin", (10,))
"""Warfarin (SCT 48603004)."""

Heparin: Final[Code] = Code("SCT", "84812008", "Heparin", (10,))
"""Heparin (SCT 84812008)."""

AntiHeparinAgent: Final[Code] = Code("SCT", "3361000", "Anti-heparin agent", (10, 622))
"""Anti-heparin agent (SCT 3361000)."""

ProtamineSulfate: Final[Code] = Code("SCT", "64520006", "Protamine sulfate", (10,))
"""Protamine sulfate (SCT 64520006)."""

Coagulant: Final[Code] = Code("SCT", "373746004", "Coagulant", (10,))
"""Coagulant (SCT 373746004)."""

HumanFibrinogen: Final[Code] = Code("SCT", "418326009", "Human fibrinogen", (10,))
"""Human fibrinogen (SCT 418326009)."""

HemostaticAgent: Final[Code] = Code("SCT", "26370007", "Hemostatic agent", (10,))
"""Hemostatic agent (SCT 26370007)."""

AstringentDrug: Final[Code] = Code("SCT", "60533005", "Astringent drug", (10,))
"""Astringent drug (SCT 60533005)."""

AntihemophilicFactorPreparation: Final[Code] = Code(
    "SCT", "59057006", "Antihemophilic factor preparation", (10,)
)
"""Antihemophilic factor preparation (SCT 59057006)."""

ThrombinPreparation: Final[Code] = Code("SCT", "36176003", "Thrombin preparation", (10,))
"""Thrombin preparation (SCT 36176003)."""

Thromboplastin: Final[Code] = Code("SCT", "387124009", "Thromboplastin", (10,))
"""Thromboplastin (SCT 387124009)."""

Dextran: Final[Code] = Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007)."""

ThrombolyticAgent: Final[Code] = Code("SCT", "303960004", "Thrombolytic agent", (10,))
"""Thrombolytic agent (SCT 303960004)."""

Streptokinase: Final[Code] = Code("SCT", "395889004", "Streptokinase", (10,))
"""Streptokinase (SCT 395889004)."""

UrokinasePreparation: Final[Code] = Code("SCT", "59082006", "Urokinase preparation", (10,))
"""Urokinase preparation (SCT 59082006)."""

Fibrinolysin: Final[Code] = Code("SCT", "764170006", "Fibrinolysin", (10,))
"""Fibrinolysin (SCT 764170006)."""

TolazolineHydrocholoride: Final[Code] = Code("SCT", "19041007", "Tolazoline hydrocholoride", (10,))
"""Tolazoline hydrocholoride (SCT 19041007)."""

Epinephrine: Final[Code] = Code("SCT", "387362001", "Epinephrine", (10,))
"""Epinephrine (SCT 387362001)."""

Vasodilator: Final[Code] = Code("SCT", "372787008", "Vasodilator", (10, 622))
"""Vasodilator (SCT 372787008)."""

Papaverine: Final[Code] = Code("SCT", "372784001", "Papaverine", (10, 65))
"""Papaverine (SCT 372784001)."""

Phentolamine: Final[Code] = Code("SCT", "372863003", "Phentolamine", (10,))
"""Phentolamine (SCT 372863003)."""

ProstaglandinE1: Final[Code] = Code("SCT", "48988008", "Prostaglandin E1", (10,))
"""Prostaglandin E1 (SCT 48988008)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
