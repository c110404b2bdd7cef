"""CID 622 Medication Type Code Type from Anesthesia Quality Initiative.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1087.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 622
NAME: Final[str] = "Medication Type Code Type from Anesthesia Quality Initiative"
KEYWORD: Final[str | None] = "MedicationTypeCodeTypeFromAnesthesiaQualityInitiative"
UID: Final[str | None] = "1.2.840.10008.6.1.1087"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AdrenergicAgent: Final[Code] = Code("SCT", "86308005", "Adrenergic agent", (622,))
"""Adrenergic agent (SCT 86308005)."""

AminoglycosideAntibiotic: Final[Code] = Code("SCT", "14443002", "Aminoglycoside antibiotic", (622,))
"""Aminoglycoside antibiotic (SCT 14443002)."""

Analgesic: Final[Code] = Code("SCT", "373265006", "Analgesic", (622,))
"""Analgesic (SCT 373265006)."""

Antiarrhythmic: Final[Code] = Code("SCT", "372813008", "Antiarrhythmic", (622,))
"""Antiarrhythmic (SCT 372813008)."""

Antibiotic: Final[Code] = Code("SCT", "255631004", "Antibiotic", (622, 4410))
"""Antibiotic (SCT 255631004)."""

Anticholinergic: Final[Code] = Code("SCT", "373246003", "Anticholinergic", (622,))
"""Anticholinergic (SCT 373246003)."""

Anticoagulant: Final[Code] = Code("SCT", "372862008", "Anticoagulant", (622,))
"""Anticoagulant (SCT 372862008)."""

Anticonvulsant: Final[Code] = Code("SCT", "255632006", "Anticonvulsant", (622,))
"""Anticonvulsant (SCT 255632006)."""

AntidiureticHormone: Final[Code] = Code("SCT", "77671006", "Antidiuretic hormone", (622,))
"""Antidiuretic hormone (SCT 77671006)."""

Antiemetic: Final[Code] = Code("SCT", "52017007", "Antiemetic", (76, 622))
"""Antiemetic (SCT 52017007)."""

Antifungal: Final[Code] = Code("SCT", "373219008", "Antifungal", (622, 4410))
"""Antifungal (SCT 373219008)."""

AntiHeparinAgent: Final[Code] = Code("SCT", "3361000", "Anti-heparin agent", (10, 622))
"""Anti-heparin agent (SCT 3361000)."""

Antihistamine: Final[Code] = Code("SCT", "372806008", "Antihistamine", (622,))
"""Antihistamine (SCT 372806008)."""

Antihypertensive: Final[Code] = Code("SCT", "1182007", "Antihypertensive", (10, 622))
"""Antihypertensive (SCT 1182007)."""

Antihypoglycemic: Final[Code] = Code("UMLS", "C1579431", "Antihypoglycemic", (622,))
"""Antihypoglycemic (UMLS C1579431)."""

Barbiturate: Final[Code] = Code("SCT", "372798009", "Barbiturate", (622,))
"""Barbiturate (SCT 372798009)."""

Benzodiazepine: Final[Code] = Code("SCT", "372664007", "Benzodiazepine", (622,))
"""Benzodiazepine (SCT 372664007)."""

BenzodiazepineAntagonist: Final[Code] = Code(
    "SCT", "372906009", "Benzodiazepine antagonist", (622,)
)
"""Benzodiazepine antagonist (SCT 372906009)."""

BetaBlocker: Final[Code] = Code("SCT", "373254001", "Beta-blocker", (622,))
"""Beta-blocker (SCT 373254001)."""

BetaLactamAntibiotic: Final[Code] = Code("SCT", "373297006", "Beta-Lactam antibiotic", (622,))
"""Beta-Lactam antibiotic (SCT 373297006)."""

BloodProduct: Final[Code] = Code("SCT", "410652009", "Blood product", (622,))
"""Blood product (SCT 410652009)."""

Bronchodilator: Final[Code] = Code("SCT", "372580007", "Bronchodilator", (622,))
"""Bronchodilator (SCT 372580007)."""

Calcium: Final[Code] = Code("SCT", "5540006", "Calcium", (300, 622))
"""Calcium (SCT 5540006)."""

CalciumChannelBlocker: Final[Code] = Code("SCT", "373304005", "Calcium channel blocker", (622,))
"""Calcium channel blocker (SCT 373304005)."""

CaloricAgent: Final[Code] = Code("SCT", "373530005", "Caloric agent", (622,))
"""Caloric agent (SCT 373530005)."""

CarbapenemAntibiotic: Final[Code] = Code("SCT", "396345004", "Carbapenem antibiotic", (622,))
"""Carbapenem antibiotic (SCT 396345004)."""

CephalosporinAntibiotic: Final[Code] = Code("SCT", "764147003", "Cephalosporin antibiotic", (622,))
"""Cephalosporin antibiotic (SCT 764147003)."""

CholinergicAgent: Final[Code] = Code("SCT", "421148003", "Cholinergic agent", (622,))
"""Cholinergic agent (SCT 421148003)."""

Diuretic: Final[Code] = Code("SCT", "372695000", "Diuretic", (622,))
"""Diuretic (SCT 372695000)."""

DrugDiluent: Final[Code] = Code("SCT", "74626007", "Drug diluent", (622,))
"""Drug diluent (SCT 74626007)."""

Estrogen: Final[Code] = Code("SCT", "1052201004", "Estrogen", (622,))
"""Estrogen (SCT 1052201004)."""

GastrointestinalProkinetic: Final[Code] = Code(
    "SCT", "372607002", "Gastrointestinal prokinetic", (622,)
)
"""Gastrointestinal prokinetic (SCT 372607002)."""

GeneralAnesthetic: Final[Code] = Code("SCT", "373288007", "General anesthetic", (622,))
"""General anesthetic (SCT 373288007)."""

H2Antagonist: Final[Code] = Code("UMLS", "C0019593", "H2 antagonist", (622,))
"""H2 antagonist (UMLS C0019593)."""

HemostaticAgent: Final[Code] = Code("SCT", "372681003", "Hemostatic agent", (622, 4410))
"""Hemostatic agent (SCT 372681003)."""

Hypoglycemic: Final[Code] = Code("SCT", "312064005", "Hypoglycemic", (622,))
"""Hypoglycemic (SCT 312064005)."""

InotropicAgent: Final[Code] = Code("SCT", "111139005", "Inotropic agent", (10, 622))
"""Inotropic agent (SCT 111139005)."""

LincomycinAntibiotic: Final[Code] = Code("SCT", "372677003", "Lincomycin antibiotic", (622,))
"""Lincomycin antibiotic (SCT 372677003)."""

LinezolidAntibiotic: Final[Code] = Code("SCT", "387056004", "Linezolid antibiotic", (622,))
"""Linezolid antibiotic (SCT 387056004)."""

LocalAnesthetic: Final[Code] = Code("SCT", "373477003", "Local anesthetic", (622,))
"""Local anesthetic (SCT 373477003)."""

LowMolecularWeightHeparin: Final[Code] = Code(
    "SCT", "373294004", "Low Molecular Weight Heparin", (622,)
)
"""Low Molecular Weight Heparin (SCT 373294004)."""

MacrolideAntibiotic: Final[Code] = Code("SCT", "372480009", "Macrolide antibiotic", (622,))
"""Macrolide antibiotic (SCT 372480009)."""

Magnesium: Final[Code] = Code("SCT", "72717003", "Magnesium", (622,))
"""Magnesium (SCT 72717003)."""

MetronidazoleAntibiotic: Final[Code] = Code("SCT", "372602008", "Metronidazole antibiotic", (622,))
"""Metronidazole antibiotic (SCT 372602008)."""

NarcoticOpiateAntagonist: Final[Code] = Code(
    "SCT", "372656001", "Narcotic (opiate) antagonist", (622,)
)
"""Narcotic (opiate) antagonist (SCT 372656001)."""

NarcoticAnalgesic: Final[Code] = Code("UMLS", "C0027409", "Narcotic analgesic", (622,))
"""Narcotic analgesic (UMLS C0027409)."""

Decongestant: Final[Code] = Code("SCT", "96328007", "Decongestant", (622,))
"""Decongestant (SCT 96328007)."""

NeuromuscularBlockingNMBDepolarizing: Final[Code] = Code(
    "SCT", "373250005", "NeuroMuscular Blocking (NMB) - depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - depolarizing (SCT 373250005)."""

NeuromuscularBlockingNMBNonDepolarizing: Final[Code] = Code(
    "SCT", "372790002", "NeuroMuscular Blocking (NMB) - non depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - non depolarizing (SCT 372790002)."""

NSAID: Final[Code] = Code("SCT", "372665008", "NSAID", (622,))
"""NSAID (SCT 372665008)."""

OcularLubricant: Final[Code] = Code("SCT", "470091001", "Ocular Lubricant", (622,))
"""Ocular Lubricant (SCT 470091001)."""

Oxytocic: Final[Code] = Code("SCT", "410937004", "Oxytocic", (622,))
"""Oxytocic (SCT 410937004)."""

PenicillinAntibiotic: Final[Code] = Code("SCT", "373270004", "Penicillin antibiotic", (622,))
"""Penicillin antibiotic (SCT 373270004)."""

PlasmaExpander: Final[Code] = Code("SCT", "372578001", "Plasma Expander", (622,))
"""Plasma Expander (SCT 372578001)."""

Potassium: Final[Code] = Code("SCT", "88480006", "Potassium", (622,))
"""Potassium (SCT 88480006)."""

QuinoloneAntibiotic: Final[Code] = Code("SCT", "372722000", "Quinolone antibiotic", (622,))
"""Quinolone antibiotic (SCT 372722000)."""

RespiratoryStimulant: Final[Code] = Code("SCT", "418760000", "Respiratory stimulant", (622,))
"""Respiratory stimulant (SCT 418760000)."""

SkeletalMuscleRelaxant: Final[Code] = Code("SCT", "372666009", "Skeletal muscle relaxant", (622,))
"""Skeletal muscle relaxant (SCT 372666009)."""

Steroid: Final[Code] = Code("SCT", "116566001", "Steroid", (622, 4410))
"""Steroid (SCT 116566001)."""

SulfonamideAntibiotic: Final[Code] = Code("SCT", "372788003", "Sulfonamide antibiotic", (622,))
"""Sulfonamide antibiotic (SCT 372788003)."""

TetracyclineAntibiotic: Final[Code] = Code("SCT", "373206009", "Tetracycline antibiotic", (622,))
"""Tetracycline antibiotic (SCT 373206009)."""

ThyroidHormone: Final[Code] = Code("SCT", "18220004", "Thyroid hormone", (622,))
"""Thyroid hormone (SCT 18220004)."""

VancomycinAntibiotic: Final[Code] = Code("SCT", "372735009", "Vancomycin antibiotic", (622,))
"""Vancomycin antibiotic (SCT 372735009)."""

Vasoconstrictor: Final[Code] = Code("SCT", "870406003", "Vasoconstrictor", (622,))
"""Vasoconstrictor (SCT 870406003)."""

Vasodilator: Final[Code] = Code("SCT", "372787008", "Vasodilator", (10, 622))
"""Vasodilator (SCT 372787008)."""

Vitamin: Final[Code] = Code("SCT", "87708000", "Vitamin", (622,))
"""Vitamin (SCT 87708000)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AdrenergicAgent,
    AminoglycosideAntibiotic,
    Analgesic,
    Antiarrhythmic,
    Antibiotic,
    Anticholinergic,
    Anticoagulant,
    Anticonvulsant,
    AntidiureticHormone,
    Antiemetic,
    Antifungal,
    AntiHeparinAgent,
    Antihistamine,
    Antihypertensive,
    Antihypoglycemic,
    Barbiturate,
    Benzodiazepine,
    BenzodiazepineAntagonist,
    BetaBlocker,
    BetaLactamAntibiotic,
    BloodProduct,
    Bronchodilator,
    Calcium,
    CalciumChannelBlocker,
    CaloricAgent,
    CarbapenemAntibiotic,
    CephalosporinAntibiotic,
    CholinergicAgent,
    Diuretic,
    DrugDiluent,
    Estrogen,
    GastrointestinalProkinetic,
    GeneralAnesthetic,
    H2Antagonist,
    HemostaticAgent,
    Hypoglycemic,
    InotropicAgent,
    LincomycinAntibiotic,
    LinezolidAntibiotic,
    LocalAnesthetic,
    LowMolecularWeightHeparin,
    MacrolideAntibiotic,
    Magnesium,
    MetronidazoleAntibiotic,
    NarcoticOpiateAntagonist,
    NarcoticAnalgesic,
    Decongestant,
    NeuromuscularBlockingNMBDepolarizing,
    NeuromuscularBlockingNMBNonDepolarizing,
    NSAID,
    OcularLubricant,
    Oxytocic,
    PenicillinAntibiotic,
    PlasmaExpander,
    Potassium,
    QuinoloneAntibiotic,
    RespiratoryStimulant,
    SkeletalMuscleRelaxant,
    Steroid,
    SulfonamideAntibiotic,
    TetracyclineAntibiotic,
    ThyroidHormone,
    VancomycinAntibiotic,
    Vasoconstrictor,
    Vasodilator,
    Vitamin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
