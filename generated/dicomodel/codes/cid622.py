"""CID 622 Medication Type Code Type from Anesthesia Quality Initiative.

Extensible, version 20220922, UID 1.2.840.10008.6.1.1087.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 622
NAME: _Final[str] = "Medication Type Code Type from Anesthesia Quality Initiative"
KEYWORD: _Final[str | None] = "MedicationTypeCodeTypeFromAnesthesiaQualityInitiative"
UID: _Final[str | None] = "1.2.840.10008.6.1.1087"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdrenergicAgent: _Final[_Code] = _Code("SCT", "86308005", "Adrenergic agent", (622,))
"""Adrenergic agent (SCT 86308005)."""

AminoglycosideAntibiotic: _Final[_Code] = _Code(
    "SCT", "14443002", "Aminoglycoside antibiotic", (622,)
)
"""Aminoglycoside antibiotic (SCT 14443002)."""

Analgesic: _Final[_Code] = _Code("SCT", "373265006", "Analgesic", (622,))
"""Analgesic (SCT 373265006)."""

Antiarrhythmic: _Final[_Code] = _Code("SCT", "372813008", "Antiarrhythmic", (622,))
"""Antiarrhythmic (SCT 372813008)."""

Antibiotic: _Final[_Code] = _Code("SCT", "255631004", "Antibiotic", (622, 4410))
"""Antibiotic (SCT 255631004)."""

Anticholinergic: _Final[_Code] = _Code("SCT", "373246003", "Anticholinergic", (622,))
"""Anticholinergic (SCT 373246003)."""

Anticoagulant: _Final[_Code] = _Code("SCT", "372862008", "Anticoagulant", (622,))
"""Anticoagulant (SCT 372862008)."""

Anticonvulsant: _Final[_Code] = _Code("SCT", "255632006", "Anticonvulsant", (622,))
"""Anticonvulsant (SCT 255632006)."""

AntidiureticHormone: _Final[_Code] = _Code("SCT", "77671006", "Antidiuretic hormone", (622,))
"""Antidiuretic hormone (SCT 77671006)."""

Antiemetic: _Final[_Code] = _Code("SCT", "52017007", "Antiemetic", (76, 622))
"""Antiemetic (SCT 52017007)."""

Antifungal: _Final[_Code] = _Code("SCT", "373219008", "Antifungal", (622, 4410))
"""Antifungal (SCT 373219008)."""

AntiHeparinAgent: _Final[_Code] = _Code("SCT", "3361000", "Anti-heparin agent", (10, 622))
"""Anti-heparin agent (SCT 3361000)."""

Antihistamine: _Final[_Code] = _Code("SCT", "372806008", "Antihistamine", (622,))
"""Antihistamine (SCT 372806008)."""

Antihypertensive: _Final[_Code] = _Code("SCT", "1182007", "Antihypertensive", (10, 622))
"""Antihypertensive (SCT 1182007)."""

Antihypoglycemic: _Final[_Code] = _Code("UMLS", "C1579431", "Antihypoglycemic", (622,))
"""Antihypoglycemic (UMLS C1579431)."""

Barbiturate: _Final[_Code] = _Code("SCT", "372798009", "Barbiturate", (622,))
"""Barbiturate (SCT 372798009)."""

Benzodiazepine: _Final[_Code] = _Code("SCT", "372664007", "Benzodiazepine", (622,))
"""Benzodiazepine (SCT 372664007)."""

BenzodiazepineAntagonist: _Final[_Code] = _Code(
    "SCT", "372906009", "Benzodiazepine antagonist", (622,)
)
"""Benzodiazepine antagonist (SCT 372906009)."""

BetaBlocker: _Final[_Code] = _Code("SCT", "373254001", "Beta-blocker", (622,))
"""Beta-blocker (SCT 373254001)."""

BetaLactamAntibiotic: _Final[_Code] = _Code("SCT", "373297006", "Beta-Lactam antibiotic", (622,))
"""Beta-Lactam antibiotic (SCT 373297006)."""

BloodProduct: _Final[_Code] = _Code("SCT", "410652009", "Blood product", (622,))
"""Blood product (SCT 410652009)."""

Bronchodilator: _Final[_Code] = _Code("SCT", "372580007", "Bronchodilator", (622,))
"""Bronchodilator (SCT 372580007)."""

Calcium: _Final[_Code] = _Code("SCT", "5540006", "Calcium", (300, 622))
"""Calcium (SCT 5540006)."""

CalciumChannelBlocker: _Final[_Code] = _Code("SCT", "373304005", "Calcium channel blocker", (622,))
"""Calcium channel blocker (SCT 373304005)."""

CaloricAgent: _Final[_Code] = _Code("SCT", "373530005", "Caloric agent", (622,))
"""Caloric agent (SCT 373530005)."""

CarbapenemAntibiotic: _Final[_Code] = _Code("SCT", "396345004", "Carbapenem antibiotic", (622,))
"""Carbapenem antibiotic (SCT 396345004)."""

CephalosporinAntibiotic: _Final[_Code] = _Code(
    "SCT", "764147003", "Cephalosporin antibiotic", (622,)
)
"""Cephalosporin antibiotic (SCT 764147003)."""

CholinergicAgent: _Final[_Code] = _Code("SCT", "421148003", "Cholinergic agent", (622,))
"""Cholinergic agent (SCT 421148003)."""

Diuretic: _Final[_Code] = _Code("SCT", "372695000", "Diuretic", (622,))
"""Diuretic (SCT 372695000)."""

DrugDiluent: _Final[_Code] = _Code("SCT", "74626007", "Drug diluent", (622,))
"""Drug diluent (SCT 74626007)."""

Estrogen: _Final[_Code] = _Code("SCT", "1052201004", "Estrogen", (622,))
"""Estrogen (SCT 1052201004)."""

GastrointestinalProkinetic: _Final[_Code] = _Code(
    "SCT", "372607002", "Gastrointestinal prokinetic", (622,)
)
"""Gastrointestinal prokinetic (SCT 372607002)."""

GeneralAnesthetic: _Final[_Code] = _Code("SCT", "373288007", "General anesthetic", (622,))
"""General anesthetic (SCT 373288007)."""

H2Antagonist: _Final[_Code] = _Code("UMLS", "C0019593", "H2 antagonist", (622,))
"""H2 antagonist (UMLS C0019593)."""

HemostaticAgent: _Final[_Code] = _Code("SCT", "372681003", "Hemostatic agent", (622, 4410))
"""Hemostatic agent (SCT 372681003)."""

Hypoglycemic: _Final[_Code] = _Code("SCT", "312064005", "Hypoglycemic", (622,))
"""Hypoglycemic (SCT 312064005)."""

InotropicAgent: _Final[_Code] = _Code("SCT", "111139005", "Inotropic agent", (10, 622))
"""Inotropic agent (SCT 111139005)."""

LincomycinAntibiotic: _Final[_Code] = _Code("SCT", "372677003", "Lincomycin antibiotic", (622,))
"""Lincomycin antibiotic (SCT 372677003)."""

LinezolidAntibiotic: _Final[_Code] = _Code("SCT", "387056004", "Linezolid antibiotic", (622,))
"""Linezolid antibiotic (SCT 387056004)."""

LocalAnesthetic: _Final[_Code] = _Code("SCT", "373477003", "Local anesthetic", (622,))
"""Local anesthetic (SCT 373477003)."""

LowMolecularWeightHeparin: _Final[_Code] = _Code(
    "SCT", "373294004", "Low Molecular Weight Heparin", (622,)
)
"""Low Molecular Weight Heparin (SCT 373294004)."""

MacrolideAntibiotic: _Final[_Code] = _Code("SCT", "372480009", "Macrolide antibiotic", (622,))
"""Macrolide antibiotic (SCT 372480009)."""

Magnesium: _Final[_Code] = _Code("SCT", "72717003", "Magnesium", (622,))
"""Magnesium (SCT 72717003)."""

MetronidazoleAntibiotic: _Final[_Code] = _Code(
    "SCT", "372602008", "Metronidazole antibiotic", (622,)
)
"""Metronidazole antibiotic (SCT 372602008)."""

NarcoticOpiateAntagonist: _Final[_Code] = _Code(
    "SCT", "372656001", "Narcotic (opiate) antagonist", (622,)
)
"""Narcotic (opiate) antagonist (SCT 372656001)."""

NarcoticAnalgesic: _Final[_Code] = _Code("UMLS", "C0027409", "Narcotic analgesic", (622,))
"""Narcotic analgesic (UMLS C0027409)."""

Decongestant: _Final[_Code] = _Code("SCT", "96328007", "Decongestant", (622,))
"""Decongestant (SCT 96328007)."""

NeuromuscularBlockingNMBDepolarizing: _Final[_Code] = _Code(
    "SCT", "373250005", "NeuroMuscular Blocking (NMB) - depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - depolarizing (SCT 373250005)."""

NeuromuscularBlockingNMBNonDepolarizing: _Final[_Code] = _Code(
    "SCT", "372790002", "NeuroMuscular Blocking (NMB) - non depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - non depolarizing (SCT 372790002)."""

NSAID: _Final[_Code] = _Code("SCT", "372665008", "NSAID", (622,))
"""NSAID (SCT 372665008)."""

OcularLubricant: _Final[_Code] = _Code("SCT", "470091001", "Ocular Lubricant", (622,))
"""Ocular Lubricant (SCT 470091001)."""

Oxytocic: _Final[_Code] = _Code("SCT", "410937004", "Oxytocic", (622,))
"""Oxytocic (SCT 410937004)."""

PenicillinAntibiotic: _Final[_Code] = _Code("SCT", "373270004", "Penicillin antibiotic", (622,))
"""Penicillin antibiotic (SCT 373270004)."""

PlasmaExpander: _Final[_Code] = _Code("SCT", "372578001", "Plasma Expander", (622,))
"""Plasma Expander (SCT 372578001)."""

Potassium: _Final[_Code] = _Code("SCT", "88480006", "Potassium", (622,))
"""Potassium (SCT 88480006)."""

QuinoloneAntibiotic: _Final[_Code] = _Code("SCT", "372722000", "Quinolone antibiotic", (622,))
"""Quinolone antibiotic (SCT 372722000)."""

RespiratoryStimulant: _Final[_Code] = _Code("SCT", "418760000", "Respiratory stimulant", (622,))
"""Respiratory stimulant (SCT 418760000)."""

SkeletalMuscleRelaxant: _Final[_Code] = _Code(
    "SCT", "372666009", "Skeletal muscle relaxant", (622,)
)
"""Skeletal muscle relaxant (SCT 372666009)."""

Steroid: _Final[_Code] = _Code("SCT", "116566001", "Steroid", (622, 4410))
"""Steroid (SCT 116566001)."""

SulfonamideAntibiotic: _Final[_Code] = _Code("SCT", "372788003", "Sulfonamide antibiotic", (622,))
"""Sulfonamide antibiotic (SCT 372788003)."""

TetracyclineAntibiotic: _Final[_Code] = _Code("SCT", "373206009", "Tetracycline antibiotic", (622,))
"""Tetracycline antibiotic (SCT 373206009)."""

ThyroidHormone: _Final[_Code] = _Code("SCT", "18220004", "Thyroid hormone", (622,))
"""Thyroid hormone (SCT 18220004)."""

VancomycinAntibiotic: _Final[_Code] = _Code("SCT", "372735009", "Vancomycin antibiotic", (622,))
"""Vancomycin antibiotic (SCT 372735009)."""

Vasoconstrictor: _Final[_Code] = _Code("SCT", "870406003", "Vasoconstrictor", (622,))
"""Vasoconstrictor (SCT 870406003)."""

Vasodilator: _Final[_Code] = _Code("SCT", "372787008", "Vasodilator", (10, 622))
"""Vasodilator (SCT 372787008)."""

Vitamin: _Final[_Code] = _Code("SCT", "87708000", "Vitamin", (622,))
"""Vitamin (SCT 87708000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
