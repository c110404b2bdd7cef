"""Coding scheme SCT: SNOMED CT.

4998 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "SCT"
NAME: _Final[str] = "SNOMED CT"
UID: _Final[str | None] = "2.16.840.1.113883.6.96"
URI: _Final[str | None] = "http://snomed.info/sct"
RETIRED: _Final[bool] = False

ACEInhibitor: _Final[_Code] = _Code("SCT", "41549009", "ACE inhibitor", (3760,))
"""ACE inhibitor (SCT 41549009)."""

AConstant: _Final[_Code] = _Code("SCT", "397263007", "A-Constant", (4237,))
"""A-Constant (SCT 397263007)."""

ATSMCu64: _Final[_Code] = _Code("SCT", "422855001", "ATSM Cu^64^", (4021,))
"""ATSM Cu^64^ (SCT 422855001)."""

AVFistula: _Final[_Code] = _Code("SCT", "128617001", "AV Fistula", (3754, 3810))
"""AV Fistula (SCT 128617001)."""

AVGrooveContinuationOfCircumflexArtery: _Final[_Code] = _Code(
    "SCT", "75902001", "AV groove continuation of Circumflex Artery", (3014,)
)
"""AV groove continuation of Circumflex Artery (SCT 75902001)."""

AVSequentialPacing: _Final[_Code] = _Code("SCT", "371910005", "A-V sequential pacing", (3555,))
"""A-V sequential pacing (SCT 371910005)."""

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

AbdomenAndPelvis: _Final[_Code] = _Code("SCT", "818982008", "Abdomen and Pelvis", (4031,))
"""Abdomen and Pelvis (SCT 818982008)."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008)."""

AbdominalAorticAneurysmStenting: _Final[_Code] = _Code(
    "SCT", "771453009", "Abdominal aortic aneurysm stenting", (3721,)
)
"""Abdominal aortic aneurysm stenting (SCT 771453009)."""

AbdominalLymphNode: _Final[_Code] = _Code("SCT", "818991007", "abdominal lymph node", (7600,))
"""abdominal lymph node (SCT 818991007)."""

AbdominalWallMuscle: _Final[_Code] = _Code("SCT", "1142228004", "Abdominal wall muscle", (7154,))
"""Abdominal wall muscle (SCT 1142228004)."""

AbducensNerve: _Final[_Code] = _Code("SCT", "80622005", "abducens nerve", (7706,))
"""abducens nerve (SCT 80622005)."""

Abduction: _Final[_Code] = _Code("SCT", "60074003", "Abduction", (92,))
"""Abduction (SCT 60074003)."""

AblationFrequency: _Final[_Code] = _Code("SCT", "386132006", "Ablation frequency", (3425,))
"""Ablation frequency (SCT 386132006)."""

AblationOperationForArrhythmia: _Final[_Code] = _Code(
    "SCT", "233159005", "Ablation operation for arrhythmia", (3721,)
)
"""Ablation operation for arrhythmia (SCT 233159005)."""

AblationPower: _Final[_Code] = _Code("SCT", "386131004", "Ablation power", (3425,))
"""Ablation power (SCT 386131004)."""

Abnormal: _Final[_Code] = _Code("SCT", "263654008", "Abnormal", (222, 242, 3120))
"""Abnormal (SCT 263654008)."""

AbnormalECG: _Final[_Code] = _Code("SCT", "102594003", "Abnormal ECG", (3201, 3221, 3677, 12246))
"""Abnormal ECG (SCT 102594003)."""

AbnormalExerciseToleranceTest: _Final[_Code] = _Code(
    "SCT", "165084003", "Abnormal exercise tolerance test", (3201, 3208)
)
"""Abnormal exercise tolerance test (SCT 165084003)."""

AbnormalExtracardiacUptake: _Final[_Code] = _Code(
    "SCT", "429576000", "Abnormal extracardiac uptake", (3116,)
)
"""Abnormal extracardiac uptake (SCT 429576000)."""

AbnormalRenalFunction: _Final[_Code] = _Code(
    "SCT", "39539005", "Abnormal Renal Function", (64, 10045)
)
"""Abnormal Renal Function (SCT 39539005)."""

AbnormalRespiratoryRhythm: _Final[_Code] = _Code(
    "SCT", "248584002", "abnormal respiratory rhythm", (3416,)
)
"""abnormal respiratory rhythm (SCT 248584002)."""

AbnormallyHigh: _Final[_Code] = _Code("SCT", "371879000", "Abnormally High", (222,))
"""Abnormally High (SCT 371879000)."""

AbnormallyLow: _Final[_Code] = _Code("SCT", "371880002", "Abnormally Low", (222,))
"""Abnormally Low (SCT 371880002)."""

AbnormallySmallCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373125003", "Abnormally small cardiac chamber", (3705,)
)
"""Abnormally small cardiac chamber (SCT 373125003)."""

Abscess: _Final[_Code] = _Code("SCT", "44132006", "Abscess", (6031, 7159))
"""Abscess (SCT 44132006)."""

Absent: _Final[_Code] = _Code("SCT", "272519000", "Absent", (240, 241))
"""Absent (SCT 272519000)."""

Acanthioparietal: _Final[_Code] = _Code("SCT", "399242004", "acanthioparietal", (4010,))
"""acanthioparietal (SCT 399242004)."""

Accentuated: _Final[_Code] = _Code("SCT", "428691001", "accentuated", (3210,))
"""accentuated (SCT 428691001)."""

AccessoryAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "8225009", "Accessory atrioventricular bundle", (3011,)
)
"""Accessory atrioventricular bundle (SCT 8225009)."""

AccessoryNerve: _Final[_Code] = _Code("SCT", "15119000", "accessory nerve", (7706,))
"""accessory nerve (SCT 15119000)."""

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006)."""

AccidentAndEmergency: _Final[_Code] = _Code("SCT", "225728007", "Accident and Emergency", (7030,))
"""Accident and Emergency (SCT 225728007)."""

Acepromazine: _Final[_Code] = _Code("SCT", "96218000", "Acepromazine", (626,))
"""Acepromazine (SCT 96218000)."""

Acetabulum: _Final[_Code] = _Code("SCT", "37783008", "Acetabulum", (1005,))
"""Acetabulum (SCT 37783008)."""

AcetateC11: _Final[_Code] = _Code("SCT", "129513004", "Acetate C^11^", (4021,))
"""Acetate C^11^ (SCT 129513004)."""

AceticAcid: _Final[_Code] = _Code("SCT", "2869004", "Acetic acid", (4412, 8114))
"""Acetic acid (SCT 2869004)."""

AchillesTendon: _Final[_Code] = _Code("SCT", "61352006", "Achilles Tendon", (12321,))
"""Achilles Tendon (SCT 61352006)."""

AcidFastStainMethod: _Final[_Code] = _Code("SCT", "67122001", "Acid fast stain method", (8130,))
"""Acid fast stain method (SCT 67122001)."""

AcidPhosphataseStain: _Final[_Code] = _Code("SCT", "255792001", "acid phosphatase stain", (8112,))
"""acid phosphatase stain (SCT 255792001)."""

AcquiredIncompleteStentApposition: _Final[_Code] = _Code(
    "SCT", "408710003", "Acquired Incomplete stent apposition", (3494,)
)
"""Acquired Incomplete stent apposition (SCT 408710003)."""

AcridineOrangeStain: _Final[_Code] = _Code("SCT", "29252006", "acridine orange stain", (4412, 8112))
"""acridine orange stain (SCT 29252006)."""

AcriflavineStain: _Final[_Code] = _Code("SCT", "17693003", "acriflavine stain", (8112,))
"""acriflavine stain (SCT 17693003)."""

AcromioclavicularJoint: _Final[_Code] = _Code(
    "SCT", "85856004", "Acromioclavicular Joint", (1004, 4031)
)
"""Acromioclavicular Joint (SCT 85856004)."""

AcromionProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "31934006", "Acromion process of scapula", (6115,)
)
"""Acromion process of scapula (SCT 31934006)."""

AcrylicResin: _Final[_Code] = _Code("SCT", "261712009", "Acrylic resin", (8115,))
"""Acrylic resin (SCT 261712009)."""

ActinicKeratosis: _Final[_Code] = _Code("SCT", "201101007", "Actinic keratosis", (4405,))
"""Actinic keratosis (SCT 201101007)."""

ActiveIngredient: _Final[_Code] = _Code("SCT", "127489000", "Active Ingredient", (4050,))
"""Active Ingredient (SCT 127489000)."""

ActiveProblem: _Final[_Code] = _Code("SCT", "394774009", "Active problem", (3770,))
"""Active problem (SCT 394774009)."""

AcuteFebrileMucocutaneousLymphNodeSyndrome: _Final[_Code] = _Code(
    "SCT", "75053002", "Acute febrile mucocutaneous lymph node syndrome", (12248,)
)
"""Acute febrile mucocutaneous lymph node syndrome (SCT 75053002)."""

AcuteHepatitis: _Final[_Code] = _Code("SCT", "37871000", "Acute Hepatitis", (12323,))
"""Acute Hepatitis (SCT 37871000)."""

AcuteMitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "373116009", "Acute mitral regurgitation", (3700,)
)
"""Acute mitral regurgitation (SCT 373116009)."""

AcuteMitralRegurgitationFromChordalDysfunction: _Final[_Code] = _Code(
    "SCT", "371814000", "Acute mitral regurgitation from chordal dysfunction", (3728,)
)
"""Acute mitral regurgitation from chordal dysfunction (SCT 371814000)."""

AcuteMitralRegurgitationFromChordalRupture: _Final[_Code] = _Code(
    "SCT", "371813006", "Acute mitral regurgitation from chordal rupture", (3728,)
)
"""Acute mitral regurgitation from chordal rupture (SCT 371813006)."""

AcuteMitralRegurgitationFromPapillaryMuscleDysfunction: _Final[_Code] = _Code(
    "SCT", "371815004", "Acute mitral regurgitation from papillary muscle dysfunction", (3728,)
)
"""Acute mitral regurgitation from papillary muscle dysfunction (SCT 371815004)."""

AcuteMitralRegurgitationFromPapillaryMuscleRupture: _Final[_Code] = _Code(
    "SCT", "371816003", "Acute mitral regurgitation from papillary muscle rupture", (3728,)
)
"""Acute mitral regurgitation from papillary muscle rupture (SCT 371816003)."""

AcuteMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "57054005", "Acute myocardial infarction", (3700,)
)
"""Acute myocardial infarction (SCT 57054005)."""

AcuteOnset: _Final[_Code] = _Code("SCT", "385315009", "Acute onset", (6130,))
"""Acute onset (SCT 385315009)."""

AcuteVentricularSeptalRupture: _Final[_Code] = _Code(
    "SCT", "371817007", "Acute ventricular septal rupture", (3700, 3728)
)
"""Acute ventricular septal rupture (SCT 371817007)."""

Adduction: _Final[_Code] = _Code("SCT", "11554009", "Adduction", (92,))
"""Adduction (SCT 11554009)."""

AdenoAssociatedVirusGroup: _Final[_Code] = _Code(
    "SCT", "112381006", "Adeno-associated virus group", (641,)
)
"""Adeno-associated virus group (SCT 112381006)."""

Adenocarcinoma: _Final[_Code] = _Code("SCT", "1187332001", "Adenocarcinoma", (639,))
"""Adenocarcinoma (SCT 1187332001)."""

AdenocarcinomaOfLargeIntestine: _Final[_Code] = _Code(
    "SCT", "408645001", "Adenocarcinoma of large intestine", (639,)
)
"""Adenocarcinoma of large intestine (SCT 408645001)."""

AdenocarcinomaOfLung: _Final[_Code] = _Code("SCT", "254626006", "Adenocarcinoma of lung", (639,))
"""Adenocarcinoma of lung (SCT 254626006)."""

AdenocarcinomaOfPancreas: _Final[_Code] = _Code(
    "SCT", "700423003", "Adenocarcinoma of pancreas", (639,)
)
"""Adenocarcinoma of pancreas (SCT 700423003)."""

AdenocarcinomaOfRectum: _Final[_Code] = _Code(
    "SCT", "254582000", "Adenocarcinoma of rectum", (639,)
)
"""Adenocarcinoma of rectum (SCT 254582000)."""

Adenohypophysis: _Final[_Code] = _Code("SCT", "62818001", "Adenohypophysis", (7153,))
"""Adenohypophysis (SCT 62818001)."""

AdenoidCysticCarcinoma: _Final[_Code] = _Code(
    "SCT", "11671000", "Adenoid cystic carcinoma", (6033,)
)
"""Adenoid cystic carcinoma (SCT 11671000)."""

Adenolipoma: _Final[_Code] = _Code("SCT", "22024005", "Adenolipoma", (6031,))
"""Adenolipoma (SCT 22024005)."""

Adenoma: _Final[_Code] = _Code("SCT", "1187375007", "Adenoma", (6031,))
"""Adenoma (SCT 1187375007)."""

Adenomyoepithelioma: _Final[_Code] = _Code("SCT", "128765009", "Adenomyoepithelioma", (6031,))
"""Adenomyoepithelioma (SCT 128765009)."""

Adenosine: _Final[_Code] = _Code("SCT", "108502004", "Adenosine", (3204,))
"""Adenosine (SCT 108502004)."""

AdenosineA2ReceptorAgonist: _Final[_Code] = _Code(
    "SCT", "432062000", "Adenosine A2 receptor agonist", (3204,)
)
"""Adenosine A2 receptor agonist (SCT 432062000)."""

AdenosineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424444005", "Adenosine Stress protocol", (3261,)
)
"""Adenosine Stress protocol (SCT 424444005)."""

Adenosis: _Final[_Code] = _Code("SCT", "57597008", "Adenosis", (6031,))
"""Adenosis (SCT 57597008)."""

AdjunctIntent: _Final[_Code] = _Code("SCT", "421974008", "Adjunct intent", (3629,))
"""Adjunct intent (SCT 421974008)."""

AdjuvantIntent: _Final[_Code] = _Code("SCT", "373846009", "Adjuvant intent", (3629,))
"""Adjuvant intent (SCT 373846009)."""

AdministeredAfterLabVisit: _Final[_Code] = _Code(
    "SCT", "371899006", "Administered after lab visit", (3741,)
)
"""Administered after lab visit (SCT 371899006)."""

AdministeredAfterPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371902009", "Administered After Percutaneous Coronary Intervention", (3742, 3743)
)
"""Administered After Percutaneous Coronary Intervention (SCT 371902009)."""

AdministeredBeforeLabVisit: _Final[_Code] = _Code(
    "SCT", "371898003", "Administered before lab visit", (3741,)
)
"""Administered before lab visit (SCT 371898003)."""

AdministeredBetween3And6HoursBeforePCI: _Final[_Code] = _Code(
    "SCT", "371897008", "Administered between 3 and 6 hours before PCI", (3740,)
)
"""Administered between 3 and 6 hours before PCI (SCT 371897008)."""

AdministeredBetween6HoursAnd7DaysBeforePCI: _Final[_Code] = _Code(
    "SCT", "371906007", "Administered between 6 hours and 7 days before PCI", (3740,)
)
"""Administered between 6 hours and 7 days before PCI (SCT 371906007)."""

AdministeredDuringLabVisit: _Final[_Code] = _Code(
    "SCT", "371905006", "Administered during lab visit", (3741,)
)
"""Administered during lab visit (SCT 371905006)."""

AdministeredDuringPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371903004", "Administered During Percutaneous Coronary Intervention", (3742,)
)
"""Administered During Percutaneous Coronary Intervention (SCT 371903004)."""

AdministeredLessThan3HoursBeforePCI: _Final[_Code] = _Code(
    "SCT", "371896004", "Administered less than 3 hours before PCI", (3740,)
)
"""Administered less than 3 hours before PCI (SCT 371896004)."""

AdministeredLessThan72HoursBeforePCI: _Final[_Code] = _Code(
    "SCT", "371901002", "Administered Less than 72 Hours before PCI", (3743,)
)
"""Administered Less than 72 Hours before PCI (SCT 371901002)."""

AdministeredPriorToPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "371904005", "Administered Prior to Percutaneous Coronary Intervention", (3742,)
)
"""Administered Prior to Percutaneous Coronary Intervention (SCT 371904005)."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007)."""

AdrenergicAgent: _Final[_Code] = _Code("SCT", "86308005", "Adrenergic agent", (622,))
"""Adrenergic agent (SCT 86308005)."""

Adventitia: _Final[_Code] = _Code("SCT", "30180000", "Adventitia", (7156,))
"""Adventitia (SCT 30180000)."""

AdventitialDegeneration: _Final[_Code] = _Code(
    "SCT", "47631006", "adventitial degeneration", (3817,)
)
"""adventitial degeneration (SCT 47631006)."""

Afferent: _Final[_Code] = _Code("SCT", "49530007", "Afferent", (2,))
"""Afferent (SCT 49530007)."""

AfricanRace: _Final[_Code] = _Code("SCT", "413464008", "African race", (6099,))
"""African race (SCT 413464008)."""

After: _Final[_Code] = _Code("SCT", "288563008", "After", (3600,))
"""After (SCT 288563008)."""

AfterMenopause: _Final[_Code] = _Code("SCT", "307429007", "After menopause", (6086,))
"""After menopause (SCT 307429007)."""

AfterProcedure: _Final[_Code] = _Code("SCT", "303110006", "after procedure", (3815, 12102))
"""after procedure (SCT 303110006)."""

Agar: _Final[_Code] = _Code("SCT", "10249006", "Agar", (8115,))
"""Agar (SCT 10249006)."""

Air: _Final[_Code] = _Code("SCT", "15158005", "Air", (12, 13, 6211, 6350, 11002))
"""Air (SCT 15158005)."""

AirHeatingPad: _Final[_Code] = _Code("SCT", "468192005", "Air heating pad", (635,))
"""Air heating pad (SCT 468192005)."""

AirTrapping: _Final[_Code] = _Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001)."""

AirwayStructure: _Final[_Code] = _Code("SCT", "89187006", "Airway structure", (6111,))
"""Airway structure (SCT 89187006)."""

Akinesis: _Final[_Code] = _Code("SCT", "195675009", "Akinesis", (3703, 3706))
"""Akinesis (SCT 195675009)."""

AlbersSchonberg: _Final[_Code] = _Code("SCT", "399142007", "Albers-Schonberg", (4012,))
"""Albers-Schonberg (SCT 399142007)."""

AlbertStain: _Final[_Code] = _Code("SCT", "255793006", "Albert's stain", (8112,))
"""Albert's stain (SCT 255793006)."""

AlcianBlue8GXStain: _Final[_Code] = _Code("SCT", "4656000", "alcian blue 8GX stain", (8112,))
"""alcian blue 8GX stain (SCT 4656000)."""

AlcoholConsumption: _Final[_Code] = _Code("SCT", "897148007", "Alcohol consumption", (3774,))
"""Alcohol consumption (SCT 897148007)."""

AlcoholSolubleNigrosineStain: _Final[_Code] = _Code(
    "SCT", "47995002", "alcohol soluble nigrosine stain", (8112,)
)
"""alcohol soluble nigrosine stain (SCT 47995002)."""

AlcoholicLiverDisease: _Final[_Code] = _Code("SCT", "41309000", "Alcoholic liver disease", (12325,))
"""Alcoholic liver disease (SCT 41309000)."""

AldehydeFuchsinStain: _Final[_Code] = _Code("SCT", "406981005", "aldehyde fuchsin stain", (8112,))
"""aldehyde fuchsin stain (SCT 406981005)."""

Alexander: _Final[_Code] = _Code("SCT", "399237007", "Alexander", (4012,))
"""Alexander (SCT 399237007)."""

Alfentanil: _Final[_Code] = _Code("SCT", "387560008", "Alfentanil", (66,))
"""Alfentanil (SCT 387560008)."""

Alive: _Final[_Code] = _Code("SCT", "438949009", "Alive", (3772,))
"""Alive (SCT 438949009)."""

AliveAndWell: _Final[_Code] = _Code("SCT", "81323004", "Alive and well", (3772,))
"""Alive and well (SCT 81323004)."""

AlizarinBlueSStain: _Final[_Code] = _Code("SCT", "54432009", "alizarin blue S stain", (8112,))
"""alizarin blue S stain (SCT 54432009)."""

AlizarinCyanineGreenStain: _Final[_Code] = _Code(
    "SCT", "21951008", "alizarin cyanine green stain", (8112,)
)
"""alizarin cyanine green stain (SCT 21951008)."""

AlizarinRedSStain: _Final[_Code] = _Code("SCT", "65580004", "alizarin red S stain", (8112,))
"""alizarin red S stain (SCT 65580004)."""

AlizarinYellowGGStain: _Final[_Code] = _Code("SCT", "27016007", "alizarin yellow GG stain", (8112,))
"""alizarin yellow GG stain (SCT 27016007)."""

AlizarinYellowRStain: _Final[_Code] = _Code("SCT", "28622002", "alizarin yellow R stain", (8112,))
"""alizarin yellow R stain (SCT 28622002)."""

AlkaliBlue5B4BStain: _Final[_Code] = _Code("SCT", "76925007", "alkali blue 5B (4B) stain", (8112,))
"""alkali blue 5B (4B) stain (SCT 76925007)."""

AlkaliBlue6BStain: _Final[_Code] = _Code("SCT", "63929007", "alkali blue 6B stain", (8112,))
"""alkali blue 6B stain (SCT 63929007)."""

AlkalinePhosphataseStain: _Final[_Code] = _Code(
    "SCT", "406971006", "alkaline phosphatase stain", (8112,)
)
"""alkaline phosphatase stain (SCT 406971006)."""

AllLegs: _Final[_Code] = _Code("SCT", "42694008", "All legs", (7483,))
"""All legs (SCT 42694008)."""

AllergyAndImmunology: _Final[_Code] = _Code("SCT", "309913004", "Allergy and Immunology", (7030,))
"""Allergy and Immunology (SCT 309913004)."""

AlmostEntirelyFat: _Final[_Code] = _Code("SCT", "129716005", "Almost entirely fat", (6001,))
"""Almost entirely fat (SCT 129716005)."""

AlphaAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "67440007", "Alpha-adrenergic blocking agent", (10,)
)
"""Alpha-adrenergic blocking agent (SCT 67440007)."""

Alphachloralose: _Final[_Code] = _Code("SCT", "277016007", "Alphachloralose", (625,))
"""Alphachloralose (SCT 277016007)."""

Alphadolone: _Final[_Code] = _Code("SCT", "125707004", "Alphadolone", (625,))
"""Alphadolone (SCT 125707004)."""

Aluminum: _Final[_Code] = _Code("SCT", "12503006", "Aluminum", (10006,))
"""Aluminum (SCT 12503006)."""

AluminumChloride: _Final[_Code] = _Code("SCT", "387372003", "aluminum chloride", (4412,))
"""aluminum chloride (SCT 387372003)."""

AluminumHydroxide: _Final[_Code] = _Code("SCT", "273944007", "Aluminum hydroxide", (4410,))
"""Aluminum hydroxide (SCT 273944007)."""

AluminumOxide: _Final[_Code] = _Code("SCT", "83881004", "Aluminum Oxide", (300,))
"""Aluminum Oxide (SCT 83881004)."""

AlveolarProcessOfMandible: _Final[_Code] = _Code(
    "SCT", "38754007", "alveolar process of mandible", (7601,)
)
"""alveolar process of mandible (SCT 38754007)."""

AlveolarSoftPartSarcoma: _Final[_Code] = _Code(
    "SCT", "88195001", "Alveolar soft part sarcoma", (639,)
)
"""Alveolar soft part sarcoma (SCT 88195001)."""

AmbuBag: _Final[_Code] = _Code("SCT", "371785003", "Ambu Bag", (3554,))
"""Ambu Bag (SCT 371785003)."""

AmbulatoryEEG: _Final[_Code] = _Code("SCT", "252735006", "Ambulatory EEG", (3049,))
"""Ambulatory EEG (SCT 252735006)."""

AmelanoticMelanoma: _Final[_Code] = _Code("SCT", "70594002", "Amelanotic melanoma", (639,))
"""Amelanotic melanoma (SCT 70594002)."""

AmericanIndianOrAlaskaNative: _Final[_Code] = _Code(
    "SCT", "413490006", "American Indian or Alaska native", (6099,)
)
"""American Indian or Alaska native (SCT 413490006)."""

AminoglycosideAntibiotic: _Final[_Code] = _Code(
    "SCT", "14443002", "Aminoglycoside antibiotic", (622,)
)
"""Aminoglycoside antibiotic (SCT 14443002)."""

AmmoniaN13: _Final[_Code] = _Code("SCT", "129508003", "Ammonia N^13^", (4021,))
"""Ammonia N^13^ (SCT 129508003)."""

Amniocentesis: _Final[_Code] = _Code("SCT", "34536000", "Amniocentesis", (9,))
"""Amniocentesis (SCT 34536000)."""

AmnioinfusionInjectionOfAmnion: _Final[_Code] = _Code(
    "SCT", "15415002", "Amnioinfusion [injection of amnion]", (9,)
)
"""Amnioinfusion [injection of amnion] (SCT 15415002)."""

AmorphousCalcification: _Final[_Code] = _Code(
    "SCT", "129760005", "Amorphous calcification", (6011,)
)
"""Amorphous calcification (SCT 129760005)."""

Amphetamine: _Final[_Code] = _Code("SCT", "703842006", "Amphetamine", (6089,))
"""Amphetamine (SCT 703842006)."""

Amygdala: _Final[_Code] = _Code("SCT", "4958002", "Amygdala", (7140, 7153))
"""Amygdala (SCT 4958002)."""

Amyloid: _Final[_Code] = _Code("SCT", "37279009", "Amyloid (tumor)", (6031,))
"""Amyloid (tumor) (SCT 37279009)."""

Analgesic: _Final[_Code] = _Code("SCT", "373265006", "Analgesic", (622,))
"""Analgesic (SCT 373265006)."""

Anastrozole: _Final[_Code] = _Code("SCT", "386910003", "Anastrozole", (6080,))
"""Anastrozole (SCT 386910003)."""

Anatomical: _Final[_Code] = _Code("SCT", "51845000", "anatomical", (20,))
"""anatomical (SCT 51845000)."""

AnatomicalPoint: _Final[_Code] = _Code("SCT", "711101009", "Anatomical point", (7110,))
"""Anatomical point (SCT 711101009)."""

AnatomicalStructure: _Final[_Code] = _Code("SCT", "91723000", "Anatomical Structure", (7150, 9501))
"""Anatomical Structure (SCT 91723000)."""

Anchoring: _Final[_Code] = _Code("SCT", "129380009", "Anchoring", (7310,))
"""Anchoring (SCT 129380009)."""

AndrogenDeprivationTherapy: _Final[_Code] = _Code(
    "SCT", "707266006", "Androgen Deprivation Therapy", (6323,)
)
"""Androgen Deprivation Therapy (SCT 707266006)."""

AnesthesiaInduction: _Final[_Code] = _Code("SCT", "241687005", "Anesthesia induction", (634,))
"""Anesthesia induction (SCT 241687005)."""

Anesthesiology: _Final[_Code] = _Code("SCT", "309901009", "Anesthesiology", (7030,))
"""Anesthesiology (SCT 309901009)."""

AnestheticFaceMask: _Final[_Code] = _Code("SCT", "297120004", "Anesthetic face mask", (618,))
"""Anesthetic face mask (SCT 297120004)."""

Aneurysm: _Final[_Code] = _Code("SCT", "85659009", "aneurysm", (3810,))
"""aneurysm (SCT 85659009)."""

AneurysmOfAorticRoot: _Final[_Code] = _Code("SCT", "373134008", "Aneurysm of Aortic Root", (3709,))
"""Aneurysm of Aortic Root (SCT 373134008)."""

Aneurysmal: _Final[_Code] = _Code("SCT", "255378009", "Aneurysmal", (3712,))
"""Aneurysmal (SCT 255378009)."""

AnginaClassI: _Final[_Code] = _Code("SCT", "61490001", "Angina Class I", (3719,))
"""Angina Class I (SCT 61490001)."""

AnginaClassII: _Final[_Code] = _Code("SCT", "41334000", "Angina Class II", (3719,))
"""Angina Class II (SCT 41334000)."""

AnginaClassIII: _Final[_Code] = _Code("SCT", "85284003", "Angina Class III", (3719,))
"""Angina Class III (SCT 85284003)."""

AnginaClassIV: _Final[_Code] = _Code("SCT", "89323001", "Angina Class IV", (3719,))
"""Angina Class IV (SCT 89323001)."""

AnginaPectoris: _Final[_Code] = _Code("SCT", "194828000", "Angina pectoris", (64, 3201, 12246))
"""Angina pectoris (SCT 194828000)."""

Angiography: _Final[_Code] = _Code("SCT", "77343006", "Angiography", (100, 3428))
"""Angiography (SCT 77343006)."""

Angiolipoma: _Final[_Code] = _Code("SCT", "73219006", "Angiolipoma", (6031,))
"""Angiolipoma (SCT 73219006)."""

Angioma: _Final[_Code] = _Code("SCT", "400210000", "angioma", (3810, 6031))
"""angioma (SCT 400210000)."""

Angiomatosis: _Final[_Code] = _Code("SCT", "14350002", "Angiomatosis", (6031,))
"""Angiomatosis (SCT 14350002)."""

AngioplastyInflationDuration: _Final[_Code] = _Code(
    "SCT", "371852004", "Angioplasty Inflation duration", (3425,)
)
"""Angioplasty Inflation duration (SCT 371852004)."""

AngioplastyInflationPressure: _Final[_Code] = _Code(
    "SCT", "371851006", "Angioplasty Inflation pressure", (3425,)
)
"""Angioplasty Inflation pressure (SCT 371851006)."""

Angiosarcoma: _Final[_Code] = _Code("SCT", "39000009", "Angiosarcoma", (6033,))
"""Angiosarcoma (SCT 39000009)."""

AngiotensinIIReceptorAntagonist: _Final[_Code] = _Code(
    "SCT", "96308008", "Angiotensin II receptor antagonist", (3760,)
)
"""Angiotensin II receptor antagonist (SCT 96308008)."""

Angle: _Final[_Code] = _Code("SCT", "1483009", "Angle", (12304,))
"""Angle (SCT 1483009)."""

AngleOfRib: _Final[_Code] = _Code("SCT", "14510004", "Angle of rib", (6115,))
"""Angle of rib (SCT 14510004)."""

AnilineBlueStain: _Final[_Code] = _Code("SCT", "406990003", "aniline blue stain", (8112,))
"""aniline blue stain (SCT 406990003)."""

AnionExchangeResin: _Final[_Code] = _Code("SCT", "346322006", "Anion exchange resin", (3761,))
"""Anion exchange resin (SCT 346322006)."""

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002)."""

AnnularAbscessOfAorticRoot: _Final[_Code] = _Code(
    "SCT", "373135009", "Annular Abscess of Aortic Root", (3709,)
)
"""Annular Abscess of Aortic Root (SCT 373135009)."""

AnomalousPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006)."""

AntecubitalVein: _Final[_Code] = _Code("SCT", "128553008", "Antecubital vein", (3010, 3607))
"""Antecubital vein (SCT 128553008)."""

AntegradeFlow: _Final[_Code] = _Code("SCT", "263677008", "Antegrade Flow", (12221, 12306))
"""Antegrade Flow (SCT 263677008)."""

Anterior: _Final[_Code] = _Code("SCT", "255549009", "Anterior", (2, 5, 212, 4005, 6025, 12281))
"""Anterior (SCT 255549009)."""

AnteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "25247006", "anterior auricular lymph node", (7600,)
)
"""anterior auricular lymph node (SCT 25247006)."""

AnteriorCardiacVein: _Final[_Code] = _Code(
    "SCT", "194996006", "Anterior cardiac vein", (3010, 3839)
)
"""Anterior cardiac vein (SCT 194996006)."""

AnteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "60176003", "Anterior Cerebral Artery", (12105,)
)
"""Anterior Cerebral Artery (SCT 60176003)."""

AnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5727003", "anterior cervical lymph node", (7600,)
)
"""anterior cervical lymph node (SCT 5727003)."""

AnteriorChamberOfEye: _Final[_Code] = _Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006)."""

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "Anterior Commissure", (7101, 7705))
"""Anterior Commissure (SCT 62872008)."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "Anterior communicating artery", (3010, 3606, 12105)
)
"""Anterior communicating artery (SCT 8012006)."""

AnteriorCompression: _Final[_Code] = _Code("SCT", "441752004", "Anterior compression", (4015,))
"""Anterior compression (SCT 441752004)."""

AnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "717025007", "Anterior fibromuscular stroma of prostate", (6300,)
)
"""Anterior fibromuscular stroma of prostate (SCT 717025007)."""

AnteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "30399003", "Anterior Horn Lateral Ventricle", (12022,)
)
"""Anterior Horn Lateral Ventricle (SCT 30399003)."""

AnteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "5296000", "anterior mediastinal lymph node", (7600,)
)
"""anterior mediastinal lymph node (SCT 5296000)."""

AnteriorMiddleCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397418009", "Anterior-Middle Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Middle Cerebral Artery Bifurcation (SCT 397418009)."""

AnteriorPosteriorCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397419001", "Anterior-Posterior Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Posterior Cerebral Artery Bifurcation (SCT 397419001)."""

AnteriorProjection: _Final[_Code] = _Code("SCT", "399321004", "Anterior projection", (26,))
"""Anterior projection (SCT 399321004)."""

AnteriorSegmentOfLeftUpperLobe: _Final[_Code] = _Code(
    "SCT", "22270008", "Anterior segment of left upper lobe", (6127,)
)
"""Anterior segment of left upper lobe (SCT 22270008)."""

AnteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "39743006", "Anterior segment of right upper lobe", (6127,)
)
"""Anterior segment of right upper lobe (SCT 39743006)."""

AnteriorSpinalArtery: _Final[_Code] = _Code(
    "SCT", "17388009", "Anterior spinal artery", (3010, 3606)
)
"""Anterior spinal artery (SCT 17388009)."""

AnteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "68053000", "Anterior tibial artery", (3010, 12109)
)
"""Anterior tibial artery (SCT 68053000)."""

AnteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303713004", "anterior tibial lymph node", (7600,)
)
"""anterior tibial lymph node (SCT 303713004)."""

AnteriorTibialVein: _Final[_Code] = _Code("SCT", "26703007", "Anterior Tibial Vein", (12110,))
"""Anterior Tibial Vein (SCT 26703007)."""

AnteriorTriangleOfNeck: _Final[_Code] = _Code(
    "SCT", "182329002", "Anterior triangle of neck", (4029,)
)
"""Anterior triangle of neck (SCT 182329002)."""

AnteriorWall: _Final[_Code] = _Code("SCT", "263943000", "Anterior Wall", (12280,))
"""Anterior Wall (SCT 263943000)."""

AnteroPosterior: _Final[_Code] = _Code("SCT", "399348003", "Antero-posterior", (3466, 4010, 7302))
"""Antero-posterior (SCT 399348003)."""

AnteroPosteriorOblique: _Final[_Code] = _Code(
    "SCT", "399312000", "antero-posterior oblique", (4010,)
)
"""antero-posterior oblique (SCT 399312000)."""

Anterolateral: _Final[_Code] = _Code("SCT", "37197008", "Anterolateral", (2,))
"""Anterolateral (SCT 37197008)."""

AntiHeparinAgent: _Final[_Code] = _Code("SCT", "3361000", "Anti-heparin agent", (10, 622))
"""Anti-heparin agent (SCT 3361000)."""

Antiarrhythmic: _Final[_Code] = _Code("SCT", "372813008", "Antiarrhythmic", (622,))
"""Antiarrhythmic (SCT 372813008)."""

AntiarrhythmicDrug: _Final[_Code] = _Code("SCT", "67507000", "Antiarrhythmic drug", (10,))
"""Antiarrhythmic drug (SCT 67507000)."""

Antibiotic: _Final[_Code] = _Code("SCT", "255631004", "Antibiotic", (622, 4410))
"""Antibiotic (SCT 255631004)."""

Anticholinergic: _Final[_Code] = _Code("SCT", "373246003", "Anticholinergic", (622,))
"""Anticholinergic (SCT 373246003)."""

Anticoagulant_372862008: _Final[_Code] = _Code("SCT", "372862008", "Anticoagulant", (622,))
"""Anticoagulant (SCT 372862008)."""

Anticoagulant_81839001: _Final[_Code] = _Code("SCT", "81839001", "Anticoagulant", (10,))
"""Anticoagulant (SCT 81839001)."""

Anticonvulsant: _Final[_Code] = _Code("SCT", "255632006", "Anticonvulsant", (622,))
"""Anticonvulsant (SCT 255632006)."""

AntidiureticHormone: _Final[_Code] = _Code("SCT", "77671006", "Antidiuretic hormone", (622,))
"""Antidiuretic hormone (SCT 77671006)."""

Antiemetic: _Final[_Code] = _Code("SCT", "52017007", "Antiemetic", (76, 622))
"""Antiemetic (SCT 52017007)."""

Antifungal: _Final[_Code] = _Code("SCT", "373219008", "Antifungal", (622, 4410))
"""Antifungal (SCT 373219008)."""

AntihemophilicFactorPreparation: _Final[_Code] = _Code(
    "SCT", "59057006", "Antihemophilic factor preparation", (10,)
)
"""Antihemophilic factor preparation (SCT 59057006)."""

Antihistamine_372806008: _Final[_Code] = _Code("SCT", "372806008", "Antihistamine", (622,))
"""Antihistamine (SCT 372806008)."""

Antihistamine_6425004: _Final[_Code] = _Code("SCT", "6425004", "Antihistamine", (10,))
"""Antihistamine (SCT 6425004)."""

Anus: _Final[_Code] = _Code("SCT", "53505006", "Anus", (645, 4031))
"""Anus (SCT 53505006)."""

AnusRectumAndSigmoidColon: _Final[_Code] = _Code(
    "SCT", "110612005", "Anus, rectum and sigmoid colon", (4040,)
)
"""Anus, rectum and sigmoid colon (SCT 110612005)."""

Anxiety: _Final[_Code] = _Code("SCT", "48694002", "Anxiety", (60, 64))
"""Anxiety (SCT 48694002)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

AortaToPulmonaryArteryConnection: _Final[_Code] = _Code(
    "SCT", "443096004", "Aorta to Pulmonary Artery Connection", (12290, 12293)
)
"""Aorta to Pulmonary Artery Connection (SCT 443096004)."""

AorticAneurysm: _Final[_Code] = _Code("SCT", "67362008", "Aortic aneurysm", (3700,))
"""Aortic aneurysm (SCT 67362008)."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

AorticBifurcation: _Final[_Code] = _Code("SCT", "73166001", "Aortic Bifurcation", (3837,))
"""Aortic Bifurcation (SCT 73166001)."""

AorticDissection: _Final[_Code] = _Code("SCT", "308546005", "Aortic dissection", (3700,))
"""Aortic dissection (SCT 308546005)."""

AorticFistula: _Final[_Code] = _Code("SCT", "128551005", "Aortic fistula", (3010, 3606))
"""Aortic fistula (SCT 128551005)."""

AorticInsufficiency: _Final[_Code] = _Code("SCT", "194983005", "Aortic insufficiency", (3700, 3728))
"""Aortic insufficiency (SCT 194983005)."""

AorticIsthmus: _Final[_Code] = _Code("SCT", "88593004", "Aortic isthmus", (6117, 12291))
"""Aortic isthmus (SCT 88593004)."""

AorticLymphNode: _Final[_Code] = _Code("SCT", "35783009", "aortic lymph node", (7600,))
"""aortic lymph node (SCT 35783009)."""

AorticPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128444004", "Aortic pressure waveform", (3003,)
)
"""Aortic pressure waveform (SCT 128444004)."""

AorticRegurgitation: _Final[_Code] = _Code("SCT", "60234000", "Aortic regurgitation", (12248,))
"""Aortic regurgitation (SCT 60234000)."""

AorticSinotubularJunction: _Final[_Code] = _Code(
    "SCT", "443167003", "Aortic Sinotubular Junction", (12291, 12305)
)
"""Aortic Sinotubular Junction (SCT 443167003)."""

AorticStenosis: _Final[_Code] = _Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004)."""

AorticSystolicEjectionPeriodSepa: _Final[_Code] = _Code(
    "SCT", "371850007", "Aortic Systolic Ejection Period (SEPa)", (3616,)
)
"""Aortic Systolic Ejection Period (SEPa) (SCT 371850007)."""

AorticValve: _Final[_Code] = _Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007)."""

AorticValveArea: _Final[_Code] = _Code("SCT", "251011009", "Aortic Valve Area", (3614,))
"""Aortic Valve Area (SCT 251011009)."""

AorticValveDisease: _Final[_Code] = _Code("SCT", "8722008", "Aortic valve disease", (3700,))
"""Aortic valve disease (SCT 8722008)."""

AorticValveFlow: _Final[_Code] = _Code("SCT", "371845001", "Aortic Valve Flow", (3617,))
"""Aortic Valve Flow (SCT 371845001)."""

AorticValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128453006", "Aortic valve pullback pressure waveform", (3003,)
)
"""Aortic valve pullback pressure waveform (SCT 128453006)."""

AorticValveRing: _Final[_Code] = _Code("SCT", "77583004", "Aortic Valve Ring", (12242, 12305))
"""Aortic Valve Ring (SCT 77583004)."""

Aortography: _Final[_Code] = _Code("SCT", "54640009", "Aortography", (3428,))
"""Aortography (SCT 54640009)."""

ApexOfHeart: _Final[_Code] = _Code("SCT", "13383001", "Apex of heart", (1004,))
"""Apex of heart (SCT 13383001)."""

ApexOfLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128564006", "Apex of left ventricle", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Apex of left ventricle (SCT 128564006)."""

ApexOfLung: _Final[_Code] = _Code("SCT", "86598002", "Apex of Lung", (4031,))
"""Apex of Lung (SCT 86598002)."""

ApexOfRightVentricle: _Final[_Code] = _Code(
    "SCT", "128565007", "Apex of right ventricle", (3010, 3011, 3609, 12305)
)
"""Apex of right ventricle (SCT 128565007)."""

Aphakic: _Final[_Code] = _Code("SCT", "24010005", "Aphakic", (4231,))
"""Aphakic (SCT 24010005)."""

Apical: _Final[_Code] = _Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

ApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716925003", "Apical anterior fibromuscular stroma of prostate", (6303,)
)
"""Apical anterior fibromuscular stroma of prostate (SCT 716925003)."""

ApicalAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "16051009", "apical axillary lymph node", (7600,)
)
"""apical axillary lymph node (SCT 16051009)."""

ApicalLongAxis: _Final[_Code] = _Code("SCT", "399339008", "Apical long axis", (12226,))
"""Apical long axis (SCT 399339008)."""

ApocrineAdenocarcinoma: _Final[_Code] = _Code("SCT", "57141000", "Apocrine adenocarcinoma", (6033,))
"""Apocrine adenocarcinoma (SCT 57141000)."""

ApocrineMetaplasia: _Final[_Code] = _Code("SCT", "81274009", "Apocrine Metaplasia", (6031,))
"""Apocrine Metaplasia (SCT 81274009)."""

AppendicealStump: _Final[_Code] = _Code("SCT", "441850003", "Appendiceal stump", (6204,))
"""Appendiceal stump (SCT 441850003)."""

AppendicularLymphNode: _Final[_Code] = _Code("SCT", "46157003", "appendicular lymph node", (7600,))
"""appendicular lymph node (SCT 46157003)."""

Appendix: _Final[_Code] = _Code("SCT", "66754008", "Appendix", (6204,))
"""Appendix (SCT 66754008)."""

Apple: _Final[_Code] = _Code("SCT", "422670003", "Apple", (4012,))
"""Apple (SCT 422670003)."""

Arachnoid: _Final[_Code] = _Code("SCT", "75042008", "Arachnoid", (7153,))
"""Arachnoid (SCT 75042008)."""

Arcelin: _Final[_Code] = _Code("SCT", "399218003", "Arcelin", (4012,))
"""Arcelin (SCT 399218003)."""

ArchOfVertebra: _Final[_Code] = _Code("SCT", "40265002", "Arch of vertebra", (6115,))
"""Arch of vertebra (SCT 40265002)."""

ArchitecturalDistortionOfBreast: _Final[_Code] = _Code(
    "SCT", "129792006", "Architectural distortion of breast", (6015,)
)
"""Architectural distortion of breast (SCT 129792006)."""

ArcuateArteryOfTheKidney: _Final[_Code] = _Code(
    "SCT", "274231001", "Arcuate Artery of the Kidney", (12115,)
)
"""Arcuate Artery of the Kidney (SCT 274231001)."""

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

AreaOfDefinedRegion: _Final[_Code] = _Code(
    "SCT", "131184002", "Area of defined region", (7471, 12308)
)
"""Area of defined region (SCT 131184002)."""

ArmErgometer: _Final[_Code] = _Code("SCT", "429560009", "Arm ergometer", (3203,))
"""Arm ergometer (SCT 429560009)."""

Armrest: _Final[_Code] = _Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008)."""

Arrhythmia: _Final[_Code] = _Code(
    "SCT", "44808001", "Arrhythmia", (3201, 3221, 3727, 3755, 3756, 12246)
)
"""Arrhythmia (SCT 44808001)."""

ArterialBloodStasis: _Final[_Code] = _Code("SCT", "408707005", "Arterial Blood Stasis", (3494,))
"""Arterial Blood Stasis (SCT 408707005)."""

ArterialDissection: _Final[_Code] = _Code(
    "SCT", "710864009", "Arterial dissection", (3754, 3808, 3810)
)
"""Arterial dissection (SCT 710864009)."""

ArterialPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128446002", "Arterial pressure waveform", (3003,)
)
"""Arterial pressure waveform (SCT 128446002)."""

ArterialSwitchOperation: _Final[_Code] = _Code(
    "SCT", "174826008", "Arterial switch operation", (12247,)
)
"""Arterial switch operation (SCT 174826008)."""

ArterialTrueAneurysm: _Final[_Code] = _Code("SCT", "233981004", "Arterial (True) Aneurysm", (3491,))
"""Arterial (True) Aneurysm (SCT 233981004)."""

Arteriolosclerosis: _Final[_Code] = _Code("SCT", "17941002", "arteriolosclerosis", (3817,))
"""arteriolosclerosis (SCT 17941002)."""

Arteriosclerosis: _Final[_Code] = _Code("SCT", "28960008", "arteriosclerosis", (3817,))
"""arteriosclerosis (SCT 28960008)."""

ArteriosclerosisWithFibrinoidNecrosis: _Final[_Code] = _Code(
    "SCT", "32651000", "arteriosclerosis with fibrinoid necrosis", (3817,)
)
"""arteriosclerosis with fibrinoid necrosis (SCT 32651000)."""

ArterioscleroticVascularDisease: _Final[_Code] = _Code(
    "SCT", "72092001", "arteriosclerotic vascular disease", (3805,)
)
"""arteriosclerotic vascular disease (SCT 72092001)."""

ArteriovenousFistula: _Final[_Code] = _Code("SCT", "439470001", "Arteriovenous Fistula", (12293,))
"""Arteriovenous Fistula (SCT 439470001)."""

Artery: _Final[_Code] = _Code("SCT", "51114001", "Artery", (4, 3010, 3606, 7166))
"""Artery (SCT 51114001)."""

ArtificialMenopauseState: _Final[_Code] = _Code(
    "SCT", "31351009", "Artificial menopause state", (6086,)
)
"""Artificial menopause state (SCT 31351009)."""

ArtificialRespiration: _Final[_Code] = _Code("SCT", "40617009", "Artificial Respiration", (618,))
"""Artificial Respiration (SCT 40617009)."""

AsRequired: _Final[_Code] = _Code("SCT", "225761000", "As required", (6091,))
"""As required (SCT 225761000)."""

Ascending: _Final[_Code] = _Code("SCT", "79458005", "Ascending", (5,))
"""Ascending (SCT 79458005)."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending aorta (SCT 54247002)."""

AscendingColon: _Final[_Code] = _Code("SCT", "9040008", "Ascending colon", (6210,))
"""Ascending colon (SCT 9040008)."""

AsciticFluid: _Final[_Code] = _Code("SCT", "409615008", "Ascitic fluid", (645,))
"""Ascitic fluid (SCT 409615008)."""

AscorbicAcid: _Final[_Code] = _Code("SCT", "43706004", "Ascorbic acid", (4410,))
"""Ascorbic acid (SCT 43706004)."""

AsianOrPacificIslanderRace: _Final[_Code] = _Code(
    "SCT", "413581001", "Asian or Pacific Islander race", (6099,)
)
"""Asian or Pacific Islander race (SCT 413581001)."""

AsianRace: _Final[_Code] = _Code("SCT", "413582008", "Asian race", (6099,))
"""Asian race (SCT 413582008)."""

Asleep: _Final[_Code] = _Code("SCT", "248220008", "Asleep", (3050,))
"""Asleep (SCT 248220008)."""

Aspirate: _Final[_Code] = _Code("SCT", "119295008", "Aspirate", (8103,))
"""Aspirate (SCT 119295008)."""

Aspiration: _Final[_Code] = _Code("SCT", "14766002", "Aspiration", (8109,))
"""Aspiration (SCT 14766002)."""

Asthenia: _Final[_Code] = _Code("SCT", "13791008", "Asthenia (debility)", (3205,))
"""Asthenia (debility) (SCT 13791008)."""

Asthma: _Final[_Code] = _Code("SCT", "195967001", "Asthma", (64,))
"""Asthma (SCT 195967001)."""

AstringentDrug: _Final[_Code] = _Code("SCT", "60533005", "Astringent drug", (10,))
"""Astringent drug (SCT 60533005)."""

Astrocytoma: _Final[_Code] = _Code("SCT", "254938000", "Astrocytoma", (639,))
"""Astrocytoma (SCT 254938000)."""

AsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129790003", "Asymmetric breast tissue", (6017,)
)
"""Asymmetric breast tissue (SCT 129790003)."""

AsymmetricBreastTissueAnalysis: _Final[_Code] = _Code(
    "SCT", "133889002", "Asymmetric breast tissue analysis", (6043,)
)
"""Asymmetric breast tissue analysis (SCT 133889002)."""

AsynchronousInvolutionOfBreast: _Final[_Code] = _Code(
    "SCT", "130963002", "Asynchronous involution of breast", (6031,)
)
"""Asynchronous involution of breast (SCT 130963002)."""

AtaxiaOrIncoordination: _Final[_Code] = _Code(
    "SCT", "20262006", "Ataxia or incoordination", (3205,)
)
"""Ataxia or incoordination (SCT 20262006)."""

AtebrinFSStain: _Final[_Code] = _Code("SCT", "84656005", "atebrin FS stain", (8112,))
"""atebrin FS stain (SCT 84656005)."""

Atherectomy: _Final[_Code] = _Code("SCT", "6832004", "Atherectomy", (9, 3405))
"""Atherectomy (SCT 6832004)."""

AtherectomyByLaser: _Final[_Code] = _Code("SCT", "76611008", "Atherectomy by laser", (9, 3405))
"""Atherectomy by laser (SCT 76611008)."""

AtherectomyByRotaryCutter: _Final[_Code] = _Code(
    "SCT", "65659003", "Atherectomy by rotary cutter", (9, 3405)
)
"""Atherectomy by rotary cutter (SCT 65659003)."""

AtherectomyDevice: _Final[_Code] = _Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002)."""

Atheroma: _Final[_Code] = _Code("SCT", "48434008", "atheroma", (3817,))
"""atheroma (SCT 48434008)."""

AtheroscleroticFibrousPlaque: _Final[_Code] = _Code(
    "SCT", "20717008", "atherosclerotic fibrous plaque", (3817,)
)
"""atherosclerotic fibrous plaque (SCT 20717008)."""

AtlantalAxialJoint: _Final[_Code] = _Code("SCT", "62555009", "Atlantal-axial joint", (7483,))
"""Atlantal-axial joint (SCT 62555009)."""

AtlantoOccipitalJoint: _Final[_Code] = _Code("SCT", "20292002", "Atlanto-occipital joint", (7483,))
"""Atlanto-occipital joint (SCT 20292002)."""

AtopicDermatitis: _Final[_Code] = _Code("SCT", "24079001", "Atopic dermatitis", (4405,))
"""Atopic dermatitis (SCT 24079001)."""

AtrialArrhythmia: _Final[_Code] = _Code("SCT", "17366009", "atrial arrhythmia", (3826,))
"""atrial arrhythmia (SCT 17366009)."""

AtrialEffectiveRefractoryPeriodEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129087001", "Atrial Effective Refractory Period, evaluation of", (3254,)
)
"""Atrial Effective Refractory Period, evaluation of (SCT 129087001)."""

AtrialFibrillation: _Final[_Code] = _Code("SCT", "49436004", "Atrial Fibrillation", (3230, 3700))
"""Atrial Fibrillation (SCT 49436004)."""

AtrialInversionOperationUsingAtrialWall: _Final[_Code] = _Code(
    "SCT", "174822005", "Atrial inversion operation using atrial wall", (12247,)
)
"""Atrial inversion operation using atrial wall (SCT 174822005)."""

AtrialPacing: _Final[_Code] = _Code("SCT", "69158002", "atrial pacing", (3555,))
"""atrial pacing (SCT 69158002)."""

AtrialPrematureContraction: _Final[_Code] = _Code(
    "SCT", "284470004", "Atrial premature contraction", (3230,)
)
"""Atrial premature contraction (SCT 284470004)."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008)."""

AtrialSeptalDefectRepair: _Final[_Code] = _Code(
    "SCT", "112811009", "Atrial septal defect repair", (12247,)
)
"""Atrial septal defect repair (SCT 112811009)."""

AtrialSeptalDefectWithEndocardialCushionDefectPartial: _Final[_Code] = _Code(
    "SCT", "60732002", "Atrial septal defect with endocardial cushion defect, partial", (12248,)
)
"""Atrial septal defect with endocardial cushion defect, partial (SCT 60732002)."""

AtrialSystole: _Final[_Code] = _Code("SCT", "59972007", "Atrial Systole", (12233, 12307))
"""Atrial Systole (SCT 59972007)."""

AtrialVein: _Final[_Code] = _Code("SCT", "195164009", "Atrial Vein", (3839,))
"""Atrial Vein (SCT 195164009)."""

AtrioventricularBundle: _Final[_Code] = _Code("SCT", "345000", "Atrioventricular bundle", (3011,))
"""Atrioventricular bundle (SCT 345000)."""

AtrioventricularNode: _Final[_Code] = _Code("SCT", "25943004", "Atrioventricular node", (3011,))
"""Atrioventricular node (SCT 25943004)."""

AtrioventricularVein: _Final[_Code] = _Code("SCT", "195496005", "Atrioventricular Vein", (3839,))
"""Atrioventricular Vein (SCT 195496005)."""

Atrium: _Final[_Code] = _Code("SCT", "59652004", "Atrium", (4,))
"""Atrium (SCT 59652004)."""

Atrophy: _Final[_Code] = _Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008)."""

Atropine_73949004: _Final[_Code] = _Code("SCT", "73949004", "Atropine", (10, 3204))
"""Atropine (SCT 73949004)."""

Atropine_771928002: _Final[_Code] = _Code("SCT", "771928002", "Atropine", (4208,))
"""Atropine (SCT 771928002)."""

Attending: _Final[_Code] = _Code("SCT", "405279007", "Attending", (7452,))
"""Attending (SCT 405279007)."""

AtypicalAngina: _Final[_Code] = _Code("SCT", "371807002", "Atypical Angina", (3202,))
"""Atypical Angina (SCT 371807002)."""

AtypicalAnginaVariantAngina: _Final[_Code] = _Code(
    "SCT", "87343002", "Atypical Angina, Variant Angina", (3700,)
)
"""Atypical Angina, Variant Angina (SCT 87343002)."""

AtypicalChestPain: _Final[_Code] = _Code("SCT", "102589003", "Atypical chest pain", (3700,))
"""Atypical chest pain (SCT 102589003)."""

AtypicalIntraductalHyperplasia: _Final[_Code] = _Code(
    "SCT", "6660000", "Atypical intraductal hyperplasia", (6032,)
)
"""Atypical intraductal hyperplasia (SCT 6660000)."""

AtypicalLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "33889003", "Atypical lobular hyperplasia", (6032,)
)
"""Atypical lobular hyperplasia (SCT 33889003)."""

AtypicalMoleSyndrome: _Final[_Code] = _Code("SCT", "254819008", "Atypical mole syndrome", (4405,))
"""Atypical mole syndrome (SCT 254819008)."""

Audiology: _Final[_Code] = _Code("SCT", "309914005", "Audiology", (7030,))
"""Audiology (SCT 309914005)."""

AuditoryRadiation: _Final[_Code] = _Code("SCT", "410726006", "auditory radiation", (7702,))
"""auditory radiation (SCT 410726006)."""

AugmentationMammoplasty: _Final[_Code] = _Code(
    "SCT", "22890008", "Augmentation mammoplasty", (6051,)
)
"""Augmentation mammoplasty (SCT 22890008)."""

Aunt: _Final[_Code] = _Code("SCT", "25211005", "Aunt", (7451,))
"""Aunt (SCT 25211005)."""

AuramineGStain: _Final[_Code] = _Code("SCT", "73251007", "auramine G stain", (8112,))
"""auramine G stain (SCT 73251007)."""

AuramineOStain: _Final[_Code] = _Code("SCT", "81397005", "auramine O stain", (8112,))
"""auramine O stain (SCT 81397005)."""

AuramineStain: _Final[_Code] = _Code("SCT", "255794000", "auramine stain", (8112,))
"""auramine stain (SCT 255794000)."""

AustralianAborigineRace: _Final[_Code] = _Code(
    "SCT", "413600007", "Australian aborigine race", (6099,)
)
"""Australian aborigine race (SCT 413600007)."""

Automated: _Final[_Code] = _Code("SCT", "8359006", "Automated", (7230,))
"""Automated (SCT 8359006)."""

AutonomicNerve: _Final[_Code] = _Code("SCT", "53520000", "Autonomic nerve", (7167,))
"""Autonomic nerve (SCT 53520000)."""

AutonomousBreathing: _Final[_Code] = _Code("SCT", "45804006", "autonomous breathing", (3823,))
"""autonomous breathing (SCT 45804006)."""

AverageDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314453003", "Average diastolic blood pressure", (3337, 3611)
)
"""Average diastolic blood pressure (SCT 314453003)."""

AverageSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314440001", "Average systolic blood pressure", (3337, 3611)
)
"""Average systolic blood pressure (SCT 314440001)."""

AveragedHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128580001", "Averaged hemodynamic measurement method", (3241,)
)
"""Averaged hemodynamic measurement method (SCT 128580001)."""

Awake: _Final[_Code] = _Code("SCT", "248218005", "Awake", (3050,))
"""Awake (SCT 248218005)."""

Axial_24422004: _Final[_Code] = _Code("SCT", "24422004", "Axial", (2, 26, 6312))
"""Axial (SCT 24422004)."""

Axial_399061009: _Final[_Code] = _Code("SCT", "399061009", "axial", (4010,))
"""axial (SCT 399061009)."""

Axilla: _Final[_Code] = _Code("SCT", "91470000", "Axilla", (4,))
"""Axilla (SCT 91470000)."""

AxillaRegion: _Final[_Code] = _Code("SCT", "129791004", "Axilla region", (6019,))
"""Axilla region (SCT 129791004)."""

AxillaryAdenopathy: _Final[_Code] = _Code("SCT", "127189005", "Axillary adenopathy", (6015,))
"""Axillary adenopathy (SCT 127189005)."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003)."""

AxillaryFascia: _Final[_Code] = _Code("SCT", "368536000", "Axillary Fascia", (6149,))
"""Axillary Fascia (SCT 368536000)."""

AxillaryLymphNode: _Final[_Code] = _Code("SCT", "68171009", "Axillary lymph node", (6015, 7600))
"""Axillary lymph node (SCT 68171009)."""

AxillaryTail: _Final[_Code] = _Code("SCT", "399011000", "Axillary Tail", (4015,))
"""Axillary Tail (SCT 399011000)."""

AxillaryTailRegion: _Final[_Code] = _Code("SCT", "129785001", "Axillary tail region", (6019,))
"""Axillary tail region (SCT 129785001)."""

AxillaryTissue: _Final[_Code] = _Code("SCT", "442580003", "Axillary tissue", (4015,))
"""Axillary tissue (SCT 442580003)."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008)."""

AxillaryVeinLymphNode: _Final[_Code] = _Code(
    "SCT", "421624008", "axillary vein lymph node", (7600,)
)
"""axillary vein lymph node (SCT 421624008)."""

Azaperone: _Final[_Code] = _Code("SCT", "96229001", "Azaperone", (625,))
"""Azaperone (SCT 96229001)."""

AzoBlackStain: _Final[_Code] = _Code("SCT", "85066006", "azo black stain", (8112,))
"""azo black stain (SCT 85066006)."""

AzocarmineGGXStain: _Final[_Code] = _Code("SCT", "76048000", "azocarmine G (GX) stain", (8112,))
"""azocarmine G (GX) stain (SCT 76048000)."""

AzophloxinStain: _Final[_Code] = _Code("SCT", "35609001", "azophloxin stain", (8112,))
"""azophloxin stain (SCT 35609001)."""

AzorubinSStain: _Final[_Code] = _Code("SCT", "2159007", "azorubin S stain", (8112,))
"""azorubin S stain (SCT 2159007)."""

AzureAStain: _Final[_Code] = _Code("SCT", "16836001", "azure A stain", (8112,))
"""azure A stain (SCT 16836001)."""

AzureBStain: _Final[_Code] = _Code("SCT", "8926000", "azure B stain", (8112,))
"""azure B stain (SCT 8926000)."""

AzureCStain: _Final[_Code] = _Code("SCT", "11069001", "azure C stain", (8112,))
"""azure C stain (SCT 11069001)."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004)."""

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009)."""

BMode: _Final[_Code] = _Code("SCT", "399009009", "B mode", (12224,))
"""B mode (SCT 399009009)."""

Back: _Final[_Code] = _Code("SCT", "77568009", "Back", (4,))
"""Back (SCT 77568009)."""

Backrest: _Final[_Code] = _Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008)."""

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007)."""

BalancedCoronaryDominance: _Final[_Code] = _Code(
    "SCT", "253730009", "Balanced Coronary Dominance", (3710,)
)
"""Balanced Coronary Dominance (SCT 253730009)."""

BalkeProtocol: _Final[_Code] = _Code("SCT", "129097005", "Balke protocol", (3261,))
"""Balke protocol (SCT 129097005)."""

Barbiturate: _Final[_Code] = _Code("SCT", "372798009", "Barbiturate", (622,))
"""Barbiturate (SCT 372798009)."""

Barium: _Final[_Code] = _Code("SCT", "39290007", "Barium", (13, 300))
"""Barium (SCT 39290007)."""

BariumSulfate: _Final[_Code] = _Code("SCT", "25419009", "Barium Sulfate", (12,))
"""Barium Sulfate (SCT 25419009)."""

Basal: _Final[_Code] = _Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005)."""

BasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716891004", "Basal anterior fibromuscular stroma of prostate", (6303,)
)
"""Basal anterior fibromuscular stroma of prostate (SCT 716891004)."""

BaseOfTongue: _Final[_Code] = _Code("SCT", "47975008", "base of tongue", (7601,))
"""base of tongue (SCT 47975008)."""

BaselineState: _Final[_Code] = _Code("SCT", "128974000", "Baseline state", (3262, 3602))
"""Baseline state (SCT 128974000)."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "Basilar artery", (3010, 3606, 12106))
"""Basilar artery (SCT 59011009)."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009)."""

BauerChromicAcidLeucofuchsinStain: _Final[_Code] = _Code(
    "SCT", "406982003", "bauer's chromic acid leucofuchsin stain", (8112,)
)
"""bauer's chromic acid leucofuchsin stain (SCT 406982003)."""

Beclere: _Final[_Code] = _Code("SCT", "399263002", "Beclere", (4012,))
"""Beclere (SCT 399263002)."""

Before: _Final[_Code] = _Code("SCT", "272113006", "Before", (3600,))
"""Before (SCT 272113006)."""

BeforeMenopause: _Final[_Code] = _Code("SCT", "309606002", "Before menopause", (6086,))
"""Before menopause (SCT 309606002)."""

BeforeProcedure: _Final[_Code] = _Code("SCT", "307153007", "Before Procedure", (12102,))
"""Before Procedure (SCT 307153007)."""

Benign: _Final[_Code] = _Code("SCT", "30807003", "Benign", (6063,))
"""Benign (SCT 30807003)."""

BenignNeoplasmOfNippleOfFemaleBreastNippleAdenoma: _Final[_Code] = _Code(
    "SCT", "92248004", "Benign neoplasm of nipple of female breast (Nipple adenoma)", (6031,)
)
"""Benign neoplasm of nipple of female breast (Nipple adenoma) (SCT 92248004)."""

BenignProstateHyperplasia: _Final[_Code] = _Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002)."""

BenzoFastScarletStain: _Final[_Code] = _Code("SCT", "27844007", "benzo fast scarlet stain", (8112,))
"""benzo fast scarlet stain (SCT 27844007)."""

Benzodiazepine: _Final[_Code] = _Code("SCT", "372664007", "Benzodiazepine", (622,))
"""Benzodiazepine (SCT 372664007)."""

BenzodiazepineAntagonist: _Final[_Code] = _Code(
    "SCT", "372906009", "Benzodiazepine antagonist", (622,)
)
"""Benzodiazepine antagonist (SCT 372906009)."""

Bertel: _Final[_Code] = _Code("SCT", "399362005", "Bertel", (4012,))
"""Bertel (SCT 399362005)."""

Beryllium: _Final[_Code] = _Code("SCT", "88014003", "Beryllium", (10067,))
"""Beryllium (SCT 88014003)."""

BestCorrectedVisualAcuity: _Final[_Code] = _Code(
    "SCT", "419775003", "Best Corrected Visual Acuity", (4216,)
)
"""Best Corrected Visual Acuity (SCT 419775003)."""

BestValue: _Final[_Code] = _Code("SCT", "371912002", "Best value", (3627,))
"""Best value (SCT 371912002)."""

BetaAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "33252009", "beta-Adrenergic blocking agent", (10, 3760)
)
"""beta-Adrenergic blocking agent (SCT 33252009)."""

BetaBlocker: _Final[_Code] = _Code("SCT", "373254001", "Beta-blocker", (622,))
"""Beta-blocker (SCT 373254001)."""

BetaGlucuronidaseStain: _Final[_Code] = _Code(
    "SCT", "255795004", "beta-glucuronidase stain", (8112,)
)
"""beta-glucuronidase stain (SCT 255795004)."""

BetaLactamAntibiotic: _Final[_Code] = _Code("SCT", "373297006", "Beta-Lactam antibiotic", (622,))
"""Beta-Lactam antibiotic (SCT 373297006)."""

BicycleErgometer: _Final[_Code] = _Code("SCT", "739006", "Bicycle ergometer", (3203,))
"""Bicycle ergometer (SCT 739006)."""

BiebrichScarletStain: _Final[_Code] = _Code("SCT", "76605005", "biebrich scarlet stain", (8112,))
"""biebrich scarlet stain (SCT 76605005)."""

BifascicularBlock: _Final[_Code] = _Code("SCT", "74021003", "Bifascicular Block", (3230,))
"""Bifascicular Block (SCT 74021003)."""

Bifurcation: _Final[_Code] = _Code("SCT", "371894001", "Bifurcation", (3712,))
"""Bifurcation (SCT 371894001)."""

Bilateral: _Final[_Code] = _Code("SCT", "51440002", "Bilateral", (2, 244))
"""Bilateral (SCT 51440002)."""

Bile: _Final[_Code] = _Code("SCT", "70150004", "Bile", (7197,))
"""Bile (SCT 70150004)."""

BileAcidSequestrant: _Final[_Code] = _Code("SCT", "372872006", "Bile acid sequestrant", (3761,))
"""Bile acid sequestrant (SCT 372872006)."""

BileDuct: _Final[_Code] = _Code("SCT", "28273000", "Bile duct", (4031, 4040, 7154))
"""Bile duct (SCT 28273000)."""

BiliaryTract: _Final[_Code] = _Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002)."""

BiohazardousMaterial: _Final[_Code] = _Code("SCT", "409595003", "Biohazardous material", (602,))
"""Biohazardous material (SCT 409595003)."""

Biopsy: _Final[_Code] = _Code("SCT", "86273004", "Biopsy", (9, 8109))
"""Biopsy (SCT 86273004)."""

BiopsyOfSkin: _Final[_Code] = _Code("SCT", "240977001", "Biopsy of skin", (4409,))
"""Biopsy of skin (SCT 240977001)."""

BiosafetyLevel1: _Final[_Code] = _Code("SCT", "409600007", "Biosafety level 1", (601,))
"""Biosafety level 1 (SCT 409600007)."""

BiosafetyLevel2: _Final[_Code] = _Code("SCT", "409603009", "Biosafety level 2", (601,))
"""Biosafety level 2 (SCT 409603009)."""

BiosafetyLevel3: _Final[_Code] = _Code("SCT", "409604003", "Biosafety level 3", (601,))
"""Biosafety level 3 (SCT 409604003)."""

BiosafetyLevel4: _Final[_Code] = _Code("SCT", "409605002", "Biosafety level 4", (601,))
"""Biosafety level 4 (SCT 409605002)."""

BismarkBrownRStain: _Final[_Code] = _Code("SCT", "44488008", "bismark brown R stain", (8112,))
"""bismark brown R stain (SCT 44488008)."""

BismarkBrownYStain: _Final[_Code] = _Code("SCT", "85190005", "bismark brown Y stain", (8112,))
"""bismark brown Y stain (SCT 85190005)."""

Bismuth: _Final[_Code] = _Code("SCT", "23172004", "Bismuth", (300,))
"""Bismuth (SCT 23172004)."""

BiteBlock: _Final[_Code] = _Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001)."""

Black: _Final[_Code] = _Code("SCT", "371252007", "Black", (4411, 6067))
"""Black (SCT 371252007)."""

BlackettHealy: _Final[_Code] = _Code("SCT", "399246001", "Blackett-Healy", (4012,))
"""Blackett-Healy (SCT 399246001)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

BladderAndUrethra: _Final[_Code] = _Code("SCT", "110837003", "Bladder and urethra", (4040,))
"""Bladder and urethra (SCT 110837003)."""

BladderCancer: _Final[_Code] = _Code("SCT", "399326009", "Bladder cancer", (639,))
"""Bladder cancer (SCT 399326009)."""

BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis: _Final[_Code] = _Code(
    "SCT", "13662000", "Blalock-Taussig shunt, pulmonary-subclavian artery anastomosis", (12247,)
)
"""Blalock-Taussig shunt, pulmonary-subclavian artery anastomosis (SCT 13662000)."""

BleedingSkin: _Final[_Code] = _Code("SCT", "297968009", "Bleeding skin", (4406, 4408))
"""Bleeding skin (SCT 297968009)."""

BlockSectioning: _Final[_Code] = _Code("SCT", "434472006", "Block sectioning", (8110,))
"""Block sectioning (SCT 434472006)."""

BlockStepSectioning: _Final[_Code] = _Code("SCT", "434475008", "Block step sectioning", (8110,))
"""Block step sectioning (SCT 434475008)."""

BlockSurfaceRecut: _Final[_Code] = _Code("SCT", "434474007", "Block surface recut", (8110,))
"""Block surface recut (SCT 434474007)."""

Blood: _Final[_Code] = _Code("SCT", "87612001", "Blood", (7166,))
"""Blood (SCT 87612001)."""

BloodClot: _Final[_Code] = _Code("SCT", "75753009", "Blood clot", (7159,))
"""Blood clot (SCT 75753009)."""

BloodCoagulationDisorders: _Final[_Code] = _Code(
    "SCT", "64779008", "Blood Coagulation Disorders", (1201,)
)
"""Blood Coagulation Disorders (SCT 64779008)."""

BloodPressure: _Final[_Code] = _Code("SCT", "75367002", "Blood Pressure", (12254, 12304))
"""Blood Pressure (SCT 75367002)."""

BloodPressureCuffMethod: _Final[_Code] = _Code(
    "SCT", "371911009", "Blood pressure cuff method", (3560,)
)
"""Blood pressure cuff method (SCT 371911009)."""

BloodProduct: _Final[_Code] = _Code("SCT", "410652009", "Blood product", (622,))
"""Blood product (SCT 410652009)."""

BloodSamplingFromExtracorporealBloodCircuit: _Final[_Code] = _Code(
    "SCT", "243776001", "blood sampling from extracorporeal blood circuit", (3515,)
)
"""blood sampling from extracorporeal blood circuit (SCT 243776001)."""

BloodVessel: _Final[_Code] = _Code("SCT", "59820001", "Blood Vessel", (4, 6204, 7155, 7166))
"""Blood Vessel (SCT 59820001)."""

BloodyNippleDischarge: _Final[_Code] = _Code("SCT", "290113009", "Bloody nipple discharge", (6055,))
"""Bloody nipple discharge (SCT 290113009)."""

Blue: _Final[_Code] = _Code("SCT", "405738005", "Blue", (4206, 4255, 4411, 8122))
"""Blue (SCT 405738005)."""

BlueGreenOpticalFilter: _Final[_Code] = _Code(
    "SCT", "422915004", "Blue-green optical filter", (4204,)
)
"""Blue-green optical filter (SCT 422915004)."""

BlueOpticalFilter: _Final[_Code] = _Code("SCT", "445084008", "Blue optical filter", (4204, 8124))
"""Blue optical filter (SCT 445084008)."""

BlueShadeEosinStain: _Final[_Code] = _Code("SCT", "1346008", "blue shade eosin stain", (8112,))
"""blue shade eosin stain (SCT 1346008)."""

Blunted: _Final[_Code] = _Code("SCT", "428247006", "blunted", (3210, 3211))
"""blunted (SCT 428247006)."""

BodyCavity: _Final[_Code] = _Code("SCT", "91806002", "Body cavity", (7192,))
"""Body cavity (SCT 91806002)."""

BodyConduit: _Final[_Code] = _Code("SCT", "91830000", "Body conduit", (3010,))
"""Body conduit (SCT 91830000)."""

BodyFluid: _Final[_Code] = _Code("SCT", "32457005", "Body fluid", (7197,))
"""Body fluid (SCT 32457005)."""

BodyFluidSample: _Final[_Code] = _Code("SCT", "309051001", "Body fluid sample", (8103,))
"""Body fluid sample (SCT 309051001)."""

BodyOfSternum: _Final[_Code] = _Code("SCT", "52509009", "Body of sternum", (6115,))
"""Body of sternum (SCT 52509009)."""

BodyReferencePointMarker: _Final[_Code] = _Code(
    "SCT", "706484002", "Body reference point marker", (7110,)
)
"""Body reference point marker (SCT 706484002)."""

BodySubstance: _Final[_Code] = _Code("SCT", "91720002", "Body Substance", (7150,))
"""Body Substance (SCT 91720002)."""

BodySubstanceSample: _Final[_Code] = _Code("SCT", "309050000", "Body substance sample", (8103,))
"""Body substance sample (SCT 309050000)."""

BodySurfacePoint: _Final[_Code] = _Code("SCT", "183973000", "Body surface point", (7110,))
"""Body surface point (SCT 183973000)."""

BoneMarrow: _Final[_Code] = _Code("SCT", "14016003", "Bone Marrow", (644, 10044))
"""Bone Marrow (SCT 14016003)."""

BoneMarrowTransplant: _Final[_Code] = _Code("SCT", "23719005", "Bone marrow transplant", (6085,))
"""Bone marrow transplant (SCT 23719005)."""

BoneMatrix: _Final[_Code] = _Code("SCT", "45001002", "Bone matrix", (6211,))
"""Bone matrix (SCT 45001002)."""

BoneNail: _Final[_Code] = _Code("SCT", "63289001", "Bone Nail", (7309,))
"""Bone Nail (SCT 63289001)."""

BoneOfLowerLimb: _Final[_Code] = _Code("SCT", "72001000", "Bone of lower limb", (4031,))
"""Bone of lower limb (SCT 72001000)."""

BoneOfThorax: _Final[_Code] = _Code("SCT", "272710004", "Bone of thorax", (7155,))
"""Bone of thorax (SCT 272710004)."""

BoneOfUpperLimb: _Final[_Code] = _Code("SCT", "371195002", "Bone of upper limb", (4031,))
"""Bone of upper limb (SCT 371195002)."""

BonePlate: _Final[_Code] = _Code("SCT", "271003", "Bone Plate", (7309,))
"""Bone Plate (SCT 271003)."""

BoneScrew: _Final[_Code] = _Code("SCT", "68183006", "Bone Screw", (7157, 7309))
"""Bone Screw (SCT 68183006)."""

BoneStructureOfHeadAndOrNeck: _Final[_Code] = _Code(
    "SCT", "312779009", "Bone structure of head and/or neck", (4028,)
)
"""Bone structure of head and/or neck (SCT 312779009)."""

BoneSurface: _Final[_Code] = _Code("SCT", "425647002", "Bone Surface", (10044,))
"""Bone Surface (SCT 425647002)."""

Bone_272673000: _Final[_Code] = _Code("SCT", "272673000", "Bone", (6204,))
"""Bone (SCT 272673000)."""

Bone_3138006: _Final[_Code] = _Code("SCT", "3138006", "Bone", (645, 7166))
"""Bone (SCT 3138006)."""

BonyMetastasis: _Final[_Code] = _Code("SCT", "94222008", "Bony metastasis", (6347,))
"""Bony metastasis (SCT 94222008)."""

BorderlineNormalECG: _Final[_Code] = _Code("SCT", "251135002", "Borderline Normal ECG", (3677,))
"""Borderline Normal ECG (SCT 251135002)."""

Bos: _Final[_Code] = _Code("SCT", "388168008", "Bos", (7454,))
"""Bos (SCT 388168008)."""

BosTaurus: _Final[_Code] = _Code("SCT", "34618005", "Bos taurus", (7454,))
"""Bos taurus (SCT 34618005)."""

BothBreasts: _Final[_Code] = _Code("SCT", "63762007", "Both breasts", (6023,))
"""Both breasts (SCT 63762007)."""

BothEyes: _Final[_Code] = _Code("SCT", "40638003", "Both eyes", (4209,))
"""Both eyes (SCT 40638003)."""

Bottle: _Final[_Code] = _Code("SCT", "68276009", "Bottle", (68, 69))
"""Bottle (SCT 68276009)."""

BouinFluid: _Final[_Code] = _Code("SCT", "433474002", "Bouin's fluid", (8114,))
"""Bouin's fluid (SCT 433474002)."""

BoundedBy: _Final[_Code] = _Code("SCT", "75958009", "Bounded by", (219,))
"""Bounded by (SCT 75958009)."""

Bovinae: _Final[_Code] = _Code("SCT", "107007004", "Bovinae", (7454,))
"""Bovinae (SCT 107007004)."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003)."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000)."""

BrachialPlexus: _Final[_Code] = _Code("SCT", "36582005", "Brachial plexus", (8134,))
"""Brachial plexus (SCT 36582005)."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005)."""

Brachytherapy: _Final[_Code] = _Code("SCT", "384692006", "Brachytherapy", (6051, 6327))
"""Brachytherapy (SCT 384692006)."""

BrachytherapyDevice: _Final[_Code] = _Code("SCT", "228748004", "Brachytherapy Device", (3411,))
"""Brachytherapy Device (SCT 228748004)."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

BrainCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280371009", "Brain cerebrospinal fluid pathway", (7153,)
)
"""Brain cerebrospinal fluid pathway (SCT 280371009)."""

BrainStem: _Final[_Code] = _Code("SCT", "119238007", "Brain Stem", (7140, 7153))
"""Brain Stem (SCT 119238007)."""

BrainVentricle: _Final[_Code] = _Code("SCT", "35764002", "Brain ventricle", (7153,))
"""Brain ventricle (SCT 35764002)."""

BrazilinStain: _Final[_Code] = _Code("SCT", "41750006", "brazilin stain", (8112,))
"""brazilin stain (SCT 41750006)."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

BreastComposition: _Final[_Code] = _Code(
    "SCT", "129715009", "Breast composition", (6015, 6052, 6053)
)
"""Breast composition (SCT 129715009)."""

BreastCompositionAnalysis: _Final[_Code] = _Code(
    "SCT", "133890006", "Breast composition analysis", (6043,)
)
"""Breast composition analysis (SCT 133890006)."""

BreastDuctSample: _Final[_Code] = _Code("SCT", "309548003", "breast duct sample", (8104,))
"""breast duct sample (SCT 309548003)."""

BreastHematoma: _Final[_Code] = _Code("SCT", "302924003", "Breast hematoma", (6056,))
"""Breast hematoma (SCT 302924003)."""

BreastImplantTypeNotSpecified: _Final[_Code] = _Code(
    "SCT", "2282003", "Breast implant, type not specified", (6059,)
)
"""Breast implant, type not specified (SCT 2282003)."""

BreastLobularHyperplasia: _Final[_Code] = _Code(
    "SCT", "6703006", "Breast lobular hyperplasia", (6031,)
)
"""Breast lobular hyperplasia (SCT 6703006)."""

BreastLump: _Final[_Code] = _Code("SCT", "89164003", "Breast lump", (6055,))
"""Breast lump (SCT 89164003)."""

BreastNormal: _Final[_Code] = _Code("SCT", "290084006", "Breast normal", (6054,))
"""Breast normal (SCT 290084006)."""

BreastPain: _Final[_Code] = _Code("SCT", "53430007", "Breast pain", (6055,))
"""Breast pain (SCT 53430007)."""

BreastProsthesisInsertion: _Final[_Code] = _Code(
    "SCT", "302343007", "Breast prosthesis insertion", (6084,)
)
"""Breast prosthesis insertion (SCT 302343007)."""

BreastReconstruction: _Final[_Code] = _Code("SCT", "33496007", "Breast reconstruction", (6084,))
"""Breast reconstruction (SCT 33496007)."""

BreastSurgery: _Final[_Code] = _Code("SCT", "309968000", "Breast Surgery", (7030,))
"""Breast Surgery (SCT 309968000)."""

BreastSurgicalBiopsy: _Final[_Code] = _Code("SCT", "274331003", "Breast - surgical biopsy", (6050,))
"""Breast - surgical biopsy (SCT 274331003)."""

BreastTruCutBiopsySample: _Final[_Code] = _Code(
    "SCT", "309058007", "breast tru-cut biopsy sample", (8104,)
)
"""breast tru-cut biopsy sample (SCT 309058007)."""

BreechVersionObstetricalVersion: _Final[_Code] = _Code(
    "SCT", "65240009", "Breech Version [Obstetrical Version]", (9,)
)
"""Breech Version [Obstetrical Version] (SCT 65240009)."""

BrewertonProjection: _Final[_Code] = _Code("SCT", "260492003", "Brewerton projection", (4012,))
"""Brewerton projection (SCT 260492003)."""

BrightnessAcuityTestingVisualAcuity: _Final[_Code] = _Code(
    "SCT", "425141002", "Brightness Acuity Testing Visual Acuity", (4216,)
)
"""Brightness Acuity Testing Visual Acuity (SCT 425141002)."""

BrilliantCresylBlueStain: _Final[_Code] = _Code(
    "SCT", "8342001", "brilliant cresyl blue stain", (8112,)
)
"""brilliant cresyl blue stain (SCT 8342001)."""

BrilliantCroceinStain: _Final[_Code] = _Code("SCT", "86541009", "brilliant crocein stain", (8112,))
"""brilliant crocein stain (SCT 86541009)."""

BrilliantOrangeStain: _Final[_Code] = _Code("SCT", "8429000", "brilliant orange stain", (8112,))
"""brilliant orange stain (SCT 8429000)."""

BrilliantYellowStain: _Final[_Code] = _Code("SCT", "57753006", "brilliant yellow stain", (8112,))
"""brilliant yellow stain (SCT 57753006)."""

BroadLigament: _Final[_Code] = _Code("SCT", "34411009", "Broad ligament", (4,))
"""Broad ligament (SCT 34411009)."""

BroadTangentialDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410463003", "Broad tangential direct illumination", (4203,)
)
"""Broad tangential direct illumination (SCT 410463003)."""

Broden: _Final[_Code] = _Code("SCT", "399344001", "Broden", (4012,))
"""Broden (SCT 399344001)."""

BronchialArtery: _Final[_Code] = _Code("SCT", "64468002", "Bronchial artery", (6117,))
"""Bronchial artery (SCT 64468002)."""

Bronchodilator: _Final[_Code] = _Code("SCT", "372580007", "Bronchodilator", (622,))
"""Bronchodilator (SCT 372580007)."""

Bronchospasm: _Final[_Code] = _Code("SCT", "4386001", "Bronchospasm", (60,))
"""Bronchospasm (SCT 4386001)."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

BroselowLutenBlueZone1923kg: _Final[_Code] = _Code(
    "SCT", "444474005", "Broselow Luten Blue Zone (19-23 kg)", (7040,)
)
"""Broselow Luten Blue Zone (19-23 kg) (SCT 444474005)."""

BroselowLutenGreenZone3036kg: _Final[_Code] = _Code(
    "SCT", "444503000", "Broselow Luten Green Zone (30-36 kg)", (7040,)
)
"""Broselow Luten Green Zone (30-36 kg) (SCT 444503000)."""

BroselowLutenOrangeZone2429kg: _Final[_Code] = _Code(
    "SCT", "444496004", "Broselow Luten Orange Zone (24-29 kg)", (7040,)
)
"""Broselow Luten Orange Zone (24-29 kg) (SCT 444496004)."""

BroselowLutenPinkZone67kg: _Final[_Code] = _Code(
    "SCT", "444488009", "Broselow Luten Pink Zone (6-7 kg)", (7040,)
)
"""Broselow Luten Pink Zone (6-7 kg) (SCT 444488009)."""

BroselowLutenPurpleZone1011kg: _Final[_Code] = _Code(
    "SCT", "444489001", "Broselow Luten Purple Zone (10-11 kg)", (7040,)
)
"""Broselow Luten Purple Zone (10-11 kg) (SCT 444489001)."""

BroselowLutenRedZone89kg: _Final[_Code] = _Code(
    "SCT", "444471002", "Broselow Luten Red Zone (8-9 kg)", (7040,)
)
"""Broselow Luten Red Zone (8-9 kg) (SCT 444471002)."""

BroselowLutenWhiteZone1518kg: _Final[_Code] = _Code(
    "SCT", "444504006", "Broselow Luten White Zone (15-18 kg)", (7040,)
)
"""Broselow Luten White Zone (15-18 kg) (SCT 444504006)."""

BroselowLutenYellowZone1214kg: _Final[_Code] = _Code(
    "SCT", "444505007", "Broselow Luten Yellow Zone (12-14 kg)", (7040,)
)
"""Broselow Luten Yellow Zone (12-14 kg) (SCT 444505007)."""

Brown: _Final[_Code] = _Code("SCT", "371254008", "Brown", (4411, 6067))
"""Brown (SCT 371254008)."""

BruceProtocol: _Final[_Code] = _Code("SCT", "129095002", "Bruce protocol", (3261,))
"""Bruce protocol (SCT 129095002)."""

BuccalMucosa: _Final[_Code] = _Code("SCT", "16811007", "buccal mucosa", (7601,))
"""buccal mucosa (SCT 16811007)."""

BuccinatorLymphNode: _Final[_Code] = _Code("SCT", "143925009", "buccinator lymph node", (7600,))
"""buccinator lymph node (SCT 143925009)."""

BulboventricularForamen: _Final[_Code] = _Code(
    "SCT", "443329006", "Bulboventricular Foramen", (12286,)
)
"""Bulboventricular Foramen (SCT 443329006)."""

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002)."""

Bunamiodyl: _Final[_Code] = _Code("SCT", "90745007", "Bunamiodyl", (12,))
"""Bunamiodyl (SCT 90745007)."""

Bupivacaine: _Final[_Code] = _Code("SCT", "387150008", "Bupivacaine", (630,))
"""Bupivacaine (SCT 387150008)."""

Burman: _Final[_Code] = _Code("SCT", "422861003", "Burman", (4012,))
"""Burman (SCT 422861003)."""

BurnsIntensiveCare: _Final[_Code] = _Code("SCT", "426439001", "Burns Intensive Care", (7030,))
"""Burns Intensive Care (SCT 426439001)."""

Butabarbital: _Final[_Code] = _Code("SCT", "372901004", "Butabarbital", (625,))
"""Butabarbital (SCT 372901004)."""

ButanolO15: _Final[_Code] = _Code("SCT", "422540000", "Butanol O^15^", (4021,))
"""Butanol O^15^ (SCT 422540000)."""

Buttock: _Final[_Code] = _Code("SCT", "46862004", "Buttock", (4,))
"""Buttock (SCT 46862004)."""

ButyrateEsteraseStain: _Final[_Code] = _Code("SCT", "406955006", "butyrate esterase stain", (8112,))
"""butyrate esterase stain (SCT 406955006)."""

ByInhalation: _Final[_Code] = _Code("SCT", "446406008", "By inhalation", (11, 614))
"""By inhalation (SCT 446406008)."""

BypassGraftAngiography: _Final[_Code] = _Code(
    "SCT", "252427007", "Bypass graft angiography", (3428,)
)
"""Bypass graft angiography (SCT 252427007)."""

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007)."""

C2C3Disc: _Final[_Code] = _Code("SCT", "1078209008", "C2/C3 disc", (7604,))
"""C2/C3 disc (SCT 1078209008)."""

C2Vertebra: _Final[_Code] = _Code("SCT", "39976000", "C2 vertebra", (7603,))
"""C2 vertebra (SCT 39976000)."""

C3C4Disc: _Final[_Code] = _Code("SCT", "58820006", "C3/C4 disc", (7604,))
"""C3/C4 disc (SCT 58820006)."""

C3Vertebra: _Final[_Code] = _Code("SCT", "113205007", "C3 vertebra", (7603,))
"""C3 vertebra (SCT 113205007)."""

C4C5Disc: _Final[_Code] = _Code("SCT", "49400002", "C4/C5 disc", (7604,))
"""C4/C5 disc (SCT 49400002)."""

C4Vertebra: _Final[_Code] = _Code("SCT", "5329002", "C4 vertebra", (7603,))
"""C4 vertebra (SCT 5329002)."""

C5C6Disc: _Final[_Code] = _Code("SCT", "73959003", "C5/C6 disc", (7604,))
"""C5/C6 disc (SCT 73959003)."""

C5Vertebra: _Final[_Code] = _Code("SCT", "36978003", "C5 vertebra", (7603,))
"""C5 vertebra (SCT 36978003)."""

C6C7Disc: _Final[_Code] = _Code("SCT", "75095006", "C6/C7 disc", (7604,))
"""C6/C7 disc (SCT 75095006)."""

C6Vertebra: _Final[_Code] = _Code("SCT", "36054005", "C6 vertebra", (7603,))
"""C6 vertebra (SCT 36054005)."""

C7T1Disc: _Final[_Code] = _Code("SCT", "37414007", "C7/T1 disc", (7604,))
"""C7/T1 disc (SCT 37414007)."""

C7Vertebra: _Final[_Code] = _Code("SCT", "87391001", "C7 vertebra", (7603,))
"""C7 vertebra (SCT 87391001)."""

CTAngiographyOfCoronaryArteries: _Final[_Code] = _Code(
    "SCT", "419545005", "CT angiography of coronary arteries", (3757,)
)
"""CT angiography of coronary arteries (SCT 419545005)."""

CTArteriographyOfAbdominalAortaWithContrast: _Final[_Code] = _Code(
    "SCT", "444968003", "CT arteriography of abdominal aorta with contrast", (3820,)
)
"""CT arteriography of abdominal aorta with contrast (SCT 444968003)."""

CTOfAbdominalAorta: _Final[_Code] = _Code("SCT", "241553009", "CT of abdominal aorta", (3820,))
"""CT of abdominal aorta (SCT 241553009)."""

CTOfAbdominalAortaWithoutContrast: _Final[_Code] = _Code(
    "SCT", "1187246003", "CT of abdominal aorta without contrast", (3820,)
)
"""CT of abdominal aorta without contrast (SCT 1187246003)."""

CTOfBreast: _Final[_Code] = _Code("SCT", "241539009", "CT of breast", (6050,))
"""CT of breast (SCT 241539009)."""

CTV: _Final[_Code] = _Code("SCT", "228792002", "CTV", (9534,))
"""CTV (SCT 228792002)."""

CTWithoutContrast: _Final[_Code] = _Code("SCT", "399331006", "CT without contrast", (10014,))
"""CT without contrast (SCT 399331006)."""

Cachexia: _Final[_Code] = _Code("SCT", "238108007", "Cachexia", (3205,))
"""Cachexia (SCT 238108007)."""

Caffeine: _Final[_Code] = _Code("SCT", "255641001", "Caffeine", (6089,))
"""Caffeine (SCT 255641001)."""

Cahoon: _Final[_Code] = _Code("SCT", "399278009", "Cahoon", (4012,))
"""Cahoon (SCT 399278009)."""

CalcanealTubercle: _Final[_Code] = _Code("SCT", "82474009", "Calcaneal tubercle", (7483,))
"""Calcaneal tubercle (SCT 82474009)."""

Calcaneus: _Final[_Code] = _Code("SCT", "80144004", "Calcaneus", (4031, 7304))
"""Calcaneus (SCT 80144004)."""

CalcificationCluster: _Final[_Code] = _Code("SCT", "129769006", "Calcification Cluster", (6015,))
"""Calcification Cluster (SCT 129769006)."""

CalcificationOfBreast: _Final[_Code] = _Code("SCT", "309587003", "Calcification of breast", (6054,))
"""Calcification of breast (SCT 309587003)."""

CalcifiedAneurysm: _Final[_Code] = _Code("SCT", "125273000", "calcified aneurysm", (3808,))
"""calcified aneurysm (SCT 125273000)."""

CalcifiedAtheromatousPlaque: _Final[_Code] = _Code(
    "SCT", "29483008", "calcified atheromatous plaque", (3817,)
)
"""calcified atheromatous plaque (SCT 29483008)."""

CalcifiedHeartValve: _Final[_Code] = _Code("SCT", "373136005", "Calcified Heart Valve", (3711,))
"""Calcified Heart Valve (SCT 373136005)."""

CalcifiedSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "129757003", "Calcified skin of breast", (6011,)
)
"""Calcified skin of breast (SCT 129757003)."""

CalcifiedSutureMaterial: _Final[_Code] = _Code(
    "SCT", "129758008", "Calcified suture material", (6011,)
)
"""Calcified suture material (SCT 129758008)."""

Calcium: _Final[_Code] = _Code("SCT", "5540006", "Calcium", (300, 622))
"""Calcium (SCT 5540006)."""

CalciumChannelBlocker_373304005: _Final[_Code] = _Code(
    "SCT", "373304005", "Calcium channel blocker", (622,)
)
"""Calcium channel blocker (SCT 373304005)."""

CalciumChannelBlocker_48698004: _Final[_Code] = _Code(
    "SCT", "48698004", "Calcium channel blocker", (3760,)
)
"""Calcium channel blocker (SCT 48698004)."""

CalciumHydroxyapatite: _Final[_Code] = _Code("SCT", "256579008", "Calcium Hydroxyapatite", (300,))
"""Calcium Hydroxyapatite (SCT 256579008)."""

Calculated: _Final[_Code] = _Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

Caldwell: _Final[_Code] = _Code("SCT", "399358004", "Caldwell", (4012,))
"""Caldwell (SCT 399358004)."""

CallithrixJacchus: _Final[_Code] = _Code("SCT", "406733009", "Callithrix jacchus", (7454,))
"""Callithrix jacchus (SCT 406733009)."""

CaloricAgent: _Final[_Code] = _Code("SCT", "373530005", "Caloric agent", (622,))
"""Caloric agent (SCT 373530005)."""

Calyx: _Final[_Code] = _Code("SCT", "2334006", "Calyx", (4,))
"""Calyx (SCT 2334006)."""

CampCoventry: _Final[_Code] = _Code("SCT", "399212002", "Camp-Coventry", (4012,))
"""Camp-Coventry (SCT 399212002)."""

CancerOfCervix: _Final[_Code] = _Code("SCT", "363354003", "Cancer of cervix", (639,))
"""Cancer of cervix (SCT 363354003)."""

CancerOfColon: _Final[_Code] = _Code("SCT", "363406005", "Cancer of colon", (639,))
"""Cancer of colon (SCT 363406005)."""

CancerOfSalivaryGland: _Final[_Code] = _Code("SCT", "255072001", "Cancer of salivary gland", (639,))
"""Cancer of salivary gland (SCT 255072001)."""

CanineRegion: _Final[_Code] = _Code("SCT", "699510004", "Canine region", (4017,))
"""Canine region (SCT 699510004)."""

Canis: _Final[_Code] = _Code("SCT", "388490000", "Canis", (7454,))
"""Canis (SCT 388490000)."""

CanisLupus: _Final[_Code] = _Code("SCT", "36855005", "Canis lupus", (7454,))
"""Canis lupus (SCT 36855005)."""

CanisLupusFamiliaris: _Final[_Code] = _Code("SCT", "448771007", "Canis lupus familiaris", (7454,))
"""Canis lupus familiaris (SCT 448771007)."""

CannotReachTargetHeartRate: _Final[_Code] = _Code(
    "SCT", "429733000", "Cannot reach target heart rate", (3205,)
)
"""Cannot reach target heart rate (SCT 429733000)."""

Capillary: _Final[_Code] = _Code("SCT", "20982000", "Capillary", (7166,))
"""Capillary (SCT 20982000)."""

Capra: _Final[_Code] = _Code("SCT", "388249000", "Capra", (7454,))
"""Capra (SCT 388249000)."""

CapraHircus: _Final[_Code] = _Code("SCT", "125097000", "Capra hircus", (7454,))
"""Capra hircus (SCT 125097000)."""

Capsular: _Final[_Code] = _Code("SCT", "11070000", "Capsular", (2, 5))
"""Capsular (SCT 11070000)."""

CarbapenemAntibiotic: _Final[_Code] = _Code("SCT", "396345004", "Carbapenem antibiotic", (622,))
"""Carbapenem antibiotic (SCT 396345004)."""

CarbolFuchsinStain: _Final[_Code] = _Code("SCT", "764166003", "carbol fuchsin stain", (8112,))
"""carbol fuchsin stain (SCT 764166003)."""

Carbon14DXylose: _Final[_Code] = _Code("SCT", "2942001", "Carbon^14^ D-xylose", (25,))
"""Carbon^14^ D-xylose (SCT 2942001)."""

Carbon14Triolein: _Final[_Code] = _Code("SCT", "42417005", "Carbon^14^ triolein", (25,))
"""Carbon^14^ triolein (SCT 42417005)."""

CarbonDioxide: _Final[_Code] = _Code("SCT", "31811003", "Carbon dioxide", (12, 13, 624))
"""Carbon dioxide (SCT 31811003)."""

CarbonDioxideO15: _Final[_Code] = _Code("SCT", "129507008", "Carbon dioxide O^15^", (4021,))
"""Carbon dioxide O^15^ (SCT 129507008)."""

CarbonFiber: _Final[_Code] = _Code("SCT", "256501007", "Carbon Fiber", (7300, 10067))
"""Carbon Fiber (SCT 256501007)."""

CarbonMonoxideC11: _Final[_Code] = _Code("SCT", "129515006", "Carbon monoxide C^11^", (4021,))
"""Carbon monoxide C^11^ (SCT 129515006)."""

CarbonMonoxideO15: _Final[_Code] = _Code("SCT", "129506004", "Carbon monoxide O^15^", (4021,))
"""Carbon monoxide O^15^ (SCT 129506004)."""

Carcinogen: _Final[_Code] = _Code("SCT", "88376000", "Carcinogen", (602,))
"""Carcinogen (SCT 88376000)."""

Carcinoma: _Final[_Code] = _Code("SCT", "1187425009", "Carcinoma", (639,))
"""Carcinoma (SCT 1187425009)."""

CarcinomaInSituOfMaleBreast: _Final[_Code] = _Code(
    "SCT", "92652009", "Carcinoma in situ of male breast", (6033,)
)
"""Carcinoma in situ of male breast (SCT 92652009)."""

CarcinomaWithMetaplasia: _Final[_Code] = _Code(
    "SCT", "22694002", "Carcinoma with metaplasia", (6033,)
)
"""Carcinoma with metaplasia (SCT 22694002)."""

Carcinosarcoma: _Final[_Code] = _Code("SCT", "63264007", "Carcinosarcoma", (639, 6033))
"""Carcinosarcoma (SCT 63264007)."""

CarcinosarcomaOfUterus: _Final[_Code] = _Code(
    "SCT", "702369008", "Carcinosarcoma of uterus", (639,)
)
"""Carcinosarcoma of uterus (SCT 702369008)."""

CardiacAdrenergicBlockingAgent: _Final[_Code] = _Code(
    "SCT", "373263004", "Cardiac adrenergic blocking agent", (10,)
)
"""Cardiac adrenergic blocking agent (SCT 373263004)."""

CardiacArrest: _Final[_Code] = _Code("SCT", "410429000", "Cardiac arrest", (3755,))
"""Cardiac arrest (SCT 410429000)."""

CardiacArrhythmia: _Final[_Code] = _Code("SCT", "698247007", "Cardiac Arrhythmia", (60, 1201, 3700))
"""Cardiac Arrhythmia (SCT 698247007)."""

CardiacBloodPoolImaging: _Final[_Code] = _Code(
    "SCT", "35621002", "Cardiac blood pool imaging (nuclear)", (3206, 3757)
)
"""Cardiac blood pool imaging (nuclear) (SCT 35621002)."""

CardiacCT: _Final[_Code] = _Code("SCT", "241547009", "Cardiac CT", (3757,))
"""Cardiac CT (SCT 241547009)."""

CardiacCTForCalciumScoring: _Final[_Code] = _Code(
    "SCT", "426005005", "Cardiac CT for calcium scoring", (3757,)
)
"""Cardiac CT for calcium scoring (SCT 426005005)."""

CardiacCathCoronaryAngiogramAndLeftVentriculogram: _Final[_Code] = _Code(
    "SCT", "418903008", "Cardiac cath coronary angiogram and left ventriculogram", (3757,)
)
"""Cardiac cath coronary angiogram and left ventriculogram (SCT 418903008)."""

CardiacCatheterization: _Final[_Code] = _Code("SCT", "41976001", "Cardiac catheterization", (3757,))
"""Cardiac catheterization (SCT 41976001)."""

CardiacCatheterizationBailoutPhase: _Final[_Code] = _Code(
    "SCT", "128961006", "Cardiac catheterization bailout phase", (3250,)
)
"""Cardiac catheterization bailout phase (SCT 128961006)."""

CardiacCatheterizationBaselinePhase: _Final[_Code] = _Code(
    "SCT", "128955008", "Cardiac catheterization baseline phase", (3250, 3651)
)
"""Cardiac catheterization baseline phase (SCT 128955008)."""

CardiacCatheterizationCoronaryAngiogram: _Final[_Code] = _Code(
    "SCT", "419416005", "Cardiac catheterization coronary angiogram", (3757,)
)
"""Cardiac catheterization coronary angiogram (SCT 419416005)."""

CardiacCatheterizationGradientAssessmentPhase: _Final[_Code] = _Code(
    "SCT", "371874005", "Cardiac catheterization gradient assessment phase", (3651,)
)
"""Cardiac catheterization gradient assessment phase (SCT 371874005)."""

CardiacCatheterizationImageAcquisitionPhase: _Final[_Code] = _Code(
    "SCT", "128956009", "Cardiac catheterization image acquisition phase", (3250,)
)
"""Cardiac catheterization image acquisition phase (SCT 128956009)."""

CardiacCatheterizationInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128957000", "Cardiac catheterization intervention phase", (3250,)
)
"""Cardiac catheterization intervention phase (SCT 128957000)."""

CardiacCatheterizationPostContrastPhase: _Final[_Code] = _Code(
    "SCT", "129083002", "Cardiac catheterization post contrast phase", (3250, 3651)
)
"""Cardiac catheterization post contrast phase (SCT 129083002)."""

CardiacCatheterizationPostInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128960007", "Cardiac catheterization post-intervention phase", (3250, 3480, 3651)
)
"""Cardiac catheterization post-intervention phase (SCT 128960007)."""

CardiacCatheterizationPreInterventionPhase: _Final[_Code] = _Code(
    "SCT", "128958005", "Cardiac catheterization pre-intervention phase", (3250, 3480)
)
"""Cardiac catheterization pre-intervention phase (SCT 128958005)."""

CardiacCatheterizationTestChallengePhase: _Final[_Code] = _Code(
    "SCT", "373105002", "Cardiac catheterization test/challenge phase", (3250, 3651)
)
"""Cardiac catheterization test/challenge phase (SCT 373105002)."""

CardiacCatheterizationTherapyPhase: _Final[_Code] = _Code(
    "SCT", "128959002", "Cardiac catheterization therapy phase", (3250,)
)
"""Cardiac catheterization therapy phase (SCT 128959002)."""

CardiacEjectionFraction: _Final[_Code] = _Code(
    "SCT", "70822001", "Cardiac ejection fraction", (12252, 12304)
)
"""Cardiac ejection fraction (SCT 70822001)."""

CardiacFunctionTestAbnormal: _Final[_Code] = _Code(
    "SCT", "165076002", "cardiac function test abnormal", (3727,)
)
"""cardiac function test abnormal (SCT 165076002)."""

CardiacIndex: _Final[_Code] = _Code("SCT", "54993008", "Cardiac Index", (12239,))
"""Cardiac Index (SCT 54993008)."""

CardiacIntensiveCare: _Final[_Code] = _Code("SCT", "309907008", "Cardiac Intensive Care", (7030,))
"""Cardiac Intensive Care (SCT 309907008)."""

CardiacMRI: _Final[_Code] = _Code("SCT", "241620005", "Cardiac MRI", (3206, 3757, 3820))
"""Cardiac MRI (SCT 241620005)."""

CardiacMRIStress: _Final[_Code] = _Code("SCT", "431609005", "Cardiac MRI stress", (3757,))
"""Cardiac MRI stress (SCT 431609005)."""

CardiacMuscle: _Final[_Code] = _Code("SCT", "122448007", "Cardiac muscle", (7710,))
"""Cardiac muscle (SCT 122448007)."""

CardiacOutput: _Final[_Code] = _Code("SCT", "82799009", "Cardiac Output", (12239,))
"""Cardiac Output (SCT 82799009)."""

CardiacPacemakerLead: _Final[_Code] = _Code("SCT", "360129009", "Cardiac pacemaker lead", (6404,))
"""Cardiac pacemaker lead (SCT 360129009)."""

CardiacPacemaker_118378005: _Final[_Code] = _Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005)."""

CardiacPacemaker_14106009: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac pacemaker (SCT 14106009)."""

CardiacStressRecoveryState: _Final[_Code] = _Code(
    "SCT", "432554001", "Cardiac stress recovery state", (3207,)
)
"""Cardiac stress recovery state (SCT 432554001)."""

CardiacStressState: _Final[_Code] = _Code("SCT", "432655005", "Cardiac Stress State", (3101, 3207))
"""Cardiac Stress State (SCT 432655005)."""

CardiacSurgery: _Final[_Code] = _Code("SCT", "309971008", "Cardiac Surgery", (7030,))
"""Cardiac Surgery (SCT 309971008)."""

CardiacValveAnnulus: _Final[_Code] = _Code("SCT", "305437000", "Cardiac valve annulus", (12280,))
"""Cardiac valve annulus (SCT 305437000)."""

CardiacValveLeaflet: _Final[_Code] = _Code("SCT", "6530003", "Cardiac Valve Leaflet", (12280,))
"""Cardiac Valve Leaflet (SCT 6530003)."""

CardiacVentriculography: _Final[_Code] = _Code(
    "SCT", "252426003", "Cardiac ventriculography", (3428, 3744)
)
"""Cardiac ventriculography (SCT 252426003)."""

CardiogenicShock: _Final[_Code] = _Code(
    "SCT", "89138009", "cardiogenic shock", (3700, 3726, 3727, 3755)
)
"""cardiogenic shock (SCT 89138009)."""

Cardiology: _Final[_Code] = _Code("SCT", "309915006", "Cardiology", (7030,))
"""Cardiology (SCT 309915006)."""

Cardiomegaly: _Final[_Code] = _Code("SCT", "287272002", "Cardiomegaly", (12248,))
"""Cardiomegaly (SCT 287272002)."""

Cardiomyopathy: _Final[_Code] = _Code("SCT", "85898001", "Cardiomyopathy", (64, 3727))
"""Cardiomyopathy (SCT 85898001)."""

CardiophrenicAngleLymphNode: _Final[_Code] = _Code(
    "SCT", "371013005", "cardiophrenic angle lymph node", (7600,)
)
"""cardiophrenic angle lymph node (SCT 371013005)."""

CardiopulmonaryBypass: _Final[_Code] = _Code("SCT", "63697000", "Cardiopulmonary bypass", (3553,))
"""Cardiopulmonary bypass (SCT 63697000)."""

CardiorespiratoryArrest: _Final[_Code] = _Code(
    "SCT", "410430005", "Cardiorespiratory arrest", (60,)
)
"""Cardiorespiratory arrest (SCT 410430005)."""

CardiothoracicSurgery: _Final[_Code] = _Code("SCT", "309969008", "Cardiothoracic Surgery", (7030,))
"""Cardiothoracic Surgery (SCT 309969008)."""

CardiovascularCT: _Final[_Code] = _Code("SCT", "303680000", "cardiovascular CT", (3820,))
"""cardiovascular CT (SCT 303680000)."""

CardiovascularOrificeArea: _Final[_Code] = _Code(
    "SCT", "399367004", "Cardiovascular Orifice Area", (12222,)
)
"""Cardiovascular Orifice Area (SCT 399367004)."""

CardiovascularOrificeDiameter: _Final[_Code] = _Code(
    "SCT", "399027007", "Cardiovascular Orifice Diameter", (12222,)
)
"""Cardiovascular Orifice Diameter (SCT 399027007)."""

CardiovascularSystem: _Final[_Code] = _Code("SCT", "113257007", "Cardiovascular system", (7156,))
"""Cardiovascular system (SCT 113257007)."""

CarfentanilC11: _Final[_Code] = _Code("SCT", "129511002", "Carfentanil C^11^", (4021,))
"""Carfentanil C^11^ (SCT 129511002)."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002)."""

CarmineStain: _Final[_Code] = _Code("SCT", "73892005", "carmine stain", (8112,))
"""carmine stain (SCT 73892005)."""

CarminicAcidStain: _Final[_Code] = _Code("SCT", "432003", "carminic acid stain", (8112,))
"""carminic acid stain (SCT 432003)."""

CarmoisineAStain: _Final[_Code] = _Code("SCT", "37575004", "carmoisine A stain", (8112,))
"""carmoisine A stain (SCT 37575004)."""

CarnoyFluid: _Final[_Code] = _Code("SCT", "433338005", "Carnoy's fluid", (8114,))
"""Carnoy's fluid (SCT 433338005)."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

CarotidBifurcation: _Final[_Code] = _Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002)."""

CarotidBody: _Final[_Code] = _Code("SCT", "51345006", "Carotid Body", (6149,))
"""Carotid Body (SCT 51345006)."""

CarotidBulb: _Final[_Code] = _Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005)."""

CarotidSinusMassageProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129090007", "Carotid Sinus Massage procedure phase", (3254,)
)
"""Carotid Sinus Massage procedure phase (SCT 129090007)."""

CarotidSiphon: _Final[_Code] = _Code("SCT", "54409005", "Carotid Siphon", (12105,))
"""Carotid Siphon (SCT 54409005)."""

Carpus: _Final[_Code] = _Code("SCT", "8205005", "Carpus", (7483,))
"""Carpus (SCT 8205005)."""

Cartilage: _Final[_Code] = _Code("SCT", "309312004", "Cartilage", (7166,))
"""Cartilage (SCT 309312004)."""

Cartridge: _Final[_Code] = _Code("SCT", "706440002", "Cartridge", (68,))
"""Cartridge (SCT 706440002)."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

CatheterManipulation: _Final[_Code] = _Code("SCT", "103712006", "Catheter manipulation", (9,))
"""Catheter manipulation (SCT 103712006)."""

CatheterReplacement: _Final[_Code] = _Code("SCT", "103713001", "Catheter replacement", (9,))
"""Catheter replacement (SCT 103713001)."""

Catheterization: _Final[_Code] = _Code("SCT", "45211000", "Catheterization", (9, 6050))
"""Catheterization (SCT 45211000)."""

CatheterizationOfBothLeftAndRightHeartWithGraft: _Final[_Code] = _Code(
    "SCT", "128952006", "Catheterization of both left and right heart with graft", (3250, 3739)
)
"""Catheterization of both left and right heart with graft (SCT 128952006)."""

CatheterizationOfBothLeftAndRightHeartWithoutGraft: _Final[_Code] = _Code(
    "SCT", "128953001", "Catheterization of both left and right heart without graft", (3250, 3739)
)
"""Catheterization of both left and right heart without graft (SCT 128953001)."""

CatheterizationOfLeftHeart: _Final[_Code] = _Code(
    "SCT", "67629009", "Catheterization of left heart", (3250, 3739)
)
"""Catheterization of left heart (SCT 67629009)."""

CatheterizationOfRightHeart: _Final[_Code] = _Code(
    "SCT", "40403005", "Catheterization of right heart", (3250, 3739)
)
"""Catheterization of right heart (SCT 40403005)."""

CaucasianRace: _Final[_Code] = _Code("SCT", "413773004", "Caucasian race", (6099,))
"""Caucasian race (SCT 413773004)."""

Caudal: _Final[_Code] = _Code("SCT", "3583002", "Caudal", (2, 5, 23))
"""Caudal (SCT 3583002)."""

CaudalLAO: _Final[_Code] = _Code("SCT", "408724004", "Caudal LAO", (3466,))
"""Caudal LAO (SCT 408724004)."""

CaudalRAO: _Final[_Code] = _Code("SCT", "408726002", "Caudal RAO", (3466,))
"""Caudal RAO (SCT 408726002)."""

CaudateNucleus: _Final[_Code] = _Code("SCT", "11000004", "Caudate Nucleus", (7140, 7153))
"""Caudate Nucleus (SCT 11000004)."""

CaudoCranial: _Final[_Code] = _Code("SCT", "399196006", "caudo-cranial", (4010, 4011, 4014, 7484))
"""caudo-cranial (SCT 399196006)."""

CaudodistalCranioproximalOblique: _Final[_Code] = _Code(
    "SCT", "442604001", "Caudodistal-cranioproximal oblique", (7484,)
)
"""Caudodistal-cranioproximal oblique (SCT 442604001)."""

Causton: _Final[_Code] = _Code("SCT", "399065000", "Causton", (4012,))
"""Causton (SCT 399065000)."""

CaviaPorcellus: _Final[_Code] = _Code("SCT", "125076001", "Cavia porcellus", (7454,))
"""Cavia porcellus (SCT 125076001)."""

CavumOfSeptumPellucidum: _Final[_Code] = _Code(
    "SCT", "74968005", "Cavum of septum pellucidum", (7140,)
)
"""Cavum of septum pellucidum (SCT 74968005)."""

Cecum: _Final[_Code] = _Code("SCT", "32713005", "Cecum", (6210,))
"""Cecum (SCT 32713005)."""

CelestineBlueBStain: _Final[_Code] = _Code("SCT", "38707008", "celestine blue B stain", (8112,))
"""celestine blue B stain (SCT 38707008)."""

CeliacLymphNode: _Final[_Code] = _Code("SCT", "47985009", "celiac lymph node", (7600,))
"""celiac lymph node (SCT 47985009)."""

Cell: _Final[_Code] = _Code("SCT", "4421005", "Cell", (8135,))
"""Cell (SCT 4421005)."""

CementedComponentFixation: _Final[_Code] = _Code(
    "SCT", "257771002", "Cemented component fixation", (7310,)
)
"""Cemented component fixation (SCT 257771002)."""

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

CentralAortopulmonaryShuntOperation: _Final[_Code] = _Code(
    "SCT", "233224003", "Central aortopulmonary shunt operation", (12247,)
)
"""Central aortopulmonary shunt operation (SCT 233224003)."""

CentralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "283001", "central axillary lymph node", (7600,)
)
"""central axillary lymph node (SCT 283001)."""

CentralIncisorRegion: _Final[_Code] = _Code("SCT", "699453001", "Central incisor region", (4017,))
"""Central incisor region (SCT 699453001)."""

CentralNervousSystem: _Final[_Code] = _Code(
    "SCT", "21483005", "Central nervous system", (645, 7153)
)
"""Central nervous system (SCT 21483005)."""

CentralRegionOfBreast: _Final[_Code] = _Code(
    "SCT", "129786000", "Central region of breast", (6019,)
)
"""Central region of breast (SCT 129786000)."""

CentralRetinalArtery: _Final[_Code] = _Code("SCT", "76117006", "Central Retinal Artery", (12105,))
"""Central Retinal Artery (SCT 76117006)."""

CentralRetinalVein: _Final[_Code] = _Code("SCT", "62869001", "Central Retinal Vein", (12105,))
"""Central Retinal Vein (SCT 62869001)."""

CentralVenousCatheter: _Final[_Code] = _Code("SCT", "52124006", "Central venous catheter", (74,))
"""Central venous catheter (SCT 52124006)."""

CentralVenousPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128445003", "Central venous pressure waveform", (3003,)
)
"""Central venous pressure waveform (SCT 128445003)."""

CentralZoneOfLeftHalfProstate: _Final[_Code] = _Code(
    "SCT", "716901006", "Central zone of left half prostate", (6301, 6302, 6303)
)
"""Central zone of left half prostate (SCT 716901006)."""

CentralZoneOfRightHalfProstate: _Final[_Code] = _Code(
    "SCT", "716900007", "Central zone of right half prostate", (6301, 6302, 6303)
)
"""Central zone of right half prostate (SCT 716900007)."""

CentrallyActingHypotensiveAgent: _Final[_Code] = _Code(
    "SCT", "4382004", "Centrally acting hypotensive agent", (10,)
)
"""Centrally acting hypotensive agent (SCT 4382004)."""

Cephalic: _Final[_Code] = _Code("SCT", "66787007", "Cephalic", (2, 5, 23))
"""Cephalic (SCT 66787007)."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "Cephalic vein", (3010, 3607, 12108))
"""Cephalic vein (SCT 20699002)."""

CephalosporinAntibiotic: _Final[_Code] = _Code(
    "SCT", "764147003", "Cephalosporin antibiotic", (622,)
)
"""Cephalosporin antibiotic (SCT 764147003)."""

CerebellarCortex: _Final[_Code] = _Code("SCT", "25991003", "Cerebellar Cortex", (7140,))
"""Cerebellar Cortex (SCT 25991003)."""

CerebellarSubarachnoidSpace: _Final[_Code] = _Code(
    "SCT", "263972004", "Cerebellar Subarachnoid Space", (7140,)
)
"""Cerebellar Subarachnoid Space (SCT 263972004)."""

CerebellarWhiteMatter: _Final[_Code] = _Code(
    "SCT", "33060004", "Cerebellar white matter", (7140, 7153, 7710)
)
"""Cerebellar white matter (SCT 33060004)."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005)."""

CerebralAqueduct: _Final[_Code] = _Code("SCT", "80447000", "Cerebral aqueduct", (7153,))
"""Cerebral aqueduct (SCT 80447000)."""

CerebralArtery: _Final[_Code] = _Code("SCT", "88556005", "Cerebral artery", (3010, 3606))
"""Cerebral artery (SCT 88556005)."""

CerebralFornix: _Final[_Code] = _Code("SCT", "87463005", "Cerebral fornix", (7153, 7704))
"""Cerebral fornix (SCT 87463005)."""

CerebralGrayMatter: _Final[_Code] = _Code("SCT", "40146001", "Cerebral Gray Matter", (7140, 7153))
"""Cerebral Gray Matter (SCT 40146001)."""

CerebralHemisphere: _Final[_Code] = _Code("SCT", "372073000", "Cerebral hemisphere", (7153, 12022))
"""Cerebral hemisphere (SCT 372073000)."""

CerebralWhiteMatter: _Final[_Code] = _Code(
    "SCT", "68523003", "Cerebral White Matter", (7140, 7153, 7710)
)
"""Cerebral White Matter (SCT 68523003)."""

CerebrospinalFluid: _Final[_Code] = _Code("SCT", "65216001", "Cerebrospinal Fluid", (7153,))
"""Cerebrospinal Fluid (SCT 65216001)."""

CerebrovascularAccidentOrStroke: _Final[_Code] = _Code(
    "SCT", "230690007", "Cerebrovascular Accident or Stroke", (3755,)
)
"""Cerebrovascular Accident or Stroke (SCT 230690007)."""

CervicalCollar: _Final[_Code] = _Code("SCT", "63562005", "Cervical collar", (6404,))
"""Cervical collar (SCT 63562005)."""

CervicalLymphNode: _Final[_Code] = _Code("SCT", "81105003", "cervical lymph node", (7600,))
"""cervical lymph node (SCT 81105003)."""

CervicalSpine: _Final[_Code] = _Code("SCT", "122494005", "Cervical spine", (4028, 4031, 7304, 7483))
"""Cervical spine (SCT 122494005)."""

CervicoThoracicSpine: _Final[_Code] = _Code(
    "SCT", "1217257000", "Cervico-thoracic spine", (4031, 7304, 7483)
)
"""Cervico-thoracic spine (SCT 1217257000)."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

Chair: _Final[_Code] = _Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008)."""

Chamberlain: _Final[_Code] = _Code("SCT", "399148006", "Chamberlain", (4012,))
"""Chamberlain (SCT 399148006)."""

ChassardLapine: _Final[_Code] = _Code("SCT", "399013002", "Chassard-Lapine", (4012,))
"""Chassard-Lapine (SCT 399013002)."""

Chausse: _Final[_Code] = _Code("SCT", "399355001", "Chausse", (4012,))
"""Chausse (SCT 399355001)."""

Cheek: _Final[_Code] = _Code("SCT", "60819002", "Cheek", (4,))
"""Cheek (SCT 60819002)."""

Chemotherapy: _Final[_Code] = _Code("SCT", "367336001", "Chemotherapy", (6085,))
"""Chemotherapy (SCT 367336001)."""

ChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416775004", "Chest, Abdomen and Pelvis", (4031,)
)
"""Chest, Abdomen and Pelvis (SCT 416775004)."""

ChestAndAbdomen: _Final[_Code] = _Code("SCT", "416550000", "Chest and Abdomen", (4031, 7483))
"""Chest and Abdomen (SCT 416550000)."""

ChestDiscomfort: _Final[_Code] = _Code("SCT", "279084009", "Chest discomfort", (3220,))
"""Chest discomfort (SCT 279084009)."""

ChestPain: _Final[_Code] = _Code("SCT", "29857009", "Chest Pain", (3201, 3220, 3221, 12246))
"""Chest Pain (SCT 29857009)."""

ChestPainNotPresent: _Final[_Code] = _Code(
    "SCT", "161971004", "Chest pain not present", (3202, 3719)
)
"""Chest pain not present (SCT 161971004)."""

ChestWall: _Final[_Code] = _Code("SCT", "78904004", "Chest wall", (6018, 6129))
"""Chest wall (SCT 78904004)."""

ChestWallMuscle: _Final[_Code] = _Code("SCT", "372074006", "Chest wall muscle", (7155,))
"""Chest wall muscle (SCT 372074006)."""

ChewingTobacco: _Final[_Code] = _Code("SCT", "81911001", "Chewing tobacco", (6089,))
"""Chewing tobacco (SCT 81911001)."""

ChildAndAdolescentPsychiatry: _Final[_Code] = _Code(
    "SCT", "309959002", "Child and Adolescent Psychiatry", (7030,)
)
"""Child and Adolescent Psychiatry (SCT 309959002)."""

ChillsAndFever: _Final[_Code] = _Code("SCT", "274640006", "Chills and fever", (60,))
"""Chills and fever (SCT 274640006)."""

ChloralHydrate: _Final[_Code] = _Code("SCT", "273948005", "Chloral hydrate", (625,))
"""Chloral hydrate (SCT 273948005)."""

ChloriodizedOil: _Final[_Code] = _Code("SCT", "62442005", "Chloriodized oil", (12,))
"""Chloriodized oil (SCT 62442005)."""

ChloroacetateEsteraseStain: _Final[_Code] = _Code(
    "SCT", "255796003", "chloroacetate esterase stain", (8112,)
)
"""chloroacetate esterase stain (SCT 255796003)."""

Chloroform: _Final[_Code] = _Code("SCT", "259153006", "Chloroform", (624, 8114))
"""Chloroform (SCT 259153006)."""

Chlorpromazine: _Final[_Code] = _Code("SCT", "387258005", "Chlorpromazine", (626,))
"""Chlorpromazine (SCT 387258005)."""

Choline: _Final[_Code] = _Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005)."""

CholinergicAgent: _Final[_Code] = _Code("SCT", "421148003", "Cholinergic agent", (622,))
"""Cholinergic agent (SCT 421148003)."""

Chondroma: _Final[_Code] = _Code("SCT", "31186001", "Chondroma", (6031,))
"""Chondroma (SCT 31186001)."""

Chondrosarcoma: _Final[_Code] = _Code("SCT", "1163016002", "Chondrosarcoma", (6033,))
"""Chondrosarcoma (SCT 1163016002)."""

ChordaeTendineaeCordis: _Final[_Code] = _Code(
    "SCT", "102298001", "Chordae tendineae cordis", (6116,)
)
"""Chordae tendineae cordis (SCT 102298001)."""

ChoroidOfEye: _Final[_Code] = _Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001)."""

ChromeAzurolSStain: _Final[_Code] = _Code("SCT", "34128002", "chrome azurol S stain", (8112,))
"""chrome azurol S stain (SCT 34128002)."""

ChromicAcidStain: _Final[_Code] = _Code("SCT", "406986000", "chromic acid stain", (8112,))
"""chromic acid stain (SCT 406986000)."""

ChromicPhosphateP32: _Final[_Code] = _Code("SCT", "17069007", "Chromic phosphate P^32^", (25,))
"""Chromic phosphate P^32^ (SCT 17069007)."""

Chromium51Albumin: _Final[_Code] = _Code("SCT", "4693006", "Chromium^51^ albumin", (25,))
"""Chromium^51^ albumin (SCT 4693006)."""

Chromium51Chloride: _Final[_Code] = _Code("SCT", "6973004", "Chromium^51^ chloride", (25,))
"""Chromium^51^ chloride (SCT 6973004)."""

ChromiumTrioxide: _Final[_Code] = _Code("SCT", "430821002", "Chromium trioxide", (8114,))
"""Chromium trioxide (SCT 430821002)."""

Chromotrope2RStain: _Final[_Code] = _Code("SCT", "85981002", "chromotrope 2R stain", (8112,))
"""chromotrope 2R stain (SCT 85981002)."""

Chronic: _Final[_Code] = _Code("SCT", "90734009", "Chronic", (3770, 6130))
"""Chronic (SCT 90734009)."""

ChronicallyIll: _Final[_Code] = _Code("SCT", "27624003", "Chronically ill", (3772,))
"""Chronically ill (SCT 27624003)."""

ChronotropicIncompetence: _Final[_Code] = _Code(
    "SCT", "427989008", "Chronotropic incompetence", (3213,)
)
"""Chronotropic incompetence (SCT 427989008)."""

ChrysoidineRStain: _Final[_Code] = _Code("SCT", "10247008", "chrysoidine R stain", (8112,))
"""chrysoidine R stain (SCT 10247008)."""

ChrysoidineYStain: _Final[_Code] = _Code("SCT", "16943008", "chrysoidine Y stain", (8112,))
"""chrysoidine Y stain (SCT 16943008)."""

CigaretteSmokingTobacco: _Final[_Code] = _Code(
    "SCT", "66562002", "Cigarette smoking tobacco", (6089,)
)
"""Cigarette smoking tobacco (SCT 66562002)."""

CiliaryBody: _Final[_Code] = _Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007)."""

Cingulum: _Final[_Code] = _Code("SCT", "37035000", "Cingulum", (7153, 7704))
"""Cingulum (SCT 37035000)."""

CircleOfWillis: _Final[_Code] = _Code("SCT", "11279006", "Circle of Willis", (4030,))
"""Circle of Willis (SCT 11279006)."""

CirculatingNurse: _Final[_Code] = _Code("SCT", "413854007", "Circulating Nurse", (7453,))
"""Circulating Nurse (SCT 413854007)."""

Circumference: _Final[_Code] = _Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000)."""

Circumferential: _Final[_Code] = _Code("SCT", "255593009", "Circumferential", (6209,))
"""Circumferential (SCT 255593009)."""

CircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003)."""

Circumscribed: _Final[_Code] = _Code("SCT", "263706005", "Circumscribed", (6120,))
"""Circumscribed (SCT 263706005)."""

CircumscribedLesion: _Final[_Code] = _Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007)."""

CirrhosisOfLiver: _Final[_Code] = _Code("SCT", "19943007", "Cirrhosis of liver", (12325,))
"""Cirrhosis of liver (SCT 19943007)."""

CirsoidAneurysm: _Final[_Code] = _Code("SCT", "233982006", "cirsoid aneurysm", (3808,))
"""cirsoid aneurysm (SCT 233982006)."""

CisternaMagna: _Final[_Code] = _Code("SCT", "54165005", "Cisterna Magna", (12020, 12022))
"""Cisterna Magna (SCT 54165005)."""

Citrate: _Final[_Code] = _Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004)."""

CitricAcid: _Final[_Code] = _Code("SCT", "7539900", "citric acid", (4412,))
"""citric acid (SCT 7539900)."""

ClassIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "373260001", "class I antiarrhythmic agent", (3762,)
)
"""class I antiarrhythmic agent (SCT 373260001)."""

ClassIIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "373278006", "class II antiarrhythmic agent", (3762,)
)
"""class II antiarrhythmic agent (SCT 373278006)."""

ClassIIIAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "372855004", "class III antiarrhythmic agent", (3762,)
)
"""class III antiarrhythmic agent (SCT 372855004)."""

ClassIVAntiarrhythmicAgent: _Final[_Code] = _Code(
    "SCT", "372693007", "class IV antiarrhythmic agent", (3762,)
)
"""class IV antiarrhythmic agent (SCT 372693007)."""

Claudication: _Final[_Code] = _Code("SCT", "16973004", "Claudication", (3220, 3221))
"""Claudication (SCT 16973004)."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004)."""

ClavicularNotchOfSternum: _Final[_Code] = _Code(
    "SCT", "75319007", "Clavicular notch of sternum", (6115,)
)
"""Clavicular notch of sternum (SCT 75319007)."""

Clear: _Final[_Code] = _Code("SCT", "263707001", "Clear", (6067,))
"""Clear (SCT 263707001)."""

Cleavage: _Final[_Code] = _Code("SCT", "399161006", "Cleavage", (4015,))
"""Cleavage (SCT 399161006)."""

Cleaves: _Final[_Code] = _Code("SCT", "399245002", "Cleaves", (4012,))
"""Cleaves (SCT 399245002)."""

Clements: _Final[_Code] = _Code("SCT", "399028002", "Clements", (4012,))
"""Clements (SCT 399028002)."""

ClementsNakayama: _Final[_Code] = _Code("SCT", "399320003", "Clements-Nakayama", (4012,))
"""Clements-Nakayama (SCT 399320003)."""

ClinicalBiochemistry: _Final[_Code] = _Code("SCT", "310076001", "Clinical Biochemistry", (7030,))
"""Clinical Biochemistry (SCT 310076001)."""

ClinicalOncology: _Final[_Code] = _Code("SCT", "309902002", "Clinical Oncology", (7030,))
"""Clinical Oncology (SCT 309902002)."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000)."""

ClosureOfDuctusArteriosusWithClip: _Final[_Code] = _Code(
    "SCT", "233199008", "Closure of ductus arteriosus with clip", (12247,)
)
"""Closure of ductus arteriosus with clip (SCT 233199008)."""

Clothing: _Final[_Code] = _Code("SCT", "272180002", "Clothing", (7158,))
"""Clothing (SCT 272180002)."""

Cm0: _Final[_Code] = _Code("SCT", "1229901006", "cM0", (6162,))
"""cM0 (SCT 1229901006)."""

Coagulant: _Final[_Code] = _Code("SCT", "373746004", "Coagulant", (10,))
"""Coagulant (SCT 373746004)."""

CoarctationOfAorta: _Final[_Code] = _Code(
    "SCT", "7305005", "Coarctation of aorta", (3610, 12248, 12291)
)
"""Coarctation of aorta (SCT 7305005)."""

CoarctationOfTheAortaAngioplastyWithImplantOfStent: _Final[_Code] = _Code(
    "SCT", "443829004", "Coarctation of the Aorta Angioplasty with Implant of Stent", (12247,)
)
"""Coarctation of the Aorta Angioplasty with Implant of Stent (SCT 443829004)."""

CoarctationOfTheAortaBalloonAngioplasty: _Final[_Code] = _Code(
    "SCT", "308696000", "Coarctation of the Aorta Balloon Angioplasty", (12247,)
)
"""Coarctation of the Aorta Balloon Angioplasty (SCT 308696000)."""

CoarsePopcornLikeCalcification: _Final[_Code] = _Code(
    "SCT", "129749001", "Coarse (popcorn-like) calcification", (6011, 6132)
)
"""Coarse (popcorn-like) calcification (SCT 129749001)."""

CobaltChromiumAlloy: _Final[_Code] = _Code("SCT", "256526003", "Cobalt-chromium alloy", (300,))
"""Cobalt-chromium alloy (SCT 256526003)."""

CobbAngle: _Final[_Code] = _Code("SCT", "285285000", "Cobb angle", (7550,))
"""Cobb angle (SCT 285285000)."""

Cocaine: _Final[_Code] = _Code("SCT", "387085005", "Cocaine", (6089,))
"""Cocaine (SCT 387085005)."""

CoccygealVertrebrae: _Final[_Code] = _Code("SCT", "18149002", "Coccygeal vertrebrae", (7483,))
"""Coccygeal vertrebrae (SCT 18149002)."""

Coccyx: _Final[_Code] = _Code("SCT", "64688005", "Coccyx", (4031,))
"""Coccyx (SCT 64688005)."""

CockettPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128549006", "Cockett's perforating vein", (12110,)
)
"""Cockett's perforating vein (SCT 128549006)."""

CoinLesion: _Final[_Code] = _Code("SCT", "308689002", "Coin lesion", (6104,))
"""Coin lesion (SCT 308689002)."""

ColcherSussman: _Final[_Code] = _Code("SCT", "423091003", "Colcher-Sussman", (4012,))
"""Colcher-Sussman (SCT 423091003)."""

ColicLymphNode: _Final[_Code] = _Code("SCT", "8356004", "colic lymph node", (7600,))
"""colic lymph node (SCT 8356004)."""

CollateralBranchOfVessel: _Final[_Code] = _Code(
    "SCT", "397406000", "Collateral Branch of vessel", (3496, 12117)
)
"""Collateral Branch of vessel (SCT 397406000)."""

CollectionOfBloodSpecimenForLaboratory: _Final[_Code] = _Code(
    "SCT", "82078001", "collection of blood specimen for laboratory", (3515,)
)
"""collection of blood specimen for laboratory (SCT 82078001)."""

Collimator: _Final[_Code] = _Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004)."""

ColloidalIronStain: _Final[_Code] = _Code("SCT", "406952009", "colloidal iron stain", (8112,))
"""colloidal iron stain (SCT 406952009)."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001)."""

ColonicHaustra: _Final[_Code] = _Code("SCT", "6533001", "Colonic haustra", (6201,))
"""Colonic haustra (SCT 6533001)."""

ColorectalSurgery: _Final[_Code] = _Code("SCT", "309983005", "Colorectal Surgery", (7030,))
"""Colorectal Surgery (SCT 309983005)."""

ColostomyBag: _Final[_Code] = _Code("SCT", "339648008", "Colostomy bag", (6203,))
"""Colostomy bag (SCT 339648008)."""

CombinedDiagnosticAndTherapeuticIntent: _Final[_Code] = _Code(
    "SCT", "1279505009", "Combined Diagnostic and Therapeutic Intent", (3629,)
)
"""Combined Diagnostic and Therapeutic Intent (SCT 1279505009)."""

Comedocarcinoma: _Final[_Code] = _Code("SCT", "78197004", "Comedocarcinoma (intraductal)", (6033,))
"""Comedocarcinoma (intraductal) (SCT 78197004)."""

CommonAtrioventricularCanal: _Final[_Code] = _Code(
    "SCT", "360481003", "Common atrioventricular canal", (12248,)
)
"""Common atrioventricular canal (SCT 360481003)."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007)."""

CommonBileDuct: _Final[_Code] = _Code("SCT", "79741001", "Common bile duct", (4031, 4040))
"""Common bile duct (SCT 79741001)."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004)."""

CommonDuctLymphNode: _Final[_Code] = _Code("SCT", "280639005", "common duct lymph node", (7600,))
"""common duct lymph node (SCT 280639005)."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005)."""

CommonFemoralVein: _Final[_Code] = _Code("SCT", "397363009", "Common Femoral Vein", (12110,))
"""Common Femoral Vein (SCT 397363009)."""

CommonHepaticArtery: _Final[_Code] = _Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000)."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005)."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common iliac artery bifurcation", (1005, 3837, 12109)
)
"""Common iliac artery bifurcation (SCT 413896006)."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005)."""

CommonNonMitralNonTricuspidAtrioventricularValveStructure: _Final[_Code] = _Code(
    "SCT", "312522004", "Common non-mitral non-tricuspid Atrioventricular Valve Structure", (12285,)
)
"""Common non-mitral non-tricuspid Atrioventricular Valve Structure (SCT 312522004)."""

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006)."""

Complaint: _Final[_Code] = _Code("SCT", "1269496002", "Complaint", (3769,))
"""Complaint (SCT 1269496002)."""

Complete: _Final[_Code] = _Code("SCT", "255594003", "Complete", (67,))
"""Complete (SCT 255594003)."""

CompleteTranspositionOfGreatVessels: _Final[_Code] = _Code(
    "SCT", "26146002", "Complete transposition of great vessels", (12248,)
)
"""Complete transposition of great vessels (SCT 26146002)."""

ComplicatedAtheromatousPlaque: _Final[_Code] = _Code(
    "SCT", "74937006", "complicated atheromatous plaque", (3817,)
)
"""complicated atheromatous plaque (SCT 74937006)."""

ComplicationOfProcedure: _Final[_Code] = _Code(
    "SCT", "116224001", "Complication of Procedure", (7002,)
)
"""Complication of Procedure (SCT 116224001)."""

CompositeHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128577002", "Composite hemodynamic measurement method", (3241,)
)
"""Composite hemodynamic measurement method (SCT 128577002)."""

Compression: _Final[_Code] = _Code("SCT", "71173004", "compression", (3805,))
"""compression (SCT 71173004)."""

CompressionAction: _Final[_Code] = _Code("SCT", "263720003", "Compression - action", (94,))
"""Compression - action (SCT 263720003)."""

CompressionPaddle: _Final[_Code] = _Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009)."""

ComputedHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128576006", "Computed hemodynamic measurement method", (3241,)
)
"""Computed hemodynamic measurement method (SCT 128576006)."""

ComputedTomography: _Final[_Code] = _Code("SCT", "77477000", "Computed tomography", (10005,))
"""Computed tomography (SCT 77477000)."""

ComputedTomographyGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277591006", "Computed tomography guided biopsy", (6060,)
)
"""Computed tomography guided biopsy (SCT 277591006)."""

ComputerizedTomographyService: _Final[_Code] = _Code(
    "SCT", "310128004", "Computerized Tomography Service", (7030,)
)
"""Computerized Tomography Service (SCT 310128004)."""

ConcaveContactFundusLens: _Final[_Code] = _Code(
    "SCT", "409783000", "Concave contact fundus lens", (4205,)
)
"""Concave contact fundus lens (SCT 409783000)."""

ConcaveNoncontactFundusLens: _Final[_Code] = _Code(
    "SCT", "410688004", "Concave noncontact fundus lens", (4205,)
)
"""Concave noncontact fundus lens (SCT 410688004)."""

Concentric: _Final[_Code] = _Code("SCT", "255465008", "Concentric", (3491, 3806))
"""Concentric (SCT 255465008)."""

CondenserAnnulus: _Final[_Code] = _Code("SCT", "445634000", "Condenser annulus", (8124,))
"""Condenser annulus (SCT 445634000)."""

ConductanceCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133910006", "Conductance catheter method", (3241,)
)
"""Conductance catheter method (SCT 133910006)."""

ConeBeamAcquisition: _Final[_Code] = _Code("SCT", "702569007", "Cone Beam Acquisition", (10013,))
"""Cone Beam Acquisition (SCT 702569007)."""

ConeBeamComputedTomography: _Final[_Code] = _Code(
    "SCT", "717193008", "Cone beam computed tomography", (10005,)
)
"""Cone beam computed tomography (SCT 717193008)."""

ConfocalScanningLaserOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "392004000", "Confocal Scanning Laser Ophthalmoscope", (4210,)
)
"""Confocal Scanning Laser Ophthalmoscope (SCT 392004000)."""

CongenitalCoronaryArteryFistulaToLeftAtrium: _Final[_Code] = _Code(
    "SCT", "128555001", "Congenital coronary artery fistula to left atrium", (3010, 3606)
)
"""Congenital coronary artery fistula to left atrium (SCT 128555001)."""

CongenitalCoronaryArteryFistulaToLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128556000", "Congenital coronary artery fistula to left ventricle", (3010, 3606)
)
"""Congenital coronary artery fistula to left ventricle (SCT 128556000)."""

CongenitalCoronaryArteryFistulaToRightAtrium: _Final[_Code] = _Code(
    "SCT", "128557009", "Congenital coronary artery fistula to right atrium", (3010,)
)
"""Congenital coronary artery fistula to right atrium (SCT 128557009)."""

CongenitalCoronaryArteryFistulaToRightVentricle: _Final[_Code] = _Code(
    "SCT", "128558004", "Congenital coronary artery fistula to right ventricle", (3010, 3606)
)
"""Congenital coronary artery fistula to right ventricle (SCT 128558004)."""

CongenitalStenosisOfAorticValve: _Final[_Code] = _Code(
    "SCT", "18546004", "Congenital stenosis of aortic valve", (12248,)
)
"""Congenital stenosis of aortic valve (SCT 18546004)."""

CongestiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "399020009", "Congestive cardiomyopathy", (3700, 3728)
)
"""Congestive cardiomyopathy (SCT 399020009)."""

CongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "42343007", "Congestive heart failure", (3700, 3755)
)
"""Congestive heart failure (SCT 42343007)."""

CongoRedStain: _Final[_Code] = _Code("SCT", "45106005", "Congo red stain", (8112,))
"""Congo red stain (SCT 45106005)."""

Conjunctiva: _Final[_Code] = _Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007)."""

ConnectiveTissue: _Final[_Code] = _Code("SCT", "21793004", "Connective tissue", (645, 7166))
"""Connective tissue (SCT 21793004)."""

ConstrictedPupil: _Final[_Code] = _Code("SCT", "301939004", "Constricted Pupil", (4222,))
"""Constricted Pupil (SCT 301939004)."""

ConstrictivePericarditis: _Final[_Code] = _Code(
    "SCT", "85598007", "Constrictive pericarditis", (3700, 3728)
)
"""Constrictive pericarditis (SCT 85598007)."""

ConstructionOfLVToAortaTunnelWRVToPAValvedConduit: _Final[_Code] = _Code(
    "SCT", "429620002", "Construction of LV to aorta tunnel w RV to PA valved conduit", (12247,)
)
"""Construction of LV to aorta tunnel w RV to PA valved conduit (SCT 429620002)."""

Consultant: _Final[_Code] = _Code("SCT", "309390008", "Consultant", (7452,))
"""Consultant (SCT 309390008)."""

ContactFundusLens: _Final[_Code] = _Code("SCT", "410686000", "Contact fundus lens", (4205,))
"""Contact fundus lens (SCT 410686000)."""

ContactWith: _Final[_Code] = _Code("SCT", "11723008", "Contact with", (5,))
"""Contact with (SCT 11723008)."""

Continuous: _Final[_Code] = _Code("SCT", "255238004", "Continuous", (6091,))
"""Continuous (SCT 255238004)."""

ContinuousFlowApneicVentilation: _Final[_Code] = _Code(
    "SCT", "1260411001", "Continuous flow apneic ventilation", (620,)
)
"""Continuous flow apneic ventilation (SCT 1260411001)."""

Contraceptives: _Final[_Code] = _Code("SCT", "108899006", "Contraceptives", (6080,))
"""Contraceptives (SCT 108899006)."""

Contraindicated_373147003: _Final[_Code] = _Code(
    "SCT", "373147003", "Contraindicated", (3741, 3742, 3743)
)
"""Contraindicated (SCT 373147003)."""

Contraindicated_373148008: _Final[_Code] = _Code("SCT", "373148008", "Contraindicated", (3740,))
"""Contraindicated (SCT 373148008)."""

Contralateral: _Final[_Code] = _Code("SCT", "255209002", "Contralateral", (246,))
"""Contralateral (SCT 255209002)."""

ContrastAgent: _Final[_Code] = _Code("SCT", "7140000", "Contrast agent", (12, 6402))
"""Contrast agent (SCT 7140000)."""

ContrastEchocardiography: _Final[_Code] = _Code(
    "SCT", "433231002", "Contrast echocardiography", (12001,)
)
"""Contrast echocardiography (SCT 433231002)."""

ContrastMedia: _Final[_Code] = _Code("SCT", "385420005", "Contrast media", (6201, 7112))
"""Contrast media (SCT 385420005)."""

ContrastMediaAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292095005", "Contrast media adverse reaction", (3755,)
)
"""Contrast media adverse reaction (SCT 292095005)."""

ContrastMediaAllergy: _Final[_Code] = _Code(
    "SCT", "293637006", "Contrast Media Allergy", (1200, 1201)
)
"""Contrast Media Allergy (SCT 293637006)."""

ControlledVentilation: _Final[_Code] = _Code("SCT", "243147009", "Controlled Ventilation", (618,))
"""Controlled Ventilation (SCT 243147009)."""

ConvergentGaze: _Final[_Code] = _Code("SCT", "408745006", "Convergent gaze", (4201,))
"""Convergent gaze (SCT 408745006)."""

ConvexContactFundusLens: _Final[_Code] = _Code(
    "SCT", "410689007", "Convex contact fundus lens", (4205,)
)
"""Convex contact fundus lens (SCT 410689007)."""

ConvexNoncontactFundusLens: _Final[_Code] = _Code(
    "SCT", "410687009", "Convex noncontact fundus lens", (4205,)
)
"""Convex noncontact fundus lens (SCT 410687009)."""

Copper: _Final[_Code] = _Code("SCT", "66925006", "Copper", (10006,))
"""Copper (SCT 66925006)."""

Copper64Acetate: _Final[_Code] = _Code("SCT", "78686003", "Copper^64^ acetate", (25,))
"""Copper^64^ acetate (SCT 78686003)."""

Copper64Versenate: _Final[_Code] = _Code("SCT", "88166005", "Copper^64^ versenate", (25,))
"""Copper^64^ versenate (SCT 88166005)."""

Copper67Ceruloplasmin: _Final[_Code] = _Code("SCT", "29460005", "Copper^67^ ceruloplasmin", (25,))
"""Copper^67^ ceruloplasmin (SCT 29460005)."""

CorTriatriatumOrifice: _Final[_Code] = _Code(
    "SCT", "443445009", "Cor Triatriatum Orifice", (12283,)
)
"""Cor Triatriatum Orifice (SCT 443445009)."""

CoracoidProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "8931003", "Coracoid process of scapula", (6115,)
)
"""Coracoid process of scapula (SCT 8931003)."""

CoreNeedleBiopsyOfBreast: _Final[_Code] = _Code(
    "SCT", "44578009", "Core needle biopsy of breast", (6050,)
)
"""Core needle biopsy of breast (SCT 44578009)."""

CoreSampleOfTissueBlock: _Final[_Code] = _Code(
    "SCT", "430970004", "Core sample of tissue block", (8103,)
)
"""Core sample of tissue block (SCT 430970004)."""

CoreSampling: _Final[_Code] = _Code("SCT", "434479002", "Core sampling", (8110,))
"""Core sampling (SCT 434479002)."""

CoriphosphineStain: _Final[_Code] = _Code("SCT", "49687009", "coriphosphine stain", (8112,))
"""coriphosphine stain (SCT 49687009)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

CornealEndothelium: _Final[_Code] = _Code("SCT", "65431007", "Corneal endothelium", (4211,))
"""Corneal endothelium (SCT 65431007)."""

CornealEpithelium: _Final[_Code] = _Code("SCT", "15775008", "Corneal epithelium", (4211,))
"""Corneal epithelium (SCT 15775008)."""

CornealOpacity: _Final[_Code] = _Code("SCT", "64634000", "Corneal Opacity", (4222,))
"""Corneal Opacity (SCT 64634000)."""

Coronal: _Final[_Code] = _Code("SCT", "81654009", "Coronal", (2, 6, 26, 6312))
"""Coronal (SCT 81654009)."""

CoronaryArteriography: _Final[_Code] = _Code("SCT", "33367005", "Coronary Arteriography", (3428,))
"""Coronary Arteriography (SCT 33367005)."""

CoronaryArtery: _Final[_Code] = _Code("SCT", "41801008", "Coronary artery", (3010, 3606, 4030))
"""Coronary artery (SCT 41801008)."""

CoronaryArteryBypassGraft: _Final[_Code] = _Code(
    "SCT", "232717009", "Coronary artery bypass graft", (3721, 3764)
)
"""Coronary artery bypass graft (SCT 232717009)."""

CoronaryArteryCalciumScore: _Final[_Code] = _Code(
    "SCT", "450360000", "Coronary artery calcium score", (6142,)
)
"""Coronary artery calcium score (SCT 450360000)."""

CoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "53741008", "Coronary Artery Disease", (3201, 3700, 12246)
)
"""Coronary Artery Disease (SCT 53741008)."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary artery graft", (1004, 3015)
)
"""Coronary artery graft (SCT 264293000)."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004)."""

CorpusCallosum: _Final[_Code] = _Code("SCT", "88442005", "Corpus callosum", (7153, 7705))
"""Corpus callosum (SCT 88442005)."""

CorpusStriatum: _Final[_Code] = _Code("SCT", "31428008", "Corpus striatum", (7153,))
"""Corpus striatum (SCT 31428008)."""

CorrectedTranspositionOfGreatVessels: _Final[_Code] = _Code(
    "SCT", "83799000", "Corrected transposition of great vessels", (12248,)
)
"""Corrected transposition of great vessels (SCT 83799000)."""

CorrectionOfCongenitalCardiovascularDeformity: _Final[_Code] = _Code(
    "SCT", "428613004", "Correction of congenital cardiovascular deformity", (3721,)
)
"""Correction of congenital cardiovascular deformity (SCT 428613004)."""

CorrectionOfVentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "76025005", "Correction of ventricular septal defect", (12247,)
)
"""Correction of ventricular septal defect (SCT 76025005)."""

CorticospinalTractInBrainstem: _Final[_Code] = _Code(
    "SCT", "360568007", "corticospinal tract in brainstem", (7701,)
)
"""corticospinal tract in brainstem (SCT 360568007)."""

CostalCartilage: _Final[_Code] = _Code("SCT", "50016007", "Costal Cartilage", (6149,))
"""Costal Cartilage (SCT 50016007)."""

CostalGroove: _Final[_Code] = _Code("SCT", "17399006", "Costal groove", (6115,))
"""Costal groove (SCT 17399006)."""

CostocervicalTrunk: _Final[_Code] = _Code("SCT", "3159004", "Costocervical trunk", (6117,))
"""Costocervical trunk (SCT 3159004)."""

Cough: _Final[_Code] = _Code("SCT", "49727002", "Cough", (60,))
"""Cough (SCT 49727002)."""

CouinaudHepaticSegmentI: _Final[_Code] = _Code(
    "SCT", "71133005", "Couinaud hepatic segment I", (7170,)
)
"""Couinaud hepatic segment I (SCT 71133005)."""

CouinaudHepaticSegmentII: _Final[_Code] = _Code(
    "SCT", "277956007", "Couinaud hepatic segment II", (7170,)
)
"""Couinaud hepatic segment II (SCT 277956007)."""

CouinaudHepaticSegmentIII: _Final[_Code] = _Code(
    "SCT", "277957003", "Couinaud hepatic segment III", (7170,)
)
"""Couinaud hepatic segment III (SCT 277957003)."""

CouinaudHepaticSegmentIV: _Final[_Code] = _Code(
    "SCT", "277958008", "Couinaud hepatic segment IV", (7170,)
)
"""Couinaud hepatic segment IV (SCT 277958008)."""

CouinaudHepaticSegmentV: _Final[_Code] = _Code(
    "SCT", "277959000", "Couinaud hepatic segment V", (7170,)
)
"""Couinaud hepatic segment V (SCT 277959000)."""

CouinaudHepaticSegmentVI: _Final[_Code] = _Code(
    "SCT", "277960005", "Couinaud hepatic segment VI", (7170,)
)
"""Couinaud hepatic segment VI (SCT 277960005)."""

CouinaudHepaticSegmentVII: _Final[_Code] = _Code(
    "SCT", "277961009", "Couinaud hepatic segment VII", (7170,)
)
"""Couinaud hepatic segment VII (SCT 277961009)."""

CouinaudHepaticSegmentVIII: _Final[_Code] = _Code(
    "SCT", "277962002", "Couinaud hepatic segment VIII", (7170,)
)
"""Couinaud hepatic segment VIII (SCT 277962002)."""

CranialLAO: _Final[_Code] = _Code("SCT", "408723005", "Cranial LAO", (3466,))
"""Cranial LAO (SCT 408723005)."""

CranialNerve: _Final[_Code] = _Code("SCT", "25238003", "Cranial nerve", (7167,))
"""Cranial nerve (SCT 25238003)."""

CranialRAO: _Final[_Code] = _Code("SCT", "408725003", "Cranial RAO", (3466,))
"""Cranial RAO (SCT 408725003)."""

CranialSubarachnoidSpace: _Final[_Code] = _Code(
    "SCT", "33930006", "Cranial Subarachnoid Space", (7140,)
)
"""Cranial Subarachnoid Space (SCT 33930006)."""

CranialVenousSystem: _Final[_Code] = _Code("SCT", "128320002", "Cranial venous system", (4030,))
"""Cranial venous system (SCT 128320002)."""

CranioCaudal: _Final[_Code] = _Code("SCT", "399162004", "cranio-caudal", (4010, 4011, 4014))
"""cranio-caudal (SCT 399162004)."""

CranioCaudalExaggeratedLaterally: _Final[_Code] = _Code(
    "SCT", "399192008", "cranio-caudal exaggerated laterally", (4014,)
)
"""cranio-caudal exaggerated laterally (SCT 399192008)."""

CranioCaudalExaggeratedMedially: _Final[_Code] = _Code(
    "SCT", "399101009", "cranio-caudal exaggerated medially", (4014,)
)
"""cranio-caudal exaggerated medially (SCT 399101009)."""

Creatine: _Final[_Code] = _Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005)."""

CreationOfConduitRightAtriumToPulmonaryTrunk: _Final[_Code] = _Code(
    "SCT", "233022006", "Creation of conduit right atrium to pulmonary trunk", (12247,)
)
"""Creation of conduit right atrium to pulmonary trunk (SCT 233022006)."""

CresylEchtVioletStain: _Final[_Code] = _Code(
    "SCT", "406960005", "cresyl echt violet stain", (8112,)
)
"""cresyl echt violet stain (SCT 406960005)."""

CresylVioletStain: _Final[_Code] = _Code("SCT", "406959000", "cresyl violet stain", (8112,))
"""cresyl violet stain (SCT 406959000)."""

CryotherapyToSkinLesion: _Final[_Code] = _Code(
    "SCT", "302396003", "Cryotherapy to skin lesion", (4409,)
)
"""Cryotherapy to skin lesion (SCT 302396003)."""

CrystalPonceauStain: _Final[_Code] = _Code("SCT", "68459007", "crystal ponceau stain", (8112,))
"""crystal ponceau stain (SCT 68459007)."""

CrystallineLens: _Final[_Code] = _Code("SCT", "247049005", "Crystalline lens", (4231,))
"""Crystalline lens (SCT 247049005)."""

CubitalLymphNode: _Final[_Code] = _Code("SCT", "34775006", "cubital lymph node", (7600,))
"""cubital lymph node (SCT 34775006)."""

CulpritLesion: _Final[_Code] = _Code("SCT", "371895000", "Culprit Lesion", (3487, 3712))
"""Culprit Lesion (SCT 371895000)."""

CurativeIntent: _Final[_Code] = _Code("SCT", "373808002", "Curative intent", (3629,))
"""Curative intent (SCT 373808002)."""

CurcuminStain: _Final[_Code] = _Code("SCT", "89028002", "curcumin stain", (8112,))
"""curcumin stain (SCT 89028002)."""

CurledUp: _Final[_Code] = _Code("SCT", "34108001", "curled-up", (20,))
"""curled-up (SCT 34108001)."""

CurrentSmoker: _Final[_Code] = _Code("SCT", "77176002", "Current Smoker", (3724,))
"""Current Smoker (SCT 77176002)."""

CuttingBalloonAngioplastyCBADevice: _Final[_Code] = _Code(
    "SCT", "371794009", "Cutting Balloon Angioplasty (CBA) Device", (3411,)
)
"""Cutting Balloon Angioplasty (CBA) Device (SCT 371794009)."""

CyanocobalaminCo57: _Final[_Code] = _Code("SCT", "187006", "Cyanocobalamin Co^57^", (25,))
"""Cyanocobalamin Co^57^ (SCT 187006)."""

CyanocobalaminCo58: _Final[_Code] = _Code("SCT", "5692007", "Cyanocobalamin Co^58^", (25,))
"""Cyanocobalamin Co^58^ (SCT 5692007)."""

CyanocobalaminCo60: _Final[_Code] = _Code("SCT", "72159005", "Cyanocobalamin Co^60^", (25,))
"""Cyanocobalamin Co^60^ (SCT 72159005)."""

Cyanosis: _Final[_Code] = _Code("SCT", "3415004", "Cyanosis", (12248,))
"""Cyanosis (SCT 3415004)."""

Cyclopentolate: _Final[_Code] = _Code("SCT", "8348002", "Cyclopentolate", (4208,))
"""Cyclopentolate (SCT 8348002)."""

CylindroidAneurysm: _Final[_Code] = _Code("SCT", "52856002", "cylindroid aneurysm", (3808,))
"""cylindroid aneurysm (SCT 52856002)."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001)."""

CystOfBreast: _Final[_Code] = _Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002)."""

Cystadenocarcinoma: _Final[_Code] = _Code("SCT", "21008007", "Cystadenocarcinoma", (639,))
"""Cystadenocarcinoma (SCT 21008007)."""

CysticAdventitialDisease: _Final[_Code] = _Code(
    "SCT", "234021009", "cystic adventitial disease", (3805,)
)
"""cystic adventitial disease (SCT 234021009)."""

CysticLymphNode: _Final[_Code] = _Code("SCT", "280556009", "cystic lymph node", (7600,))
"""cystic lymph node (SCT 280556009)."""

CysticMedicalNecrosis: _Final[_Code] = _Code("SCT", "42182000", "cystic medical necrosis", (3817,))
"""cystic medical necrosis (SCT 42182000)."""

Cytokine: _Final[_Code] = _Code("SCT", "75777003", "Cytokine", (637,))
"""Cytokine (SCT 75777003)."""

Cytology: _Final[_Code] = _Code("SCT", "310200001", "Cytology", (7030,))
"""Cytology (SCT 310200001)."""

CytotoxicAgent: _Final[_Code] = _Code("SCT", "373526007", "Cytotoxic agent", (4410,))
"""Cytotoxic agent (SCT 373526007)."""

DHSPlate: _Final[_Code] = _Code("SCT", "257327003", "DHS Plate", (7309,))
"""DHS Plate (SCT 257327003)."""

DamusStanselKayeOperation: _Final[_Code] = _Code(
    "SCT", "233134001", "Damus-Stansel-Kaye operation", (12247,)
)
"""Damus-Stansel-Kaye operation (SCT 233134001)."""

DaneliusMiller: _Final[_Code] = _Code("SCT", "424811006", "Danelius-Miller", (4012,))
"""Danelius-Miller (SCT 424811006)."""

DarkfieldStop: _Final[_Code] = _Code("SCT", "445624009", "Darkfield stop", (8124,))
"""Darkfield stop (SCT 445624009)."""

DeSénarmontCompensator: _Final[_Code] = _Code(
    "SCT", "445663002", "de Sénarmont compensator", (8124,)
)
"""de Sénarmont compensator (SCT 445663002)."""

Deceased: _Final[_Code] = _Code("SCT", "419099009", "Deceased", (3772,))
"""Deceased (SCT 419099009)."""

DeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "43281008", "Deciduous mandibular left canine tooth", (4019,)
)
"""Deciduous mandibular left canine tooth (SCT 43281008)."""

DeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "89552004", "Deciduous mandibular left central incisor tooth", (4019,)
)
"""Deciduous mandibular left central incisor tooth (SCT 89552004)."""

DeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "38896004", "Deciduous mandibular left first molar tooth", (4019,)
)
"""Deciduous mandibular left first molar tooth (SCT 38896004)."""

DeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "14770005", "Deciduous mandibular left lateral incisor tooth", (4019,)
)
"""Deciduous mandibular left lateral incisor tooth (SCT 14770005)."""

DeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "49330006", "Deciduous mandibular left second molar tooth", (4019,)
)
"""Deciduous mandibular left second molar tooth (SCT 49330006)."""

DeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "6062009", "Deciduous mandibular right canine tooth", (4019,)
)
"""Deciduous mandibular right canine tooth (SCT 6062009)."""

DeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "67834006", "Deciduous mandibular right central incisor tooth", (4019,)
)
"""Deciduous mandibular right central incisor tooth (SCT 67834006)."""

DeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "58646007", "Deciduous mandibular right first molar tooth", (4019,)
)
"""Deciduous mandibular right first molar tooth (SCT 58646007)."""

DeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "22445006", "Deciduous mandibular right lateral incisor tooth", (4019,)
)
"""Deciduous mandibular right lateral incisor tooth (SCT 22445006)."""

DeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "61868007", "Deciduous mandibular right second molar tooth", (4019,)
)
"""Deciduous mandibular right second molar tooth (SCT 61868007)."""

DeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "73937000", "Deciduous maxillary left canine tooth", (4019,)
)
"""Deciduous maxillary left canine tooth (SCT 73937000)."""

DeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "51678005", "Deciduous maxillary left central incisor tooth", (4019,)
)
"""Deciduous maxillary left central incisor tooth (SCT 51678005)."""

DeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "45234009", "Deciduous maxillary left first molar tooth", (4019,)
)
"""Deciduous maxillary left first molar tooth (SCT 45234009)."""

DeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "43622005", "Deciduous maxillary left lateral incisor tooth", (4019,)
)
"""Deciduous maxillary left lateral incisor tooth (SCT 43622005)."""

DeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "51943008", "Deciduous maxillary left second molar tooth", (4019,)
)
"""Deciduous maxillary left second molar tooth (SCT 51943008)."""

DeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "30618001", "Deciduous maxillary right canine tooth", (4019,)
)
"""Deciduous maxillary right canine tooth (SCT 30618001)."""

DeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "88824007", "Deciduous maxillary right central incisor tooth", (4019,)
)
"""Deciduous maxillary right central incisor tooth (SCT 88824007)."""

DeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "17505006", "Deciduous maxillary right first molar tooth", (4019,)
)
"""Deciduous maxillary right first molar tooth (SCT 17505006)."""

DeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "65624003", "Deciduous maxillary right lateral incisor tooth", (4019,)
)
"""Deciduous maxillary right lateral incisor tooth (SCT 65624003)."""

DeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "27855007", "Deciduous maxillary right second molar tooth", (4019,)
)
"""Deciduous maxillary right second molar tooth (SCT 27855007)."""

Decongestant: _Final[_Code] = _Code("SCT", "96328007", "Decongestant", (622,))
"""Decongestant (SCT 96328007)."""

DecreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129727007", "Decrease in number of calcifications", (6003,)
)
"""Decrease in number of calcifications (SCT 129727007)."""

DecreaseInSize: _Final[_Code] = _Code("SCT", "19776001", "Decrease in size", (6003, 6134))
"""Decrease in size (SCT 19776001)."""

Decreased: _Final[_Code] = _Code("SCT", "1250004", "Decreased", (3642,))
"""Decreased (SCT 1250004)."""

DecreasedTolerance: _Final[_Code] = _Code("SCT", "102460003", "Decreased tolerance", (3236,))
"""Decreased tolerance (SCT 102460003)."""

Deep: _Final[_Code] = _Code("SCT", "795002", "Deep", (2, 3489))
"""Deep (SCT 795002)."""

DeepAnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "168360002", "deep anterior cervical lymph node", (7600,)
)
"""deep anterior cervical lymph node (SCT 168360002)."""

DeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "279145002", "deep cervical lymph node", (7600,)
)
"""deep cervical lymph node (SCT 279145002)."""

DeepInguinalLymphNode: _Final[_Code] = _Code("SCT", "65266007", "deep inguinal lymph node", (7600,))
"""deep inguinal lymph node (SCT 65266007)."""

DeepIntraparotidLymphNode: _Final[_Code] = _Code(
    "SCT", "75040000", "deep intraparotid lymph node", (7600,)
)
"""deep intraparotid lymph node (SCT 75040000)."""

DeepLateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "167864002", "deep lateral cervical lymph node", (7600,)
)
"""deep lateral cervical lymph node (SCT 167864002)."""

DeepLymphNode: _Final[_Code] = _Code("SCT", "60996007", "deep lymph node", (7600,))
"""deep lymph node (SCT 60996007)."""

DeepPalmarArchOfRadialArtery: _Final[_Code] = _Code(
    "SCT", "10119003", "Deep Palmar Arch of Radial Artery", (12107,)
)
"""Deep Palmar Arch of Radial Artery (SCT 10119003)."""

DeepPalmarVenousArch: _Final[_Code] = _Code("SCT", "368481004", "Deep Palmar Venous Arch", (12108,))
"""Deep Palmar Venous Arch (SCT 368481004)."""

DeepParotidLymphNode: _Final[_Code] = _Code("SCT", "279142004", "deep parotid lymph node", (7600,))
"""deep parotid lymph node (SCT 279142004)."""

DeepPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "35721009", "deep popliteal lymph node", (7600,)
)
"""deep popliteal lymph node (SCT 35721009)."""

DefiniteThrombus: _Final[_Code] = _Code("SCT", "373142009", "Definite Thrombus", (3714,))
"""Definite Thrombus (SCT 373142009)."""

DeliveredRadiationDose: _Final[_Code] = _Code(
    "SCT", "371892002", "Delivered Radiation Dose", (3425,)
)
"""Delivered Radiation Dose (SCT 371892002)."""

DelphianLymphNode: _Final[_Code] = _Code("SCT", "167664004", "delphian lymph node", (7600,))
"""delphian lymph node (SCT 167664004)."""

DeltoidMuscle: _Final[_Code] = _Code("SCT", "35259002", "Deltoid muscle", (6116,))
"""Deltoid muscle (SCT 35259002)."""

DentalProsthesis: _Final[_Code] = _Code("SCT", "27606000", "Dental Prosthesis", (7157,))
"""Dental Prosthesis (SCT 27606000)."""

DentalRadiography: _Final[_Code] = _Code("SCT", "1290849002", "Dental radiography", (10005,))
"""Dental radiography (SCT 1290849002)."""

DentalSurgery: _Final[_Code] = _Code("SCT", "309972001", "Dental Surgery", (7030,))
"""Dental Surgery (SCT 309972001)."""

DependenceOnEnablingMachineOrDevice: _Final[_Code] = _Code(
    "SCT", "105501005", "Dependence on enabling machine or device", (3205,)
)
"""Dependence on enabling machine or device (SCT 105501005)."""

DepressionOfLeftVentricularSystolicFunction: _Final[_Code] = _Code(
    "SCT", "371862006", "Depression of left ventricular systolic function", (3728,)
)
"""Depression of left ventricular systolic function (SCT 371862006)."""

Depth: _Final[_Code] = _Code("SCT", "131197000", "Depth", (7470,))
"""Depth (SCT 131197000)."""

DerivedFlowNonValve: _Final[_Code] = _Code("SCT", "371839009", "Derived Flow, Non-Valve", (3617,))
"""Derived Flow, Non-Valve (SCT 371839009)."""

DerivedPeriodNonValve: _Final[_Code] = _Code(
    "SCT", "371853009", "Derived Period, Non-Valve", (3616,)
)
"""Derived Period, Non-Valve (SCT 371853009)."""

Dermatology: _Final[_Code] = _Code("SCT", "309923008", "Dermatology", (7030,))
"""Dermatology (SCT 309923008)."""

Descending: _Final[_Code] = _Code("SCT", "75294000", "Descending", (5,))
"""Descending (SCT 75294000)."""

DescendingAorta_281130003: _Final[_Code] = _Code(
    "SCT", "281130003", "Descending aorta", (6117, 12141)
)
"""Descending aorta (SCT 281130003)."""

DescendingAorta_32672002: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
"""Descending aorta (SCT 32672002)."""

DescendingColon: _Final[_Code] = _Code("SCT", "32622004", "Descending colon", (6210,))
"""Descending colon (SCT 32622004)."""

Desflurane: _Final[_Code] = _Code("SCT", "386841003", "Desflurane", (624,))
"""Desflurane (SCT 386841003)."""

DetachableBalloon: _Final[_Code] = _Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000)."""

DeuteriumOxide: _Final[_Code] = _Code("SCT", "12977001", "Deuterium oxide", (11002,))
"""Deuterium oxide (SCT 12977001)."""

DeviceAppliedToPatient: _Final[_Code] = _Code(
    "SCT", "373061006", "Device applied to patient", (3422,)
)
"""Device applied to patient (SCT 373061006)."""

DeviceAtSiteOfInterest: _Final[_Code] = _Code(
    "SCT", "371876007", "Device at site of interest", (3422,)
)
"""Device at site of interest (SCT 371876007)."""

DeviceCrossedSeptum: _Final[_Code] = _Code("SCT", "386125002", "Device crossed septum", (3422,))
"""Device crossed septum (SCT 386125002)."""

DeviceInsertedIntoSheath: _Final[_Code] = _Code(
    "SCT", "371877003", "Device inserted into sheath", (3422,)
)
"""Device inserted into sheath (SCT 371877003)."""

DeviceUsed: _Final[_Code] = _Code("SCT", "373062004", "Device used", (3422,))
"""Device used (SCT 373062004)."""

DeviceWithdrawnRemoved: _Final[_Code] = _Code(
    "SCT", "371875006", "Device withdrawn / removed", (3422,)
)
"""Device withdrawn / removed (SCT 371875006)."""

DexamethasoneSodiumSulfate: _Final[_Code] = _Code(
    "SCT", "49992008", "Dexamethasone sodium sulfate", (65,)
)
"""Dexamethasone sodium sulfate (SCT 49992008)."""

Dextran: _Final[_Code] = _Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007)."""

Dextrocardia: _Final[_Code] = _Code("SCT", "27637000", "Dextrocardia", (12248,))
"""Dextrocardia (SCT 27637000)."""

DiabeticOnDietaryTreatment: _Final[_Code] = _Code(
    "SCT", "170745003", "Diabetic on Dietary Treatment", (3722,)
)
"""Diabetic on Dietary Treatment (SCT 170745003)."""

DiabeticOnInsulin: _Final[_Code] = _Code("SCT", "170747006", "Diabetic on Insulin", (3722,))
"""Diabetic on Insulin (SCT 170747006)."""

DiabeticOnOralTreatment: _Final[_Code] = _Code(
    "SCT", "170746002", "Diabetic on Oral Treatment", (3722,)
)
"""Diabetic on Oral Treatment (SCT 170746002)."""

DiabeticRetinopathyStudyField1: _Final[_Code] = _Code(
    "SCT", "408734008", "Diabetic Retinopathy Study field 1", (4207,)
)
"""Diabetic Retinopathy Study field 1 (SCT 408734008)."""

DiabeticRetinopathyStudyField2: _Final[_Code] = _Code(
    "SCT", "410434001", "Diabetic Retinopathy Study field 2", (4207,)
)
"""Diabetic Retinopathy Study field 2 (SCT 410434001)."""

DiabeticRetinopathyStudyField3: _Final[_Code] = _Code(
    "SCT", "410435000", "Diabetic Retinopathy Study field 3", (4207,)
)
"""Diabetic Retinopathy Study field 3 (SCT 410435000)."""

DiabeticRetinopathyStudyField4: _Final[_Code] = _Code(
    "SCT", "410436004", "Diabetic Retinopathy Study field 4", (4207,)
)
"""Diabetic Retinopathy Study field 4 (SCT 410436004)."""

DiabeticRetinopathyStudyField5: _Final[_Code] = _Code(
    "SCT", "410437008", "Diabetic Retinopathy Study field 5", (4207,)
)
"""Diabetic Retinopathy Study field 5 (SCT 410437008)."""

DiabeticRetinopathyStudyField6: _Final[_Code] = _Code(
    "SCT", "410438003", "Diabetic Retinopathy Study field 6", (4207,)
)
"""Diabetic Retinopathy Study field 6 (SCT 410438003)."""

DiabeticRetinopathyStudyField7: _Final[_Code] = _Code(
    "SCT", "410439006", "Diabetic Retinopathy Study field 7", (4207,)
)
"""Diabetic Retinopathy Study field 7 (SCT 410439006)."""

DiagnosticAspirationOfBreastCyst: _Final[_Code] = _Code(
    "SCT", "287572003", "Diagnostic aspiration of breast cyst", (6050,)
)
"""Diagnostic aspiration of breast cyst (SCT 287572003)."""

DiagnosticImaging: _Final[_Code] = _Code("SCT", "441662001", "Diagnostic Imaging", (7030,))
"""Diagnostic Imaging (SCT 441662001)."""

DiagnosticIntent: _Final[_Code] = _Code(
    "SCT", "261004008", "Diagnostic Intent", (3629, 4256, 6061, 6319, 7064)
)
"""Diagnostic Intent (SCT 261004008)."""

DiagnosticRadiographyStereotacticLocalization: _Final[_Code] = _Code(
    "SCT", "64318009", "Diagnostic radiography, stereotactic localization", (6060,)
)
"""Diagnostic radiography, stereotactic localization (SCT 64318009)."""

DiagnosticRadiographyWithContrastMedia: _Final[_Code] = _Code(
    "SCT", "27483000", "Diagnostic radiography with contrast media", (10014,)
)
"""Diagnostic radiography with contrast media (SCT 27483000)."""

DiagnosticRadioisotope: _Final[_Code] = _Code("SCT", "17600005", "Diagnostic radioisotope", (25,))
"""Diagnostic radioisotope (SCT 17600005)."""

DiagnosticUltrasonography: _Final[_Code] = _Code(
    "SCT", "16310003", "Diagnostic ultrasonography", (6029,)
)
"""Diagnostic ultrasonography (SCT 16310003)."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

DiameterOfCircumscribedCircle: _Final[_Code] = _Code(
    "SCT", "131192006", "Diameter of circumscribed circle", (7470,)
)
"""Diameter of circumscribed circle (SCT 131192006)."""

DiamondBlackStain: _Final[_Code] = _Code("SCT", "72572003", "diamond black stain", (8112,))
"""diamond black stain (SCT 72572003)."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000)."""

DiaphragmaticLymphNode: _Final[_Code] = _Code(
    "SCT", "196751009", "diaphragmatic lymph node", (7600,)
)
"""diaphragmatic lymph node (SCT 196751009)."""

Diastasis: _Final[_Code] = _Code("SCT", "444469002", "Diastasis", (12233, 12307))
"""Diastasis (SCT 444469002)."""

Diastole: _Final[_Code] = _Code("SCT", "90892000", "Diastole", (3472, 12233, 12307))
"""Diastole (SCT 90892000)."""

DiastolicPressure: _Final[_Code] = _Code("SCT", "271650006", "Diastolic Pressure", (3641,))
"""Diastolic Pressure (SCT 271650006)."""

DiastolicRapidInflow: _Final[_Code] = _Code(
    "SCT", "444392003", "Diastolic Rapid Inflow", (12233, 12307)
)
"""Diastolic Rapid Inflow (SCT 444392003)."""

Diatrizoate: _Final[_Code] = _Code("SCT", "12335007", "Diatrizoate", (12,))
"""Diatrizoate (SCT 12335007)."""

Diazepam: _Final[_Code] = _Code("SCT", "387264003", "Diazepam", (625,))
"""Diazepam (SCT 387264003)."""

DibromofluoresceinStain: _Final[_Code] = _Code(
    "SCT", "17172002", "dibromofluorescein stain", (8112,)
)
"""dibromofluorescein stain (SCT 17172002)."""

DichroicBeamsplitter: _Final[_Code] = _Code("SCT", "445316008", "Dichroic beamsplitter", (8124,))
"""Dichroic beamsplitter (SCT 445316008)."""

Diencephalon: _Final[_Code] = _Code("SCT", "87563008", "Diencephalon", (7153,))
"""Diencephalon (SCT 87563008)."""

DiethylEther: _Final[_Code] = _Code("SCT", "259170003", "Diethyl ether", (624,))
"""Diethyl ether (SCT 259170003)."""

DifferenceInAttenuation: _Final[_Code] = _Code(
    "SCT", "442707000", "Difference in attenuation", (6207,)
)
"""Difference in attenuation (SCT 442707000)."""

DifferenceInBorderDefinition: _Final[_Code] = _Code(
    "SCT", "442688001", "Difference in border definition", (6134,)
)
"""Difference in border definition (SCT 442688001)."""

DifferenceInBorderShape: _Final[_Code] = _Code(
    "SCT", "442755000", "Difference in border shape", (6134,)
)
"""Difference in border shape (SCT 442755000)."""

DifferenceInDistribution: _Final[_Code] = _Code(
    "SCT", "442704007", "Difference in distribution", (6134,)
)
"""Difference in distribution (SCT 442704007)."""

DifferenceInLocation_129808005: _Final[_Code] = _Code(
    "SCT", "129808005", "Difference in location", (6037,)
)
"""Difference in location (SCT 129808005)."""

DifferenceInLocation_442726008: _Final[_Code] = _Code(
    "SCT", "442726008", "Difference in location", (6133, 6207)
)
"""Difference in location (SCT 442726008)."""

DifferenceInMargin: _Final[_Code] = _Code("SCT", "129812004", "Difference in margin", (6038,))
"""Difference in margin (SCT 129812004)."""

DifferenceInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129810007", "Difference in number of calcifications", (6037,)
)
"""Difference in number of calcifications (SCT 129810007)."""

DifferenceInOpacity: _Final[_Code] = _Code("SCT", "129807000", "Difference in opacity", (6037,))
"""Difference in opacity (SCT 129807000)."""

DifferenceInShape: _Final[_Code] = _Code("SCT", "129811006", "Difference in shape", (6038,))
"""Difference in shape (SCT 129811006)."""

DifferenceInSiteInvolvement: _Final[_Code] = _Code(
    "SCT", "442711006", "Difference in site involvement", (6134,)
)
"""Difference in site involvement (SCT 442711006)."""

DifferenceInSize_129806009: _Final[_Code] = _Code("SCT", "129806009", "Difference in size", (6037,))
"""Difference in size (SCT 129806009)."""

DifferenceInSize_442714003: _Final[_Code] = _Code(
    "SCT", "442714003", "Difference in size", (6133, 6207)
)
"""Difference in size (SCT 442714003)."""

DifferenceInSpatialProximity: _Final[_Code] = _Code(
    "SCT", "129809002", "Difference in spatial proximity", (6037,)
)
"""Difference in spatial proximity (SCT 129809002)."""

DifferenceInSubstance: _Final[_Code] = _Code("SCT", "442691001", "Difference in substance", (6134,))
"""Difference in substance (SCT 442691001)."""

DifferenceInSymmetry: _Final[_Code] = _Code("SCT", "129813009", "Difference in symmetry", (6038,))
"""Difference in symmetry (SCT 129813009)."""

DifferenceInTexture: _Final[_Code] = _Code("SCT", "442700003", "Difference in Texture", (6134,))
"""Difference in Texture (SCT 442700003)."""

Diffuse: _Final[_Code] = _Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000)."""

DiffuseCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129764001", "Diffuse calcification distribution", (6013,)
)
"""Diffuse calcification distribution (SCT 129764001)."""

DiffuseDisease: _Final[_Code] = _Code("SCT", "371915000", "Diffuse Disease", (3712,))
"""Diffuse Disease (SCT 371915000)."""

DiffuseFibroelastosis: _Final[_Code] = _Code("SCT", "125358004", "diffuse fibroelastosis", (3817,))
"""diffuse fibroelastosis (SCT 125358004)."""

DiffuseInflammatoryErythema: _Final[_Code] = _Code(
    "SCT", "402603005", "Diffuse inflammatory erythema", (60,)
)
"""Diffuse inflammatory erythema (SCT 402603005)."""

Digit: _Final[_Code] = _Code("SCT", "82680008", "Digit", (7483,))
"""Digit (SCT 82680008)."""

DigitalArteryOfHand: _Final[_Code] = _Code("SCT", "40254007", "Digital artery of hand", (12107,))
"""Digital artery of hand (SCT 40254007)."""

DigitalExaminationOfRectum: _Final[_Code] = _Code(
    "SCT", "410006001", "Digital Examination of Rectum", (6321,)
)
"""Digital Examination of Rectum (SCT 410006001)."""

DigitalImager: _Final[_Code] = _Code("SCT", "468440006", "Digital imager", (7026, 7027, 9268, 9271))
"""Digital imager (SCT 468440006)."""

DigitalImagingScannerComputedRadiography: _Final[_Code] = _Code(
    "SCT", "468886001", "Digital imaging scanner, computed radiography", (9268,)
)
"""Digital imaging scanner, computed radiography (SCT 468886001)."""

Digoxin: _Final[_Code] = _Code("SCT", "796001", "Digoxin", (10,))
"""Digoxin (SCT 796001)."""

Dilatation: _Final[_Code] = _Code("SCT", "25322007", "dilatation", (3810,))
"""dilatation (SCT 25322007)."""

DilatedPortionOfSegment: _Final[_Code] = _Code(
    "SCT", "413996005", "Dilated portion of segment", (12116,)
)
"""Dilated portion of segment (SCT 413996005)."""

DilationAndCurettage: _Final[_Code] = _Code("SCT", "13091001", "Dilation and curettage", (6082,))
"""Dilation and curettage (SCT 13091001)."""

Diphenhydramine: _Final[_Code] = _Code("SCT", "372682005", "Diphenhydramine", (65,))
"""Diphenhydramine (SCT 372682005)."""

Dipyridamole: _Final[_Code] = _Code("SCT", "66859009", "Dipyridamole", (3204,))
"""Dipyridamole (SCT 66859009)."""

DipyridamoleStressProtocol: _Final[_Code] = _Code(
    "SCT", "422685009", "Dipyridamole Stress protocol", (3261,)
)
"""Dipyridamole Stress protocol (SCT 422685009)."""

DirectOphthalmoscope: _Final[_Code] = _Code("SCT", "409900009", "Direct Ophthalmoscope", (4202,))
"""Direct Ophthalmoscope (SCT 409900009)."""

DirectionalCoronaryAtherectomyDCADevice: _Final[_Code] = _Code(
    "SCT", "371796006", "Directional Coronary Atherectomy (DCA) Device", (3411,)
)
"""Directional Coronary Atherectomy (DCA) Device (SCT 371796006)."""

Disabled: _Final[_Code] = _Code("SCT", "21134002", "Disabled", (3772,))
"""Disabled (SCT 21134002)."""

Discoid: _Final[_Code] = _Code("SCT", "255282008", "Discoid", (6128,))
"""Discoid (SCT 255282008)."""

DiscolorationOfSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "290069002", "Discoloration of skin of breast", (6055,)
)
"""Discoloration of skin of breast (SCT 290069002)."""

Disease: _Final[_Code] = _Code("SCT", "64572001", "Disease", (3769,))
"""Disease (SCT 64572001)."""

DisorderOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "271989003", "Disorder of breast implant", (6055,)
)
"""Disorder of breast implant (SCT 271989003)."""

Dissection: _Final[_Code] = _Code("SCT", "122459003", "Dissection", (8110,))
"""Dissection (SCT 122459003)."""

Disseminated: _Final[_Code] = _Code("SCT", "65709003", "Disseminated", (6128,))
"""Disseminated (SCT 65709003)."""

DisseminatedMalignancyOfUnknownPrimary: _Final[_Code] = _Code(
    "SCT", "255052006", "Disseminated malignancy of unknown primary", (6055,)
)
"""Disseminated malignancy of unknown primary (SCT 255052006)."""

Distal: _Final[_Code] = _Code("SCT", "46053002", "Distal", (2, 5, 212, 12116, 12281))
"""Distal (SCT 46053002)."""

DistalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "6511003", "Distal Circumflex Coronary Artery", (3014, 12292)
)
"""Distal Circumflex Coronary Artery (SCT 6511003)."""

DistalFemur: _Final[_Code] = _Code("SCT", "310652005", "Distal Femur", (7304,))
"""Distal Femur (SCT 310652005)."""

DistalHumerus: _Final[_Code] = _Code("SCT", "118495001", "Distal Humerus", (7304,))
"""Distal Humerus (SCT 118495001)."""

DistalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "36672000", "Distal Left Anterior Descending Coronary Artery", (3014,)
)
"""Distal Left Anterior Descending Coronary Artery (SCT 36672000)."""

DistalRadius: _Final[_Code] = _Code("SCT", "75129005", "Distal Radius", (7304,))
"""Distal Radius (SCT 75129005)."""

DistalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "41879009", "Distal Right Coronary Artery", (3014,)
)
"""Distal Right Coronary Artery (SCT 41879009)."""

DistalTibia: _Final[_Code] = _Code("SCT", "64605006", "Distal Tibia", (7304,))
"""Distal Tibia (SCT 64605006)."""

DistalUlna: _Final[_Code] = _Code("SCT", "91238003", "Distal Ulna", (7304,))
"""Distal Ulna (SCT 91238003)."""

DistilledWater: _Final[_Code] = _Code("SCT", "444883009", "Distilled water", (610,))
"""Distilled water (SCT 444883009)."""

Diuretic_30492008: _Final[_Code] = _Code("SCT", "30492008", "Diuretic", (10, 3760))
"""Diuretic (SCT 30492008)."""

Diuretic_372695000: _Final[_Code] = _Code("SCT", "372695000", "Diuretic", (622,))
"""Diuretic (SCT 372695000)."""

Diverticulum: _Final[_Code] = _Code("SCT", "31113003", "diverticulum", (3810, 6201))
"""diverticulum (SCT 31113003)."""

Dizziness: _Final[_Code] = _Code("SCT", "404640003", "Dizziness", (3220,))
"""Dizziness (SCT 404640003)."""

Dobutamine: _Final[_Code] = _Code("SCT", "26523005", "Dobutamine", (3204,))
"""Dobutamine (SCT 26523005)."""

DobutamineStressProtocol: _Final[_Code] = _Code(
    "SCT", "424225000", "Dobutamine Stress protocol", (3261,)
)
"""Dobutamine Stress protocol (SCT 424225000)."""

DoddPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128554002", "Dodd's perforating vein", (3010, 3607)
)
"""Dodd's perforating vein (SCT 128554002)."""

Doppler: _Final[_Code] = _Code("SCT", "420717009", "Doppler", (3442,))
"""Doppler (SCT 420717009)."""

DopplerCatheterMethod: _Final[_Code] = _Code("SCT", "133911005", "Doppler catheter method", (3241,))
"""Doppler catheter method (SCT 133911005)."""

DopplerColorFlow: _Final[_Code] = _Code("SCT", "261197005", "Doppler Color Flow", (12224,))
"""Doppler Color Flow (SCT 261197005)."""

DopplerContinuousWave: _Final[_Code] = _Code(
    "SCT", "261198000", "Doppler Continuous Wave", (12224,)
)
"""Doppler Continuous Wave (SCT 261198000)."""

DopplerPulsed: _Final[_Code] = _Code("SCT", "261199008", "Doppler Pulsed", (12224,))
"""Doppler Pulsed (SCT 261199008)."""

Dorsal20DegreeRostralVentrocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442745004", "Dorsal 20 degree rostral-ventrocaudal oblique", (7484,)
)
"""Dorsal 20 degree rostral-ventrocaudal oblique (SCT 442745004)."""

Dorsal35DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442746003", "Dorsal 35 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 35 degree lateral-palmaromedial oblique (SCT 442746003)."""

Dorsal35DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442606004", "Dorsal 35 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 35 degree lateral-plantaromedial oblique (SCT 442606004)."""

Dorsal35DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442583001", "Dorsal 35 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 35 degree medial-palmarolateral oblique (SCT 442583001)."""

Dorsal35DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442608003", "Dorsal 35 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 35 degree medial-plantarolateral oblique (SCT 442608003)."""

Dorsal40DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442585008", "Dorsal 40 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 40 degree lateral-plantaromedial oblique (SCT 442585008)."""

Dorsal40DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442621005", "Dorsal 40 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 40 degree medial-palmarolateral oblique (SCT 442621005)."""

Dorsal40DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442622003", "Dorsal 40 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 40 degree medial-plantarolateral oblique (SCT 442622003)."""

Dorsal45DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442597009", "Dorsal 45 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 45 degree lateral-palmaromedial oblique (SCT 442597009)."""

Dorsal45DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442643002", "Dorsal 45 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 45 degree lateral-plantaromedial oblique (SCT 442643002)."""

Dorsal45DegreeMedialPalmarolateral: _Final[_Code] = _Code(
    "SCT", "442623008", "Dorsal 45 degree medial-palmarolateral", (7484,)
)
"""Dorsal 45 degree medial-palmarolateral (SCT 442623008)."""

Dorsal45DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442600005", "Dorsal 45 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 45 degree medial-plantarolateral oblique (SCT 442600005)."""

Dorsal60DegreeLateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442639001", "Dorsal 60 degree lateral-palmaromedial oblique", (7484,)
)
"""Dorsal 60 degree lateral-palmaromedial oblique (SCT 442639001)."""

Dorsal60DegreeLateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442601009", "Dorsal 60 degree lateral-plantaromedial oblique", (7484,)
)
"""Dorsal 60 degree lateral-plantaromedial oblique (SCT 442601009)."""

Dorsal60DegreeMedialPalmarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442602002", "Dorsal 60 degree medial-palmarolateral oblique", (7484,)
)
"""Dorsal 60 degree medial-palmarolateral oblique (SCT 442602002)."""

Dorsal60DegreeMedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442641000", "Dorsal 60 degree medial-plantarolateral oblique", (7484,)
)
"""Dorsal 60 degree medial-plantarolateral oblique (SCT 442641000)."""

Dorsal65DegreeProximalPalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442609006", "Dorsal 65 degree proximal-palmarodistal oblique", (7484,)
)
"""Dorsal 65 degree proximal-palmarodistal oblique (SCT 442609006)."""

Dorsal65DegreeProximalPlantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442624002", "Dorsal 65 degree proximal-plantarodistal oblique", (7484,)
)
"""Dorsal 65 degree proximal-plantarodistal oblique (SCT 442624002)."""

DorsalAspectOfScapula: _Final[_Code] = _Code("SCT", "51698000", "Dorsal aspect of scapula", (6115,))
"""Dorsal aspect of scapula (SCT 51698000)."""

DorsalFuniculus: _Final[_Code] = _Code("SCT", "59752008", "dorsal funiculus", (7707,))
"""dorsal funiculus (SCT 59752008)."""

DorsalScapularArtery: _Final[_Code] = _Code("SCT", "91732003", "Dorsal scapular artery", (6117,))
"""Dorsal scapular artery (SCT 91732003)."""

DorsalisPedisArtery: _Final[_Code] = _Code(
    "SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109)
)
"""Dorsalis Pedis Artery (SCT 86547008)."""

DorsoVentral: _Final[_Code] = _Code("SCT", "441672003", "Dorso-ventral", (7484,))
"""Dorso-ventral (SCT 441672003)."""

DorsolateralPalmaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442657000", "Dorsolateral-palmaromedial oblique", (7484,)
)
"""Dorsolateral-palmaromedial oblique (SCT 442657000)."""

DorsolateralPlantaromedialOblique: _Final[_Code] = _Code(
    "SCT", "442610001", "Dorsolateral-plantaromedial oblique", (7484,)
)
"""Dorsolateral-plantaromedial oblique (SCT 442610001)."""

DorsomedialPalmarolateral: _Final[_Code] = _Code(
    "SCT", "442729001", "Dorsomedial-palmarolateral", (7484,)
)
"""Dorsomedial-palmarolateral (SCT 442729001)."""

DorsomedialPlantarolateralOblique: _Final[_Code] = _Code(
    "SCT", "442611002", "Dorsomedial-plantarolateral oblique", (7484,)
)
"""Dorsomedial-plantarolateral oblique (SCT 442611002)."""

Dorsopalmar: _Final[_Code] = _Code("SCT", "441505008", "Dorsopalmar", (7484,))
"""Dorsopalmar (SCT 441505008)."""

Dorsoplantar: _Final[_Code] = _Code("SCT", "399335002", "dorsoplantar", (4010, 7484))
"""dorsoplantar (SCT 399335002)."""

DorsoproximalPalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442744000", "Dorsoproximal-palmarodistal oblique", (7484,)
)
"""Dorsoproximal-palmarodistal oblique (SCT 442744000)."""

DorsoproximalPlantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442592003", "Dorsoproximal-plantarodistal oblique", (7484,)
)
"""Dorsoproximal-plantarodistal oblique (SCT 442592003)."""

DorsorostralVentrocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442659002", "Dorsorostral-ventrocaudal oblique", (7484,)
)
"""Dorsorostral-ventrocaudal oblique (SCT 442659002)."""

Dosage: _Final[_Code] = _Code("SCT", "260911001", "Dosage", (6092,))
"""Dosage (SCT 260911001)."""

Dosimeter: _Final[_Code] = _Code("SCT", "15869005", "Dosimeter", (10010, 10020))
"""Dosimeter (SCT 15869005)."""

DotatateGa68: _Final[_Code] = _Code("SCT", "724025002", "Dotatate Ga^68^", (4021,))
"""Dotatate Ga^68^ (SCT 724025002)."""

DoubleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "194843003", "Double vessel coronary artery disease.", (3728,)
)
"""Double vessel coronary artery disease. (SCT 194843003)."""

Down: _Final[_Code] = _Code("SCT", "255518004", "Down", (4215,))
"""Down (SCT 255518004)."""

Downgaze: _Final[_Code] = _Code("SCT", "255521002", "Downgaze", (4201,))
"""Downgaze (SCT 255521002)."""

DropShaped: _Final[_Code] = _Code("SCT", "1312007", "Drop-shaped", (6340,))
"""Drop-shaped (SCT 1312007)."""

Droperidol: _Final[_Code] = _Code("SCT", "387146001", "Droperidol", (625,))
"""Droperidol (SCT 387146001)."""

Drowsy: _Final[_Code] = _Code("SCT", "271782001", "Drowsy", (3035, 3050))
"""Drowsy (SCT 271782001)."""

DrugDiluent: _Final[_Code] = _Code("SCT", "74626007", "Drug diluent", (622,))
"""Drug diluent (SCT 74626007)."""

DrugInducedDizziness: _Final[_Code] = _Code("SCT", "473188002", "Drug Induced Dizziness", (60,))
"""Drug Induced Dizziness (SCT 473188002)."""

DrugInducedFlushing: _Final[_Code] = _Code("SCT", "403618004", "Drug induced Flushing", (60,))
"""Drug induced Flushing (SCT 403618004)."""

DrugInducedHypotension: _Final[_Code] = _Code("SCT", "234171009", "Drug-induced hypotension", (60,))
"""Drug-induced hypotension (SCT 234171009)."""

DrugInfusionChallenge: _Final[_Code] = _Code(
    "SCT", "133882006", "Drug Infusion Challenge", (3250, 3271, 3651)
)
"""Drug Infusion Challenge (SCT 133882006)."""

DrugMisuseBehavior: _Final[_Code] = _Code("SCT", "228366006", "Drug misuse behavior", (3774,))
"""Drug misuse behavior (SCT 228366006)."""

DrugRash: _Final[_Code] = _Code("SCT", "28926001", "Drug Rash", (60,))
"""Drug Rash (SCT 28926001)."""

DryEyesProblem: _Final[_Code] = _Code("SCT", "162290004", "Dry Eyes Problem", (4222,))
"""Dry Eyes Problem (SCT 162290004)."""

DualCatheterMethod: _Final[_Code] = _Code("SCT", "128573003", "Dual catheter method", (3241,))
"""Dual catheter method (SCT 128573003)."""

DualDiffuseDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410461001", "Dual diffuse direct illumination", (4203,)
)
"""Dual diffuse direct illumination (SCT 410461001)."""

DualEnergyXRayAbsorptiometry: _Final[_Code] = _Code(
    "SCT", "241686001", "Dual energy X-Ray absorptiometry", (10005,)
)
"""Dual energy X-Ray absorptiometry (SCT 241686001)."""

DuctalHyperplasiaUsual: _Final[_Code] = _Code(
    "SCT", "67617000", "Ductal hyperplasia, Usual", (6031,)
)
"""Ductal hyperplasia, Usual (SCT 67617000)."""

DukeTreadmillScore: _Final[_Code] = _Code("SCT", "304915008", "Duke treadmill score", (3238,))
"""Duke treadmill score (SCT 304915008)."""

Dunlap: _Final[_Code] = _Code("SCT", "399303002", "Dunlap", (4012,))
"""Dunlap (SCT 399303002)."""

Duodenum: _Final[_Code] = _Code("SCT", "38848004", "Duodenum", (4031,))
"""Duodenum (SCT 38848004)."""

DuraMater: _Final[_Code] = _Code("SCT", "18545000", "Dura mater", (5, 7153))
"""Dura mater (SCT 18545000)."""

DurazolRedStain: _Final[_Code] = _Code("SCT", "11780008", "durazol red stain", (8112,))
"""durazol red stain (SCT 11780008)."""

During: _Final[_Code] = _Code("SCT", "272114000", "During", (3600,))
"""During (SCT 272114000)."""

DuringMenopause: _Final[_Code] = _Code("SCT", "303111005", "During menopause", (6086,))
"""During menopause (SCT 303111005)."""

DuringProcedure: _Final[_Code] = _Code("SCT", "307154001", "During Procedure", (12102,))
"""During Procedure (SCT 307154001)."""

DyeDilution: _Final[_Code] = _Code("SCT", "373104003", "Dye Dilution", (3628,))
"""Dye Dilution (SCT 373104003)."""

DyeDilutionCardiacOutputWaveform: _Final[_Code] = _Code(
    "SCT", "128455004", "Dye dilution cardiac output waveform", (3003,)
)
"""Dye dilution cardiac output waveform (SCT 128455004)."""

DynamicMagneticResonanceImagingOfKnee: _Final[_Code] = _Code(
    "SCT", "433139009", "Dynamic magnetic resonance imaging of knee", (100,)
)
"""Dynamic magnetic resonance imaging of knee (SCT 433139009)."""

DynamicMagneticResonanceImagingOfPelvis: _Final[_Code] = _Code(
    "SCT", "446315002", "Dynamic magnetic resonance imaging of pelvis", (100,)
)
"""Dynamic magnetic resonance imaging of pelvis (SCT 446315002)."""

Dyskinesis: _Final[_Code] = _Code("SCT", "25437005", "Dyskinesis", (3703,))
"""Dyskinesis (SCT 25437005)."""

Dyspnea: _Final[_Code] = _Code("SCT", "267036007", "Dyspnea", (60, 3201, 3220, 3221, 12246))
"""Dyspnea (SCT 267036007)."""

DystrophicCalcification: _Final[_Code] = _Code(
    "SCT", "129750001", "Dystrophic calcification", (6011,)
)
"""Dystrophic calcification (SCT 129750001)."""

ECGAnalysis: _Final[_Code] = _Code("SCT", "258181008", "ECG analysis", (3215,))
"""ECG analysis (SCT 258181008)."""

ECGEquivocal: _Final[_Code] = _Code("SCT", "370359005", "ECG Equivocal", (3677,))
"""ECG Equivocal (SCT 370359005)."""

EDTAGa68: _Final[_Code] = _Code("SCT", "423498000", "EDTA Ga^68^", (4021,))
"""EDTA Ga^68^ (SCT 423498000)."""

EEG: _Final[_Code] = _Code("SCT", "54550000", "EEG", (3049,))
"""EEG (SCT 54550000)."""

ELMExternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "76710003", "ELM - External limiting membrane", (4273,)
)
"""ELM - External limiting membrane (SCT 76710003)."""

Ear: _Final[_Code] = _Code("SCT", "117590005", "Ear", (4,))
"""Ear (SCT 117590005)."""

EarlyDiastole: _Final[_Code] = _Code("SCT", "444389002", "Early Diastole", (12233,))
"""Early Diastole (SCT 444389002)."""

EarlyRepolarization: _Final[_Code] = _Code("SCT", "428417006", "Early repolarization", (3230,))
"""Early repolarization (SCT 428417006)."""

Eccentric: _Final[_Code] = _Code("SCT", "255380003", "Eccentric", (3491, 3806))
"""Eccentric (SCT 255380003)."""

EccentricFixation: _Final[_Code] = _Code("SCT", "251786004", "Eccentric Fixation", (4221,))
"""Eccentric Fixation (SCT 251786004)."""

Echocardiography: _Final[_Code] = _Code(
    "SCT", "40701008", "Echocardiography", (3206, 3744, 3757, 12001)
)
"""Echocardiography (SCT 40701008)."""

Ectatic: _Final[_Code] = _Code("SCT", "386140000", "Ectatic", (3712,))
"""Ectatic (SCT 386140000)."""

EctopicAccessoryBreastTissue: _Final[_Code] = _Code(
    "SCT", "1896004", "Ectopic (accessory) breast tissue", (6031,)
)
"""Ectopic (accessory) breast tissue (SCT 1896004)."""

Eczema: _Final[_Code] = _Code("SCT", "43116000", "Eczema", (4405,))
"""Eczema (SCT 43116000)."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002)."""

EdemaOfFetalChestWall: _Final[_Code] = _Code(
    "SCT", "443115002", "Edema of fetal chest wall", (12249,)
)
"""Edema of fetal chest wall (SCT 443115002)."""

EdemaOfFetalScalp: _Final[_Code] = _Code("SCT", "443168008", "Edema of fetal scalp", (12249,))
"""Edema of fetal scalp (SCT 443168008)."""

Edge: _Final[_Code] = _Code("SCT", "57183005", "Edge", (2,))
"""Edge (SCT 57183005)."""

Efferent: _Final[_Code] = _Code("SCT", "33843005", "Efferent", (2,))
"""Efferent (SCT 33843005)."""

Effusion: _Final[_Code] = _Code("SCT", "41699000", "Effusion", (12280,))
"""Effusion (SCT 41699000)."""

EggshellCalcification: _Final[_Code] = _Code(
    "SCT", "129751002", "Eggshell calcification", (6011, 6132)
)
"""Eggshell calcification (SCT 129751002)."""

EighthIntercostalSpace: _Final[_Code] = _Code("SCT", "117140004", "Eighth Intercostal Space", (5,))
"""Eighth Intercostal Space (SCT 117140004)."""

ElasticVascularSclerosis: _Final[_Code] = _Code(
    "SCT", "19952003", "elastic vascular sclerosis", (3817,)
)
"""elastic vascular sclerosis (SCT 19952003)."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009)."""

Elective: _Final[_Code] = _Code("SCT", "8715000", "Elective", (3729,))
"""Elective (SCT 8715000)."""

ElectiveProcedure: _Final[_Code] = _Code("SCT", "103390000", "Elective Procedure", (3414,))
"""Elective Procedure (SCT 103390000)."""

ElectricBlanket: _Final[_Code] = _Code("SCT", "79811009", "Electric blanket", (635,))
"""Electric blanket (SCT 79811009)."""

ElectricHeatingPad: _Final[_Code] = _Code("SCT", "27812008", "Electric heating pad", (635,))
"""Electric heating pad (SCT 27812008)."""

Electron: _Final[_Code] = _Code("SCT", "46602004", "Electron", (9525,))
"""Electron (SCT 46602004)."""

ElectronMicroscopyGrid: _Final[_Code] = _Code(
    "SCT", "434533009", "Electron microscopy grid", (8101,)
)
"""Electron microscopy grid (SCT 434533009)."""

ElectrophysiologyMappingPhase: _Final[_Code] = _Code(
    "SCT", "129092004", "Electrophysiology Mapping phase", (3254,)
)
"""Electrophysiology Mapping phase (SCT 129092004)."""

ElectrophysiologyProcedureBaselinePhase: _Final[_Code] = _Code(
    "SCT", "129082007", "Electrophysiology procedure baseline phase", (3254,)
)
"""Electrophysiology procedure baseline phase (SCT 129082007)."""

EleventhIntercostalSpace: _Final[_Code] = _Code(
    "SCT", "117143002", "Eleventh Intercostal Space", (5,)
)
"""Eleventh Intercostal Space (SCT 117143002)."""

EllestadProtocol: _Final[_Code] = _Code("SCT", "129098000", "Ellestad protocol", (3261,))
"""Ellestad protocol (SCT 129098000)."""

Embolism: _Final[_Code] = _Code("SCT", "55584005", "embolism", (3805, 3810, 3815, 7159))
"""embolism (SCT 55584005)."""

EmbolizationBall: _Final[_Code] = _Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000)."""

EmbolizationCoil: _Final[_Code] = _Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001)."""

EmbolizationParticulate: _Final[_Code] = _Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004)."""

EmergencyCoronaryArteryBypass: _Final[_Code] = _Code(
    "SCT", "414088005", "Emergency Coronary Artery Bypass", (3755,)
)
"""Emergency Coronary Artery Bypass (SCT 414088005)."""

EmergencyDepartment: _Final[_Code] = _Code("SCT", "50849002", "Emergency Department", (3729,))
"""Emergency Department (SCT 50849002)."""

EmergencyDepartmentPatientVisit: _Final[_Code] = _Code(
    "SCT", "4525004", "Emergency Department patient visit", (3671,)
)
"""Emergency Department patient visit (SCT 4525004)."""

EmergencyPercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "414089002", "Emergency Percutaneous Coronary Intervention", (3755,)
)
"""Emergency Percutaneous Coronary Intervention (SCT 414089002)."""

EmergencyProcedure: _Final[_Code] = _Code("SCT", "373110003", "Emergency procedure", (3671,))
"""Emergency procedure (SCT 373110003)."""

EmergentProcedure: _Final[_Code] = _Code("SCT", "25876001", "Emergent Procedure", (3414,))
"""Emergent Procedure (SCT 25876001)."""

EmptyRectum: _Final[_Code] = _Code("SCT", "249599008", "Empty Rectum", (9272,))
"""Empty Rectum (SCT 249599008)."""

Encapsulated: _Final[_Code] = _Code("SCT", "59135002", "Encapsulated", (6342,))
"""Encapsulated (SCT 59135002)."""

EndDiastole: _Final[_Code] = _Code("SCT", "416190007", "End Diastole", (3337, 12233, 12307))
"""End Diastole (SCT 416190007)."""

EndOfProtocol: _Final[_Code] = _Code("SCT", "255253007", "End of Protocol", (3221,))
"""End of Protocol (SCT 255253007)."""

EndSystole: _Final[_Code] = _Code("SCT", "416430001", "End Systole", (12233, 12307))
"""End Systole (SCT 416430001)."""

Ended: _Final[_Code] = _Code("SCT", "385656004", "Ended", (3773,))
"""Ended (SCT 385656004)."""

EndoNasal: _Final[_Code] = _Code("SCT", "53342003", "Endo-nasal", (4, 8134))
"""Endo-nasal (SCT 53342003)."""

EndoNasopharyngeal: _Final[_Code] = _Code("SCT", "18962004", "Endo-nasopharyngeal", (4,))
"""Endo-nasopharyngeal (SCT 18962004)."""

EndoVesical: _Final[_Code] = _Code("SCT", "48367006", "Endo-vesical", (4,))
"""Endo-vesical (SCT 48367006)."""

Endocardial: _Final[_Code] = _Code("SCT", "304059001", "endocardial", (3843,))
"""endocardial (SCT 304059001)."""

EndocrineSurgery: _Final[_Code] = _Code("SCT", "309979005", "Endocrine Surgery", (7030,))
"""Endocrine Surgery (SCT 309979005)."""

Endocrinology: _Final[_Code] = _Code("SCT", "309925001", "Endocrinology", (7030,))
"""Endocrinology (SCT 309925001)."""

EndometrialBiopsy: _Final[_Code] = _Code("SCT", "386802000", "Endometrial biopsy", (6082,))
"""Endometrial biopsy (SCT 386802000)."""

Endometrium: _Final[_Code] = _Code("SCT", "2739003", "Endometrium", (12023,))
"""Endometrium (SCT 2739003)."""

Endoscopy: _Final[_Code] = _Code("SCT", "310030000", "Endoscopy", (7030,))
"""Endoscopy (SCT 310030000)."""

EndotrachealTube: _Final[_Code] = _Code("SCT", "26412008", "Endotracheal tube", (6404,))
"""Endotracheal tube (SCT 26412008)."""

Enflurane: _Final[_Code] = _Code("SCT", "387176008", "Enflurane", (624,))
"""Enflurane (SCT 387176008)."""

Enlarged: _Final[_Code] = _Code("SCT", "260376009", "Enlarged", (6107, 6118))
"""Enlarged (SCT 260376009)."""

EnlargedAorticRoot: _Final[_Code] = _Code("SCT", "373133002", "Enlarged Aortic Root", (3709,))
"""Enlarged Aortic Root (SCT 373133002)."""

Entire: _Final[_Code] = _Code("SCT", "255503000", "Entire", (6347,))
"""Entire (SCT 255503000)."""

EntireBody: _Final[_Code] = _Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002)."""

EntireVessel: _Final[_Code] = _Code("SCT", "361097006", "Entire Vessel", (3019,))
"""Entire Vessel (SCT 361097006)."""

EntorhinalCortex: _Final[_Code] = _Code("SCT", "3937002", "Entorhinal Cortex", (7153,))
"""Entorhinal Cortex (SCT 3937002)."""

Entrapment: _Final[_Code] = _Code("SCT", "363563002", "entrapment", (3805,))
"""entrapment (SCT 363563002)."""

Ephedrine: _Final[_Code] = _Code("SCT", "387358007", "Ephedrine", (65,))
"""Ephedrine (SCT 387358007)."""

Epicardial: _Final[_Code] = _Code("SCT", "261073003", "epicardial", (3843,))
"""epicardial (SCT 261073003)."""

EpicardialEchocardiography: _Final[_Code] = _Code(
    "SCT", "433232009", "Epicardial echocardiography", (3428, 12001)
)
"""Epicardial echocardiography (SCT 433232009)."""

Epicardium: _Final[_Code] = _Code("SCT", "6871001", "Epicardium", (3011,))
"""Epicardium (SCT 6871001)."""

EpidermalInclusionCyst: _Final[_Code] = _Code(
    "SCT", "419670003", "Epidermal inclusion cyst", (6031,)
)
"""Epidermal inclusion cyst (SCT 419670003)."""

Epididymis: _Final[_Code] = _Code("SCT", "87644002", "Epididymis", (8134,))
"""Epididymis (SCT 87644002)."""

EpiduralAnesthesia: _Final[_Code] = _Code("SCT", "18946005", "Epidural anesthesia", (612,))
"""Epidural anesthesia (SCT 18946005)."""

EpigastricLymphNode: _Final[_Code] = _Code("SCT", "60965003", "epigastric lymph node", (7600,))
"""epigastric lymph node (SCT 60965003)."""

EpigastricRegion: _Final[_Code] = _Code("SCT", "27947004", "Epigastric region", (4,))
"""Epigastric region (SCT 27947004)."""

EpilepticConvulsions: _Final[_Code] = _Code("SCT", "84757009", "Epileptic convulsions", (60,))
"""Epileptic convulsions (SCT 84757009)."""

Epinephrine: _Final[_Code] = _Code("SCT", "387362001", "Epinephrine", (10,))
"""Epinephrine (SCT 387362001)."""

EpitrochlearLymphNode: _Final[_Code] = _Code("SCT", "28870006", "epitrochlear lymph node", (7600,))
"""epitrochlear lymph node (SCT 28870006)."""

EpoxyResin: _Final[_Code] = _Code("SCT", "65345002", "Epoxy resin", (8115,))
"""Epoxy resin (SCT 65345002)."""

Equal: _Final[_Code] = _Code("SCT", "9726003", "Equal", (75,))
"""Equal (SCT 9726003)."""

EqualDensityIsodenseLesion: _Final[_Code] = _Code(
    "SCT", "129745007", "Equal density (isodense) lesion", (6009,)
)
"""Equal density (isodense) lesion (SCT 129745007)."""

Equivocal: _Final[_Code] = _Code("SCT", "42425007", "Equivocal", (3120,))
"""Equivocal (SCT 42425007)."""

Equus: _Final[_Code] = _Code("SCT", "388445009", "Equus", (7454,))
"""Equus (SCT 388445009)."""

EquusCaballus: _Final[_Code] = _Code("SCT", "35354009", "Equus caballus", (7454,))
"""Equus caballus (SCT 35354009)."""

ErasoModification: _Final[_Code] = _Code("SCT", "424655003", "Eraso Modification", (4012,))
"""Eraso Modification (SCT 424655003)."""

ErectorSpinaeMuscle: _Final[_Code] = _Code("SCT", "44947003", "Erector spinae muscle", (6116,))
"""Erector spinae muscle (SCT 44947003)."""

ErieGarnetStain: _Final[_Code] = _Code("SCT", "40076005", "erie garnet stain", (8112,))
"""erie garnet stain (SCT 40076005)."""

EriochromeBlueBlackSEStain: _Final[_Code] = _Code(
    "SCT", "58631000", "eriochrome blue black SE stain", (8112,)
)
"""eriochrome blue black SE stain (SCT 58631000)."""

Erythema: _Final[_Code] = _Code("SCT", "247441003", "Erythema", (4406, 4408, 6055))
"""Erythema (SCT 247441003)."""

ErythrosinBStain: _Final[_Code] = _Code("SCT", "7434003", "erythrosin B stain", (8112,))
"""erythrosin B stain (SCT 7434003)."""

ErythrosinYStain: _Final[_Code] = _Code("SCT", "5043000", "erythrosin Y stain", (8112,))
"""erythrosin Y stain (SCT 5043000)."""

EsophagealArtery: _Final[_Code] = _Code("SCT", "206034008", "Esophageal artery", (6117,))
"""Esophageal artery (SCT 206034008)."""

EsophagealHiatus: _Final[_Code] = _Code("SCT", "280062008", "Esophageal Hiatus", (6149,))
"""Esophageal Hiatus (SCT 280062008)."""

EsophagealLymphNode: _Final[_Code] = _Code("SCT", "11899006", "esophageal lymph node", (7600,))
"""esophageal lymph node (SCT 11899006)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

EsophagusStomachAndDuodenum: _Final[_Code] = _Code(
    "SCT", "110861005", "Esophagus, stomach and duodenum", (4031, 4040)
)
"""Esophagus, stomach and duodenum (SCT 110861005)."""

Estimated: _Final[_Code] = _Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

Estrogen: _Final[_Code] = _Code("SCT", "1052201004", "Estrogen", (622,))
"""Estrogen (SCT 1052201004)."""

EstrogenProduct: _Final[_Code] = _Code("SCT", "61946003", "Estrogen product", (6080,))
"""Estrogen product (SCT 61946003)."""

Ethanol: _Final[_Code] = _Code("SCT", "419442005", "Ethanol", (10, 6089, 8114))
"""Ethanol (SCT 419442005)."""

EthmoidBone: _Final[_Code] = _Code("SCT", "52374004", "Ethmoid bone", (4028,))
"""Ethmoid bone (SCT 52374004)."""

EthylVioletStain: _Final[_Code] = _Code("SCT", "65445001", "ethyl violet stain", (8112,))
"""ethyl violet stain (SCT 65445001)."""

Etomidate: _Final[_Code] = _Code("SCT", "387218008", "Etomidate", (625,))
"""Etomidate (SCT 387218008)."""

Europium: _Final[_Code] = _Code("SCT", "767775001", "Europium", (10006,))
"""Europium (SCT 767775001)."""

EvaluationOfMurmur: _Final[_Code] = _Code("SCT", "373112006", "Evaluation of murmur", (3671, 12246))
"""Evaluation of murmur (SCT 373112006)."""

EvaluationProcedure: _Final[_Code] = _Code("SCT", "386053000", "Evaluation procedure", (6028,))
"""Evaluation procedure (SCT 386053000)."""

EvansBlueStain: _Final[_Code] = _Code("SCT", "22931006", "Evans blue stain", (8112,))
"""Evans blue stain (SCT 22931006)."""

EwingSarcoma: _Final[_Code] = _Code("SCT", "76909002", "Ewing's sarcoma", (639,))
"""Ewing's sarcoma (SCT 76909002)."""

EwingSarcomaPeripheralNeuroectodermalTumor: _Final[_Code] = _Code(
    "SCT", "703707001", "Ewing sarcoma / peripheral neuroectodermal tumor", (639,)
)
"""Ewing sarcoma / peripheral neuroectodermal tumor (SCT 703707001)."""

ExaminationOfBreast: _Final[_Code] = _Code("SCT", "46662001", "Examination of breast", (6050,))
"""Examination of breast (SCT 46662001)."""

Excision: _Final[_Code] = _Code("SCT", "65801008", "Excision", (8109,))
"""Excision (SCT 65801008)."""

ExcisionOfSkin: _Final[_Code] = _Code("SCT", "440258006", "Excision of skin", (4409,))
"""Excision of skin (SCT 440258006)."""

Exercise: _Final[_Code] = _Code("SCT", "256235009", "Exercise", (3774,))
"""Exercise (SCT 256235009)."""

ExerciseChallenge: _Final[_Code] = _Code(
    "SCT", "128967005", "Exercise challenge", (3250, 3271, 3651)
)
"""Exercise challenge (SCT 128967005)."""

ExerciseECGEquivocal: _Final[_Code] = _Code("SCT", "370367002", "Exercise ECG equivocal", (3208,))
"""Exercise ECG equivocal (SCT 370367002)."""

ExerciseECGNormal: _Final[_Code] = _Code("SCT", "165082004", "Exercise ECG normal", (3208,))
"""Exercise ECG normal (SCT 165082004)."""

ExerciseState: _Final[_Code] = _Code("SCT", "128976003", "Exercise state", (3262, 3602))
"""Exercise state (SCT 128976003)."""

ExerciseStressECGTest: _Final[_Code] = _Code("SCT", "46136006", "Exercise stress ECG test", (3261,))
"""Exercise stress ECG test (SCT 46136006)."""

ExerciseStressEchocardiography: _Final[_Code] = _Code(
    "SCT", "433233004", "Exercise Stress echocardiography", (3757, 12001)
)
"""Exercise Stress echocardiography (SCT 433233004)."""

ExerciseStressTest: _Final[_Code] = _Code("SCT", "165079009", "Exercise stress test", (3200, 3757))
"""Exercise stress test (SCT 165079009)."""

ExertionalHypertension: _Final[_Code] = _Code(
    "SCT", "429198000", "Exertional hypertension", (3213,)
)
"""Exertional hypertension (SCT 429198000)."""

ExertionalHypotension: _Final[_Code] = _Code("SCT", "429561008", "Exertional hypotension", (3213,))
"""Exertional hypotension (SCT 429561008)."""

ExpandingAneurysm: _Final[_Code] = _Code("SCT", "125272005", "expanding aneurysm", (3808,))
"""expanding aneurysm (SCT 125272005)."""

Expiration: _Final[_Code] = _Code("SCT", "58322009", "expiration", (3823, 12234))
"""expiration (SCT 58322009)."""

Extension: _Final[_Code] = _Code("SCT", "24154002", "Extension", (92,))
"""Extension (SCT 24154002)."""

External: _Final[_Code] = _Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

ExternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "84301002", "External Auditory Meatus", (1002, 4040)
)
"""External Auditory Meatus (SCT 84301002)."""

ExternalCamera: _Final[_Code] = _Code("SCT", "409903006", "External Camera", (4202,))
"""External Camera (SCT 409903006)."""

ExternalCapsule: _Final[_Code] = _Code("SCT", "10517005", "external capsule", (7702,))
"""external capsule (SCT 10517005)."""

ExternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "22286001", "External carotid artery", (3010, 12104)
)
"""External carotid artery (SCT 22286001)."""

ExternalCounterPulsation: _Final[_Code] = _Code(
    "SCT", "371790000", "External Counter-Pulsation", (3553,)
)
"""External Counter-Pulsation (SCT 371790000)."""

ExternalEar: _Final[_Code] = _Code("SCT", "28347008", "External ear", (4028,))
"""External ear (SCT 28347008)."""

ExternalElasticMembrane: _Final[_Code] = _Code(
    "SCT", "414165007", "External Elastic Membrane", (3497,)
)
"""External Elastic Membrane (SCT 414165007)."""

ExternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "113269004", "External iliac artery", (3010, 12109)
)
"""External iliac artery (SCT 113269004)."""

ExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "65349008", "external iliac lymph node", (7600,)
)
"""external iliac lymph node (SCT 65349008)."""

ExternalIliacVein: _Final[_Code] = _Code("SCT", "63507001", "External iliac vein", (3010, 12110))
"""External iliac vein (SCT 63507001)."""

ExternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "53967007", "External intercostal muscle", (6116,)
)
"""External intercostal muscle (SCT 53967007)."""

ExternalJugularVein: _Final[_Code] = _Code("SCT", "71585003", "External jugular vein", (6117,))
"""External jugular vein (SCT 71585003)."""

ExternalMammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "421988007", "external mammary lymph node", (7600,)
)
"""external mammary lymph node (SCT 421988007)."""

ExternalProsthesisForSonographicProcedureStandOff: _Final[_Code] = _Code(
    "SCT", "102322008", "External prosthesis for sonographic procedure [Stand-off]", (5,)
)
"""External prosthesis for sonographic procedure [Stand-off] (SCT 102322008)."""

ExternalRotation: _Final[_Code] = _Code("SCT", "52019005", "External rotation", (92,))
"""External rotation (SCT 52019005)."""

ExtraAbdominalDesmoid: _Final[_Code] = _Code("SCT", "47284001", "Extra abdominal desmoid", (6031,))
"""Extra abdominal desmoid (SCT 47284001)."""

ExtraArticular: _Final[_Code] = _Code("SCT", "87687004", "Extra-articular", (2,))
"""Extra-articular (SCT 87687004)."""

ExtraCorporealCirculation: _Final[_Code] = _Code(
    "SCT", "182744004", "Extra-corporeal circulation", (3553,)
)
"""Extra-corporeal circulation (SCT 182744004)."""

ExtrapulmonaryLymphNodeOfLung: _Final[_Code] = _Code(
    "SCT", "363537007", "extrapulmonary lymph node of lung", (7600,)
)
"""extrapulmonary lymph node of lung (SCT 363537007)."""

ExtremelyDense: _Final[_Code] = _Code("SCT", "129719003", "Extremely dense", (6001,))
"""Extremely dense (SCT 129719003)."""

Extremity: _Final[_Code] = _Code("SCT", "66019005", "Extremity", (4031,))
"""Extremity (SCT 66019005)."""

Eye: _Final[_Code] = _Code("SCT", "81745001", "Eye", (4031, 4209))
"""Eye (SCT 81745001)."""

EyeRadiationShield: _Final[_Code] = _Code("SCT", "469266003", "Eye radiation shield", (9572,))
"""Eye radiation shield (SCT 469266003)."""

EyeRegion: _Final[_Code] = _Code("SCT", "371398005", "Eye region", (4028, 4031))
"""Eye region (SCT 371398005)."""

Eyeball: _Final[_Code] = _Code("SCT", "79652003", "Eyeball", (4028,))
"""Eyeball (SCT 79652003)."""

Eyelash: _Final[_Code] = _Code("SCT", "85803001", "Eyelash", (4029,))
"""Eyelash (SCT 85803001)."""

Eyelid: _Final[_Code] = _Code("SCT", "80243003", "Eyelid", (4, 4209))
"""Eyelid (SCT 80243003)."""

EyelidDisease: _Final[_Code] = _Code("SCT", "60113004", "Eyelid Disease", (4222,))
"""Eyelid Disease (SCT 60113004)."""

Face: _Final[_Code] = _Code("SCT", "89545001", "Face", (4,))
"""Face (SCT 89545001)."""

FacialArtery: _Final[_Code] = _Code("SCT", "23074001", "Facial artery", (3010, 3606))
"""Facial artery (SCT 23074001)."""

FacialBones: _Final[_Code] = _Code("SCT", "91397008", "Facial bones", (4028, 4031, 7304))
"""Facial bones (SCT 91397008)."""

FacialLymphNode: _Final[_Code] = _Code("SCT", "48918001", "facial lymph node", (7600,))
"""facial lymph node (SCT 48918001)."""

FacialNerve: _Final[_Code] = _Code("SCT", "56052001", "facial nerve", (7706,))
"""facial nerve (SCT 56052001)."""

FacialSwelling: _Final[_Code] = _Code("SCT", "278528006", "Facial Swelling", (60,))
"""Facial Swelling (SCT 278528006)."""

FailedAttemptedProcedure: _Final[_Code] = _Code(
    "SCT", "103709008", "Failed attempted procedure", (9,)
)
"""Failed attempted procedure (SCT 103709008)."""

FallopianTube: _Final[_Code] = _Code("SCT", "31435000", "Fallopian tube", (7160,))
"""Fallopian tube (SCT 31435000)."""

FamilyHistoryOfBreastCancer: _Final[_Code] = _Code(
    "SCT", "429740004", "Family history of breast cancer", (6081,)
)
"""Family history of breast cancer (SCT 429740004)."""

FamilyHistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "266894000", "Family history of cardiovascular disease", (3758,)
)
"""Family history of cardiovascular disease (SCT 266894000)."""

FamilyHistoryOfCoronaryArteriosclerosis: _Final[_Code] = _Code(
    "SCT", "430091005", "Family history of coronary arteriosclerosis", (3758,)
)
"""Family history of coronary arteriosclerosis (SCT 430091005)."""

FamilyHistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "160303001", "Family history of diabetes mellitus", (3758,)
)
"""Family history of diabetes mellitus (SCT 160303001)."""

FamilyHistoryOfMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "266897007", "Family history of myocardial infarction", (3758,)
)
"""Family history of myocardial infarction (SCT 266897007)."""

FamilyHistoryUnknown: _Final[_Code] = _Code(
    "SCT", "407559004", "Family history unknown", (3758, 6322)
)
"""Family history unknown (SCT 407559004)."""

FascialLayer: _Final[_Code] = _Code("SCT", "120576005", "Fascial layer", (6148,))
"""Fascial layer (SCT 120576005)."""

FastBlueBBSaltStain: _Final[_Code] = _Code("SCT", "91295002", "fast blue BB salt stain", (8112,))
"""fast blue BB salt stain (SCT 91295002)."""

FastBlueBSaltStain: _Final[_Code] = _Code("SCT", "34700000", "fast blue B salt stain", (8112,))
"""fast blue B salt stain (SCT 34700000)."""

FastBlueRRSaltStain: _Final[_Code] = _Code("SCT", "64112001", "fast blue RR salt stain", (8112,))
"""fast blue RR salt stain (SCT 64112001)."""

FastGarnetGBCSaltStain: _Final[_Code] = _Code(
    "SCT", "89148006", "fast garnet GBC salt stain", (8112,)
)
"""fast garnet GBC salt stain (SCT 89148006)."""

FastGreenFCFStain: _Final[_Code] = _Code("SCT", "24167004", "fast green FCF stain", (8112,))
"""fast green FCF stain (SCT 24167004)."""

FastRedBSaltStain: _Final[_Code] = _Code("SCT", "40718007", "fast red B salt stain", (8112,))
"""fast red B salt stain (SCT 40718007)."""

FastRedITRStain: _Final[_Code] = _Code("SCT", "47486002", "fast red ITR stain", (8112,))
"""fast red ITR stain (SCT 47486002)."""

FastRedTRSaltStain: _Final[_Code] = _Code("SCT", "76633005", "fast red TR salt stain", (8112,))
"""fast red TR salt stain (SCT 76633005)."""

FastSulfonBlackFStain: _Final[_Code] = _Code(
    "SCT", "88660000", "fast sulfon black F stain", (8112,)
)
"""fast sulfon black F stain (SCT 88660000)."""

FastVioletBSaltStain: _Final[_Code] = _Code("SCT", "72371006", "fast violet B salt stain", (8112,))
"""fast violet B salt stain (SCT 72371006)."""

FatContainingRadiolucentLesion: _Final[_Code] = _Code(
    "SCT", "129747004", "Fat containing (radiolucent) lesion", (6009,)
)
"""Fat containing (radiolucent) lesion (SCT 129747004)."""

FatNecrosisOfBreast: _Final[_Code] = _Code("SCT", "21381006", "Fat necrosis of breast", (6031,))
"""Fat necrosis of breast (SCT 21381006)."""

FatRed7BStain: _Final[_Code] = _Code("SCT", "76439002", "fat red 7B stain", (8112,))
"""fat red 7B stain (SCT 76439002)."""

Fat_256674009: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

Fat_55603005: _Final[_Code] = _Code("SCT", "55603005", "Fat", (7166,))
"""Fat (SCT 55603005)."""

Fatal: _Final[_Code] = _Code("SCT", "399166001", "Fatal", (3716,))
"""Fatal (SCT 399166001)."""

Fatigue: _Final[_Code] = _Code("SCT", "84229001", "Fatigue", (3220, 3221))
"""Fatigue (SCT 84229001)."""

FattyDegeneration: _Final[_Code] = _Code("SCT", "29185008", "fatty degeneration", (3802,))
"""fatty degeneration (SCT 29185008)."""

FattyStreaks: _Final[_Code] = _Code("SCT", "53151000", "fatty streaks", (3817,))
"""fatty streaks (SCT 53151000)."""

Feces: _Final[_Code] = _Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002)."""

FeedingTube: _Final[_Code] = _Code("SCT", "25062003", "Feeding tube", (6404,))
"""Feeding tube (SCT 25062003)."""

FeetFirst: _Final[_Code] = _Code("SCT", "102541007", "feet-first", (21,))
"""feet-first (SCT 102541007)."""

Felis: _Final[_Code] = _Code("SCT", "388626009", "Felis", (7454,))
"""Felis (SCT 388626009)."""

FelisCatus: _Final[_Code] = _Code("SCT", "448169003", "Felis catus", (7454,))
"""Felis catus (SCT 448169003)."""

FemaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279479008", "Female external urethral orifice", (4029,)
)
"""Female external urethral orifice (SCT 279479008)."""

FemaleFirstCousin: _Final[_Code] = _Code("SCT", "270002", "Female first cousin", (7451,))
"""Female first cousin (SCT 270002)."""

FemaleGenitalLymphNode: _Final[_Code] = _Code(
    "SCT", "314736006", "female genital lymph node", (7600,)
)
"""female genital lymph node (SCT 314736006)."""

FemaleInternalGenitalia: _Final[_Code] = _Code(
    "SCT", "699886009", "Female internal genitalia", (7160,)
)
"""Female internal genitalia (SCT 699886009)."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral artery", (3010, 3440, 3606))
"""Femoral artery (SCT 7657000)."""

FemoralArteryPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128442000", "Femoral artery pressure waveform", (3003,)
)
"""Femoral artery pressure waveform (SCT 128442000)."""

FemoralHead: _Final[_Code] = _Code("SCT", "2812003", "Femoral head", (1005, 7304))
"""Femoral head (SCT 2812003)."""

FemoralHeadProsthesis: _Final[_Code] = _Code("SCT", "304121006", "Femoral Head Prosthesis", (7308,))
"""Femoral Head Prosthesis (SCT 304121006)."""

FemoralVein: _Final[_Code] = _Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000)."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Ferguson: _Final[_Code] = _Code("SCT", "399372008", "Ferguson", (4012,))
"""Ferguson (SCT 399372008)."""

FerrousChlorideFe59: _Final[_Code] = _Code("SCT", "31192007", "Ferrous chloride Fe^59^", (25,))
"""Ferrous chloride Fe^59^ (SCT 31192007)."""

FerrousCitrateFe59: _Final[_Code] = _Code("SCT", "87958003", "Ferrous citrate Fe^59^", (25,))
"""Ferrous citrate Fe^59^ (SCT 87958003)."""

FerrousSulfateFe59: _Final[_Code] = _Code("SCT", "125001", "Ferrous sulfate Fe^59^", (25,))
"""Ferrous sulfate Fe^59^ (SCT 125001)."""

FetalEchocardiography: _Final[_Code] = _Code("SCT", "433235006", "Fetal echocardiography", (12001,))
"""Fetal echocardiography (SCT 433235006)."""

FetlockOfForelimb: _Final[_Code] = _Code("SCT", "13190002", "Fetlock of forelimb", (7483,))
"""Fetlock of forelimb (SCT 13190002)."""

FetlockOfHindlimb: _Final[_Code] = _Code("SCT", "113351006", "Fetlock of hindlimb", (7483,))
"""Fetlock of hindlimb (SCT 113351006)."""

Fetocide: _Final[_Code] = _Code("SCT", "133874006", "Fetocide (selective reduction)", (9,))
"""Fetocide (selective reduction) (SCT 133874006)."""

FeulgenReactionStain: _Final[_Code] = _Code("SCT", "255797007", "Feulgen reaction stain", (8112,))
"""Feulgen reaction stain (SCT 255797007)."""

Fever: _Final[_Code] = _Code("SCT", "386661006", "Fever", (12246,))
"""Fever (SCT 386661006)."""

FiberopticCatheter: _Final[_Code] = _Code("SCT", "371801001", "Fiberoptic catheter", (3429,))
"""Fiberoptic catheter (SCT 371801001)."""

FiberopticCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133912003", "Fiberoptic catheter method", (3241,)
)
"""Fiberoptic catheter method (SCT 133912003)."""

Fibril: _Final[_Code] = _Code("SCT", "88921000", "Fibril", (637,))
"""Fibril (SCT 88921000)."""

FibrinogenI123: _Final[_Code] = _Code("SCT", "71636003", "Fibrinogen I^123^", (25,))
"""Fibrinogen I^123^ (SCT 71636003)."""

Fibrinolysin: _Final[_Code] = _Code("SCT", "764170006", "Fibrinolysin", (10,))
"""Fibrinolysin (SCT 764170006)."""

Fibroadenoma: _Final[_Code] = _Code("SCT", "254845004", "Fibroadenoma", (6031,))
"""Fibroadenoma (SCT 254845004)."""

FibrocysticDiseaseOfBreast: _Final[_Code] = _Code(
    "SCT", "27431007", "Fibrocystic disease of breast", (6031,)
)
"""Fibrocystic disease of breast (SCT 27431007)."""

Fibroelastosis: _Final[_Code] = _Code("SCT", "72166006", "fibroelastosis", (3817,))
"""fibroelastosis (SCT 72166006)."""

Fibromatosis: _Final[_Code] = _Code("SCT", "19928005", "Fibromatosis", (6031,))
"""Fibromatosis (SCT 19928005)."""

FibromuscularDysplasia: _Final[_Code] = _Code("SCT", "31653004", "fibromuscular dysplasia", (3810,))
"""fibromuscular dysplasia (SCT 31653004)."""

Fibrosarcoma: _Final[_Code] = _Code("SCT", "53654007", "Fibrosarcoma", (639, 6033))
"""Fibrosarcoma (SCT 53654007)."""

Fibrosis: _Final[_Code] = _Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009)."""

Fibrous: _Final[_Code] = _Code("SCT", "255423002", "fibrous", (3802, 3805))
"""fibrous (SCT 255423002)."""

FibrousPlaque: _Final[_Code] = _Code("SCT", "40772000", "Fibrous Plaque", (3495, 3496))
"""Fibrous Plaque (SCT 40772000)."""

Fibula: _Final[_Code] = _Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007)."""

FibularLymphNode: _Final[_Code] = _Code("SCT", "31171007", "fibular lymph node", (7600,))
"""fibular lymph node (SCT 31171007)."""

FieldStain: _Final[_Code] = _Code("SCT", "255798002", "field's stain", (8112,))
"""field's stain (SCT 255798002)."""

FifthIntercostalSpace: _Final[_Code] = _Code("SCT", "117137004", "Fifth Intercostal Space", (5,))
"""Fifth Intercostal Space (SCT 117137004)."""

FifthLumbarArtery: _Final[_Code] = _Code("SCT", "397411003", "Fifth Lumbar Artery", (12111,))
"""Fifth Lumbar Artery (SCT 397411003)."""

Finding: _Final[_Code] = _Code("SCT", "404684003", "Finding", (3769,))
"""Finding (SCT 404684003)."""

FindingPartiallyRemoved: _Final[_Code] = _Code(
    "SCT", "129722001", "Finding partially removed", (6003, 6134)
)
"""Finding partially removed (SCT 129722001)."""

FindingReportedByPatientInformant: _Final[_Code] = _Code(
    "SCT", "418799008", "Finding reported by patient/informant", (3769,)
)
"""Finding reported by patient/informant (SCT 418799008)."""

FindingSite: _Final[_Code] = _Code("SCT", "363698007", "Finding Site", (9000,))
"""Finding Site (SCT 363698007)."""

FineLinearBranchingCastingCalcification: _Final[_Code] = _Code(
    "SCT", "129762002", "Fine linear, branching (casting) calcification", (6011,)
)
"""Fine linear, branching (casting) calcification (SCT 129762002)."""

FineLinearCastingCalcification: _Final[_Code] = _Code(
    "SCT", "129761009", "Fine, linear (casting) calcification", (6011,)
)
"""Fine, linear (casting) calcification (SCT 129761009)."""

FineNeedleAspirationOfBreast: _Final[_Code] = _Code(
    "SCT", "387736007", "Fine needle aspiration of breast", (6050,)
)
"""Fine needle aspiration of breast (SCT 387736007)."""

FineSlitBeamDirectIllumination: _Final[_Code] = _Code(
    "SCT", "410462008", "Fine slit beam direct illumination", (4203,)
)
"""Fine slit beam direct illumination (SCT 410462008)."""

Finger: _Final[_Code] = _Code("SCT", "7569003", "Finger", (4031,))
"""Finger (SCT 7569003)."""

FingerJoint: _Final[_Code] = _Code("SCT", "125682004", "Finger Joint", (7304,))
"""Finger Joint (SCT 125682004)."""

FirstDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "270492004", "First degree Atrioventricular block", (3230,)
)
"""First degree Atrioventricular block (SCT 270492004)."""

FirstIntercostalSpace: _Final[_Code] = _Code("SCT", "117133000", "First Intercostal Space", (5,))
"""First Intercostal Space (SCT 117133000)."""

FirstLumbarArtery: _Final[_Code] = _Code("SCT", "397407009", "First Lumbar Artery", (12111,))
"""First Lumbar Artery (SCT 397407009)."""

FirstMolarRegion: _Final[_Code] = _Code("SCT", "699507006", "First molar region", (4017,))
"""First molar region (SCT 699507006)."""

FirstPremolarRegion: _Final[_Code] = _Code("SCT", "699509009", "First premolar region", (4017,))
"""First premolar region (SCT 699509009)."""

FishOils: _Final[_Code] = _Code("SCT", "346441008", "Fish oils", (3761,))
"""Fish oils (SCT 346441008)."""

Fisk: _Final[_Code] = _Code("SCT", "424962005", "Fisk", (4012,))
"""Fisk (SCT 424962005)."""

FissureOfLung: _Final[_Code] = _Code("SCT", "278983006", "Fissure of lung", (6112,))
"""Fissure of lung (SCT 278983006)."""

FistulaCoronaryToRightAtrium: _Final[_Code] = _Code(
    "SCT", "373095005", "Fistula coronary to right atrium", (3606,)
)
"""Fistula coronary to right atrium (SCT 373095005)."""

FiveChamber: _Final[_Code] = _Code("SCT", "398994001", "Five chamber", (6,))
"""Five chamber (SCT 398994001)."""

FixedMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251057006", "Fixed myocardial perfusion defect", (3113,)
)
"""Fixed myocardial perfusion defect (SCT 251057006)."""

FlagellarStain: _Final[_Code] = _Code("SCT", "255799005", "Flagellar stain", (8112,))
"""Flagellar stain (SCT 255799005)."""

Flank: _Final[_Code] = _Code("SCT", "58602004", "Flank", (4, 644))
"""Flank (SCT 58602004)."""

Flat: _Final[_Code] = _Code("SCT", "6041008", "Flat", (6209,))
"""Flat (SCT 6041008)."""

Fleischner: _Final[_Code] = _Code("SCT", "399281004", "Fleischner", (4012,))
"""Fleischner (SCT 399281004)."""

Flexion: _Final[_Code] = _Code("SCT", "9964006", "Flexion", (92,))
"""Flexion (SCT 9964006)."""

Floor: _Final[_Code] = _Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007)."""

FloorOfMouth: _Final[_Code] = _Code("SCT", "36360002", "floor of mouth", (7601,))
"""floor of mouth (SCT 36360002)."""

FlorbetabenF18: _Final[_Code] = _Code("SCT", "712736002", "Florbetaben F^18^", (4021,))
"""Florbetaben F^18^ (SCT 712736002)."""

FlorbetapirF18: _Final[_Code] = _Code("SCT", "456995000", "Florbetapir F^18^", (4021,))
"""Florbetapir F^18^ (SCT 456995000)."""

FlortaucipirF18: _Final[_Code] = _Code("SCT", "879808000", "Flortaucipir F^18^", (4021,))
"""Flortaucipir F^18^ (SCT 879808000)."""

FluciclatideF18: _Final[_Code] = _Code("SCT", "456999006", "Fluciclatide F^18^", (4021,))
"""Fluciclatide F^18^ (SCT 456999006)."""

FluciclovineF18: _Final[_Code] = _Code("SCT", "457000009", "Fluciclovine F^18^", (4021,))
"""Fluciclovine F^18^ (SCT 457000009)."""

FluidFilledCatheter: _Final[_Code] = _Code("SCT", "371798007", "Fluid filled catheter", (3429,))
"""Fluid filled catheter (SCT 371798007)."""

FluidFilledCatheterMethod: _Final[_Code] = _Code(
    "SCT", "128581002", "Fluid filled catheter method", (3241,)
)
"""Fluid filled catheter method (SCT 128581002)."""

FlumazenilC11: _Final[_Code] = _Code("SCT", "423543007", "Flumazenil C^11^", (4021,))
"""Flumazenil C^11^ (SCT 423543007)."""

FlumazenilF18: _Final[_Code] = _Code("SCT", "422975006", "Flumazenil F^18^", (4021,))
"""Flumazenil F^18^ (SCT 422975006)."""

Fluorescein: _Final[_Code] = _Code("SCT", "350086004", "Fluorescein", (4200,))
"""Fluorescein (SCT 350086004)."""

FluoresceinSodiumStain: _Final[_Code] = _Code(
    "SCT", "25351006", "Fluorescein sodium stain", (8112,)
)
"""Fluorescein sodium stain (SCT 25351006)."""

FluoresceinStain: _Final[_Code] = _Code("SCT", "85596006", "fluorescein stain", (4412, 8112))
"""fluorescein stain (SCT 85596006)."""

FluorescentStain: _Final[_Code] = _Code("SCT", "35352008", "fluorescent stain", (8112,))
"""fluorescent stain (SCT 35352008)."""

FluorethyltyrosinF18: _Final[_Code] = _Code("SCT", "424708001", "Fluorethyltyrosin F^18^", (4021,))
"""Fluorethyltyrosin F^18^ (SCT 424708001)."""

FluorexonStain: _Final[_Code] = _Code("SCT", "108880002", "fluorexon stain", (8112,))
"""fluorexon stain (SCT 108880002)."""

FluoroLDopaF18: _Final[_Code] = _Code("SCT", "5811000122108", "Fluoro-L-dopa F^18^", (4021,))
"""Fluoro-L-dopa F^18^ (SCT 5811000122108)."""

FluorobenzothiazoleF18: _Final[_Code] = _Code(
    "SCT", "423546004", "Fluorobenzothiazole F^18^", (4021,)
)
"""Fluorobenzothiazole F^18^ (SCT 423546004)."""

FluorocholineF18: _Final[_Code] = _Code("SCT", "456992002", "Fluorocholine F^18^", (4021,))
"""Fluorocholine F^18^ (SCT 456992002)."""

FluorodeoxyglucoseF18: _Final[_Code] = _Code(
    "SCT", "35321007", "Fluorodeoxyglucose F^18^", (25, 3107, 4021)
)
"""Fluorodeoxyglucose F^18^ (SCT 35321007)."""

FluoroestradiolF18: _Final[_Code] = _Code("SCT", "926372005", "Fluoroestradiol F^18^", (4021,))
"""Fluoroestradiol F^18^ (SCT 926372005)."""

FluoromethaneF18: _Final[_Code] = _Code("SCT", "422763008", "Fluoromethane F^18^", (4021,))
"""Fluoromethane F^18^ (SCT 422763008)."""

FluoromisonidazoleF18: _Final[_Code] = _Code(
    "SCT", "422598008", "Fluoromisonidazole F^18^", (4021,)
)
"""Fluoromisonidazole F^18^ (SCT 422598008)."""

Fluoroscopy: _Final[_Code] = _Code("SCT", "44491008", "Fluoroscopy", (10002, 10005))
"""Fluoroscopy (SCT 44491008)."""

FluoroscopyAndRadiography: _Final[_Code] = _Code(
    "SCT", "169014003", "Fluoroscopy and radiography", (10005,)
)
"""Fluoroscopy and radiography (SCT 169014003)."""

FluorouracilF18: _Final[_Code] = _Code("SCT", "425236000", "Fluorouracil F^18^", (4021,))
"""Fluorouracil F^18^ (SCT 425236000)."""

Flushing: _Final[_Code] = _Code("SCT", "238810007", "Flushing", (3220,))
"""Flushing (SCT 238810007)."""

FlutemetamolF18: _Final[_Code] = _Code("SCT", "456997008", "Flutemetamol F^18^", (4021,))
"""Flutemetamol F^18^ (SCT 456997008)."""

Focal: _Final[_Code] = _Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008)."""

FocalAsymmetricBreastTissue: _Final[_Code] = _Code(
    "SCT", "129789007", "Focal asymmetric breast tissue", (6017,)
)
"""Focal asymmetric breast tissue (SCT 129789007)."""

FocalAsymmetricDensityAnalysis: _Final[_Code] = _Code(
    "SCT", "133888005", "Focal asymmetric density analysis", (6043,)
)
"""Focal asymmetric density analysis (SCT 133888005)."""

FocalFibroelastosis: _Final[_Code] = _Code("SCT", "125357009", "focal fibroelastosis", (3817,))
"""focal fibroelastosis (SCT 125357009)."""

FocalFibrosis: _Final[_Code] = _Code("SCT", "45559001", "Focal fibrosis", (6031,))
"""Focal fibrosis (SCT 45559001)."""

Folio: _Final[_Code] = _Code("SCT", "425157002", "Folio", (4012,))
"""Folio (SCT 425157002)."""

FontanBaffleLeak: _Final[_Code] = _Code("SCT", "443461006", "Fontan Baffle Leak", (12282, 12284))
"""Fontan Baffle Leak (SCT 443461006)."""

FontanFenestration: _Final[_Code] = _Code("SCT", "443724003", "Fontan Fenestration", (12282, 12284))
"""Fontan Fenestration (SCT 443724003)."""

FontanInferiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "443326004", "Fontan Inferior Vena Cava Pathway", (12282,)
)
"""Fontan Inferior Vena Cava Pathway (SCT 443326004)."""

FontanPathway: _Final[_Code] = _Code("SCT", "443298009", "Fontan Pathway", (12282,))
"""Fontan Pathway (SCT 443298009)."""

FontanPulmonaryArteryConnection: _Final[_Code] = _Code(
    "SCT", "443625008", "Fontan Pulmonary Artery Connection", (12282,)
)
"""Fontan Pulmonary Artery Connection (SCT 443625008)."""

FontanelOfSkull: _Final[_Code] = _Code("SCT", "79361005", "Fontanel of skull", (4,))
"""Fontanel of skull (SCT 79361005)."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

ForamenMagnum: _Final[_Code] = _Code("SCT", "24532009", "Foramen Magnum", (1002,))
"""Foramen Magnum (SCT 24532009)."""

ForcedAirWarmingBlanket: _Final[_Code] = _Code(
    "SCT", "420572009", "Forced air warming blanket", (635,)
)
"""Forced air warming blanket (SCT 420572009)."""

ForcepsMajor: _Final[_Code] = _Code("SCT", "80049006", "forceps major", (7705,))
"""forceps major (SCT 80049006)."""

ForcepsMinor: _Final[_Code] = _Code("SCT", "42932006", "forceps minor", (7705,))
"""forceps minor (SCT 42932006)."""

Forearm: _Final[_Code] = _Code("SCT", "14975008", "Forearm", (4031,))
"""Forearm (SCT 14975008)."""

Forefoot: _Final[_Code] = _Code("SCT", "419176008", "Forefoot", (7483,))
"""Forefoot (SCT 419176008)."""

ForeignBody_19227008: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008)."""

ForeignBody_37058002: _Final[_Code] = _Code("SCT", "37058002", "Foreign body (reaction)", (6031,))
"""Foreign body (reaction) (SCT 37058002)."""

ForensicIntent: _Final[_Code] = _Code("SCT", "447295008", "Forensic Intent", (3629,))
"""Forensic Intent (SCT 447295008)."""

Formaldehyde: _Final[_Code] = _Code("SCT", "111095003", "Formaldehyde", (8114,))
"""Formaldehyde (SCT 111095003)."""

Formalin: _Final[_Code] = _Code("SCT", "431510009", "Formalin", (8114,))
"""Formalin (SCT 431510009)."""

FormerSmoker: _Final[_Code] = _Code("SCT", "8517006", "Former Smoker", (3724,))
"""Former Smoker (SCT 8517006)."""

FormolSublimate: _Final[_Code] = _Code("SCT", "434295000", "Formol sublimate", (8114,))
"""Formol sublimate (SCT 434295000)."""

FouchetStain: _Final[_Code] = _Code("SCT", "406980006", "fouchet stain", (8112,))
"""fouchet stain (SCT 406980006)."""

FourChamber: _Final[_Code] = _Code("SCT", "399214001", "Four chamber", (6, 12226))
"""Four chamber (SCT 399214001)."""

FourthIntercostalSpace: _Final[_Code] = _Code("SCT", "117136008", "Fourth Intercostal Space", (5,))
"""Fourth Intercostal Space (SCT 117136008)."""

FourthLumbarArtery: _Final[_Code] = _Code("SCT", "397410002", "Fourth Lumbar Artery", (12111,))
"""Fourth Lumbar Artery (SCT 397410002)."""

FourthVentricle: _Final[_Code] = _Code("SCT", "35918002", "Fourth Ventricle", (7140, 7153))
"""Fourth Ventricle (SCT 35918002)."""

FoveaCentralis: _Final[_Code] = _Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006)."""

FractionalFlowReserve: _Final[_Code] = _Code("SCT", "371842003", "Fractional flow reserve", (3621,))
"""Fractional flow reserve (SCT 371842003)."""

FractionalFlowReserveUsingIntracoronaryBolus: _Final[_Code] = _Code(
    "SCT", "371835003", "Fractional Flow Reserve using intracoronary bolus", (3621,)
)
"""Fractional Flow Reserve using intracoronary bolus (SCT 371835003)."""

FractionalFlowReserveUsingIntravenousInfusion: _Final[_Code] = _Code(
    "SCT", "371841005", "Fractional Flow Reserve using intravenous infusion", (3621,)
)
"""Fractional Flow Reserve using intravenous infusion (SCT 371841005)."""

FractureOfLowerLimb: _Final[_Code] = _Code("SCT", "46866001", "Fracture of lower limb", (3205,))
"""Fracture of lower limb (SCT 46866001)."""

FrenulumOfLabiaMinora: _Final[_Code] = _Code(
    "SCT", "279867004", "Frenulum of labia minora", (4029,)
)
"""Frenulum of labia minora (SCT 279867004)."""

Frequent: _Final[_Code] = _Code("SCT", "70232002", "Frequent", (6091,))
"""Frequent (SCT 70232002)."""

Friedman: _Final[_Code] = _Code("SCT", "399103007", "Friedman", (4012,))
"""Friedman (SCT 399103007)."""

Friend: _Final[_Code] = _Code("SCT", "113163005", "Friend", (7450,))
"""Friend (SCT 113163005)."""

Frog: _Final[_Code] = _Code("SCT", "34296003", "frog", (20,))
"""frog (SCT 34296003)."""

Frontal: _Final[_Code] = _Code("SCT", "399033003", "frontal", (4010,))
"""frontal (SCT 399033003)."""

FrontalBone: _Final[_Code] = _Code("SCT", "74872008", "Frontal bone", (4028,))
"""Frontal bone (SCT 74872008)."""

FrontalLobe: _Final[_Code] = _Code("SCT", "83251001", "Frontal lobe", (7153,))
"""Frontal lobe (SCT 83251001)."""

FrontalOblique: _Final[_Code] = _Code("SCT", "399160007", "frontal oblique", (4010,))
"""frontal oblique (SCT 399160007)."""

FrontalObliqueAxial: _Final[_Code] = _Code("SCT", "399132005", "frontal-oblique axial", (4010,))
"""frontal-oblique axial (SCT 399132005)."""

FrontalSinus: _Final[_Code] = _Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009)."""

FrozenSectionBreastSample: _Final[_Code] = _Code(
    "SCT", "309059004", "frozen section breast sample", (8104,)
)
"""frozen section breast sample (SCT 309059004)."""

Fuchs: _Final[_Code] = _Code("SCT", "399073009", "Fuchs", (4012,))
"""Fuchs (SCT 399073009)."""

FuchsinAcidStain: _Final[_Code] = _Code("SCT", "60920007", "fuchsin acid stain", (8112,))
"""fuchsin acid stain (SCT 60920007)."""

FuchsinBasicStain: _Final[_Code] = _Code("SCT", "50062004", "fuchsin basic stain", (8112,))
"""fuchsin basic stain (SCT 50062004)."""

FullRectum: _Final[_Code] = _Code("SCT", "249602003", "Full Rectum", (9272,))
"""Full Rectum (SCT 249602003)."""

FullSpectrum: _Final[_Code] = _Code("SCT", "414298005", "Full Spectrum", (4206, 8122))
"""Full Spectrum (SCT 414298005)."""

Function: _Final[_Code] = _Code("SCT", "246464006", "Function", (7150,))
"""Function (SCT 246464006)."""

FunctionalPerformanceAndActivity: _Final[_Code] = _Code(
    "SCT", "248536006", "Functional performance and activity", (3769,)
)
"""Functional performance and activity (SCT 248536006)."""

FunctionalSingleVentricle: _Final[_Code] = _Code(
    "SCT", "443379009", "Functional Single Ventricle", (12248,)
)
"""Functional Single Ventricle (SCT 443379009)."""

FundusCamera: _Final[_Code] = _Code("SCT", "409898007", "Fundus Camera", (4202,))
"""Fundus Camera (SCT 409898007)."""

FusiformAneurysm: _Final[_Code] = _Code("SCT", "85431000", "fusiform aneurysm", (3808,))
"""fusiform aneurysm (SCT 85431000)."""

Fusion: _Final[_Code] = _Code("SCT", "129379006", "Fusion", (7310,))
"""Fusion (SCT 129379006)."""

GTV: _Final[_Code] = _Code("SCT", "228791009", "GTV", (9534,))
"""GTV (SCT 228791009)."""

GadobenateDimeglumine: _Final[_Code] = _Code("SCT", "792865009", "Gadobenate dimeglumine", (12,))
"""Gadobenate dimeglumine (SCT 792865009)."""

Gadobutrol: _Final[_Code] = _Code("SCT", "407976008", "Gadobutrol", (12,))
"""Gadobutrol (SCT 407976008)."""

Gadodiamide: _Final[_Code] = _Code("SCT", "354088005", "Gadodiamide", (12,))
"""Gadodiamide (SCT 354088005)."""

Gadofosveset: _Final[_Code] = _Code("SCT", "770982005", "Gadofosveset", (12,))
"""Gadofosveset (SCT 770982005)."""

Gadolinium_58281002: _Final[_Code] = _Code("SCT", "58281002", "Gadolinium", (13, 300))
"""Gadolinium (SCT 58281002)."""

Gadolinium_768763008: _Final[_Code] = _Code("SCT", "768763008", "Gadolinium", (12,))
"""Gadolinium (SCT 768763008)."""

GadopentetateDimeglumine: _Final[_Code] = _Code(
    "SCT", "109216000", "Gadopentetate dimeglumine", (12,)
)
"""Gadopentetate dimeglumine (SCT 109216000)."""

GadoterateMeglumine: _Final[_Code] = _Code("SCT", "712714000", "Gadoterate meglumine", (12,))
"""Gadoterate meglumine (SCT 712714000)."""

Gadoteridol: _Final[_Code] = _Code("SCT", "353946009", "Gadoteridol", (12,))
"""Gadoteridol (SCT 353946009)."""

Gadoversetamide: _Final[_Code] = _Code("SCT", "409477004", "Gadoversetamide", (12,))
"""Gadoversetamide (SCT 409477004)."""

GadoxetateDisodium: _Final[_Code] = _Code("SCT", "440223009", "Gadoxetate disodium", (12,))
"""Gadoxetate disodium (SCT 440223009)."""

GaitProblem: _Final[_Code] = _Code("SCT", "22325002", "Gait problem", (3205,))
"""Gait problem (SCT 22325002)."""

Galactocele: _Final[_Code] = _Code("SCT", "42385006", "Galactocele", (6031,))
"""Galactocele (SCT 42385006)."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

Gallium67Citrate: _Final[_Code] = _Code("SCT", "73065000", "Gallium^67^ citrate", (25,))
"""Gallium^67^ citrate (SCT 73065000)."""

GallocyanineStain: _Final[_Code] = _Code("SCT", "8836009", "gallocyanine stain", (8112,))
"""gallocyanine stain (SCT 8836009)."""

Garth: _Final[_Code] = _Code("SCT", "425188003", "Garth", (4012,))
"""Garth (SCT 425188003)."""

Gas: _Final[_Code] = _Code("SCT", "74947009", "Gas", (7197,))
"""Gas (SCT 74947009)."""

GasInVitreousCavity: _Final[_Code] = _Code("SCT", "247094004", "Gas in vitreous cavity", (4232,))
"""Gas in vitreous cavity (SCT 247094004)."""

GaspingRespiration: _Final[_Code] = _Code("SCT", "23141003", "gasping respiration", (3416,))
"""gasping respiration (SCT 23141003)."""

GastricArtery: _Final[_Code] = _Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002)."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007)."""

GastroOmentalLymphNode: _Final[_Code] = _Code(
    "SCT", "83380007", "gastro-omental lymph node", (7600,)
)
"""gastro-omental lymph node (SCT 83380007)."""

GastrocnemiusVein: _Final[_Code] = _Code("SCT", "264481007", "Gastrocnemius vein", (12110,))
"""Gastrocnemius vein (SCT 264481007)."""

GastroduodenalArtery: _Final[_Code] = _Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004)."""

GastrointestinalProkinetic: _Final[_Code] = _Code(
    "SCT", "372607002", "Gastrointestinal prokinetic", (622,)
)
"""Gastrointestinal prokinetic (SCT 372607002)."""

GastrointestinalSurgery: _Final[_Code] = _Code(
    "SCT", "309980008", "Gastrointestinal Surgery", (7030,)
)
"""Gastrointestinal Surgery (SCT 309980008)."""

Gavage: _Final[_Code] = _Code("SCT", "61420007", "Gavage", (609,))
"""Gavage (SCT 61420007)."""

GaynorHart: _Final[_Code] = _Code("SCT", "399082003", "Gaynor-Hart", (4012,))
"""Gaynor-Hart (SCT 399082003)."""

GelProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102325005", "Gel prosthesis for imaging procedure", (5,)
)
"""Gel prosthesis for imaging procedure (SCT 102325005)."""

GeneralAnesthesia: _Final[_Code] = _Code("SCT", "50697003", "General anesthesia", (612,))
"""General anesthesia (SCT 50697003)."""

GeneralAnesthetic: _Final[_Code] = _Code("SCT", "373288007", "General anesthetic", (622,))
"""General anesthetic (SCT 373288007)."""

GeneralMedicine: _Final[_Code] = _Code("SCT", "309927009", "General Medicine", (7030,))
"""General Medicine (SCT 309927009)."""

GeneralSurgery: _Final[_Code] = _Code("SCT", "309984004", "General Surgery", (7030,))
"""General Surgery (SCT 309984004)."""

Generalized: _Final[_Code] = _Code("SCT", "60132005", "Generalized", (6128,))
"""Generalized (SCT 60132005)."""

GeneticSample: _Final[_Code] = _Code("SCT", "258562007", "Genetic sample", (8103,))
"""Genetic sample (SCT 258562007)."""

GenicularArtery: _Final[_Code] = _Code("SCT", "128559007", "Genicular artery", (3010, 3606))
"""Genicular artery (SCT 128559007)."""

GenuOfCorpusCallosum: _Final[_Code] = _Code("SCT", "70215001", "genu of corpus callosum", (7705,))
"""genu of corpus callosum (SCT 70215001)."""

GeriatricMedicine: _Final[_Code] = _Code("SCT", "309933000", "Geriatric Medicine", (7030,))
"""Geriatric Medicine (SCT 309933000)."""

GiacominiVein: _Final[_Code] = _Code("SCT", "397437000", "Giacomini vein", (12110,))
"""Giacomini vein (SCT 397437000)."""

GiantFibroadenoma: _Final[_Code] = _Code("SCT", "34882000", "Giant fibroadenoma", (6031,))
"""Giant fibroadenoma (SCT 34882000)."""

GiemsaStain: _Final[_Code] = _Code("SCT", "373646006", "giemsa stain", (8112,))
"""giemsa stain (SCT 373646006)."""

GlennPathway: _Final[_Code] = _Code("SCT", "443789005", "Glenn Pathway", (12282,))
"""Glenn Pathway (SCT 443789005)."""

GlenoidCavityOfScapula: _Final[_Code] = _Code(
    "SCT", "46385009", "Glenoid cavity of scapula", (6115,)
)
"""Glenoid cavity of scapula (SCT 46385009)."""

Glioblastoma: _Final[_Code] = _Code("SCT", "1163375002", "Glioblastoma", (639,))
"""Glioblastoma (SCT 1163375002)."""

GlobusPallidus: _Final[_Code] = _Code("SCT", "14738005", "Globus Pallidus", (7140, 7153))
"""Globus Pallidus (SCT 14738005)."""

GlossopharyngealNerve: _Final[_Code] = _Code("SCT", "21161002", "glossopharyngeal nerve", (7706,))
"""glossopharyngeal nerve (SCT 21161002)."""

Glottis: _Final[_Code] = _Code("SCT", "1307006", "glottis", (7601,))
"""glottis (SCT 1307006)."""

GlucagonPreparation: _Final[_Code] = _Code("SCT", "10712001", "Glucagon preparation", (10,))
"""Glucagon preparation (SCT 10712001)."""

Glue: _Final[_Code] = _Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000)."""

Gluing: _Final[_Code] = _Code("SCT", "360038009", "Gluing", (7310,))
"""Gluing (SCT 360038009)."""

GlutamateN13: _Final[_Code] = _Code("SCT", "129509006", "Glutamate N^13^", (4021,))
"""Glutamate N^13^ (SCT 129509006)."""

Glutamine: _Final[_Code] = _Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002)."""

GlutealLymphNode: _Final[_Code] = _Code("SCT", "80867000", "gluteal lymph node", (7600,))
"""gluteal lymph node (SCT 80867000)."""

GlycogenRichCarcinoma: _Final[_Code] = _Code("SCT", "74280008", "Glycogen-rich carcinoma", (6033,))
"""Glycogen-rich carcinoma (SCT 74280008)."""

Gold: _Final[_Code] = _Code("SCT", "2309006", "Gold", (300,))
"""Gold (SCT 2309006)."""

GoldAlloy: _Final[_Code] = _Code("SCT", "256496006", "Gold Alloy", (7300,))
"""Gold Alloy (SCT 256496006)."""

GonadRadiationShield: _Final[_Code] = _Code("SCT", "470204007", "Gonad radiation shield", (9572,))
"""Gonad radiation shield (SCT 470204007)."""

Goniolens: _Final[_Code] = _Code("SCT", "389156006", "Goniolens", (4205,))
"""Goniolens (SCT 389156006)."""

GorlinSyndrome: _Final[_Code] = _Code("SCT", "69408002", "Gorlin syndrome", (4405,))
"""Gorlin syndrome (SCT 69408002)."""

Grade1WellDifferentiated: _Final[_Code] = _Code(
    "SCT", "54102005", "Grade 1: well differentiated", (6070,)
)
"""Grade 1: well differentiated (SCT 54102005)."""

Grade2ModeratelyDifferentiated: _Final[_Code] = _Code(
    "SCT", "1663004", "Grade 2: moderately differentiated", (6070,)
)
"""Grade 2: moderately differentiated (SCT 1663004)."""

Grade3PoorlyDifferentiated: _Final[_Code] = _Code(
    "SCT", "61026006", "Grade 3: poorly differentiated", (6070,)
)
"""Grade 3: poorly differentiated (SCT 61026006)."""

Grade4Undifferentiated: _Final[_Code] = _Code(
    "SCT", "258245003", "Grade 4: undifferentiated", (6070,)
)
"""Grade 4: undifferentiated (SCT 258245003)."""

GraftMaterial: _Final[_Code] = _Code("SCT", "246345001", "Graft material", (637,))
"""Graft material (SCT 246345001)."""

GraftToDistalAnastomosis: _Final[_Code] = _Code(
    "SCT", "128948006", "Graft to distal anastomosis", (3019,)
)
"""Graft to distal anastomosis (SCT 128948006)."""

GraftToProximalAnastomosis: _Final[_Code] = _Code(
    "SCT", "128949003", "Graft to proximal anastomosis", (3019,)
)
"""Graft to proximal anastomosis (SCT 128949003)."""

GramStain: _Final[_Code] = _Code("SCT", "385484003", "gram stain", (8112,))
"""gram stain (SCT 385484003)."""

Grandy: _Final[_Code] = _Code("SCT", "399311007", "Grandy", (4012,))
"""Grandy (SCT 399311007)."""

GranularCellTumor: _Final[_Code] = _Code("SCT", "12169001", "Granular cell tumor", (6031,))
"""Granular cell tumor (SCT 12169001)."""

Grashey: _Final[_Code] = _Code("SCT", "399146005", "Grashey", (4012,))
"""Grashey (SCT 399146005)."""

Gray: _Final[_Code] = _Code("SCT", "371253002", "Gray", (4411, 6067))
"""Gray (SCT 371253002)."""

GrayMatter: _Final[_Code] = _Code("SCT", "389081007", "Gray Matter", (7153,))
"""Gray Matter (SCT 389081007)."""

GreatCardiacVein: _Final[_Code] = _Code("SCT", "5928000", "Great cardiac vein", (3010, 3011, 3839))
"""Great cardiac vein (SCT 5928000)."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001)."""

GreatSaphenousVeinOfCalf: _Final[_Code] = _Code(
    "SCT", "414368000", "Great Saphenous Vein of Calf", (12110,)
)
"""Great Saphenous Vein of Calf (SCT 414368000)."""

GreatSaphenousVeinOfThigh: _Final[_Code] = _Code(
    "SCT", "414369008", "Great Saphenous Vein of Thigh", (12110,)
)
"""Great Saphenous Vein of Thigh (SCT 414369008)."""

Green: _Final[_Code] = _Code("SCT", "371246006", "Green", (4206, 4255, 6067, 8122))
"""Green (SCT 371246006)."""

GreenOpticalFilter: _Final[_Code] = _Code("SCT", "445465004", "Green optical filter", (4204, 8124))
"""Green optical filter (SCT 445465004)."""

GroinSkinCrease: _Final[_Code] = _Code("SCT", "280387007", "Groin skin crease", (4029,))
"""Groin skin crease (SCT 280387007)."""

GrossPathologyRequest: _Final[_Code] = _Code("SCT", "168456004", "Gross pathology request", (8131,))
"""Gross pathology request (SCT 168456004)."""

GrossSpecimen: _Final[_Code] = _Code("SCT", "430861001", "Gross specimen", (8103,))
"""Gross specimen (SCT 430861001)."""

GroupedCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129766004", "Grouped calcification distribution", (6013,)
)
"""Grouped calcification distribution (SCT 129766004)."""

GuidanceIntent: _Final[_Code] = _Code("SCT", "363675004", "Guidance Intent", (3629,))
"""Guidance Intent (SCT 363675004)."""

GuideWire: _Final[_Code] = _Code("SCT", "272224001", "Guide Wire", (3411,))
"""Guide Wire (SCT 272224001)."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008)."""

Gutter: _Final[_Code] = _Code("SCT", "68493006", "Gutter", (2,))
"""Gutter (SCT 68493006)."""

Gynecology: _Final[_Code] = _Code("SCT", "309943002", "Gynecology", (7030,))
"""Gynecology (SCT 309943002)."""

Gynecomastia: _Final[_Code] = _Code("SCT", "4754008", "Gynecomastia", (6031,))
"""Gynecomastia (SCT 4754008)."""

H1Antihistamine: _Final[_Code] = _Code("SCT", "373228009", "H-1 Antihistamine", (65,))
"""H-1 Antihistamine (SCT 373228009)."""

HIVPositive: _Final[_Code] = _Code("SCT", "165816005", "HIV Positive", (3756,))
"""HIV Positive (SCT 165816005)."""

Haas: _Final[_Code] = _Code("SCT", "399341009", "Haas", (4012,))
"""Haas (SCT 399341009)."""

HabenularCommissure: _Final[_Code] = _Code("SCT", "6866008", "habenular commissure", (7705,))
"""habenular commissure (SCT 6866008)."""

Hafnium: _Final[_Code] = _Code("SCT", "50672002", "Hafnium", (300,))
"""Hafnium (SCT 50672002)."""

Hair: _Final[_Code] = _Code("SCT", "386045008", "Hair", (4029,))
"""Hair (SCT 386045008)."""

HalfBrother: _Final[_Code] = _Code("SCT", "45929001", "Half-brother", (7451,))
"""Half-brother (SCT 45929001)."""

HalfSister: _Final[_Code] = _Code("SCT", "2272004", "Half-sister", (7451,))
"""Half-sister (SCT 2272004)."""

Halothane: _Final[_Code] = _Code("SCT", "387351001", "Halothane", (624,))
"""Halothane (SCT 387351001)."""

Hamartoma: _Final[_Code] = _Code("SCT", "51398009", "Hamartoma", (6031,))
"""Hamartoma (SCT 51398009)."""

Hand: _Final[_Code] = _Code("SCT", "85562004", "Hand", (4031,))
"""Hand (SCT 85562004)."""

HandBone: _Final[_Code] = _Code("SCT", "24097009", "Hand bone", (7304,))
"""Hand bone (SCT 24097009)."""

HandSurgery: _Final[_Code] = _Code("SCT", "309985003", "Hand Surgery", (7030,))
"""Hand Surgery (SCT 309985003)."""

Handgrip: _Final[_Code] = _Code("SCT", "128965002", "Handgrip", (3271, 12002))
"""Handgrip (SCT 128965002)."""

HanselStain: _Final[_Code] = _Code("SCT", "406983008", "hansel stain", (8112,))
"""hansel stain (SCT 406983008)."""

HarrisBeathAxialProjection: _Final[_Code] = _Code(
    "SCT", "260493008", "Harris Beath axial projection", (4012,)
)
"""Harris Beath axial projection (SCT 260493008)."""

HarvestingOfTissue: _Final[_Code] = _Code("SCT", "53958007", "Harvesting of tissue", (8109,))
"""Harvesting of tissue (SCT 53958007)."""

Head: _Final[_Code] = _Code("SCT", "69536005", "Head", (4028, 4031))
"""Head (SCT 69536005)."""

HeadAndNeck: _Final[_Code] = _Code("SCT", "774007", "Head and Neck", (645, 4028, 4031))
"""Head and Neck (SCT 774007)."""

HeadOfRib: _Final[_Code] = _Code("SCT", "12872006", "Head of rib", (6115,))
"""Head of rib (SCT 12872006)."""

HeadUp: _Final[_Code] = _Code("SCT", "128963009", "Head up", (3271,))
"""Head up (SCT 128963009)."""

Headache: _Final[_Code] = _Code("SCT", "25064002", "Headache", (60,))
"""Headache (SCT 25064002)."""

Headfirst: _Final[_Code] = _Code("SCT", "102540008", "headfirst", (21,))
"""headfirst (SCT 102540008)."""

Headrest: _Final[_Code] = _Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002)."""

HealthcareAssociatedInfection: _Final[_Code] = _Code(
    "SCT", "408678008", "Healthcare associated infection", (6062,)
)
"""Healthcare associated infection (SCT 408678008)."""

HealthcareProfessional: _Final[_Code] = _Code(
    "SCT", "223366009", "Healthcare professional", (7450,)
)
"""Healthcare professional (SCT 223366009)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

HeartDisease: _Final[_Code] = _Code("SCT", "56265001", "heart disease", (3727,))
"""heart disease (SCT 56265001)."""

HeartDiseaseCongenital: _Final[_Code] = _Code(
    "SCT", "13213009", "heart disease - congenital", (3700, 3727, 3728, 12246)
)
"""heart disease - congenital (SCT 13213009)."""

HeartDiseaseRiskFactors: _Final[_Code] = _Code(
    "SCT", "171224000", "Heart disease risk factors", (3201, 12246)
)
"""Heart disease risk factors (SCT 171224000)."""

HeartFailure: _Final[_Code] = _Code("SCT", "84114007", "Heart failure", (3201,))
"""Heart failure (SCT 84114007)."""

HeartTransplant: _Final[_Code] = _Code("SCT", "32413006", "Heart transplant", (3721, 3727))
"""Heart transplant (SCT 32413006)."""

HeartValveProsthesis: _Final[_Code] = _Code("SCT", "25510005", "Heart valve prosthesis", (6404,))
"""Heart valve prosthesis (SCT 25510005)."""

HeldInspiration: _Final[_Code] = _Code("SCT", "128969008", "Held inspiration", (3271,))
"""Held inspiration (SCT 128969008)."""

HeldVentilation: _Final[_Code] = _Code("SCT", "128970009", "Held ventilation", (3271,))
"""Held ventilation (SCT 128970009)."""

HellyFluid: _Final[_Code] = _Code("SCT", "433471005", "Helly's fluid", (8114,))
"""Helly's fluid (SCT 433471005)."""

HemangiomaOfSubcutaneousTissue: _Final[_Code] = _Code(
    "SCT", "93473009", "Hemangioma of subcutaneous tissue", (6031,)
)
"""Hemangioma of subcutaneous tissue (SCT 93473009)."""

HemangiomaVenous: _Final[_Code] = _Code("SCT", "56468002", "Hemangioma - venous", (6031,))
"""Hemangioma - venous (SCT 56468002)."""

Hemangiopericytoma: _Final[_Code] = _Code("SCT", "128736003", "Hemangiopericytoma", (6033,))
"""Hemangiopericytoma (SCT 128736003)."""

HemateinStain: _Final[_Code] = _Code("SCT", "75956008", "hematein stain", (8112,))
"""hematein stain (SCT 75956008)."""

Hematology: _Final[_Code] = _Code("SCT", "309954007", "Hematology", (7030,))
"""Hematology (SCT 309954007)."""

Hematoma: _Final[_Code] = _Code("SCT", "35566002", "Hematoma", (6031,))
"""Hematoma (SCT 35566002)."""

HematomaPostoperative: _Final[_Code] = _Code(
    "SCT", "213262007", "Hematoma - postoperative", (6062,)
)
"""Hematoma - postoperative (SCT 213262007)."""

HematoxylinAndEosinStainMethod: _Final[_Code] = _Code(
    "SCT", "104210008", "Hematoxylin and eosin stain method", (8130,)
)
"""Hematoxylin and eosin stain method (SCT 104210008)."""

HematoxylinStain: _Final[_Code] = _Code("SCT", "12710003", "hematoxylin stain", (8112,))
"""hematoxylin stain (SCT 12710003)."""

HemiFontanOperation: _Final[_Code] = _Code("SCT", "233230003", "Hemi-Fontan operation", (12247,))
"""Hemi-Fontan operation (SCT 233230003)."""

HemiFontanPathway: _Final[_Code] = _Code("SCT", "443327008", "Hemi-Fontan Pathway", (12282,))
"""Hemi-Fontan Pathway (SCT 443327008)."""

HemodynamicFlowWaveform: _Final[_Code] = _Code(
    "SCT", "128434001", "Hemodynamic flow waveform", (3003,)
)
"""Hemodynamic flow waveform (SCT 128434001)."""

HemodynamicImpedanceWaveform: _Final[_Code] = _Code(
    "SCT", "128552003", "Hemodynamic impedance waveform", (3003,)
)
"""Hemodynamic impedance waveform (SCT 128552003)."""

HemodynamicMeasurements: _Final[_Code] = _Code(
    "SCT", "44324008", "Hemodynamic Measurements", (12302,)
)
"""Hemodynamic Measurements (SCT 44324008)."""

HemodynamicOxygenSaturationWaveform: _Final[_Code] = _Code(
    "SCT", "128435000", "Hemodynamic oxygen saturation waveform", (3003,)
)
"""Hemodynamic oxygen saturation waveform (SCT 128435000)."""

HemodynamicPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128433007", "Hemodynamic pressure waveform", (3003,)
)
"""Hemodynamic pressure waveform (SCT 128433007)."""

HemodynamicWaveform: _Final[_Code] = _Code("SCT", "128432002", "Hemodynamic waveform", (3003,))
"""Hemodynamic waveform (SCT 128432002)."""

Hemoglobin: _Final[_Code] = _Code("SCT", "38082009", "Hemoglobin", (11006,))
"""Hemoglobin (SCT 38082009)."""

HemolymphNode: _Final[_Code] = _Code("SCT", "18457007", "hemolymph node", (7600,))
"""hemolymph node (SCT 18457007)."""

Hemoptysis: _Final[_Code] = _Code("SCT", "66857006", "Hemoptysis", (12246,))
"""Hemoptysis (SCT 66857006)."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005)."""

HemorrhagePostprocedure: _Final[_Code] = _Code(
    "SCT", "110265006", "Hemorrhage postprocedure", (6062,)
)
"""Hemorrhage postprocedure (SCT 110265006)."""

HemostaticAgent_26370007: _Final[_Code] = _Code("SCT", "26370007", "Hemostatic agent", (10,))
"""Hemostatic agent (SCT 26370007)."""

HemostaticAgent_372681003: _Final[_Code] = _Code(
    "SCT", "372681003", "Hemostatic agent", (622, 4410)
)
"""Hemostatic agent (SCT 372681003)."""

Henschen: _Final[_Code] = _Code("SCT", "399199004", "Henschen", (4012,))
"""Henschen (SCT 399199004)."""

Heparin: _Final[_Code] = _Code("SCT", "84812008", "Heparin", (10,))
"""Heparin (SCT 84812008)."""

HepaticArtery: _Final[_Code] = _Code("SCT", "76015000", "Hepatic artery", (3010, 3606))
"""Hepatic artery (SCT 76015000)."""

HepaticCongestion: _Final[_Code] = _Code("SCT", "76281005", "Hepatic Congestion", (12323,))
"""Hepatic Congestion (SCT 76281005)."""

HepaticFlexureOfColon: _Final[_Code] = _Code("SCT", "48338005", "Hepatic flexure of colon", (6210,))
"""Hepatic flexure of colon (SCT 48338005)."""

HepaticLymphNode: _Final[_Code] = _Code("SCT", "61492009", "hepatic lymph node", (7600,))
"""hepatic lymph node (SCT 61492009)."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003)."""

Hepatitis: _Final[_Code] = _Code("SCT", "128241005", "Hepatitis", (12325,))
"""Hepatitis (SCT 128241005)."""

HepatitisB: _Final[_Code] = _Code("SCT", "66071002", "Hepatitis B", (12325,))
"""Hepatitis B (SCT 66071002)."""

HepatitisC: _Final[_Code] = _Code("SCT", "50711007", "Hepatitis C", (12325,))
"""Hepatitis C (SCT 50711007)."""

HepatobiliarySurgery: _Final[_Code] = _Code("SCT", "310158005", "Hepatobiliary Surgery", (7030,))
"""Hepatobiliary Surgery (SCT 310158005)."""

Hepatomegaly: _Final[_Code] = _Code("SCT", "80515008", "Hepatomegaly", (12325,))
"""Hepatomegaly (SCT 80515008)."""

Heroin: _Final[_Code] = _Code("SCT", "387341002", "Heroin", (6089,))
"""Heroin (SCT 387341002)."""

HeterogeneousCalcification: _Final[_Code] = _Code(
    "SCT", "129763007", "Heterogeneous calcification", (6011,)
)
"""Heterogeneous calcification (SCT 129763007)."""

HeterogeneouslyDense: _Final[_Code] = _Code("SCT", "129718006", "Heterogeneously dense", (6001,))
"""Heterogeneously dense (SCT 129718006)."""

Hickey: _Final[_Code] = _Code("SCT", "399277004", "Hickey", (4012,))
"""Hickey (SCT 399277004)."""

High: _Final[_Code] = _Code("SCT", "75540009", "High", (75, 3642))
"""High (SCT 75540009)."""

HighDensityLesion: _Final[_Code] = _Code("SCT", "129744006", "High density lesion", (6009,))
"""High density lesion (SCT 129744006)."""

HighFrequencyVentilation: _Final[_Code] = _Code(
    "SCT", "243154003", "High frequency ventilation", (620,)
)
"""High frequency ventilation (SCT 243154003)."""

HighPowerNonImmersionLens: _Final[_Code] = _Code(
    "SCT", "445621001", "High power non-immersion lens", (8121,)
)
"""High power non-immersion lens (SCT 445621001)."""

HighRightAtrium: _Final[_Code] = _Code("SCT", "128591008", "High right atrium", (3011,))
"""High right atrium (SCT 128591008)."""

HighRisk: _Final[_Code] = _Code("SCT", "15508007", "High risk", (3118,))
"""High risk (SCT 15508007)."""

HighRiskTumor: _Final[_Code] = _Code("SCT", "258270003", "High risk tumor", (6063,))
"""High risk tumor (SCT 258270003)."""

HighestMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127926002", "highest mediastinal lymph node", (7600,)
)
"""highest mediastinal lymph node (SCT 127926002)."""

HighlySignificant: _Final[_Code] = _Code("SCT", "371926006", "Highly significant", (220,))
"""Highly significant (SCT 371926006)."""

Hilar: _Final[_Code] = _Code("SCT", "32381004", "Hilar", (2,))
"""Hilar (SCT 32381004)."""

HilarArtery: _Final[_Code] = _Code("SCT", "397405001", "Hilar Artery", (12115,))
"""Hilar Artery (SCT 397405001)."""

HilarLymphNode: _Final[_Code] = _Code("SCT", "53074004", "hilar lymph node", (7600,))
"""hilar lymph node (SCT 53074004)."""

HilumOfLung: _Final[_Code] = _Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007)."""

Hindfoot: _Final[_Code] = _Code("SCT", "416804009", "Hindfoot", (7483,))
"""Hindfoot (SCT 416804009)."""

Hip: _Final[_Code] = _Code("SCT", "29836001", "Hip", (4031,))
"""Hip (SCT 29836001)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001)."""

HipJointReconstruction: _Final[_Code] = _Code(
    "SCT", "119614000", "Hip joint reconstruction", (7301,)
)
"""Hip joint reconstruction (SCT 119614000)."""

Hippocampus: _Final[_Code] = _Code("SCT", "5366008", "Hippocampus", (7140, 7153))
"""Hippocampus (SCT 5366008)."""

HirtzModification: _Final[_Code] = _Code("SCT", "424086005", "Hirtz Modification", (4012,))
"""Hirtz Modification (SCT 424086005)."""

Hispanic: _Final[_Code] = _Code("SCT", "414408004", "Hispanic", (6099,))
"""Hispanic (SCT 414408004)."""

Histology: _Final[_Code] = _Code("SCT", "714797009", "Histology", (8131,))
"""Histology (SCT 714797009)."""

Histopathology_252416005: _Final[_Code] = _Code("SCT", "252416005", "Histopathology", (8131,))
"""Histopathology (SCT 252416005)."""

Histopathology_441950002: _Final[_Code] = _Code("SCT", "441950002", "Histopathology", (7030,))
"""Histopathology (SCT 441950002)."""

HistoryOfBetaBlockingAgentsTherapy: _Final[_Code] = _Code(
    "SCT", "440935004", "History of Beta-blocking agents therapy", (64,)
)
"""History of Beta-blocking agents therapy (SCT 440935004)."""

HistoryOfCABG: _Final[_Code] = _Code("SCT", "399261000", "History of CABG", (3201,))
"""History of CABG (SCT 399261000)."""

HistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "266995000", "History of - cardiovascular disease", (6088,)
)
"""History of - cardiovascular disease (SCT 266995000)."""

HistoryOfCerebrovascularDisease: _Final[_Code] = _Code(
    "SCT", "308064009", "History of cerebrovascular disease", (3756,)
)
"""History of cerebrovascular disease (SCT 308064009)."""

HistoryOfChronicLungDisease: _Final[_Code] = _Code(
    "SCT", "414415007", "History of chronic lung disease", (3756,)
)
"""History of chronic lung disease (SCT 414415007)."""

HistoryOfCongestiveHeartFailure: _Final[_Code] = _Code(
    "SCT", "161505003", "History of congestive heart failure", (64, 3756)
)
"""History of congestive heart failure (SCT 161505003)."""

HistoryOfDiabetesMellitus: _Final[_Code] = _Code(
    "SCT", "161445009", "History of diabetes mellitus", (64, 3756, 6088)
)
"""History of diabetes mellitus (SCT 161445009)."""

HistoryOfEclampsia: _Final[_Code] = _Code("SCT", "161806007", "History of - eclampsia", (6088,))
"""History of - eclampsia (SCT 161806007)."""

HistoryOfEctopicPregnancy: _Final[_Code] = _Code(
    "SCT", "161763005", "History of - ectopic pregnancy", (6088,)
)
"""History of - ectopic pregnancy (SCT 161763005)."""

HistoryOfHypercholesterolemia: _Final[_Code] = _Code(
    "SCT", "414416008", "History of hypercholesterolemia", (3756,)
)
"""History of hypercholesterolemia (SCT 414416008)."""

HistoryOfHypertension: _Final[_Code] = _Code(
    "SCT", "161501007", "History of Hypertension", (64, 3756, 6088)
)
"""History of Hypertension (SCT 161501007)."""

HistoryOfInfertility: _Final[_Code] = _Code("SCT", "161798008", "History of infertility", (6088,))
"""History of infertility (SCT 161798008)."""

HistoryOfMalignantBasalCellNeoplasmOfSkin: _Final[_Code] = _Code(
    "SCT", "428053000", "History of malignant basal cell neoplasm of skin", (4404,)
)
"""History of malignant basal cell neoplasm of skin (SCT 428053000)."""

HistoryOfMalignantMelanoma: _Final[_Code] = _Code(
    "SCT", "161432005", "History of malignant melanoma", (4402,)
)
"""History of malignant melanoma (SCT 161432005)."""

HistoryOfMalignantMelanomaOfTheSkin: _Final[_Code] = _Code(
    "SCT", "321000119108", "History of malignant melanoma of the skin", (4402,)
)
"""History of malignant melanoma of the skin (SCT 321000119108)."""

HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma: _Final[_Code] = _Code(
    "SCT", "443895001", "History of malignant neoplasm of skin excluding melanoma", (4404,)
)
"""History of malignant neoplasm of skin excluding melanoma (SCT 443895001)."""

HistoryOfMelanomaInSituOfTheSkin: _Final[_Code] = _Code(
    "SCT", "1251000119106", "History of melanoma in situ of the skin", (4403,)
)
"""History of melanoma in situ of the skin (SCT 1251000119106)."""

HistoryOfMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "399211009", "History of Myocardial Infarction", (3201, 3756)
)
"""History of Myocardial Infarction (SCT 399211009)."""

HistoryOfObesity: _Final[_Code] = _Code("SCT", "161453001", "History of - obesity", (6088,))
"""History of - obesity (SCT 161453001)."""

HistoryOfPrematureDelivery: _Final[_Code] = _Code(
    "SCT", "161765003", "History of - premature delivery", (6088,)
)
"""History of - premature delivery (SCT 161765003)."""

HistoryOfRadiationTherapy: _Final[_Code] = _Code(
    "SCT", "429479009", "History of radiation therapy", (6051,)
)
"""History of radiation therapy (SCT 429479009)."""

HistoryOfRegularMedication: _Final[_Code] = _Code(
    "SCT", "161656000", "History of - regular medication", (6088,)
)
"""History of - regular medication (SCT 161656000)."""

HistoryOfRenalFailure: _Final[_Code] = _Code(
    "SCT", "414417004", "History of renal failure", (64, 3756)
)
"""History of renal failure (SCT 414417004)."""

HistoryOfSeverePreEclampsia: _Final[_Code] = _Code(
    "SCT", "161807003", "History of - severe pre-eclampsia", (6088,)
)
"""History of - severe pre-eclampsia (SCT 161807003)."""

HistoryOfSquamousCellCarcinomaOfSkin: _Final[_Code] = _Code(
    "SCT", "429024007", "History of squamous cell carcinoma of skin", (4404,)
)
"""History of squamous cell carcinoma of skin (SCT 429024007)."""

HistoryOfSubstanceAbuse: _Final[_Code] = _Code(
    "SCT", "371422002", "History of substance abuse", (6088,)
)
"""History of substance abuse (SCT 371422002)."""

HodgkinLymphoma: _Final[_Code] = _Code("SCT", "1163005009", "Hodgkin's lymphoma", (6033,))
"""Hodgkin's lymphoma (SCT 1163005009)."""

HoffmanModulator: _Final[_Code] = _Code("SCT", "445635004", "Hoffman modulator", (8124,))
"""Hoffman modulator (SCT 445635004)."""

Holly: _Final[_Code] = _Code("SCT", "399129007", "Holly", (4012,))
"""Holly (SCT 399129007)."""

Holmblad: _Final[_Code] = _Code("SCT", "399285008", "Holmblad", (4012,))
"""Holmblad (SCT 399285008)."""

Homatropine: _Final[_Code] = _Code("SCT", "82264009", "Homatropine", (4208,))
"""Homatropine (SCT 82264009)."""

HomoSapiens: _Final[_Code] = _Code("SCT", "337915000", "Homo sapiens", (7454,))
"""Homo sapiens (SCT 337915000)."""

Horizontal: _Final[_Code] = _Code("SCT", "24020000", "Horizontal", (2, 6121))
"""Horizontal (SCT 24020000)."""

HorizontalLongAxis: _Final[_Code] = _Code("SCT", "131186000", "Horizontal Long Axis", (27,))
"""Horizontal Long Axis (SCT 131186000)."""

HormoneTherapy: _Final[_Code] = _Code("SCT", "169413002", "Hormone therapy", (6085,))
"""Hormone therapy (SCT 169413002)."""

Hough: _Final[_Code] = _Code("SCT", "399168000", "Hough", (4012,))
"""Hough (SCT 399168000)."""

Hsieh: _Final[_Code] = _Code("SCT", "399083008", "Hsieh", (4012,))
"""Hsieh (SCT 399083008)."""

Hughston: _Final[_Code] = _Code("SCT", "399003005", "Hughston", (4012,))
"""Hughston (SCT 399003005)."""

HumanFibrinogen: _Final[_Code] = _Code("SCT", "418326009", "Human fibrinogen", (10,))
"""Human fibrinogen (SCT 418326009)."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009)."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

HydrocortisoneSodiumSuccinate: _Final[_Code] = _Code(
    "SCT", "109066000", "Hydrocortisone sodium succinate", (65,)
)
"""Hydrocortisone sodium succinate (SCT 109066000)."""

HyoidBone: _Final[_Code] = _Code("SCT", "21387005", "Hyoid bone", (4028,))
"""Hyoid bone (SCT 21387005)."""

Hyperkinesis: _Final[_Code] = _Code("SCT", "371855002", "Hyperkinesis", (3706,))
"""Hyperkinesis (SCT 371855002)."""

HyperkineticRegion: _Final[_Code] = _Code("SCT", "373123005", "Hyperkinetic region", (3703,))
"""Hyperkinetic region (SCT 373123005)."""

Hyperopia: _Final[_Code] = _Code("SCT", "38101003", "Hyperopia", (4238,))
"""Hyperopia (SCT 38101003)."""

Hyperplasia: _Final[_Code] = _Code("SCT", "76197007", "hyperplasia", (3802, 3815, 6031))
"""hyperplasia (SCT 76197007)."""

Hypertension: _Final[_Code] = _Code(
    "SCT", "38341003", "Hypertension", (60, 3201, 3211, 3640, 12246)
)
"""Hypertension (SCT 38341003)."""

HypertensiveEpisode: _Final[_Code] = _Code("SCT", "443482000", "Hypertensive episode", (3221,))
"""Hypertensive episode (SCT 443482000)."""

HypertensiveHeartDisease: _Final[_Code] = _Code(
    "SCT", "64715009", "Hypertensive heart disease", (3700, 3728)
)
"""Hypertensive heart disease (SCT 64715009)."""

HypertrophicCardiomyopathyWithoutObstruction: _Final[_Code] = _Code(
    "SCT", "195020003", "Hypertrophic cardiomyopathy without obstruction", (3728,)
)
"""Hypertrophic cardiomyopathy without obstruction (SCT 195020003)."""

HypertrophicObstructiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "45227007", "Hypertrophic obstructive cardiomyopathy", (3700, 3728)
)
"""Hypertrophic obstructive cardiomyopathy (SCT 45227007)."""

Hyperventilation: _Final[_Code] = _Code("SCT", "68978004", "Hyperventilation", (3038, 3207))
"""Hyperventilation (SCT 68978004)."""

HypogastricLymphNode: _Final[_Code] = _Code("SCT", "69255009", "hypogastric lymph node", (7600,))
"""hypogastric lymph node (SCT 69255009)."""

HypogastricRegion: _Final[_Code] = _Code("SCT", "11708003", "Hypogastric region", (4,))
"""Hypogastric region (SCT 11708003)."""

HypoglossalNerve: _Final[_Code] = _Code("SCT", "37899009", "hypoglossal nerve", (7706,))
"""hypoglossal nerve (SCT 37899009)."""

Hypoglycemic: _Final[_Code] = _Code("SCT", "312064005", "Hypoglycemic", (622,))
"""Hypoglycemic (SCT 312064005)."""

Hypokinesis: _Final[_Code] = _Code("SCT", "37706002", "Hypokinesis", (3703, 3706))
"""Hypokinesis (SCT 37706002)."""

Hypopharynx: _Final[_Code] = _Code("SCT", "81502006", "Hypopharynx", (4, 7601))
"""Hypopharynx (SCT 81502006)."""

Hypoplasia: _Final[_Code] = _Code("SCT", "55199003", "hypoplasia", (3813,))
"""hypoplasia (SCT 55199003)."""

HypoplasticLeftHeartSyndrome: _Final[_Code] = _Code(
    "SCT", "62067003", "Hypoplastic left heart syndrome", (12248,)
)
"""Hypoplastic left heart syndrome (SCT 62067003)."""

Hypotension: _Final[_Code] = _Code("SCT", "45007003", "Hypotension", (60, 3211))
"""Hypotension (SCT 45007003)."""

HypotensiveAgent: _Final[_Code] = _Code("SCT", "1182007", "Hypotensive agent", (10, 622))
"""Hypotensive agent (SCT 1182007)."""

HypotensiveEpisode: _Final[_Code] = _Code("SCT", "67763001", "Hypotensive episode", (3221,))
"""Hypotensive episode (SCT 67763001)."""

Hysterectomy: _Final[_Code] = _Code("SCT", "236886002", "Hysterectomy", (6082,))
"""Hysterectomy (SCT 236886002)."""

IDPlate: _Final[_Code] = _Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007)."""

ILMInternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "280677004", "ILM - Internal limiting membrane", (4273,)
)
"""ILM - Internal limiting membrane (SCT 280677004)."""

IlealVein: _Final[_Code] = _Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002)."""

IleocecalValve: _Final[_Code] = _Code("SCT", "23153004", "Ileocecal valve", (6201,))
"""Ileocecal valve (SCT 23153004)."""

IleocolicLymphNode: _Final[_Code] = _Code("SCT", "281676003", "ileocolic lymph node", (7600,))
"""ileocolic lymph node (SCT 281676003)."""

IleostomyBag: _Final[_Code] = _Code("SCT", "417136005", "Ileostomy bag", (6203,))
"""Ileostomy bag (SCT 417136005)."""

Ileum: _Final[_Code] = _Code("SCT", "34516001", "Ileum", (4031,))
"""Ileum (SCT 34516001)."""

IliacAndOrFemoralArtery: _Final[_Code] = _Code(
    "SCT", "299716001", "Iliac and/or femoral artery", (4030,)
)
"""Iliac and/or femoral artery (SCT 299716001)."""

IliacArtery: _Final[_Code] = _Code("SCT", "10293006", "Iliac artery", (3010, 3606))
"""Iliac artery (SCT 10293006)."""

IliacCrest: _Final[_Code] = _Code("SCT", "29850006", "Iliac Crest", (1005,))
"""Iliac Crest (SCT 29850006)."""

IliacLymphNode: _Final[_Code] = _Code("SCT", "84219008", "iliac lymph node", (7600,))
"""iliac lymph node (SCT 84219008)."""

IliacVein: _Final[_Code] = _Code("SCT", "244411005", "Iliac vein", (3010,))
"""Iliac vein (SCT 244411005)."""

IliocostalisMuscle: _Final[_Code] = _Code("SCT", "57651003", "Iliocostalis muscle", (6116,))
"""Iliocostalis muscle (SCT 57651003)."""

Ilium: _Final[_Code] = _Code("SCT", "22356005", "Ilium", (4031,))
"""Ilium (SCT 22356005)."""

ImageAnalysis: _Final[_Code] = _Code("SCT", "24587005", "Image analysis", (3215,))
"""Image analysis (SCT 24587005)."""

ImageQualityAnalysis: _Final[_Code] = _Code(
    "SCT", "133887000", "Image quality analysis", (6043, 6137)
)
"""Image quality analysis (SCT 133887000)."""

ImagingGuidance: _Final[_Code] = _Code("SCT", "413815006", "Imaging guidance", (12246,))
"""Imaging guidance (SCT 413815006)."""

ImagingProcedure: _Final[_Code] = _Code("SCT", "363679005", "Imaging procedure", (100, 634))
"""Imaging procedure (SCT 363679005)."""

ImagingResultAbnormal: _Final[_Code] = _Code("SCT", "408574004", "Imaging result abnormal", (3209,))
"""Imaging result abnormal (SCT 408574004)."""

ImagingResultEquivocal: _Final[_Code] = _Code(
    "SCT", "408379005", "Imaging result equivocal", (3209,)
)
"""Imaging result equivocal (SCT 408379005)."""

ImagingResultNormal: _Final[_Code] = _Code("SCT", "408573005", "Imaging result normal", (3209,))
"""Imaging result normal (SCT 408573005)."""

ImmobileHeartValve: _Final[_Code] = _Code("SCT", "373137001", "Immobile Heart Valve", (3711,))
"""Immobile Heart Valve (SCT 373137001)."""

ImmunofluorescentStain: _Final[_Code] = _Code(
    "SCT", "255800009", "immunofluorescent stain", (4412, 8112)
)
"""immunofluorescent stain (SCT 255800009)."""

Immunohistochemistry: _Final[_Code] = _Code("SCT", "117617002", "Immunohistochemistry", (8131,))
"""Immunohistochemistry (SCT 117617002)."""

Immunomodulator: _Final[_Code] = _Code("SCT", "372558009", "Immunomodulator", (4410,))
"""Immunomodulator (SCT 372558009)."""

ImpairedLeftVentricularFunction: _Final[_Code] = _Code(
    "SCT", "275514001", "Impaired left ventricular function", (3119,)
)
"""Impaired left ventricular function (SCT 275514001)."""

ImpairedRenalFunction: _Final[_Code] = _Code(
    "SCT", "236423003", "Impaired Renal Function", (1200, 1201)
)
"""Impaired Renal Function (SCT 236423003)."""

Implant: _Final[_Code] = _Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003)."""

ImplantDisplaced: _Final[_Code] = _Code("SCT", "399209000", "Implant Displaced", (4015,))
"""Implant Displaced (SCT 399209000)."""

ImplantRevisedSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129731001", "Implant revised since previous mammogram", (6003,)
)
"""Implant revised since previous mammogram (SCT 129731001)."""

ImplantableDefibrillator: _Final[_Code] = _Code(
    "SCT", "72506001", "Implantable defibrillator", (3777, 7157)
)
"""Implantable defibrillator (SCT 72506001)."""

ImplantableVenousAccessPort: _Final[_Code] = _Code(
    "SCT", "398013009", "Implantable venous access port", (74,)
)
"""Implantable venous access port (SCT 398013009)."""

ImplantationOfAutomaticCardiacDefibrillator: _Final[_Code] = _Code(
    "SCT", "233170003", "Implantation of automatic cardiac defibrillator", (3721,)
)
"""Implantation of automatic cardiac defibrillator (SCT 233170003)."""

ImplantationOfCardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "307280005", "Implantation of cardiac pacemaker", (3721,)
)
"""Implantation of cardiac pacemaker (SCT 307280005)."""

ImplantationOfHeartValveProsthesisOrSyntheticDevice: _Final[_Code] = _Code(
    "SCT", "47432005", "Implantation of heart valve prosthesis or synthetic device", (12247,)
)
"""Implantation of heart valve prosthesis or synthetic device (SCT 47432005)."""

ImplantationOfHeartValveWithTissueGraft: _Final[_Code] = _Code(
    "SCT", "37153009", "Implantation of heart valve with tissue graft", (12247,)
)
"""Implantation of heart valve with tissue graft (SCT 37153009)."""

ImplantationOfRadioactiveSeedIntoProstate: _Final[_Code] = _Code(
    "SCT", "425767004", "Implantation of radioactive seed into prostate", (6323,)
)
"""Implantation of radioactive seed into prostate (SCT 425767004)."""

ImprovementOfWallMotion: _Final[_Code] = _Code(
    "SCT", "428825004", "Improvement of wall motion", (3237,)
)
"""Improvement of wall motion (SCT 428825004)."""

InProgress: _Final[_Code] = _Code("SCT", "385651009", "In progress", (3773,))
"""In progress (SCT 385651009)."""

InRemission: _Final[_Code] = _Code("SCT", "765205004", "In remission", (3772,))
"""In remission (SCT 765205004)."""

InactiveProblem: _Final[_Code] = _Code("SCT", "394775005", "Inactive problem", (3770,))
"""Inactive problem (SCT 394775005)."""

IncompleteLeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "251120003", "Incomplete Left bundle branch block", (3230,)
)
"""Incomplete Left bundle branch block (SCT 251120003)."""

IncompleteRightBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "251124007", "Incomplete Right bundle branch block", (3230,)
)
"""Incomplete Right bundle branch block (SCT 251124007)."""

IncompleteStentApposition: _Final[_Code] = _Code(
    "SCT", "408709008", "Incomplete Stent apposition", (3494,)
)
"""Incomplete Stent apposition (SCT 408709008)."""

IncreaseInNumberOfCalcifications: _Final[_Code] = _Code(
    "SCT", "129726003", "Increase in number of calcifications", (6003,)
)
"""Increase in number of calcifications (SCT 129726003)."""

IncreaseInSize: _Final[_Code] = _Code("SCT", "15454001", "Increase in size", (6003, 6134))
"""Increase in size (SCT 15454001)."""

IncreasedLungUptake: _Final[_Code] = _Code("SCT", "428920008", "Increased lung uptake", (3116,))
"""Increased lung uptake (SCT 428920008)."""

IncreasedTolerance: _Final[_Code] = _Code("SCT", "102459008", "Increased tolerance", (3236,))
"""Increased tolerance (SCT 102459008)."""

Indeterminate: _Final[_Code] = _Code("SCT", "82334004", "Indeterminate", (4220,))
"""Indeterminate (SCT 82334004)."""

IndeterminateResult: _Final[_Code] = _Code("SCT", "280416009", "Indeterminate result", (6063,))
"""Indeterminate result (SCT 280416009)."""

IndiaInkStain: _Final[_Code] = _Code("SCT", "406972004", "India ink stain", (8112,))
"""India ink stain (SCT 406972004)."""

IndianRace: _Final[_Code] = _Code("SCT", "414481008", "Indian race", (6099,))
"""Indian race (SCT 414481008)."""

IndigoCarmine: _Final[_Code] = _Code("SCT", "412548006", "indigo carmine", (8112,))
"""indigo carmine (SCT 412548006)."""

IndirectIrisTransillumination: _Final[_Code] = _Code(
    "SCT", "410467002", "Indirect iris transillumination", (4203,)
)
"""Indirect iris transillumination (SCT 410467002)."""

IndirectOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "409901008", "Indirect Ophthalmoscope", (4202,)
)
"""Indirect Ophthalmoscope (SCT 409901008)."""

IndirectOphthalmoscopyLens: _Final[_Code] = _Code(
    "SCT", "409897002", "Indirect ophthalmoscopy lens", (4205,)
)
"""Indirect ophthalmoscopy lens (SCT 409897002)."""

IndirectRetroilluminationFromTheIris: _Final[_Code] = _Code(
    "SCT", "410465005", "Indirect retroillumination from the iris", (4203,)
)
"""Indirect retroillumination from the iris (SCT 410465005)."""

IndirectRetroilluminationFromTheRetina: _Final[_Code] = _Code(
    "SCT", "410466006", "Indirect retroillumination from the retina", (4203,)
)
"""Indirect retroillumination from the retina (SCT 410466006)."""

IndirectScleroticScatterIllumination: _Final[_Code] = _Code(
    "SCT", "410464009", "Indirect sclerotic scatter illumination", (4203,)
)
"""Indirect sclerotic scatter illumination (SCT 410464009)."""

IndistinctLesion: _Final[_Code] = _Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003)."""

Indium111CapromabPendetide: _Final[_Code] = _Code(
    "SCT", "446871009", "Indium^111 Capromab Pendetide", (25,)
)
"""Indium^111 Capromab Pendetide (SCT 446871009)."""

Indium111Chloride: _Final[_Code] = _Code("SCT", "395742005", "Indium^111 Chloride", (25,))
"""Indium^111 Chloride (SCT 395742005)."""

Indium111FeOHGreaterThan3LesserThan: _Final[_Code] = _Code(
    "SCT", "6516008", "Indium^111^-Fe(OH) >3<", (25,)
)
"""Indium^111^-Fe(OH) >3< (SCT 6516008)."""

Indium111Oxyquinoline: _Final[_Code] = _Code("SCT", "424570009", "Indium^111^oxyquinoline", (25,))
"""Indium^111^oxyquinoline (SCT 424570009)."""

Indium111Pentetate: _Final[_Code] = _Code("SCT", "29218008", "Indium^111^ pentetate", (25,))
"""Indium^111^ pentetate (SCT 29218008)."""

Indium111Pentetreotide: _Final[_Code] = _Code("SCT", "446800006", "Indium^111 Pentetreotide", (25,))
"""Indium^111 Pentetreotide (SCT 446800006)."""

Indium111RedCellLabel: _Final[_Code] = _Code("SCT", "81621007", "Indium^111^ red cell label", (25,))
"""Indium^111^ red cell label (SCT 81621007)."""

Indium111Transferrin: _Final[_Code] = _Code("SCT", "78570003", "Indium^111^ transferrin", (25,))
"""Indium^111^ transferrin (SCT 78570003)."""

Indium113mBleomycin: _Final[_Code] = _Code("SCT", "90617008", "Indium^113m^ bleomycin", (25,))
"""Indium^113m^ bleomycin (SCT 90617008)."""

Indium113mChloride: _Final[_Code] = _Code("SCT", "767418009", "Indium^113m^ chloride", (25,))
"""Indium^113m^ chloride (SCT 767418009)."""

Indium113mPentetate: _Final[_Code] = _Code("SCT", "42728008", "Indium^113m^ pentetate", (25,))
"""Indium^113m^ pentetate (SCT 42728008)."""

IndividualCalcification: _Final[_Code] = _Code(
    "SCT", "129770007", "Individual Calcification", (6015,)
)
"""Individual Calcification (SCT 129770007)."""

IndocyanineGreen: _Final[_Code] = _Code("SCT", "7292004", "Indocyanine green", (4200,))
"""Indocyanine green (SCT 7292004)."""

IndophenolFromNaphtholStain: _Final[_Code] = _Code(
    "SCT", "11727009", "indophenol from naphthol stain", (8112,)
)
"""indophenol from naphthol stain (SCT 11727009)."""

InductionRoom: _Final[_Code] = _Code("SCT", "414485004", "Induction room", (603,))
"""Induction room (SCT 414485004)."""

InfarctionOfBreast: _Final[_Code] = _Code("SCT", "77296004", "Infarction of breast", (6031,))
"""Infarction of breast (SCT 77296004)."""

InfectiousDisease: _Final[_Code] = _Code("SCT", "309934006", "Infectious Disease", (7030,))
"""Infectious Disease (SCT 309934006)."""

Inferior: _Final[_Code] = _Code(
    "SCT", "261089000", "Inferior", (2, 5, 212, 4005, 6065, 12117, 12281)
)
"""Inferior (SCT 261089000)."""

InferiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181901007", "Inferior articular facet of axis", (6115,)
)
"""Inferior articular facet of axis (SCT 181901007)."""

InferiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317766009", "Inferior articular process of vertebra", (6115,)
)
"""Inferior articular process of vertebra (SCT 317766009)."""

InferiorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "155237005", "inferior auricular lymph node", (7600,)
)
"""inferior auricular lymph node (SCT 155237005)."""

InferiorCardiacVein: _Final[_Code] = _Code("SCT", "195416006", "Inferior cardiac vein", (3010,))
"""Inferior cardiac vein (SCT 195416006)."""

InferiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "67701001", "Inferior cerebellar peduncle", (7153, 7701)
)
"""Inferior cerebellar peduncle (SCT 67701001)."""

InferiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "35664009", "inferior fronto-occipital fasciculus", (7703,)
)
"""inferior fronto-occipital fasciculus (SCT 35664009)."""

InferiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "40684008", "inferior gluteal lymph node", (7600,)
)
"""inferior gluteal lymph node (SCT 40684008)."""

InferiorHornOfLateralVentricle: _Final[_Code] = _Code(
    "SCT", "53118009", "Inferior Horn of Lateral Ventricle", (7140,)
)
"""Inferior Horn of Lateral Ventricle (SCT 53118009)."""

InferiorInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "85380009", "inferior inguinal lymph node", (7600,)
)
"""inferior inguinal lymph node (SCT 85380009)."""

InferiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Inferior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior left pulmonary vein (SCT 51249003)."""

InferiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "55233005", "Inferior longitudinal fasciculus", (7153, 7703)
)
"""Inferior longitudinal fasciculus (SCT 55233005)."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior mesenteric artery", (3010, 12112)
)
"""Inferior mesenteric artery (SCT 33795007)."""

InferiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "113336002", "inferior mesenteric lymph node", (7600,)
)
"""inferior mesenteric lymph node (SCT 113336002)."""

InferiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "32859001", "Inferior Mesenteric Vein", (12114,)
)
"""Inferior Mesenteric Vein (SCT 32859001)."""

InferiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280915003", "inferior pancreatic lymph node", (7600,)
)
"""inferior pancreatic lymph node (SCT 280915003)."""

InferiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281227003", "inferior pancreaticoduodenal lymph node", (7600,)
)
"""inferior pancreaticoduodenal lymph node (SCT 281227003)."""

InferiorPhrenicArtery: _Final[_Code] = _Code("SCT", "29660000", "Inferior phrenic artery", (6117,))
"""Inferior phrenic artery (SCT 29660000)."""

InferiorRightHepaticVein: _Final[_Code] = _Code(
    "SCT", "397425002", "Inferior Right Hepatic Vein", (12114,)
)
"""Inferior Right Hepatic Vein (SCT 397425002)."""

InferiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Inferior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior right pulmonary vein (SCT 113273001)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007)."""

InferomedialToSuperolateralOblique: _Final[_Code] = _Code(
    "SCT", "441555000", "inferomedial to superolateral oblique", (4014,)
)
"""inferomedial to superolateral oblique (SCT 441555000)."""

InfiltratingDuctCarcinoma: _Final[_Code] = _Code(
    "SCT", "82711006", "Infiltrating duct carcinoma", (6033,)
)
"""Infiltrating duct carcinoma (SCT 82711006)."""

InfiltratingDuctalCarcinomaOfBreast: _Final[_Code] = _Code(
    "SCT", "408643008", "Infiltrating ductal carcinoma of breast", (639,)
)
"""Infiltrating ductal carcinoma of breast (SCT 408643008)."""

Inflammation: _Final[_Code] = _Code("SCT", "409774005", "Inflammation", (6031, 7159))
"""Inflammation (SCT 409774005)."""

InflammatoryAbdominalAorticAneurysm: _Final[_Code] = _Code(
    "SCT", "314186008", "inflammatory abdominal aortic aneurysm", (3808,)
)
"""inflammatory abdominal aortic aneurysm (SCT 314186008)."""

InflammatoryCarcinoma: _Final[_Code] = _Code("SCT", "32968003", "Inflammatory carcinoma", (6033,))
"""Inflammatory carcinoma (SCT 32968003)."""

InfraMammaryFold: _Final[_Code] = _Code("SCT", "442593008", "Infra-mammary fold", (4015,))
"""Infra-mammary fold (SCT 442593008)."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006)."""

InfraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "9659009", "infraclavicular lymph node", (7600,)
)
"""infraclavicular lymph node (SCT 9659009)."""

Infrared: _Final[_Code] = _Code("SCT", "414497003", "Infrared", (4206, 8122))
"""Infrared (SCT 414497003)."""

InfraredOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445169002", "Infrared optical filter", (4204, 8124)
)
"""Infrared optical filter (SCT 445169002)."""

InfraspinatusMuscle: _Final[_Code] = _Code("SCT", "72573008", "Infraspinatus muscle", (6116,))
"""Infraspinatus muscle (SCT 72573008)."""

Infrequent: _Final[_Code] = _Code("SCT", "27789000", "Infrequent", (6091,))
"""Infrequent (SCT 27789000)."""

InguinalLymphNode: _Final[_Code] = _Code("SCT", "8928004", "inguinal lymph node", (7600,))
"""inguinal lymph node (SCT 8928004)."""

InguinalRegion: _Final[_Code] = _Code("SCT", "26893007", "Inguinal region", (4040,))
"""Inguinal region (SCT 26893007)."""

InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent: _Final[_Code] = _Code(
    "SCT", "44812007", "Inhalation anesthesia system closed no rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed no rebreathing primary agent (SCT 44812007)."""

InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent: _Final[_Code] = _Code(
    "SCT", "112987001", "Inhalation anesthesia system closed rebreathing primary agent", (616,)
)
"""Inhalation anesthesia system closed rebreathing primary agent (SCT 112987001)."""

InjectionSiteAbscess: _Final[_Code] = _Code("SCT", "95382004", "Injection site abscess", (10043,))
"""Injection site abscess (SCT 95382004)."""

InjectionSiteAnesthesia: _Final[_Code] = _Code(
    "SCT", "95398006", "Injection site anesthesia", (10043,)
)
"""Injection site anesthesia (SCT 95398006)."""

InjectionSiteAtrophy: _Final[_Code] = _Code("SCT", "95404001", "Injection site atrophy", (10043,))
"""Injection site atrophy (SCT 95404001)."""

InjectionSiteBruising: _Final[_Code] = _Code("SCT", "95401009", "Injection site bruising", (10043,))
"""Injection site bruising (SCT 95401009)."""

InjectionSiteBurning: _Final[_Code] = _Code("SCT", "95389008", "Injection site burning", (10043,))
"""Injection site burning (SCT 95389008)."""

InjectionSiteCyst: _Final[_Code] = _Code("SCT", "95396005", "Injection site cyst", (10043,))
"""Injection site cyst (SCT 95396005)."""

InjectionSiteDermatitis: _Final[_Code] = _Code(
    "SCT", "95393002", "Injection site dermatitis", (10043,)
)
"""Injection site dermatitis (SCT 95393002)."""

InjectionSiteDisorder: _Final[_Code] = _Code("SCT", "95376002", "Injection site disorder", (10043,))
"""Injection site disorder (SCT 95376002)."""

InjectionSiteEdema: _Final[_Code] = _Code("SCT", "95392007", "Injection site edema", (10043,))
"""Injection site edema (SCT 95392007)."""

InjectionSiteExtravasation: _Final[_Code] = _Code(
    "SCT", "95384003", "Injection Site Extravasation", (60, 9301)
)
"""Injection Site Extravasation (SCT 95384003)."""

InjectionSiteFibrosis: _Final[_Code] = _Code("SCT", "95403007", "Injection site fibrosis", (10043,))
"""Injection site fibrosis (SCT 95403007)."""

InjectionSiteGranuloma: _Final[_Code] = _Code(
    "SCT", "24389009", "Injection site granuloma", (10043,)
)
"""Injection site granuloma (SCT 24389009)."""

InjectionSiteHemorrhage: _Final[_Code] = _Code(
    "SCT", "95385002", "Injection site hemorrhage", (10043,)
)
"""Injection site hemorrhage (SCT 95385002)."""

InjectionSiteHypersensitivity: _Final[_Code] = _Code(
    "SCT", "95378001", "Injection site hypersensitivity", (10043,)
)
"""Injection site hypersensitivity (SCT 95378001)."""

InjectionSiteInduration: _Final[_Code] = _Code(
    "SCT", "95402002", "Injection site induration", (10043,)
)
"""Injection site induration (SCT 95402002)."""

InjectionSiteInfection: _Final[_Code] = _Code(
    "SCT", "95381006", "Injection site infection", (10043,)
)
"""Injection site infection (SCT 95381006)."""

InjectionSiteInflammation: _Final[_Code] = _Code(
    "SCT", "95391000", "Injection site inflammation", (10043,)
)
"""Injection site inflammation (SCT 95391000)."""

InjectionSiteIrritation: _Final[_Code] = _Code(
    "SCT", "95379009", "Injection site irritation", (10043,)
)
"""Injection site irritation (SCT 95379009)."""

InjectionSiteMalabsorption: _Final[_Code] = _Code(
    "SCT", "95387005", "Injection site malabsorption", (10043,)
)
"""Injection site malabsorption (SCT 95387005)."""

InjectionSiteMass: _Final[_Code] = _Code("SCT", "95395009", "Injection site mass", (10043,))
"""Injection site mass (SCT 95395009)."""

InjectionSiteNecrosis: _Final[_Code] = _Code("SCT", "95397001", "Injection site necrosis", (10043,))
"""Injection site necrosis (SCT 95397001)."""

InjectionSiteNerveDamage: _Final[_Code] = _Code(
    "SCT", "95390004", "Injection site nerve damage", (10043,)
)
"""Injection site nerve damage (SCT 95390004)."""

InjectionSitePain: _Final[_Code] = _Code("SCT", "95388000", "Injection site pain", (10043,))
"""Injection site pain (SCT 95388000)."""

InjectionSiteParesthesia: _Final[_Code] = _Code(
    "SCT", "95399003", "Injection site paresthesia", (10043,)
)
"""Injection site paresthesia (SCT 95399003)."""

InjectionSitePigmentationChange: _Final[_Code] = _Code(
    "SCT", "95380007", "Injection site pigmentation change", (10043,)
)
"""Injection site pigmentation change (SCT 95380007)."""

InjectionSiteScar: _Final[_Code] = _Code("SCT", "111017005", "Injection site scar", (10043,))
"""Injection site scar (SCT 111017005)."""

InjectionSiteSterileAbscess: _Final[_Code] = _Code(
    "SCT", "95383009", "Injection site sterile abscess", (10043,)
)
"""Injection site sterile abscess (SCT 95383009)."""

InjectionSiteThrombosis: _Final[_Code] = _Code(
    "SCT", "95386001", "Injection site thrombosis", (10043,)
)
"""Injection site thrombosis (SCT 95386001)."""

InjectionSiteUlcer: _Final[_Code] = _Code("SCT", "95400005", "Injection site ulcer", (10043,))
"""Injection site ulcer (SCT 95400005)."""

InjectionSiteUrticaria: _Final[_Code] = _Code(
    "SCT", "95394008", "Injection site urticaria", (10043,)
)
"""Injection site urticaria (SCT 95394008)."""

InlayDentalRestoration: _Final[_Code] = _Code(
    "SCT", "272287005", "Inlay Dental Restoration", (7157,)
)
"""Inlay Dental Restoration (SCT 272287005)."""

InnerEar: _Final[_Code] = _Code("SCT", "22945000", "Inner ear", (4028,))
"""Inner ear (SCT 22945000)."""

InnermostIntercostalMuscles: _Final[_Code] = _Code(
    "SCT", "24062007", "Innermost intercostal muscles", (6116,)
)
"""Innermost intercostal muscles (SCT 24062007)."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate artery (SCT 12691009)."""

InnominateLymphNode: _Final[_Code] = _Code("SCT", "196821008", "innominate lymph node", (7600,))
"""innominate lymph node (SCT 196821008)."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007)."""

Inositol: _Final[_Code] = _Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009)."""

InotropicAgent: _Final[_Code] = _Code("SCT", "111139005", "Inotropic agent", (10, 622))
"""Inotropic agent (SCT 111139005)."""

InsertionOfAtrialBaffle: _Final[_Code] = _Code(
    "SCT", "1179121008", "Insertion of atrial baffle", (12247,)
)
"""Insertion of atrial baffle (SCT 1179121008)."""

InsertionOfCoronaryArteryStent: _Final[_Code] = _Code(
    "SCT", "36969009", "Insertion of coronary artery stent", (3764,)
)
"""Insertion of coronary artery stent (SCT 36969009)."""

InsertionOfHipProsthesis: _Final[_Code] = _Code(
    "SCT", "398010007", "Insertion of hip prosthesis", (7301,)
)
"""Insertion of hip prosthesis (SCT 398010007)."""

InsertionOfInteratrialBaffle: _Final[_Code] = _Code(
    "SCT", "261537001", "Insertion of interatrial baffle", (12247,)
)
"""Insertion of interatrial baffle (SCT 261537001)."""

InsolubleBerlinBlueStain: _Final[_Code] = _Code(
    "SCT", "47030008", "insoluble berlin blue stain", (8112,)
)
"""insoluble berlin blue stain (SCT 47030008)."""

Inspiration: _Final[_Code] = _Code("SCT", "14910006", "inspiration", (3823, 12234))
"""inspiration (SCT 14910006)."""

InsufficientSample: _Final[_Code] = _Code("SCT", "281268007", "Insufficient sample", (6063,))
"""Insufficient sample (SCT 281268007)."""

Insula: _Final[_Code] = _Code("SCT", "36169008", "Insula", (7153,))
"""Insula (SCT 36169008)."""

InsulinDependentMotherIDM: _Final[_Code] = _Code(
    "SCT", "444161008", "Insulin dependent mother (IDM)", (3756,)
)
"""Insulin dependent mother (IDM) (SCT 444161008)."""

InsulinPump: _Final[_Code] = _Code("SCT", "69805005", "Insulin pump", (3777,))
"""Insulin pump (SCT 69805005)."""

IntensiveCare: _Final[_Code] = _Code("SCT", "309904001", "Intensive Care", (7030,))
"""Intensive Care (SCT 309904001)."""

InteratrialSeptum: _Final[_Code] = _Code("SCT", "58095006", "Interatrial septum", (6116, 12284))
"""Interatrial septum (SCT 58095006)."""

Intercostal: _Final[_Code] = _Code("SCT", "1197041002", "Intercostal", (5,))
"""Intercostal (SCT 1197041002)."""

IntercostalArtery: _Final[_Code] = _Code("SCT", "281134007", "Intercostal artery", (6117,))
"""Intercostal artery (SCT 281134007)."""

IntercostalLymphNode: _Final[_Code] = _Code("SCT", "64038003", "intercostal lymph node", (7600,))
"""intercostal lymph node (SCT 64038003)."""

InterferonGamma: _Final[_Code] = _Code("SCT", "420303002", "Interferon gamma", (642,))
"""Interferon gamma (SCT 420303002)."""

InteriliacLymphNode: _Final[_Code] = _Code("SCT", "279271008", "interiliac lymph node", (7600,))
"""interiliac lymph node (SCT 279271008)."""

InterlobarArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274143007", "Interlobar Artery of Kidney", (12115,)
)
"""Interlobar Artery of Kidney (SCT 274143007)."""

InterlobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127919002", "interlobar lymph node of the lung", (7600,)
)
"""interlobar lymph node of the lung (SCT 127919002)."""

InterlobularArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274329007", "Interlobular Artery of Kidney", (12115,)
)
"""Interlobular Artery of Kidney (SCT 274329007)."""

Intermediate: _Final[_Code] = _Code("SCT", "11896004", "Intermediate", (2,))
"""Intermediate (SCT 11896004)."""

IntermediateArteryRamus: _Final[_Code] = _Code(
    "SCT", "244252004", "Intermediate Artery (Ramus)", (3014,)
)
"""Intermediate Artery (Ramus) (SCT 244252004)."""

IntermediateCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "64556009", "intermediate common iliac lymph node", (7600,)
)
"""intermediate common iliac lymph node (SCT 64556009)."""

IntermediateExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "50193000", "intermediate external iliac lymph node", (7600,)
)
"""intermediate external iliac lymph node (SCT 50193000)."""

Intermittent: _Final[_Code] = _Code("SCT", "7087005", "Intermittent", (3770,))
"""Intermittent (SCT 7087005)."""

Internal: _Final[_Code] = _Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

InternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "361078006", "Internal Auditory Canal", (4028, 4031)
)
"""Internal Auditory Canal (SCT 361078006)."""

InternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "61671002", "Internal Auditory Meatus", (1002,)
)
"""Internal Auditory Meatus (SCT 61671002)."""

InternalCapsule: _Final[_Code] = _Code("SCT", "85637007", "internal capsule", (7702,))
"""internal capsule (SCT 85637007)."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002)."""

InternalCarotidArteryC5Segment: _Final[_Code] = _Code(
    "SCT", "415637004", "Internal Carotid Artery C5 segment", (12105,)
)
"""Internal Carotid Artery C5 segment (SCT 415637004)."""

InternalCarotidArteryC6Segment: _Final[_Code] = _Code(
    "SCT", "698348000", "Internal Carotid Artery C6 segment", (12105,)
)
"""Internal Carotid Artery C6 segment (SCT 698348000)."""

InternalFixationUsingPlate: _Final[_Code] = _Code(
    "SCT", "257835007", "Internal fixation using plate", (7310,)
)
"""Internal fixation using plate (SCT 257835007)."""

InternalFixationUsingScrew: _Final[_Code] = _Code(
    "SCT", "257834006", "Internal fixation using screw", (7310,)
)
"""Internal fixation using screw (SCT 257834006)."""

InternalFixationUsingStaple: _Final[_Code] = _Code(
    "SCT", "257833000", "Internal fixation using staple", (7310,)
)
"""Internal fixation using staple (SCT 257833000)."""

InternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "90024005", "Internal iliac artery", (3010, 12109)
)
"""Internal iliac artery (SCT 90024005)."""

InternalIliacVein: _Final[_Code] = _Code("SCT", "40300007", "Internal iliac vein", (12110,))
"""Internal iliac vein (SCT 40300007)."""

InternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "41313007", "Internal intercostal muscle", (6116,)
)
"""Internal intercostal muscle (SCT 41313007)."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001)."""

InternalMammaryArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal mammary artery", (3010, 3606, 6117)
)
"""Internal mammary artery (SCT 69327007)."""

InternalRotation: _Final[_Code] = _Code("SCT", "12852001", "Internal rotation", (92,))
"""Internal rotation (SCT 12852001)."""

InternalSkeletalFixation: _Final[_Code] = _Code(
    "SCT", "118470002", "Internal skeletal fixation", (7310,)
)
"""Internal skeletal fixation (SCT 118470002)."""

InterpectoralLymphNode: _Final[_Code] = _Code(
    "SCT", "420800007", "interpectoral lymph node", (7600,)
)
"""interpectoral lymph node (SCT 420800007)."""

InterruptedAorticArch: _Final[_Code] = _Code(
    "SCT", "218728005", "Interrupted Aortic Arch", (12248,)
)
"""Interrupted Aortic Arch (SCT 218728005)."""

InterstitialTissue: _Final[_Code] = _Code("SCT", "85293002", "Interstitial tissue", (6129,))
"""Interstitial tissue (SCT 85293002)."""

Interval: _Final[_Code] = _Code("SCT", "385673002", "Interval", (12304,))
"""Interval (SCT 385673002)."""

InterventionalRadiologyService: _Final[_Code] = _Code(
    "SCT", "708174004", "Interventional Radiology Service", (7030,)
)
"""Interventional Radiology Service (SCT 708174004)."""

InterventricularSeptum: _Final[_Code] = _Code(
    "SCT", "589001", "Interventricular septum", (6116, 12286, 12305)
)
"""Interventricular septum (SCT 589001)."""

IntestinalLymphNode: _Final[_Code] = _Code("SCT", "36251007", "intestinal lymph node", (7600,))
"""intestinal lymph node (SCT 36251007)."""

Intima: _Final[_Code] = _Code("SCT", "87483006", "Intima", (7156,))
"""Intima (SCT 87483006)."""

IntraAbdominopelvic: _Final[_Code] = _Code("SCT", "818987002", "Intra-abdominopelvic", (4040, 7154))
"""Intra-abdominopelvic (SCT 818987002)."""

IntraAorticBalloonPumpIABP: _Final[_Code] = _Code(
    "SCT", "129113006", "Intra-Aortic Balloon Pump (IABP)", (3429, 3553)
)
"""Intra-Aortic Balloon Pump (IABP) (SCT 129113006)."""

IntraArterialInfusionOfThrombolyticAgent: _Final[_Code] = _Code(
    "SCT", "69245005", "Intra-arterial infusion of thrombolytic agent", (9,)
)
"""Intra-arterial infusion of thrombolytic agent (SCT 69245005)."""

IntraArterialRoute: _Final[_Code] = _Code("SCT", "58100008", "Intra-arterial route", (11,))
"""Intra-arterial route (SCT 58100008)."""

IntraArticular: _Final[_Code] = _Code("SCT", "131183008", "Intra-articular", (2, 4))
"""Intra-articular (SCT 131183008)."""

IntraArticularRoute: _Final[_Code] = _Code("SCT", "12130007", "Intra-articular route", (11,))
"""Intra-articular route (SCT 12130007)."""

IntraPelvic: _Final[_Code] = _Code("SCT", "816989007", "Intra-pelvic", (4040, 7160))
"""Intra-pelvic (SCT 816989007)."""

IntraThoracic: _Final[_Code] = _Code("SCT", "43799004", "Intra-thoracic", (4040, 7155))
"""Intra-thoracic (SCT 43799004)."""

IntracardiacEchocardiography: _Final[_Code] = _Code(
    "SCT", "252421008", "Intracardiac echocardiography", (3428, 12001)
)
"""Intracardiac echocardiography (SCT 252421008)."""

IntracardiacRoute: _Final[_Code] = _Code("SCT", "372460008", "Intracardiac route", (11,))
"""Intracardiac route (SCT 372460008)."""

IntracoronaryDopplerGuideWire: _Final[_Code] = _Code(
    "SCT", "371788001", "Intracoronary Doppler guide wire", (3411,)
)
"""Intracoronary Doppler guide wire (SCT 371788001)."""

IntracoronaryPressureGuideWire: _Final[_Code] = _Code(
    "SCT", "371789009", "Intracoronary pressure guide wire", (3411,)
)
"""Intracoronary pressure guide wire (SCT 371789009)."""

IntracoronaryRoute: _Final[_Code] = _Code("SCT", "372463005", "Intracoronary route", (11,))
"""Intracoronary route (SCT 372463005)."""

IntracorpusCavernosumRoute: _Final[_Code] = _Code(
    "SCT", "1259221004", "Intracorpus cavernosum route", (11,)
)
"""Intracorpus cavernosum route (SCT 1259221004)."""

Intracranial: _Final[_Code] = _Code("SCT", "1101003", "Intracranial", (4, 7140))
"""Intracranial (SCT 1101003)."""

IntracranialStructure: _Final[_Code] = _Code("SCT", "128319008", "Intracranial structure", (7140,))
"""Intracranial structure (SCT 128319008)."""

IntracutaneousRoute: _Final[_Code] = _Code("SCT", "372464004", "Intracutaneous route", (11,))
"""Intracutaneous route (SCT 372464004)."""

IntracysticPapilloma: _Final[_Code] = _Code("SCT", "47488001", "Intracystic papilloma", (6031,))
"""Intracystic papilloma (SCT 47488001)."""

IntraductalCarcinomaMicroPapillary: _Final[_Code] = _Code(
    "SCT", "128696009", "Intraductal carcinoma micro-papillary", (6033,)
)
"""Intraductal carcinoma micro-papillary (SCT 128696009)."""

IntraductalPapilloma: _Final[_Code] = _Code("SCT", "5244003", "Intraductal papilloma", (6031,))
"""Intraductal papilloma (SCT 5244003)."""

IntraglandularParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "143824007", "intraglandular parotid lymph node", (7600,)
)
"""intraglandular parotid lymph node (SCT 143824007)."""

Intraluminal: _Final[_Code] = _Code("SCT", "264045001", "Intraluminal", (5,))
"""Intraluminal (SCT 264045001)."""

IntraluminalFluid: _Final[_Code] = _Code("SCT", "442170005", "Intraluminal fluid", (6201,))
"""Intraluminal fluid (SCT 442170005)."""

IntraluminalRoute: _Final[_Code] = _Code("SCT", "37737002", "Intraluminal route", (11,))
"""Intraluminal route (SCT 37737002)."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "Intramammary lymph node", (6015, 6031, 7600)
)
"""Intramammary lymph node (SCT 443808008)."""

IntramedullaryRoute: _Final[_Code] = _Code("SCT", "60213007", "Intramedullary route", (11,))
"""Intramedullary route (SCT 60213007)."""

IntramuralHematoma: _Final[_Code] = _Code("SCT", "54493002", "Intramural hematoma", (3492,))
"""Intramural hematoma (SCT 54493002)."""

IntramuscularRoute: _Final[_Code] = _Code("SCT", "78421000", "Intramuscular route", (11, 614))
"""Intramuscular route (SCT 78421000)."""

Intraoperative: _Final[_Code] = _Code("SCT", "277671009", "Intraoperative", (31, 632))
"""Intraoperative (SCT 277671009)."""

IntraoperativeEchocardiography: _Final[_Code] = _Code(
    "SCT", "429884006", "Intraoperative echocardiography", (12001,)
)
"""Intraoperative echocardiography (SCT 429884006)."""

IntraperitonealRoute: _Final[_Code] = _Code("SCT", "38239002", "Intraperitoneal route", (11, 613))
"""Intraperitoneal route (SCT 38239002)."""

IntrapulmonaryLymphNode: _Final[_Code] = _Code(
    "SCT", "196662004", "intrapulmonary lymph node", (7600,)
)
"""intrapulmonary lymph node (SCT 196662004)."""

IntrathecalRoute: _Final[_Code] = _Code("SCT", "72607000", "Intrathecal route", (11,))
"""Intrathecal route (SCT 72607000)."""

IntratumorRoute: _Final[_Code] = _Code("SCT", "447122006", "Intratumor route", (11,))
"""Intratumor route (SCT 447122006)."""

IntrauterineCordocentesis: _Final[_Code] = _Code(
    "SCT", "6708002", "Intrauterine cordocentesis", (9,)
)
"""Intrauterine cordocentesis (SCT 6708002)."""

IntrauterineTransfusion: _Final[_Code] = _Code("SCT", "45460008", "Intrauterine transfusion", (9,))
"""Intrauterine transfusion (SCT 45460008)."""

IntravascularEchocardiography: _Final[_Code] = _Code(
    "SCT", "252420009", "Intravascular echocardiography", (12001,)
)
"""Intravascular echocardiography (SCT 252420009)."""

IntravascularOpticalCoherenceTomographyDevice: _Final[_Code] = _Code(
    "SCT", "445282004", "Intravascular Optical Coherence Tomography Device", (3411,)
)
"""Intravascular Optical Coherence Tomography Device (SCT 445282004)."""

IntravascularUltrasound: _Final[_Code] = _Code(
    "SCT", "241466007", "Intravascular ultrasound", (3428,)
)
"""Intravascular ultrasound (SCT 241466007)."""

IntravascularUltrasoundIVUSDevice: _Final[_Code] = _Code(
    "SCT", "371795005", "Intravascular Ultrasound (IVUS) Device", (3411,)
)
"""Intravascular Ultrasound (IVUS) Device (SCT 371795005)."""

IntravenousRoute: _Final[_Code] = _Code("SCT", "47625008", "Intravenous route", (11, 614))
"""Intravenous route (SCT 47625008)."""

IntraventricularConductionDisturbance: _Final[_Code] = _Code(
    "SCT", "4554005", "Intraventricular conduction disturbance", (3230,)
)
"""Intraventricular conduction disturbance (SCT 4554005)."""

IntraventricularRouteCardiac: _Final[_Code] = _Code(
    "SCT", "420287000", "Intraventricular route - cardiac", (11,)
)
"""Intraventricular route - cardiac (SCT 420287000)."""

IntubationOfRespiratoryTract: _Final[_Code] = _Code(
    "SCT", "447996002", "Intubation of respiratory tract", (618,)
)
"""Intubation of respiratory tract (SCT 447996002)."""

InvasiveCribriformCarcinoma: _Final[_Code] = _Code(
    "SCT", "30156004", "Invasive cribriform carcinoma", (6033,)
)
"""Invasive cribriform carcinoma (SCT 30156004)."""

InvasiveLobularCarcinoma: _Final[_Code] = _Code(
    "SCT", "89740008", "Invasive lobular carcinoma", (6033,)
)
"""Invasive lobular carcinoma (SCT 89740008)."""

InverseTrendelenburg: _Final[_Code] = _Code("SCT", "26527006", "inverse Trendelenburg", (20,))
"""inverse Trendelenburg (SCT 26527006)."""

InvertedDiverticulum: _Final[_Code] = _Code("SCT", "441901008", "Inverted diverticulum", (6201,))
"""Inverted diverticulum (SCT 441901008)."""

Inward: _Final[_Code] = _Code("SCT", "255460003", "Inward", (4214,))
"""Inward (SCT 255460003)."""

IodamideMeglumine: _Final[_Code] = _Code("SCT", "12801003", "Iodamide meglumine", (12,))
"""Iodamide meglumine (SCT 12801003)."""

IodinatedI125Albumin: _Final[_Code] = _Code("SCT", "72015003", "Iodinated I^125^ albumin", (25,))
"""Iodinated I^125^ albumin (SCT 72015003)."""

IodinatedI125HumanSerumAlbumin: _Final[_Code] = _Code(
    "SCT", "64488003", "Iodinated I^125^ human serum albumin", (25,)
)
"""Iodinated I^125^ human serum albumin (SCT 64488003)."""

IodinatedI125Povidone: _Final[_Code] = _Code("SCT", "69839009", "Iodinated I^125^ povidone", (25,))
"""Iodinated I^125^ povidone (SCT 69839009)."""

IodinatedI125SodiumIodine: _Final[_Code] = _Code(
    "SCT", "70154008", "Iodinated I^125^ sodium iodine", (25,)
)
"""Iodinated I^125^ sodium iodine (SCT 70154008)."""

IodinatedI131AggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "55814006", "Iodinated I^131^ aggregated albumin", (25,)
)
"""Iodinated I^131^ aggregated albumin (SCT 55814006)."""

IodinatedI131Albumin: _Final[_Code] = _Code("SCT", "39200002", "Iodinated I^131^ albumin", (25,))
"""Iodinated I^131^ albumin (SCT 39200002)."""

IodinatedI131GammaGlobulin: _Final[_Code] = _Code(
    "SCT", "52408003", "Iodinated I^131^ gamma globulin", (25,)
)
"""Iodinated I^131^ gamma globulin (SCT 52408003)."""

Iodine: _Final[_Code] = _Code("SCT", "44588005", "Iodine", (13, 300))
"""Iodine (SCT 44588005)."""

Iodine123154Iodophenyl3RSMethylpentadecanoicAcid: _Final[_Code] = _Code(
    "SCT", "447134003", "Iodine^123 15-(4-Iodophenyl)-3(R,S)-Methylpentadecanoic Acid", (25,)
)
"""Iodine^123 15-(4-Iodophenyl)-3(R,S)-Methylpentadecanoic Acid (SCT 447134003)."""

Iodine1233IodobenzylguanidineMIBG: _Final[_Code] = _Code(
    "SCT", "395787009", "Iodine^123 3-Iodobenzylguanidine MIBG", (25,)
)
"""Iodine^123 3-Iodobenzylguanidine MIBG (SCT 395787009)."""

Iodine1313IodobenzylguanidineMIBG: _Final[_Code] = _Code(
    "SCT", "395789007", "Iodine^131 3-Iodobenzylguanidine MIBG", (25,)
)
"""Iodine^131 3-Iodobenzylguanidine MIBG (SCT 395789007)."""

Iodine131Polyvinylpyrrolidone: _Final[_Code] = _Code(
    "SCT", "35884005", "Iodine^131^ polyvinylpyrrolidone", (25,)
)
"""Iodine^131^ polyvinylpyrrolidone (SCT 35884005)."""

Iodipamide: _Final[_Code] = _Code("SCT", "73212002", "Iodipamide", (12,))
"""Iodipamide (SCT 73212002)."""

Iodixanol: _Final[_Code] = _Code("SCT", "353962003", "Iodixanol", (12,))
"""Iodixanol (SCT 353962003)."""

IodizedOil: _Final[_Code] = _Code("SCT", "89595000", "Iodized oil", (12,))
"""Iodized oil (SCT 89595000)."""

IodoalphionicAcid: _Final[_Code] = _Code("SCT", "86584005", "Iodoalphionic acid", (12,))
"""Iodoalphionic acid (SCT 86584005)."""

IodocholesterolI131: _Final[_Code] = _Code("SCT", "68967007", "Iodocholesterol I^131^", (25,))
"""Iodocholesterol I^131^ (SCT 68967007)."""

IodohippurateI123Sodium: _Final[_Code] = _Code(
    "SCT", "33785000", "Iodohippurate I^123^ sodium", (25,)
)
"""Iodohippurate I^123^ sodium (SCT 33785000)."""

IodohippurateI125Sodium: _Final[_Code] = _Code(
    "SCT", "36900006", "Iodohippurate I^125^ sodium", (25,)
)
"""Iodohippurate I^125^ sodium (SCT 36900006)."""

IodohippurateI131Sodium: _Final[_Code] = _Code(
    "SCT", "33271006", "Iodohippurate I^131^ sodium", (25,)
)
"""Iodohippurate I^131^ sodium (SCT 33271006)."""

Iodophthalein: _Final[_Code] = _Code("SCT", "74554008", "Iodophthalein", (12,))
"""Iodophthalein (SCT 74554008)."""

Iodopyracet: _Final[_Code] = _Code("SCT", "40710000", "Iodopyracet", (12,))
"""Iodopyracet (SCT 40710000)."""

IofetamineI123Hydrochloride: _Final[_Code] = _Code(
    "SCT", "78481003", "Iofetamine I^123^ hydrochloride", (25,)
)
"""Iofetamine I^123^ hydrochloride (SCT 78481003)."""

IoflupaneI123: _Final[_Code] = _Code("SCT", "429296007", "Ioflupane I^123^", (25,))
"""Ioflupane I^123^ (SCT 429296007)."""

Iohexol: _Final[_Code] = _Code("SCT", "109218004", "Iohexol", (12,))
"""Iohexol (SCT 109218004)."""

Iopamidol: _Final[_Code] = _Code("SCT", "109219007", "Iopamidol", (12,))
"""Iopamidol (SCT 109219007)."""

IopanoicAcid: _Final[_Code] = _Code("SCT", "76155001", "Iopanoic acid", (12,))
"""Iopanoic acid (SCT 76155001)."""

Iophendylate: _Final[_Code] = _Code("SCT", "28121005", "Iophendylate", (12,))
"""Iophendylate (SCT 28121005)."""

IophenoxicAcid: _Final[_Code] = _Code("SCT", "23053002", "Iophenoxic acid", (12,))
"""Iophenoxic acid (SCT 23053002)."""

Iopromide: _Final[_Code] = _Code("SCT", "353903006", "Iopromide", (12,))
"""Iopromide (SCT 353903006)."""

Iothalamate: _Final[_Code] = _Code("SCT", "353912008", "Iothalamate", (12,))
"""Iothalamate (SCT 353912008)."""

IothalamateSodiumI125: _Final[_Code] = _Code("SCT", "55673009", "Iothalamate sodium I^125^", (25,))
"""Iothalamate sodium I^125^ (SCT 55673009)."""

Ioversol: _Final[_Code] = _Code("SCT", "109222009", "Ioversol", (12,))
"""Ioversol (SCT 109222009)."""

Ioxaglate: _Final[_Code] = _Code("SCT", "412228003", "Ioxaglate", (12,))
"""Ioxaglate (SCT 412228003)."""

Ioxilan: _Final[_Code] = _Code("SCT", "409484007", "Ioxilan", (12,))
"""Ioxilan (SCT 409484007)."""

Ipodate: _Final[_Code] = _Code("SCT", "87445005", "Ipodate", (12,))
"""Ipodate (SCT 87445005)."""

Ipsilateral: _Final[_Code] = _Code("SCT", "255208005", "Ipsilateral", (246,))
"""Ipsilateral (SCT 255208005)."""

Iris: _Final[_Code] = _Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

Iron: _Final[_Code] = _Code("SCT", "3829006", "Iron", (13, 300))
"""Iron (SCT 3829006)."""

IronFe59LabeledDextran: _Final[_Code] = _Code(
    "SCT", "60459006", "Iron Fe^59^ labeled dextran", (25,)
)
"""Iron Fe^59^ labeled dextran (SCT 60459006)."""

IrradiatedVolume: _Final[_Code] = _Code("SCT", "228790005", "Irradiated Volume", (9534,))
"""Irradiated Volume (SCT 228790005)."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

IrregularBreathing: _Final[_Code] = _Code("SCT", "248585001", "irregular breathing", (3416,))
"""irregular breathing (SCT 248585001)."""

Irrigation: _Final[_Code] = _Code("SCT", "67889009", "Irrigation", (9,))
"""Irrigation (SCT 67889009)."""

IschemicHeartDisease: _Final[_Code] = _Code("SCT", "414545008", "ischemic heart disease", (3727,))
"""ischemic heart disease (SCT 414545008)."""

Ischium: _Final[_Code] = _Code("SCT", "85710004", "Ischium", (1005,))
"""Ischium (SCT 85710004)."""

Isherwood: _Final[_Code] = _Code("SCT", "399025004", "Isherwood", (4012,))
"""Isherwood (SCT 399025004)."""

Isoflurane: _Final[_Code] = _Code("SCT", "387368002", "Isoflurane", (624,))
"""Isoflurane (SCT 387368002)."""

IsolationRoom: _Final[_Code] = _Code("SCT", "409688003", "Isolation room", (603,))
"""Isolation room (SCT 409688003)."""

Itching: _Final[_Code] = _Code("SCT", "418363000", "Itching", (60, 4406))
"""Itching (SCT 418363000)."""

JWire: _Final[_Code] = _Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006)."""

JanusGreenBStain: _Final[_Code] = _Code("SCT", "68263003", "janus green B stain", (8112,))
"""janus green B stain (SCT 68263003)."""

Jaundice: _Final[_Code] = _Code("SCT", "18165001", "Jaundice", (12325,))
"""Jaundice (SCT 18165001)."""

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005)."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006)."""

Jejunum: _Final[_Code] = _Code("SCT", "21306003", "Jejunum", (4031,))
"""Jejunum (SCT 21306003)."""

JennerGiemsaStain: _Final[_Code] = _Code("SCT", "255801008", "Jenner-Giemsa stain", (8112,))
"""Jenner-Giemsa stain (SCT 255801008)."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006)."""

Joint: _Final[_Code] = _Code("SCT", "39352004", "Joint", (4040,))
"""Joint (SCT 39352004)."""

Judd: _Final[_Code] = _Code("SCT", "399201002", "Judd", (4012,))
"""Judd (SCT 399201002)."""

JudetProjection: _Final[_Code] = _Code("SCT", "260496000", "Judet projection", (4012,))
"""Judet projection (SCT 260496000)."""

JugularLymphNode: _Final[_Code] = _Code("SCT", "58130000", "jugular lymph node", (7600,))
"""jugular lymph node (SCT 58130000)."""

JuvenileFibroadenoma: _Final[_Code] = _Code("SCT", "46212000", "Juvenile fibroadenoma", (6031,))
"""Juvenile fibroadenoma (SCT 46212000)."""

JuxtaintestinalLymphNode: _Final[_Code] = _Code(
    "SCT", "279609001", "juxtaintestinal lymph node", (7600,)
)
"""juxtaintestinal lymph node (SCT 279609001)."""

JuxtaposedAtrialAppendage: _Final[_Code] = _Code(
    "SCT", "128563000", "Juxtaposed atrial appendage", (3010, 3608)
)
"""Juxtaposed atrial appendage (SCT 128563000)."""

Kandel: _Final[_Code] = _Code("SCT", "399152006", "Kandel", (4012,))
"""Kandel (SCT 399152006)."""

Kasabach: _Final[_Code] = _Code("SCT", "399280003", "Kasabach", (4012,))
"""Kasabach (SCT 399280003)."""

KempHarper: _Final[_Code] = _Code("SCT", "399227002", "Kemp Harper", (4012,))
"""Kemp Harper (SCT 399227002)."""

KenacidBlueRStain: _Final[_Code] = _Code("SCT", "29342009", "kenacid blue R stain", (8112,))
"""kenacid blue R stain (SCT 29342009)."""

KeratolyticAgent: _Final[_Code] = _Code("SCT", "280906005", "Keratolytic agent", (4410,))
"""Keratolytic agent (SCT 280906005)."""

Keratoscope: _Final[_Code] = _Code("SCT", "397522002", "Keratoscope", (4202,))
"""Keratoscope (SCT 397522002)."""

Ketamine: _Final[_Code] = _Code("SCT", "373464007", "Ketamine", (625,))
"""Ketamine (SCT 373464007)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Kite: _Final[_Code] = _Code("SCT", "425030002", "Kite", (4012,))
"""Kite (SCT 425030002)."""

Knee: _Final[_Code] = _Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002)."""

KneeChest: _Final[_Code] = _Code("SCT", "23242002", "knee-chest", (20,))
"""knee-chest (SCT 23242002)."""

KneeJoint: _Final[_Code] = _Code("SCT", "49076000", "Knee joint", (1006,))
"""Knee joint (SCT 49076000)."""

Kneeling: _Final[_Code] = _Code("SCT", "55864004", "kneeling", (20,))
"""kneeling (SCT 55864004)."""

KnownAbsent: _Final[_Code] = _Code("SCT", "410516002", "Known absent", (3770,))
"""Known absent (SCT 410516002)."""

Kovacs: _Final[_Code] = _Code("SCT", "399318001", "Kovacs", (4012,))
"""Kovacs (SCT 399318001)."""

Kuchendorf: _Final[_Code] = _Code("SCT", "399080006", "Kuchendorf", (4012,))
"""Kuchendorf (SCT 399080006)."""

Kurzbauer: _Final[_Code] = _Code("SCT", "399332004", "Kurzbauer", (4012,))
"""Kurzbauer (SCT 399332004)."""

L1L2Disc: _Final[_Code] = _Code("SCT", "80064006", "L1/L2 disc", (7604,))
"""L1/L2 disc (SCT 80064006)."""

L1Vertebra: _Final[_Code] = _Code("SCT", "66794005", "L1 vertebra", (7603,))
"""L1 vertebra (SCT 66794005)."""

L2L3Disc: _Final[_Code] = _Code("SCT", "67459009", "L2/L3 disc", (7604,))
"""L2/L3 disc (SCT 67459009)."""

L2Vertebra: _Final[_Code] = _Code("SCT", "14293000", "L2 vertebra", (7603,))
"""L2 vertebra (SCT 14293000)."""

L3L4Disc: _Final[_Code] = _Code("SCT", "62551000", "L3/L4 disc", (7604,))
"""L3/L4 disc (SCT 62551000)."""

L3Vertebra: _Final[_Code] = _Code("SCT", "36470004", "L3 vertebra", (7603,))
"""L3 vertebra (SCT 36470004)."""

L4L5Disc: _Final[_Code] = _Code("SCT", "84020006", "L4/L5 disc", (7604,))
"""L4/L5 disc (SCT 84020006)."""

L4Vertebra: _Final[_Code] = _Code("SCT", "11994002", "L4 vertebra", (7603,))
"""L4 vertebra (SCT 11994002)."""

L5S1Disc: _Final[_Code] = _Code("SCT", "715056000", "L5/S1 disc", (7604,))
"""L5/S1 disc (SCT 715056000)."""

L5Vertebra: _Final[_Code] = _Code("SCT", "49668003", "L5 vertebra", (7603,))
"""L5 vertebra (SCT 49668003)."""

LASEK: _Final[_Code] = _Code("SCT", "414582004", "LASEK", (4234,))
"""LASEK (SCT 414582004)."""

LASIK: _Final[_Code] = _Code("SCT", "312965008", "LASIK", (4234,))
"""LASIK (SCT 312965008)."""

LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_Code] = _Code(
    "SCT", "399007006", "LV Peak Diastolic Tissue Velocity During Atrial Systole", (12203,)
)
"""LV Peak Diastolic Tissue Velocity During Atrial Systole (SCT 399007006)."""

LacmoidStain: _Final[_Code] = _Code("SCT", "35724001", "lacmoid stain", (8112,))
"""lacmoid stain (SCT 35724001)."""

LacrimalArtery: _Final[_Code] = _Code("SCT", "59749000", "Lacrimal artery", (3010, 3606))
"""Lacrimal artery (SCT 59749000)."""

LacrimalArteryOfRightEye: _Final[_Code] = _Code(
    "SCT", "128979005", "Lacrimal artery of right eye", (3010,)
)
"""Lacrimal artery of right eye (SCT 128979005)."""

LacrimalBone: _Final[_Code] = _Code("SCT", "6229007", "Lacrimal bone", (4028,))
"""Lacrimal bone (SCT 6229007)."""

LacrimalCaruncle: _Final[_Code] = _Code("SCT", "43045000", "Lacrimal caruncle", (4209,))
"""Lacrimal caruncle (SCT 43045000)."""

LacrimalGland: _Final[_Code] = _Code("SCT", "13561001", "Lacrimal gland", (4209,))
"""Lacrimal gland (SCT 13561001)."""

LacrimalSac: _Final[_Code] = _Code("SCT", "3954005", "Lacrimal sac", (4209,))
"""Lacrimal sac (SCT 3954005)."""

Lactate: _Final[_Code] = _Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002)."""

LactatingAdenoma: _Final[_Code] = _Code("SCT", "128651002", "Lactating adenoma", (6031,))
"""Lactating adenoma (SCT 128651002)."""

LacunarLymphNode: _Final[_Code] = _Code("SCT", "360993001", "lacunar lymph node", (7600,))
"""lacunar lymph node (SCT 360993001)."""

LaminaOfVertebra: _Final[_Code] = _Code("SCT", "89340005", "Lamina of vertebra", (6115,))
"""Lamina of vertebra (SCT 89340005)."""

Laminated: _Final[_Code] = _Code("SCT", "88446008", "Laminated", (6132,))
"""Laminated (SCT 88446008)."""

LaquerrierePierquin: _Final[_Code] = _Code("SCT", "399156009", "Laquerriere-Pierquin", (4012,))
"""Laquerriere-Pierquin (SCT 399156009)."""

Large: _Final[_Code] = _Code("SCT", "255509001", "Large", (252, 6118))
"""Large (SCT 255509001)."""

LargeCellCarcinoma: _Final[_Code] = _Code("SCT", "22687000", "Large cell carcinoma", (639,))
"""Large cell carcinoma (SCT 22687000)."""

LargeIntestine: _Final[_Code] = _Code("SCT", "14742008", "Large intestine", (4031, 4040))
"""Large intestine (SCT 14742008)."""

LargeRodLikeCalcification: _Final[_Code] = _Code(
    "SCT", "129752009", "Large rod-like calcification", (6011,)
)
"""Large rod-like calcification (SCT 129752009)."""

LaryngealEdema: _Final[_Code] = _Code("SCT", "51599000", "Laryngeal edema", (60,))
"""Laryngeal edema (SCT 51599000)."""

LaryngealMaskAirwayLMA: _Final[_Code] = _Code(
    "SCT", "424979004", "Laryngeal Mask Airway (LMA)", (618,)
)
"""Laryngeal Mask Airway (LMA) (SCT 424979004)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

LaserMicrodissection: _Final[_Code] = _Code("SCT", "433454009", "Laser microdissection", (8110,))
"""Laser microdissection (SCT 433454009)."""

LaserProcedureOnSkin: _Final[_Code] = _Code("SCT", "445907001", "Laser procedure on skin", (4409,))
"""Laser procedure on skin (SCT 445907001)."""

Laser_122456005: _Final[_Code] = _Code("SCT", "122456005", "Laser", (8125,))
"""Laser (SCT 122456005)."""

Laser_38586004: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004)."""

Lateral45DegDorsal50DegProximalMediopalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442582006", "Lateral 45 deg dorsal 50 deg proximal-mediopalmarodistal oblique", (7484,)
)
"""Lateral 45 deg dorsal 50 deg proximal-mediopalmarodistal oblique (SCT 442582006)."""

Lateral45DegDorsal50DegProximalMedioplantarodistalObliq: _Final[_Code] = _Code(
    "SCT", "442661006", "Lateral 45 deg dorsal 50 deg proximal-medioplantarodistal obliq", (7484,)
)
"""Lateral 45 deg dorsal 50 deg proximal-medioplantarodistal obliq (SCT 442661006)."""

LateralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "33770006", "lateral axillary lymph node", (7600,)
)
"""lateral axillary lymph node (SCT 33770006)."""

LateralCalfPerforator: _Final[_Code] = _Code(
    "SCT", "714754004", "Lateral calf perforator", (12110,)
)
"""Lateral calf perforator (SCT 714754004)."""

LateralCanthus: _Final[_Code] = _Code("SCT", "61242005", "Lateral Canthus", (1002,))
"""Lateral Canthus (SCT 61242005)."""

LateralCavalFontanProcedure: _Final[_Code] = _Code(
    "SCT", "427886002", "Lateral-Caval Fontan procedure", (12247,)
)
"""Lateral-Caval Fontan procedure (SCT 427886002)."""

LateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "68915008", "lateral cervical lymph node", (7600,)
)
"""lateral cervical lymph node (SCT 68915008)."""

LateralCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "41145006", "lateral common iliac lymph node", (7600,)
)
"""lateral common iliac lymph node (SCT 41145006)."""

LateralCorticospinalTract: _Final[_Code] = _Code(
    "SCT", "461002", "Lateral corticospinal tract", (7153,)
)
"""Lateral corticospinal tract (SCT 461002)."""

LateralDecubitus: _Final[_Code] = _Code("SCT", "32185000", "lateral decubitus", (20,))
"""lateral decubitus (SCT 32185000)."""

LateralExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "40242007", "lateral external iliac lymph node", (7600,)
)
"""lateral external iliac lymph node (SCT 40242007)."""

LateralFuniculus: _Final[_Code] = _Code("SCT", "14892003", "lateral funiculus", (7707,))
"""lateral funiculus (SCT 14892003)."""

LateralHighRightAtrium: _Final[_Code] = _Code(
    "SCT", "128592001", "Lateral high right atrium", (3011,)
)
"""Lateral high right atrium (SCT 128592001)."""

LateralIncisorRegion: _Final[_Code] = _Code("SCT", "699511000", "Lateral incisor region", (4017,))
"""Lateral incisor region (SCT 699511000)."""

LateralJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "168159002", "lateral jugular lymph node", (7600,)
)
"""lateral jugular lymph node (SCT 168159002)."""

LateralLemniscus: _Final[_Code] = _Code("SCT", "86136007", "lateral lemniscus", (7701,))
"""lateral lemniscus (SCT 86136007)."""

LateralMedial_399300004: _Final[_Code] = _Code("SCT", "399300004", "Lateral-medial", (26,))
"""Lateral-medial (SCT 399300004)."""

LateralMedial_399352003: _Final[_Code] = _Code(
    "SCT", "399352003", "lateral-medial", (4010, 4014, 7302, 7484)
)
"""lateral-medial (SCT 399352003)."""

LateralMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399086000", "Lateral Mitral Annulus", (12235, 12305)
)
"""Lateral Mitral Annulus (SCT 399086000)."""

LateralOblique: _Final[_Code] = _Code("SCT", "260427002", "lateral oblique", (4010,))
"""lateral oblique (SCT 260427002)."""

LateralPericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196587000", "lateral pericardial lymph node", (7600,)
)
"""lateral pericardial lymph node (SCT 196587000)."""

LateralPlantarArtery: _Final[_Code] = _Code("SCT", "44830000", "lateral plantar artery", (3606,))
"""lateral plantar artery (SCT 44830000)."""

LateralRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167464007", "lateral retropharyngeal lymph node", (7600,)
)
"""lateral retropharyngeal lymph node (SCT 167464007)."""

LateralVentricle: _Final[_Code] = _Code("SCT", "66720007", "Lateral Ventricle", (7140, 7153, 12022))
"""Lateral Ventricle (SCT 66720007)."""

LateralVesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278672000", "lateral vesicular lymph node", (7600,)
)
"""lateral vesicular lymph node (SCT 278672000)."""

Lateral_399067008: _Final[_Code] = _Code("SCT", "399067008", "lateral", (4010,))
"""lateral (SCT 399067008)."""

Lateral_49370004: _Final[_Code] = _Code(
    "SCT", "49370004", "Lateral", (2, 5, 26, 212, 4005, 6065, 12117, 12281)
)
"""Lateral (SCT 49370004)."""

Laterality: _Final[_Code] = _Code("SCT", "272741003", "Laterality", (210,))
"""Laterality (SCT 272741003)."""

LateroMedialOblique_399099002: _Final[_Code] = _Code(
    "SCT", "399099002", "latero-medial oblique", (4010, 4014)
)
"""latero-medial oblique (SCT 399099002)."""

LateroMedialOblique_399159002: _Final[_Code] = _Code(
    "SCT", "399159002", "Latero-medial oblique", (26,)
)
"""Latero-medial oblique (SCT 399159002)."""

LaterodorsoproximalMediopalmarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442630002", "Laterodorsoproximal-mediopalmarodistal oblique", (7484,)
)
"""Laterodorsoproximal-mediopalmarodistal oblique (SCT 442630002)."""

LaterodorsoproximalMedioplantarodistalOblique: _Final[_Code] = _Code(
    "SCT", "442631003", "Laterodorsoproximal-medioplantarodistal oblique", (7484,)
)
"""Laterodorsoproximal-medioplantarodistal oblique (SCT 442631003)."""

LatissimusDorsiMuscle: _Final[_Code] = _Code("SCT", "15665001", "Latissimus dorsi muscle", (6116,))
"""Latissimus dorsi muscle (SCT 15665001)."""

Lauenstein: _Final[_Code] = _Code("SCT", "399169008", "Lauenstein", (4012,))
"""Lauenstein (SCT 399169008)."""

Law: _Final[_Code] = _Code("SCT", "399206007", "Law", (4012,))
"""Law (SCT 399206007)."""

Lawrence: _Final[_Code] = _Code("SCT", "399179005", "Lawrence", (4012,))
"""Lawrence (SCT 399179005)."""

Lead: _Final[_Code] = _Code("SCT", "88488004", "Lead", (10006,))
"""Lead (SCT 88488004)."""

Left: _Final[_Code] = _Code("SCT", "7771000", "Left", (2, 5, 247, 12117))
"""Left (SCT 7771000)."""

Left20DegreeDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442748002", "Left 20 degree dorsal-right ventral oblique", (7484,)
)
"""Left 20 degree dorsal-right ventral oblique (SCT 442748002)."""

Left20DegreeRostralRightCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442632005", "Left 20 degree rostral-right caudal oblique", (7484,)
)
"""Left 20 degree rostral-right caudal oblique (SCT 442632005)."""

Left20DegreeVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442636008", "Left 20 degree ventral-right dorsal oblique", (7484,)
)
"""Left 20 degree ventral-right dorsal oblique (SCT 442636008)."""

Left30DegreeCaudalRightRostralOblique: _Final[_Code] = _Code(
    "SCT", "442596000", "Left 30 degree caudal-right rostral oblique", (7484,)
)
"""Left 30 degree caudal-right rostral oblique (SCT 442596000)."""

Left45DegreeDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442598004", "Left 45 degree dorsal-right ventral oblique", (7484,)
)
"""Left 45 degree dorsal-right ventral oblique (SCT 442598004)."""

Left45DegreeVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442599007", "Left 45 degree ventral-right dorsal oblique", (7484,)
)
"""Left 45 degree ventral-right dorsal oblique (SCT 442599007)."""

LeftAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716937001", "Left anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Left anterior apical peripheral zone of prostate (SCT 716937001)."""

LeftAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716931000", "Left anterior apical transition zone of prostate", (6301,)
)
"""Left anterior apical transition zone of prostate (SCT 716931000)."""

LeftAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716905002", "Left anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Left anterior basal peripheral zone of prostate (SCT 716905002)."""

LeftAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716897000", "Left anterior basal transition zone of prostate", (6301,)
)
"""Left anterior basal transition zone of prostate (SCT 716897000)."""

LeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "59438005", "Left Anterior Descending Coronary Artery", (3016, 12292)
)
"""Left Anterior Descending Coronary Artery (SCT 59438005)."""

LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "84654008", "Left anterior division of left branch atrioventricular bundle", (3011,)
)
"""Left anterior division of left branch atrioventricular bundle (SCT 84654008)."""

LeftAnteriorFascicularBlock: _Final[_Code] = _Code(
    "SCT", "37760005", "Left anterior fascicular block", (3230,)
)
"""Left anterior fascicular block (SCT 37760005)."""

LeftAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716920008", "Left anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Left anterior middle peripheral zone of prostate (SCT 716920008)."""

LeftAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716914007", "Left anterior middle transition zone of prostate", (6301,)
)
"""Left anterior middle transition zone of prostate (SCT 716914007)."""

LeftAnteriorOblique_399074003: _Final[_Code] = _Code(
    "SCT", "399074003", "Left anterior oblique", (26,)
)
"""Left anterior oblique (SCT 399074003)."""

LeftAnteriorOblique_399135007: _Final[_Code] = _Code(
    "SCT", "399135007", "Left Anterior Oblique", (3466, 4010)
)
"""Left Anterior Oblique (SCT 399135007)."""

LeftApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716927006", "Left apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Left apical anterior fibromuscular stroma of prostate (SCT 716927006)."""

LeftApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716935009", "Left apical peripheral zone of prostate", (6302,)
)
"""Left apical peripheral zone of prostate (SCT 716935009)."""

LeftApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716929009", "Left apical transition zone of prostate", (6302, 6303)
)
"""Left apical transition zone of prostate (SCT 716929009)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left Atrium (SCT 82471001)."""

LeftAtriumPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128441007", "Left atrium pressure waveform", (3003,)
)
"""Left atrium pressure waveform (SCT 128441007)."""

LeftAtriumSystolicVolume: _Final[_Code] = _Code(
    "SCT", "399235004", "Left Atrium Systolic Volume", (12205,)
)
"""Left Atrium Systolic Volume (SCT 399235004)."""

LeftAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "33626005", "Left auricular appendage", (3010, 3011, 12284)
)
"""Left auricular appendage (SCT 33626005)."""

LeftBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716893001", "Left basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Left basal anterior fibromuscular stroma of prostate (SCT 716893001)."""

LeftBasalPartTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716895008", "Left basal part transition zone of prostate", (6302, 6303)
)
"""Left basal part transition zone of prostate (SCT 716895008)."""

LeftBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716903009", "Left basal peripheral zone of prostate", (6302,)
)
"""Left basal peripheral zone of prostate (SCT 716903009)."""

LeftBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "74031005", "Left branch of atrioventricular bundle", (3011,)
)
"""Left branch of atrioventricular bundle (SCT 74031005)."""

LeftBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "21807003", "Left Branch of Hepatic Artery", (12112,)
)
"""Left Branch of Hepatic Artery (SCT 21807003)."""

LeftBreast: _Final[_Code] = _Code("SCT", "80248007", "Left breast", (6023,))
"""Left breast (SCT 80248007)."""

LeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

LeftCaudalRightRostralOblique: _Final[_Code] = _Code(
    "SCT", "442638009", "Left caudal-right rostral oblique", (7484,)
)
"""Left caudal-right rostral oblique (SCT 442638009)."""

LeftCommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "113263003", "Left Common Carotid Artery", (12291,)
)
"""Left Common Carotid Artery (SCT 113263003)."""

LeftCoronaryArtery: _Final[_Code] = _Code("SCT", "50018008", "Left Coronary Artery", (3016,))
"""Left Coronary Artery (SCT 50018008)."""

LeftCoronaryDominance: _Final[_Code] = _Code("SCT", "253729004", "Left Coronary Dominance", (3710,))
"""Left Coronary Dominance (SCT 253729004)."""

LeftDorsalRightVentralOblique: _Final[_Code] = _Code(
    "SCT", "442644008", "Left dorsal-right ventral oblique", (7484,)
)
"""Left dorsal-right ventral oblique (SCT 442644008)."""

LeftDowngaze: _Final[_Code] = _Code("SCT", "255523004", "Left downgaze", (4201,))
"""Left downgaze (SCT 255523004)."""

LeftFemoralArtery: _Final[_Code] = _Code("SCT", "113270003", "Left femoral artery", (3010, 3606))
"""Left femoral artery (SCT 113270003)."""

LeftGaze: _Final[_Code] = _Code("SCT", "255530005", "Left gaze", (4201,))
"""Left gaze (SCT 255530005)."""

LeftGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444178004", "Left Glenn shunt procedure", (12247,)
)
"""Left Glenn shunt procedure (SCT 444178004)."""

LeftHepaticVein: _Final[_Code] = _Code("SCT", "273202007", "Left Hepatic Vein", (12114,))
"""Left Hepatic Vein (SCT 273202007)."""

LeftHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133945003", "Left hypochondriac region", (4,)
)
"""Left hypochondriac region (SCT 133945003)."""

LeftInguinalRegion: _Final[_Code] = _Code("SCT", "85119005", "Left inguinal region", (4,))
"""Left inguinal region (SCT 85119005)."""

LeftLateral: _Final[_Code] = _Code("SCT", "399173006", "Left Lateral", (3466, 4010, 7484))
"""Left Lateral (SCT 399173006)."""

LeftLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102536004", "left lateral decubitus", (20, 6206)
)
"""left lateral decubitus (SCT 102536004)."""

LeftLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716918005", "Left lateral middle peripheral zone of prostate", (6302,)
)
"""Left lateral middle peripheral zone of prostate (SCT 716918005)."""

LeftLateralProjection: _Final[_Code] = _Code("SCT", "399118008", "Left lateral projection", (26,))
"""Left lateral projection (SCT 399118008)."""

LeftLobeOfThyroid: _Final[_Code] = _Code("SCT", "79163004", "Left lobe of thyroid", (12131,))
"""Left lobe of thyroid (SCT 79163004)."""

LeftLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "68505006", "Left lower quadrant of abdomen", (4,)
)
"""Left lower quadrant of abdomen (SCT 68505006)."""

LeftLowerSegment: _Final[_Code] = _Code("SCT", "264068005", "Left Lower Segment", (12219,))
"""Left Lower Segment (SCT 264068005)."""

LeftLumbarRegion: _Final[_Code] = _Code("SCT", "1017210004", "Left lumbar region", (4,))
"""Left lumbar region (SCT 1017210004)."""

LeftMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "70253006", "Left Main Branch of Portal Vein", (12114,)
)
"""Left Main Branch of Portal Vein (SCT 70253006)."""

LeftMainBronchus: _Final[_Code] = _Code("SCT", "75245000", "Left main bronchus", (6149,))
"""Left main bronchus (SCT 75245000)."""

LeftMainCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004)."""

LeftMainCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "371804009", "Left main coronary artery disease", (3728,)
)
"""Left main coronary artery disease (SCT 371804009)."""

LeftMainCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "1256091001", "Left Main Coronary Artery Ostium", (3014,)
)
"""Left Main Coronary Artery Ostium (SCT 1256091001)."""

LeftMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716910003", "Left middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Left middle anterior fibromuscular stroma of prostate (SCT 716910003)."""

LeftMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716912006", "Left middle transition zone of prostate", (6302, 6303)
)
"""Left middle transition zone of prostate (SCT 716912006)."""

LeftOblique: _Final[_Code] = _Code("SCT", "399184004", "left oblique", (4010,))
"""left oblique (SCT 399184004)."""

LeftPleura: _Final[_Code] = _Code("SCT", "53727004", "Left Pleura", (12294,))
"""Left Pleura (SCT 53727004)."""

LeftPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716933002", "Left posterior apical transition zone of prostate", (6301,)
)
"""Left posterior apical transition zone of prostate (SCT 716933002)."""

LeftPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716899002", "Left posterior basal transition zone of prostate", (6301,)
)
"""Left posterior basal transition zone of prostate (SCT 716899002)."""

LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91760001", "Left Posterior Descending Circumflex Coronary Artery", (3014,)
)
"""Left Posterior Descending Circumflex Coronary Artery (SCT 91760001)."""

LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "91085002", "Left posterior division of left branch atrioventricular bundle", (3011,)
)
"""Left posterior division of left branch atrioventricular bundle (SCT 91085002)."""

LeftPosteriorFascicularBlock: _Final[_Code] = _Code(
    "SCT", "62026008", "Left posterior fascicular block", (3230,)
)
"""Left posterior fascicular block (SCT 62026008)."""

LeftPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716916009", "Left posterior middle transition zone of prostate", (6301,)
)
"""Left posterior middle transition zone of prostate (SCT 716916009)."""

LeftPosteriorOblique_399006002: _Final[_Code] = _Code(
    "SCT", "399006002", "left posterior oblique", (4010,)
)
"""left posterior oblique (SCT 399006002)."""

LeftPosteriorOblique_399136008: _Final[_Code] = _Code(
    "SCT", "399136008", "Left posterior oblique", (26,)
)
"""Left posterior oblique (SCT 399136008)."""

LeftPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716939003", "Left posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral apical peripheral zone of prostate (SCT 716939003)."""

LeftPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716907005", "Left posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral basal peripheral zone of prostate (SCT 716907005)."""

LeftPosterolateralCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57823005", "Left Posterolateral Circumflex Coronary Artery", (3015,)
)
"""Left Posterolateral Circumflex Coronary Artery (SCT 57823005)."""

LeftPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716922000", "Left posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Left posterolateral middle peripheral zone of prostate (SCT 716922000)."""

LeftPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716941002", "Left posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Left posteromedial apical peripheral zone of prostate (SCT 716941002)."""

LeftPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836427009", "Left posteromedial basal peripheral zone of prostate", (6304,)
)
"""Left posteromedial basal peripheral zone of prostate (SCT 836427009)."""

LeftPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716924004", "Left posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Left posteromedial middle peripheral zone of prostate (SCT 716924004)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007)."""

LeftPulmonaryVein: _Final[_Code] = _Code("SCT", "27706005", "Left Pulmonary Vein", (3840,))
"""Left Pulmonary Vein (SCT 27706005)."""

LeftRostralRightCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442645009", "Left rostral-right caudal oblique", (7484,)
)
"""Left rostral-right caudal oblique (SCT 442645009)."""

LeftSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "42320003", "Left seminal vesicle", (6301, 6302, 6303)
)
"""Left seminal vesicle (SCT 42320003)."""

LeftSidedBidirectionalGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "443989003", "Left-sided bidirectional Glenn shunt procedure", (12247,)
)
"""Left-sided bidirectional Glenn shunt procedure (SCT 443989003)."""

LeftSinusOfValsalva: _Final[_Code] = _Code("SCT", "36371001", "Left Sinus of Valsalva", (12291,))
"""Left Sinus of Valsalva (SCT 36371001)."""

LeftSubclavianArtery: _Final[_Code] = _Code("SCT", "85235006", "Left Subclavian Artery", (12291,))
"""Left Subclavian Artery (SCT 85235006)."""

LeftSuperiorVenaCava: _Final[_Code] = _Code("SCT", "9642004", "Left Superior Vena Cava", (12282,))
"""Left Superior Vena Cava (SCT 9642004)."""

LeftToRightCardiovascularShunt: _Final[_Code] = _Code(
    "SCT", "66130006", "Left to right cardiovascular shunt", (12221,)
)
"""Left to right cardiovascular shunt (SCT 66130006)."""

LeftUpgaze: _Final[_Code] = _Code("SCT", "255525006", "Left upgaze", (4201,))
"""Left upgaze (SCT 255525006)."""

LeftUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "86367003", "Left upper quadrant of abdomen", (4,)
)
"""Left upper quadrant of abdomen (SCT 86367003)."""

LeftUpperSegment: _Final[_Code] = _Code("SCT", "255482005", "Left Upper Segment", (12219,))
"""Left Upper Segment (SCT 255482005)."""

LeftVentralRightDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442739007", "Left ventral-right dorsal oblique", (7484,)
)
"""Left ventral-right dorsal oblique (SCT 442739007)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

LeftVentricleAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "284355001", "Left ventricle anterior segment", (3232,)
)
"""Left ventricle anterior segment (SCT 284355001)."""

LeftVentricleApicalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264844003", "left ventricle apical anterior segment", (3784, 3785, 12305)
)
"""left ventricle apical anterior segment (SCT 264844003)."""

LeftVentricleApicalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264849008", "left ventricle apical inferior segment", (3784, 3785, 12305)
)
"""left ventricle apical inferior segment (SCT 264849008)."""

LeftVentricleApicalLateralSegment: _Final[_Code] = _Code(
    "SCT", "264853005", "left ventricle apical lateral segment", (3784, 12305)
)
"""left ventricle apical lateral segment (SCT 264853005)."""

LeftVentricleApicalSeptalSegment: _Final[_Code] = _Code(
    "SCT", "264845002", "left ventricle apical septal segment", (3718, 3784, 12305)
)
"""left ventricle apical septal segment (SCT 264845002)."""

LeftVentricleBasalAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264850008", "left ventricle basal anterior segment", (3718, 3782, 12305)
)
"""left ventricle basal anterior segment (SCT 264850008)."""

LeftVentricleBasalAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396654005", "left ventricle basal anterolateral segment", (3782, 12305)
)
"""left ventricle basal anterolateral segment (SCT 396654005)."""

LeftVentricleBasalAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396482007", "left ventricle basal anteroseptal segment", (3782, 12305)
)
"""left ventricle basal anteroseptal segment (SCT 396482007)."""

LeftVentricleBasalInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264846001", "left ventricle basal inferior segment", (3718, 3782, 12305)
)
"""left ventricle basal inferior segment (SCT 264846001)."""

LeftVentricleBasalInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396652009", "left ventricle basal inferolateral segment", (3782, 12305)
)
"""left ventricle basal inferolateral segment (SCT 396652009)."""

LeftVentricleBasalInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396646008", "left ventricle basal inferoseptal segment", (3782, 12305)
)
"""left ventricle basal inferoseptal segment (SCT 396646008)."""

LeftVentricleEpicardialDiastolicAreaPsaxPapView: _Final[_Code] = _Code(
    "SCT", "399293008", "Left Ventricle Epicardial Diastolic Area, psax pap view", (12240,)
)
"""Left Ventricle Epicardial Diastolic Area, psax pap view (SCT 399293008)."""

LeftVentricleInferiorSegment: _Final[_Code] = _Code(
    "SCT", "284357009", "Left ventricle inferior segment", (3232,)
)
"""Left ventricle inferior segment (SCT 284357009)."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003)."""

LeftVentricleLateralSegment: _Final[_Code] = _Code(
    "SCT", "284358004", "Left ventricle lateral segment", (3232,)
)
"""Left ventricle lateral segment (SCT 284358004)."""

LeftVentricleMidAnteriorSegment: _Final[_Code] = _Code(
    "SCT", "264848000", "left ventricle mid anterior segment", (3783, 12305)
)
"""left ventricle mid anterior segment (SCT 264848000)."""

LeftVentricleMidAnterolateralSegment: _Final[_Code] = _Code(
    "SCT", "396656007", "left ventricle mid anterolateral segment", (3783, 12305)
)
"""left ventricle mid anterolateral segment (SCT 396656007)."""

LeftVentricleMidAnteroseptalSegment: _Final[_Code] = _Code(
    "SCT", "396647004", "left ventricle mid anteroseptal segment", (3783, 12305)
)
"""left ventricle mid anteroseptal segment (SCT 396647004)."""

LeftVentricleMidInferiorSegment: _Final[_Code] = _Code(
    "SCT", "264847005", "left ventricle mid inferior segment", (3783, 12305)
)
"""left ventricle mid inferior segment (SCT 264847005)."""

LeftVentricleMidInferolateralSegment: _Final[_Code] = _Code(
    "SCT", "396655006", "left ventricle mid inferolateral segment", (3783, 12305)
)
"""left ventricle mid inferolateral segment (SCT 396655006)."""

LeftVentricleMidInferoseptalSegment: _Final[_Code] = _Code(
    "SCT", "396649001", "left ventricle mid inferoseptal segment", (3783, 12305)
)
"""left ventricle mid inferoseptal segment (SCT 396649001)."""

LeftVentricleMyocardium: _Final[_Code] = _Code(
    "SCT", "49848007", "Left Ventricle Myocardium", (12305,)
)
"""Left Ventricle Myocardium (SCT 49848007)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

LeftVentriclePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128438003", "Left ventricle pressure waveform", (3003,)
)
"""Left ventricle pressure waveform (SCT 128438003)."""

LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399063007", "Left Ventricle Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Semi-major Axis Diastolic Dimension (SCT 399063007)."""

LeftVentricleSeptalSegment: _Final[_Code] = _Code(
    "SCT", "284356000", "Left ventricle septal segment", (3232,)
)
"""Left ventricle septal segment (SCT 284356000)."""

LeftVentricleToPulmonaryArteryConduitAnastomosis: _Final[_Code] = _Code(
    "SCT", "443696003", "Left Ventricle to Pulmonary Artery Conduit Anastomosis", (12288,)
)
"""Left Ventricle to Pulmonary Artery Conduit Anastomosis (SCT 443696003)."""

LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399309003", "Left Ventricle Truncated Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Truncated Semi-major Axis Diastolic Dimension (SCT 399309003)."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001)."""

LeftVentricularDiastolicArea: _Final[_Code] = _Code(
    "SCT", "399109006", "Left Ventricular Diastolic Area", (12240,)
)
"""Left Ventricular Diastolic Area (SCT 399109006)."""

LeftVentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "SCT", "276781007", "Left Ventricular End-Diastolic Pressure", (3641,)
)
"""Left Ventricular End-Diastolic Pressure (SCT 276781007)."""

LeftVentricularFractionalAreaChange: _Final[_Code] = _Code(
    "SCT", "399287000", "Left Ventricular Fractional Area Change", (12240,)
)
"""Left Ventricular Fractional Area Change (SCT 399287000)."""

LeftVentricularIndexOfMyocardialPerformance: _Final[_Code] = _Code(
    "SCT", "399266005", "Left Ventricular Index of Myocardial Performance", (12203,)
)
"""Left Ventricular Index of Myocardial Performance (SCT 399266005)."""

LeftVentricularIsovolumicContractionTime: _Final[_Code] = _Code(
    "SCT", "399051002", "Left Ventricular Isovolumic Contraction Time", (12203,)
)
"""Left Ventricular Isovolumic Contraction Time (SCT 399051002)."""

LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399133000", "Left Ventricular Peak Early Diastolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Early Diastolic Tissue Velocity (SCT 399133000)."""

LeftVentricularPeakSystolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399167005", "Left Ventricular Peak Systolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Systolic Tissue Velocity (SCT 399167005)."""

LeftVentricularSystolicArea: _Final[_Code] = _Code(
    "SCT", "399030000", "Left Ventricular Systolic Area", (12240,)
)
"""Left Ventricular Systolic Area (SCT 399030000)."""

LeftVentricularSystolicPressure: _Final[_Code] = _Code(
    "SCT", "276780008", "Left Ventricular Systolic Pressure", (3641,)
)
"""Left Ventricular Systolic Pressure (SCT 276780008)."""

LeftVentriculography: _Final[_Code] = _Code("SCT", "265484009", "Left Ventriculography", (3428,))
"""Left Ventriculography (SCT 265484009)."""

LegUp: _Final[_Code] = _Code("SCT", "128964003", "Leg up", (3271,))
"""Leg up (SCT 128964003)."""

Leiomyoma: _Final[_Code] = _Code("SCT", "1162890002", "Leiomyoma", (6031,))
"""Leiomyoma (SCT 1162890002)."""

Leiomyosarcoma: _Final[_Code] = _Code("SCT", "1163022006", "Leiomyosarcoma", (6033,))
"""Leiomyosarcoma (SCT 1163022006)."""

LeishmanStain: _Final[_Code] = _Code("SCT", "255802001", "Leishman stain", (8112,))
"""Leishman stain (SCT 255802001)."""

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

LengthOfSegment: _Final[_Code] = _Code("SCT", "414599003", "Length of Segment", (12122,))
"""Length of Segment (SCT 414599003)."""

Lens: _Final[_Code] = _Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003)."""

LensOpacity: _Final[_Code] = _Code("SCT", "193570009", "Lens Opacity", (4222,))
"""Lens Opacity (SCT 193570009)."""

LeonardGeorge: _Final[_Code] = _Code("SCT", "398996004", "Leonard-George", (4012,))
"""Leonard-George (SCT 398996004)."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006)."""

LesionOfBrain: _Final[_Code] = _Code("SCT", "301766008", "Lesion of Brain", (7199,))
"""Lesion of Brain (SCT 301766008)."""

LessDefined: _Final[_Code] = _Code("SCT", "129728002", "Less defined", (6003, 6134))
"""Less defined (SCT 129728002)."""

LessIschemia: _Final[_Code] = _Code("SCT", "429232006", "Less ischemia", (3235,))
"""Less ischemia (SCT 429232006)."""

LesserSaphenousVein: _Final[_Code] = _Code("SCT", "26805005", "Lesser Saphenous Vein", (12110,))
"""Lesser Saphenous Vein (SCT 26805005)."""

LesserTrochanter: _Final[_Code] = _Code("SCT", "55499008", "Lesser trochanter", (1005,))
"""Lesser trochanter (SCT 55499008)."""

Leukemia: _Final[_Code] = _Code("SCT", "93143009", "Leukemia", (639,))
"""Leukemia (SCT 93143009)."""

LevatoresCostarumMuscles: _Final[_Code] = _Code(
    "SCT", "73930003", "Levatores costarum muscles", (6116,)
)
"""Levatores costarum muscles (SCT 73930003)."""

LevelOfC2C3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243902007", "Level of C2/C3 intervertebral disc", (1003,)
)
"""Level of C2/C3 intervertebral disc (SCT 243902007)."""

LevelOfC3C4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243903002", "Level of C3/C4 intervertebral disc", (1003,)
)
"""Level of C3/C4 intervertebral disc (SCT 243903002)."""

LevelOfC4C5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243904008", "Level of C4/C5 intervertebral disc", (1003,)
)
"""Level of C4/C5 intervertebral disc (SCT 243904008)."""

LevelOfC5C6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243905009", "Level of C5/C6 intervertebral disc", (1003,)
)
"""Level of C5/C6 intervertebral disc (SCT 243905009)."""

LevelOfC6C7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243906005", "Level of C6/C7 intervertebral disc", (1003,)
)
"""Level of C6/C7 intervertebral disc (SCT 243906005)."""

LevelOfC7T1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243925008", "Level of C7/T1 intervertebral disc", (1003,)
)
"""Level of C7/T1 intervertebral disc (SCT 243925008)."""

LevelOfL1L2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243920003", "Level of L1/L2 intervertebral disc", (1003,)
)
"""Level of L1/L2 intervertebral disc (SCT 243920003)."""

LevelOfL2L3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243921004", "Level of L2/L3 intervertebral disc", (1003,)
)
"""Level of L2/L3 intervertebral disc (SCT 243921004)."""

LevelOfL3L4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243922006", "Level of L3/L4 intervertebral disc", (1003,)
)
"""Level of L3/L4 intervertebral disc (SCT 243922006)."""

LevelOfL4L5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243923001", "Level of L4/L5 intervertebral disc", (1003,)
)
"""Level of L4/L5 intervertebral disc (SCT 243923001)."""

LevelOfL5S1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243927000", "Level of L5/S1 intervertebral disc", (1003,)
)
"""Level of L5/S1 intervertebral disc (SCT 243927000)."""

LevelOfT10T11IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243917006", "Level of T10/T11 intervertebral disc", (1003,)
)
"""Level of T10/T11 intervertebral disc (SCT 243917006)."""

LevelOfT11T12IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243918001", "Level of T11/T12 intervertebral disc", (1003,)
)
"""Level of T11/T12 intervertebral disc (SCT 243918001)."""

LevelOfT12L1IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243926009", "Level of T12/L1 intervertebral disc", (1003,)
)
"""Level of T12/L1 intervertebral disc (SCT 243926009)."""

LevelOfT1T2IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243908006", "Level of T1/T2 intervertebral disc", (1003,)
)
"""Level of T1/T2 intervertebral disc (SCT 243908006)."""

LevelOfT2T3IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243909003", "Level of T2/T3 intervertebral disc", (1003,)
)
"""Level of T2/T3 intervertebral disc (SCT 243909003)."""

LevelOfT3T4IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243910008", "Level of T3/T4 intervertebral disc", (1003,)
)
"""Level of T3/T4 intervertebral disc (SCT 243910008)."""

LevelOfT4T5IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243911007", "Level of T4/T5 intervertebral disc", (1003,)
)
"""Level of T4/T5 intervertebral disc (SCT 243911007)."""

LevelOfT5T6IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243912000", "Level of T5/T6 intervertebral disc", (1003,)
)
"""Level of T5/T6 intervertebral disc (SCT 243912000)."""

LevelOfT6T7IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243913005", "Level of T6/T7 intervertebral disc", (1003,)
)
"""Level of T6/T7 intervertebral disc (SCT 243913005)."""

LevelOfT7T8IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243914004", "Level of T7/T8 intervertebral disc", (1003,)
)
"""Level of T7/T8 intervertebral disc (SCT 243914004)."""

LevelOfT8T9IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243915003", "Level of T8/T9 intervertebral disc", (1003,)
)
"""Level of T8/T9 intervertebral disc (SCT 243915003)."""

LevelOfT9T10IntervertebralDisc: _Final[_Code] = _Code(
    "SCT", "243916002", "Level of T9/T10 intervertebral disc", (1003,)
)
"""Level of T9/T10 intervertebral disc (SCT 243916002)."""

Lewis: _Final[_Code] = _Code("SCT", "399037002", "Lewis", (4012,))
"""Lewis (SCT 399037002)."""

LidocaineHydrochloride: _Final[_Code] = _Code("SCT", "61773008", "Lidocaine hydrochloride", (10,))
"""Lidocaine hydrochloride (SCT 61773008)."""

LidocainePrilocaine: _Final[_Code] = _Code("SCT", "346553009", "Lidocaine + Prilocaine", (630,))
"""Lidocaine + Prilocaine (SCT 346553009)."""

Lidocaine_387480006: _Final[_Code] = _Code("SCT", "387480006", "Lidocaine", (630,))
"""Lidocaine (SCT 387480006)."""

Lidocaine_82573000: _Final[_Code] = _Code("SCT", "82573000", "Lidocaine", (10,))
"""Lidocaine (SCT 82573000)."""

Ligament: _Final[_Code] = _Code("SCT", "52082005", "Ligament", (7166,))
"""Ligament (SCT 52082005)."""

LigamentumArteriosum: _Final[_Code] = _Code("SCT", "2160002", "Ligamentum arteriosum", (6149,))
"""Ligamentum arteriosum (SCT 2160002)."""

LightEmittingDiode: _Final[_Code] = _Code("SCT", "445683001", "Light emitting diode", (8125,))
"""Light emitting diode (SCT 445683001)."""

LightGreenSFStain: _Final[_Code] = _Code("SCT", "89139001", "light green SF stain", (8112,))
"""light green SF stain (SCT 89139001)."""

LightMicroscopy: _Final[_Code] = _Code("SCT", "104157003", "Light microscopy", (8131,))
"""Light microscopy (SCT 104157003)."""

Lilienfeld: _Final[_Code] = _Code("SCT", "399342002", "Lilienfeld", (4012,))
"""Lilienfeld (SCT 399342002)."""

LimbicLobe: _Final[_Code] = _Code("SCT", "279215006", "Limbic lobe", (7153,))
"""Limbic lobe (SCT 279215006)."""

LimbusOfFossaOvalis: _Final[_Code] = _Code("SCT", "84712000", "Limbus of Fossa Ovalis", (12284,))
"""Limbus of Fossa Ovalis (SCT 84712000)."""

LincomycinAntibiotic: _Final[_Code] = _Code("SCT", "372677003", "Lincomycin antibiotic", (622,))
"""Lincomycin antibiotic (SCT 372677003)."""

Lindblom: _Final[_Code] = _Code("SCT", "399308006", "Lindblom", (4012,))
"""Lindblom (SCT 399308006)."""

LinearCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129765000", "Linear calcification distribution", (6013,)
)
"""Linear calcification distribution (SCT 129765000)."""

LinezolidAntibiotic: _Final[_Code] = _Code("SCT", "387056004", "Linezolid antibiotic", (622,))
"""Linezolid antibiotic (SCT 387056004)."""

LingualArtery: _Final[_Code] = _Code("SCT", "113264009", "Lingual artery", (3010, 3606))
"""Lingual artery (SCT 113264009)."""

LingualTonsil: _Final[_Code] = _Code("SCT", "2048000", "lingual tonsil", (7601,))
"""lingual tonsil (SCT 2048000)."""

Lip: _Final[_Code] = _Code("SCT", "48477009", "Lip", (4028, 7601))
"""Lip (SCT 48477009)."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000)."""

LipidRichLipidSecretingCarcinoma: _Final[_Code] = _Code(
    "SCT", "3839000", "Lipid-rich (lipid-secreting) carcinoma", (6033,)
)
"""Lipid-rich (lipid-secreting) carcinoma (SCT 3839000)."""

Lipoma: _Final[_Code] = _Code("SCT", "134328007", "Lipoma", (6031, 6201))
"""Lipoma (SCT 134328007)."""

Lipopolysaccharide: _Final[_Code] = _Code("SCT", "3325005", "Lipopolysaccharide", (643,))
"""Lipopolysaccharide (SCT 3325005)."""

Liposarcoma: _Final[_Code] = _Code("SCT", "1162815008", "Liposarcoma", (6033,))
"""Liposarcoma (SCT 1162815008)."""

LiquidBasedCytologicMaterial: _Final[_Code] = _Code(
    "SCT", "430346005", "Liquid based cytologic material", (8103,)
)
"""Liquid based cytologic material (SCT 430346005)."""

LissamineFastRedBStain: _Final[_Code] = _Code(
    "SCT", "6701008", "lissamine fast red B stain", (8112,)
)
"""lissamine fast red B stain (SCT 6701008)."""

LissamineFastYellowStain: _Final[_Code] = _Code(
    "SCT", "25079009", "lissamine fast yellow stain", (8112,)
)
"""lissamine fast yellow stain (SCT 25079009)."""

LissamineGreenBStain: _Final[_Code] = _Code("SCT", "38543004", "lissamine green B stain", (8112,))
"""lissamine green B stain (SCT 38543004)."""

LissamineRhodamineStain: _Final[_Code] = _Code(
    "SCT", "111102009", "lissamine rhodamine stain", (8112,)
)
"""lissamine rhodamine stain (SCT 111102009)."""

Lithotomy: _Final[_Code] = _Code("SCT", "14205002", "lithotomy", (20,))
"""lithotomy (SCT 14205002)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

LiverAndBiliaryStructure: _Final[_Code] = _Code(
    "SCT", "303270005", "Liver and biliary structure", (4031,)
)
"""Liver and biliary structure (SCT 303270005)."""

LobarArtery: _Final[_Code] = _Code("SCT", "274060004", "Lobar Artery", (12115,))
"""Lobar Artery (SCT 274060004)."""

LobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127920008", "lobar lymph node of the lung", (7600,)
)
"""lobar lymph node of the lung (SCT 127920008)."""

LobeOfLung: _Final[_Code] = _Code("SCT", "31094006", "Lobe of lung", (6110,))
"""Lobe of lung (SCT 31094006)."""

LobeOfThyroid: _Final[_Code] = _Code("SCT", "119281005", "Lobe of thyroid", (12130,))
"""Lobe of thyroid (SCT 119281005)."""

Lobular: _Final[_Code] = _Code("SCT", "40266001", "Lobular", (6005,))
"""Lobular (SCT 40266001)."""

LobularCarcinomaInSituOfBreast: _Final[_Code] = _Code(
    "SCT", "109888004", "Lobular carcinoma in situ of breast", (6032,)
)
"""Lobular carcinoma in situ of breast (SCT 109888004)."""

LocalAnesthesia: _Final[_Code] = _Code("SCT", "386761002", "Local anesthesia", (612,))
"""Local anesthesia (SCT 386761002)."""

LocalAnesthetic: _Final[_Code] = _Code("SCT", "373477003", "Local anesthetic", (622,))
"""Local anesthetic (SCT 373477003)."""

Long: _Final[_Code] = _Code("SCT", "255511005", "long", (3831,))
"""long (SCT 255511005)."""

LongAxis: _Final[_Code] = _Code("SCT", "103339001", "Long axis", (6, 6166, 7470))
"""Long axis (SCT 103339001)."""

LongissimusMuscle: _Final[_Code] = _Code("SCT", "88340001", "Longissimus muscle", (6116,))
"""Longissimus muscle (SCT 88340001)."""

Longitudinal: _Final[_Code] = _Code("SCT", "38717003", "Longitudinal", (2, 6, 12118))
"""Longitudinal (SCT 38717003)."""

Lordotic: _Final[_Code] = _Code("SCT", "260450008", "lordotic", (20,))
"""lordotic (SCT 260450008)."""

Lorenz: _Final[_Code] = _Code("SCT", "399251007", "Lorenz", (4012,))
"""Lorenz (SCT 399251007)."""

LossOfDistalPulse: _Final[_Code] = _Code("SCT", "414617007", "Loss of distal pulse", (3754,))
"""Loss of distal pulse (SCT 414617007)."""

LostToFollowUp: _Final[_Code] = _Code("SCT", "399307001", "Lost to follow-up", (3772,))
"""Lost to follow-up (SCT 399307001)."""

Low: _Final[_Code] = _Code("SCT", "62482003", "Low", (75,))
"""Low (SCT 62482003)."""

LowBeer: _Final[_Code] = _Code("SCT", "399327000", "Low-Beer", (4012,))
"""Low-Beer (SCT 399327000)."""

LowDensityNotContainingFatLesion: _Final[_Code] = _Code(
    "SCT", "129746008", "Low density (not containing fat) lesion", (6009,)
)
"""Low density (not containing fat) lesion (SCT 129746008)."""

LowMolecularWeightHeparin: _Final[_Code] = _Code(
    "SCT", "373294004", "Low Molecular Weight Heparin", (622,)
)
"""Low Molecular Weight Heparin (SCT 373294004)."""

LowRightAtrium: _Final[_Code] = _Code("SCT", "128594000", "Low right atrium", (3011,))
"""Low right atrium (SCT 128594000)."""

LowRisk: _Final[_Code] = _Code("SCT", "75976002", "Low risk", (3118,))
"""Low risk (SCT 75976002)."""

LowToModerateRisk: _Final[_Code] = _Code("SCT", "429551001", "Low to moderate risk", (3118,))
"""Low to moderate risk (SCT 429551001)."""

LowerDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285429007", "lower deep cervical lymph node", (7600,)
)
"""lower deep cervical lymph node (SCT 285429007)."""

LowerEyelid: _Final[_Code] = _Code("SCT", "62736007", "Lower Eyelid", (4209,))
"""Lower Eyelid (SCT 62736007)."""

LowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "19100000", "Lower inner quadrant of breast", (4, 6021)
)
"""Lower inner quadrant of breast (SCT 19100000)."""

LowerJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245323006", "lower jugular lymph node", (7600,)
)
"""lower jugular lymph node (SCT 245323006)."""

LowerLeg: _Final[_Code] = _Code("SCT", "30021000", "Lower leg", (4031,))
"""Lower leg (SCT 30021000)."""

LowerLimb: _Final[_Code] = _Code("SCT", "61685007", "Lower limb", (4031,))
"""Lower limb (SCT 61685007)."""

LowerLimbAmputation: _Final[_Code] = _Code("SCT", "161622006", "Lower limb amputation", (3205,))
"""Lower limb amputation (SCT 161622006)."""

LowerLimbLymphNode: _Final[_Code] = _Code("SCT", "4942000", "lower limb lymph node", (7600,))
"""lower limb lymph node (SCT 4942000)."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001)."""

LowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "33564002", "Lower outer quadrant of breast", (4, 6021)
)
"""Lower outer quadrant of breast (SCT 33564002)."""

LowerParatrachealIncludingAzygousLymphNode: _Final[_Code] = _Code(
    "SCT", "127932007", "lower paratracheal (including azygous) lymph node", (7600,)
)
"""lower paratracheal (including azygous) lymph node (SCT 127932007)."""

LowerZoneOfLung: _Final[_Code] = _Code("SCT", "281394001", "Lower zone of lung", (6171,))
"""Lower zone of lung (SCT 281394001)."""

LucentCenteredCalcification: _Final[_Code] = _Code(
    "SCT", "129754005", "Lucent-centered calcification", (6011,)
)
"""Lucent-centered calcification (SCT 129754005)."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar artery", (3010, 3606, 12111))
"""Lumbar artery (SCT 34635009)."""

LumbarLymphNode: _Final[_Code] = _Code("SCT", "8334002", "lumbar lymph node", (7600,))
"""lumbar lymph node (SCT 8334002)."""

LumbarRegion: _Final[_Code] = _Code("SCT", "52612000", "Lumbar region", (4,))
"""Lumbar region (SCT 52612000)."""

LumbarSpine: _Final[_Code] = _Code("SCT", "122496007", "Lumbar spine", (4031, 7304, 7483))
"""Lumbar spine (SCT 122496007)."""

LumboSacralSpine_1217253001: _Final[_Code] = _Code(
    "SCT", "1217253001", "Lumbo-sacral spine", (4031, 7483)
)
"""Lumbo-sacral spine (SCT 1217253001)."""

LumboSacralSpine_243898001: _Final[_Code] = _Code("SCT", "243898001", "Lumbo-Sacral Spine", (7304,))
"""Lumbo-Sacral Spine (SCT 243898001)."""

Lumen: _Final[_Code] = _Code("SCT", "113342003", "Lumen", (5,))
"""Lumen (SCT 113342003)."""

LumenAreaStenosis: _Final[_Code] = _Code("SCT", "408714007", "Lumen Area Stenosis", (12121,))
"""Lumen Area Stenosis (SCT 408714007)."""

LumenDiameterStenosis: _Final[_Code] = _Code(
    "SCT", "408715008", "Lumen Diameter Stenosis", (12121,)
)
"""Lumen Diameter Stenosis (SCT 408715008)."""

LumenOfArtery: _Final[_Code] = _Code("SCT", "67170007", "Lumen of artery", (3497,))
"""Lumen of artery (SCT 67170007)."""

LumenOfBloodVessel: _Final[_Code] = _Code("SCT", "91747007", "Lumen of blood vessel", (4040, 7156))
"""Lumen of blood vessel (SCT 91747007)."""

LuminalIrregularities: _Final[_Code] = _Code("SCT", "371873004", "Luminal Irregularities", (3712,))
"""Luminal Irregularities (SCT 371873004)."""

Lumpectomy: _Final[_Code] = _Code("SCT", "392021009", "Lumpectomy", (6060,))
"""Lumpectomy (SCT 392021009)."""

LumpectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309546004", "lumpectomy breast sample", (8104,)
)
"""lumpectomy breast sample (SCT 309546004)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

LungAndTracheobronchialLymphNodes: _Final[_Code] = _Code(
    "SCT", "110550009", "lung and tracheobronchial lymph nodes", (7600,)
)
"""lung and tracheobronchial lymph nodes (SCT 110550009)."""

LungCancer: _Final[_Code] = _Code("SCT", "93880001", "Lung cancer", (639,))
"""Lung cancer (SCT 93880001)."""

LupusErythematosus: _Final[_Code] = _Code("SCT", "200936003", "Lupus erythematosus", (4405,))
"""Lupus erythematosus (SCT 200936003)."""

Lutetium177DOTATATE: _Final[_Code] = _Code("SCT", "781259000", "Lutetium^177^ DOTATATE", (25,))
"""Lutetium^177^ DOTATATE (SCT 781259000)."""

LuxolFastBlueStain: _Final[_Code] = _Code("SCT", "406958008", "luxol fast blue stain", (8112,))
"""luxol fast blue stain (SCT 406958008)."""

Lymph: _Final[_Code] = _Code("SCT", "38000004", "Lymph", (645,))
"""Lymph (SCT 38000004)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

LymphNodeOfAorticArch: _Final[_Code] = _Code(
    "SCT", "127937001", "lymph node of aortic arch", (7600,)
)
"""lymph node of aortic arch (SCT 127937001)."""

LymphNodeOfAortopulmonaryWindow: _Final[_Code] = _Code(
    "SCT", "127938006", "lymph node of aortopulmonary window", (7600,)
)
"""lymph node of aortopulmonary window (SCT 127938006)."""

LymphNodeOfEpiploicForamen: _Final[_Code] = _Code(
    "SCT", "68878000", "lymph node of epiploic foramen", (7600,)
)
"""lymph node of epiploic foramen (SCT 68878000)."""

LymphNodeOfGreaterCurvatureOfStomach: _Final[_Code] = _Code(
    "SCT", "76878005", "lymph node of greater curvature of stomach", (7600,)
)
"""lymph node of greater curvature of stomach (SCT 76878005)."""

LymphNodeOfHead: _Final[_Code] = _Code("SCT", "13482005", "lymph node of head", (7600,))
"""lymph node of head (SCT 13482005)."""

LymphNodeOfHeadAndNeck: _Final[_Code] = _Code(
    "SCT", "312501005", "lymph node of head and neck", (7600,)
)
"""lymph node of head and neck (SCT 312501005)."""

LymphNodeOfLesserCurvatureOfStomach: _Final[_Code] = _Code(
    "SCT", "279784003", "lymph node of lesser curvature of stomach", (7600,)
)
"""lymph node of lesser curvature of stomach (SCT 279784003)."""

LymphNodeOfLimb: _Final[_Code] = _Code("SCT", "312503008", "lymph node of limb", (7600,))
"""lymph node of limb (SCT 312503008)."""

LymphNodeOfMesentery: _Final[_Code] = _Code("SCT", "279795009", "lymph node of mesentery", (7600,))
"""lymph node of mesentery (SCT 279795009)."""

LymphNodeOfStomach: _Final[_Code] = _Code("SCT", "314730000", "lymph node of stomach", (7600,))
"""lymph node of stomach (SCT 314730000)."""

LymphNodeOfThePulmonaryLigament: _Final[_Code] = _Code(
    "SCT", "127941002", "lymph node of the pulmonary ligament", (7600,)
)
"""lymph node of the pulmonary ligament (SCT 127941002)."""

LymphNodeOfThorax: _Final[_Code] = _Code("SCT", "47109002", "lymph node of thorax", (7600,))
"""lymph node of thorax (SCT 47109002)."""

LymphNodeOfTrunk: _Final[_Code] = _Code("SCT", "312502003", "lymph node of trunk", (7600,))
"""lymph node of trunk (SCT 312502003)."""

LymphNodeRingOfCardiaOfStomach: _Final[_Code] = _Code(
    "SCT", "279866008", "lymph node ring of cardia of stomach", (7600,)
)
"""lymph node ring of cardia of stomach (SCT 279866008)."""

Lymphadenopathy: _Final[_Code] = _Code("SCT", "30746006", "Lymphadenopathy", (6347,))
"""Lymphadenopathy (SCT 30746006)."""

LymphaticSystem: _Final[_Code] = _Code("SCT", "89890002", "Lymphatic system", (7166,))
"""Lymphatic system (SCT 89890002)."""

LymphaticVessel: _Final[_Code] = _Code("SCT", "83555006", "Lymphatic vessel", (7166,))
"""Lymphatic vessel (SCT 83555006)."""

LymphoidTissue: _Final[_Code] = _Code("SCT", "6969002", "Lymphoid tissue", (645, 7166))
"""Lymphoid tissue (SCT 6969002)."""

Lymphoma: _Final[_Code] = _Code("SCT", "1163043007", "Lymphoma", (6033,))
"""Lymphoma (SCT 1163043007)."""

LysergicAcidDiethlyamide: _Final[_Code] = _Code(
    "SCT", "15698006", "Lysergic acid diethlyamide", (6089,)
)
"""Lysergic acid diethlyamide (SCT 15698006)."""

Lysholm: _Final[_Code] = _Code("SCT", "399370000", "Lysholm", (4012,))
"""Lysholm (SCT 399370000)."""

Lysophosphatidylcholine: _Final[_Code] = _Code("SCT", "54446009", "Lysophosphatidylcholine", (643,))
"""Lysophosphatidylcholine (SCT 54446009)."""

MMode: _Final[_Code] = _Code("SCT", "399155008", "M mode", (12224,))
"""M mode (SCT 399155008)."""

MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_Code] = _Code(
    "SCT", "701933006", "MOSFET radiation therapy dosimetry system dosimeter", (7026, 7027)
)
"""MOSFET radiation therapy dosimetry system dosimeter (SCT 701933006)."""

MRIOfBreast: _Final[_Code] = _Code("SCT", "241615005", "MRI of breast", (6029, 6050))
"""MRI of breast (SCT 241615005)."""

MX: _Final[_Code] = _Code("SCT", "399593007", "MX", (6162,))
"""MX (SCT 399593007)."""

MacrolideAntibiotic: _Final[_Code] = _Code("SCT", "372480009", "Macrolide antibiotic", (622,))
"""Macrolide antibiotic (SCT 372480009)."""

Magnesium: _Final[_Code] = _Code("SCT", "72717003", "Magnesium", (622,))
"""Magnesium (SCT 72717003)."""

MagneticResonanceAngiography: _Final[_Code] = _Code(
    "SCT", "241663008", "Magnetic resonance angiography", (3757, 3820)
)
"""Magnetic resonance angiography (SCT 241663008)."""

MagneticResonanceImagingGuidance: _Final[_Code] = _Code(
    "SCT", "258177008", "Magnetic resonance imaging guidance", (100,)
)
"""Magnetic resonance imaging guidance (SCT 258177008)."""

MagneticResonanceImagingGuidedBiopsy: _Final[_Code] = _Code(
    "SCT", "277592004", "Magnetic resonance imaging guided biopsy", (6060,)
)
"""Magnetic resonance imaging guided biopsy (SCT 277592004)."""

MagneticResonanceImagingService: _Final[_Code] = _Code(
    "SCT", "310127009", "Magnetic Resonance Imaging Service", (7030,)
)
"""Magnetic Resonance Imaging Service (SCT 310127009)."""

MagneticResonanceImagingUnit: _Final[_Code] = _Code(
    "SCT", "90003000", "Magnetic resonance imaging unit", (9268,)
)
"""Magnetic resonance imaging unit (SCT 90003000)."""

Magnification: _Final[_Code] = _Code("SCT", "399163009", "Magnification", (4015, 6029))
"""Magnification (SCT 399163009)."""

Main: _Final[_Code] = _Code("SCT", "63161005", "Main", (12117,))
"""Main (SCT 63161005)."""

MainPulmonaryArteryPeakVelocity: _Final[_Code] = _Code(
    "SCT", "399048009", "Main Pulmonary Artery Peak Velocity", (12210,)
)
"""Main Pulmonary Artery Peak Velocity (SCT 399048009)."""

MaintenanceTherapy: _Final[_Code] = _Code("SCT", "314122007", "Maintenance therapy", (6146,))
"""Maintenance therapy (SCT 314122007)."""

Major: _Final[_Code] = _Code("SCT", "255603008", "Major", (251,))
"""Major (SCT 255603008)."""

MajorAxis: _Final[_Code] = _Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009)."""

MalachiteGreenStain: _Final[_Code] = _Code("SCT", "27120008", "malachite green stain", (8112,))
"""malachite green stain (SCT 27120008)."""

MaleExternalGenitalia: _Final[_Code] = _Code("SCT", "90418005", "Male external genitalia", (7160,))
"""Male external genitalia (SCT 90418005)."""

MaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279478000", "Male external urethral orifice", (4029,)
)
"""Male external urethral orifice (SCT 279478000)."""

MaleExternalUrethralSphincter: _Final[_Code] = _Code(
    "SCT", "717027004", "Male external urethral sphincter", (6301, 6302, 6303, 6348)
)
"""Male external urethral sphincter (SCT 717027004)."""

MaleFirstCousin: _Final[_Code] = _Code("SCT", "11993008", "Male first cousin", (7451,))
"""Male first cousin (SCT 11993008)."""

MaleInternalGenitalia: _Final[_Code] = _Code("SCT", "38242008", "Male internal genitalia", (7160,))
"""Male internal genitalia (SCT 38242008)."""

Malignant: _Final[_Code] = _Code("SCT", "21594007", "Malignant", (6063,))
"""Malignant (SCT 21594007)."""

MalignantEpithelialNeoplasmOfThyroid: _Final[_Code] = _Code(
    "SCT", "448216007", "Malignant epithelial neoplasm of thyroid", (64,)
)
"""Malignant epithelial neoplasm of thyroid (SCT 448216007)."""

MalignantFibrousHistiocytoma: _Final[_Code] = _Code(
    "SCT", "34360000", "Malignant fibrous histiocytoma", (6033,)
)
"""Malignant fibrous histiocytoma (SCT 34360000)."""

MalignantMelanoma: _Final[_Code] = _Code("SCT", "1162635006", "Malignant melanoma", (639,))
"""Malignant melanoma (SCT 1162635006)."""

MalignantMesothelioma: _Final[_Code] = _Code("SCT", "62064005", "Malignant mesothelioma", (639,))
"""Malignant mesothelioma (SCT 62064005)."""

MalignantPeripheralNerveSheathTumor: _Final[_Code] = _Code(
    "SCT", "19897006", "Malignant peripheral nerve sheath tumor", (639,)
)
"""Malignant peripheral nerve sheath tumor (SCT 19897006)."""

MalleolarStructureOfTibia: _Final[_Code] = _Code(
    "SCT", "314796009", "Malleolar structure of tibia", (1006,)
)
"""Malleolar structure of tibia (SCT 314796009)."""

MalloryBleachStain: _Final[_Code] = _Code("SCT", "406953004", "Mallory bleach stain", (8112,))
"""Mallory bleach stain (SCT 406953004)."""

MammaryDuctEctasia: _Final[_Code] = _Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

MammaryDuctogram: _Final[_Code] = _Code("SCT", "18102001", "Mammary ductogram", (6029, 6050))
"""Mammary ductogram (SCT 18102001)."""

MammographicBreastMass: _Final[_Code] = _Code(
    "SCT", "129788004", "Mammographic breast mass", (6017,)
)
"""Mammographic breast mass (SCT 129788004)."""

Mammography: _Final[_Code] = _Code("SCT", "71651007", "Mammography", (6060, 10005))
"""Mammography (SCT 71651007)."""

MammographyBreastDensity: _Final[_Code] = _Code(
    "SCT", "129793001", "Mammography breast density", (6015,)
)
"""Mammography breast density (SCT 129793001)."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006)."""

MandibularDentalArch: _Final[_Code] = _Code("SCT", "88176008", "Mandibular dental arch", (7483,))
"""Mandibular dental arch (SCT 88176008)."""

MandibularIncisorTeeth: _Final[_Code] = _Code(
    "SCT", "442274007", "Mandibular incisor teeth", (7483,)
)
"""Mandibular incisor teeth (SCT 442274007)."""

MandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860782001", "Mandibular left canine tooth", (4018,)
)
"""Mandibular left canine tooth (SCT 860782001)."""

MandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "425106001", "Mandibular left central incisor tooth", (4018,)
)
"""Mandibular left central incisor tooth (SCT 425106001)."""

MandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866006002", "Mandibular left first molar tooth", (4018,)
)
"""Mandibular left first molar tooth (SCT 866006002)."""

MandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2400006", "Mandibular left first premolar tooth", (4018,)
)
"""Mandibular left first premolar tooth (SCT 2400006)."""

MandibularLeftLateralTooth: _Final[_Code] = _Code(
    "SCT", "423331005", "Mandibular left lateral tooth", (4018,)
)
"""Mandibular left lateral tooth (SCT 423331005)."""

MandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863898000", "Mandibular left second molar tooth", (4018,)
)
"""Mandibular left second molar tooth (SCT 863898000)."""

MandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "24573005", "Mandibular left second premolar tooth", (4018,)
)
"""Mandibular left second premolar tooth (SCT 24573005)."""

MandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "74344005", "Mandibular left third molar tooth", (4018,)
)
"""Mandibular left third molar tooth (SCT 74344005)."""

MandibularLymphNode: _Final[_Code] = _Code("SCT", "155338003", "mandibular lymph node", (7600,))
"""mandibular lymph node (SCT 155338003)."""

MandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860785004", "Mandibular right canine tooth", (4018,)
)
"""Mandibular right canine tooth (SCT 860785004)."""

MandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424575004", "Mandibular right central incisor tooth", (4018,)
)
"""Mandibular right central incisor tooth (SCT 424575004)."""

MandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "866005003", "Mandibular right first molar tooth", (4018,)
)
"""Mandibular right first molar tooth (SCT 866005003)."""

MandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "80140008", "Mandibular right first premolar tooth", (4018,)
)
"""Mandibular right first premolar tooth (SCT 80140008)."""

MandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423937004", "Mandibular right lateral incisor tooth", (4018,)
)
"""Mandibular right lateral incisor tooth (SCT 423937004)."""

MandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863899008", "Mandibular right second molar tooth", (4018,)
)
"""Mandibular right second molar tooth (SCT 863899008)."""

MandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "8873007", "Mandibular right second premolar tooth", (4018,)
)
"""Mandibular right second premolar tooth (SCT 8873007)."""

MandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "38994002", "Mandibular right third molar tooth", (4018,)
)
"""Mandibular right third molar tooth (SCT 38994002)."""

ManipulationOfJoint: _Final[_Code] = _Code("SCT", "118745001", "Manipulation of joint", (93,))
"""Manipulation of joint (SCT 118745001)."""

Manual: _Final[_Code] = _Code("SCT", "87982008", "Manual", (7230,))
"""Manual (SCT 87982008)."""

ManubriumOfSternum: _Final[_Code] = _Code("SCT", "37285002", "Manubrium of sternum", (6115,))
"""Manubrium of sternum (SCT 37285002)."""

MarfanSyndrome: _Final[_Code] = _Code("SCT", "19346006", "Marfan's Syndrome", (3809,))
"""Marfan's Syndrome (SCT 19346006)."""

Marginal: _Final[_Code] = _Code("SCT", "112233002", "Marginal", (2,))
"""Marginal (SCT 112233002)."""

MarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "22765000", "Marginal Coronary Artery", (3014,)
)
"""Marginal Coronary Artery (SCT 22765000)."""

Marijuana: _Final[_Code] = _Code("SCT", "398705004", "Marijuana", (6089,))
"""Marijuana (SCT 398705004)."""

MarkedlyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373128001", "Markedly enlarged cardiac chamber", (3122, 3705)
)
"""Markedly enlarged cardiac chamber (SCT 373128001)."""

MartiusYellowStain: _Final[_Code] = _Code("SCT", "46139004", "martius yellow stain", (8112,))
"""martius yellow stain (SCT 46139004)."""

Mass_118538004: _Final[_Code] = _Code("SCT", "118538004", "Mass", (12304,))
"""Mass (SCT 118538004)."""

Mass_4147007: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007)."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005)."""

MastoidCellsAndAntra: _Final[_Code] = _Code("SCT", "91716001", "Mastoid cells and antra", (1002,))
"""Mastoid cells and antra (SCT 91716001)."""

MastoidLymphNode: _Final[_Code] = _Code("SCT", "279143009", "mastoid lymph node", (7600,))
"""mastoid lymph node (SCT 279143009)."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003)."""

MaxillaryDentalArch: _Final[_Code] = _Code("SCT", "39481002", "Maxillary dental arch", (7483,))
"""Maxillary dental arch (SCT 39481002)."""

MaxillaryIncisorTeeth: _Final[_Code] = _Code("SCT", "442100006", "Maxillary incisor teeth", (7483,))
"""Maxillary incisor teeth (SCT 442100006)."""

MaxillarySinus: _Final[_Code] = _Code("SCT", "15924003", "Maxillary sinus", (1002, 7601))
"""Maxillary sinus (SCT 15924003)."""

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009)."""

MaximumSystolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314439003", "Maximum systolic blood pressure", (3337, 3611)
)
"""Maximum systolic blood pressure (SCT 314439003)."""

May: _Final[_Code] = _Code("SCT", "399024000", "May", (4012,))
"""May (SCT 399024000)."""

MayGrunwaldGiemsaStain: _Final[_Code] = _Code(
    "SCT", "255803006", "may-Grunwald giemsa stain", (8112,)
)
"""may-Grunwald giemsa stain (SCT 255803006)."""

Mayer: _Final[_Code] = _Code("SCT", "399000008", "Mayer", (4012,))
"""Mayer (SCT 399000008)."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

MeanBloodPressure: _Final[_Code] = _Code(
    "SCT", "6797001", "Mean blood pressure", (3337, 3611, 12304)
)
"""Mean blood pressure (SCT 6797001)."""

Measured: _Final[_Code] = _Code("SCT", "258104002", "Measured", (3627, 10009))
"""Measured (SCT 258104002)."""

MeasurementMethod: _Final[_Code] = _Code("SCT", "370129005", "Measurement Method", (9000,))
"""Measurement Method (SCT 370129005)."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005)."""

Media: _Final[_Code] = _Code("SCT", "61695000", "Media", (7156,))
"""Media (SCT 61695000)."""

Medial: _Final[_Code] = _Code("SCT", "255561001", "Medial", (2, 5, 4005, 6065, 12117, 12281))
"""Medial (SCT 255561001)."""

MedialCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "34625003", "medial common iliac lymph node", (7600,)
)
"""medial common iliac lymph node (SCT 34625003)."""

MedialExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "42472007", "medial external iliac lymph node", (7600,)
)
"""medial external iliac lymph node (SCT 42472007)."""

MedialLacunarLymphNode: _Final[_Code] = _Code(
    "SCT", "23198005", "medial lacunar lymph node", (7600,)
)
"""medial lacunar lymph node (SCT 23198005)."""

MedialLateral_399012007: _Final[_Code] = _Code("SCT", "399012007", "Medial-lateral", (26,))
"""Medial-lateral (SCT 399012007)."""

MedialLateral_399260004: _Final[_Code] = _Code(
    "SCT", "399260004", "medial-lateral", (4010, 4014, 7484)
)
"""medial-lateral (SCT 399260004)."""

MedialLemniscus: _Final[_Code] = _Code("SCT", "30114003", "Medial Lemniscus", (7153, 7701))
"""Medial Lemniscus (SCT 30114003)."""

MedialLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "28390009", "medial longitudinal fasciculus", (7701,)
)
"""medial longitudinal fasciculus (SCT 28390009)."""

MedialMitralAnnulus: _Final[_Code] = _Code(
    "SCT", "399093001", "Medial Mitral Annulus", (12235, 12305)
)
"""Medial Mitral Annulus (SCT 399093001)."""

MedialOblique: _Final[_Code] = _Code("SCT", "260426006", "medial oblique", (4010,))
"""medial oblique (SCT 260426006)."""

MedialPlantarArtery: _Final[_Code] = _Code("SCT", "74156002", "medial plantar artery", (3606,))
"""medial plantar artery (SCT 74156002)."""

Median: _Final[_Code] = _Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

MedianCubitalVein: _Final[_Code] = _Code("SCT", "49852007", "Median Cubital vein", (12108,))
"""Median Cubital vein (SCT 49852007)."""

MedianRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167364008", "median retropharyngeal lymph node", (7600,)
)
"""median retropharyngeal lymph node (SCT 167364008)."""

MediastinalLymphNode: _Final[_Code] = _Code("SCT", "62683002", "mediastinal lymph node", (7600,))
"""mediastinal lymph node (SCT 62683002)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

MedicalAir: _Final[_Code] = _Code("SCT", "417696007", "Medical air", (629,))
"""Medical air (SCT 417696007)."""

MedicalIntensiveCare: _Final[_Code] = _Code("SCT", "441994008", "Medical Intensive Care", (7030,))
"""Medical Intensive Care (SCT 441994008)."""

MedicalMicrobiology: _Final[_Code] = _Code("SCT", "309956009", "Medical Microbiology", (7030,))
"""Medical Microbiology (SCT 309956009)."""

MedicalPractitioner: _Final[_Code] = _Code(
    "SCT", "158965000", "Medical Practitioner", (7452, 9536, 9555, 9562)
)
"""Medical Practitioner (SCT 158965000)."""

MedicalXRayFilm: _Final[_Code] = _Code("SCT", "706247001", "Medical X-Ray film", (7026,))
"""Medical X-Ray film (SCT 706247001)."""

MedioLateralOblique_399268006: _Final[_Code] = _Code(
    "SCT", "399268006", "Medio-lateral oblique", (26,)
)
"""Medio-lateral oblique (SCT 399268006)."""

MedioLateralOblique_399368009: _Final[_Code] = _Code(
    "SCT", "399368009", "medio-lateral oblique", (4010, 4014, 7302)
)
"""medio-lateral oblique (SCT 399368009)."""

Medium: _Final[_Code] = _Code("SCT", "255508009", "Medium", (252, 6118))
"""Medium (SCT 255508009)."""

MedullaryCarcinoma: _Final[_Code] = _Code("SCT", "32913002", "Medullary carcinoma", (6033,))
"""Medullary carcinoma (SCT 32913002)."""

MeglumineDiatrizoate: _Final[_Code] = _Code("SCT", "47192000", "Meglumine diatrizoate", (12,))
"""Meglumine diatrizoate (SCT 47192000)."""

MeglumineIodipamide: _Final[_Code] = _Code("SCT", "69783005", "Meglumine iodipamide", (12,))
"""Meglumine iodipamide (SCT 69783005)."""

Melanin: _Final[_Code] = _Code("SCT", "59094002", "Melanin", (11006,))
"""Melanin (SCT 59094002)."""

MeldolaBlueStain: _Final[_Code] = _Code("SCT", "24516006", "meldola blue stain", (8112,))
"""meldola blue stain (SCT 24516006)."""

Membranous: _Final[_Code] = _Code("SCT", "94150003", "Membranous", (3707,))
"""Membranous (SCT 94150003)."""

Meninges: _Final[_Code] = _Code("SCT", "1231004", "Meninges", (7153,))
"""Meninges (SCT 1231004)."""

Meniscus: _Final[_Code] = _Code("SCT", "74135004", "Meniscus", (7166,))
"""Meniscus (SCT 74135004)."""

MenstruationPresent: _Final[_Code] = _Code("SCT", "289894009", "Menstruation present", (6163,))
"""Menstruation present (SCT 289894009)."""

Merchant: _Final[_Code] = _Code("SCT", "399284007", "Merchant", (4012,))
"""Merchant (SCT 399284007)."""

MercuricChloride: _Final[_Code] = _Code("SCT", "11496005", "Mercuric chloride", (8114,))
"""Mercuric chloride (SCT 11496005)."""

MercuryArcLamp: _Final[_Code] = _Code("SCT", "445685008", "Mercury arc lamp", (8125,))
"""Mercury arc lamp (SCT 445685008)."""

MerkelCellCarcinoma: _Final[_Code] = _Code("SCT", "253001006", "Merkel cell carcinoma", (639,))
"""Merkel cell carcinoma (SCT 253001006)."""

Mescaline: _Final[_Code] = _Code("SCT", "373780001", "Mescaline", (6089,))
"""Mescaline (SCT 373780001)."""

MesentericArtery: _Final[_Code] = _Code("SCT", "86570000", "Mesenteric artery", (3010, 3606))
"""Mesenteric artery (SCT 86570000)."""

MesentericArteryLymphNode: _Final[_Code] = _Code(
    "SCT", "299993000", "mesenteric artery lymph node", (7600,)
)
"""mesenteric artery lymph node (SCT 299993000)."""

MesentericVein: _Final[_Code] = _Code("SCT", "128583004", "Mesenteric vein", (3010, 3607))
"""Mesenteric vein (SCT 128583004)."""

Mesocardia: _Final[_Code] = _Code("SCT", "16567006", "Mesocardia", (12248,))
"""Mesocardia (SCT 16567006)."""

Mesothelium: _Final[_Code] = _Code("SCT", "71400007", "Mesothelium", (645,))
"""Mesothelium (SCT 71400007)."""

MespiperoneC11: _Final[_Code] = _Code("SCT", "424789007", "Mespiperone C^11^", (4021,))
"""Mespiperone C^11^ (SCT 424789007)."""

Metacarpal: _Final[_Code] = _Code("SCT", "36455000", "Metacarpal", (1006, 7483))
"""Metacarpal (SCT 36455000)."""

MetalStent: _Final[_Code] = _Code("SCT", "257363003", "metal stent", (3814,))
"""metal stent (SCT 257363003)."""

MetanilYellowStain: _Final[_Code] = _Code("SCT", "54791001", "metanil yellow stain", (8112,))
"""metanil yellow stain (SCT 54791001)."""

Metastasis: _Final[_Code] = _Code("SCT", "128462008", "Metastasis", (645,))
"""Metastasis (SCT 128462008)."""

Metatarsus: _Final[_Code] = _Code("SCT", "280711000", "Metatarsus", (7483,))
"""Metatarsus (SCT 280711000)."""

Methadone: _Final[_Code] = _Code("SCT", "387286002", "Methadone", (6089,))
"""Methadone (SCT 387286002)."""

Methanol: _Final[_Code] = _Code("SCT", "259221006", "Methanol", (8114,))
"""Methanol (SCT 259221006)."""

MethionineC11: _Final[_Code] = _Code("SCT", "129510001", "Methionine C^11^", (4021,))
"""Methionine C^11^ (SCT 129510001)."""

Methlyphenidate: _Final[_Code] = _Code("SCT", "373337007", "Methlyphenidate", (6089,))
"""Methlyphenidate (SCT 373337007)."""

Methohexital: _Final[_Code] = _Code("SCT", "373488009", "Methohexital", (625,))
"""Methohexital (SCT 373488009)."""

Methoxyflurane: _Final[_Code] = _Code("SCT", "11136004", "Methoxyflurane", (624,))
"""Methoxyflurane (SCT 11136004)."""

MethylBlueStain: _Final[_Code] = _Code("SCT", "9010006", "methyl blue stain", (4412, 8112))
"""methyl blue stain (SCT 9010006)."""

MethylGreenPyroninStain: _Final[_Code] = _Code(
    "SCT", "255804000", "methyl green pyronin stain", (8112,)
)
"""methyl green pyronin stain (SCT 255804000)."""

MethylGreenStain: _Final[_Code] = _Code("SCT", "22021002", "methyl green stain", (8112,))
"""methyl green stain (SCT 22021002)."""

MethylOrangeStain: _Final[_Code] = _Code("SCT", "42248000", "methyl orange stain", (8112,))
"""methyl orange stain (SCT 42248000)."""

MethylRedStain: _Final[_Code] = _Code("SCT", "13744001", "methyl red stain", (8112,))
"""methyl red stain (SCT 13744001)."""

MethylViolet2BStain: _Final[_Code] = _Code("SCT", "15896008", "methyl violet 2B stain", (8112,))
"""methyl violet 2B stain (SCT 15896008)."""

MethylViolet6BStain: _Final[_Code] = _Code("SCT", "14544006", "methyl violet 6B stain", (8112,))
"""methyl violet 6B stain (SCT 14544006)."""

MethylVioletStain: _Final[_Code] = _Code("SCT", "387239001", "methyl violet stain", (8112,))
"""methyl violet stain (SCT 387239001)."""

MethyleneBlue_354064008: _Final[_Code] = _Code("SCT", "354064008", "Methylene blue", (4200,))
"""Methylene blue (SCT 354064008)."""

MethyleneBlue_6725000: _Final[_Code] = _Code("SCT", "6725000", "Methylene blue", (10, 8112))
"""Methylene blue (SCT 6725000)."""

MethyleneVioletStain: _Final[_Code] = _Code("SCT", "406961009", "methylene violet stain", (8112,))
"""methylene violet stain (SCT 406961009)."""

MethyleneVioletStainBernthsen: _Final[_Code] = _Code(
    "SCT", "31260003", "methylene violet stain (Bernthsen)", (8112,)
)
"""methylene violet stain (Bernthsen) (SCT 31260003)."""

Methylprednisolone: _Final[_Code] = _Code("SCT", "116593003", "Methylprednisolone", (65,))
"""Methylprednisolone (SCT 116593003)."""

MethylprednisoloneSodiumPhosphate: _Final[_Code] = _Code(
    "SCT", "412248005", "Methylprednisolone sodium phosphate", (65,)
)
"""Methylprednisolone sodium phosphate (SCT 412248005)."""

Metrizamide: _Final[_Code] = _Code("SCT", "90733003", "Metrizamide", (12,))
"""Metrizamide (SCT 90733003)."""

Metrizoate: _Final[_Code] = _Code("SCT", "354094002", "Metrizoate", (12,))
"""Metrizoate (SCT 354094002)."""

MetronidazoleAntibiotic: _Final[_Code] = _Code(
    "SCT", "372602008", "Metronidazole antibiotic", (622,)
)
"""Metronidazole antibiotic (SCT 372602008)."""

MichelMedium: _Final[_Code] = _Code("SCT", "430028007", "Michel's medium", (8114,))
"""Michel's medium (SCT 430028007)."""

MicrocalcificationsOfTheBreast: _Final[_Code] = _Code(
    "SCT", "44771000", "Microcalcifications of the breast", (6011,)
)
"""Microcalcifications of the breast (SCT 44771000)."""

MicrolobulatedLesion: _Final[_Code] = _Code("SCT", "129739004", "Microlobulated lesion", (6007,))
"""Microlobulated lesion (SCT 129739004)."""

MicroscopeSlide: _Final[_Code] = _Code("SCT", "433466003", "Microscope slide", (8101,))
"""Microscope slide (SCT 433466003)."""

MicroscopeSlideCoverSlip: _Final[_Code] = _Code(
    "SCT", "433472003", "Microscope slide cover slip", (8102,)
)
"""Microscope slide cover slip (SCT 433472003)."""

MicroscopeSlideMountingMedia: _Final[_Code] = _Code(
    "SCT", "430862008", "Microscope slide mounting media", (8102,)
)
"""Microscope slide mounting media (SCT 430862008)."""

Microscopy: _Final[_Code] = _Code("SCT", "117259009", "Microscopy", (8131,))
"""Microscopy (SCT 117259009)."""

MidCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91753007", "Mid Circumflex Coronary Artery", (3014, 12292)
)
"""Mid Circumflex Coronary Artery (SCT 91753007)."""

MidFrequency: _Final[_Code] = _Code("SCT", "255218000", "Mid-frequency", (6091,))
"""Mid-frequency (SCT 255218000)."""

MidLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91748002", "Mid Left Anterior Descending Coronary Artery", (3014,)
)
"""Mid Left Anterior Descending Coronary Artery (SCT 91748002)."""

MidLongitudinal: _Final[_Code] = _Code("SCT", "103342007", "Mid-longitudinal", (5, 212))
"""Mid-longitudinal (SCT 103342007)."""

MidRightAtrium: _Final[_Code] = _Code("SCT", "128593006", "Mid right atrium", (3011,))
"""Mid right atrium (SCT 128593006)."""

MidRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "450960006", "Mid Right Coronary Artery", (3014,)
)
"""Mid Right Coronary Artery (SCT 450960006)."""

Midazolam: _Final[_Code] = _Code("SCT", "373476007", "Midazolam", (66, 625))
"""Midazolam (SCT 373476007)."""

Midbrain: _Final[_Code] = _Code("SCT", "61962009", "Midbrain", (7153,))
"""Midbrain (SCT 61962009)."""

MidcolicLymphNode: _Final[_Code] = _Code("SCT", "282031000", "midcolic lymph node", (7600,))
"""midcolic lymph node (SCT 282031000)."""

MiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716908000", "Middle anterior fibromuscular stroma of prostate", (6303,)
)
"""Middle anterior fibromuscular stroma of prostate (SCT 716908000)."""

MiddleCardiacVein: _Final[_Code] = _Code("SCT", "73580002", "Middle cardiac vein", (3011, 3839))
"""Middle cardiac vein (SCT 73580002)."""

MiddleCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "33723005", "Middle cerebellar peduncle", (7153, 7701)
)
"""Middle cerebellar peduncle (SCT 33723005)."""

MiddleCerebralArtery: _Final[_Code] = _Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002)."""

MiddleCerebralArteryM1Segment: _Final[_Code] = _Code(
    "SCT", "414722000", "Middle Cerebral Artery M1 Segment", (12105,)
)
"""Middle Cerebral Artery M1 Segment (SCT 414722000)."""

MiddleCerebralArteryM2Segment: _Final[_Code] = _Code(
    "SCT", "414723005", "Middle Cerebral Artery M2 Segment", (12105,)
)
"""Middle Cerebral Artery M2 Segment (SCT 414723005)."""

MiddleDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285427009", "middle deep cervical lymph node", (7600,)
)
"""middle deep cervical lymph node (SCT 285427009)."""

MiddleEar: _Final[_Code] = _Code("SCT", "25342003", "Middle ear", (4028,))
"""Middle ear (SCT 25342003)."""

MiddleHepaticVein: _Final[_Code] = _Code("SCT", "273099000", "Middle Hepatic Vein", (12114,))
"""Middle Hepatic Vein (SCT 273099000)."""

MiddleJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245322001", "middle jugular lymph node", (7600,)
)
"""middle jugular lymph node (SCT 245322001)."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006)."""

MiddleZoneOfLung: _Final[_Code] = _Code("SCT", "281393007", "Middle zone of lung", (6171,))
"""Middle zone of lung (SCT 281393007)."""

Midline: _Final[_Code] = _Code("SCT", "261129000", "Midline", (5,))
"""Midline (SCT 261129000)."""

MigrationOfImplantOrInternalDevice: _Final[_Code] = _Code(
    "SCT", "370512004", "migration of implant or internal device", (3813,)
)
"""migration of implant or internal device (SCT 370512004)."""

Mild: _Final[_Code] = _Code("SCT", "255604002", "Mild", (3716, 3832, 6130))
"""Mild (SCT 255604002)."""

MildHypokinesis: _Final[_Code] = _Code("SCT", "371868005", "Mild Hypokinesis", (3703,))
"""Mild Hypokinesis (SCT 371868005)."""

MildIntimalCoronaryIrregularitiesNoSignificantStenoses: _Final[_Code] = _Code(
    "SCT", "371861004", "Mild intimal coronary irregularities, no significant stenoses", (3728,)
)
"""Mild intimal coronary irregularities, no significant stenoses (SCT 371861004)."""

MildToModerate: _Final[_Code] = _Code("SCT", "371923003", "Mild to Moderate", (3716,))
"""Mild to Moderate (SCT 371923003)."""

MildlyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373126002", "Mildly enlarged cardiac chamber", (3122, 3705)
)
"""Mildly enlarged cardiac chamber (SCT 373126002)."""

MiliaryAneurysm: _Final[_Code] = _Code("SCT", "43299000", "miliary aneurysm", (3808,))
"""miliary aneurysm (SCT 43299000)."""

MilkOfCalciumCalcification: _Final[_Code] = _Code(
    "SCT", "129753004", "Milk of calcium calcification", (6011,)
)
"""Milk of calcium calcification (SCT 129753004)."""

Miller: _Final[_Code] = _Code("SCT", "399005003", "Miller", (4012,))
"""Miller (SCT 399005003)."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001)."""

MinimumDiastolicBloodPressure: _Final[_Code] = _Code(
    "SCT", "314451001", "Minimum diastolic blood pressure", (3337, 3611)
)
"""Minimum diastolic blood pressure (SCT 314451001)."""

Minor: _Final[_Code] = _Code("SCT", "255606000", "Minor", (251,))
"""Minor (SCT 255606000)."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004)."""

MitralAnnulus: _Final[_Code] = _Code("SCT", "65197004", "Mitral Annulus", (3011, 12235, 12305))
"""Mitral Annulus (SCT 65197004)."""

MitralDiastolicFillingPeriodDfpm: _Final[_Code] = _Code(
    "SCT", "371849007", "Mitral Diastolic Filling Period (DFPm)", (3616,)
)
"""Mitral Diastolic Filling Period (DFPm) (SCT 371849007)."""

MitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "48724000", "Mitral regurgitation", (3700, 3728, 12248)
)
"""Mitral regurgitation (SCT 48724000)."""

MitralStenosis: _Final[_Code] = _Code("SCT", "79619009", "Mitral stenosis", (3700, 3728, 12248))
"""Mitral stenosis (SCT 79619009)."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007)."""

MitralValveATDTRatio: _Final[_Code] = _Code(
    "SCT", "399062002", "Mitral Valve AT/DT Ratio", (12207,)
)
"""Mitral Valve AT/DT Ratio (SCT 399062002)."""

MitralValveAWaveDuration: _Final[_Code] = _Code(
    "SCT", "399229004", "Mitral Valve A-Wave Duration", (12207,)
)
"""Mitral Valve A-Wave Duration (SCT 399229004)."""

MitralValveArea: _Final[_Code] = _Code("SCT", "251012002", "Mitral Valve Area", (3615,))
"""Mitral Valve Area (SCT 251012002)."""

MitralValveClosureToOpeningTime: _Final[_Code] = _Code(
    "SCT", "399104001", "Mitral Valve Closure to Opening Time", (12207,)
)
"""Mitral Valve Closure to Opening Time (SCT 399104001)."""

MitralValveDisease: _Final[_Code] = _Code("SCT", "11851006", "Mitral valve disease", (3700,))
"""Mitral valve disease (SCT 11851006)."""

MitralValveEWaveDecelerationTime: _Final[_Code] = _Code(
    "SCT", "399354002", "Mitral Valve E-Wave Deceleration Time", (12207,)
)
"""Mitral Valve E-Wave Deceleration Time (SCT 399354002)."""

MitralValveFlow: _Final[_Code] = _Code("SCT", "371837006", "Mitral Valve Flow", (3617,))
"""Mitral Valve Flow (SCT 371837006)."""

MitralValveProlapse: _Final[_Code] = _Code(
    "SCT", "409712001", "Mitral valve prolapse", (3700, 3728, 12248)
)
"""Mitral valve prolapse (SCT 409712001)."""

MitralValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128450009", "Mitral valve pullback pressure waveform", (3003,)
)
"""Mitral valve pullback pressure waveform (SCT 128450009)."""

Mixed: _Final[_Code] = _Code("SCT", "26242008", "mixed", (3802,))
"""mixed (SCT 26242008)."""

MixedAneurysm: _Final[_Code] = _Code("SCT", "85726003", "mixed aneurysm", (3808,))
"""mixed aneurysm (SCT 85726003)."""

MixedBreedCat: _Final[_Code] = _Code("SCT", "132653001", "Mixed breed cat", (7486,))
"""Mixed breed cat (SCT 132653001)."""

MixedBreedCattle: _Final[_Code] = _Code("SCT", "409906003", "Mixed breed cattle", (7486,))
"""Mixed breed cattle (SCT 409906003)."""

MixedBreedChicken: _Final[_Code] = _Code("SCT", "406723001", "Mixed breed chicken", (7486,))
"""Mixed breed chicken (SCT 406723001)."""

MixedBreedDog: _Final[_Code] = _Code("SCT", "132619000", "Mixed breed dog", (7486,))
"""Mixed breed dog (SCT 132619000)."""

MixedBreedGoat: _Final[_Code] = _Code("SCT", "131607005", "Mixed breed goat", (7486,))
"""Mixed breed goat (SCT 131607005)."""

MixedBreedHorse: _Final[_Code] = _Code("SCT", "406721004", "Mixed breed horse", (7486,))
"""Mixed breed horse (SCT 406721004)."""

MixedBreedPig: _Final[_Code] = _Code("SCT", "417012009", "Mixed breed pig", (7486,))
"""Mixed breed pig (SCT 417012009)."""

MixedBreedSheep: _Final[_Code] = _Code("SCT", "406722006", "Mixed breed sheep", (7486,))
"""Mixed breed sheep (SCT 406722006)."""

MixedIschemiaAndInfarction: _Final[_Code] = _Code(
    "SCT", "428196007", "Mixed Ischemia and Infarction", (3121,)
)
"""Mixed Ischemia and Infarction (SCT 428196007)."""

MixedRacialGroup: _Final[_Code] = _Code("SCT", "414752008", "Mixed racial group", (6099,))
"""Mixed racial group (SCT 414752008)."""

MixedSmallCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "21326004", "Mixed small cell carcinoma", (639,)
)
"""Mixed small cell carcinoma (SCT 21326004)."""

MixedVenousBlood: _Final[_Code] = _Code("SCT", "116176007", "Mixed Venous Blood", (3520,))
"""Mixed Venous Blood (SCT 116176007)."""

Mode: _Final[_Code] = _Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

Moderate: _Final[_Code] = _Code("SCT", "6736007", "Moderate", (3716, 3832, 6130))
"""Moderate (SCT 6736007)."""

ModerateHypokinesis: _Final[_Code] = _Code("SCT", "371869002", "Moderate Hypokinesis", (3703,))
"""Moderate Hypokinesis (SCT 371869002)."""

ModerateRisk: _Final[_Code] = _Code("SCT", "25594002", "Moderate risk", (3118,))
"""Moderate risk (SCT 25594002)."""

ModerateToHighRisk: _Final[_Code] = _Code("SCT", "429557002", "Moderate to high risk", (3118,))
"""Moderate to high risk (SCT 429557002)."""

ModerateToSevere: _Final[_Code] = _Code("SCT", "371924009", "Moderate to Severe", (3716,))
"""Moderate to Severe (SCT 371924009)."""

ModeratelyEnlargedCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373127006", "Moderately enlarged cardiac chamber", (3122, 3705)
)
"""Moderately enlarged cardiac chamber (SCT 373127006)."""

ModifiedBruceProtocol: _Final[_Code] = _Code("SCT", "129096001", "Modified Bruce protocol", (3261,))
"""Modified Bruce protocol (SCT 129096001)."""

ModifiedNaughtonProtocol: _Final[_Code] = _Code(
    "SCT", "129102008", "Modified Naughton protocol", (3261,)
)
"""Modified Naughton protocol (SCT 129102008)."""

ModifiedTrichromeStain: _Final[_Code] = _Code(
    "SCT", "406991004", "modified trichrome stain", (8112,)
)
"""modified trichrome stain (SCT 406991004)."""

Molybdenum: _Final[_Code] = _Code("SCT", "71128006", "Molybdenum", (10006, 10016))
"""Molybdenum (SCT 71128006)."""

MonitoredAnesthesiaCareMAC: _Final[_Code] = _Code(
    "SCT", "398239001", "Monitored Anesthesia Care (MAC)", (612,)
)
"""Monitored Anesthesia Care (MAC) (SCT 398239001)."""

MonoclonalAntibodyI124: _Final[_Code] = _Code(
    "SCT", "423249007", "Monoclonal antibody I^124^", (4021,)
)
"""Monoclonal antibody I^124^ (SCT 423249007)."""

Moore: _Final[_Code] = _Code("SCT", "422568001", "Moore", (4012,))
"""Moore (SCT 422568001)."""

MoreDefined: _Final[_Code] = _Code("SCT", "129729005", "More defined", (6003, 6134))
"""More defined (SCT 129729005)."""

MoreIschemia: _Final[_Code] = _Code("SCT", "429477006", "More ischemia", (3235,))
"""More ischemia (SCT 429477006)."""

Morphine: _Final[_Code] = _Code("SCT", "373529000", "Morphine", (6089,))
"""Morphine (SCT 373529000)."""

MorphologicallyAbnormalStructure: _Final[_Code] = _Code(
    "SCT", "49755003", "Morphologically Abnormal Structure", (1000, 3487, 4266, 7150)
)
"""Morphologically Abnormal Structure (SCT 49755003)."""

MorticeProjection: _Final[_Code] = _Code("SCT", "260497009", "Mortice projection", (4012,))
"""Mortice projection (SCT 260497009)."""

MostSignificant: _Final[_Code] = _Code("SCT", "371925005", "Most significant", (220,))
"""Most significant (SCT 371925005)."""

Mouth: _Final[_Code] = _Code("SCT", "123851003", "Mouth", (4, 645))
"""Mouth (SCT 123851003)."""

MouthClosed: _Final[_Code] = _Code("SCT", "286866000", "Mouth closed", (4011,))
"""Mouth closed (SCT 286866000)."""

MucicarmineStain: _Final[_Code] = _Code("SCT", "406964001", "mucicarmine stain", (8112,))
"""mucicarmine stain (SCT 406964001)."""

MucinousAdenocarcinomaColloidCarcinoma: _Final[_Code] = _Code(
    "SCT", "72495009", "Mucinous adenocarcinoma (Colloid carcinoma)", (6033,)
)
"""Mucinous adenocarcinoma (Colloid carcinoma) (SCT 72495009)."""

MucosaOfFloorOfMouth: _Final[_Code] = _Code("SCT", "36152006", "Mucosa of floor of mouth", (4029,))
"""Mucosa of floor of mouth (SCT 36152006)."""

MucosaOfLowerLip: _Final[_Code] = _Code("SCT", "46353006", "Mucosa of lower lip", (4029,))
"""Mucosa of lower lip (SCT 46353006)."""

MucosaOfMandibularGingiva: _Final[_Code] = _Code(
    "SCT", "245823002", "Mucosa of mandibular gingiva", (4029,)
)
"""Mucosa of mandibular gingiva (SCT 245823002)."""

MucosaOfMaxillaryGingiva: _Final[_Code] = _Code(
    "SCT", "245814000", "Mucosa of maxillary gingiva", (4029,)
)
"""Mucosa of maxillary gingiva (SCT 245814000)."""

MucosaOfTipOfTongue: _Final[_Code] = _Code("SCT", "245831007", "Mucosa of tip of tongue", (4029,))
"""Mucosa of tip of tongue (SCT 245831007)."""

MucosaOfTongue: _Final[_Code] = _Code("SCT", "8001006", "Mucosa of tongue", (4029,))
"""Mucosa of tongue (SCT 8001006)."""

MucosaOfUpperLip: _Final[_Code] = _Code("SCT", "18444004", "Mucosa of upper lip", (4029,))
"""Mucosa of upper lip (SCT 18444004)."""

MultiVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "371803003", "Multi vessel coronary artery disease.", (3728,)
)
"""Multi vessel coronary artery disease. (SCT 371803003)."""

Multifocal: _Final[_Code] = _Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008)."""

MultifocalPvcs: _Final[_Code] = _Code("SCT", "10626002", "Multifocal PVCs", (3234,))
"""Multifocal PVCs (SCT 10626002)."""

MultiparametricMRIOfProstate: _Final[_Code] = _Code(
    "SCT", "719178004", "Multiparametric MRI of prostate", (100,)
)
"""Multiparametric MRI of prostate (SCT 719178004)."""

MultipleAneurysm: _Final[_Code] = _Code("SCT", "125274006", "multiple aneurysm", (3808,))
"""multiple aneurysm (SCT 125274006)."""

MultipleIrregularities: _Final[_Code] = _Code(
    "SCT", "371922008", "Multiple Irregularities", (3715,)
)
"""Multiple Irregularities (SCT 371922008)."""

MultipleMyeloma: _Final[_Code] = _Code("SCT", "1162576007", "Multiple myeloma", (64,))
"""Multiple myeloma (SCT 1162576007)."""

MultiplePregnancy: _Final[_Code] = _Code("SCT", "16356006", "Multiple pregnancy", (6088,))
"""Multiple pregnancy (SCT 16356006)."""

MusGenus: _Final[_Code] = _Code("SCT", "447482001", "Mus genus", (7454,))
"""Mus genus (SCT 447482001)."""

MusMusculus: _Final[_Code] = _Code("SCT", "447612001", "Mus musculus", (7454,))
"""Mus musculus (SCT 447612001)."""

MuscleBridge: _Final[_Code] = _Code("SCT", "424045003", "Muscle Bridge", (3712,))
"""Muscle Bridge (SCT 424045003)."""

MuscleOfHead: _Final[_Code] = _Code("SCT", "22688005", "Muscle of head", (4028,))
"""Muscle of head (SCT 22688005)."""

MuscleOfLowerLimb: _Final[_Code] = _Code("SCT", "102292000", "Muscle of lower limb", (4031,))
"""Muscle of lower limb (SCT 102292000)."""

MuscleOfNeck: _Final[_Code] = _Code("SCT", "81727001", "Muscle of neck", (4028,))
"""Muscle of neck (SCT 81727001)."""

MuscleOfUpperLimb: _Final[_Code] = _Code("SCT", "30608006", "Muscle of upper limb", (4031,))
"""Muscle of upper limb (SCT 30608006)."""

Muscle_71616004: _Final[_Code] = _Code("SCT", "71616004", "Muscle", (6100, 6204, 10044))
"""Muscle (SCT 71616004)."""

Muscle_91727004: _Final[_Code] = _Code("SCT", "91727004", "Muscle", (7166,))
"""Muscle (SCT 91727004)."""

MustardOperation: _Final[_Code] = _Code("SCT", "40250003", "Mustard operation", (12247,))
"""Mustard operation (SCT 40250003)."""

MustardOrSenningCommonSystemicVenousPathway: _Final[_Code] = _Code(
    "SCT", "443809000", "Mustard or Senning Common Systemic Venous Pathway", (12282,)
)
"""Mustard or Senning Common Systemic Venous Pathway (SCT 443809000)."""

MustardOrSenningInferiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "444329004", "Mustard or Senning Inferior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Inferior Vena Cava Pathway (SCT 444329004)."""

MustardOrSenningPulmonaryVenousPathway: _Final[_Code] = _Code(
    "SCT", "443907004", "Mustard or Senning Pulmonary Venous Pathway", (12283,)
)
"""Mustard or Senning Pulmonary Venous Pathway (SCT 443907004)."""

MustardOrSenningSuperiorVenaCavaPathway: _Final[_Code] = _Code(
    "SCT", "444177009", "Mustard or Senning Superior Vena Cava Pathway", (12282,)
)
"""Mustard or Senning Superior Vena Cava Pathway (SCT 444177009)."""

MustelaPutoriusFuro: _Final[_Code] = _Code("SCT", "449310008", "Mustela putorius furo", (7454,))
"""Mustela putorius furo (SCT 449310008)."""

MycoticAneurysm: _Final[_Code] = _Code("SCT", "51668007", "mycotic aneurysm", (3808,))
"""mycotic aneurysm (SCT 51668007)."""

MyeloperoxidaseStain: _Final[_Code] = _Code("SCT", "255805004", "myeloperoxidase stain", (8112,))
"""myeloperoxidase stain (SCT 255805004)."""

MyocardialInfarction: _Final[_Code] = _Code("SCT", "22298006", "Myocardial Infarction", (3121,))
"""Myocardial Infarction (SCT 22298006)."""

MyocardialIschemia: _Final[_Code] = _Code("SCT", "414795007", "Myocardial ischemia", (3121,))
"""Myocardial ischemia (SCT 414795007)."""

MyocardialPerfusionNormal: _Final[_Code] = _Code(
    "SCT", "301121007", "Myocardial perfusion normal", (3120,)
)
"""Myocardial perfusion normal (SCT 301121007)."""

Myocarditis: _Final[_Code] = _Code("SCT", "50920009", "Myocarditis", (3700,))
"""Myocarditis (SCT 50920009)."""

MyocardiumOfAnterolateralRegion: _Final[_Code] = _Code(
    "SCT", "73050001", "myocardium of anterolateral region", (3718,)
)
"""myocardium of anterolateral region (SCT 73050001)."""

MyocardiumOfApexOfHeart: _Final[_Code] = _Code(
    "SCT", "47962008", "myocardium of apex of heart", (3718,)
)
"""myocardium of apex of heart (SCT 47962008)."""

MyocardiumOfDiaphragmaticRegion: _Final[_Code] = _Code(
    "SCT", "72542009", "myocardium of diaphragmatic region", (3718,)
)
"""myocardium of diaphragmatic region (SCT 72542009)."""

MyocardiumOfInferolateralRegion: _Final[_Code] = _Code(
    "SCT", "16239001", "myocardium of inferolateral region", (3718,)
)
"""myocardium of inferolateral region (SCT 16239001)."""

MyocardiumOfPosterolateralRegion: _Final[_Code] = _Code(
    "SCT", "33272004", "myocardium of posterolateral region", (3718,)
)
"""myocardium of posterolateral region (SCT 33272004)."""

Myofibroblastoma: _Final[_Code] = _Code("SCT", "128738002", "Myofibroblastoma", (6031,))
"""Myofibroblastoma (SCT 128738002)."""

Myopia: _Final[_Code] = _Code("SCT", "57190000", "Myopia", (4238,))
"""Myopia (SCT 57190000)."""

NAcetylaspartate: _Final[_Code] = _Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007)."""

NSAID: _Final[_Code] = _Code("SCT", "372665008", "NSAID", (622,))
"""NSAID (SCT 372665008)."""

NYHAClassI: _Final[_Code] = _Code("SCT", "420300004", "NYHA Class I", (3736,))
"""NYHA Class I (SCT 420300004)."""

NYHAClassII: _Final[_Code] = _Code("SCT", "421704003", "NYHA Class II", (3736,))
"""NYHA Class II (SCT 421704003)."""

NYHAClassIII: _Final[_Code] = _Code("SCT", "420913000", "NYHA Class III", (3736,))
"""NYHA Class III (SCT 420913000)."""

NYHAClassIV: _Final[_Code] = _Code("SCT", "422293003", "NYHA Class IV", (3736,))
"""NYHA Class IV (SCT 422293003)."""

NailUnitOfFifthToe: _Final[_Code] = _Code("SCT", "770820003", "Nail unit of fifth toe", (4029,))
"""Nail unit of fifth toe (SCT 770820003)."""

NailUnitOfFinger: _Final[_Code] = _Code("SCT", "770809003", "Nail unit of finger", (4029,))
"""Nail unit of finger (SCT 770809003)."""

NailUnitOfFourthToe: _Final[_Code] = _Code("SCT", "770821004", "Nail unit of fourth toe", (4029,))
"""Nail unit of fourth toe (SCT 770821004)."""

NailUnitOfGreatToe: _Final[_Code] = _Code("SCT", "770822006", "Nail unit of great toe", (4029,))
"""Nail unit of great toe (SCT 770822006)."""

NailUnitOfIndexFinger: _Final[_Code] = _Code(
    "SCT", "770815003", "Nail unit of index finger", (4029,)
)
"""Nail unit of index finger (SCT 770815003)."""

NailUnitOfLittleFinger: _Final[_Code] = _Code(
    "SCT", "770818001", "Nail unit of little finger", (4029,)
)
"""Nail unit of little finger (SCT 770818001)."""

NailUnitOfMiddleFinger: _Final[_Code] = _Code(
    "SCT", "770816002", "Nail unit of middle finger", (4029,)
)
"""Nail unit of middle finger (SCT 770816002)."""

NailUnitOfRingFinger: _Final[_Code] = _Code("SCT", "770817006", "Nail unit of ring finger", (4029,))
"""Nail unit of ring finger (SCT 770817006)."""

NailUnitOfSecondToe: _Final[_Code] = _Code("SCT", "770823001", "Nail unit of second toe", (4029,))
"""Nail unit of second toe (SCT 770823001)."""

NailUnitOfThirdToe: _Final[_Code] = _Code("SCT", "770825008", "Nail unit of third toe", (4029,))
"""Nail unit of third toe (SCT 770825008)."""

NailUnitOfThumb: _Final[_Code] = _Code("SCT", "770810008", "Nail unit of thumb", (4029,))
"""Nail unit of thumb (SCT 770810008)."""

NailUnitOfToe: _Final[_Code] = _Code("SCT", "770805009", "Nail unit of toe", (4029,))
"""Nail unit of toe (SCT 770805009)."""

NaphthaleneBlack12BStain: _Final[_Code] = _Code(
    "SCT", "16788000", "naphthalene black 12B stain", (8112,)
)
"""naphthalene black 12B stain (SCT 16788000)."""

NaphtholASDChloracetateEsteraseStain: _Final[_Code] = _Code(
    "SCT", "406973009", "naphthol-AS-D-chloracetate esterase stain", (8112,)
)
"""naphthol-AS-D-chloracetate esterase stain (SCT 406973009)."""

NaphtholGreenBStain: _Final[_Code] = _Code("SCT", "14958002", "naphthol green B stain", (8112,))
"""naphthol green B stain (SCT 14958002)."""

NaphtholYellowSStain: _Final[_Code] = _Code("SCT", "111101002", "naphthol yellow S stain", (8112,))
"""naphthol yellow S stain (SCT 111101002)."""

NarcoticOpiateAntagonist: _Final[_Code] = _Code(
    "SCT", "372656001", "Narcotic (opiate) antagonist", (622,)
)
"""Narcotic (opiate) antagonist (SCT 372656001)."""

Narrow: _Final[_Code] = _Code("SCT", "134223000", "Narrow", (6107,))
"""Narrow (SCT 134223000)."""

NasalBone: _Final[_Code] = _Code("SCT", "74386004", "Nasal bone", (4028, 4031))
"""Nasal bone (SCT 74386004)."""

NasalCavity: _Final[_Code] = _Code("SCT", "279549004", "nasal cavity", (7601,))
"""nasal cavity (SCT 279549004)."""

NasalCongestion: _Final[_Code] = _Code("SCT", "68235000", "Nasal Congestion", (60,))
"""Nasal Congestion (SCT 68235000)."""

NasalRoute: _Final[_Code] = _Code("SCT", "46713006", "Nasal route", (11,))
"""Nasal route (SCT 46713006)."""

NasolabialLymphNode: _Final[_Code] = _Code("SCT", "144026003", "nasolabial lymph node", (7600,))
"""nasolabial lymph node (SCT 144026003)."""

Nasopharynx_360955006: _Final[_Code] = _Code("SCT", "360955006", "Nasopharynx", (4040,))
"""Nasopharynx (SCT 360955006)."""

Nasopharynx_71836000: _Final[_Code] = _Code("SCT", "71836000", "nasopharynx", (7601,))
"""nasopharynx (SCT 71836000)."""

NaturalBrother: _Final[_Code] = _Code("SCT", "60614009", "Natural brother", (7451,))
"""Natural brother (SCT 60614009)."""

NaturalDaughter: _Final[_Code] = _Code("SCT", "83420006", "Natural daughter", (7451,))
"""Natural daughter (SCT 83420006)."""

NaturalFather: _Final[_Code] = _Code("SCT", "9947008", "Natural father", (7451,))
"""Natural father (SCT 9947008)."""

NaturalGrandFather: _Final[_Code] = _Code("SCT", "62296006", "Natural grand-father", (7451,))
"""Natural grand-father (SCT 62296006)."""

NaturalGrandMother: _Final[_Code] = _Code("SCT", "17945006", "Natural grand-mother", (7451,))
"""Natural grand-mother (SCT 17945006)."""

NaturalMother: _Final[_Code] = _Code("SCT", "65656005", "Natural mother", (7451,))
"""Natural mother (SCT 65656005)."""

NaturalSister: _Final[_Code] = _Code("SCT", "73678001", "Natural sister", (7451,))
"""Natural sister (SCT 73678001)."""

NaturalSon: _Final[_Code] = _Code("SCT", "113160008", "Natural son", (7451,))
"""Natural son (SCT 113160008)."""

NaughtonProtocol: _Final[_Code] = _Code("SCT", "129101001", "Naughton protocol", (3261,))
"""Naughton protocol (SCT 129101001)."""

Nausea: _Final[_Code] = _Code("SCT", "422587007", "Nausea", (3220,))
"""Nausea (SCT 422587007)."""

NauseaAndVomiting: _Final[_Code] = _Code("SCT", "16932000", "Nausea and vomiting", (60,))
"""Nausea and vomiting (SCT 16932000)."""

NavicularOfHindfoot: _Final[_Code] = _Code("SCT", "75772009", "Navicular of hindfoot", (7483,))
"""Navicular of hindfoot (SCT 75772009)."""

Neck: _Final[_Code] = _Code("SCT", "45048000", "Neck", (4028, 4031))
"""Neck (SCT 45048000)."""

NeckAndChest: _Final[_Code] = _Code("SCT", "417437006", "Neck and Chest", (4031,))
"""Neck and Chest (SCT 417437006)."""

NeckChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416319003", "Neck, Chest, Abdomen and Pelvis", (4031,)
)
"""Neck, Chest, Abdomen and Pelvis (SCT 416319003)."""

NeckChestAndAbdomen: _Final[_Code] = _Code("SCT", "416152001", "Neck, Chest and Abdomen", (4031,))
"""Neck, Chest and Abdomen (SCT 416152001)."""

NeckOfRib: _Final[_Code] = _Code("SCT", "72184008", "Neck of rib", (6115,))
"""Neck of rib (SCT 72184008)."""

Necrosis: _Final[_Code] = _Code("SCT", "6574001", "Necrosis", (7159, 7168))
"""Necrosis (SCT 6574001)."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005)."""

Neer: _Final[_Code] = _Code("SCT", "422795009", "Neer", (4012,))
"""Neer (SCT 422795009)."""

Negative: _Final[_Code] = _Code("SCT", "260385009", "Negative", (250,))
"""Negative (SCT 260385009)."""

NegativeLowerBodyPressure: _Final[_Code] = _Code(
    "SCT", "128966001", "Negative lower body pressure", (3271,)
)
"""Negative lower body pressure (SCT 128966001)."""

NeoAdjuvantIntent: _Final[_Code] = _Code("SCT", "373847000", "Neo-adjuvant intent", (3629,))
"""Neo-adjuvant intent (SCT 373847000)."""

NeoaorticRoot: _Final[_Code] = _Code("SCT", "443726001", "Neoaortic Root", (12289,))
"""Neoaortic Root (SCT 443726001)."""

NeoaorticValve: _Final[_Code] = _Code("SCT", "443283007", "Neoaortic Valve", (12289,))
"""Neoaortic Valve (SCT 443283007)."""

NeonatalIntensiveCare: _Final[_Code] = _Code("SCT", "405269005", "Neonatal Intensive Care", (7030,))
"""Neonatal Intensive Care (SCT 405269005)."""

NeoplasmOfTheMammarySkin: _Final[_Code] = _Code(
    "SCT", "126510002", "Neoplasm of the mammary skin", (6033,)
)
"""Neoplasm of the mammary skin (SCT 126510002)."""

NeoplasmPrimary: _Final[_Code] = _Code("SCT", "372087000", "Neoplasm, Primary", (7159,))
"""Neoplasm, Primary (SCT 372087000)."""

NeoplasmSecondary: _Final[_Code] = _Code("SCT", "14799000", "Neoplasm, Secondary", (7159,))
"""Neoplasm, Secondary (SCT 14799000)."""

Nephrology: _Final[_Code] = _Code("SCT", "309936008", "Nephrology", (7030,))
"""Nephrology (SCT 309936008)."""

Nerve: _Final[_Code] = _Code("SCT", "91728009", "Nerve", (7166,))
"""Nerve (SCT 91728009)."""

NeuroendocrineTumor: _Final[_Code] = _Code("SCT", "255046005", "Neuroendocrine tumor", (639,))
"""Neuroendocrine tumor (SCT 255046005)."""

Neurofibroma: _Final[_Code] = _Code("SCT", "404029005", "Neurofibroma", (6031,))
"""Neurofibroma (SCT 404029005)."""

Neurofibromatosis: _Final[_Code] = _Code("SCT", "81669005", "Neurofibromatosis", (6031,))
"""Neurofibromatosis (SCT 81669005)."""

Neurohypophysis: _Final[_Code] = _Code("SCT", "37512009", "Neurohypophysis", (7153,))
"""Neurohypophysis (SCT 37512009)."""

Neurology: _Final[_Code] = _Code("SCT", "309937004", "Neurology", (7030,))
"""Neurology (SCT 309937004)."""

NeuromuscularBlockingNMBDepolarizing: _Final[_Code] = _Code(
    "SCT", "373250005", "NeuroMuscular Blocking (NMB) - depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - depolarizing (SCT 373250005)."""

NeuromuscularBlockingNMBNonDepolarizing: _Final[_Code] = _Code(
    "SCT", "372790002", "NeuroMuscular Blocking (NMB) - non depolarizing", (622,)
)
"""NeuroMuscular Blocking (NMB) - non depolarizing (SCT 372790002)."""

Neurosurgery: _Final[_Code] = _Code("SCT", "310159002", "Neurosurgery", (7030,))
"""Neurosurgery (SCT 310159002)."""

NeutralBufferedFormalin: _Final[_Code] = _Code(
    "SCT", "434162003", "Neutral Buffered Formalin", (8114,)
)
"""Neutral Buffered Formalin (SCT 434162003)."""

NeutralRedStain: _Final[_Code] = _Code("SCT", "67956008", "neutral red stain", (8112,))
"""neutral red stain (SCT 67956008)."""

NeutrophilAlkalinePhosphataseStain: _Final[_Code] = _Code(
    "SCT", "255806003", "neutrophil alkaline phosphatase stain", (8112,)
)
"""neutrophil alkaline phosphatase stain (SCT 255806003)."""

NewFinding: _Final[_Code] = _Code("SCT", "129721008", "New finding", (6003,))
"""New finding (SCT 129721008)."""

NewFuchsinStain: _Final[_Code] = _Code("SCT", "31714001", "new fuchsin stain", (8112,))
"""new fuchsin stain (SCT 31714001)."""

NewInfarction: _Final[_Code] = _Code("SCT", "429391004", "New infarction", (3235,))
"""New infarction (SCT 429391004)."""

NewIschemia: _Final[_Code] = _Code("SCT", "428927006", "New ischemia", (3235,))
"""New ischemia (SCT 428927006)."""

NewWallMotionAbnormality: _Final[_Code] = _Code(
    "SCT", "429058004", "New wall motion abnormality", (3237,)
)
"""New wall motion abnormality (SCT 429058004)."""

NickelCobaltChromium: _Final[_Code] = _Code("SCT", "261249004", "Nickel cobalt chromium", (300,))
"""Nickel cobalt chromium (SCT 261249004)."""

NickelTitanium: _Final[_Code] = _Code("SCT", "261250004", "Nickel Titanium", (7300,))
"""Nickel Titanium (SCT 261250004)."""

Nifedipine: _Final[_Code] = _Code("SCT", "85272000", "Nifedipine", (10,))
"""Nifedipine (SCT 85272000)."""

NightBlueStain: _Final[_Code] = _Code("SCT", "406965000", "night blue stain", (8112,))
"""night blue stain (SCT 406965000)."""

NileBlueStain: _Final[_Code] = _Code("SCT", "77073008", "nile blue stain", (4412, 8112))
"""nile blue stain (SCT 77073008)."""

NinthIntercostalSpace: _Final[_Code] = _Code("SCT", "117141000", "Ninth Intercostal Space", (5,))
"""Ninth Intercostal Space (SCT 117141000)."""

Niobium: _Final[_Code] = _Code("SCT", "767776000", "Niobium", (10006,))
"""Niobium (SCT 767776000)."""

Nipple: _Final[_Code] = _Code("SCT", "24142002", "Nipple", (6014,))
"""Nipple (SCT 24142002)."""

NippleDischargeSymptom: _Final[_Code] = _Code(
    "SCT", "162164007", "Nipple discharge symptom", (6055,)
)
"""Nipple discharge symptom (SCT 162164007)."""

NippleInProfile: _Final[_Code] = _Code("SCT", "442581004", "Nipple in profile", (4015,))
"""Nipple in profile (SCT 442581004)."""

NippleProblem: _Final[_Code] = _Code("SCT", "290119008", "Nipple problem", (6055,))
"""Nipple problem (SCT 290119008)."""

NippleRetraction: _Final[_Code] = _Code("SCT", "271955004", "Nipple retraction", (6039, 6056))
"""Nipple retraction (SCT 271955004)."""

NitrateVasodilator: _Final[_Code] = _Code("SCT", "372700007", "Nitrate vasodilator", (3760,))
"""Nitrate vasodilator (SCT 372700007)."""

NitrazineYellowStain: _Final[_Code] = _Code("SCT", "86750008", "nitrazine yellow stain", (8112,))
"""nitrazine yellow stain (SCT 86750008)."""

Nitroglycerin: _Final[_Code] = _Code("SCT", "71759000", "Nitroglycerin", (10,))
"""Nitroglycerin (SCT 71759000)."""

NitrousOxide: _Final[_Code] = _Code("SCT", "111132001", "Nitrous oxide", (624,))
"""Nitrous oxide (SCT 111132001)."""

No: _Final[_Code] = _Code("SCT", "373067005", "No", (230, 231))
"""No (SCT 373067005)."""

NoChange: _Final[_Code] = _Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

NoFamilyHistoryOfBreastCarcinoma: _Final[_Code] = _Code(
    "SCT", "313376005", "No family history of breast carcinoma", (6081,)
)
"""No family history of breast carcinoma (SCT 313376005)."""

NoFamilyHistoryOfCardiovascularDisease: _Final[_Code] = _Code(
    "SCT", "160270001", "No family history of cardiovascular disease", (3758,)
)
"""No family history of cardiovascular disease (SCT 160270001)."""

NoFamilyHistoryOfDiabetes: _Final[_Code] = _Code(
    "SCT", "160274005", "No family history of diabetes", (3758,)
)
"""No family history of diabetes (SCT 160274005)."""

NoHistoryOfSmoking: _Final[_Code] = _Code("SCT", "266919005", "No History of Smoking", (3724,))
"""No History of Smoking (SCT 266919005)."""

NoMotorResponseToCommand: _Final[_Code] = _Code(
    "SCT", "298336006", "No motor response to command", (60,)
)
"""No motor response to command (SCT 298336006)."""

NoSignificantChangesInTheFinding: _Final[_Code] = _Code(
    "SCT", "129723006", "No significant changes in the finding", (6003, 6134)
)
"""No significant changes in the finding (SCT 129723006)."""

NoThrombus: _Final[_Code] = _Code("SCT", "373140001", "No Thrombus", (3714,))
"""No Thrombus (SCT 373140001)."""

Nodular: _Final[_Code] = _Code("SCT", "255288007", "Nodular", (6132,))
"""Nodular (SCT 255288007)."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004)."""

Nolke: _Final[_Code] = _Code("SCT", "399002000", "Nolke", (4012,))
"""Nolke (SCT 399002000)."""

NomarskiPrism: _Final[_Code] = _Code("SCT", "445633006", "Nomarski prism", (8124,))
"""Nomarski prism (SCT 445633006)."""

Nominal: _Final[_Code] = _Code("SCT", "117362005", "Nominal", (10072,))
"""Nominal (SCT 117362005)."""

NonCalcified: _Final[_Code] = _Code("SCT", "17589002", "non-calcified", (3802,))
"""non-calcified (SCT 17589002)."""

NonCoronarySinus: _Final[_Code] = _Code("SCT", "24865005", "Non-coronary Sinus", (12291,))
"""Non-coronary Sinus (SCT 24865005)."""

NonElectricHeatingPad: _Final[_Code] = _Code("SCT", "39790008", "Non-electric heating pad", (635,))
"""Non-electric heating pad (SCT 39790008)."""

NonHodgkinLymphoma: _Final[_Code] = _Code("SCT", "1172592001", "Non-Hodgkin's lymphoma", (6033,))
"""Non-Hodgkin's lymphoma (SCT 1172592001)."""

NonInfiltratingIntraductalCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162814007", "Non-infiltrating intraductal carcinoma", (6159,)
)
"""Non-infiltrating intraductal carcinoma (SCT 1162814007)."""

NonRadiopaqueMedium: _Final[_Code] = _Code("SCT", "43538006", "Non radiopaque medium", (12,))
"""Non radiopaque medium (SCT 43538006)."""

NonRestrictive: _Final[_Code] = _Code("SCT", "373131000", "Non-restrictive", (3707,))
"""Non-restrictive (SCT 373131000)."""

NonSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "401314000", "Non ST Elevation Myocardial Infarction", (3723,)
)
"""Non ST Elevation Myocardial Infarction (SCT 401314000)."""

NonSmallCellCarcinoma: _Final[_Code] = _Code("SCT", "128632008", "Non-small cell carcinoma", (639,))
"""Non-small cell carcinoma (SCT 128632008)."""

NonSmallCellLungCancer: _Final[_Code] = _Code(
    "SCT", "254637007", "Non-small cell lung cancer", (639,)
)
"""Non-small cell lung cancer (SCT 254637007)."""

NonSustainedVentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "66657009", "Non-sustained ventricular tachycardia", (3230,)
)
"""Non-sustained ventricular tachycardia (SCT 66657009)."""

NonalcoholicFattyLiverDiseaseNAFLD: _Final[_Code] = _Code(
    "SCT", "1231824009", "Nonalcoholic fatty liver disease (NAFLD)", (12325,)
)
"""Nonalcoholic fatty liver disease (NAFLD) (SCT 1231824009)."""

NonalcoholicFattyLiverNAFL: _Final[_Code] = _Code(
    "SCT", "197315008", "Nonalcoholic fatty liver (NAFL)", (12325,)
)
"""Nonalcoholic fatty liver (NAFL) (SCT 197315008)."""

NonalcoholicSteatohepatitisNASH: _Final[_Code] = _Code(
    "SCT", "442685003", "Nonalcoholic steatohepatitis (NASH)", (12325,)
)
"""Nonalcoholic steatohepatitis (NASH) (SCT 442685003)."""

NoncardiacChestPain: _Final[_Code] = _Code("SCT", "274668005", "Noncardiac Chest Pain", (3202,))
"""Noncardiac Chest Pain (SCT 274668005)."""

NoncontactFundusLens: _Final[_Code] = _Code("SCT", "410685001", "Noncontact fundus lens", (4205,))
"""Noncontact fundus lens (SCT 410685001)."""

None_: _Final[_Code] = _Code("SCT", "260413007", "None", (606, 3707, 3716, 4253))
"""None (SCT 260413007)."""

NonspecificEsteraseStain: _Final[_Code] = _Code(
    "SCT", "255807007", "nonspecific esterase stain", (8112,)
)
"""nonspecific esterase stain (SCT 255807007)."""

NonspecificSTTAbnormality: _Final[_Code] = _Code(
    "SCT", "428750005", "Nonspecific ST-T abnormality", (3230,)
)
"""Nonspecific ST-T abnormality (SCT 428750005)."""

Norgaard: _Final[_Code] = _Code("SCT", "399157000", "Norgaard", (4012,))
"""Norgaard (SCT 399157000)."""

NormalAorticRoot: _Final[_Code] = _Code("SCT", "373132007", "Normal Aortic Root", (3709,))
"""Normal Aortic Root (SCT 373132007)."""

NormalCoronaryArteries: _Final[_Code] = _Code(
    "SCT", "371860003", "Normal coronary arteries", (3728,)
)
"""Normal coronary arteries (SCT 371860003)."""

NormalExtracardiacUptake: _Final[_Code] = _Code(
    "SCT", "428552000", "Normal extracardiac uptake", (3116,)
)
"""Normal extracardiac uptake (SCT 428552000)."""

NormalLeftAndRightHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371858000", "Normal left and right heart hemodynamics", (3728,)
)
"""Normal left and right heart hemodynamics (SCT 371858000)."""

NormalLeftHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371856001", "Normal left heart hemodynamics", (3728,)
)
"""Normal left heart hemodynamics (SCT 371856001)."""

NormalLeftVentricularSystolicFunctionAndWallMotion: _Final[_Code] = _Code(
    "SCT", "371857005", "Normal left ventricular systolic function and wall motion", (3728,)
)
"""Normal left ventricular systolic function and wall motion (SCT 371857005)."""

NormalRange: _Final[_Code] = _Code("SCT", "260395002", "Normal Range", (3642,))
"""Normal Range (SCT 260395002)."""

NormalRangeLowerLimit: _Final[_Code] = _Code("SCT", "385524004", "Normal Range Lower Limit", (223,))
"""Normal Range Lower Limit (SCT 385524004)."""

NormalRangeUpperLimit: _Final[_Code] = _Code("SCT", "371933006", "Normal Range Upper Limit", (223,))
"""Normal Range Upper Limit (SCT 371933006)."""

NormalRespiratoryRhythm: _Final[_Code] = _Code(
    "SCT", "5467003", "normal respiratory rhythm", (3416,)
)
"""normal respiratory rhythm (SCT 5467003)."""

NormalRightHeartHemodynamics: _Final[_Code] = _Code(
    "SCT", "371859008", "Normal right heart hemodynamics", (3728,)
)
"""Normal right heart hemodynamics (SCT 371859008)."""

NormalRisk: _Final[_Code] = _Code("SCT", "427986001", "Normal risk", (3118,))
"""Normal risk (SCT 427986001)."""

NormalShape: _Final[_Code] = _Code("SCT", "31842008", "Normal shape", (6039,))
"""Normal shape (SCT 31842008)."""

NormalSinusRhythm: _Final[_Code] = _Code("SCT", "64730000", "normal sinus rhythm", (3826,))
"""normal sinus rhythm (SCT 64730000)."""

NormalSizeCardiacChamber: _Final[_Code] = _Code(
    "SCT", "373124004", "Normal size cardiac chamber", (3122, 3705)
)
"""Normal size cardiac chamber (SCT 373124004)."""

NormalWallContractility: _Final[_Code] = _Code(
    "SCT", "373129009", "Normal wall contractility", (3706,)
)
"""Normal wall contractility (SCT 373129009)."""

NormalWallMotion: _Final[_Code] = _Code("SCT", "373122000", "Normal wall motion", (3703,))
"""Normal wall motion (SCT 373122000)."""

Normal_164854000: _Final[_Code] = _Code("SCT", "164854000", "Normal", (3230, 3677))
"""Normal (SCT 164854000)."""

Normal_17621005: _Final[_Code] = _Code(
    "SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169)
)
"""Normal (SCT 17621005)."""

NormalityUndetermined: _Final[_Code] = _Code(
    "SCT", "371934000", "Normality Undetermined", (222, 242)
)
"""Normality Undetermined (SCT 371934000)."""

NorwoodTypeOperation: _Final[_Code] = _Code("SCT", "233139006", "Norwood type operation", (12247,))
"""Norwood type operation (SCT 233139006)."""

Nose: _Final[_Code] = _Code("SCT", "45206002", "Nose", (4,))
"""Nose (SCT 45206002)."""

NotAdministered: _Final[_Code] = _Code("SCT", "371900001", "Not Administered", (3742, 3743))
"""Not Administered (SCT 371900001)."""

NotEvaluated: _Final[_Code] = _Code("SCT", "373121007", "Not Evaluated", (3703,))
"""Not Evaluated (SCT 373121007)."""

NotFasting: _Final[_Code] = _Code("SCT", "440565004", "Not Fasting", (12323,))
"""Not Fasting (SCT 440565004)."""

NotPerformed: _Final[_Code] = _Code("SCT", "262008008", "Not performed", (3208, 3209))
"""Not performed (SCT 262008008)."""

NotPregnant: _Final[_Code] = _Code("SCT", "60001007", "not pregnant", (6096,))
"""not pregnant (SCT 60001007)."""

NotSignificant: _Final[_Code] = _Code("SCT", "371928007", "Not significant", (220,))
"""Not significant (SCT 371928007)."""

NotSteady: _Final[_Code] = _Code("SCT", "103361006", "Not Steady", (4220,))
"""Not Steady (SCT 103361006)."""

NottinghamCombinedGrade: _Final[_Code] = _Code(
    "SCT", "372276001", "Nottingham Combined Grade", (6071,)
)
"""Nottingham Combined Grade (SCT 372276001)."""

NottinghamCombinedGradeCannotBeDetermined: _Final[_Code] = _Code(
    "SCT", "384668003", "Nottingham Combined Grade cannot be determined", (6069,)
)
"""Nottingham Combined Grade cannot be determined (SCT 384668003)."""

NottinghamCombinedGradeI3To5Points: _Final[_Code] = _Code(
    "SCT", "369790002", "Nottingham Combined Grade I: 3-5 points", (6069,)
)
"""Nottingham Combined Grade I: 3-5 points (SCT 369790002)."""

NottinghamCombinedGradeII6To7Points: _Final[_Code] = _Code(
    "SCT", "369791003", "Nottingham Combined Grade II: 6-7 points", (6069,)
)
"""Nottingham Combined Grade II: 6-7 points (SCT 369791003)."""

NottinghamCombinedGradeIII8To9Points: _Final[_Code] = _Code(
    "SCT", "369792005", "Nottingham Combined Grade III: 8-9 points", (6069,)
)
"""Nottingham Combined Grade III: 8-9 points (SCT 369792005)."""

NuclearFastRedStain: _Final[_Code] = _Code("SCT", "78869007", "nuclear fast red stain", (8112,))
"""nuclear fast red stain (SCT 78869007)."""

NuclearMedicine: _Final[_Code] = _Code("SCT", "309938009", "Nuclear Medicine", (7030,))
"""Nuclear Medicine (SCT 309938009)."""

NuclearMedicineCardiovascularStudy: _Final[_Code] = _Code(
    "SCT", "108294005", "Nuclear medicine cardiovascular study", (3108, 3206, 3757)
)
"""Nuclear medicine cardiovascular study (SCT 108294005)."""

NuclearMedicineProcedure: _Final[_Code] = _Code(
    "SCT", "371572003", "Nuclear medicine procedure", (6028,)
)
"""Nuclear medicine procedure (SCT 371572003)."""

Nucleus: _Final[_Code] = _Code("SCT", "84640000", "Nucleus", (8135,))
"""Nucleus (SCT 84640000)."""

NucleusAccumbens: _Final[_Code] = _Code("SCT", "427667007", "Nucleus Accumbens", (7140, 7153))
"""Nucleus Accumbens (SCT 427667007)."""

Nulliparous: _Final[_Code] = _Code("SCT", "102877006", "Nulliparous", (6081,))
"""Nulliparous (SCT 102877006)."""

NumberOfUmbilicalArteries: _Final[_Code] = _Code(
    "SCT", "249192005", "Number of umbilical arteries", (12279,)
)
"""Number of umbilical arteries (SCT 249192005)."""

Nurse: _Final[_Code] = _Code("SCT", "106292003", "Nurse", (7452,))
"""Nurse (SCT 106292003)."""

Nutrition: _Final[_Code] = _Code("SCT", "364393001", "Nutrition", (3774,))
"""Nutrition (SCT 364393001)."""

OEAxillaryLymphadenopathy: _Final[_Code] = _Code(
    "SCT", "164150006", "O/E - axillary lymphadenopathy", (6055,)
)
"""O/E - axillary lymphadenopathy (SCT 164150006)."""

OEBreastLumpPalpated: _Final[_Code] = _Code(
    "SCT", "268951004", "O/E - Breast lump palpated", (6055,)
)
"""O/E - Breast lump palpated (SCT 268951004)."""

OELymphadenopathy: _Final[_Code] = _Code("SCT", "274303007", "O/E - lymphadenopathy", (6055,))
"""O/E - lymphadenopathy (SCT 274303007)."""

ObliqueAxial_399004004: _Final[_Code] = _Code("SCT", "399004004", "oblique axial", (4010,))
"""oblique axial (SCT 399004004)."""

ObliqueAxial_399089007: _Final[_Code] = _Code("SCT", "399089007", "Oblique axial", (26,))
"""Oblique axial (SCT 399089007)."""

ObliqueCaudoCranial: _Final[_Code] = _Code("SCT", "399225005", "oblique caudo-cranial", (4010,))
"""oblique caudo-cranial (SCT 399225005)."""

ObliqueCranioCaudal: _Final[_Code] = _Code("SCT", "399288005", "oblique cranio-caudal", (4010,))
"""oblique cranio-caudal (SCT 399288005)."""

Oblique_21114003: _Final[_Code] = _Code("SCT", "21114003", "Oblique", (6, 6121, 6312))
"""Oblique (SCT 21114003)."""

Oblique_399182000: _Final[_Code] = _Code("SCT", "399182000", "oblique", (4010,))
"""oblique (SCT 399182000)."""

Oblique_399366008: _Final[_Code] = _Code("SCT", "399366008", "oblique", (21,))
"""oblique (SCT 399366008)."""

ObscuredLesion: _Final[_Code] = _Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002)."""

ObstetricUSScan: _Final[_Code] = _Code("SCT", "268445003", "Obstetric US scan", (12024,))
"""Obstetric US scan (SCT 268445003)."""

Obstetrics: _Final[_Code] = _Code("SCT", "309944008", "Obstetrics", (7030,))
"""Obstetrics (SCT 309944008)."""

ObstetricsAndGynecology: _Final[_Code] = _Code(
    "SCT", "309942007", "Obstetrics and Gynecology", (7030,)
)
"""Obstetrics and Gynecology (SCT 309942007)."""

ObturatorLymphNode: _Final[_Code] = _Code("SCT", "36086000", "obturator lymph node", (7600,))
"""obturator lymph node (SCT 36086000)."""

OccipitalArtery: _Final[_Code] = _Code("SCT", "31145008", "Occipital artery", (3010, 3606))
"""Occipital artery (SCT 31145008)."""

OccipitalBone: _Final[_Code] = _Code("SCT", "31640002", "Occipital bone", (4028,))
"""Occipital bone (SCT 31640002)."""

OccipitalLobe: _Final[_Code] = _Code("SCT", "31065004", "Occipital lobe", (7153,))
"""Occipital lobe (SCT 31065004)."""

OccipitalLymphNode: _Final[_Code] = _Code("SCT", "3916005", "occipital lymph node", (7600,))
"""occipital lymph node (SCT 3916005)."""

OccipitalRegionOfScalp: _Final[_Code] = _Code(
    "SCT", "700032006", "Occipital region of scalp", (12022,)
)
"""Occipital region of scalp (SCT 700032006)."""

OccipitalVein: _Final[_Code] = _Code("SCT", "32114007", "Occipital vein", (3010,))
"""Occipital vein (SCT 32114007)."""

OcclusalProjection: _Final[_Code] = _Code("SCT", "260499007", "Occlusal projection", (4010,))
"""Occlusal projection (SCT 260499007)."""

Occlusion: _Final[_Code] = _Code("SCT", "26036001", "occlusion", (3810,))
"""occlusion (SCT 26036001)."""

OcclusionOfArtery: _Final[_Code] = _Code("SCT", "1386000", "Occlusion of artery", (3754,))
"""Occlusion of artery (SCT 1386000)."""

OcclusionOfCatheter: _Final[_Code] = _Code("SCT", "103714007", "Occlusion of catheter", (9,))
"""Occlusion of catheter (SCT 103714007)."""

OccupationalRequirement: _Final[_Code] = _Code(
    "SCT", "429060002", "Occupational requirement", (3201,)
)
"""Occupational requirement (SCT 429060002)."""

OcularLubricant: _Final[_Code] = _Code("SCT", "470091001", "Ocular Lubricant", (622,))
"""Ocular Lubricant (SCT 470091001)."""

OculomotorNerve: _Final[_Code] = _Code("SCT", "56193007", "oculomotor nerve", (7706,))
"""oculomotor nerve (SCT 56193007)."""

OffAxis: _Final[_Code] = _Code("SCT", "103341000", "Off axis", (6,))
"""Off axis (SCT 103341000)."""

OilImmersionLens: _Final[_Code] = _Code("SCT", "445622008", "Oil immersion lens", (8121,))
"""Oil immersion lens (SCT 445622008)."""

OilRedOStain: _Final[_Code] = _Code("SCT", "40808006", "oil red O stain", (8112,))
"""oil red O stain (SCT 40808006)."""

OleicAcidI125: _Final[_Code] = _Code("SCT", "22979004", "Oleic acid I^125^", (25,))
"""Oleic acid I^125^ (SCT 22979004)."""

OlfactoryTract: _Final[_Code] = _Code("SCT", "3960005", "olfactory tract", (7706,))
"""olfactory tract (SCT 3960005)."""

OmentalBursa: _Final[_Code] = _Code("SCT", "113346000", "Omental bursa", (4,))
"""Omental bursa (SCT 113346000)."""

Omentum: _Final[_Code] = _Code("SCT", "27398004", "Omentum", (4, 7154))
"""Omentum (SCT 27398004)."""

OnAdmission: _Final[_Code] = _Code("SCT", "278307001", "On admission", (31,))
"""On admission (SCT 278307001)."""

OpaqueMarker: _Final[_Code] = _Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009)."""

OpenWoundOfLowerLimb: _Final[_Code] = _Code("SCT", "26947005", "Open wound of lower limb", (3205,))
"""Open wound of lower limb (SCT 26947005)."""

OperatingMicroscope: _Final[_Code] = _Code("SCT", "102321001", "Operating Microscope", (4202,))
"""Operating Microscope (SCT 102321001)."""

OperationOnHeartValve: _Final[_Code] = _Code("SCT", "73544002", "Operation on heart valve", (3721,))
"""Operation on heart valve (SCT 73544002)."""

OperationOnPelvicRegionOfTrunk: _Final[_Code] = _Code(
    "SCT", "609638001", "Operation on pelvic region of trunk", (6320,)
)
"""Operation on pelvic region of trunk (SCT 609638001)."""

OperativeSite: _Final[_Code] = _Code("SCT", "43526002", "Operative Site", (6201,))
"""Operative Site (SCT 43526002)."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic artery (SCT 53549008)."""

OphthalmicEndoscope: _Final[_Code] = _Code("SCT", "409902001", "Ophthalmic Endoscope", (4202,))
"""Ophthalmic Endoscope (SCT 409902001)."""

Ophthalmology: _Final[_Code] = _Code("SCT", "309935007", "Ophthalmology", (7030,))
"""Ophthalmology (SCT 309935007)."""

OpticCanal: _Final[_Code] = _Code("SCT", "55024004", "Optic canal", (4028, 4031))
"""Optic canal (SCT 55024004)."""

OpticChiasm: _Final[_Code] = _Code("SCT", "244453006", "Optic chiasm", (7153,))
"""Optic chiasm (SCT 244453006)."""

OpticNerve: _Final[_Code] = _Code("SCT", "18234004", "optic nerve", (7706,))
"""optic nerve (SCT 18234004)."""

OpticNerveHead: _Final[_Code] = _Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008)."""

OpticRadiation: _Final[_Code] = _Code("SCT", "70105001", "Optic radiation", (7153, 7702))
"""Optic radiation (SCT 70105001)."""

OpticTract: _Final[_Code] = _Code("SCT", "53238003", "Optic tract", (7153,))
"""Optic tract (SCT 53238003)."""

OpticalCoherenceTomographyScanner: _Final[_Code] = _Code(
    "SCT", "392012008", "Optical Coherence Tomography Scanner", (4210,)
)
"""Optical Coherence Tomography Scanner (SCT 392012008)."""

Optometry: _Final[_Code] = _Code("SCT", "310105000", "Optometry", (7030,))
"""Optometry (SCT 310105000)."""

OralCavity: _Final[_Code] = _Code("SCT", "74262004", "oral cavity", (7601,))
"""oral cavity (SCT 74262004)."""

OralMucosa: _Final[_Code] = _Code("SCT", "113277000", "Oral mucosa", (4029, 10044))
"""Oral mucosa (SCT 113277000)."""

OralRoute: _Final[_Code] = _Code("SCT", "26643006", "Oral route", (11,))
"""Oral route (SCT 26643006)."""

OralSurgery: _Final[_Code] = _Code("SCT", "309974000", "Oral Surgery", (7030,))
"""Oral Surgery (SCT 309974000)."""

Orange: _Final[_Code] = _Code("SCT", "371242008", "Orange", (4411,))
"""Orange (SCT 371242008)."""

OrangeGStain: _Final[_Code] = _Code("SCT", "54221006", "orange G stain", (8112,))
"""orange G stain (SCT 54221006)."""

OrangeIIStain: _Final[_Code] = _Code("SCT", "25941002", "orange II stain", (8112,))
"""orange II stain (SCT 25941002)."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007)."""

Orbitoparietal: _Final[_Code] = _Code("SCT", "399351005", "orbitoparietal", (4010,))
"""orbitoparietal (SCT 399351005)."""

OrceinStain: _Final[_Code] = _Code("SCT", "406966004", "orcein stain", (8112,))
"""orcein stain (SCT 406966004)."""

OropharyngealTonsil: _Final[_Code] = _Code("SCT", "17861009", "oropharyngeal tonsil", (7601,))
"""oropharyngeal tonsil (SCT 17861009)."""

Oropharynx: _Final[_Code] = _Code("SCT", "31389004", "oropharynx", (7601,))
"""oropharynx (SCT 31389004)."""

OrthopedicDevice: _Final[_Code] = _Code("SCT", "16349000", "Orthopedic device", (1000,))
"""Orthopedic device (SCT 16349000)."""

OrthopedicSurgery: _Final[_Code] = _Code("SCT", "309989009", "Orthopedic Surgery", (7030,))
"""Orthopedic Surgery (SCT 309989009)."""

OryctolagusCuniculus: _Final[_Code] = _Code("SCT", "36571002", "Oryctolagus cuniculus", (7454,))
"""Oryctolagus cuniculus (SCT 36571002)."""

OsmiumTetroxide: _Final[_Code] = _Code("SCT", "13931001", "Osmium tetroxide", (8114,))
"""Osmium tetroxide (SCT 13931001)."""

Ossification: _Final[_Code] = _Code("SCT", "83323007", "Ossification", (6132,))
"""Ossification (SCT 83323007)."""

Osteosarcoma: _Final[_Code] = _Code("SCT", "1163405004", "Osteosarcoma", (639, 6033))
"""Osteosarcoma (SCT 1163405004)."""

Ostium: _Final[_Code] = _Code("SCT", "264114003", "Ostium", (3019, 3837))
"""Ostium (SCT 264114003)."""

OstiumOfCoronarySinus: _Final[_Code] = _Code("SCT", "71271007", "Ostium of coronary sinus", (3011,))
"""Ostium of coronary sinus (SCT 71271007)."""

Otorhinolaryngology: _Final[_Code] = _Code("SCT", "309978002", "Otorhinolaryngology", (7030,))
"""Otorhinolaryngology (SCT 309978002)."""

Ottonello: _Final[_Code] = _Code("SCT", "399171008", "Ottonello", (4012,))
"""Ottonello (SCT 399171008)."""

OutpatientProcedure: _Final[_Code] = _Code("SCT", "371883000", "Outpatient procedure", (3671,))
"""Outpatient procedure (SCT 371883000)."""

Outward: _Final[_Code] = _Code("SCT", "255543005", "Outward", (4214,))
"""Outward (SCT 255543005)."""

OvarianArtery: _Final[_Code] = _Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000)."""

OvarianCancer: _Final[_Code] = _Code("SCT", "363443007", "Ovarian cancer", (639,))
"""Ovarian cancer (SCT 363443007)."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004)."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006)."""

Ovis: _Final[_Code] = _Code("SCT", "388254009", "Ovis", (7454,))
"""Ovis (SCT 388254009)."""

OvisAries: _Final[_Code] = _Code("SCT", "125099002", "Ovis aries", (7454,))
"""Ovis aries (SCT 125099002)."""

OvoidShapeOval: _Final[_Code] = _Code("SCT", "84360004", "Ovoid shape (Oval)", (6005, 6340))
"""Ovoid shape (Oval) (SCT 84360004)."""

Oxygen: _Final[_Code] = _Code("SCT", "24099007", "Oxygen", (12, 13))
"""Oxygen (SCT 24099007)."""

OxygenAdministrationByMask: _Final[_Code] = _Code(
    "SCT", "371908008", "Oxygen Administration by mask", (3531,)
)
"""Oxygen Administration by mask (SCT 371908008)."""

OxygenAdministrationByNasalCannula: _Final[_Code] = _Code(
    "SCT", "371907003", "Oxygen Administration by nasal cannula", (3531,)
)
"""Oxygen Administration by nasal cannula (SCT 371907003)."""

OxygenGas: _Final[_Code] = _Code("SCT", "320917000", "Oxygen gas", (629,))
"""Oxygen gas (SCT 320917000)."""

OxygenTherapy: _Final[_Code] = _Code("SCT", "57485005", "Oxygen Therapy", (618,))
"""Oxygen Therapy (SCT 57485005)."""

OxygenWaterO15: _Final[_Code] = _Code("SCT", "129505000", "Oxygen-water O^15^", (4021,))
"""Oxygen-water O^15^ (SCT 129505000)."""

Oxytocic: _Final[_Code] = _Code("SCT", "410937004", "Oxytocic", (622,))
"""Oxytocic (SCT 410937004)."""

PETBrainStudy: _Final[_Code] = _Code("SCT", "764666002", "PET brain study", (3108,))
"""PET brain study (SCT 764666002)."""

PETBreastStudy: _Final[_Code] = _Code("SCT", "416323006", "PET breast study", (3108,))
"""PET breast study (SCT 416323006)."""

PETCTFDGImagingOfWholeBody: _Final[_Code] = _Code(
    "SCT", "443271005", "PET/CT FDG imaging of whole body", (100,)
)
"""PET/CT FDG imaging of whole body (SCT 443271005)."""

PETCTMETImagingOfWholeBody: _Final[_Code] = _Code(
    "SCT", "764704008", "PET/CT MET imaging of whole body", (100,)
)
"""PET/CT MET imaging of whole body (SCT 764704008)."""

PETHeartStudy: _Final[_Code] = _Code("SCT", "241439007", "PET heart study", (3108, 3206, 3757))
"""PET heart study (SCT 241439007)."""

PETStudyForLocalizationOfTumor: _Final[_Code] = _Code(
    "SCT", "241443006", "PET study for localization of tumor", (3108,)
)
"""PET study for localization of tumor (SCT 241443006)."""

PRK: _Final[_Code] = _Code("SCT", "397516006", "PRK", (4234,))
"""PRK (SCT 397516006)."""

PTENHamartomaTumorSyndrome: _Final[_Code] = _Code(
    "SCT", "722859001", "PTEN hamartoma tumor syndrome", (4405,)
)
"""PTEN hamartoma tumor syndrome (SCT 722859001)."""

PTSMCu62: _Final[_Code] = _Code("SCT", "422789008", "PTSM Cu^62^", (4021,))
"""PTSM Cu^62^ (SCT 422789008)."""

PTV: _Final[_Code] = _Code("SCT", "228793007", "PTV", (9534,))
"""PTV (SCT 228793007)."""

Pacing: _Final[_Code] = _Code("SCT", "18590009", "Pacing", (3271, 3555, 12002))
"""Pacing (SCT 18590009)."""

PacingWithMagnet: _Final[_Code] = _Code("SCT", "371909000", "pacing with magnet", (3555,))
"""pacing with magnet (SCT 371909000)."""

PageBlue83Stain: _Final[_Code] = _Code("SCT", "5442001", "page blue 83 stain", (8112,))
"""page blue 83 stain (SCT 5442001)."""

PageBlueG90Stain: _Final[_Code] = _Code("SCT", "2088005", "page blue G-90 stain", (8112,))
"""page blue G-90 stain (SCT 2088005)."""

PagetDiseaseMammary: _Final[_Code] = _Code(
    "SCT", "2985005", "Paget's disease, mammary (of the nipple)", (6033,)
)
"""Paget's disease, mammary (of the nipple) (SCT 2985005)."""

PainManagement: _Final[_Code] = _Code("SCT", "309949003", "Pain Management", (7030,))
"""Pain Management (SCT 309949003)."""

PainfulSkin: _Final[_Code] = _Code("SCT", "403598008", "Painful skin", (4406,))
"""Painful skin (SCT 403598008)."""

PalatineBone: _Final[_Code] = _Code("SCT", "51283005", "Palatine bone", (4028,))
"""Palatine bone (SCT 51283005)."""

PalatineTonsil: _Final[_Code] = _Code("SCT", "75573002", "palatine tonsil", (7601,))
"""palatine tonsil (SCT 75573002)."""

PalliativeCare: _Final[_Code] = _Code("SCT", "309939001", "Palliative Care", (7030,))
"""Palliative Care (SCT 309939001)."""

PalliativeIntent: _Final[_Code] = _Code("SCT", "363676003", "Palliative Intent", (3629,))
"""Palliative Intent (SCT 363676003)."""

PallorPaleComplexion: _Final[_Code] = _Code("SCT", "398979000", "Pallor (Pale Complexion)", (60,))
"""Pallor (Pale Complexion) (SCT 398979000)."""

Palmar45DegreeMedialDorsolateral: _Final[_Code] = _Code(
    "SCT", "442740009", "Palmar 45 degree medial-dorsolateral", (7484,)
)
"""Palmar 45 degree medial-dorsolateral (SCT 442740009)."""

Palmar75DegreeProximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442591005", "Palmar 75 degree proximal-dorsodistal oblique", (7484,)
)
"""Palmar 75 degree proximal-dorsodistal oblique (SCT 442591005)."""

PalmaromedialDorsolateral: _Final[_Code] = _Code(
    "SCT", "442742001", "Palmaromedial-dorsolateral", (7484,)
)
"""Palmaromedial-dorsolateral (SCT 442742001)."""

PalmaroproximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442674000", "Palmaroproximal-dorsodistal oblique", (7484,)
)
"""Palmaroproximal-dorsodistal oblique (SCT 442674000)."""

PalmitateC11: _Final[_Code] = _Code("SCT", "129514005", "Palmitate C^11^", (4021,))
"""Palmitate C^11^ (SCT 129514005)."""

Palpation: _Final[_Code] = _Code("SCT", "113011001", "Palpation", (3442,))
"""Palpation (SCT 113011001)."""

Palpitations: _Final[_Code] = _Code("SCT", "80313002", "Palpitations", (3201, 12246))
"""Palpitations (SCT 80313002)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

PancreaticDuct: _Final[_Code] = _Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009)."""

PancreaticDuctAndBileDuctSystems: _Final[_Code] = _Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006)."""

PancreaticLymphNode: _Final[_Code] = _Code("SCT", "77778009", "pancreatic lymph node", (7600,))
"""pancreatic lymph node (SCT 77778009)."""

PancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "76659008", "pancreaticoduodenal lymph node", (7600,)
)
"""pancreaticoduodenal lymph node (SCT 76659008)."""

PancreaticosplenicLymphNode: _Final[_Code] = _Code(
    "SCT", "16050005", "pancreaticosplenic lymph node", (7600,)
)
"""pancreaticosplenic lymph node (SCT 16050005)."""

Pancuronium: _Final[_Code] = _Code("SCT", "373738000", "Pancuronium", (627,))
"""Pancuronium (SCT 373738000)."""

Papaverine: _Final[_Code] = _Code("SCT", "372784001", "Papaverine", (10, 65))
"""Papaverine (SCT 372784001)."""

PapillaryCarcinoma: _Final[_Code] = _Code(
    "SCT", "25910003", "Papillary carcinoma (invasive)", (6033,)
)
"""Papillary carcinoma (invasive) (SCT 25910003)."""

PapillaryCarcinomaInSitu: _Final[_Code] = _Code(
    "SCT", "10376009", "Papillary carcinoma in-situ", (6033,)
)
"""Papillary carcinoma in-situ (SCT 10376009)."""

PapillaryThyroidCarcinoma: _Final[_Code] = _Code(
    "SCT", "255029007", "Papillary thyroid carcinoma", (639,)
)
"""Papillary thyroid carcinoma (SCT 255029007)."""

Papilloma: _Final[_Code] = _Code("SCT", "711329002", "Papilloma", (6031,))
"""Papilloma (SCT 711329002)."""

ParaAorticLymphNodeOfTheAnteriorMediastinum: _Final[_Code] = _Code(
    "SCT", "127939003", "para-aortic lymph node of the anterior mediastinum", (7600,)
)
"""para-aortic lymph node of the anterior mediastinum (SCT 127939003)."""

ParaesophagealLymphNodeBelowCarina: _Final[_Code] = _Code(
    "SCT", "127940001", "paraesophageal lymph node below carina", (7600,)
)
"""paraesophageal lymph node below carina (SCT 127940001)."""

ParaffinWax: _Final[_Code] = _Code("SCT", "311731000", "Paraffin wax", (8115,))
"""Paraffin wax (SCT 311731000)."""

Paraformaldehyde: _Final[_Code] = _Code("SCT", "52836003", "Paraformaldehyde", (8114,))
"""Paraformaldehyde (SCT 52836003)."""

ParalyticSyndrome: _Final[_Code] = _Code("SCT", "29426003", "Paralytic syndrome", (3205,))
"""Paralytic syndrome (SCT 29426003)."""

ParamammaryLymphNode: _Final[_Code] = _Code("SCT", "368550005", "paramammary lymph node", (7600,))
"""paramammary lymph node (SCT 368550005)."""

ParametrialLymphNode: _Final[_Code] = _Code("SCT", "3243006", "parametrial lymph node", (7600,))
"""parametrial lymph node (SCT 3243006)."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

Paraproteinemia: _Final[_Code] = _Code("SCT", "35601003", "Paraproteinemia", (64,))
"""Paraproteinemia (SCT 35601003)."""

PararectalLymphNode: _Final[_Code] = _Code("SCT", "21875007", "pararectal lymph node", (7600,))
"""pararectal lymph node (SCT 21875007)."""

Parasagittal: _Final[_Code] = _Code("SCT", "103343002", "Parasagittal", (5, 6))
"""Parasagittal (SCT 103343002)."""

Parasternal: _Final[_Code] = _Code("SCT", "91691001", "Parasternal", (4,))
"""Parasternal (SCT 91691001)."""

ParasternalLongAxis: _Final[_Code] = _Code("SCT", "399139001", "Parasternal long axis", (12226,))
"""Parasternal long axis (SCT 399139001)."""

ParasternalLongAxisViewOfTheRVInflowTract: _Final[_Code] = _Code(
    "SCT", "443082005", "Parasternal long axis view of the RV inflow tract", (12226,)
)
"""Parasternal long axis view of the RV inflow tract (SCT 443082005)."""

ParasternalLongAxisViewOfTheRVOutflowTract: _Final[_Code] = _Code(
    "SCT", "443083000", "Parasternal long axis view of the RV outflow tract", (12226,)
)
"""Parasternal long axis view of the RV outflow tract (SCT 443083000)."""

ParasternalLymphNode: _Final[_Code] = _Code("SCT", "82365008", "parasternal lymph node", (7600,))
"""parasternal lymph node (SCT 82365008)."""

ParasternalShortAxis: _Final[_Code] = _Code("SCT", "399306005", "Parasternal short axis", (12226,))
"""Parasternal short axis (SCT 399306005)."""

ParasternalShortAxisAtTheAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "399239005", "Parasternal short axis at the aortic valve level", (12226,)
)
"""Parasternal short axis at the aortic valve level (SCT 399239005)."""

ParasternalShortAxisAtTheLevelOfTheMitralChords: _Final[_Code] = _Code(
    "SCT", "399371001", "Parasternal short axis at the level of the mitral chords", (12226,)
)
"""Parasternal short axis at the level of the mitral chords (SCT 399371001)."""

ParasternalShortAxisAtTheMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "399036006", "Parasternal short axis at the Mitral Valve level", (12226,)
)
"""Parasternal short axis at the Mitral Valve level (SCT 399036006)."""

ParasternalShortAxisAtThePapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "399271003", "Parasternal short axis at the Papillary Muscle level", (12226,)
)
"""Parasternal short axis at the Papillary Muscle level (SCT 399271003)."""

Parathyroid: _Final[_Code] = _Code("SCT", "111002", "Parathyroid", (4030,))
"""Parathyroid (SCT 111002)."""

ParatrachealLymphNode: _Final[_Code] = _Code("SCT", "65690001", "paratracheal lymph node", (7600,))
"""paratracheal lymph node (SCT 65690001)."""

ParavaginalLymphNode: _Final[_Code] = _Code("SCT", "16228004", "paravaginal lymph node", (7600,))
"""paravaginal lymph node (SCT 16228004)."""

ParavesicularLymphNode: _Final[_Code] = _Code("SCT", "1439000", "paravesicular lymph node", (7600,))
"""paravesicular lymph node (SCT 1439000)."""

Parenchyma: _Final[_Code] = _Code("SCT", "91772007", "Parenchyma", (5, 7166))
"""Parenchyma (SCT 91772007)."""

ParenteralEnteralSolutionBag: _Final[_Code] = _Code(
    "SCT", "464557001", "Parenteral/enteral solution bag", (68,)
)
"""Parenteral/enteral solution bag (SCT 464557001)."""

ParietalBone: _Final[_Code] = _Code("SCT", "24924006", "Parietal bone", (4028,))
"""Parietal bone (SCT 24924006)."""

ParietalLobe: _Final[_Code] = _Code("SCT", "16630005", "Parietal lobe", (7153,))
"""Parietal lobe (SCT 16630005)."""

ParietoOrbital: _Final[_Code] = _Code("SCT", "399316002", "parieto-orbital", (4010,))
"""parieto-orbital (SCT 399316002)."""

Parietoacanthial: _Final[_Code] = _Code("SCT", "399272005", "parietoacanthial", (4010,))
"""parietoacanthial (SCT 399272005)."""

ParotidGland: _Final[_Code] = _Code("SCT", "45289007", "Parotid gland", (4031,))
"""Parotid gland (SCT 45289007)."""

ParotidLymphNode: _Final[_Code] = _Code("SCT", "10209003", "parotid lymph node", (7600,))
"""parotid lymph node (SCT 10209003)."""

PartialAnomalousPulmonaryVenousConnection: _Final[_Code] = _Code(
    "SCT", "68237008", "Partial anomalous pulmonary venous connection", (12248,)
)
"""Partial anomalous pulmonary venous connection (SCT 68237008)."""

PartialAnomalousPulmonaryVenousConnectionOperation: _Final[_Code] = _Code(
    "SCT", "174900004", "Partial anomalous pulmonary venous connection operation", (12247,)
)
"""Partial anomalous pulmonary venous connection operation (SCT 174900004)."""

PartiallyReversibleMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251056002", "Partially Reversible myocardial perfusion defect", (3113,)
)
"""Partially Reversible myocardial perfusion defect (SCT 251056002)."""

PassiveMovement: _Final[_Code] = _Code("SCT", "21278004", "Passive movement", (93,))
"""Passive movement (SCT 21278004)."""

PasternOfForefoot: _Final[_Code] = _Code("SCT", "31329001", "Pastern of forefoot", (7483,))
"""Pastern of forefoot (SCT 31329001)."""

PasternOfHindfoot: _Final[_Code] = _Code("SCT", "18525008", "Pastern of hindfoot", (7483,))
"""Pastern of hindfoot (SCT 18525008)."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005)."""

PatellarTendon: _Final[_Code] = _Code("SCT", "18033002", "Patellar Tendon", (12321,))
"""Patellar Tendon (SCT 18033002)."""

PatentBlueVSodiumSaltStain: _Final[_Code] = _Code(
    "SCT", "48540004", "patent blue V sodium salt stain", (4412, 8112)
)
"""patent blue V sodium salt stain (SCT 48540004)."""

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "Patent ductus arteriosus", (3010, 3606, 12293)
)
"""Patent ductus arteriosus (SCT 83330001)."""

PatentDuctusArteriosusCoilOrDeviceClosure: _Final[_Code] = _Code(
    "SCT", "441676000", "Patent ductus arteriosus coil or device closure", (12247,)
)
"""Patent ductus arteriosus coil or device closure (SCT 441676000)."""

PatentForamenOvale: _Final[_Code] = _Code("SCT", "204317008", "Patent Foramen Ovale", (12284,))
"""Patent Foramen Ovale (SCT 204317008)."""

Paternal: _Final[_Code] = _Code("SCT", "224944003", "Paternal", (6097,))
"""Paternal (SCT 224944003)."""

PathologicCalcification: _Final[_Code] = _Code(
    "SCT", "18115005", "pathologic calcification", (3802, 6338)
)
"""pathologic calcification (SCT 18115005)."""

Pathology: _Final[_Code] = _Code("SCT", "309950003", "Pathology", (7030,))
"""Pathology (SCT 309950003)."""

PatientCurrentlyPregnant: _Final[_Code] = _Code(
    "SCT", "77386006", "Patient currently pregnant", (1200, 1201, 6096)
)
"""Patient currently pregnant (SCT 77386006)."""

PatientHasPacemaker: _Final[_Code] = _Code(
    "SCT", "441509002", "Patient has pacemaker", (3205, 12323)
)
"""Patient has pacemaker (SCT 441509002)."""

PatientImmunocompromised: _Final[_Code] = _Code(
    "SCT", "370388006", "Patient immunocompromised", (602,)
)
"""Patient immunocompromised (SCT 370388006)."""

PatientMentalStateAssessment: _Final[_Code] = _Code(
    "SCT", "363871006", "Patient mental state assessment", (3441,)
)
"""Patient mental state assessment (SCT 363871006)."""

PatientRefusedExerciseTest: _Final[_Code] = _Code(
    "SCT", "408551003", "Patient Refused exercise test", (3221,)
)
"""Patient Refused exercise test (SCT 408551003)."""

Pawlow: _Final[_Code] = _Code("SCT", "399181007", "Pawlow", (4012,))
"""Pawlow (SCT 399181007)."""

PeakCardiacStressState: _Final[_Code] = _Code(
    "SCT", "434161005", "Peak cardiac stress state", (3207,)
)
"""Peak cardiac stress state (SCT 434161005)."""

PeakSystolic: _Final[_Code] = _Code("SCT", "255236000", "Peak Systolic", (12233,))
"""Peak Systolic (SCT 255236000)."""

PeakToPeak: _Final[_Code] = _Code("SCT", "371914001", "Peak to peak", (3627,))
"""Peak to peak (SCT 371914001)."""

Pearson: _Final[_Code] = _Code("SCT", "399365007", "Pearson", (4012,))
"""Pearson (SCT 399365007)."""

PeauDOrangeSurfaceOfBreast: _Final[_Code] = _Code(
    "SCT", "87386002", "Peau d'orange surface of breast", (6055,)
)
"""Peau d'orange surface of breast (SCT 87386002)."""

PectoralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "69691007", "pectoral axillary lymph node", (7600,)
)
"""pectoral axillary lymph node (SCT 69691007)."""

PectoralGirdle: _Final[_Code] = _Code("SCT", "26444007", "Pectoral girdle", (6115,))
"""Pectoral girdle (SCT 26444007)."""

PectoralisMajorMuscle: _Final[_Code] = _Code("SCT", "60005003", "Pectoralis major muscle", (6116,))
"""Pectoralis major muscle (SCT 60005003)."""

PectoralisMinorMuscle: _Final[_Code] = _Code("SCT", "18686000", "Pectoralis minor muscle", (6116,))
"""Pectoralis minor muscle (SCT 18686000)."""

PediatricEchocardiography: _Final[_Code] = _Code(
    "SCT", "431852008", "Pediatric echocardiography", (12001,)
)
"""Pediatric echocardiography (SCT 431852008)."""

PediatricIntensiveCare: _Final[_Code] = _Code(
    "SCT", "309910001", "Pediatric Intensive Care", (7030,)
)
"""Pediatric Intensive Care (SCT 309910001)."""

PediatricMedicine: _Final[_Code] = _Code("SCT", "420223003", "Pediatric Medicine", (7030,))
"""Pediatric Medicine (SCT 420223003)."""

PediatricOncology: _Final[_Code] = _Code("SCT", "309948006", "Pediatric Oncology", (7030,))
"""Pediatric Oncology (SCT 309948006)."""

PediatricSurgery: _Final[_Code] = _Code("SCT", "309991001", "Pediatric Surgery", (7030,))
"""Pediatric Surgery (SCT 309991001)."""

PedicleOfVertebra: _Final[_Code] = _Code("SCT", "78972004", "Pedicle of vertebra", (6115,))
"""Pedicle of vertebra (SCT 78972004)."""

Pedunculated: _Final[_Code] = _Code("SCT", "25126001", "Pedunculated", (6209,))
"""Pedunculated (SCT 25126001)."""

Peeling: _Final[_Code] = _Code("SCT", "271767006", "Peeling", (4406,))
"""Peeling (SCT 271767006)."""

PelvicCavityFalse: _Final[_Code] = _Code("SCT", "816990003", "Pelvic cavity, false", (7160,))
"""Pelvic cavity, false (SCT 816990003)."""

PelvicCavityTrue: _Final[_Code] = _Code("SCT", "816991004", "Pelvic cavity, true", (7160,))
"""Pelvic cavity, true (SCT 816991004)."""

PelvicLymphNode: _Final[_Code] = _Code("SCT", "54268001", "pelvic lymph node", (7600,))
"""pelvic lymph node (SCT 54268001)."""

PelvisAndLowerExtremities: _Final[_Code] = _Code(
    "SCT", "1231522001", "Pelvis and lower extremities", (4031,)
)
"""Pelvis and lower extremities (SCT 1231522001)."""

Pelvis_118645006: _Final[_Code] = _Code("SCT", "118645006", "Pelvis", (7304,))
"""Pelvis (SCT 118645006)."""

Pelvis_816092008: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
"""Pelvis (SCT 816092008)."""

PenicillinAntibiotic: _Final[_Code] = _Code("SCT", "373270004", "Penicillin antibiotic", (622,))
"""Penicillin antibiotic (SCT 373270004)."""

Penis: _Final[_Code] = _Code("SCT", "18911002", "Penis", (4,))
"""Penis (SCT 18911002)."""

Penner: _Final[_Code] = _Code("SCT", "399138009", "Penner", (4012,))
"""Penner (SCT 399138009)."""

PentetateCalciumTrisodiumYb169: _Final[_Code] = _Code(
    "SCT", "29348008", "Pentetate calcium trisodium Yb^169^", (25,)
)
"""Pentetate calcium trisodium Yb^169^ (SCT 29348008)."""

Pentobarbital: _Final[_Code] = _Code("SCT", "372703009", "Pentobarbital", (625,))
"""Pentobarbital (SCT 372703009)."""

PepperProtocol: _Final[_Code] = _Code("SCT", "129100000", "Pepper protocol", (3261,))
"""Pepper protocol (SCT 129100000)."""

PerRectum: _Final[_Code] = _Code("SCT", "37161004", "Per rectum", (11, 614))
"""Per rectum (SCT 37161004)."""

PercutaneousCoronaryIntervention: _Final[_Code] = _Code(
    "SCT", "415070008", "Percutaneous coronary intervention", (3721, 3764)
)
"""Percutaneous coronary intervention (SCT 415070008)."""

PercutaneousInsertionOfIntravascularFilter: _Final[_Code] = _Code(
    "SCT", "105373008", "Percutaneous insertion of intravascular filter", (9, 3405)
)
"""Percutaneous insertion of intravascular filter (SCT 105373008)."""

PercutaneousProstheticClosureOfAtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30123000", "Percutaneous prosthetic closure of atrial septal defect", (12247,)
)
"""Percutaneous prosthetic closure of atrial septal defect (SCT 30123000)."""

PercutaneousRemovalOfIntravascularForeignBody: _Final[_Code] = _Code(
    "SCT", "240946003", "Percutaneous removal of intravascular foreign body", (9, 3405)
)
"""Percutaneous removal of intravascular foreign body (SCT 240946003)."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006)."""

PercutaneousTransluminalBalloonAngioplasty: _Final[_Code] = _Code(
    "SCT", "68457009", "Percutaneous transluminal balloon angioplasty", (9, 3405)
)
"""Percutaneous transluminal balloon angioplasty (SCT 68457009)."""

PerforatingArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "15763003", "Perforating Artery of Kidney", (12115,)
)
"""Perforating Artery of Kidney (SCT 15763003)."""

Perfusion: _Final[_Code] = _Code("SCT", "371863001", "Perfusion", (7161,))
"""Perfusion (SCT 371863001)."""

PerfusionImaging: _Final[_Code] = _Code("SCT", "35202002", "Perfusion imaging (nuclear)", (3757,))
"""Perfusion imaging (nuclear) (SCT 35202002)."""

PericardialCavity: _Final[_Code] = _Code("SCT", "25489000", "Pericardial cavity", (7152,))
"""Pericardial cavity (SCT 25489000)."""

PericardialDisease: _Final[_Code] = _Code("SCT", "55855009", "Pericardial disease", (3700,))
"""Pericardial disease (SCT 55855009)."""

PericardialEffusion: _Final[_Code] = _Code("SCT", "373945007", "Pericardial effusion", (12236,))
"""Pericardial effusion (SCT 373945007)."""

PericardialTamponade: _Final[_Code] = _Code(
    "SCT", "35304003", "Pericardial tamponade", (3700, 3728, 3755)
)
"""Pericardial tamponade (SCT 35304003)."""

PericardiophrenicArtery: _Final[_Code] = _Code(
    "SCT", "3924000", "Pericardiophrenic Artery", (6117,)
)
"""Pericardiophrenic Artery (SCT 3924000)."""

Pericardium: _Final[_Code] = _Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001)."""

PerigastricLymphNode: _Final[_Code] = _Code("SCT", "245344006", "perigastric lymph node", (7600,))
"""perigastric lymph node (SCT 245344006)."""

Perimeter: _Final[_Code] = _Code("SCT", "131191004", "Perimeter", (7470,))
"""Perimeter (SCT 131191004)."""

Perineum: _Final[_Code] = _Code("SCT", "38864007", "Perineum", (4,))
"""Perineum (SCT 38864007)."""

PeriodicAcidSchiffStain: _Final[_Code] = _Code(
    "SCT", "255808002", "periodic acid Schiff stain", (8112,)
)
"""periodic acid Schiff stain (SCT 255808002)."""

PeripancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "245346008", "peripancreatic lymph node", (7600,)
)
"""peripancreatic lymph node (SCT 245346008)."""

Peripheral: _Final[_Code] = _Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

PeripheralAngiography: _Final[_Code] = _Code("SCT", "271993009", "peripheral angiography", (3820,))
"""peripheral angiography (SCT 271993009)."""

PeripheralIntravenousCatheter: _Final[_Code] = _Code(
    "SCT", "82449006", "Peripheral intravenous catheter", (74,)
)
"""Peripheral intravenous catheter (SCT 82449006)."""

PeripheralNerve: _Final[_Code] = _Code("SCT", "84782009", "Peripheral nerve", (7167, 7710))
"""Peripheral nerve (SCT 84782009)."""

PeripheralNerveMyelinSheath: _Final[_Code] = _Code(
    "SCT", "61005006", "Peripheral nerve myelin sheath", (645,)
)
"""Peripheral nerve myelin sheath (SCT 61005006)."""

PeripheralNervousSystem: _Final[_Code] = _Code(
    "SCT", "3058005", "Peripheral nervous system", (7167,)
)
"""Peripheral nervous system (SCT 3058005)."""

PeripheralVascularDisease: _Final[_Code] = _Code(
    "SCT", "400047006", "Peripheral vascular disease", (3205, 3756)
)
"""Peripheral vascular disease (SCT 400047006)."""

PeripheralVascularUltrasoundReport: _Final[_Code] = _Code(
    "SCT", "48526000", "Peripheral Vascular Ultrasound Report", (12100,)
)
"""Peripheral Vascular Ultrasound Report (SCT 48526000)."""

PeripheralZoneOfTheProstate: _Final[_Code] = _Code(
    "SCT", "279706003", "Peripheral zone of the prostate", (6300,)
)
"""Peripheral zone of the prostate (SCT 279706003)."""

Peritioneum: _Final[_Code] = _Code("SCT", "15425007", "Peritioneum", (7154,))
"""Peritioneum (SCT 15425007)."""

PeritonealCavity: _Final[_Code] = _Code("SCT", "83670000", "Peritoneal cavity", (7154,))
"""Peritoneal cavity (SCT 83670000)."""

PermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "860780009", "Permanent maxillary left canine tooth", (4018,)
)
"""Permanent maxillary left canine tooth (SCT 860780009)."""

PermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424399000", "Permanent maxillary left central incisor tooth", (4018,)
)
"""Permanent maxillary left central incisor tooth (SCT 424399000)."""

PermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865988009", "Permanent maxillary left first molar tooth", (4018,)
)
"""Permanent maxillary left first molar tooth (SCT 865988009)."""

PermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "61897005", "Permanent maxillary left first premolar tooth", (4018,)
)
"""Permanent maxillary left first premolar tooth (SCT 61897005)."""

PermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "423185002", "Permanent maxillary left lateral incisor tooth", (4018,)
)
"""Permanent maxillary left lateral incisor tooth (SCT 423185002)."""

PermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863901004", "Permanent maxillary left second molar tooth", (4018,)
)
"""Permanent maxillary left second molar tooth (SCT 863901004)."""

PermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "23226009", "Permanent maxillary left second premolar tooth", (4018,)
)
"""Permanent maxillary left second premolar tooth (SCT 23226009)."""

PermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "87704003", "Permanent maxillary left third molar tooth", (4018,)
)
"""Permanent maxillary left third molar tooth (SCT 87704003)."""

PermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "860767006", "Permanent maxillary right canine tooth", (4018,)
)
"""Permanent maxillary right canine tooth (SCT 860767006)."""

PermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "422653006", "Permanent maxillary right central incisor tooth", (4018,)
)
"""Permanent maxillary right central incisor tooth (SCT 422653006)."""

PermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "865995000", "Permanent maxillary right first molar tooth", (4018,)
)
"""Permanent maxillary right first molar tooth (SCT 865995000)."""

PermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "57826002", "Permanent maxillary right first premolar tooth", (4018,)
)
"""Permanent maxillary right first premolar tooth (SCT 57826002)."""

PermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "424877001", "Permanent maxillary right lateral incisor tooth", (4018,)
)
"""Permanent maxillary right lateral incisor tooth (SCT 424877001)."""

PermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "863902006", "Permanent maxillary right second molar tooth", (4018,)
)
"""Permanent maxillary right second molar tooth (SCT 863902006)."""

PermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "36492000", "Permanent maxillary right second premolar tooth", (4018,)
)
"""Permanent maxillary right second premolar tooth (SCT 36492000)."""

PermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "68085002", "Permanent maxillary right third molar tooth", (4018,)
)
"""Permanent maxillary right third molar tooth (SCT 68085002)."""

Permethrin: _Final[_Code] = _Code("SCT", "410457007", "permethrin", (8112,))
"""permethrin (SCT 410457007)."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "Peroneal artery", (3010, 3606, 12109))
"""Peroneal artery (SCT 8821006)."""

PeronealVein: _Final[_Code] = _Code("SCT", "71758008", "Peroneal Vein", (12110,))
"""Peroneal Vein (SCT 71758008)."""

PeroxidaseStain: _Final[_Code] = _Code("SCT", "406974003", "peroxidase stain", (8112,))
"""peroxidase stain (SCT 406974003)."""

PerpendicularAxis: _Final[_Code] = _Code("SCT", "131189007", "Perpendicular Axis", (7470,))
"""Perpendicular Axis (SCT 131189007)."""

PersistentPainFollowingProcedure: _Final[_Code] = _Code(
    "SCT", "279047007", "Persistent pain following procedure", (6062,)
)
"""Persistent pain following procedure (SCT 279047007)."""

PersonalHistoryOfBreastCancer: _Final[_Code] = _Code(
    "SCT", "415076002", "Personal history of breast cancer", (6051,)
)
"""Personal history of breast cancer (SCT 415076002)."""

PhakicIOL: _Final[_Code] = _Code("SCT", "397559001", "Phakic IOL", (4231,))
"""Phakic IOL (SCT 397559001)."""

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009)."""

PharmacologicAndExerciseStressTest: _Final[_Code] = _Code(
    "SCT", "428813002", "Pharmacologic and exercise stress test", (3200, 3261, 3757)
)
"""Pharmacologic and exercise stress test (SCT 428813002)."""

PharmacologicStressTest: _Final[_Code] = _Code(
    "SCT", "424064009", "Pharmacologic stress test", (3200, 3261, 3757)
)
"""Pharmacologic stress test (SCT 424064009)."""

PharyngealRecess: _Final[_Code] = _Code("SCT", "1849007", "pharyngeal recess", (7601,))
"""pharyngeal recess (SCT 1849007)."""

PharyngealTonsil: _Final[_Code] = _Code("SCT", "55940004", "pharyngeal tonsil", (7601,))
"""pharyngeal tonsil (SCT 55940004)."""

PharyngotympanicTube: _Final[_Code] = _Code("SCT", "91207004", "pharyngotympanic tube", (7601,))
"""pharyngotympanic tube (SCT 91207004)."""

Pharynx: _Final[_Code] = _Code("SCT", "54066008", "Pharynx", (4040,))
"""Pharynx (SCT 54066008)."""

PharynxAndLarynx: _Final[_Code] = _Code("SCT", "312535008", "Pharynx and larynx", (4040,))
"""Pharynx and larynx (SCT 312535008)."""

PhaseContrastPlate: _Final[_Code] = _Code("SCT", "445625005", "Phase contrast plate", (8124,))
"""Phase contrast plate (SCT 445625005)."""

Phencyclidine: _Final[_Code] = _Code("SCT", "9721008", "Phencyclidine", (6089,))
"""Phencyclidine (SCT 9721008)."""

Phentolamine: _Final[_Code] = _Code("SCT", "372863003", "Phentolamine", (10,))
"""Phentolamine (SCT 372863003)."""

Phenylephrine: _Final[_Code] = _Code("SCT", "386693003", "Phenylephrine", (4208,))
"""Phenylephrine (SCT 386693003)."""

Phlebosclerosis: _Final[_Code] = _Code("SCT", "18016009", "phlebosclerosis", (3817,))
"""phlebosclerosis (SCT 18016009)."""

PhloxinBStain: _Final[_Code] = _Code("SCT", "71957009", "phloxin B stain", (8112,))
"""phloxin B stain (SCT 71957009)."""

Phonation: _Final[_Code] = _Code("SCT", "43914001", "Phonation", (91,))
"""Phonation (SCT 43914001)."""

PhosphotungsticAcidHematoxylinStain: _Final[_Code] = _Code(
    "SCT", "406967008", "phosphotungstic acid-hematoxylin stain", (8112,)
)
"""phosphotungstic acid-hematoxylin stain (SCT 406967008)."""

PhotodynamicTherapyOfSkin: _Final[_Code] = _Code(
    "SCT", "428604001", "Photodynamic therapy of skin", (4409,)
)
"""Photodynamic therapy of skin (SCT 428604001)."""

PhotographyOfGrossOrgan: _Final[_Code] = _Code(
    "SCT", "52432005", "Photography of gross organ", (8131,)
)
"""Photography of gross organ (SCT 52432005)."""

PhotographyOfPatient: _Final[_Code] = _Code("SCT", "197157006", "Photography of patient", (8131,))
"""Photography of patient (SCT 197157006)."""

Photomicrography: _Final[_Code] = _Code("SCT", "60287000", "Photomicrography", (8131,))
"""Photomicrography (SCT 60287000)."""

Photon: _Final[_Code] = _Code("SCT", "290006006", "Photon", (9525,))
"""Photon (SCT 290006006)."""

PhyllodesTumor: _Final[_Code] = _Code("SCT", "71232009", "Phyllodes tumor", (6032,))
"""Phyllodes tumor (SCT 71232009)."""

PhyllodesTumorMalignant: _Final[_Code] = _Code(
    "SCT", "87913009", "Phyllodes tumor, malignant", (6033,)
)
"""Phyllodes tumor, malignant (SCT 87913009)."""

PhysicalObject: _Final[_Code] = _Code("SCT", "260787004", "Physical object", (7150, 9501))
"""Physical object (SCT 260787004)."""

Physician: _Final[_Code] = _Code("SCT", "309343006", "Physician", (7452, 9536, 9555, 9562))
"""Physician (SCT 309343006)."""

Physiotherapy: _Final[_Code] = _Code("SCT", "310464005", "Physiotherapy", (7030,))
"""Physiotherapy (SCT 310464005)."""

PiaMater: _Final[_Code] = _Code("SCT", "23180006", "Pia mater", (5, 7153))
"""Pia mater (SCT 23180006)."""

PicricAcid: _Final[_Code] = _Code("SCT", "24215009", "Picric acid", (8114,))
"""Picric acid (SCT 24215009)."""

PiggybackIOL: _Final[_Code] = _Code("SCT", "370951003", "Piggyback IOL", (4231,))
"""Piggyback IOL (SCT 370951003)."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004)."""

PinealGland: _Final[_Code] = _Code("SCT", "45793000", "Pineal Gland", (7153,))
"""Pineal Gland (SCT 45793000)."""

PinholeVisualAcuity: _Final[_Code] = _Code("SCT", "419475002", "Pinhole Visual Acuity", (4216,))
"""Pinhole Visual Acuity (SCT 419475002)."""

Pink: _Final[_Code] = _Code("SCT", "371243003", "Pink", (4411,))
"""Pink (SCT 371243003)."""

Pirie: _Final[_Code] = _Code("SCT", "399022001", "Pirie", (4012,))
"""Pirie (SCT 399022001)."""

Pituitary: _Final[_Code] = _Code("SCT", "56329008", "Pituitary", (7153,))
"""Pituitary (SCT 56329008)."""

PituitaryFossa: _Final[_Code] = _Code("SCT", "42575006", "Pituitary Fossa", (1002, 4031))
"""Pituitary Fossa (SCT 42575006)."""

Placenta: _Final[_Code] = _Code("SCT", "78067005", "Placenta", (8134,))
"""Placenta (SCT 78067005)."""

PlacingRestraint: _Final[_Code] = _Code("SCT", "68894007", "Placing restraint", (9577,))
"""Placing restraint (SCT 68894007)."""

PlainRadiography: _Final[_Code] = _Code("SCT", "168537006", "Plain radiography", (10005,))
"""Plain radiography (SCT 168537006)."""

Plantar60DegreeLateralDorsomedialOblique: _Final[_Code] = _Code(
    "SCT", "442675004", "Plantar 60 degree lateral-dorsomedial oblique", (7484,)
)
"""Plantar 60 degree lateral-dorsomedial oblique (SCT 442675004)."""

Plantar75DegreeProximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442603007", "Plantar 75 degree proximal-dorsodistal oblique", (7484,)
)
"""Plantar 75 degree proximal-dorsodistal oblique (SCT 442603007)."""

PlantarArterialArch: _Final[_Code] = _Code("SCT", "83018002", "Plantar Arterial Arch", (12109,))
"""Plantar Arterial Arch (SCT 83018002)."""

PlantarolateralDorsomedialOblique: _Final[_Code] = _Code(
    "SCT", "442658005", "Plantarolateral-dorsomedial oblique", (7484,)
)
"""Plantarolateral-dorsomedial oblique (SCT 442658005)."""

PlantaroproximalDorsodistalOblique: _Final[_Code] = _Code(
    "SCT", "442625001", "Plantaroproximal-dorsodistal oblique", (7484,)
)
"""Plantaroproximal-dorsodistal oblique (SCT 442625001)."""

Plantodorsal: _Final[_Code] = _Code("SCT", "399071006", "plantodorsal", (4010,))
"""plantodorsal (SCT 399071006)."""

Plaque: _Final[_Code] = _Code("SCT", "1522000", "plaque", (3810,))
"""plaque (SCT 1522000)."""

PlaqueUlceration: _Final[_Code] = _Code("SCT", "62189002", "Plaque Ulceration", (3491, 3817))
"""Plaque Ulceration (SCT 62189002)."""

PlasmaExpander: _Final[_Code] = _Code("SCT", "372578001", "Plasma Expander", (622,))
"""Plasma Expander (SCT 372578001)."""

Plasmacytoma: _Final[_Code] = _Code("SCT", "1187107005", "Plasmacytoma", (6033,))
"""Plasmacytoma (SCT 1187107005)."""

Plastic: _Final[_Code] = _Code("SCT", "61088005", "Plastic", (8115,))
"""Plastic (SCT 61088005)."""

PlasticStent: _Final[_Code] = _Code("SCT", "257362008", "plastic stent", (3814,))
"""plastic stent (SCT 257362008)."""

PlasticSurgery: _Final[_Code] = _Code("SCT", "309992008", "Plastic Surgery", (7030,))
"""Plastic Surgery (SCT 309992008)."""

PlateLikeAtelectasis: _Final[_Code] = _Code("SCT", "40779009", "Plate-like atelectasis", (6103,))
"""Plate-like atelectasis (SCT 40779009)."""

Platinum: _Final[_Code] = _Code("SCT", "84847000", "Platinum", (300,))
"""Platinum (SCT 84847000)."""

PleomorphicAdenoma: _Final[_Code] = _Code("SCT", "8360001", "Pleomorphic adenoma", (6031,))
"""Pleomorphic adenoma (SCT 8360001)."""

PleuralEffusion: _Final[_Code] = _Code("SCT", "60046008", "Pleural effusion", (645,))
"""Pleural effusion (SCT 60046008)."""

PleuralStructure: _Final[_Code] = _Code(
    "SCT", "3120008", "Pleural structure", (6100, 6129, 7155, 12294)
)
"""Pleural structure (SCT 3120008)."""

Pm1: _Final[_Code] = _Code("SCT", "1229916009", "pM1", (6162,))
"""pM1 (SCT 1229916009)."""

Pn0: _Final[_Code] = _Code("SCT", "1229947003", "pN0", (6161,))
"""pN0 (SCT 1229947003)."""

Pn1: _Final[_Code] = _Code("SCT", "1229951001", "pN1", (6161,))
"""pN1 (SCT 1229951001)."""

Pn2: _Final[_Code] = _Code("SCT", "1229957002", "pN2", (6161,))
"""pN2 (SCT 1229957002)."""

Pn2a: _Final[_Code] = _Code("SCT", "1229959004", "pN2a", (6161,))
"""pN2a (SCT 1229959004)."""

Pn2b: _Final[_Code] = _Code("SCT", "1229960009", "pN2b", (6161,))
"""pN2b (SCT 1229960009)."""

Pn3: _Final[_Code] = _Code("SCT", "1229962001", "pN3", (6161,))
"""pN3 (SCT 1229962001)."""

Pn3a: _Final[_Code] = _Code("SCT", "1229963006", "pN3a", (6161,))
"""pN3a (SCT 1229963006)."""

Pn3b: _Final[_Code] = _Code("SCT", "1229964000", "pN3b", (6161,))
"""pN3b (SCT 1229964000)."""

Pn3c: _Final[_Code] = _Code("SCT", "1229965004", "pN3c", (6161,))
"""pN3c (SCT 1229965004)."""

Pneumomediastinum: _Final[_Code] = _Code("SCT", "16838000", "Pneumomediastinum", (6105,))
"""Pneumomediastinum (SCT 16838000)."""

Pneumothorax: _Final[_Code] = _Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008)."""

Pnx: _Final[_Code] = _Code("SCT", "1229945006", "pNX", (6161,))
"""pNX (SCT 1229945006)."""

PointSourceMeasurement: _Final[_Code] = _Code(
    "SCT", "371913007", "Point source measurement", (3627,)
)
"""Point source measurement (SCT 371913007)."""

PolarizingOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445391002", "Polarizing optical filter", (4204, 8124)
)
"""Polarizing optical filter (SCT 445391002)."""

Polymer: _Final[_Code] = _Code("SCT", "412155002", "Polymer", (7300,))
"""Polymer (SCT 412155002)."""

PolypOfColon: _Final[_Code] = _Code("SCT", "68496003", "Polyp of colon", (6201,))
"""Polyp of colon (SCT 68496003)."""

PolypSizeLargestDimension: _Final[_Code] = _Code(
    "SCT", "373197004", "Polyp size, largest dimension", (6212,)
)
"""Polyp size, largest dimension (SCT 373197004)."""

PolypStalkLength: _Final[_Code] = _Code("SCT", "395511002", "Polyp stalk length", (6212,))
"""Polyp stalk length (SCT 395511002)."""

Ponceau3RStain: _Final[_Code] = _Code("SCT", "65730007", "ponceau 3R stain", (8112,))
"""ponceau 3R stain (SCT 65730007)."""

PonceauSStain: _Final[_Code] = _Code("SCT", "89856006", "ponceau S stain", (8112,))
"""ponceau S stain (SCT 89856006)."""

PonceauXylidineStain: _Final[_Code] = _Code("SCT", "70520000", "ponceau xylidine stain", (8112,))
"""ponceau xylidine stain (SCT 70520000)."""

PontamineSkyBlue5BXStain: _Final[_Code] = _Code(
    "SCT", "89577003", "pontamine sky blue 5BX stain", (8112,)
)
"""pontamine sky blue 5BX stain (SCT 89577003)."""

PontamineSkyBlue6BXStain: _Final[_Code] = _Code(
    "SCT", "80305003", "pontamine sky blue 6BX stain", (8112,)
)
"""pontamine sky blue 6BX stain (SCT 80305003)."""

PoorVisualFixation: _Final[_Code] = _Code("SCT", "314348007", "Poor Visual Fixation", (4222,))
"""Poor Visual Fixation (SCT 314348007)."""

PoorlyDefined: _Final[_Code] = _Code("SCT", "300841009", "Poorly defined", (6120,))
"""Poorly defined (SCT 300841009)."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006)."""

PoplitealFossa: _Final[_Code] = _Code("SCT", "32361000", "Popliteal fossa", (4,))
"""Popliteal fossa (SCT 32361000)."""

PoplitealLymphNode: _Final[_Code] = _Code("SCT", "47471008", "popliteal lymph node", (7600,))
"""popliteal lymph node (SCT 47471008)."""

PoplitealVein: _Final[_Code] = _Code("SCT", "56849005", "Popliteal Vein", (12110,))
"""Popliteal Vein (SCT 56849005)."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal vein", (3010, 3607, 12114))
"""Portal vein (SCT 32764006)."""

Positive: _Final[_Code] = _Code("SCT", "10828004", "Positive", (250, 3231))
"""Positive (SCT 10828004)."""

PossiblePregnancy: _Final[_Code] = _Code("SCT", "146799005", "possible pregnancy", (6096,))
"""possible pregnancy (SCT 146799005)."""

PossibleThrombus: _Final[_Code] = _Code("SCT", "373141002", "Possible Thrombus", (3714,))
"""Possible Thrombus (SCT 373141002)."""

PostAblationPhase: _Final[_Code] = _Code("SCT", "129093009", "Post-ablation phase", (3254,))
"""Post-ablation phase (SCT 129093009)."""

PostChemotherapy: _Final[_Code] = _Code("SCT", "262502001", "Post-chemotherapy", (6146,))
"""Post-chemotherapy (SCT 262502001)."""

PostDefibrillationProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129091006", "Post-defibrillation procedure phase", (3254,)
)
"""Post-defibrillation procedure phase (SCT 129091006)."""

PostDose: _Final[_Code] = _Code("SCT", "255566006", "Post-dose", (31,))
"""Post-dose (SCT 255566006)."""

PostExerciseState: _Final[_Code] = _Code("SCT", "128977007", "Post-exercise state", (3262, 3602))
"""Post-exercise state (SCT 128977007)."""

PostInfarctionAngina: _Final[_Code] = _Code("SCT", "314116003", "Post-infarction angina", (3700,))
"""Post-infarction angina (SCT 314116003)."""

PostOperative: _Final[_Code] = _Code("SCT", "262061000", "Post-operative", (31, 632, 6146))
"""Post-operative (SCT 262061000)."""

PostPTCA: _Final[_Code] = _Code("SCT", "371822007", "Post PTCA", (3201,))
"""Post PTCA (SCT 371822007)."""

PostRadiation: _Final[_Code] = _Code("SCT", "264908009", "Post-radiation", (6146,))
"""Post-radiation (SCT 264908009)."""

PostStenoticDilation: _Final[_Code] = _Code("SCT", "371872009", "Post Stenotic Dilation", (3709,))
"""Post Stenotic Dilation (SCT 371872009)."""

PostSurgicalAnatomy: _Final[_Code] = _Code("SCT", "245849007", "Post-surgical anatomy", (9272,))
"""Post-surgical anatomy (SCT 245849007)."""

PostVitrectomy: _Final[_Code] = _Code("SCT", "232077005", "Post-Vitrectomy", (4232,))
"""Post-Vitrectomy (SCT 232077005)."""

PostVolumeChallenge: _Final[_Code] = _Code("SCT", "128971008", "Post volume challenge", (3271,))
"""Post volume challenge (SCT 128971008)."""

PostauricularLymphNode: _Final[_Code] = _Code(
    "SCT", "245328002", "postauricular lymph node", (7600,)
)
"""postauricular lymph node (SCT 245328002)."""

Postaxial: _Final[_Code] = _Code("SCT", "60583000", "Postaxial", (2,))
"""Postaxial (SCT 60583000)."""

PostductalRegionOfAorticArch: _Final[_Code] = _Code(
    "SCT", "60835009", "Postductal region of aortic arch", (12280,)
)
"""Postductal region of aortic arch (SCT 60835009)."""

Posterior: _Final[_Code] = _Code("SCT", "255551008", "Posterior", (2, 5, 212, 4005, 6025, 12281))
"""Posterior (SCT 255551008)."""

PosteriorArchVein: _Final[_Code] = _Code("SCT", "397435008", "Posterior arch vein", (12110,))
"""Posterior arch vein (SCT 397435008)."""

PosteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "30793004", "posterior auricular lymph node", (7600,)
)
"""posterior auricular lymph node (SCT 30793004)."""

PosteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "70382005", "Posterior Cerebral Artery", (12105,)
)
"""Posterior Cerebral Artery (SCT 70382005)."""

PosteriorCerebralArteryP1Segment: _Final[_Code] = _Code(
    "SCT", "415144009", "Posterior Cerebral Artery P1 Segment", (12105,)
)
"""Posterior Cerebral Artery P1 Segment (SCT 415144009)."""

PosteriorCerebralArteryP2Segment: _Final[_Code] = _Code(
    "SCT", "415145005", "Posterior Cerebral Artery P2 Segment", (12105,)
)
"""Posterior Cerebral Artery P2 Segment (SCT 415145005)."""

PosteriorCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "Posterior Commissure", (7101, 7153, 7705)
)
"""Posterior Commissure (SCT 279336005)."""

PosteriorCommissureOfLabiumMajorum: _Final[_Code] = _Code(
    "SCT", "4019005", "Posterior commissure of labium majorum", (4029,)
)
"""Posterior commissure of labium majorum (SCT 4019005)."""

PosteriorCommunicationArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "Posterior communication artery", (3010, 3606, 12105)
)
"""Posterior communication artery (SCT 43119007)."""

PosteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "443113009", "Posterior Descending Coronary Artery", (12292,)
)
"""Posterior Descending Coronary Artery (SCT 443113009)."""

PosteriorDescendingRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "53655008", "Posterior Descending Right Coronary Artery", (3014,)
)
"""Posterior Descending Right Coronary Artery (SCT 53655008)."""

PosteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "52943005", "Posterior Horn Lateral Ventricle", (12022,)
)
"""Posterior Horn Lateral Ventricle (SCT 52943005)."""

PosteriorMedialTributary: _Final[_Code] = _Code(
    "SCT", "128569001", "Posterior medial tributary", (3010, 3607)
)
"""Posterior medial tributary (SCT 128569001)."""

PosteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "25447008", "posterior mediastinal lymph node", (7600,)
)
"""posterior mediastinal lymph node (SCT 25447008)."""

PosteriorProjection: _Final[_Code] = _Code("SCT", "399001007", "Posterior projection", (26,))
"""Posterior projection (SCT 399001007)."""

PosteriorSegmentOfRightUpperLobe: _Final[_Code] = _Code(
    "SCT", "3236000", "Posterior segment of right upper lobe", (6127,)
)
"""Posterior segment of right upper lobe (SCT 3236000)."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002)."""

PosteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303623000", "posterior tibial lymph node", (7600,)
)
"""posterior tibial lymph node (SCT 303623000)."""

PosteriorTibialVein: _Final[_Code] = _Code("SCT", "4258007", "Posterior Tibial Vein", (12110,))
"""Posterior Tibial Vein (SCT 4258007)."""

PosteriorTriangleCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "245324000", "posterior triangle cervical lymph node", (7600,)
)
"""posterior triangle cervical lymph node (SCT 245324000)."""

PosteriorWall: _Final[_Code] = _Code("SCT", "264159006", "Posterior Wall", (12280,))
"""Posterior Wall (SCT 264159006)."""

PosteroAnterior: _Final[_Code] = _Code("SCT", "272479007", "postero-anterior", (4010,))
"""postero-anterior (SCT 272479007)."""

PosteroAnteriorOblique: _Final[_Code] = _Code(
    "SCT", "399059000", "postero-anterior oblique", (4010,)
)
"""postero-anterior oblique (SCT 399059000)."""

Posterolateral: _Final[_Code] = _Code("SCT", "90069004", "Posterolateral", (2,))
"""Posterolateral (SCT 90069004)."""

PosterolateralBranchOfRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "17269004", "Posterolateral branch of right Coronary Artery", (3015,)
)
"""Posterolateral branch of right Coronary Artery (SCT 17269004)."""

PostsurgicalMenopause: _Final[_Code] = _Code("SCT", "371036001", "Postsurgical menopause", (6086,))
"""Postsurgical menopause (SCT 371036001)."""

PostvesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278571002", "postvesicular lymph node", (7600,)
)
"""postvesicular lymph node (SCT 278571002)."""

Potassium: _Final[_Code] = _Code("SCT", "88480006", "Potassium", (622,))
"""Potassium (SCT 88480006)."""

PotassiumCarbonateK42: _Final[_Code] = _Code("SCT", "111161000", "Potassium carbonate K^42^", (25,))
"""Potassium carbonate K^42^ (SCT 111161000)."""

PotassiumChlorideK42: _Final[_Code] = _Code("SCT", "36641004", "Potassium chloride K^42^", (25,))
"""Potassium chloride K^42^ (SCT 36641004)."""

PotassiumChlorideK43: _Final[_Code] = _Code("SCT", "47729008", "Potassium chloride K^43^", (25,))
"""Potassium chloride K^43^ (SCT 47729008)."""

PotassiumDichromate: _Final[_Code] = _Code("SCT", "19893005", "Potassium dichromate", (8114,))
"""Potassium dichromate (SCT 19893005)."""

PotassiumHydroxideStain: _Final[_Code] = _Code(
    "SCT", "34763001", "potassium hydroxide stain", (8112,)
)
"""potassium hydroxide stain (SCT 34763001)."""

PotentialAcuityMeterVisualAcuity: _Final[_Code] = _Code(
    "SCT", "424622008", "Potential Acuity Meter Visual Acuity", (4216,)
)
"""Potential Acuity Meter Visual Acuity (SCT 424622008)."""

PowerDoppler: _Final[_Code] = _Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008)."""

PreAdmission: _Final[_Code] = _Code("SCT", "281379000", "Pre-admission", (31,))
"""Pre-admission (SCT 281379000)."""

PreBiopsyLocalizationOfBreastLesion: _Final[_Code] = _Code(
    "SCT", "237380007", "Pre-biopsy localization of breast lesion", (6050,)
)
"""Pre-biopsy localization of breast lesion (SCT 237380007)."""

PreDose: _Final[_Code] = _Code("SCT", "255235001", "Pre-dose", (31,))
"""Pre-dose (SCT 255235001)."""

PreOperative: _Final[_Code] = _Code("SCT", "262068006", "Pre-operative", (31, 632, 3201, 6146))
"""Pre-operative (SCT 262068006)."""

PreSurgeryTesting: _Final[_Code] = _Code("SCT", "110467000", "Pre-Surgery testing", (3671,))
"""Pre-Surgery testing (SCT 110467000)."""

Preaxial: _Final[_Code] = _Code("SCT", "32400000", "Preaxial", (2,))
"""Preaxial (SCT 32400000)."""

PrececalLymphNode: _Final[_Code] = _Code("SCT", "281765006", "prececal lymph node", (7600,))
"""prececal lymph node (SCT 281765006)."""

Prednisone: _Final[_Code] = _Code("SCT", "116602009", "Prednisone", (65,))
"""Prednisone (SCT 116602009)."""

PreductalRegionOfAorticArch: _Final[_Code] = _Code(
    "SCT", "75397005", "Preductal region of aortic arch", (12280,)
)
"""Preductal region of aortic arch (SCT 75397005)."""

PrefemoralLymphNode: _Final[_Code] = _Code("SCT", "48193007", "prefemoral lymph node", (7600,))
"""prefemoral lymph node (SCT 48193007)."""

PrelaryngealLymphNode: _Final[_Code] = _Code("SCT", "74203007", "prelaryngeal lymph node", (7600,))
"""prelaryngeal lymph node (SCT 74203007)."""

PrepericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196516004", "prepericardial lymph node", (7600,)
)
"""prepericardial lymph node (SCT 196516004)."""

Present: _Final[_Code] = _Code("SCT", "52101004", "Present", (240, 241))
"""Present (SCT 52101004)."""

PressureSupportVentilator: _Final[_Code] = _Code(
    "SCT", "371786002", "Pressure Support Ventilator", (3554,)
)
"""Pressure Support Ventilator (SCT 371786002)."""

PresymphysialLymphNode: _Final[_Code] = _Code("SCT", "6413002", "presymphysial lymph node", (7600,))
"""presymphysial lymph node (SCT 6413002)."""

PretrachealLymphNode: _Final[_Code] = _Code("SCT", "168460001", "pretracheal lymph node", (7600,))
"""pretracheal lymph node (SCT 168460001)."""

PrevascularRetrotrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127930004", "prevascular/retrotracheal lymph node", (7600,)
)
"""prevascular/retrotracheal lymph node (SCT 127930004)."""

PreventiveIntent: _Final[_Code] = _Code("SCT", "129428001", "Preventive intent", (3629,))
"""Preventive intent (SCT 129428001)."""

PrevertebralLymphNode: _Final[_Code] = _Code("SCT", "196446004", "prevertebral lymph node", (7600,))
"""prevertebral lymph node (SCT 196446004)."""

PrevesicularLymphNode: _Final[_Code] = _Code("SCT", "11740004", "prevesicular lymph node", (7600,))
"""prevesicular lymph node (SCT 11740004)."""

PrimaryCareDepartment: _Final[_Code] = _Code("SCT", "441480003", "Primary Care Department", (7030,))
"""Primary Care Department (SCT 441480003)."""

PrimaryGaze: _Final[_Code] = _Code("SCT", "408744005", "Primary gaze", (4201,))
"""Primary gaze (SCT 408744005)."""

PrimitiveAorta: _Final[_Code] = _Code("SCT", "14944004", "Primitive aorta", (3010, 3606))
"""Primitive aorta (SCT 14944004)."""

PrimitivePulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "91707000", "Primitive pulmonary artery", (3010, 3606)
)
"""Primitive pulmonary artery (SCT 91707000)."""

Problem: _Final[_Code] = _Code("SCT", "55607006", "Problem", (3769,))
"""Problem (SCT 55607006)."""

ProblemResolved: _Final[_Code] = _Code("SCT", "413322009", "Problem resolved", (3770,))
"""Problem resolved (SCT 413322009)."""

ProcedureInCardiacCareUnit: _Final[_Code] = _Code(
    "SCT", "373111004", "Procedure in Cardiac Care Unit", (3671,)
)
"""Procedure in Cardiac Care Unit (SCT 373111004)."""

ProcionBrilliantBlueMRSStain: _Final[_Code] = _Code(
    "SCT", "24900003", "procion brilliant blue MRS stain", (8112,)
)
"""procion brilliant blue MRS stain (SCT 24900003)."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005)."""

ProfundaFemorisVein: _Final[_Code] = _Code("SCT", "23438002", "Profunda Femoris Vein", (12110,))
"""Profunda Femoris Vein (SCT 23438002)."""

ProgesteroneProduct: _Final[_Code] = _Code("SCT", "50318003", "Progesterone product", (6080,))
"""Progesterone product (SCT 50318003)."""

PromontoryCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "279189002", "promontory common iliac lymph node", (7600,)
)
"""promontory common iliac lymph node (SCT 279189002)."""

Pronation: _Final[_Code] = _Code("SCT", "88241000", "Pronation", (92,))
"""Pronation (SCT 88241000)."""

Prone: _Final[_Code] = _Code("SCT", "1240000", "prone", (20, 6206))
"""prone (SCT 1240000)."""

ProperHepaticArtery: _Final[_Code] = _Code("SCT", "18112008", "Proper Hepatic Artery", (12112,))
"""Proper Hepatic Artery (SCT 18112008)."""

ProphylacticIntent: _Final[_Code] = _Code("SCT", "360271000", "Prophylactic intent", (3629,))
"""Prophylactic intent (SCT 360271000)."""

Propofol: _Final[_Code] = _Code("SCT", "387423006", "Propofol", (66, 625))
"""Propofol (SCT 387423006)."""

Propranolol: _Final[_Code] = _Code("SCT", "55745002", "Propranolol", (10,))
"""Propranolol (SCT 55745002)."""

Propyliodone: _Final[_Code] = _Code("SCT", "111158001", "Propyliodone", (12,))
"""Propyliodone (SCT 111158001)."""

ProstaglandinE1: _Final[_Code] = _Code("SCT", "48988008", "Prostaglandin E1", (10,))
"""Prostaglandin E1 (SCT 48988008)."""

ProstaglandinInjection: _Final[_Code] = _Code("SCT", "133875007", "Prostaglandin injection", (9,))
"""Prostaglandin injection (SCT 133875007)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

ProstateCancer: _Final[_Code] = _Code("SCT", "254900004", "Prostate cancer", (6313,))
"""Prostate cancer (SCT 254900004)."""

ProstateCancerAntigenMeasurement: _Final[_Code] = _Code(
    "SCT", "63476009", "Prostate Cancer Antigen Measurement", (6321,)
)
"""Prostate Cancer Antigen Measurement (SCT 63476009)."""

Prostatectomy: _Final[_Code] = _Code("SCT", "90470006", "Prostatectomy", (6320, 6323))
"""Prostatectomy (SCT 90470006)."""

ProstaticUrethra: _Final[_Code] = _Code("SCT", "71553001", "Prostatic Urethra", (6300,))
"""Prostatic Urethra (SCT 71553001)."""

Prostatitis: _Final[_Code] = _Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002)."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007)."""

ProtamineSulfate: _Final[_Code] = _Code("SCT", "64520006", "Protamine sulfate", (10,))
"""Protamine sulfate (SCT 64520006)."""

ProtargolSStain: _Final[_Code] = _Code("SCT", "406993001", "protargol S stain", (8112,))
"""protargol S stain (SCT 406993001)."""

ProteaseDigestionOfTissueSpecimen: _Final[_Code] = _Code(
    "SCT", "433456006", "Protease digestion of tissue specimen", (8113,)
)
"""Protease digestion of tissue specimen (SCT 433456006)."""

Proton: _Final[_Code] = _Code("SCT", "89177007", "Proton", (9526,))
"""Proton (SCT 89177007)."""

Proximal: _Final[_Code] = _Code("SCT", "40415009", "Proximal", (2, 5, 212, 12116, 12281))
"""Proximal (SCT 40415009)."""

ProximalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "52433000", "Proximal Circumflex Coronary Artery", (3014, 12292)
)
"""Proximal Circumflex Coronary Artery (SCT 52433000)."""

ProximalFemur: _Final[_Code] = _Code("SCT", "310651003", "Proximal Femur", (7304,))
"""Proximal Femur (SCT 310651003)."""

ProximalHumerus: _Final[_Code] = _Code("SCT", "119524001", "Proximal Humerus", (7304,))
"""Proximal Humerus (SCT 119524001)."""

ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "68787002", "Proximal Left Anterior Descending Coronary Artery", (3014,)
)
"""Proximal Left Anterior Descending Coronary Artery (SCT 68787002)."""

ProximalRadius: _Final[_Code] = _Code("SCT", "12881000", "Proximal Radius", (7304,))
"""Proximal Radius (SCT 12881000)."""

ProximalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91083009", "Proximal Right Coronary Artery", (3014,)
)
"""Proximal Right Coronary Artery (SCT 91083009)."""

ProximalUlna: _Final[_Code] = _Code("SCT", "34318004", "Proximal Ulna", (7304,))
"""Proximal Ulna (SCT 34318004)."""

ProximoDistal: _Final[_Code] = _Code("SCT", "442626000", "Proximo-distal", (7484,))
"""Proximo-distal (SCT 442626000)."""

PrussianBlueStain: _Final[_Code] = _Code("SCT", "406452004", "Prussian blue stain", (8112,))
"""Prussian blue stain (SCT 406452004)."""

PseudoAneurysm: _Final[_Code] = _Code("SCT", "22036004", "Pseudo Aneurysm", (3491, 3754, 3810))
"""Pseudo Aneurysm (SCT 22036004)."""

Pseudophakia: _Final[_Code] = _Code("SCT", "309523001", "Pseudophakia", (4231,))
"""Pseudophakia (SCT 309523001)."""

Psoriasis: _Final[_Code] = _Code("SCT", "9014002", "Psoriasis", (4405,))
"""Psoriasis (SCT 9014002)."""

Psychiatry: _Final[_Code] = _Code("SCT", "309958005", "Psychiatry", (7030,))
"""Psychiatry (SCT 309958005)."""

Psychology: _Final[_Code] = _Code("SCT", "310123008", "Psychology", (7030,))
"""Psychology (SCT 310123008)."""

Pt0: _Final[_Code] = _Code("SCT", "1228951007", "pT0", (6160,))
"""pT0 (SCT 1228951007)."""

Pt1: _Final[_Code] = _Code("SCT", "1228957006", "pT1", (6160,))
"""pT1 (SCT 1228957006)."""

Pt1a: _Final[_Code] = _Code("SCT", "1228959009", "pT1a", (6160,))
"""pT1a (SCT 1228959009)."""

Pt1b: _Final[_Code] = _Code("SCT", "1228962007", "pT1b", (6160,))
"""pT1b (SCT 1228962007)."""

Pt1c: _Final[_Code] = _Code("SCT", "1229846008", "pT1c", (6160,))
"""pT1c (SCT 1229846008)."""

Pt1mi: _Final[_Code] = _Code("SCT", "1228958001", "pT1mi", (6160,))
"""pT1mi (SCT 1228958001)."""

Pt2: _Final[_Code] = _Code("SCT", "1229852009", "pT2", (6160,))
"""pT2 (SCT 1229852009)."""

Pt3: _Final[_Code] = _Code("SCT", "1229859000", "pT3", (6160,))
"""pT3 (SCT 1229859000)."""

Pt4: _Final[_Code] = _Code("SCT", "1229864001", "pT4", (6160,))
"""pT4 (SCT 1229864001)."""

Pt4a: _Final[_Code] = _Code("SCT", "1229865000", "pT4a", (6160,))
"""pT4a (SCT 1229865000)."""

Pt4b: _Final[_Code] = _Code("SCT", "1229866004", "pT4b", (6160,))
"""pT4b (SCT 1229866004)."""

Pt4c: _Final[_Code] = _Code("SCT", "1229867008", "pT4c", (6160,))
"""pT4c (SCT 1229867008)."""

Pt4d: _Final[_Code] = _Code("SCT", "1229868003", "pT4d", (6160,))
"""pT4d (SCT 1229868003)."""

Ptis: _Final[_Code] = _Code("SCT", "1228953005", "pTis", (6160,))
"""pTis (SCT 1228953005)."""

PtisDCIS: _Final[_Code] = _Code("SCT", "1228954004", "pTis (DCIS)", (6160,))
"""pTis (DCIS) (SCT 1228954004)."""

PtisPaget: _Final[_Code] = _Code("SCT", "1228956002", "pTis (Paget)", (6160,))
"""pTis (Paget) (SCT 1228956002)."""

Ptx: _Final[_Code] = _Code("SCT", "1228950008", "pTX", (6160,))
"""pTX (SCT 1228950008)."""

PullbackMethod: _Final[_Code] = _Code("SCT", "128575005", "Pullback method", (3241,))
"""Pullback method (SCT 128575005)."""

PulmonaryArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "111289009", "Pulmonary arteriovenous fistula", (3010, 3606)
)
"""Pulmonary arteriovenous fistula (SCT 111289009)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000)."""

PulmonaryArteryBlood: _Final[_Code] = _Code("SCT", "371953005", "Pulmonary Artery Blood", (3520,))
"""Pulmonary Artery Blood (SCT 371953005)."""

PulmonaryArteryConduit: _Final[_Code] = _Code(
    "SCT", "128584005", "Pulmonary artery conduit", (3010, 3606)
)
"""Pulmonary artery conduit (SCT 128584005)."""

PulmonaryArteryOxygenSaturationWaveform: _Final[_Code] = _Code(
    "SCT", "128447006", "Pulmonary artery oxygen saturation waveform", (3003,)
)
"""Pulmonary artery oxygen saturation waveform (SCT 128447006)."""

PulmonaryArteryPressure: _Final[_Code] = _Code(
    "SCT", "250767002", "Pulmonary Artery Pressure", (3641,)
)
"""Pulmonary Artery Pressure (SCT 250767002)."""

PulmonaryArteryPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128443005", "Pulmonary artery pressure waveform", (3003,)
)
"""Pulmonary artery pressure waveform (SCT 128443005)."""

PulmonaryArteryWedgePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128449009", "Pulmonary artery wedge pressure waveform", (3003, 3608)
)
"""Pulmonary artery wedge pressure waveform (SCT 128449009)."""

PulmonaryAtresiaWithIntactVentricularSeptum: _Final[_Code] = _Code(
    "SCT", "253590009", "Pulmonary atresia with intact ventricular septum", (12248,)
)
"""Pulmonary atresia with intact ventricular septum (SCT 253590009)."""

PulmonaryAtresiaWithVentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "253591008", "Pulmonary atresia with ventricular septal defect", (12248,)
)
"""Pulmonary atresia with ventricular septal defect (SCT 253591008)."""

PulmonaryCapillaryWedgePressure: _Final[_Code] = _Code(
    "SCT", "118433006", "Pulmonary Capillary Wedge Pressure", (3641,)
)
"""Pulmonary Capillary Wedge Pressure (SCT 118433006)."""

PulmonaryCapillaryWedgePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128448001", "Pulmonary capillary wedge pressure waveform", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge pressure waveform (SCT 128448001)."""

PulmonaryChamberOfCorTriatriatum: _Final[_Code] = _Code(
    "SCT", "128586007", "Pulmonary chamber of cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber of cor triatriatum (SCT 128586007)."""

PulmonaryDisease: _Final[_Code] = _Code("SCT", "19829001", "Pulmonary disease", (3205,))
"""Pulmonary disease (SCT 19829001)."""

PulmonaryEdema: _Final[_Code] = _Code("SCT", "19242006", "Pulmonary edema", (3700,))
"""Pulmonary edema (SCT 19242006)."""

PulmonaryEmbolism: _Final[_Code] = _Code("SCT", "59282003", "Pulmonary embolism", (6104,))
"""Pulmonary embolism (SCT 59282003)."""

PulmonaryHypertension: _Final[_Code] = _Code(
    "SCT", "70995007", "Pulmonary hypertension", (64, 3640, 3700, 3728)
)
"""Pulmonary hypertension (SCT 70995007)."""

PulmonaryMetastasis: _Final[_Code] = _Code("SCT", "94391008", "Pulmonary metastasis", (645,))
"""Pulmonary metastasis (SCT 94391008)."""

PulmonarySystemicFlowRatio: _Final[_Code] = _Code(
    "SCT", "251050008", "Pulmonary/Systemic Flow Ratio", (3620,)
)
"""Pulmonary/Systemic Flow Ratio (SCT 251050008)."""

PulmonarySystolicEjectionPeriodSepp: _Final[_Code] = _Code(
    "SCT", "371848004", "Pulmonary Systolic Ejection Period (SEPp)", (3616,)
)
"""Pulmonary Systolic Ejection Period (SEPp) (SCT 371848004)."""

PulmonaryValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004)."""

PulmonaryValveFlow: _Final[_Code] = _Code("SCT", "371846000", "Pulmonary Valve Flow", (3617,))
"""Pulmonary Valve Flow (SCT 371846000)."""

PulmonaryValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128452001", "Pulmonary valve pullback pressure waveform", (3003,)
)
"""Pulmonary valve pullback pressure waveform (SCT 128452001)."""

PulmonaryValveSinuses: _Final[_Code] = _Code("SCT", "90315007", "pulmonary valve sinuses", (3829,))
"""pulmonary valve sinuses (SCT 90315007)."""

PulmonaryVascularResistance: _Final[_Code] = _Code(
    "SCT", "276901002", "Pulmonary Vascular Resistance", (3619, 3641)
)
"""Pulmonary Vascular Resistance (SCT 276901002)."""

PulmonaryVeinAWaveDuration: _Final[_Code] = _Code(
    "SCT", "399070007", "Pulmonary Vein A-Wave Duration", (12214,)
)
"""Pulmonary Vein A-Wave Duration (SCT 399070007)."""

PulmonaryVeinBlood: _Final[_Code] = _Code("SCT", "371954004", "Pulmonary Vein Blood", (3520,))
"""Pulmonary Vein Blood (SCT 371954004)."""

PulmonaryVeinCommonLeftSegment: _Final[_Code] = _Code(
    "SCT", "443705001", "Pulmonary Vein Common Left Segment", (12280,)
)
"""Pulmonary Vein Common Left Segment (SCT 443705001)."""

PulmonaryVeinCommonRightSegment: _Final[_Code] = _Code(
    "SCT", "443591004", "Pulmonary Vein Common Right Segment", (12280,)
)
"""Pulmonary Vein Common Right Segment (SCT 443591004)."""

PulmonaryVeinConfluence: _Final[_Code] = _Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008)."""

PulmonaryVeinConfluenceToAtriumConnection: _Final[_Code] = _Code(
    "SCT", "443208000", "Pulmonary Vein confluence to Atrium Connection", (12280,)
)
"""Pulmonary Vein confluence to Atrium Connection (SCT 443208000)."""

PulmonaryVeinDWaveVelocityTimeIntegral: _Final[_Code] = _Code(
    "SCT", "399039004", "Pulmonary Vein D-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein D-Wave Velocity Time Integral (SCT 399039004)."""

PulmonaryVeinSWaveVelocityTimeIntegral: _Final[_Code] = _Code(
    "SCT", "399267001", "Pulmonary Vein S-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein S-Wave Velocity Time Integral (SCT 399267001)."""

PulmonaryVeinToAtriumConnection: _Final[_Code] = _Code(
    "SCT", "443297004", "Pulmonary Vein to Atrium Connection", (12283,)
)
"""Pulmonary Vein to Atrium Connection (SCT 443297004)."""

PulmonaryVeinWedge: _Final[_Code] = _Code("SCT", "371829003", "Pulmonary vein wedge", (3606,))
"""Pulmonary vein wedge (SCT 371829003)."""

PulmonaryVein_122972007: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007)."""

PulmonaryVein_430757002: _Final[_Code] = _Code(
    "SCT", "430757002", "Pulmonary Vein", (3840, 12283, 12305)
)
"""Pulmonary Vein (SCT 430757002)."""

PulmonaryVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004)."""

PulmonicRing: _Final[_Code] = _Code("SCT", "90318009", "Pulmonic ring", (3011, 12305))
"""Pulmonic ring (SCT 90318009)."""

PulmonicValveArea: _Final[_Code] = _Code("SCT", "251013007", "Pulmonic Valve Area", (3614,))
"""Pulmonic Valve Area (SCT 251013007)."""

PulmonicValveDisease: _Final[_Code] = _Code("SCT", "76267008", "Pulmonic valve disease", (3700,))
"""Pulmonic valve disease (SCT 76267008)."""

PulmonicValveStenosis: _Final[_Code] = _Code("SCT", "56786000", "Pulmonic valve stenosis", (12248,))
"""Pulmonic valve stenosis (SCT 56786000)."""

Pulmonology: _Final[_Code] = _Code("SCT", "309918008", "Pulmonology", (7030,))
"""Pulmonology (SCT 309918008)."""

PulsatilityIndex: _Final[_Code] = _Code("SCT", "252068008", "Pulsatility Index", (3620,))
"""Pulsatility Index (SCT 252068008)."""

PunctateCalcification: _Final[_Code] = _Code("SCT", "129755006", "Punctate calcification", (6011,))
"""Punctate calcification (SCT 129755006)."""

Pupillograph: _Final[_Code] = _Code("SCT", "420827006", "Pupillograph", (4202,))
"""Pupillograph (SCT 420827006)."""

PurkinjeFibers: _Final[_Code] = _Code("SCT", "13050003", "Purkinje fibers", (3011,))
"""Purkinje fibers (SCT 13050003)."""

Purple: _Final[_Code] = _Code("SCT", "371250004", "Purple", (4411,))
"""Purple (SCT 371250004)."""

Putamen: _Final[_Code] = _Code("SCT", "89278009", "Putamen", (7140, 7153))
"""Putamen (SCT 89278009)."""

PyloricLymphNode: _Final[_Code] = _Code("SCT", "24889003", "pyloric lymph node", (7600,))
"""pyloric lymph node (SCT 24889003)."""

PyriformSinus: _Final[_Code] = _Code("SCT", "6217003", "pyriform sinus", (7601,))
"""pyriform sinus (SCT 6217003)."""

PyronineBStain: _Final[_Code] = _Code("SCT", "76001002", "pyronine B stain", (8112,))
"""pyronine B stain (SCT 76001002)."""

PyronineGStain: _Final[_Code] = _Code("SCT", "43106008", "pyronine G stain", (8112,))
"""pyronine G stain (SCT 43106008)."""

QuadrantectomyOfBreast: _Final[_Code] = _Code(
    "SCT", "172049005", "Quadrantectomy of breast", (6060,)
)
"""Quadrantectomy of breast (SCT 172049005)."""

Quantity: _Final[_Code] = _Code("SCT", "246205007", "Quantity", (9000,))
"""Quantity (SCT 246205007)."""

QuinacrineFluorescentStain: _Final[_Code] = _Code(
    "SCT", "406968003", "quinacrine fluorescent stain", (8112,)
)
"""quinacrine fluorescent stain (SCT 406968003)."""

Quinidine: _Final[_Code] = _Code("SCT", "31306009", "Quinidine", (10,))
"""Quinidine (SCT 31306009)."""

QuinoloneAntibiotic: _Final[_Code] = _Code("SCT", "372722000", "Quinolone antibiotic", (622,))
"""Quinolone antibiotic (SCT 372722000)."""

RK: _Final[_Code] = _Code("SCT", "51683002", "RK", (4234,))
"""RK (SCT 51683002)."""

RVCardiacIndex: _Final[_Code] = _Code("SCT", "427990004", "RV Cardiac Index", (12204,))
"""RV Cardiac Index (SCT 427990004)."""

RVCardiacOutput: _Final[_Code] = _Code("SCT", "428628004", "RV Cardiac Output", (12204,))
"""RV Cardiac Output (SCT 428628004)."""

RVStrokeIndex: _Final[_Code] = _Code("SCT", "429619008", "RV Stroke Index", (12204,))
"""RV Stroke Index (SCT 429619008)."""

RVStrokeVolume: _Final[_Code] = _Code("SCT", "429483009", "RV Stroke Volume", (12204,))
"""RV Stroke Volume (SCT 429483009)."""

RacemoseAneurysm: _Final[_Code] = _Code("SCT", "14156004", "racemose aneurysm", (3808,))
"""racemose aneurysm (SCT 14156004)."""

RacloprideC11: _Final[_Code] = _Code("SCT", "129512009", "Raclopride C^11^", (4021,))
"""Raclopride C^11^ (SCT 129512009)."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007)."""

RadialScar: _Final[_Code] = _Code("SCT", "133855003", "Radial scar", (6031,))
"""Radial scar (SCT 133855003)."""

RadialVein: _Final[_Code] = _Code("SCT", "52359001", "Radial vein", (12108,))
"""Radial vein (SCT 52359001)."""

RadiationTherapist: _Final[_Code] = _Code(
    "SCT", "3430008", "Radiation Therapist", (7452, 9536, 9562)
)
"""Radiation Therapist (SCT 3430008)."""

RadiationTherapy: _Final[_Code] = _Code("SCT", "108290001", "Radiation therapy", (6085,))
"""Radiation therapy (SCT 108290001)."""

RadicalAortopulmonaryReconstructWRVToPAValvelessConduit: _Final[_Code] = _Code(
    "SCT", "429616001", "Radical aortopulmonary reconstruct w RV to PA valveless conduit", (12247,)
)
"""Radical aortopulmonary reconstruct w RV to PA valveless conduit (SCT 429616001)."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004)."""

RadiofrequencyAblation: _Final[_Code] = _Code(
    "SCT", "879916008", "Radiofrequency ablation", (4409,)
)
"""Radiofrequency ablation (SCT 879916008)."""

RadiofrequencyAblationDevice: _Final[_Code] = _Code(
    "SCT", "371791001", "Radiofrequency Ablation Device", (3411,)
)
"""Radiofrequency Ablation Device (SCT 371791001)."""

RadiofrequencyAblationProcedurePhase: _Final[_Code] = _Code(
    "SCT", "129089003", "Radiofrequency Ablation procedure phase", (3254,)
)
"""Radiofrequency Ablation procedure phase (SCT 129089003)."""

RadiographicCalcificationFinding: _Final[_Code] = _Code(
    "SCT", "129748009", "Radiographic calcification finding", (6055,)
)
"""Radiographic calcification finding (SCT 129748009)."""

RadioisotopeScanOfLymphaticSystem: _Final[_Code] = _Code(
    "SCT", "169167001", "Radioisotope scan of lymphatic system", (6050,)
)
"""Radioisotope scan of lymphatic system (SCT 169167001)."""

RadioisotopeStudyOfEndocrineSystem: _Final[_Code] = _Code(
    "SCT", "7562007", "Radioisotope study of endocrine system", (3108,)
)
"""Radioisotope study of endocrine system (SCT 7562007)."""

RadioisotopeStudyOfGastrointestinalSystem: _Final[_Code] = _Code(
    "SCT", "53585008", "Radioisotope study of gastrointestinal system", (3108,)
)
"""Radioisotope study of gastrointestinal system (SCT 53585008)."""

RadioisotopeStudyOfGenitourinarySystem: _Final[_Code] = _Code(
    "SCT", "76927004", "Radioisotope study of genitourinary system", (3108,)
)
"""Radioisotope study of genitourinary system (SCT 76927004)."""

RadioisotopeStudyOfHematopoieticSystem: _Final[_Code] = _Code(
    "SCT", "41842006", "Radioisotope study of hematopoietic system", (3108,)
)
"""Radioisotope study of hematopoietic system (SCT 41842006)."""

RadioisotopeStudyOfMusculoskeletalSystem: _Final[_Code] = _Code(
    "SCT", "68796002", "Radioisotope study of musculoskeletal system", (3108,)
)
"""Radioisotope study of musculoskeletal system (SCT 68796002)."""

RadioisotopeStudyOfRespiratorySystem: _Final[_Code] = _Code(
    "SCT", "19086005", "Radioisotope study of respiratory system", (3108,)
)
"""Radioisotope study of respiratory system (SCT 19086005)."""

RadiologicTechnologist: _Final[_Code] = _Code(
    "SCT", "159016003", "Radiologic Technologist", (7452, 9536)
)
"""Radiologic Technologist (SCT 159016003)."""

Radiology: _Final[_Code] = _Code("SCT", "309964003", "Radiology", (7030,))
"""Radiology (SCT 309964003)."""

RadionuclideAngiocardiography: _Final[_Code] = _Code(
    "SCT", "426940008", "Radionuclide angiocardiography", (3757,)
)
"""Radionuclide angiocardiography (SCT 426940008)."""

RadionuclideLocalizationOfTumor: _Final[_Code] = _Code(
    "SCT", "45316007", "Radionuclide localization of tumor", (3108,)
)
"""Radionuclide localization of tumor (SCT 45316007)."""

RadionuclideLocalizationOfTumorLimitedArea: _Final[_Code] = _Code(
    "SCT", "66377006", "Radionuclide localization of tumor, limited area", (6050,)
)
"""Radionuclide localization of tumor, limited area (SCT 66377006)."""

RadionuclideMyocardialPerfusionStudy: _Final[_Code] = _Code(
    "SCT", "252432008", "Radionuclide myocardial perfusion study", (3757,)
)
"""Radionuclide myocardial perfusion study (SCT 252432008)."""

RadionuclideStudyForLocalizationOfInflammatoryDisease: _Final[_Code] = _Code(
    "SCT", "252680004", "Radionuclide study for localization of inflammatory disease", (3108,)
)
"""Radionuclide study for localization of inflammatory disease (SCT 252680004)."""

RadionuclideVentriculography: _Final[_Code] = _Code(
    "SCT", "85606007", "Radionuclide ventriculography", (3744,)
)
"""Radionuclide ventriculography (SCT 85606007)."""

RadiopharmaceuticalAdverseReaction: _Final[_Code] = _Code(
    "SCT", "292094009", "Radiopharmaceutical Adverse Reaction", (9301,)
)
"""Radiopharmaceutical Adverse Reaction (SCT 292094009)."""

Radiotherapy: _Final[_Code] = _Code("SCT", "309903007", "Radiotherapy", (7030,))
"""Radiotherapy (SCT 309903007)."""

Radium223Dichloride: _Final[_Code] = _Code("SCT", "724024003", "Radium^223^ dichloride", (25,))
"""Radium^223^ dichloride (SCT 724024003)."""

RadiusAndUlna: _Final[_Code] = _Code("SCT", "110535000", "Radius and ulna", (7483,))
"""Radius and ulna (SCT 110535000)."""

Radius_131190003: _Final[_Code] = _Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003)."""

Radius_62413002: _Final[_Code] = _Code("SCT", "62413002", "Radius", (7304, 12021))
"""Radius (SCT 62413002)."""

Rafert: _Final[_Code] = _Code("SCT", "423720000", "Rafert", (4012,))
"""Rafert (SCT 423720000)."""

RafertLong: _Final[_Code] = _Code("SCT", "422534007", "Rafert-Long", (4012,))
"""Rafert-Long (SCT 422534007)."""

Raloxifene: _Final[_Code] = _Code("SCT", "109029006", "Raloxifene", (6080,))
"""Raloxifene (SCT 109029006)."""

RampProtocol: _Final[_Code] = _Code("SCT", "129099008", "Ramp protocol", (3261,))
"""Ramp protocol (SCT 129099008)."""

RangeOfLowerMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371885007", "-, range of lower measurement uncertainty", (225,)
)
"""-, range of lower measurement uncertainty (SCT 371885007)."""

RangeOfMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371884006", "+/-, range of measurement uncertainty", (225,)
)
"""+/-, range of measurement uncertainty (SCT 371884006)."""

RangeOfUpperMeasurementUncertainty: _Final[_Code] = _Code(
    "SCT", "371886008", "+, range of upper measurement uncertainty", (225,)
)
"""+, range of upper measurement uncertainty (SCT 371886008)."""

Rash: _Final[_Code] = _Code("SCT", "271807003", "Rash", (6062,))
"""Rash (SCT 271807003)."""

RastelliInterventricularTunnel: _Final[_Code] = _Code(
    "SCT", "443260009", "Rastelli Interventricular Tunnel", (12288,)
)
"""Rastelli Interventricular Tunnel (SCT 443260009)."""

RastelliOperation: _Final[_Code] = _Code("SCT", "44777001", "Rastelli operation", (12247,))
"""Rastelli operation (SCT 44777001)."""

Ratio: _Final[_Code] = _Code("SCT", "118586006", "Ratio", (12303,))
"""Ratio (SCT 118586006)."""

RatioOfAorticValveAccelerationTimeToEjectionTime: _Final[_Code] = _Code(
    "SCT", "399058008", "Ratio of Aortic Valve Acceleration Time to Ejection Time", (12211,)
)
"""Ratio of Aortic Valve Acceleration Time to Ejection Time (SCT 399058008)."""

RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_Code] = _Code(
    "SCT",
    "399140004",
    "Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave",
    (12203, 12257),
)
"""Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave (SCT 399140004)."""

RatioOfPulmonicValveAccelerationTimeToEjectionTime: _Final[_Code] = _Code(
    "SCT", "399238002", "Ratio of Pulmonic Valve Acceleration Time to Ejection Time", (12209,)
)
"""Ratio of Pulmonic Valve Acceleration Time to Ejection Time (SCT 399238002)."""

Rattus: _Final[_Code] = _Code("SCT", "371564000", "Rattus", (7454,))
"""Rattus (SCT 371564000)."""

RattusNorvegicus: _Final[_Code] = _Code("SCT", "371565004", "Rattus norvegicus", (7454,))
"""Rattus norvegicus (SCT 371565004)."""

RaynaudDisease: _Final[_Code] = _Code("SCT", "195295006", "Raynaud's disease", (3805,))
"""Raynaud's disease (SCT 195295006)."""

RecentMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "428752002", "Recent Myocardial infarction", (3205,)
)
"""Recent Myocardial infarction (SCT 428752002)."""

RecoveryRoom: _Final[_Code] = _Code("SCT", "398161000", "Recovery room", (603,))
"""Recovery room (SCT 398161000)."""

RectalCatheter: _Final[_Code] = _Code("SCT", "705541005", "Rectal Catheter", (74,))
"""Rectal Catheter (SCT 705541005)."""

RectalMass: _Final[_Code] = _Code("SCT", "248523006", "Rectal mass", (6201,))
"""Rectal mass (SCT 248523006)."""

RectalTemperature: _Final[_Code] = _Code("SCT", "307047009", "Rectal temperature", (636,))
"""Rectal temperature (SCT 307047009)."""

RectalTube: _Final[_Code] = _Code("SCT", "67966000", "Rectal tube", (6203,))
"""Rectal tube (SCT 67966000)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

Recumbent: _Final[_Code] = _Code("SCT", "102538003", "recumbent", (19,))
"""recumbent (SCT 102538003)."""

RecurrenceOfTumor: _Final[_Code] = _Code("SCT", "25173007", "Recurrence of tumor", (6146,))
"""Recurrence of tumor (SCT 25173007)."""

Recurrent: _Final[_Code] = _Code("SCT", "255227004", "Recurrent", (3770,))
"""Recurrent (SCT 255227004)."""

RecurrentAnginaPostCABG: _Final[_Code] = _Code(
    "SCT", "371810009", "Recurrent angina Post-CABG", (3700,)
)
"""Recurrent angina Post-CABG (SCT 371810009)."""

RecurrentAnginaPostDCA: _Final[_Code] = _Code(
    "SCT", "371812001", "Recurrent angina Post-DCA", (3700,)
)
"""Recurrent angina Post-DCA (SCT 371812001)."""

RecurrentAnginaPostPTCA: _Final[_Code] = _Code(
    "SCT", "371808007", "Recurrent angina Post-PTCA", (3700,)
)
"""Recurrent angina Post-PTCA (SCT 371808007)."""

RecurrentAnginaPostRotationalAtherectomy: _Final[_Code] = _Code(
    "SCT", "371811008", "Recurrent angina Post-Rotational Atherectomy", (3700,)
)
"""Recurrent angina Post-Rotational Atherectomy (SCT 371811008)."""

RecurrentAnginaPostStent: _Final[_Code] = _Code(
    "SCT", "371809004", "Recurrent angina Post-Stent", (3700,)
)
"""Recurrent angina Post-Stent (SCT 371809004)."""

Red: _Final[_Code] = _Code("SCT", "371240000", "Red", (4206, 4255, 4411, 8122))
"""Red (SCT 371240000)."""

RedFree: _Final[_Code] = _Code("SCT", "405739002", "Red free", (4206,))
"""Red free (SCT 405739002)."""

RedOpticalFilter: _Final[_Code] = _Code("SCT", "445279009", "Red optical filter", (4204, 8124))
"""Red optical filter (SCT 445279009)."""

ReductionMammoplasty: _Final[_Code] = _Code(
    "SCT", "59214008", "Reduction mammoplasty", (6051, 6084)
)
"""Reduction mammoplasty (SCT 59214008)."""

RefractiveError: _Final[_Code] = _Code("SCT", "39021009", "Refractive Error", (4222,))
"""Refractive Error (SCT 39021009)."""

Regional: _Final[_Code] = _Code("SCT", "410674003", "Regional", (6337,))
"""Regional (SCT 410674003)."""

RegionalAnesthesia: _Final[_Code] = _Code("SCT", "27372005", "Regional anesthesia", (612,))
"""Regional anesthesia (SCT 27372005)."""

RegionalCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129767008", "Regional calcification distribution", (6013,)
)
"""Regional calcification distribution (SCT 129767008)."""

RegionalLymphNode: _Final[_Code] = _Code("SCT", "312500006", "regional lymph node", (7600,))
"""regional lymph node (SCT 312500006)."""

Registrar: _Final[_Code] = _Code("SCT", "158971006", "Registrar", (7452,))
"""Registrar (SCT 158971006)."""

RegurgitantFlow: _Final[_Code] = _Code("SCT", "397417004", "Regurgitant Flow", (12221,))
"""Regurgitant Flow (SCT 397417004)."""

RegurgitantFraction: _Final[_Code] = _Code(
    "SCT", "399301000", "Regurgitant Fraction", (12222, 12304)
)
"""Regurgitant Fraction (SCT 399301000)."""

Regurgitation: _Final[_Code] = _Code("SCT", "10337008", "Regurgitation", (3711,))
"""Regurgitation (SCT 10337008)."""

Rehabilitation: _Final[_Code] = _Code("SCT", "309940004", "Rehabilitation", (7030,))
"""Rehabilitation (SCT 309940004)."""

Remifentanil: _Final[_Code] = _Code("SCT", "386839004", "Remifentanil", (66,))
"""Remifentanil (SCT 386839004)."""

RemovalOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "27315000", "Removal of breast implant", (6084,)
)
"""Removal of breast implant (SCT 27315000)."""

RemovalOfCatheter: _Final[_Code] = _Code("SCT", "103715008", "Removal of catheter", (9,))
"""Removal of catheter (SCT 103715008)."""

RemovalOfDevice: _Final[_Code] = _Code("SCT", "128538000", "Removal of device", (8109,))
"""Removal of device (SCT 128538000)."""

RemovalOfForeignBody: _Final[_Code] = _Code("SCT", "10849003", "Removal of foreign body", (9,))
"""Removal of foreign body (SCT 10849003)."""

RemovalOfImplantSincePreviousMammogram: _Final[_Code] = _Code(
    "SCT", "129730000", "Removal of implant since previous mammogram", (6003,)
)
"""Removal of implant since previous mammogram (SCT 129730000)."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal artery (SCT 2841007)."""

RenalCellCarcinoma: _Final[_Code] = _Code("SCT", "702391001", "Renal cell carcinoma", (639,))
"""Renal cell carcinoma (SCT 702391001)."""

RenalFailure: _Final[_Code] = _Code("SCT", "42399005", "Renal failure", (3755,))
"""Renal failure (SCT 42399005)."""

RenalHilarLymphNode: _Final[_Code] = _Code("SCT", "249708006", "renal hilar lymph node", (7600,))
"""renal hilar lymph node (SCT 249708006)."""

RenalPelvis: _Final[_Code] = _Code("SCT", "25990002", "Renal pelvis", (4,))
"""Renal pelvis (SCT 25990002)."""

RenalStone: _Final[_Code] = _Code("SCT", "386103008", "Renal stone", (300,))
"""Renal stone (SCT 386103008)."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007)."""

RepairByNailing: _Final[_Code] = _Code("SCT", "35860002", "Repair by nailing", (7310,))
"""Repair by nailing (SCT 35860002)."""

RepairOfCoarctationOfAorta: _Final[_Code] = _Code(
    "SCT", "274022008", "Repair of coarctation of aorta", (12247,)
)
"""Repair of coarctation of aorta (SCT 274022008)."""

RepairOfDefectOfTheAtrioventricularSeptum: _Final[_Code] = _Code(
    "SCT", "174836000", "Repair of defect of the atrioventricular septum", (12247,)
)
"""Repair of defect of the atrioventricular septum (SCT 174836000)."""

RepairOfTotalAnomalousPulmonaryVenousConnection: _Final[_Code] = _Code(
    "SCT", "174830006", "Repair of total anomalous pulmonary venous connection", (12247,)
)
"""Repair of total anomalous pulmonary venous connection (SCT 174830006)."""

Representative: _Final[_Code] = _Code("SCT", "371916004", "Representative", (3676,))
"""Representative (SCT 371916004)."""

RequestByPhysician: _Final[_Code] = _Code("SCT", "103321005", "Request by Physician", (3205,))
"""Request by Physician (SCT 103321005)."""

Resident: _Final[_Code] = _Code("SCT", "405277009", "Resident", (7452, 9536, 9555, 9562))
"""Resident (SCT 405277009)."""

ResolutionOfIschemia: _Final[_Code] = _Code("SCT", "428824000", "Resolution of ischemia", (3235,))
"""Resolution of ischemia (SCT 428824000)."""

RespirationAssessment: _Final[_Code] = _Code("SCT", "364062005", "Respiration assessment", (3441,))
"""Respiration assessment (SCT 364062005)."""

RespirationImpedanceWaveform: _Final[_Code] = _Code(
    "SCT", "128436004", "Respiration impedance waveform", (3003,)
)
"""Respiration impedance waveform (SCT 128436004)."""

RespirationIntermittent: _Final[_Code] = _Code(
    "SCT", "271824009", "respiration intermittent", (3416,)
)
"""respiration intermittent (SCT 271824009)."""

RespiratoryStimulant: _Final[_Code] = _Code("SCT", "418760000", "Respiratory stimulant", (622,))
"""Respiratory stimulant (SCT 418760000)."""

Restenotic: _Final[_Code] = _Code("SCT", "371893007", "Restenotic", (3712,))
"""Restenotic (SCT 371893007)."""

RestingState: _Final[_Code] = _Code(
    "SCT", "128975004", "Resting State", (3101, 3102, 3207, 3250, 3262, 3602, 3651)
)
"""Resting State (SCT 128975004)."""

Restrictive: _Final[_Code] = _Code("SCT", "253551005", "Restrictive", (3707,))
"""Restrictive (SCT 253551005)."""

RestrictiveCardiomyopathy: _Final[_Code] = _Code(
    "SCT", "90828009", "Restrictive cardiomyopathy", (3700, 3728)
)
"""Restrictive cardiomyopathy (SCT 90828009)."""

ResurfacingOfTheFemoralHead: _Final[_Code] = _Code(
    "SCT", "445185007", "Resurfacing of the femoral head", (7301,)
)
"""Resurfacing of the femoral head (SCT 445185007)."""

ResurfacingOfThePatella: _Final[_Code] = _Code(
    "SCT", "239503002", "Resurfacing of the patella", (7301,)
)
"""Resurfacing of the patella (SCT 239503002)."""

Retina: _Final[_Code] = _Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

RetinalThicknessAnalyzer: _Final[_Code] = _Code(
    "SCT", "416567007", "Retinal Thickness Analyzer", (4210,)
)
"""Retinal Thickness Analyzer (SCT 416567007)."""

RetrocecalLymphNode: _Final[_Code] = _Code("SCT", "281847004", "retrocecal lymph node", (7600,))
"""retrocecal lymph node (SCT 281847004)."""

RetrogradeFlow: _Final[_Code] = _Code("SCT", "312004007", "Retrograde Flow", (12221, 12306))
"""Retrograde Flow (SCT 312004007)."""

RetromolarTrigone: _Final[_Code] = _Code("SCT", "85816001", "retromolar trigone", (7601,))
"""retromolar trigone (SCT 85816001)."""

RetroperitonealLymphNode: _Final[_Code] = _Code(
    "SCT", "91394001", "retroperitoneal lymph node", (7600,)
)
"""retroperitoneal lymph node (SCT 91394001)."""

Retroperitoneum: _Final[_Code] = _Code("SCT", "82849001", "Retroperitoneum", (4, 7154))
"""Retroperitoneum (SCT 82849001)."""

RetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "25683005", "retropharyngeal lymph node", (7600,)
)
"""retropharyngeal lymph node (SCT 25683005)."""

RetropyloricLymphNode: _Final[_Code] = _Code("SCT", "280402004", "retropyloric lymph node", (7600,))
"""retropyloric lymph node (SCT 280402004)."""

RetrotrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127931000", "retrotracheal lymph node (mediastinal)", (7600,)
)
"""retrotracheal lymph node (mediastinal) (SCT 127931000)."""

ReversibleMyocardialPerfusionDefect: _Final[_Code] = _Code(
    "SCT", "251055003", "Reversible myocardial perfusion defect", (3113,)
)
"""Reversible myocardial perfusion defect (SCT 251055003)."""

RheinbergFilter: _Final[_Code] = _Code("SCT", "445623003", "Rheinberg filter", (8124,))
"""Rheinberg filter (SCT 445623003)."""

Rhese: _Final[_Code] = _Code("SCT", "399234000", "Rhese", (4012,))
"""Rhese (SCT 399234000)."""

RheumaticFever: _Final[_Code] = _Code("SCT", "58718002", "Rheumatic Fever", (12248,))
"""Rheumatic Fever (SCT 58718002)."""

Rheumatology: _Final[_Code] = _Code("SCT", "309941000", "Rheumatology", (7030,))
"""Rheumatology (SCT 309941000)."""

RhodamineBStain: _Final[_Code] = _Code("SCT", "27671009", "rhodamine B stain", (8112,))
"""rhodamine B stain (SCT 27671009)."""

RhodamineStain: _Final[_Code] = _Code("SCT", "406977005", "rhodamine stain", (8112,))
"""rhodamine stain (SCT 406977005)."""

Rhodium: _Final[_Code] = _Code("SCT", "59801003", "Rhodium", (10006, 10016))
"""Rhodium (SCT 59801003)."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003)."""

Right: _Final[_Code] = _Code("SCT", "24028007", "Right", (2, 5, 247, 12117))
"""Right (SCT 24028007)."""

Right20DegreeDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442627009", "Right 20 degree dorsal-left ventral oblique", (7484,)
)
"""Right 20 degree dorsal-left ventral oblique (SCT 442627009)."""

Right20DegreeRostralLeftCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442743006", "Right 20 degree rostral-left caudal oblique", (7484,)
)
"""Right 20 degree rostral-left caudal oblique (SCT 442743006)."""

Right20DegreeVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442612009", "Right 20 degree ventral-left dorsal oblique", (7484,)
)
"""Right 20 degree ventral-left dorsal oblique (SCT 442612009)."""

Right30DegreeCaudalLeftRostralOblique: _Final[_Code] = _Code(
    "SCT", "442605000", "Right 30 degree caudal-left rostral oblique", (7484,)
)
"""Right 30 degree caudal-left rostral oblique (SCT 442605000)."""

Right45DegreeDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442660007", "Right 45 degree dorsal-left ventral oblique", (7484,)
)
"""Right 45 degree dorsal-left ventral oblique (SCT 442660007)."""

Right45DegreeVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442628004", "Right 45 degree ventral-left dorsal oblique", (7484,)
)
"""Right 45 degree ventral-left dorsal oblique (SCT 442628004)."""

RightAnteriorApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716936005", "Right anterior apical peripheral zone of prostate", (6301, 6303)
)
"""Right anterior apical peripheral zone of prostate (SCT 716936005)."""

RightAnteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716930004", "Right anterior apical transition zone of prostate", (6301,)
)
"""Right anterior apical transition zone of prostate (SCT 716930004)."""

RightAnteriorBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716904003", "Right anterior basal peripheral zone of prostate", (6301, 6303)
)
"""Right anterior basal peripheral zone of prostate (SCT 716904003)."""

RightAnteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716896009", "Right anterior basal transition zone of prostate", (6301,)
)
"""Right anterior basal transition zone of prostate (SCT 716896009)."""

RightAnteriorMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716919002", "Right anterior middle peripheral zone of prostate", (6301, 6303)
)
"""Right anterior middle peripheral zone of prostate (SCT 716919002)."""

RightAnteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716913001", "Right anterior middle transition zone of prostate", (6301,)
)
"""Right anterior middle transition zone of prostate (SCT 716913001)."""

RightAnteriorOblique_399108003: _Final[_Code] = _Code(
    "SCT", "399108003", "Right anterior oblique", (26,)
)
"""Right anterior oblique (SCT 399108003)."""

RightAnteriorOblique_399356000: _Final[_Code] = _Code(
    "SCT", "399356000", "Right Anterior Oblique", (3466, 4010)
)
"""Right Anterior Oblique (SCT 399356000)."""

RightApicalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716926002", "Right apical anterior fibromuscular stroma of prostate", (6301,)
)
"""Right apical anterior fibromuscular stroma of prostate (SCT 716926002)."""

RightApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716934008", "Right apical peripheral zone of prostate", (6302,)
)
"""Right apical peripheral zone of prostate (SCT 716934008)."""

RightApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716928001", "Right apical transition zone of prostate", (6302, 6303)
)
"""Right apical transition zone of prostate (SCT 716928001)."""

RightAtrialPressure: _Final[_Code] = _Code("SCT", "276755008", "Right Atrial Pressure", (3641,))
"""Right Atrial Pressure (SCT 276755008)."""

RightAtrioventricularOstium: _Final[_Code] = _Code(
    "SCT", "90561006", "Right atrioventricular ostium", (3011,)
)
"""Right atrioventricular ostium (SCT 90561006)."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009)."""

RightAtriumPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128440008", "Right atrium pressure waveform", (3003,)
)
"""Right atrium pressure waveform (SCT 128440008)."""

RightAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "68300000", "Right auricular appendage", (3010, 3011, 12284)
)
"""Right auricular appendage (SCT 68300000)."""

RightBasalAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716892006", "Right basal anterior fibromuscular stroma of prostate", (6301,)
)
"""Right basal anterior fibromuscular stroma of prostate (SCT 716892006)."""

RightBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716902004", "Right basal peripheral zone of prostate", (6302,)
)
"""Right basal peripheral zone of prostate (SCT 716902004)."""

RightBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716894007", "Right basal transition zone of prostate", (6302, 6303)
)
"""Right basal transition zone of prostate (SCT 716894007)."""

RightBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "57383004", "Right branch of Atrioventricular bundle", (3011,)
)
"""Right branch of Atrioventricular bundle (SCT 57383004)."""

RightBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "69421009", "Right Branch of Hepatic Artery", (12112,)
)
"""Right Branch of Hepatic Artery (SCT 69421009)."""

RightBreast: _Final[_Code] = _Code("SCT", "73056007", "Right breast", (6023,))
"""Right breast (SCT 73056007)."""

RightBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "59118001", "Right bundle branch block", (3230,)
)
"""Right bundle branch block (SCT 59118001)."""

RightCaudalLeftRostralOblique: _Final[_Code] = _Code(
    "SCT", "442629007", "Right caudal-left rostral oblique", (7484,)
)
"""Right caudal-left rostral oblique (SCT 442629007)."""

RightCommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "65355003", "Right Common Carotid Artery", (12291,)
)
"""Right Common Carotid Artery (SCT 65355003)."""

RightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "13647002", "Right Coronary Artery", (3016, 12292)
)
"""Right Coronary Artery (SCT 13647002)."""

RightCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "56789007", "Right Coronary Artery Ostium", (3014,)
)
"""Right Coronary Artery Ostium (SCT 56789007)."""

RightCoronaryDominance: _Final[_Code] = _Code(
    "SCT", "253728007", "Right Coronary Dominance", (3710,)
)
"""Right Coronary Dominance (SCT 253728007)."""

RightDorsalLeftVentralOblique: _Final[_Code] = _Code(
    "SCT", "442607008", "Right dorsal-left ventral oblique", (7484,)
)
"""Right dorsal-left ventral oblique (SCT 442607008)."""

RightDowngaze: _Final[_Code] = _Code("SCT", "255524005", "Right downgaze", (4201,))
"""Right downgaze (SCT 255524005)."""

RightFemoralArtery: _Final[_Code] = _Code("SCT", "69833005", "Right femoral artery", (3010, 3606))
"""Right femoral artery (SCT 69833005)."""

RightGaze: _Final[_Code] = _Code("SCT", "255531009", "Right gaze", (4201,))
"""Right gaze (SCT 255531009)."""

RightGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444001009", "Right Glenn shunt procedure", (12247,)
)
"""Right Glenn shunt procedure (SCT 444001009)."""

RightHepaticVein: _Final[_Code] = _Code("SCT", "272998002", "Right Hepatic Vein", (12114,))
"""Right Hepatic Vein (SCT 272998002)."""

RightHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133946002", "Right hypochondriac region", (4,)
)
"""Right hypochondriac region (SCT 133946002)."""

RightInguinalRegion: _Final[_Code] = _Code("SCT", "37117007", "Right inguinal region", (4,))
"""Right inguinal region (SCT 37117007)."""

RightLateral: _Final[_Code] = _Code("SCT", "399198007", "right lateral", (4010, 7484))
"""right lateral (SCT 399198007)."""

RightLateralDecubitus: _Final[_Code] = _Code(
    "SCT", "102535000", "right lateral decubitus", (20, 6206)
)
"""right lateral decubitus (SCT 102535000)."""

RightLateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716917000", "Right lateral middle peripheral zone of prostate", (6302,)
)
"""Right lateral middle peripheral zone of prostate (SCT 716917000)."""

RightLateralProjection: _Final[_Code] = _Code("SCT", "399297009", "Right lateral projection", (26,))
"""Right lateral projection (SCT 399297009)."""

RightLobeOfThyroid: _Final[_Code] = _Code("SCT", "29565003", "Right lobe of thyroid", (12131,))
"""Right lobe of thyroid (SCT 29565003)."""

RightLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "48544008", "Right lower quadrant of abdomen", (4,)
)
"""Right lower quadrant of abdomen (SCT 48544008)."""

RightLowerSegment: _Final[_Code] = _Code("SCT", "255496004", "Right Lower Segment", (12219,))
"""Right Lower Segment (SCT 255496004)."""

RightLumbarRegion: _Final[_Code] = _Code("SCT", "1017211000", "Right lumbar region", (4,))
"""Right lumbar region (SCT 1017211000)."""

RightMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "73931004", "Right Main Branch of Portal Vein", (12114,)
)
"""Right Main Branch of Portal Vein (SCT 73931004)."""

RightMainBronchus: _Final[_Code] = _Code("SCT", "70074004", "Right main bronchus", (6149,))
"""Right main bronchus (SCT 70074004)."""

RightMiddleAnteriorFibromuscularStromaOfProstate: _Final[_Code] = _Code(
    "SCT", "716909008", "Right middle anterior fibromuscular stroma of prostate", (6301,)
)
"""Right middle anterior fibromuscular stroma of prostate (SCT 716909008)."""

RightMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716911004", "Right middle transition zone of prostate", (6302, 6303)
)
"""Right middle transition zone of prostate (SCT 716911004)."""

RightOblique: _Final[_Code] = _Code("SCT", "399236003", "right oblique", (4010,))
"""right oblique (SCT 399236003)."""

RightPleura: _Final[_Code] = _Code("SCT", "44788007", "Right Pleura", (12294,))
"""Right Pleura (SCT 44788007)."""

RightPosteriorAVCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "12800002", "Right posterior AV Coronary Artery", (3014,)
)
"""Right posterior AV Coronary Artery (SCT 12800002)."""

RightPosteriorApicalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716932007", "Right posterior apical transition zone of prostate", (6301,)
)
"""Right posterior apical transition zone of prostate (SCT 716932007)."""

RightPosteriorBasalTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716898005", "Right posterior basal transition zone of prostate", (6301,)
)
"""Right posterior basal transition zone of prostate (SCT 716898005)."""

RightPosteriorMiddleTransitionZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716915008", "Right posterior middle transition zone of prostate", (6301,)
)
"""Right posterior middle transition zone of prostate (SCT 716915008)."""

RightPosteriorOblique_399038007: _Final[_Code] = _Code(
    "SCT", "399038007", "right posterior oblique", (4010,)
)
"""right posterior oblique (SCT 399038007)."""

RightPosteriorOblique_399075002: _Final[_Code] = _Code(
    "SCT", "399075002", "Right posterior oblique", (26,)
)
"""Right posterior oblique (SCT 399075002)."""

RightPosterolateralApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716938006", "Right posterolateral apical peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral apical peripheral zone of prostate (SCT 716938006)."""

RightPosterolateralBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716906001", "Right posterolateral basal peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral basal peripheral zone of prostate (SCT 716906001)."""

RightPosterolateralMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716921007", "Right posterolateral middle peripheral zone of prostate", (6301, 6303)
)
"""Right posterolateral middle peripheral zone of prostate (SCT 716921007)."""

RightPosteromedialApicalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716940001", "Right posteromedial apical peripheral zone of prostate", (6301, 6303)
)
"""Right posteromedial apical peripheral zone of prostate (SCT 716940001)."""

RightPosteromedialBasalPeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "836428004", "Right posteromedial basal peripheral zone of prostate", (6304,)
)
"""Right posteromedial basal peripheral zone of prostate (SCT 836428004)."""

RightPosteromedialMiddlePeripheralZoneOfProstate: _Final[_Code] = _Code(
    "SCT", "716923005", "Right posteromedial middle peripheral zone of prostate", (6301, 6302, 6303)
)
"""Right posteromedial middle peripheral zone of prostate (SCT 716923005)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002)."""

RightPulmonaryVein: _Final[_Code] = _Code("SCT", "91539005", "Right Pulmonary Vein", (3840,))
"""Right Pulmonary Vein (SCT 91539005)."""

RightRostralLeftCaudalOblique: _Final[_Code] = _Code(
    "SCT", "442747007", "Right rostral-left caudal oblique", (7484,)
)
"""Right rostral-left caudal oblique (SCT 442747007)."""

RightSeminalVesicle: _Final[_Code] = _Code(
    "SCT", "74308000", "Right seminal vesicle", (6301, 6302, 6303)
)
"""Right seminal vesicle (SCT 74308000)."""

RightSidedBidirectionalGlennShuntProcedure: _Final[_Code] = _Code(
    "SCT", "444034006", "Right-sided bidirectional Glenn shunt procedure", (12247,)
)
"""Right-sided bidirectional Glenn shunt procedure (SCT 444034006)."""

RightSinusOfValsalva: _Final[_Code] = _Code("SCT", "89093001", "Right Sinus of Valsalva", (12291,))
"""Right Sinus of Valsalva (SCT 89093001)."""

RightSubclavianArtery: _Final[_Code] = _Code("SCT", "29700009", "Right Subclavian Artery", (12291,))
"""Right Subclavian Artery (SCT 29700009)."""

RightSuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "443444008", "Right Superior Vena Cava", (12282,)
)
"""Right Superior Vena Cava (SCT 443444008)."""

RightToLeftCardiovascularShunt: _Final[_Code] = _Code(
    "SCT", "79692001", "Right to left cardiovascular shunt", (12221,)
)
"""Right to left cardiovascular shunt (SCT 79692001)."""

RightUpgaze: _Final[_Code] = _Code("SCT", "255526007", "Right upgaze", (4201,))
"""Right upgaze (SCT 255526007)."""

RightUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "50519007", "Right upper quadrant of abdomen", (4,)
)
"""Right upper quadrant of abdomen (SCT 50519007)."""

RightUpperSegment: _Final[_Code] = _Code("SCT", "255499006", "Right Upper Segment", (12219,))
"""Right Upper Segment (SCT 255499006)."""

RightVentralLeftDorsalOblique: _Final[_Code] = _Code(
    "SCT", "442595001", "Right ventral-left dorsal oblique", (7484,)
)
"""Right ventral-left dorsal oblique (SCT 442595001)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

RightVentricleBasalSegment: _Final[_Code] = _Code(
    "SCT", "277635008", "Right Ventricle Basal Segment", (12305,)
)
"""Right Ventricle Basal Segment (SCT 277635008)."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000)."""

RightVentricleMidventricularSegment: _Final[_Code] = _Code(
    "SCT", "277634007", "Right Ventricle Midventricular Segment", (12305,)
)
"""Right Ventricle Midventricular Segment (SCT 277634007)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009)."""

RightVentriclePressureWaveform: _Final[_Code] = _Code(
    "SCT", "128439006", "Right ventricle pressure waveform", (3003,)
)
"""Right ventricle pressure waveform (SCT 128439006)."""

RightVentricleToPulmonaryArteryConduitAnastomosis: _Final[_Code] = _Code(
    "SCT", "443328003", "Right Ventricle to Pulmonary Artery Conduit Anastomosis", (12288,)
)
"""Right Ventricle to Pulmonary Artery Conduit Anastomosis (SCT 443328003)."""

RightVentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "SCT", "276774000", "Right Ventricular End-Diastolic Pressure", (3641,)
)
"""Right Ventricular End-Diastolic Pressure (SCT 276774000)."""

RightVentricularIndexOfMyocardialPerformance: _Final[_Code] = _Code(
    "SCT", "399154007", "Right Ventricular Index of Myocardial Performance", (12204,)
)
"""Right Ventricular Index of Myocardial Performance (SCT 399154007)."""

RightVentricularInflowTractView: _Final[_Code] = _Code(
    "SCT", "398998003", "Right Ventricular Inflow Tract View", (12226,)
)
"""Right Ventricular Inflow Tract View (SCT 398998003)."""

RightVentricularOutflowTractView: _Final[_Code] = _Code(
    "SCT", "399195005", "Right Ventricular Outflow Tract View", (12226,)
)
"""Right Ventricular Outflow Tract View (SCT 399195005)."""

RightVentricularPeakSystolicPressure: _Final[_Code] = _Code(
    "SCT", "399023006", "Right Ventricular Peak Systolic Pressure", (12204,)
)
"""Right Ventricular Peak Systolic Pressure (SCT 399023006)."""

RightVentricularSystolicPressure: _Final[_Code] = _Code(
    "SCT", "276772001", "Right Ventricular Systolic Pressure", (3641,)
)
"""Right Ventricular Systolic Pressure (SCT 276772001)."""

RightVentriculography: _Final[_Code] = _Code("SCT", "265483003", "Right Ventriculography", (3428,))
"""Right Ventriculography (SCT 265483003)."""

Robert: _Final[_Code] = _Code("SCT", "425035007", "Robert", (4012,))
"""Robert (SCT 425035007)."""

RolledInferior: _Final[_Code] = _Code("SCT", "414493004", "Rolled Inferior", (4015,))
"""Rolled Inferior (SCT 414493004)."""

RolledLateral: _Final[_Code] = _Code("SCT", "399197002", "Rolled Lateral", (4015,))
"""Rolled Lateral (SCT 399197002)."""

RolledMedial: _Final[_Code] = _Code("SCT", "399226006", "Rolled Medial", (4015,))
"""Rolled Medial (SCT 399226006)."""

RolledSuperior: _Final[_Code] = _Code("SCT", "415670009", "Rolled Superior", (4015,))
"""Rolled Superior (SCT 415670009)."""

RomanowskyStain: _Final[_Code] = _Code("SCT", "255810000", "Romanowsky stain", (8112,))
"""Romanowsky stain (SCT 255810000)."""

RomboSyndrome: _Final[_Code] = _Code("SCT", "721904001", "Rombo syndrome", (4405,))
"""Rombo syndrome (SCT 721904001)."""

RootOfAorta: _Final[_Code] = _Code("SCT", "8128003", "Root of Aorta", (12289, 12291, 12305))
"""Root of Aorta (SCT 8128003)."""

Rosacea: _Final[_Code] = _Code("SCT", "398909004", "Rosacea", (4405,))
"""Rosacea (SCT 398909004)."""

RoseBengal: _Final[_Code] = _Code("SCT", "330888007", "Rose Bengal", (4200,))
"""Rose Bengal (SCT 330888007)."""

RoseBengalSodiumI131: _Final[_Code] = _Code("SCT", "111159009", "Rose Bengal sodium I^131^", (25,))
"""Rose Bengal sodium I^131^ (SCT 111159009)."""

RoseBengalStain: _Final[_Code] = _Code("SCT", "408742009", "rose bengal stain", (8112,))
"""rose bengal stain (SCT 408742009)."""

Rosenberg: _Final[_Code] = _Code("SCT", "425042007", "Rosenberg", (4012,))
"""Rosenberg (SCT 425042007)."""

RosolicAcidSodiumSaltStain: _Final[_Code] = _Code(
    "SCT", "15529003", "rosolic acid sodium salt stain", (8112,)
)
"""rosolic acid sodium salt stain (SCT 15529003)."""

Rostral20DegreeDorsalCaudoventralOblique: _Final[_Code] = _Code(
    "SCT", "442730006", "Rostral 20 degree dorsal-caudoventral oblique", (7484,)
)
"""Rostral 20 degree dorsal-caudoventral oblique (SCT 442730006)."""

Rostral30DegreeVentralCaudodorsal: _Final[_Code] = _Code(
    "SCT", "442588005", "Rostral 30 degree ventral-caudodorsal", (7484,)
)
"""Rostral 30 degree ventral-caudodorsal (SCT 442588005)."""

Rostrocaudal: _Final[_Code] = _Code("SCT", "442690000", "Rostrocaudal", (7484,))
"""Rostrocaudal (SCT 442690000)."""

RostrodorsalCaudoventralOblique: _Final[_Code] = _Code(
    "SCT", "442637004", "Rostrodorsal-caudoventral oblique", (7484,)
)
"""Rostrodorsal-caudoventral oblique (SCT 442637004)."""

RostroventralCaudodorsal: _Final[_Code] = _Code(
    "SCT", "442586009", "Rostroventral-caudodorsal", (7484,)
)
"""Rostroventral-caudodorsal (SCT 442586009)."""

RotationAction: _Final[_Code] = _Code("SCT", "257912008", "Rotation - action", (94,))
"""Rotation - action (SCT 257912008)."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007)."""

RotationalAtherectomySpeed: _Final[_Code] = _Code(
    "SCT", "371854003", "Rotational Atherectomy Speed", (3425,)
)
"""Rotational Atherectomy Speed (SCT 371854003)."""

RoundShape: _Final[_Code] = _Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002)."""

RoundShapedCalcification: _Final[_Code] = _Code(
    "SCT", "129756007", "Round shaped calcification", (6011,)
)
"""Round shaped calcification (SCT 129756007)."""

Routine: _Final[_Code] = _Code("SCT", "373115008", "Routine", (3676,))
"""Routine (SCT 373115008)."""

RoutineProcedure: _Final[_Code] = _Code("SCT", "373113001", "Routine procedure", (3671,))
"""Routine procedure (SCT 373113001)."""

RubidiumChlorideRb82: _Final[_Code] = _Code("SCT", "129503007", "Rubidium chloride Rb^82^", (4021,))
"""Rubidium chloride Rb^82^ (SCT 129503007)."""

RuptureOfBreastImplant: _Final[_Code] = _Code(
    "SCT", "237473006", "Rupture of breast implant", (6072,)
)
"""Rupture of breast implant (SCT 237473006)."""

RupturedAneurysm: _Final[_Code] = _Code("SCT", "22039006", "ruptured aneurysm", (3808,))
"""ruptured aneurysm (SCT 22039006)."""

RupturedSinusOfValsalva: _Final[_Code] = _Code(
    "SCT", "21379009", "Ruptured Sinus of Valsalva", (3709,)
)
"""Ruptured Sinus of Valsalva (SCT 21379009)."""

SPECT: _Final[_Code] = _Code("SCT", "105371005", "SPECT", (3206, 3757))
"""SPECT (SCT 105371005)."""

SPMIPositiveStressForIschemia: _Final[_Code] = _Code(
    "SCT", "371824008", "s/p MI positive stress for ischemia", (3700,)
)
"""s/p MI positive stress for ischemia (SCT 371824008)."""

STDepression: _Final[_Code] = _Code("SCT", "26141007", "ST depression", (3230, 3233))
"""ST depression (SCT 26141007)."""

STElevation: _Final[_Code] = _Code("SCT", "76388001", "ST elevation", (3230, 3233))
"""ST elevation (SCT 76388001)."""

STElevationMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "401303003", "ST Elevation Myocardial Infarction", (3723,)
)
"""ST Elevation Myocardial Infarction (SCT 401303003)."""

STIntervalNormal: _Final[_Code] = _Code("SCT", "164929001", "ST Interval Normal", (3231,))
"""ST Interval Normal (SCT 164929001)."""

SaccularAneurysm: _Final[_Code] = _Code("SCT", "54002007", "saccular aneurysm", (3808,))
"""saccular aneurysm (SCT 54002007)."""

SacralLymphNode: _Final[_Code] = _Code("SCT", "79926007", "sacral lymph node", (7600,))
"""sacral lymph node (SCT 79926007)."""

SacroCoccygealSpine: _Final[_Code] = _Code(
    "SCT", "1217254007", "Sacro-coccygeal Spine", (4031, 7304)
)
"""Sacro-coccygeal Spine (SCT 1217254007)."""

SacroiliacJoint: _Final[_Code] = _Code("SCT", "39723000", "Sacroiliac joint", (4031,))
"""Sacroiliac joint (SCT 39723000)."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007)."""

SaffronStain: _Final[_Code] = _Code("SCT", "38271009", "saffron stain", (8112,))
"""saffron stain (SCT 38271009)."""

SafraninStain: _Final[_Code] = _Code("SCT", "406988004", "safranin stain", (8112,))
"""safranin stain (SCT 406988004)."""

Sagittal: _Final[_Code] = _Code("SCT", "30730003", "Sagittal", (2, 6, 26, 4010, 6312))
"""Sagittal (SCT 30730003)."""

SagittalObliqueAxial_399273000: _Final[_Code] = _Code(
    "SCT", "399273000", "Sagittal-oblique axial", (26,)
)
"""Sagittal-oblique axial (SCT 399273000)."""

SagittalObliqueAxial_399325008: _Final[_Code] = _Code(
    "SCT", "399325008", "sagittal-oblique axial", (4010,)
)
"""sagittal-oblique axial (SCT 399325008)."""

Saline: _Final[_Code] = _Code("SCT", "373757009", "Saline", (70,))
"""Saline (SCT 373757009)."""

SalineBagProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102324009", "Saline bag prosthesis for imaging procedure", (5,)
)
"""Saline bag prosthesis for imaging procedure (SCT 102324009)."""

SalineThrombectomy: _Final[_Code] = _Code("SCT", "371797002", "Saline Thrombectomy", (3411,))
"""Saline Thrombectomy (SCT 371797002)."""

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005)."""

SalvageProcedure: _Final[_Code] = _Code("SCT", "257950002", "Salvage Procedure", (3414,))
"""Salvage Procedure (SCT 257950002)."""

SamplingOfTissueSpecimen: _Final[_Code] = _Code(
    "SCT", "433465004", "Sampling of tissue specimen", (8111,)
)
"""Sampling of tissue specimen (SCT 433465004)."""

SanoProcedure: _Final[_Code] = _Code("SCT", "442123009", "Sano procedure", (12247,))
"""Sano procedure (SCT 442123009)."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003)."""

SaphenopoplitealJunction: _Final[_Code] = _Code(
    "SCT", "244415001", "Saphenopopliteal junction", (12110,)
)
"""Saphenopopliteal junction (SCT 244415001)."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

Sarcoma: _Final[_Code] = _Code("SCT", "1187396000", "Sarcoma", (639,))
"""Sarcoma (SCT 1187396000)."""

SarcomaOfSoftTissue: _Final[_Code] = _Code("SCT", "424952003", "Sarcoma of soft tissue", (639,))
"""Sarcoma of soft tissue (SCT 424952003)."""

ScaleneLymphNode: _Final[_Code] = _Code("SCT", "81132008", "scalene lymph node", (7600,))
"""scalene lymph node (SCT 81132008)."""

ScalenousAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "50755001", "Scalenous anterior muscle", (6116,)
)
"""Scalenous anterior muscle (SCT 50755001)."""

Scalp: _Final[_Code] = _Code("SCT", "41695006", "Scalp", (4,))
"""Scalp (SCT 41695006)."""

ScalpEEG: _Final[_Code] = _Code("SCT", "252721009", "Scalp EEG", (3049,))
"""Scalp EEG (SCT 252721009)."""

ScanningLaserOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "392001008", "Scanning Laser Ophthalmoscope", (4202,)
)
"""Scanning Laser Ophthalmoscope (SCT 392001008)."""

ScanningLaserPolarimeter: _Final[_Code] = _Code(
    "SCT", "392007007", "Scanning Laser Polarimeter", (4210,)
)
"""Scanning Laser Polarimeter (SCT 392007007)."""

Scaphoid: _Final[_Code] = _Code("SCT", "30518006", "Scaphoid", (1006, 7483))
"""Scaphoid (SCT 30518006)."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000)."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003)."""

ScatteredFibroglandularDensities: _Final[_Code] = _Code(
    "SCT", "129717001", "Scattered fibroglandular densities", (6001,)
)
"""Scattered fibroglandular densities (SCT 129717001)."""

Schuller: _Final[_Code] = _Code("SCT", "399290006", "Schuller", (4012,))
"""Schuller (SCT 399290006)."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

SclerosingAdenosis: _Final[_Code] = _Code("SCT", "50916005", "Sclerosing adenosis", (6031,))
"""Sclerosing adenosis (SCT 50916005)."""

Scraping: _Final[_Code] = _Code("SCT", "56757003", "Scraping", (8109,))
"""Scraping (SCT 56757003)."""

Screening: _Final[_Code] = _Code("SCT", "360156006", "Screening", (3629, 4256, 6061))
"""Screening (SCT 360156006)."""

Scrotum: _Final[_Code] = _Code("SCT", "20233005", "Scrotum", (4,))
"""Scrotum (SCT 20233005)."""

ScrubNurse: _Final[_Code] = _Code("SCT", "415506007", "Scrub nurse", (7452,))
"""Scrub nurse (SCT 415506007)."""

SebaceousCystOfSkinOfBreast: _Final[_Code] = _Code(
    "SCT", "76649007", "Sebaceous cyst of skin of breast", (6064,)
)
"""Sebaceous cyst of skin of breast (SCT 76649007)."""

SecondDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "195042002", "Second degree Atrioventricular block", (3230,)
)
"""Second degree Atrioventricular block (SCT 195042002)."""

SecondIntercostalSpace: _Final[_Code] = _Code("SCT", "117134006", "Second Intercostal Space", (5,))
"""Second Intercostal Space (SCT 117134006)."""

SecondLumbarArtery: _Final[_Code] = _Code("SCT", "397408004", "Second Lumbar Artery", (12111,))
"""Second Lumbar Artery (SCT 397408004)."""

SecondMolarRegion: _Final[_Code] = _Code("SCT", "699505003", "Second molar region", (4017,))
"""Second molar region (SCT 699505003)."""

SecondPremolarRegion: _Final[_Code] = _Code("SCT", "699508001", "Second premolar region", (4017,))
"""Second premolar region (SCT 699508001)."""

SecondarySTTAbnormality: _Final[_Code] = _Code(
    "SCT", "428549008", "Secondary ST-T abnormality", (3230,)
)
"""Secondary ST-T abnormality (SCT 428549008)."""

SecretoryJuvenileCarcinomaOfTheBreast: _Final[_Code] = _Code(
    "SCT", "41919003", "Secretory (juvenile) carcinoma of the breast", (6033,)
)
"""Secretory (juvenile) carcinoma of the breast (SCT 41919003)."""

Sedation: _Final[_Code] = _Code("SCT", "72641008", "Sedation", (612, 9577))
"""Sedation (SCT 72641008)."""

Sedative: _Final[_Code] = _Code("SCT", "372614000", "Sedative", (76,))
"""Sedative (SCT 372614000)."""

SegmentOfLung: _Final[_Code] = _Code("SCT", "72674008", "Segment of lung", (6110,))
"""Segment of lung (SCT 72674008)."""

Segmental: _Final[_Code] = _Code("SCT", "62372003", "Segmental", (6128,))
"""Segmental (SCT 62372003)."""

SegmentalArtery: _Final[_Code] = _Code("SCT", "120234003", "Segmental Artery", (12115,))
"""Segmental Artery (SCT 120234003)."""

SegmentalCalcificationDistribution: _Final[_Code] = _Code(
    "SCT", "129768003", "Segmental calcification distribution", (6013,)
)
"""Segmental calcification distribution (SCT 129768003)."""

SegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127921007", "segmental lymph node of the lung", (7600,)
)
"""segmental lymph node of the lung (SCT 127921007)."""

SegmentectomyBreastSample: _Final[_Code] = _Code(
    "SCT", "309547008", "segmentectomy breast sample", (8104,)
)
"""segmentectomy breast sample (SCT 309547008)."""

SelectiveEmbolizationOfArtery: _Final[_Code] = _Code(
    "SCT", "57238002", "Selective embolization of artery", (9, 3405)
)
"""Selective embolization of artery (SCT 57238002)."""

Selenium75HCAT: _Final[_Code] = _Code("SCT", "395894004", "Selenium^75^ HCAT", (25,))
"""Selenium^75^ HCAT (SCT 395894004)."""

SelenomethionioneSe75: _Final[_Code] = _Code("SCT", "88473009", "Selenomethionione Se^75^", (25,))
"""Selenomethionione Se^75^ (SCT 88473009)."""

SemiErect: _Final[_Code] = _Code("SCT", "102539006", "semi-erect", (19,))
"""semi-erect (SCT 102539006)."""

SemiProne: _Final[_Code] = _Code("SCT", "34026001", "semi-prone", (20,))
"""semi-prone (SCT 34026001)."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004)."""

SensationOfBeingWarm: _Final[_Code] = _Code(
    "SCT", "724232004", "Sensation of being warm (finding)", (60,)
)
"""Sensation of being warm (finding) (SCT 724232004)."""

SentinelLymphNodeBiopsy: _Final[_Code] = _Code(
    "SCT", "396487001", "Sentinel lymph node biopsy", (6050,)
)
"""Sentinel lymph node biopsy (SCT 396487001)."""

Sepsis: _Final[_Code] = _Code("SCT", "91302008", "Sepsis", (1201,))
"""Sepsis (SCT 91302008)."""

Seroma: _Final[_Code] = _Code("SCT", "56021002", "Seroma", (6031,))
"""Seroma (SCT 56021002)."""

SerpentineAneurysm: _Final[_Code] = _Code("SCT", "70984001", "serpentine aneurysm", (3808,))
"""serpentine aneurysm (SCT 70984001)."""

SerratusAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "18346003", "Serratus anterior muscle", (6116,)
)
"""Serratus anterior muscle (SCT 18346003)."""

SerumAlanineAminotransferaseLevelRaised: _Final[_Code] = _Code(
    "SCT", "409673008", "Serum alanine aminotransferase level raised", (12325,)
)
"""Serum alanine aminotransferase level raised (SCT 409673008)."""

SerumAlbuminBelowReferenceRange: _Final[_Code] = _Code(
    "SCT", "115347700", "Serum albumin below reference range", (12325,)
)
"""Serum albumin below reference range (SCT 115347700)."""

SerumBilirubinRaised: _Final[_Code] = _Code("SCT", "166612004", "Serum bilirubin raised", (12325,))
"""Serum bilirubin raised (SCT 166612004)."""

SesamoidBonesOfFoot: _Final[_Code] = _Code("SCT", "58742003", "Sesamoid bones of foot", (4031,))
"""Sesamoid bones of foot (SCT 58742003)."""

Sessile: _Final[_Code] = _Code("SCT", "5712003", "Sessile", (6209,))
"""Sessile (SCT 5712003)."""

Settegast: _Final[_Code] = _Code("SCT", "399243009", "Settegast", (4012,))
"""Settegast (SCT 399243009)."""

SeventhIntercostalSpace: _Final[_Code] = _Code(
    "SCT", "117139001", "Seventh Intercostal Space", (5,)
)
"""Seventh Intercostal Space (SCT 117139001)."""

Severe: _Final[_Code] = _Code("SCT", "24484000", "Severe", (3716, 3832, 6130))
"""Severe (SCT 24484000)."""

SevereHypokinesis: _Final[_Code] = _Code("SCT", "371870001", "Severe Hypokinesis", (3703,))
"""Severe Hypokinesis (SCT 371870001)."""

SevereThrombus: _Final[_Code] = _Code("SCT", "373143004", "Severe Thrombus", (3714,))
"""Severe Thrombus (SCT 373143004)."""

SeverelyDisabled: _Final[_Code] = _Code("SCT", "161045001", "Severely disabled", (3772,))
"""Severely disabled (SCT 161045001)."""

SeverelyElevated: _Final[_Code] = _Code("SCT", "260360000", "Severely Elevated", (3642,))
"""Severely Elevated (SCT 260360000)."""

SeverelyIll: _Final[_Code] = _Code("SCT", "271593001", "Severely ill", (3772,))
"""Severely ill (SCT 271593001)."""

Sevoflurane: _Final[_Code] = _Code("SCT", "386842005", "Sevoflurane", (624,))
"""Sevoflurane (SCT 386842005)."""

ShaftOfFemur: _Final[_Code] = _Code("SCT", "41111004", "Shaft of Femur", (7304,))
"""Shaft of Femur (SCT 41111004)."""

ShaftOfHumerus: _Final[_Code] = _Code("SCT", "20760004", "Shaft of Humerus", (7304,))
"""Shaft of Humerus (SCT 20760004)."""

ShaftOfRadius: _Final[_Code] = _Code("SCT", "47728000", "Shaft of Radius", (7304,))
"""Shaft of Radius (SCT 47728000)."""

ShaftOfRib: _Final[_Code] = _Code("SCT", "41601005", "Shaft of rib", (6115,))
"""Shaft of rib (SCT 41601005)."""

ShaftOfTibia: _Final[_Code] = _Code("SCT", "52687003", "Shaft of Tibia", (7304,))
"""Shaft of Tibia (SCT 52687003)."""

ShaftOfUlna: _Final[_Code] = _Code("SCT", "21133008", "Shaft of Ulna", (7304,))
"""Shaft of Ulna (SCT 21133008)."""

Shaking: _Final[_Code] = _Code("SCT", "26079004", "Shaking", (60,))
"""Shaking (SCT 26079004)."""

ShallowBreathing: _Final[_Code] = _Code("SCT", "386616007", "shallow breathing", (3823,))
"""shallow breathing (SCT 386616007)."""

Shape: _Final[_Code] = _Code("SCT", "300842002", "Shape", (6334,))
"""Shape (SCT 300842002)."""

Sheath: _Final[_Code] = _Code("SCT", "371793003", "Sheath", (3429,))
"""Sheath (SCT 371793003)."""

ShieldingBlock: _Final[_Code] = _Code("SCT", "228739009", "Shielding Block", (9517, 10066))
"""Shielding Block (SCT 228739009)."""

Short: _Final[_Code] = _Code("SCT", "367450005", "short", (3831,))
"""short (SCT 367450005)."""

ShortAxis: _Final[_Code] = _Code("SCT", "103340004", "Short axis", (6, 27, 6166, 7470))
"""Short axis (SCT 103340004)."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

SigmoidColon: _Final[_Code] = _Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004)."""

SigmoidLymphNode: _Final[_Code] = _Code("SCT", "30024008", "sigmoid lymph node", (7600,))
"""sigmoid lymph node (SCT 30024008)."""

SignetRingCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "87737001", "Signet ring cell carcinoma", (6033,)
)
"""Signet ring cell carcinoma (SCT 87737001)."""

SignificanceUndetermined: _Final[_Code] = _Code(
    "SCT", "386135008", "Significance Undetermined", (220,)
)
"""Significance Undetermined (SCT 386135008)."""

Significant: _Final[_Code] = _Code("SCT", "386134007", "Significant", (220,))
"""Significant (SCT 386134007)."""

SignificantCoronaryBypassGraftDisease: _Final[_Code] = _Code(
    "SCT", "371805005", "Significant coronary bypass graft disease", (3728,)
)
"""Significant coronary bypass graft disease (SCT 371805005)."""

SilentIschemia: _Final[_Code] = _Code("SCT", "233823002", "Silent ischemia", (3700,))
"""Silent ischemia (SCT 233823002)."""

Silicon: _Final[_Code] = _Code("SCT", "51420009", "Silicon", (300,))
"""Silicon (SCT 51420009)."""

Silicone: _Final[_Code] = _Code("SCT", "13652007", "Silicone", (300,))
"""Silicone (SCT 13652007)."""

SiliconeGelImplant: _Final[_Code] = _Code("SCT", "465380004", "Silicone gel implant", (6059,))
"""Silicone gel implant (SCT 465380004)."""

SiliconeOil: _Final[_Code] = _Code("SCT", "247095003", "Silicone Oil", (4232,))
"""Silicone Oil (SCT 247095003)."""

Silver: _Final[_Code] = _Code("SCT", "41967008", "Silver", (300, 10006))
"""Silver (SCT 41967008)."""

SilverNitrateStain: _Final[_Code] = _Code("SCT", "406985001", "silver nitrate stain", (8112,))
"""silver nitrate stain (SCT 406985001)."""

SilverStain: _Final[_Code] = _Code("SCT", "406951002", "silver stain", (8112,))
"""silver stain (SCT 406951002)."""

SingleBeats: _Final[_Code] = _Code("SCT", "371871002", "Single Beats", (3676,))
"""Single Beats (SCT 371871002)."""

SingleEvent: _Final[_Code] = _Code("SCT", "307486002", "Single event", (6091,))
"""Single event (SCT 307486002)."""

SingleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "194842008", "Single vessel coronary artery disease.", (3728,)
)
"""Single vessel coronary artery disease. (SCT 194842008)."""

SinoAtrialNode: _Final[_Code] = _Code("SCT", "88210001", "Sino-atrial node", (3011,))
"""Sino-atrial node (SCT 88210001)."""

SinusNodeRecoveryTimeEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129086005", "Sinus Node Recovery Time, evaluation of", (3254,)
)
"""Sinus Node Recovery Time, evaluation of (SCT 129086005)."""

SiriusRedF3BStain: _Final[_Code] = _Code("SCT", "51567006", "sirius red F3B stain", (8112,))
"""sirius red F3B stain (SCT 51567006)."""

Sitting: _Final[_Code] = _Code("SCT", "33586001", "sitting", (20,))
"""sitting (SCT 33586001)."""

SixthIntercostalSpace: _Final[_Code] = _Code("SCT", "117138009", "Sixth Intercostal Space", (5,))
"""Sixth Intercostal Space (SCT 117138009)."""

SixthLumbarArtery: _Final[_Code] = _Code("SCT", "397412005", "Sixth Lumbar Artery", (12111,))
"""Sixth Lumbar Artery (SCT 397412005)."""

SkeletalMuscle: _Final[_Code] = _Code("SCT", "127954009", "Skeletal muscle", (7710,))
"""Skeletal muscle (SCT 127954009)."""

SkeletalMuscleRelaxant: _Final[_Code] = _Code(
    "SCT", "372666009", "Skeletal muscle relaxant", (622,)
)
"""Skeletal muscle relaxant (SCT 372666009)."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001)."""

SkinConditionAssessment: _Final[_Code] = _Code(
    "SCT", "364528001", "Skin condition assessment", (3441,)
)
"""Skin condition assessment (SCT 364528001)."""

SkinLesion: _Final[_Code] = _Code("SCT", "95324001", "Skin lesion", (6015,))
"""Skin lesion (SCT 95324001)."""

SkinOfAbdomen: _Final[_Code] = _Code("SCT", "75093004", "Skin of abdomen", (4029, 7154))
"""Skin of abdomen (SCT 75093004)."""

SkinOfAlaNasi: _Final[_Code] = _Code("SCT", "68598004", "Skin of ala nasi", (4029,))
"""Skin of ala nasi (SCT 68598004)."""

SkinOfAntecubitalFossa: _Final[_Code] = _Code(
    "SCT", "17957002", "Skin of antecubital fossa", (4029,)
)
"""Skin of antecubital fossa (SCT 17957002)."""

SkinOfAnteriorPortionOfNeck: _Final[_Code] = _Code(
    "SCT", "11584001", "Skin of anterior portion of neck", (4029,)
)
"""Skin of anterior portion of neck (SCT 11584001)."""

SkinOfAnteriorSurfaceOfForearm: _Final[_Code] = _Code(
    "SCT", "70559009", "Skin of anterior surface of forearm", (4029,)
)
"""Skin of anterior surface of forearm (SCT 70559009)."""

SkinOfAnteriorSurfaceOfKnee: _Final[_Code] = _Code(
    "SCT", "181553006", "Skin of anterior surface of knee", (4029,)
)
"""Skin of anterior surface of knee (SCT 181553006)."""

SkinOfAnteriorSurfaceOfLowerLeg: _Final[_Code] = _Code(
    "SCT", "25763004", "Skin of anterior surface of lower leg", (4029,)
)
"""Skin of anterior surface of lower leg (SCT 25763004)."""

SkinOfAnteriorSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "61248009", "Skin of anterior surface of thigh", (4029,)
)
"""Skin of anterior surface of thigh (SCT 61248009)."""

SkinOfAnteriorSurfaceOfThorax: _Final[_Code] = _Code(
    "SCT", "244106003", "Skin of anterior surface of thorax", (4029,)
)
"""Skin of anterior surface of thorax (SCT 244106003)."""

SkinOfAnteriorSurfaceOfUpperArm: _Final[_Code] = _Code(
    "SCT", "45981001", "Skin of anterior surface of upper arm", (4029,)
)
"""Skin of anterior surface of upper arm (SCT 45981001)."""

SkinOfAnteriorTrunk: _Final[_Code] = _Code("SCT", "181491009", "Skin of anterior trunk", (4029,))
"""Skin of anterior trunk (SCT 181491009)."""

SkinOfAntitragus: _Final[_Code] = _Code("SCT", "38407007", "Skin of antitragus", (4029,))
"""Skin of antitragus (SCT 38407007)."""

SkinOfAnus: _Final[_Code] = _Code("SCT", "59112000", "Skin of anus", (4029,))
"""Skin of anus (SCT 59112000)."""

SkinOfAreola: _Final[_Code] = _Code("SCT", "72005009", "Skin of areola", (4029,))
"""Skin of areola (SCT 72005009)."""

SkinOfAxilla: _Final[_Code] = _Code("SCT", "76261009", "Skin of axilla", (4029,))
"""Skin of axilla (SCT 76261009)."""

SkinOfBack: _Final[_Code] = _Code("SCT", "66643007", "Skin of back", (4029,))
"""Skin of back (SCT 66643007)."""

SkinOfBackOfUpperThoracicRegion: _Final[_Code] = _Code(
    "SCT", "699893008", "Skin of back of upper thoracic region", (4029,)
)
"""Skin of back of upper thoracic region (SCT 699893008)."""

SkinOfButtock: _Final[_Code] = _Code("SCT", "22180002", "Skin of buttock", (4029,))
"""Skin of buttock (SCT 22180002)."""

SkinOfCavityOfConcha: _Final[_Code] = _Code("SCT", "51098001", "Skin of cavity of concha", (4029,))
"""Skin of cavity of concha (SCT 51098001)."""

SkinOfCheek: _Final[_Code] = _Code("SCT", "36141000", "Skin of cheek", (4029,))
"""Skin of cheek (SCT 36141000)."""

SkinOfChest: _Final[_Code] = _Code("SCT", "74160004", "Skin of chest", (7155,))
"""Skin of chest (SCT 74160004)."""

SkinOfChin: _Final[_Code] = _Code("SCT", "23747009", "Skin of chin", (4029,))
"""Skin of chin (SCT 23747009)."""

SkinOfClitoris: _Final[_Code] = _Code("SCT", "29353003", "Skin of clitoris", (4029,))
"""Skin of clitoris (SCT 29353003)."""

SkinOfCrusOfHelix: _Final[_Code] = _Code("SCT", "57726007", "Skin of crus of helix", (4029,))
"""Skin of crus of helix (SCT 57726007)."""

SkinOfDigitOfHand: _Final[_Code] = _Code("SCT", "244169007", "Skin of digit of hand", (4029,))
"""Skin of digit of hand (SCT 244169007)."""

SkinOfDorsalAreaOfWrist: _Final[_Code] = _Code(
    "SCT", "52876008", "Skin of dorsal area of wrist", (4029,)
)
"""Skin of dorsal area of wrist (SCT 52876008)."""

SkinOfEar: _Final[_Code] = _Code("SCT", "1902009", "Skin of ear", (4029,))
"""Skin of ear (SCT 1902009)."""

SkinOfEarLobule: _Final[_Code] = _Code("SCT", "2059009", "Skin of ear lobule", (4029,))
"""Skin of ear lobule (SCT 2059009)."""

SkinOfEpigastricArea: _Final[_Code] = _Code("SCT", "30598005", "Skin of epigastric area", (4029,))
"""Skin of epigastric area (SCT 30598005)."""

SkinOfExternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "86409001", "Skin of external auditory canal", (4029,)
)
"""Skin of external auditory canal (SCT 86409001)."""

SkinOfExternalGenitalia: _Final[_Code] = _Code(
    "SCT", "60944009", "Skin of external genitalia", (4029,)
)
"""Skin of external genitalia (SCT 60944009)."""

SkinOfEyeRegion: _Final[_Code] = _Code("SCT", "362916000", "Skin of eye region", (4029,))
"""Skin of eye region (SCT 362916000)."""

SkinOfEyebrow: _Final[_Code] = _Code("SCT", "367577003", "Skin of eyebrow", (4029,))
"""Skin of eyebrow (SCT 367577003)."""

SkinOfFace: _Final[_Code] = _Code("SCT", "73897004", "Skin of face", (4029,))
"""Skin of face (SCT 73897004)."""

SkinOfFoot: _Final[_Code] = _Code("SCT", "60496002", "Skin of foot", (4029,))
"""Skin of foot (SCT 60496002)."""

SkinOfForehead: _Final[_Code] = _Code("SCT", "68698007", "Skin of forehead", (4029,))
"""Skin of forehead (SCT 68698007)."""

SkinOfGlansPenis: _Final[_Code] = _Code("SCT", "7991003", "Skin of glans penis", (4029,))
"""Skin of glans penis (SCT 7991003)."""

SkinOfGlutealFold: _Final[_Code] = _Code("SCT", "63029009", "Skin of gluteal fold", (4029,))
"""Skin of gluteal fold (SCT 63029009)."""

SkinOfHand: _Final[_Code] = _Code("SCT", "33712006", "Skin of hand", (4029,))
"""Skin of hand (SCT 33712006)."""

SkinOfHead: _Final[_Code] = _Code("SCT", "70762009", "Skin of head", (4029,))
"""Skin of head (SCT 70762009)."""

SkinOfHeel: _Final[_Code] = _Code("SCT", "84607009", "Skin of heel", (4029,))
"""Skin of heel (SCT 84607009)."""

SkinOfHelixOfEar: _Final[_Code] = _Code("SCT", "79313003", "Skin of helix of ear", (4029,))
"""Skin of helix of ear (SCT 79313003)."""

SkinOfHypogastricRegion: _Final[_Code] = _Code(
    "SCT", "367578008", "Skin of hypogastric region", (4029,)
)
"""Skin of hypogastric region (SCT 367578008)."""

SkinOfHypothenarRegionOfPalm: _Final[_Code] = _Code(
    "SCT", "89784008", "Skin of hypothenar region of palm", (4029,)
)
"""Skin of hypothenar region of palm (SCT 89784008)."""

SkinOfInfraclavicularRegion: _Final[_Code] = _Code(
    "SCT", "66288003", "Skin of infraclavicular region", (4029,)
)
"""Skin of infraclavicular region (SCT 66288003)."""

SkinOfInguinalRegion: _Final[_Code] = _Code("SCT", "39687006", "Skin of inguinal region", (4029,))
"""Skin of inguinal region (SCT 39687006)."""

SkinOfIntertragalIncisure: _Final[_Code] = _Code(
    "SCT", "45591000", "Skin of intertragal incisure", (4029,)
)
"""Skin of intertragal incisure (SCT 45591000)."""

SkinOfJawline: _Final[_Code] = _Code("SCT", "244097004", "Skin of jawline", (4029,))
"""Skin of jawline (SCT 244097004)."""

SkinOfLabium: _Final[_Code] = _Code("SCT", "73058008", "Skin of labium", (4029,))
"""Skin of labium (SCT 73058008)."""

SkinOfLabiumMajus: _Final[_Code] = _Code("SCT", "128252004", "Skin of labium majus", (4029,))
"""Skin of labium majus (SCT 128252004)."""

SkinOfLabiumMinus: _Final[_Code] = _Code("SCT", "128253009", "Skin of labium minus", (4029,))
"""Skin of labium minus (SCT 128253009)."""

SkinOfLateralAspectOfAnkle: _Final[_Code] = _Code(
    "SCT", "181564009", "Skin of lateral aspect of ankle", (4029,)
)
"""Skin of lateral aspect of ankle (SCT 181564009)."""

SkinOfLateralBorderOfSoleOfFoot: _Final[_Code] = _Code(
    "SCT", "35739000", "Skin of lateral border of sole of foot", (4029,)
)
"""Skin of lateral border of sole of foot (SCT 35739000)."""

SkinOfLateralCanthus: _Final[_Code] = _Code("SCT", "37671003", "Skin of lateral canthus", (4029,))
"""Skin of lateral canthus (SCT 37671003)."""

SkinOfLateralPartOfHeel: _Final[_Code] = _Code(
    "SCT", "699909001", "Skin of lateral part of heel", (4029,)
)
"""Skin of lateral part of heel (SCT 699909001)."""

SkinOfLateralPortionOfNeck: _Final[_Code] = _Code(
    "SCT", "5272005", "Skin of lateral portion of neck", (4029,)
)
"""Skin of lateral portion of neck (SCT 5272005)."""

SkinOfLip: _Final[_Code] = _Code("SCT", "88089004", "Skin of lip", (4029,))
"""Skin of lip (SCT 88089004)."""

SkinOfLowerAbdomen: _Final[_Code] = _Code("SCT", "699914002", "Skin of lower abdomen", (4029,))
"""Skin of lower abdomen (SCT 699914002)."""

SkinOfLowerBack: _Final[_Code] = _Code("SCT", "113182001", "Skin of lower back", (4029,))
"""Skin of lower back (SCT 113182001)."""

SkinOfLowerChestWall: _Final[_Code] = _Code("SCT", "699915001", "Skin of lower chest wall", (4029,))
"""Skin of lower chest wall (SCT 699915001)."""

SkinOfLowerExtremity: _Final[_Code] = _Code("SCT", "371304004", "Skin of lower extremity", (4029,))
"""Skin of lower extremity (SCT 371304004)."""

SkinOfLowerEyelid: _Final[_Code] = _Code("SCT", "40069000", "Skin of lower eyelid", (4029,))
"""Skin of lower eyelid (SCT 40069000)."""

SkinOfLowerLip: _Final[_Code] = _Code("SCT", "66934001", "Skin of lower lip", (4029,))
"""Skin of lower lip (SCT 66934001)."""

SkinOfMedialAspectOfAnkle: _Final[_Code] = _Code(
    "SCT", "181563003", "Skin of medial aspect of ankle", (4029,)
)
"""Skin of medial aspect of ankle (SCT 181563003)."""

SkinOfMedialBorderOfSoleOfFoot: _Final[_Code] = _Code(
    "SCT", "52953006", "Skin of medial border of sole of foot", (4029,)
)
"""Skin of medial border of sole of foot (SCT 52953006)."""

SkinOfMedialCanthus: _Final[_Code] = _Code("SCT", "27887005", "Skin of medial canthus", (4029,))
"""Skin of medial canthus (SCT 27887005)."""

SkinOfMedialPartOfHeel: _Final[_Code] = _Code(
    "SCT", "699919007", "Skin of medial part of heel", (4029,)
)
"""Skin of medial part of heel (SCT 699919007)."""

SkinOfMedialSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "73958006", "Skin of medial surface of thigh", (4029,)
)
"""Skin of medial surface of thigh (SCT 73958006)."""

SkinOfNasolabialFold: _Final[_Code] = _Code("SCT", "37108007", "Skin of nasolabial fold", (4029,))
"""Skin of nasolabial fold (SCT 37108007)."""

SkinOfNeck: _Final[_Code] = _Code("SCT", "43081002", "Skin of neck", (4029,))
"""Skin of neck (SCT 43081002)."""

SkinOfNipple: _Final[_Code] = _Code("SCT", "54468004", "Skin of nipple", (4029,))
"""Skin of nipple (SCT 54468004)."""

SkinOfNose: _Final[_Code] = _Code("SCT", "113179006", "Skin of nose", (4029,))
"""Skin of nose (SCT 113179006)."""

SkinOfNuchalRegion: _Final[_Code] = _Code("SCT", "4658004", "Skin of nuchal region", (4029,))
"""Skin of nuchal region (SCT 4658004)."""

SkinOfOccipitalRegion: _Final[_Code] = _Code("SCT", "79951008", "Skin of occipital region", (4029,))
"""Skin of occipital region (SCT 79951008)."""

SkinOfPalmOfHand: _Final[_Code] = _Code("SCT", "70887009", "Skin of palm of hand", (4029,))
"""Skin of palm of hand (SCT 70887009)."""

SkinOfPalmarAreaOfWrist: _Final[_Code] = _Code(
    "SCT", "24527008", "Skin of palmar area of wrist", (4029,)
)
"""Skin of palmar area of wrist (SCT 24527008)."""

SkinOfParietalRegion: _Final[_Code] = _Code("SCT", "21672008", "Skin of parietal region", (4029,))
"""Skin of parietal region (SCT 21672008)."""

SkinOfPartOfDorsalSurfaceOfHand: _Final[_Code] = _Code(
    "SCT", "281642007", "Skin of part of dorsal surface of hand", (4029,)
)
"""Skin of part of dorsal surface of hand (SCT 281642007)."""

SkinOfPenis: _Final[_Code] = _Code("SCT", "35900000", "Skin of penis", (4029,))
"""Skin of penis (SCT 35900000)."""

SkinOfPerineum: _Final[_Code] = _Code("SCT", "48014002", "Skin of perineum", (4029,))
"""Skin of perineum (SCT 48014002)."""

SkinOfPerioralRegionOfFace: _Final[_Code] = _Code(
    "SCT", "110488009", "Skin of perioral region of face", (4029,)
)
"""Skin of perioral region of face (SCT 110488009)."""

SkinOfPhiltrum: _Final[_Code] = _Code("SCT", "84365009", "Skin of philtrum", (4029,))
"""Skin of philtrum (SCT 84365009)."""

SkinOfPoplitealFossa: _Final[_Code] = _Code("SCT", "84507004", "Skin of popliteal fossa", (4029,))
"""Skin of popliteal fossa (SCT 84507004)."""

SkinOfPostauricularRegion: _Final[_Code] = _Code(
    "SCT", "24483006", "Skin of postauricular region", (4029,)
)
"""Skin of postauricular region (SCT 24483006)."""

SkinOfPosteriorSurfaceOfElbow: _Final[_Code] = _Code(
    "SCT", "181536004", "Skin of posterior surface of elbow", (4029,)
)
"""Skin of posterior surface of elbow (SCT 181536004)."""

SkinOfPosteriorSurfaceOfForearm: _Final[_Code] = _Code(
    "SCT", "41550009", "Skin of posterior surface of forearm", (4029,)
)
"""Skin of posterior surface of forearm (SCT 41550009)."""

SkinOfPosteriorSurfaceOfLowerLeg: _Final[_Code] = _Code(
    "SCT", "47224004", "Skin of posterior surface of lower leg", (4029,)
)
"""Skin of posterior surface of lower leg (SCT 47224004)."""

SkinOfPosteriorSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "4578000", "Skin of posterior surface of thigh", (4029,)
)
"""Skin of posterior surface of thigh (SCT 4578000)."""

SkinOfPosteriorSurfaceOfThorax: _Final[_Code] = _Code(
    "SCT", "244111001", "Skin of posterior surface of thorax", (4029,)
)
"""Skin of posterior surface of thorax (SCT 244111001)."""

SkinOfPosteriorSurfaceOfUpperArm: _Final[_Code] = _Code(
    "SCT", "72939005", "Skin of posterior surface of upper arm", (4029,)
)
"""Skin of posterior surface of upper arm (SCT 72939005)."""

SkinOfPreauricularRegion: _Final[_Code] = _Code(
    "SCT", "86719006", "Skin of preauricular region", (4029,)
)
"""Skin of preauricular region (SCT 86719006)."""

SkinOfPrepuceOfClitoris: _Final[_Code] = _Code(
    "SCT", "76723005", "Skin of prepuce of clitoris", (4029,)
)
"""Skin of prepuce of clitoris (SCT 76723005)."""

SkinOfRootOfPenis: _Final[_Code] = _Code("SCT", "244117002", "Skin of root of penis", (4029,))
"""Skin of root of penis (SCT 244117002)."""

SkinOfScalp: _Final[_Code] = _Code("SCT", "43067004", "Skin of scalp", (4029,))
"""Skin of scalp (SCT 43067004)."""

SkinOfScrotum: _Final[_Code] = _Code("SCT", "81992007", "Skin of scrotum", (4029,))
"""Skin of scrotum (SCT 81992007)."""

SkinOfShaftOfPenis: _Final[_Code] = _Code("SCT", "244118007", "Skin of shaft of penis", (4029,))
"""Skin of shaft of penis (SCT 244118007)."""

SkinOfSideOfNose: _Final[_Code] = _Code("SCT", "314395006", "Skin of side of nose", (4029,))
"""Skin of side of nose (SCT 314395006)."""

SkinOfSubmentalArea: _Final[_Code] = _Code("SCT", "34926004", "Skin of submental area", (4029,))
"""Skin of submental area (SCT 34926004)."""

SkinOfSupraclavicularRegionOfNeck: _Final[_Code] = _Code(
    "SCT", "76072005", "Skin of supraclavicular region of neck", (4029,)
)
"""Skin of supraclavicular region of neck (SCT 76072005)."""

SkinOfTemporalRegion: _Final[_Code] = _Code("SCT", "16621002", "Skin of temporal region", (4029,))
"""Skin of temporal region (SCT 16621002)."""

SkinOfThenarRegionOfPalm: _Final[_Code] = _Code(
    "SCT", "26795005", "Skin of thenar region of palm", (4029,)
)
"""Skin of thenar region of palm (SCT 26795005)."""

SkinOfTipOfNose: _Final[_Code] = _Code("SCT", "79283007", "Skin of tip of nose", (4029,))
"""Skin of tip of nose (SCT 79283007)."""

SkinOfToe: _Final[_Code] = _Code("SCT", "52034004", "Skin of toe", (4029,))
"""Skin of toe (SCT 52034004)."""

SkinOfTragus: _Final[_Code] = _Code("SCT", "79502000", "Skin of tragus", (4029,))
"""Skin of tragus (SCT 79502000)."""

SkinOfUmbilicus: _Final[_Code] = _Code("SCT", "315003", "Skin of umbilicus", (4029,))
"""Skin of umbilicus (SCT 315003)."""

SkinOfUpperAbdomen: _Final[_Code] = _Code("SCT", "699935000", "Skin of upper abdomen", (4029,))
"""Skin of upper abdomen (SCT 699935000)."""

SkinOfUpperExtremity: _Final[_Code] = _Code("SCT", "371311000", "Skin of upper extremity", (4029,))
"""Skin of upper extremity (SCT 371311000)."""

SkinOfUpperEyelid: _Final[_Code] = _Code("SCT", "41310005", "Skin of upper eyelid", (4029,))
"""Skin of upper eyelid (SCT 41310005)."""

SkinOfUpperLip: _Final[_Code] = _Code("SCT", "16251004", "Skin of upper lip", (4029,))
"""Skin of upper lip (SCT 16251004)."""

SkinOfUpperTrunk: _Final[_Code] = _Code("SCT", "54440003", "Skin of upper trunk", (4029,))
"""Skin of upper trunk (SCT 54440003)."""

SkinOfVertexOfScalp: _Final[_Code] = _Code("SCT", "61719002", "Skin of vertex of scalp", (4029,))
"""Skin of vertex of scalp (SCT 61719002)."""

SkinRetractionOfBreast: _Final[_Code] = _Code(
    "SCT", "129796009", "Skin retraction of breast", (6015, 6055)
)
"""Skin retraction of breast (SCT 129796009)."""

SkinThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129797000", "Skin thickening of breast", (6015, 6055)
)
"""Skin thickening of breast (SCT 129797000)."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

SleepEEG: _Final[_Code] = _Code("SCT", "18648009", "Sleep EEG", (3049,))
"""Sleep EEG (SCT 18648009)."""

Slide: _Final[_Code] = _Code("SCT", "1179252003", "Slide", (8103,))
"""Slide (SCT 1179252003)."""

SlideOverviewLens: _Final[_Code] = _Code("SCT", "445601002", "Slide overview lens", (8121,))
"""Slide overview lens (SCT 445601002)."""

SlitLampBiomicroscope: _Final[_Code] = _Code("SCT", "397247004", "Slit Lamp Biomicroscope", (4202,))
"""Slit Lamp Biomicroscope (SCT 397247004)."""

Small: _Final[_Code] = _Code("SCT", "255507004", "Small", (252, 6118))
"""Small (SCT 255507004)."""

SmallCardiacVein: _Final[_Code] = _Code("SCT", "49082002", "Small Cardiac Vein", (3839,))
"""Small Cardiac Vein (SCT 49082002)."""

SmallCellCarcinoma: _Final[_Code] = _Code("SCT", "74364000", "Small cell carcinoma", (639,))
"""Small cell carcinoma (SCT 74364000)."""

SmallIntestine: _Final[_Code] = _Code("SCT", "30315005", "Small intestine", (4031, 7154, 10044))
"""Small intestine (SCT 30315005)."""

SmallestCardiacVein: _Final[_Code] = _Code("SCT", "195073003", "Smallest Cardiac Vein", (3839,))
"""Smallest Cardiac Vein (SCT 195073003)."""

SmearProcedure: _Final[_Code] = _Code("SCT", "448895004", "Smear procedure", (8110,))
"""Smear procedure (SCT 448895004)."""

SmearSample: _Final[_Code] = _Code("SCT", "258433009", "Smear sample", (8103,))
"""Smear sample (SCT 258433009)."""

Smooth: _Final[_Code] = _Code("SCT", "82280004", "Smooth", (3715,))
"""Smooth (SCT 82280004)."""

SodiumAcetrizoate: _Final[_Code] = _Code("SCT", "32836007", "Sodium acetrizoate", (12,))
"""Sodium acetrizoate (SCT 32836007)."""

SodiumChlorideNa22: _Final[_Code] = _Code("SCT", "6257000", "Sodium chloride Na^22^", (25,))
"""Sodium chloride Na^22^ (SCT 6257000)."""

SodiumChlorideNa24: _Final[_Code] = _Code("SCT", "31527000", "Sodium chloride Na^24^", (25,))
"""Sodium chloride Na^24^ (SCT 31527000)."""

SodiumChromateCr51: _Final[_Code] = _Code("SCT", "62517004", "Sodium chromate Cr^51^", (25,))
"""Sodium chromate Cr^51^ (SCT 62517004)."""

SodiumDiprotrizoate: _Final[_Code] = _Code("SCT", "83423008", "Sodium diprotrizoate", (12,))
"""Sodium diprotrizoate (SCT 83423008)."""

SodiumFluorideF18: _Final[_Code] = _Code("SCT", "129501009", "Sodium fluoride F^18^", (25, 4021))
"""Sodium fluoride F^18^ (SCT 129501009)."""

SodiumIodideI123: _Final[_Code] = _Code("SCT", "67690002", "Sodium iodide I^123^", (25,))
"""Sodium iodide I^123^ (SCT 67690002)."""

SodiumIodideI124: _Final[_Code] = _Code("SCT", "422980002", "Sodium iodide I^124^", (4021,))
"""Sodium iodide I^124^ (SCT 422980002)."""

SodiumIodideI131: _Final[_Code] = _Code("SCT", "111160004", "Sodium iodide I^131^", (25,))
"""Sodium iodide I^131^ (SCT 111160004)."""

SodiumIodipamide: _Final[_Code] = _Code("SCT", "925002", "Sodium iodipamide", (12,))
"""Sodium iodipamide (SCT 925002)."""

SodiumIodomethamate: _Final[_Code] = _Code("SCT", "38344006", "Sodium iodomethamate", (12,))
"""Sodium iodomethamate (SCT 38344006)."""

SodiumPertechnetateTc99m: _Final[_Code] = _Code(
    "SCT", "19495007", "Sodium pertechnetate Tc^99m^", (25,)
)
"""Sodium pertechnetate Tc^99m^ (SCT 19495007)."""

SodiumPhosphateP32: _Final[_Code] = _Code("SCT", "10781003", "Sodium phosphate P^32^", (25,))
"""Sodium phosphate P^32^ (SCT 10781003)."""

SodiumTyropanoate: _Final[_Code] = _Code("SCT", "109212003", "Sodium tyropanoate", (12,))
"""Sodium tyropanoate (SCT 109212003)."""

SoftPalate: _Final[_Code] = _Code("SCT", "49460000", "Soft palate", (4028,))
"""Soft palate (SCT 49460000)."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001)."""

SolarDegeneration: _Final[_Code] = _Code("SCT", "43982006", "Solar degeneration", (4405,))
"""Solar degeneration (SCT 43982006)."""

SolealVein: _Final[_Code] = _Code("SCT", "397427005", "Soleal vein", (12110,))
"""Soleal vein (SCT 397427005)."""

SolochromeAzurineBSStain: _Final[_Code] = _Code(
    "SCT", "43549000", "solochrome azurine (BS) stain", (8112,)
)
"""solochrome azurine (BS) stain (SCT 43549000)."""

SolochromeBlack6BStain: _Final[_Code] = _Code(
    "SCT", "11201005", "solochrome black 6B stain", (8112,)
)
"""solochrome black 6B stain (SCT 11201005)."""

SolochromeCyanineRStain: _Final[_Code] = _Code(
    "SCT", "25091000", "solochrome cyanine R stain", (8112,)
)
"""solochrome cyanine R stain (SCT 25091000)."""

SolochromeDarkBlueStain: _Final[_Code] = _Code(
    "SCT", "38902009", "solochrome dark blue stain", (8112,)
)
"""solochrome dark blue stain (SCT 38902009)."""

SolubleBerlinBlueStain: _Final[_Code] = _Code(
    "SCT", "64991008", "soluble berlin blue stain", (8112,)
)
"""soluble berlin blue stain (SCT 64991008)."""

SpatialAndRelationalConcept: _Final[_Code] = _Code(
    "SCT", "309825002", "Spatial and Relational Concept", (7150,)
)
"""Spatial and Relational Concept (SCT 309825002)."""

SpatialCollocationAnalysis: _Final[_Code] = _Code(
    "SCT", "133884007", "Spatial collocation analysis", (6043, 6137)
)
"""Spatial collocation analysis (SCT 133884007)."""

SpatialProximityAnalysis: _Final[_Code] = _Code(
    "SCT", "133885008", "Spatial proximity analysis", (6043, 6137)
)
"""Spatial proximity analysis (SCT 133885008)."""

SpecimenClearing: _Final[_Code] = _Code("SCT", "433452008", "Specimen clearing", (8113,))
"""Specimen clearing (SCT 433452008)."""

SpecimenCollection: _Final[_Code] = _Code(
    "SCT", "17636008", "Specimen collection", (3515, 8109, 8111)
)
"""Specimen collection (SCT 17636008)."""

SpecimenContainer: _Final[_Code] = _Code("SCT", "434711009", "Specimen container", (8101,))
"""Specimen container (SCT 434711009)."""

SpecimenContainerLid: _Final[_Code] = _Code("SCT", "434473001", "Specimen container lid", (8102,))
"""Specimen container lid (SCT 434473001)."""

SpecimenDehydration: _Final[_Code] = _Code("SCT", "433470006", "Specimen dehydration", (8113,))
"""Specimen dehydration (SCT 433470006)."""

SpecimenFreezing: _Final[_Code] = _Code("SCT", "27872000", "Specimen freezing", (8113,))
"""Specimen freezing (SCT 27872000)."""

SpecimenFromBreastByIncisionalBiopsyOfBreastMass: _Final[_Code] = _Code(
    "SCT", "122739003", "specimen from breast by incisional biopsy of breast mass", (8104,)
)
"""specimen from breast by incisional biopsy of breast mass (SCT 122739003)."""

SpecimenFromBreastObtainedByCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122737001", "specimen from breast obtained by core needle biopsy", (8104,)
)
"""specimen from breast obtained by core needle biopsy (SCT 122737001)."""

SpecimenFromBreastObtainedByExcision: _Final[_Code] = _Code(
    "SCT", "397199005", "specimen from breast obtained by excision", (8104,)
)
"""specimen from breast obtained by excision (SCT 397199005)."""

SpecimenFromBreastObtainedByImageGuidedCoreBiopsy: _Final[_Code] = _Code(
    "SCT", "373102004", "specimen from breast obtained by image guided core biopsy", (8104,)
)
"""specimen from breast obtained by image guided core biopsy (SCT 373102004)."""

SpecimenFromBreastObtainedByTotalMastectomy: _Final[_Code] = _Code(
    "SCT", "122595009", "specimen from breast obtained by total mastectomy", (8104,)
)
"""specimen from breast obtained by total mastectomy (SCT 122595009)."""

SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy: _Final[_Code] = _Code(
    "SCT", "122738006", "specimen from breast, stereotactically guided core needle biopsy", (8104,)
)
"""specimen from breast, stereotactically guided core needle biopsy (SCT 122738006)."""

SpecimenMicrowaveHeating: _Final[_Code] = _Code(
    "SCT", "433455005", "Specimen microwave heating", (8113,)
)
"""Specimen microwave heating (SCT 433455005)."""

SpecimenProcessing: _Final[_Code] = _Code("SCT", "9265001", "Specimen processing", (8111,))
"""Specimen processing (SCT 9265001)."""

SpecimenRadiographyOfBreast: _Final[_Code] = _Code(
    "SCT", "80865008", "Specimen radiography of breast", (6050,)
)
"""Specimen radiography of breast (SCT 80865008)."""

SpecimenReceiving: _Final[_Code] = _Code("SCT", "428995007", "Specimen receiving", (8111,))
"""Specimen receiving (SCT 428995007)."""

SpecimenSteamHeating: _Final[_Code] = _Code("SCT", "433457002", "Specimen steam heating", (8113,))
"""Specimen steam heating (SCT 433457002)."""

SpecimenVial: _Final[_Code] = _Code("SCT", "434746001", "Specimen vial", (8101,))
"""Specimen vial (SCT 434746001)."""

SpecimenWell: _Final[_Code] = _Code("SCT", "434822004", "Specimen well", (8101,))
"""Specimen well (SCT 434822004)."""

SpecularMicroscope: _Final[_Code] = _Code("SCT", "409899004", "Specular Microscope", (4202,))
"""Specular Microscope (SCT 409899004)."""

SpeechAndLanguageTherapy: _Final[_Code] = _Code(
    "SCT", "310101009", "Speech and Language Therapy", (7030,)
)
"""Speech and Language Therapy (SCT 310101009)."""

SphenoidBone: _Final[_Code] = _Code("SCT", "73117003", "Sphenoid bone", (4028,))
"""Sphenoid bone (SCT 73117003)."""

SpiculatedLesion: _Final[_Code] = _Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005)."""

SpinalAnesthesia: _Final[_Code] = _Code("SCT", "231249005", "Spinal anesthesia", (612,))
"""Spinal anesthesia (SCT 231249005)."""

SpinalCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280401006", "Spinal cerebrospinal fluid pathway", (7153,)
)
"""Spinal cerebrospinal fluid pathway (SCT 280401006)."""

SpinalCord: _Final[_Code] = _Code("SCT", "2748008", "Spinal cord", (4, 7153))
"""Spinal cord (SCT 2748008)."""

SpinalCordGrayMatter: _Final[_Code] = _Code("SCT", "12958003", "Spinal cord gray matter", (7153,))
"""Spinal cord gray matter (SCT 12958003)."""

SpinalCordWhiteMatter: _Final[_Code] = _Code(
    "SCT", "27088001", "Spinal cord white matter", (7153, 7710)
)
"""Spinal cord white matter (SCT 27088001)."""

SpinalisMuscle: _Final[_Code] = _Code("SCT", "4317002", "Spinalis muscle", (6116,))
"""Spinalis muscle (SCT 4317002)."""

SpindleCellCarcinoma: _Final[_Code] = _Code("SCT", "65692009", "Spindle cell carcinoma", (639,))
"""Spindle cell carcinoma (SCT 65692009)."""

SpindleCellNodule: _Final[_Code] = _Code("SCT", "110451006", "Spindle cell nodule (tumor)", (6033,))
"""Spindle cell nodule (tumor) (SCT 110451006)."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

SpinousProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "55678000", "Spinous process of vertebra", (6115,)
)
"""Spinous process of vertebra (SCT 55678000)."""

SpiperoneF18: _Final[_Code] = _Code("SCT", "129499001", "Spiperone F^18^", (4021,))
"""Spiperone F^18^ (SCT 129499001)."""

SpiralAcquisition: _Final[_Code] = _Code("SCT", "116152004", "Spiral Acquisition", (10013,))
"""Spiral Acquisition (SCT 116152004)."""

SpiritSolubleAnilineBlueStain: _Final[_Code] = _Code(
    "SCT", "11645004", "spirit soluble aniline blue stain", (8112,)
)
"""spirit soluble aniline blue stain (SCT 11645004)."""

SpiritSolubleEosinStain: _Final[_Code] = _Code(
    "SCT", "83600004", "spirit soluble eosin stain", (8112,)
)
"""spirit soluble eosin stain (SCT 83600004)."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009)."""

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic artery", (3010, 12112))
"""Splenic artery (SCT 22083002)."""

SplenicFlexureOfColon: _Final[_Code] = _Code("SCT", "72592005", "Splenic flexure of colon", (6210,))
"""Splenic flexure of colon (SCT 72592005)."""

SplenicLymphNode: _Final[_Code] = _Code("SCT", "280824006", "splenic lymph node", (7600,))
"""splenic lymph node (SCT 280824006)."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic vein", (3010, 3607, 12114))
"""Splenic vein (SCT 35819009)."""

SpleniumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "23347006", "splenium of corpus callosum", (7705,)
)
"""splenium of corpus callosum (SCT 23347006)."""

SporeStain: _Final[_Code] = _Code("SCT", "255811001", "spore stain", (8112,))
"""spore stain (SCT 255811001)."""

SpotCompression: _Final[_Code] = _Code("SCT", "399055006", "Spot Compression", (4015, 6029))
"""Spot Compression (SCT 399055006)."""

SquamousCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "1162767002", "Squamous cell carcinoma", (639, 6033)
)
"""Squamous cell carcinoma (SCT 1162767002)."""

SquamousCellCarcinomaOfAnus: _Final[_Code] = _Code(
    "SCT", "723265000", "Squamous cell carcinoma of anus", (639,)
)
"""Squamous cell carcinoma of anus (SCT 723265000)."""

SquamousCellCarcinomaOfHeadAndNeck: _Final[_Code] = _Code(
    "SCT", "716659002", "Squamous cell carcinoma of head and neck", (639,)
)
"""Squamous cell carcinoma of head and neck (SCT 716659002)."""

SquamousCellCarcinomaOfLaryngealCartilage: _Final[_Code] = _Code(
    "SCT", "707357005", "Squamous cell carcinoma of laryngeal cartilage", (639,)
)
"""Squamous cell carcinoma of laryngeal cartilage (SCT 707357005)."""

SquamousCellCarcinomaOfLung: _Final[_Code] = _Code(
    "SCT", "254634000", "Squamous cell carcinoma of lung", (639,)
)
"""Squamous cell carcinoma of lung (SCT 254634000)."""

SquamousCellCarcinomaOfMouth: _Final[_Code] = _Code(
    "SCT", "307502000", "Squamous cell carcinoma of mouth", (639,)
)
"""Squamous cell carcinoma of mouth (SCT 307502000)."""

SquamousCellCarcinomaOfSkin: _Final[_Code] = _Code(
    "SCT", "254651007", "Squamous cell carcinoma of skin", (639,)
)
"""Squamous cell carcinoma of skin (SCT 254651007)."""

StableAngina: _Final[_Code] = _Code("SCT", "233819005", "Stable Angina", (3202, 3700))
"""Stable Angina (SCT 233819005)."""

Stage0: _Final[_Code] = _Code("SCT", "261613009", "Stage 0", (3778,))
"""Stage 0 (SCT 261613009)."""

Stage1: _Final[_Code] = _Code("SCT", "258215001", "Stage 1", (3778,))
"""Stage 1 (SCT 258215001)."""

Stage2: _Final[_Code] = _Code("SCT", "258219007", "Stage 2", (3778,))
"""Stage 2 (SCT 258219007)."""

Stage3: _Final[_Code] = _Code("SCT", "258224005", "Stage 3", (3778,))
"""Stage 3 (SCT 258224005)."""

Stage4: _Final[_Code] = _Code("SCT", "258228008", "Stage 4", (3778,))
"""Stage 4 (SCT 258228008)."""

Stage5: _Final[_Code] = _Code("SCT", "261617005", "Stage 5", (3778,))
"""Stage 5 (SCT 261617005)."""

StagingIntent: _Final[_Code] = _Code("SCT", "373825000", "Staging intent", (3629, 6327))
"""Staging intent (SCT 373825000)."""

Staining: _Final[_Code] = _Code("SCT", "127790008", "Staining", (8111, 8130))
"""Staining (SCT 127790008)."""

StainlessSteelMaterial: _Final[_Code] = _Code(
    "SCT", "256506002", "Stainless Steel Material", (7300,)
)
"""Stainless Steel Material (SCT 256506002)."""

StandardDeviation: _Final[_Code] = _Code("SCT", "386136009", "Standard Deviation", (7464,))
"""Standard Deviation (SCT 386136009)."""

Standing: _Final[_Code] = _Code("SCT", "10904000", "standing", (20,))
"""standing (SCT 10904000)."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002)."""

StaticCatheterMethod: _Final[_Code] = _Code("SCT", "128578007", "Static catheter method", (3241,))
"""Static catheter method (SCT 128578007)."""

Statins: _Final[_Code] = _Code("SCT", "96302009", "Statins", (3761,))
"""Statins (SCT 96302009)."""

Staunig: _Final[_Code] = _Code("SCT", "399098005", "Staunig", (4012,))
"""Staunig (SCT 399098005)."""

Steady: _Final[_Code] = _Code("SCT", "55011004", "Steady", (4220,))
"""Steady (SCT 55011004)."""

Stecher: _Final[_Code] = _Code("SCT", "399292003", "Stecher", (4012,))
"""Stecher (SCT 399292003)."""

Stenosis_415582006: _Final[_Code] = _Code("SCT", "415582006", "stenosis", (3810, 3813))
"""stenosis (SCT 415582006)."""

Stenosis_44241007: _Final[_Code] = _Code("SCT", "44241007", "Stenosis", (3711,))
"""Stenosis (SCT 44241007)."""

Stenotic: _Final[_Code] = _Code("SCT", "386139002", "Stenotic", (3712,))
"""Stenotic (SCT 386139002)."""

StenoticLesionLength: _Final[_Code] = _Code("SCT", "408716009", "Stenotic Lesion Length", (3483,))
"""Stenotic Lesion Length (SCT 408716009)."""

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007)."""

StentCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "408705002", "Stent Cross-Sectional Area", (3482,)
)
"""Stent Cross-Sectional Area (SCT 408705002)."""

StentDiameter: _Final[_Code] = _Code("SCT", "408706001", "Stent Diameter", (3481,))
"""Stent Diameter (SCT 408706001)."""

StentLength: _Final[_Code] = _Code("SCT", "408703009", "Stent Length", (3483,))
"""Stent Length (SCT 408703009)."""

StentPlacement: _Final[_Code] = _Code("SCT", "103716009", "Stent placement", (9, 3405))
"""Stent placement (SCT 103716009)."""

StentVolume: _Final[_Code] = _Code("SCT", "408704003", "Stent Volume", (3485,))
"""Stent Volume (SCT 408704003)."""

Stented: _Final[_Code] = _Code("SCT", "386138005", "Stented", (3712,))
"""Stented (SCT 386138005)."""

Stenvers: _Final[_Code] = _Code("SCT", "399349006", "Stenvers", (4012,))
"""Stenvers (SCT 399349006)."""

SternalAngle: _Final[_Code] = _Code("SCT", "44612009", "Sternal angle", (6115,))
"""Sternal angle (SCT 44612009)."""

SternalSkin: _Final[_Code] = _Code("SCT", "244107007", "Sternal skin", (4029,))
"""Sternal skin (SCT 244107007)."""

SternoclavicularJoint: _Final[_Code] = _Code(
    "SCT", "7844006", "Sternoclavicular Joint", (1004, 4031)
)
"""Sternoclavicular Joint (SCT 7844006)."""

SternocleidomastoidMuscle: _Final[_Code] = _Code(
    "SCT", "22823000", "Sternocleidomastoid muscle", (6116,)
)
"""Sternocleidomastoid muscle (SCT 22823000)."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002)."""

Steroid: _Final[_Code] = _Code("SCT", "116566001", "Steroid", (622, 4410))
"""Steroid (SCT 116566001)."""

Stiffle: _Final[_Code] = _Code("SCT", "116010006", "Stiffle", (7483,))
"""Stiffle (SCT 116010006)."""

StomaAppliance: _Final[_Code] = _Code("SCT", "407744008", "Stoma appliance", (6203,))
"""Stoma appliance (SCT 407744008)."""

Stomach: _Final[_Code] = _Code("SCT", "69695003", "Stomach", (4031, 10044))
"""Stomach (SCT 69695003)."""

StoopedOver: _Final[_Code] = _Code("SCT", "87068006", "stooped-over", (20,))
"""stooped-over (SCT 87068006)."""

Streptokinase: _Final[_Code] = _Code("SCT", "395889004", "Streptokinase", (10,))
"""Streptokinase (SCT 395889004)."""

StressTestUsingBicycleErgometer: _Final[_Code] = _Code(
    "SCT", "26046004", "Stress test using Bicycle Ergometer", (3261,)
)
"""Stress test using Bicycle Ergometer (SCT 26046004)."""

StressTestUsingCardiacPacing: _Final[_Code] = _Code(
    "SCT", "428685003", "Stress test using cardiac pacing", (3200, 3261, 3757)
)
"""Stress test using cardiac pacing (SCT 428685003)."""

StressThalliumProcedure: _Final[_Code] = _Code(
    "SCT", "431511008", "Stress thallium procedure", (3110,)
)
"""Stress thallium procedure (SCT 431511008)."""

Stretcher: _Final[_Code] = _Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003)."""

Stroke: _Final[_Code] = _Code("SCT", "309966001", "Stroke", (7030,))
"""Stroke (SCT 309966001)."""

StrokeIndex: _Final[_Code] = _Code("SCT", "277381004", "Stroke Index", (12239,))
"""Stroke Index (SCT 277381004)."""

StrokeVolume: _Final[_Code] = _Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

StrontiumChlorideSr85: _Final[_Code] = _Code("SCT", "69076006", "Strontium chloride Sr^85^", (25,))
"""Strontium chloride Sr^85^ (SCT 69076006)."""

StrontiumChlorideSr87: _Final[_Code] = _Code("SCT", "38424001", "Strontium chloride Sr^87^", (25,))
"""Strontium chloride Sr^87^ (SCT 38424001)."""

StrontiumChlorideSr89: _Final[_Code] = _Code("SCT", "125701003", "Strontium chloride Sr^89^", (25,))
"""Strontium chloride Sr^89^ (SCT 125701003)."""

StrontiumNitrateSr85: _Final[_Code] = _Code("SCT", "8858006", "Strontium nitrate Sr^85^", (25,))
"""Strontium nitrate Sr^85^ (SCT 8858006)."""

StrontiumNitrateSr87: _Final[_Code] = _Code("SCT", "31953001", "Strontium nitrate Sr^87^", (25,))
"""Strontium nitrate Sr^87^ (SCT 31953001)."""

StructureSinusOfValsalva: _Final[_Code] = _Code(
    "SCT", "81128002", "Structure Sinus of Valsalva", (12291,)
)
"""Structure Sinus of Valsalva (SCT 81128002)."""

Stryker: _Final[_Code] = _Code("SCT", "422954003", "Stryker", (4012,))
"""Stryker (SCT 422954003)."""

Subacute: _Final[_Code] = _Code("SCT", "19939008", "Subacute", (6130,))
"""Subacute (SCT 19939008)."""

SubacuteBacterialEndocarditis: _Final[_Code] = _Code(
    "SCT", "73774007", "Subacute bacterial endocarditis", (3700,)
)
"""Subacute bacterial endocarditis (SCT 73774007)."""

SubaorticCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "60227002", "subaortic common iliac lymph node", (7600,)
)
"""subaortic common iliac lymph node (SCT 60227002)."""

SubarachnoidSpace: _Final[_Code] = _Code("SCT", "35951006", "Subarachnoid space", (7153,))
"""Subarachnoid space (SCT 35951006)."""

SubareolarRegion: _Final[_Code] = _Code("SCT", "129784002", "Subareolar region", (6019,))
"""Subareolar region (SCT 129784002)."""

Subcapsular: _Final[_Code] = _Code("SCT", "61397002", "Subcapsular", (2,))
"""Subcapsular (SCT 61397002)."""

SubcarinalLymphNode: _Final[_Code] = _Code("SCT", "28330007", "subcarinal lymph node", (7600,))
"""subcarinal lymph node (SCT 28330007)."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

SubclavianLymphNode: _Final[_Code] = _Code("SCT", "421861001", "subclavian lymph node", (7600,))
"""subclavian lymph node (SCT 421861001)."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009)."""

SubcostalLongAxis: _Final[_Code] = _Code("SCT", "399310008", "Subcostal long axis", (12226,))
"""Subcostal long axis (SCT 399310008)."""

SubcostalMuscle: _Final[_Code] = _Code("SCT", "64658001", "Subcostal muscle", (6116,))
"""Subcostal muscle (SCT 64658001)."""

SubcostalObliqueCoronalView: _Final[_Code] = _Code(
    "SCT", "443640005", "Subcostal oblique coronal view", (12226,)
)
"""Subcostal oblique coronal view (SCT 443640005)."""

SubcostalShortAxis: _Final[_Code] = _Code("SCT", "399200001", "Subcostal short axis", (12226,))
"""Subcostal short axis (SCT 399200001)."""

SubcostalShortAxisViewAtAorticValveLevel: _Final[_Code] = _Code(
    "SCT", "443609003", "Subcostal short axis view at aortic valve level", (12226,)
)
"""Subcostal short axis view at aortic valve level (SCT 443609003)."""

SubcostalShortAxisViewAtMitralValveLevel: _Final[_Code] = _Code(
    "SCT", "443499004", "Subcostal short axis view at mitral valve level", (12226,)
)
"""Subcostal short axis view at mitral valve level (SCT 443499004)."""

SubcostalShortAxisViewAtPapillaryMuscleLevel: _Final[_Code] = _Code(
    "SCT", "443160001", "Subcostal short axis view at papillary muscle level", (12226,)
)
"""Subcostal short axis view at papillary muscle level (SCT 443160001)."""

SubcostalShortAxisViewAtVenousInflowLevel: _Final[_Code] = _Code(
    "SCT", "443500008", "Subcostal short axis view at venous inflow level", (12226,)
)
"""Subcostal short axis view at venous inflow level (SCT 443500008)."""

SubcostalViewOfCardiacOutletsDirectedAnteriorly: _Final[_Code] = _Code(
    "SCT", "443100003", "Subcostal view of cardiac outlets directed anteriorly", (12226,)
)
"""Subcostal view of cardiac outlets directed anteriorly (SCT 443100003)."""

Subcostal_19695001: _Final[_Code] = _Code("SCT", "19695001", "Subcostal", (4,))
"""Subcostal (SCT 19695001)."""

Subcostal_264208000: _Final[_Code] = _Code("SCT", "264208000", "Subcostal", (5,))
"""Subcostal (SCT 264208000)."""

SubcutaneousRoute: _Final[_Code] = _Code("SCT", "34206005", "Subcutaneous route", (11,))
"""Subcutaneous route (SCT 34206005)."""

SubcutaneousTissue: _Final[_Code] = _Code("SCT", "71966008", "Subcutaneous tissue", (5, 7166))
"""Subcutaneous tissue (SCT 71966008)."""

SubdiaphragmaticUptake: _Final[_Code] = _Code(
    "SCT", "429382003", "Subdiaphragmatic uptake", (3115,)
)
"""Subdiaphragmatic uptake (SCT 429382003)."""

SubmandibularArea: _Final[_Code] = _Code("SCT", "5713008", "Submandibular area", (4, 4029))
"""Submandibular area (SCT 5713008)."""

SubmandibularGland: _Final[_Code] = _Code("SCT", "54019009", "Submandibular gland", (4028, 4031))
"""Submandibular gland (SCT 54019009)."""

SubmandibularLymphNode: _Final[_Code] = _Code(
    "SCT", "59503006", "submandibular lymph node", (7600,)
)
"""submandibular lymph node (SCT 59503006)."""

Submental: _Final[_Code] = _Code("SCT", "170887008", "Submental", (4,))
"""Submental (SCT 170887008)."""

SubmentalLymphNode: _Final[_Code] = _Code("SCT", "46055009", "submental lymph node", (7600,))
"""submental lymph node (SCT 46055009)."""

Submentovertical: _Final[_Code] = _Code("SCT", "399255003", "submentovertical", (4010,))
"""submentovertical (SCT 399255003)."""

Subpleural: _Final[_Code] = _Code("SCT", "68599007", "Subpleural", (6126,))
"""Subpleural (SCT 68599007)."""

SubpyloricLymphNode: _Final[_Code] = _Code("SCT", "280314006", "subpyloric lymph node", (7600,))
"""subpyloric lymph node (SCT 280314006)."""

SubscapularAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "12196003", "subscapular axillary lymph node", (7600,)
)
"""subscapular axillary lymph node (SCT 12196003)."""

SubscapularisMuscle: _Final[_Code] = _Code("SCT", "90588001", "Subscapularis muscle", (6116,))
"""Subscapularis muscle (SCT 90588001)."""

SubsegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127922000", "subsegmental lymph node of the lung", (7600,)
)
"""subsegmental lymph node of the lung (SCT 127922000)."""

Substance: _Final[_Code] = _Code("SCT", "105590001", "Substance", (7150,))
"""Substance (SCT 105590001)."""

SubstantiaNigra: _Final[_Code] = _Code("SCT", "70007007", "Substantia nigra", (7153,))
"""Substantia nigra (SCT 70007007)."""

Subxiphoid: _Final[_Code] = _Code("SCT", "5076001", "Subxiphoid", (4,))
"""Subxiphoid (SCT 5076001)."""

Succinylcholine: _Final[_Code] = _Code("SCT", "372724004", "Succinylcholine", (627,))
"""Succinylcholine (SCT 372724004)."""

SudanBlackBStain: _Final[_Code] = _Code("SCT", "36572009", "Sudan black B stain", (8112,))
"""Sudan black B stain (SCT 36572009)."""

SudanBlackStain: _Final[_Code] = _Code("SCT", "310805002", "Sudan black stain", (8112,))
"""Sudan black stain (SCT 310805002)."""

SudanBlueStain: _Final[_Code] = _Code("SCT", "10740006", "Sudan blue stain", (8112,))
"""Sudan blue stain (SCT 10740006)."""

SudanIIIStain: _Final[_Code] = _Code("SCT", "39777001", "Sudan III stain", (8112,))
"""Sudan III stain (SCT 39777001)."""

SudanIIStain: _Final[_Code] = _Code("SCT", "12030009", "Sudan II stain", (8112,))
"""Sudan II stain (SCT 12030009)."""

SudanIVStain: _Final[_Code] = _Code("SCT", "69133007", "Sudan IV stain", (8112,))
"""Sudan IV stain (SCT 69133007)."""

SudanStain: _Final[_Code] = _Code("SCT", "314900004", "Sudan stain", (8112,))
"""Sudan stain (SCT 314900004)."""

Sufentanil: _Final[_Code] = _Code("SCT", "49998007", "Sufentanil", (66,))
"""Sufentanil (SCT 49998007)."""

SulfonamideAntibiotic: _Final[_Code] = _Code("SCT", "372788003", "Sulfonamide antibiotic", (622,))
"""Sulfonamide antibiotic (SCT 372788003)."""

SunsetYellowFCFStain: _Final[_Code] = _Code("SCT", "22968009", "sunset yellow FCF stain", (8112,))
"""sunset yellow FCF stain (SCT 22968009)."""

Superficial: _Final[_Code] = _Code("SCT", "26283006", "Superficial", (2, 3489))
"""Superficial (SCT 26283006)."""

SuperficialAnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "168557005", "superficial anterior cervical lymph node", (7600,)
)
"""superficial anterior cervical lymph node (SCT 168557005)."""

SuperficialCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "279144003", "superficial cervical lymph node", (7600,)
)
"""superficial cervical lymph node (SCT 279144003)."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008)."""

SuperficialFemoralVein: _Final[_Code] = _Code(
    "SCT", "397364003", "Superficial Femoral Vein", (12110,)
)
"""Superficial Femoral Vein (SCT 397364003)."""

SuperficialInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "113340006", "superficial inguinal lymph node", (7600,)
)
"""superficial inguinal lymph node (SCT 113340006)."""

SuperficialIntraparotidLymphNode: _Final[_Code] = _Code(
    "SCT", "68339009", "superficial intraparotid lymph node", (7600,)
)
"""superficial intraparotid lymph node (SCT 68339009)."""

SuperficialLateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "167965000", "superficial lateral cervical lymph node", (7600,)
)
"""superficial lateral cervical lymph node (SCT 167965000)."""

SuperficialLymphNode: _Final[_Code] = _Code("SCT", "90606007", "superficial lymph node", (7600,))
"""superficial lymph node (SCT 90606007)."""

SuperficialPalmarArch: _Final[_Code] = _Code("SCT", "26818002", "Superficial Palmar Arch", (12107,))
"""Superficial Palmar Arch (SCT 26818002)."""

SuperficialPalmarVenousArch: _Final[_Code] = _Code(
    "SCT", "368479001", "Superficial Palmar Venous Arch", (12108,)
)
"""Superficial Palmar Venous Arch (SCT 368479001)."""

SuperficialParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "279141006", "superficial parotid lymph node", (7600,)
)
"""superficial parotid lymph node (SCT 279141006)."""

SuperficialPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "12728001", "superficial popliteal lymph node", (7600,)
)
"""superficial popliteal lymph node (SCT 12728001)."""

SuperficialTemporalArtery: _Final[_Code] = _Code(
    "SCT", "15672000", "Superficial temporal artery", (3010, 3606)
)
"""Superficial temporal artery (SCT 15672000)."""

Superior: _Final[_Code] = _Code("SCT", "264217000", "Superior", (2, 5, 212, 4005, 6065, 12117))
"""Superior (SCT 264217000)."""

SuperiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181900008", "Superior articular facet of axis", (6115,)
)
"""Superior articular facet of axis (SCT 181900008)."""

SuperiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317665004", "Superior articular process of vertebra", (6115,)
)
"""Superior articular process of vertebra (SCT 317665004)."""

SuperiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "11089000", "Superior cerebellar peduncle", (7153, 7701)
)
"""Superior cerebellar peduncle (SCT 11089000)."""

SuperiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "13958008", "superior fronto-occipital fasciculus", (7703,)
)
"""superior fronto-occipital fasciculus (SCT 13958008)."""

SuperiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "76290003", "superior gluteal lymph node", (7600,)
)
"""superior gluteal lymph node (SCT 76290003)."""

SuperiorLateralInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "76704003", "superior lateral inguinal lymph node", (7600,)
)
"""superior lateral inguinal lymph node (SCT 76704003)."""

SuperiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Superior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior left pulmonary vein (SCT 43863001)."""

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "89202009", "Superior longitudinal fasciculus", (7153,)
)
"""Superior longitudinal fasciculus (SCT 89202009)."""

SuperiorMedialInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "52554005", "superior medial inguinal lymph node", (7600,)
)
"""superior medial inguinal lymph node (SCT 52554005)."""

SuperiorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127925003", "superior mediastinal lymph node", (7600,)
)
"""superior mediastinal lymph node (SCT 127925003)."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior mesenteric artery", (3010, 12112)
)
"""Superior mesenteric artery (SCT 42258001)."""

SuperiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "49394004", "superior mesenteric lymph node", (7600,)
)
"""superior mesenteric lymph node (SCT 49394004)."""

SuperiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "90771006", "Superior Mesenteric Vein", (12114,)
)
"""Superior Mesenteric Vein (SCT 90771006)."""

SuperiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280999005", "superior pancreatic lymph node", (7600,)
)
"""superior pancreatic lymph node (SCT 280999005)."""

SuperiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281320004", "superior pancreaticoduodenal lymph node", (7600,)
)
"""superior pancreaticoduodenal lymph node (SCT 281320004)."""

SuperiorPhrenicArtery: _Final[_Code] = _Code("SCT", "38991005", "Superior phrenic artery", (6117,))
"""Superior phrenic artery (SCT 38991005)."""

SuperiorRectalLymphNode: _Final[_Code] = _Code(
    "SCT", "68881005", "superior rectal lymph node", (7600,)
)
"""superior rectal lymph node (SCT 68881005)."""

SuperiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Superior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior right pulmonary vein (SCT 8629005)."""

SuperiorThyroidArtery: _Final[_Code] = _Code(
    "SCT", "72021004", "Superior thyroid artery", (3010, 3606)
)
"""Superior thyroid artery (SCT 72021004)."""

SuperiorTracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "67941004", "superior tracheobronchial lymph node", (7600,)
)
"""superior tracheobronchial lymph node (SCT 67941004)."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005)."""

SupernumeraryDeciduousMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2211000124103", "Supernumerary deciduous mandibular left canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular left canine tooth (SCT 2211000124103)."""

SupernumeraryDeciduousMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2261000124100", "Supernumerary deciduous mandibular left central incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left central incisor tooth (SCT 2261000124100)."""

SupernumeraryDeciduousMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2181000124102", "Supernumerary deciduous mandibular left first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left first molar tooth (SCT 2181000124102)."""

SupernumeraryDeciduousMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2171000124100", "Supernumerary deciduous mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous mandibular left lateral incisor tooth (SCT 2171000124100)."""

SupernumeraryDeciduousMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2241000124104", "Supernumerary deciduous mandibular left second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular left second molar tooth (SCT 2241000124104)."""

SupernumeraryDeciduousMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2221000124106", "Supernumerary deciduous mandibular right canine tooth", (4025,)
)
"""Supernumerary deciduous mandibular right canine tooth (SCT 2221000124106)."""

SupernumeraryDeciduousMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2191000124104",
    "Supernumerary deciduous mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right central incisor tooth (SCT 2191000124104)."""

SupernumeraryDeciduousMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2231000124109", "Supernumerary deciduous mandibular right first molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right first molar tooth (SCT 2231000124109)."""

SupernumeraryDeciduousMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2201000124101",
    "Supernumerary deciduous mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary deciduous mandibular right lateral incisor tooth (SCT 2201000124101)."""

SupernumeraryDeciduousMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2251000124102", "Supernumerary deciduous mandibular right second molar tooth", (4025,)
)
"""Supernumerary deciduous mandibular right second molar tooth (SCT 2251000124102)."""

SupernumeraryDeciduousMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2361000124105", "Supernumerary deciduous maxillary left canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary left canine tooth (SCT 2361000124105)."""

SupernumeraryDeciduousMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2351000124108", "Supernumerary deciduous maxillary left central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left central incisor tooth (SCT 2351000124108)."""

SupernumeraryDeciduousMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2331000124101", "Supernumerary deciduous maxillary left first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left first molar tooth (SCT 2331000124101)."""

SupernumeraryDeciduousMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2271000124107", "Supernumerary deciduous maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary left lateral incisor tooth (SCT 2271000124107)."""

SupernumeraryDeciduousMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2311000124107", "Supernumerary deciduous maxillary left second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary left second molar tooth (SCT 2311000124107)."""

SupernumeraryDeciduousMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2291000124108", "Supernumerary deciduous maxillary right canine tooth", (4025,)
)
"""Supernumerary deciduous maxillary right canine tooth (SCT 2291000124108)."""

SupernumeraryDeciduousMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2301000124109", "Supernumerary deciduous maxillary right central incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right central incisor tooth (SCT 2301000124109)."""

SupernumeraryDeciduousMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2321000124104", "Supernumerary deciduous maxillary right first molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right first molar tooth (SCT 2321000124104)."""

SupernumeraryDeciduousMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2281000124105", "Supernumerary deciduous maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary deciduous maxillary right lateral incisor tooth (SCT 2281000124105)."""

SupernumeraryDeciduousMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2341000124106", "Supernumerary deciduous maxillary right second molar tooth", (4025,)
)
"""Supernumerary deciduous maxillary right second molar tooth (SCT 2341000124106)."""

SupernumeraryPermanentMandibularLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2441000124103", "Supernumerary permanent mandibular left canine tooth", (4025,)
)
"""Supernumerary permanent mandibular left canine tooth (SCT 2441000124103)."""

SupernumeraryPermanentMandibularLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2481000124109", "Supernumerary permanent mandibular left central incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left central incisor tooth (SCT 2481000124109)."""

SupernumeraryPermanentMandibularLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2431000124108", "Supernumerary permanent mandibular left first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first molar tooth (SCT 2431000124108)."""

SupernumeraryPermanentMandibularLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2451000124101", "Supernumerary permanent mandibular left first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left first premolar tooth (SCT 2451000124101)."""

SupernumeraryPermanentMandibularLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2381000124100", "Supernumerary permanent mandibular left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent mandibular left lateral incisor tooth (SCT 2381000124100)."""

SupernumeraryPermanentMandibularLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2371000124103", "Supernumerary permanent mandibular left second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second molar tooth (SCT 2371000124103)."""

SupernumeraryPermanentMandibularLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2471000124106", "Supernumerary permanent mandibular left second premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular left second premolar tooth (SCT 2471000124106)."""

SupernumeraryPermanentMandibularLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2391000124102", "Supernumerary permanent mandibular left third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular left third molar tooth (SCT 2391000124102)."""

SupernumeraryPermanentMandibularRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2501000124104", "Supernumerary permanent mandibular right canine tooth", (4025,)
)
"""Supernumerary permanent mandibular right canine tooth (SCT 2501000124104)."""

SupernumeraryPermanentMandibularRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2511000124101",
    "Supernumerary permanent mandibular right central incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right central incisor tooth (SCT 2511000124101)."""

SupernumeraryPermanentMandibularRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2491000124107", "Supernumerary permanent mandibular right first molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first molar tooth (SCT 2491000124107)."""

SupernumeraryPermanentMandibularRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2461000124104", "Supernumerary permanent mandibular right first premolar tooth", (4025,)
)
"""Supernumerary permanent mandibular right first premolar tooth (SCT 2461000124104)."""

SupernumeraryPermanentMandibularRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT",
    "2521000124109",
    "Supernumerary permanent mandibular right lateral incisor tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right lateral incisor tooth (SCT 2521000124109)."""

SupernumeraryPermanentMandibularRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2401000124100", "Supernumerary permanent mandibular right second molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right second molar tooth (SCT 2401000124100)."""

SupernumeraryPermanentMandibularRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT",
    "2421000124105",
    "Supernumerary permanent mandibular right second premolar tooth",
    (4025,),
)
"""Supernumerary permanent mandibular right second premolar tooth (SCT 2421000124105)."""

SupernumeraryPermanentMandibularRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2411000124102", "Supernumerary permanent mandibular right third molar tooth", (4025,)
)
"""Supernumerary permanent mandibular right third molar tooth (SCT 2411000124102)."""

SupernumeraryPermanentMaxillaryLeftCanineTooth: _Final[_Code] = _Code(
    "SCT", "2611000124100", "Supernumerary permanent maxillary left canine tooth", (4025,)
)
"""Supernumerary permanent maxillary left canine tooth (SCT 2611000124100)."""

SupernumeraryPermanentMaxillaryLeftCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2541000124102", "Supernumerary permanent maxillary left central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left central incisor tooth (SCT 2541000124102)."""

SupernumeraryPermanentMaxillaryLeftFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2661000124102", "Supernumerary permanent maxillary left first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first molar tooth (SCT 2661000124102)."""

SupernumeraryPermanentMaxillaryLeftFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2641000124101", "Supernumerary permanent maxillary left first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left first premolar tooth (SCT 2641000124101)."""

SupernumeraryPermanentMaxillaryLeftLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2651000124104", "Supernumerary permanent maxillary left lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary left lateral incisor tooth (SCT 2651000124104)."""

SupernumeraryPermanentMaxillaryLeftSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2621000124108", "Supernumerary permanent maxillary left second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second molar tooth (SCT 2621000124108)."""

SupernumeraryPermanentMaxillaryLeftSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2681000124107", "Supernumerary permanent maxillary left second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary left second premolar tooth (SCT 2681000124107)."""

SupernumeraryPermanentMaxillaryLeftThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2581000124108", "Supernumerary permanent maxillary left third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary left third molar tooth (SCT 2581000124108)."""

SupernumeraryPermanentMaxillaryRightCanineTooth: _Final[_Code] = _Code(
    "SCT", "2601000124103", "Supernumerary permanent maxillary right canine tooth", (4025,)
)
"""Supernumerary permanent maxillary right canine tooth (SCT 2601000124103)."""

SupernumeraryPermanentMaxillaryRightCentralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2551000124100", "Supernumerary permanent maxillary right central incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right central incisor tooth (SCT 2551000124100)."""

SupernumeraryPermanentMaxillaryRightFirstMolarTooth: _Final[_Code] = _Code(
    "SCT", "2591000124106", "Supernumerary permanent maxillary right first molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first molar tooth (SCT 2591000124106)."""

SupernumeraryPermanentMaxillaryRightFirstPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2671000124109", "Supernumerary permanent maxillary right first premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right first premolar tooth (SCT 2671000124109)."""

SupernumeraryPermanentMaxillaryRightLateralIncisorTooth: _Final[_Code] = _Code(
    "SCT", "2571000124105", "Supernumerary permanent maxillary right lateral incisor tooth", (4025,)
)
"""Supernumerary permanent maxillary right lateral incisor tooth (SCT 2571000124105)."""

SupernumeraryPermanentMaxillaryRightSecondMolarTooth: _Final[_Code] = _Code(
    "SCT", "2631000124106", "Supernumerary permanent maxillary right second molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second molar tooth (SCT 2631000124106)."""

SupernumeraryPermanentMaxillaryRightSecondPremolarTooth: _Final[_Code] = _Code(
    "SCT", "2561000124103", "Supernumerary permanent maxillary right second premolar tooth", (4025,)
)
"""Supernumerary permanent maxillary right second premolar tooth (SCT 2561000124103)."""

SupernumeraryPermanentMaxillaryRightThirdMolarTooth: _Final[_Code] = _Code(
    "SCT", "2531000124107", "Supernumerary permanent maxillary right third molar tooth", (4025,)
)
"""Supernumerary permanent maxillary right third molar tooth (SCT 2531000124107)."""

SuperolateralToInferomedialOblique: _Final[_Code] = _Code(
    "SCT", "399188001", "superolateral to inferomedial oblique", (4014,)
)
"""superolateral to inferomedial oblique (SCT 399188001)."""

Supination: _Final[_Code] = _Code("SCT", "14502000", "Supination", (92,))
"""Supination (SCT 14502000)."""

SupineBodyPosition: _Final[_Code] = _Code(
    "SCT", "40199007", "Supine body position", (20, 3262, 3602, 6206)
)
"""Supine body position (SCT 40199007)."""

SupportiveIntent: _Final[_Code] = _Code("SCT", "399707004", "Supportive intent", (3629,))
"""Supportive intent (SCT 399707004)."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003)."""

SupraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "76838003", "supraclavicular lymph node", (7600,)
)
"""supraclavicular lymph node (SCT 76838003)."""

SupraclavicularRegionOfNeck: _Final[_Code] = _Code(
    "SCT", "77621008", "Supraclavicular region of neck", (4,)
)
"""Supraclavicular region of neck (SCT 77621008)."""

Supraglottis: _Final[_Code] = _Code("SCT", "119255006", "supraglottis", (7601,))
"""supraglottis (SCT 119255006)."""

SuprapulmonicValveArea: _Final[_Code] = _Code(
    "SCT", "79142001", "Suprapulmonic valve area", (3829,)
)
"""Suprapulmonic valve area (SCT 79142001)."""

SuprapyloricLymphNode: _Final[_Code] = _Code("SCT", "280216006", "suprapyloric lymph node", (7600,))
"""suprapyloric lymph node (SCT 280216006)."""

SupraspinatusMuscle: _Final[_Code] = _Code("SCT", "6423006", "Supraspinatus muscle", (6116,))
"""Supraspinatus muscle (SCT 6423006)."""

SuprasternalCoronalView: _Final[_Code] = _Code(
    "SCT", "443162009", "Suprasternal coronal view", (12226,)
)
"""Suprasternal coronal view (SCT 443162009)."""

SuprasternalLongAxis: _Final[_Code] = _Code("SCT", "399106004", "Suprasternal long axis", (12226,))
"""Suprasternal long axis (SCT 399106004)."""

SuprasternalLongAxisViewOfAorticArch: _Final[_Code] = _Code(
    "SCT", "443562002", "Suprasternal long axis view of aortic arch", (12226,)
)
"""Suprasternal long axis view of aortic arch (SCT 443562002)."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal notch", (4, 1004, 6115))
"""Suprasternal notch (SCT 26493002)."""

SuprasternalSagittalView: _Final[_Code] = _Code(
    "SCT", "443163004", "Suprasternal sagittal view", (12226,)
)
"""Suprasternal sagittal view (SCT 443163004)."""

SuprasternalShortAxis: _Final[_Code] = _Code(
    "SCT", "399145009", "Suprasternal short axis", (12226,)
)
"""Suprasternal short axis (SCT 399145009)."""

SupraventricularTachycardia: _Final[_Code] = _Code(
    "SCT", "6456007", "Supraventricular tachycardia", (3201, 3230, 12246)
)
"""Supraventricular tachycardia (SCT 6456007)."""

Surface: _Final[_Code] = _Code("SCT", "410679008", "Surface", (2, 5))
"""Surface (SCT 410679008)."""

SurfaceBolus: _Final[_Code] = _Code("SCT", "228736002", "Surface Bolus", (9516,))
"""Surface Bolus (SCT 228736002)."""

Surgeon: _Final[_Code] = _Code("SCT", "304292004", "Surgeon", (7452,))
"""Surgeon (SCT 304292004)."""

Surgery: _Final[_Code] = _Code("SCT", "309967005", "Surgery", (7030,))
"""Surgery (SCT 309967005)."""

Surgical: _Final[_Code] = _Code("SCT", "83578000", "surgical", (3815,))
"""surgical (SCT 83578000)."""

SurgicalIntensiveCare: _Final[_Code] = _Code("SCT", "418433008", "Surgical Intensive Care", (7030,))
"""Surgical Intensive Care (SCT 418433008)."""

SurgicalProcedure: _Final[_Code] = _Code("SCT", "387713003", "Surgical procedure", (6319,))
"""Surgical procedure (SCT 387713003)."""

SurgicalScar: _Final[_Code] = _Code("SCT", "63130001", "Surgical scar", (6056,))
"""Surgical scar (SCT 63130001)."""

Sus: _Final[_Code] = _Code("SCT", "388393002", "Sus", (7454,))
"""Sus (SCT 388393002)."""

SusScrofa: _Final[_Code] = _Code("SCT", "78678003", "Sus scrofa", (7454,))
"""Sus scrofa (SCT 78678003)."""

Suspected: _Final[_Code] = _Code("SCT", "415684004", "Suspected", (3770,))
"""Suspected (SCT 415684004)."""

Suspended: _Final[_Code] = _Code("SCT", "385655000", "Suspended", (3773,))
"""Suspended (SCT 385655000)."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002)."""

SwannGanzCatheter: _Final[_Code] = _Code("SCT", "397755005", "Swann-Ganz catheter", (3429,))
"""Swann-Ganz catheter (SCT 397755005)."""

Swanson: _Final[_Code] = _Code("SCT", "399313005", "Swanson", (4012,))
"""Swanson (SCT 399313005)."""

Sweating: _Final[_Code] = _Code("SCT", "415690000", "Sweating", (60,))
"""Sweating (SCT 415690000)."""

Swelling: _Final[_Code] = _Code("SCT", "65124004", "Swelling", (6062,))
"""Swelling (SCT 65124004)."""

SympatheticTrunk: _Final[_Code] = _Code("SCT", "44909008", "Sympathetic trunk", (7167,))
"""Sympathetic trunk (SCT 44909008)."""

SymphysisPubis: _Final[_Code] = _Code("SCT", "82561000", "Symphysis pubis", (1005,))
"""Symphysis pubis (SCT 82561000)."""

SymptomFree: _Final[_Code] = _Code("SCT", "162467007", "Symptom free", (3772,))
"""Symptom free (SCT 162467007)."""

SymptomHasChanged: _Final[_Code] = _Code("SCT", "162499001", "Symptom has changed", (4406,))
"""Symptom has changed (SCT 162499001)."""

Syncope: _Final[_Code] = _Code("SCT", "271594007", "Syncope", (3201, 3220, 3221, 12246))
"""Syncope (SCT 271594007)."""

Syringe_61968008: _Final[_Code] = _Code("SCT", "61968008", "Syringe", (69, 4051))
"""Syringe (SCT 61968008)."""

Syringe_733020007: _Final[_Code] = _Code("SCT", "733020007", "Syringe", (68,))
"""Syringe (SCT 733020007)."""

Systemic: _Final[_Code] = _Code("SCT", "31099001", "Systemic", (6128,))
"""Systemic (SCT 31099001)."""

SystemicArtery: _Final[_Code] = _Code("SCT", "281159003", "Systemic artery", (7156,))
"""Systemic artery (SCT 281159003)."""

SystemicArteryBlood: _Final[_Code] = _Code("SCT", "371952000", "Systemic Artery Blood", (3520,))
"""Systemic Artery Blood (SCT 371952000)."""

SystemicCollateralArteryToLung: _Final[_Code] = _Code(
    "SCT", "128589000", "Systemic collateral artery to lung", (3010, 3606)
)
"""Systemic collateral artery to lung (SCT 128589000)."""

SystemicVascularResistance: _Final[_Code] = _Code(
    "SCT", "386530009", "Systemic Vascular Resistance", (3619,)
)
"""Systemic Vascular Resistance (SCT 386530009)."""

SystemicVascularStructure: _Final[_Code] = _Code(
    "SCT", "281157001", "Systemic vascular structure", (6100,)
)
"""Systemic vascular structure (SCT 281157001)."""

SystemicVein: _Final[_Code] = _Code("SCT", "360592004", "Systemic vein", (7156,))
"""Systemic vein (SCT 360592004)."""

SystemicVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128568009", "Systemic venous atrium", (3010, 3608)
)
"""Systemic venous atrium (SCT 128568009)."""

Systole: _Final[_Code] = _Code("SCT", "111973004", "Systole", (3472, 12233, 12307))
"""Systole (SCT 111973004)."""

T10T11Disc: _Final[_Code] = _Code("SCT", "34959001", "T10/T11 disc", (7604,))
"""T10/T11 disc (SCT 34959001)."""

T10Vertebra: _Final[_Code] = _Code("SCT", "7610001", "T10 vertebra", (7603,))
"""T10 vertebra (SCT 7610001)."""

T11T12Disc: _Final[_Code] = _Code("SCT", "1537001", "T11/T12 disc", (7604,))
"""T11/T12 disc (SCT 1537001)."""

T11Vertebra: _Final[_Code] = _Code("SCT", "12989004", "T11 vertebra", (7603,))
"""T11 vertebra (SCT 12989004)."""

T12L1Disc: _Final[_Code] = _Code("SCT", "76206002", "T12/L1 disc", (7604,))
"""T12/L1 disc (SCT 76206002)."""

T12Vertebra: _Final[_Code] = _Code("SCT", "23215003", "T12 vertebra", (7603,))
"""T12 vertebra (SCT 23215003)."""

T1T2Disc: _Final[_Code] = _Code("SCT", "40908007", "T1/T2 disc", (7604,))
"""T1/T2 disc (SCT 40908007)."""

T1Vertebra: _Final[_Code] = _Code("SCT", "64864005", "T1 vertebra", (7603,))
"""T1 vertebra (SCT 64864005)."""

T2T3Disc: _Final[_Code] = _Code("SCT", "6004007", "T2/T3 disc", (7604,))
"""T2/T3 disc (SCT 6004007)."""

T2Vertebra: _Final[_Code] = _Code("SCT", "53733008", "T2 vertebra", (7603,))
"""T2 vertebra (SCT 53733008)."""

T3T4Disc: _Final[_Code] = _Code("SCT", "2620004", "T3/T4 disc", (7604,))
"""T3/T4 disc (SCT 2620004)."""

T3Vertebra: _Final[_Code] = _Code("SCT", "1626008", "T3 vertebra", (7603,))
"""T3 vertebra (SCT 1626008)."""

T4T5Disc: _Final[_Code] = _Code("SCT", "82965004", "T4/T5 disc", (7604,))
"""T4/T5 disc (SCT 82965004)."""

T4Vertebra: _Final[_Code] = _Code("SCT", "73071006", "T4 vertebra", (7603,))
"""T4 vertebra (SCT 73071006)."""

T5T6Disc: _Final[_Code] = _Code("SCT", "72692000", "T5/T6 disc", (7604,))
"""T5/T6 disc (SCT 72692000)."""

T5Vertebra: _Final[_Code] = _Code("SCT", "56401006", "T5 vertebra", (7603,))
"""T5 vertebra (SCT 56401006)."""

T6T7Disc: _Final[_Code] = _Code("SCT", "74401007", "T6/T7 disc", (7604,))
"""T6/T7 disc (SCT 74401007)."""

T6Vertebra: _Final[_Code] = _Code("SCT", "45296009", "T6 vertebra", (7603,))
"""T6 vertebra (SCT 45296009)."""

T7T8Disc: _Final[_Code] = _Code("SCT", "28693002", "T7/T8 disc", (7604,))
"""T7/T8 disc (SCT 28693002)."""

T7Vertebra: _Final[_Code] = _Code("SCT", "62487009", "T7 vertebra", (7603,))
"""T7 vertebra (SCT 62487009)."""

T8T9Disc: _Final[_Code] = _Code("SCT", "9188009", "T8/T9 disc", (7604,))
"""T8/T9 disc (SCT 9188009)."""

T8Vertebra: _Final[_Code] = _Code("SCT", "11068009", "T8 vertebra", (7603,))
"""T8 vertebra (SCT 11068009)."""

T9T10Disc: _Final[_Code] = _Code("SCT", "113209001", "T9/T10 disc", (7604,))
"""T9/T10 disc (SCT 113209001)."""

T9Vertebra: _Final[_Code] = _Code("SCT", "82687006", "T9 vertebra", (7603,))
"""T9 vertebra (SCT 82687006)."""

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004)."""

TachycardiaBradycardia: _Final[_Code] = _Code("SCT", "74615001", "Tachycardia-bradycardia", (60,))
"""Tachycardia-bradycardia (SCT 74615001)."""

TakingOfSwab: _Final[_Code] = _Code("SCT", "285570007", "Taking of swab", (8109,))
"""Taking of swab (SCT 285570007)."""

Talus: _Final[_Code] = _Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005)."""

Tamoxifen: _Final[_Code] = _Code("SCT", "75959001", "Tamoxifen", (6080,))
"""Tamoxifen (SCT 75959001)."""

Tangential: _Final[_Code] = _Code("SCT", "399110001", "tangential", (4010, 4015))
"""tangential (SCT 399110001)."""

Tantalum: _Final[_Code] = _Code("SCT", "45215009", "Tantalum", (300, 10006))
"""Tantalum (SCT 45215009)."""

TapWater: _Final[_Code] = _Code("SCT", "444923006", "Tap water", (610,))
"""Tap water (SCT 444923006)."""

TapetumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "60105000", "tapetum of corpus callosum", (7705,)
)
"""tapetum of corpus callosum (SCT 60105000)."""

TargetHeartRateAchieved: _Final[_Code] = _Code(
    "SCT", "258153002", "Target Heart Rate Achieved", (3221,)
)
"""Target Heart Rate Achieved (SCT 258153002)."""

Tarrant: _Final[_Code] = _Code("SCT", "399247005", "Tarrant", (4012,))
"""Tarrant (SCT 399247005)."""

TarsalJoint: _Final[_Code] = _Code("SCT", "27949001", "Tarsal joint", (4031,))
"""Tarsal joint (SCT 27949001)."""

Tarsus: _Final[_Code] = _Code("SCT", "108371006", "Tarsus", (7483,))
"""Tarsus (SCT 108371006)."""

TartrazineStain: _Final[_Code] = _Code("SCT", "21592006", "tartrazine stain", (8112,))
"""tartrazine stain (SCT 21592006)."""

TasteSenseAltered: _Final[_Code] = _Code("SCT", "271801002", "Taste sense altered", (60,))
"""Taste sense altered (SCT 271801002)."""

Taylor: _Final[_Code] = _Code("SCT", "399296000", "Taylor", (4012,))
"""Taylor (SCT 399296000)."""

Technetium99mGalactosylHumanSerumAlbuminDiethylenetriamine: _Final[_Code] = _Code(
    "SCT", "446534003", "Technetium^99m Galactosyl Human Serum Albumin Diethylenetriamine", (25,)
)
"""Technetium^99m Galactosyl Human Serum Albumin Diethylenetriamine (SCT 446534003)."""

Technetium99mLabeledCarbon: _Final[_Code] = _Code(
    "SCT", "447125008", "Technetium^99m labeled carbon", (25,)
)
"""Technetium^99m labeled carbon (SCT 447125008)."""

Technetium99mMercaptoacetylTriglycineMAG3: _Final[_Code] = _Code(
    "SCT", "446536001", "Technetium^99m Mercaptoacetyl triglycine MAG3", (25,)
)
"""Technetium^99m Mercaptoacetyl triglycine MAG3 (SCT 446536001)."""

Technetium99mNPyridoxyl5Methyltryptophan: _Final[_Code] = _Code(
    "SCT", "447126009", "Technetium^99m N-pyridoxyl-5-methyltryptophan", (25,)
)
"""Technetium^99m N-pyridoxyl-5-methyltryptophan (SCT 447126009)."""

Technetium99mPhytate: _Final[_Code] = _Code("SCT", "447127000", "Technetium^99m Phytate", (25,))
"""Technetium^99m Phytate (SCT 447127000)."""

Technetium99mStannousColloid: _Final[_Code] = _Code(
    "SCT", "447128005", "Technetium^99m Stannous Colloid", (25,)
)
"""Technetium^99m Stannous Colloid (SCT 447128005)."""

TechnetiumTc99cAlbuminMicrospheres: _Final[_Code] = _Code(
    "SCT", "55494003", "Technetium Tc^99c^ albumin microspheres", (25,)
)
"""Technetium Tc^99c^ albumin microspheres (SCT 55494003)."""

TechnetiumTc99mAggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "85693008", "Technetium Tc^99m^ aggregated albumin", (25,)
)
"""Technetium Tc^99m^ aggregated albumin (SCT 85693008)."""

TechnetiumTc99mBicisate: _Final[_Code] = _Code(
    "SCT", "766886003", "Technetium Tc^99m^ bicisate", (25,)
)
"""Technetium Tc^99m^ bicisate (SCT 766886003)."""

TechnetiumTc99mDepreotide: _Final[_Code] = _Code(
    "SCT", "415704007", "Technetium Tc^99m^ depreotide", (25,)
)
"""Technetium Tc^99m^ depreotide (SCT 415704007)."""

TechnetiumTc99mDisofenin: _Final[_Code] = _Code(
    "SCT", "3040004", "Technetium Tc^99m^ disofenin", (25,)
)
"""Technetium Tc^99m^ disofenin (SCT 3040004)."""

TechnetiumTc99mExametazime: _Final[_Code] = _Code(
    "SCT", "77313009", "Technetium Tc^99m^ exametazime", (25,)
)
"""Technetium Tc^99m^ exametazime (SCT 77313009)."""

TechnetiumTc99mIronAscorbate: _Final[_Code] = _Code(
    "SCT", "87853006", "Technetium Tc^99m^ iron ascorbate", (25,)
)
"""Technetium Tc^99m^ iron ascorbate (SCT 87853006)."""

TechnetiumTc99mLidofenin: _Final[_Code] = _Code(
    "SCT", "7281000", "Technetium Tc^99m^ lidofenin", (25,)
)
"""Technetium Tc^99m^ lidofenin (SCT 7281000)."""

TechnetiumTc99mMebrofenin: _Final[_Code] = _Code(
    "SCT", "4832001", "Technetium Tc^99m^ mebrofenin", (25,)
)
"""Technetium Tc^99m^ mebrofenin (SCT 4832001)."""

TechnetiumTc99mMedronate: _Final[_Code] = _Code(
    "SCT", "96390006", "Technetium Tc^99m^ medronate", (25,)
)
"""Technetium Tc^99m^ medronate (SCT 96390006)."""

TechnetiumTc99mMicroaggregatedAlbumin: _Final[_Code] = _Code(
    "SCT", "81761004", "Technetium Tc^99m^ microaggregated albumin", (25,)
)
"""Technetium Tc^99m^ microaggregated albumin (SCT 81761004)."""

TechnetiumTc99mNSubstitutedIminodiacetate: _Final[_Code] = _Code(
    "SCT", "87410002", "Technetium Tc^99m^ N-substituted iminodiacetate", (25,)
)
"""Technetium Tc^99m^ N-substituted iminodiacetate (SCT 87410002)."""

TechnetiumTc99mOxidronate: _Final[_Code] = _Code(
    "SCT", "53951001", "Technetium Tc^99m^ oxidronate", (25,)
)
"""Technetium Tc^99m^ oxidronate (SCT 53951001)."""

TechnetiumTc99mPentetate: _Final[_Code] = _Code(
    "SCT", "430276001", "Technetium Tc^99m^ pentetate", (25,)
)
"""Technetium Tc^99m^ pentetate (SCT 430276001)."""

TechnetiumTc99mPyrophosphate: _Final[_Code] = _Code(
    "SCT", "764821009", "Technetium Tc^99m^ pyrophosphate", (25,)
)
"""Technetium Tc^99m^ pyrophosphate (SCT 764821009)."""

TechnetiumTc99mSerumAlbumin: _Final[_Code] = _Code(
    "SCT", "79610008", "Technetium Tc^99m^ serum albumin", (25,)
)
"""Technetium Tc^99m^ serum albumin (SCT 79610008)."""

TechnetiumTc99mSestamibi: _Final[_Code] = _Code(
    "SCT", "424299003", "Technetium Tc^99m^ sestamibi", (25, 3111)
)
"""Technetium Tc^99m^ sestamibi (SCT 424299003)."""

TechnetiumTc99mSodiumGlucoheptonate: _Final[_Code] = _Code(
    "SCT", "45849009", "Technetium Tc^99m^ sodium glucoheptonate", (25,)
)
"""Technetium Tc^99m^ sodium glucoheptonate (SCT 45849009)."""

TechnetiumTc99mStannousEtidronate: _Final[_Code] = _Code(
    "SCT", "111162007", "Technetium Tc^99m^ stannous etidronate", (25,)
)
"""Technetium Tc^99m^ stannous etidronate (SCT 111162007)."""

TechnetiumTc99mSuccimer: _Final[_Code] = _Code(
    "SCT", "24511001", "Technetium Tc^99m^ succimer", (25,)
)
"""Technetium Tc^99m^ succimer (SCT 24511001)."""

TechnetiumTc99mSulfurColloid: _Final[_Code] = _Code(
    "SCT", "5931004", "Technetium Tc^99m^ sulfur colloid", (25,)
)
"""Technetium Tc^99m^ sulfur colloid (SCT 5931004)."""

TechnetiumTc99mTaggedRedCells: _Final[_Code] = _Code(
    "SCT", "89818005", "Technetium Tc^99m^ tagged red cells", (25,)
)
"""Technetium Tc^99m^ tagged red cells (SCT 89818005)."""

TechnetiumTc99mTeboroxime: _Final[_Code] = _Code(
    "SCT", "424318009", "Technetium Tc^99m^Teboroxime", (25,)
)
"""Technetium Tc^99m^Teboroxime (SCT 424318009)."""

TechnetiumTc99mTetrofosmin: _Final[_Code] = _Code(
    "SCT", "424118002", "Technetium Tc^99m^Tetrofosmin", (25, 3111)
)
"""Technetium Tc^99m^Tetrofosmin (SCT 424118002)."""

TeethGumsAndSupportingStructures: _Final[_Code] = _Code(
    "SCT", "28035005", "Teeth, gums and supporting structures", (4016,)
)
"""Teeth, gums and supporting structures (SCT 28035005)."""

TelangiectasiaCutaneousCancerSyndromeFamilial: _Final[_Code] = _Code(
    "SCT", "782823001", "Telangiectasia, cutaneous, cancer syndrome, familial", (4405,)
)
"""Telangiectasia, cutaneous, cancer syndrome, familial (SCT 782823001)."""

Telencephalon: _Final[_Code] = _Code("SCT", "11628009", "Telencephalon", (7153,))
"""Telencephalon (SCT 11628009)."""

TemperatureWaveform: _Final[_Code] = _Code("SCT", "128437008", "Temperature waveform", (3003,))
"""Temperature waveform (SCT 128437008)."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal Bone", (1002, 4028))
"""Temporal Bone (SCT 60911003)."""

TemporalCorrelation: _Final[_Code] = _Code("SCT", "133886009", "Temporal correlation", (6043, 6137))
"""Temporal correlation (SCT 133886009)."""

TemporalLobe: _Final[_Code] = _Code("SCT", "78277001", "Temporal lobe", (7153,))
"""Temporal lobe (SCT 78277001)."""

TemporaryTranscutaneousPacing: _Final[_Code] = _Code(
    "SCT", "59218006", "temporary transcutaneous pacing", (3555,)
)
"""temporary transcutaneous pacing (SCT 59218006)."""

TemporomandibularJoint: _Final[_Code] = _Code(
    "SCT", "53620006", "Temporomandibular joint", (4028, 4031)
)
"""Temporomandibular joint (SCT 53620006)."""

Tendon: _Final[_Code] = _Code("SCT", "13024002", "Tendon", (7166,))
"""Tendon (SCT 13024002)."""

TendonOfRotatorCuffOfShoulder: _Final[_Code] = _Code(
    "SCT", "245100002", "Tendon of Rotator Cuff of Shoulder", (12321,)
)
"""Tendon of Rotator Cuff of Shoulder (SCT 245100002)."""

TendonOfTodaro: _Final[_Code] = _Code("SCT", "128595004", "Tendon of Todaro", (3011,))
"""Tendon of Todaro (SCT 128595004)."""

TenthIntercostalSpace: _Final[_Code] = _Code("SCT", "117142007", "Tenth Intercostal Space", (5,))
"""Tenth Intercostal Space (SCT 117142007)."""

TeresMajorMuscle: _Final[_Code] = _Code("SCT", "1193009", "Teres major muscle", (6116,))
"""Teres major muscle (SCT 1193009)."""

TeresMinorMuscle: _Final[_Code] = _Code("SCT", "51159009", "Teres minor muscle", (6116,))
"""Teres minor muscle (SCT 51159009)."""

TerminalDeoxynucleotidylTransferaseStain: _Final[_Code] = _Code(
    "SCT", "406975002", "terminal deoxynucleotidyl transferase stain", (8112,)
)
"""terminal deoxynucleotidyl transferase stain (SCT 406975002)."""

TerminalInternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "415646005", "Terminal internal carotid artery", (12105,)
)
"""Terminal internal carotid artery (SCT 415646005)."""

TesticularArtery: _Final[_Code] = _Code("SCT", "27175001", "Testicular Artery", (12111,))
"""Testicular Artery (SCT 27175001)."""

TesticularVein: _Final[_Code] = _Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004)."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003)."""

TetracyclineAntibiotic: _Final[_Code] = _Code("SCT", "373206009", "Tetracycline antibiotic", (622,))
"""Tetracycline antibiotic (SCT 373206009)."""

TetralogyOfFallot: _Final[_Code] = _Code("SCT", "86299006", "Tetralogy of Fallot", (12248,))
"""Tetralogy of Fallot (SCT 86299006)."""

Teufel: _Final[_Code] = _Code("SCT", "399127009", "Teufel", (4012,))
"""Teufel (SCT 399127009)."""

Thalamus_119406000: _Final[_Code] = _Code("SCT", "119406000", "Thalamus", (7140,))
"""Thalamus (SCT 119406000)."""

Thalamus_42695009: _Final[_Code] = _Code("SCT", "42695009", "Thalamus", (7153,))
"""Thalamus (SCT 42695009)."""

Thallium201: _Final[_Code] = _Code("SCT", "353842007", "Thallium-201", (3111,))
"""Thallium-201 (SCT 353842007)."""

ThallousChlorideTl201: _Final[_Code] = _Code("SCT", "73685002", "Thallous chloride Tl^201^", (25,))
"""Thallous chloride Tl^201^ (SCT 73685002)."""

TheilerMurineEncephalomyelitisVirus: _Final[_Code] = _Code(
    "SCT", "42024000", "Theiler's murine encephalomyelitis virus", (641,)
)
"""Theiler's murine encephalomyelitis virus (SCT 42024000)."""

TherapeuticIntent: _Final[_Code] = _Code("SCT", "262202000", "Therapeutic Intent", (3629,))
"""Therapeutic Intent (SCT 262202000)."""

TherapeuticProcedure: _Final[_Code] = _Code("SCT", "277132007", "Therapeutic procedure", (6319,))
"""Therapeutic procedure (SCT 277132007)."""

TherapeuticRadioisotope: _Final[_Code] = _Code("SCT", "439007", "Therapeutic radioisotope", (25,))
"""Therapeutic radioisotope (SCT 439007)."""

ThermalBath: _Final[_Code] = _Code("SCT", "371838001", "Thermal Bath", (3628,))
"""Thermal Bath (SCT 371838001)."""

ThermalCardiacOutputWaveform: _Final[_Code] = _Code(
    "SCT", "128454000", "Thermal cardiac output waveform", (3003,)
)
"""Thermal cardiac output waveform (SCT 128454000)."""

ThermalInline: _Final[_Code] = _Code("SCT", "371843008", "Thermal Inline", (3628,))
"""Thermal Inline (SCT 371843008)."""

ThermistorCatheter: _Final[_Code] = _Code("SCT", "371800000", "Thermistor catheter", (3429,))
"""Thermistor catheter (SCT 371800000)."""

ThermistorCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133914002", "Thermistor catheter method", (3241,)
)
"""Thermistor catheter method (SCT 133914002)."""

ThermoluminescentRadiationDosimeter: _Final[_Code] = _Code(
    "SCT", "464983000", "Thermoluminescent radiation dosimeter", (7026, 7027)
)
"""Thermoluminescent radiation dosimeter (SCT 464983000)."""

Thiamylal: _Final[_Code] = _Code("SCT", "40342009", "Thiamylal", (625,))
"""Thiamylal (SCT 40342009)."""

Thigh: _Final[_Code] = _Code("SCT", "68367000", "Thigh", (4, 4031))
"""Thigh (SCT 68367000)."""

ThighPerforator: _Final[_Code] = _Code("SCT", "714759009", "Thigh perforator", (12110,))
"""Thigh perforator (SCT 714759009)."""

ThioflavineSStain: _Final[_Code] = _Code("SCT", "406995008", "thioflavine S stain", (8112,))
"""thioflavine S stain (SCT 406995008)."""

ThioflavineTStain: _Final[_Code] = _Code("SCT", "61068006", "thioflavine T stain", (8112,))
"""thioflavine T stain (SCT 61068006)."""

ThionineStain: _Final[_Code] = _Code("SCT", "12001002", "thionine stain", (8112,))
"""thionine stain (SCT 12001002)."""

Thiopental: _Final[_Code] = _Code("SCT", "387448009", "Thiopental", (625,))
"""Thiopental (SCT 387448009)."""

ThirdDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "27885002", "Third degree Atrioventricular block", (3230,)
)
"""Third degree Atrioventricular block (SCT 27885002)."""

ThirdIntercostalSpace: _Final[_Code] = _Code("SCT", "117135007", "Third Intercostal Space", (5,))
"""Third Intercostal Space (SCT 117135007)."""

ThirdLumbarArtery: _Final[_Code] = _Code("SCT", "397409007", "Third Lumbar Artery", (12111,))
"""Third Lumbar Artery (SCT 397409007)."""

ThirdMolarRegion: _Final[_Code] = _Code("SCT", "699503005", "Third molar region", (4017,))
"""Third molar region (SCT 699503005)."""

ThirdVentricle: _Final[_Code] = _Code("SCT", "49841001", "Third ventricle", (7140, 7153))
"""Third ventricle (SCT 49841001)."""

Thoracentesis: _Final[_Code] = _Code("SCT", "91602002", "Thoracentesis", (9,))
"""Thoracentesis (SCT 91602002)."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic aorta (SCT 113262008)."""

ThoracicAorticCoarctation: _Final[_Code] = _Code(
    "SCT", "253678000", "Thoracic Aortic Coarctation", (12236,)
)
"""Thoracic Aortic Coarctation (SCT 253678000)."""

ThoracicDuct: _Final[_Code] = _Code("SCT", "1732005", "Thoracic Duct", (6149,))
"""Thoracic Duct (SCT 1732005)."""

ThoracicInlet: _Final[_Code] = _Code("SCT", "42973007", "Thoracic Inlet", (1004,))
"""Thoracic Inlet (SCT 42973007)."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic spine", (4031, 7155, 7304, 7483))
"""Thoracic spine (SCT 122495006)."""

ThoracicSurgery: _Final[_Code] = _Code("SCT", "309970009", "Thoracic Surgery", (7030,))
"""Thoracic Surgery (SCT 309970009)."""

ThoracoLumbarSpine: _Final[_Code] = _Code(
    "SCT", "1217256009", "Thoraco-lumbar spine", (4031, 7304, 7483)
)
"""Thoraco-lumbar spine (SCT 1217256009)."""

Thorax: _Final[_Code] = _Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009)."""

ThrombinPreparation: _Final[_Code] = _Code("SCT", "36176003", "Thrombin preparation", (10,))
"""Thrombin preparation (SCT 36176003)."""

ThrombolyticAgent: _Final[_Code] = _Code("SCT", "303960004", "Thrombolytic agent", (10,))
"""Thrombolytic agent (SCT 303960004)."""

ThrombolyticTherapy: _Final[_Code] = _Code("SCT", "426347000", "Thrombolytic therapy", (3764,))
"""Thrombolytic therapy (SCT 426347000)."""

ThrombophlebitisOfBreastMondorDisease: _Final[_Code] = _Code(
    "SCT", "69954004", "Thrombophlebitis of breast (Mondor's disease)", (6031,)
)
"""Thrombophlebitis of breast (Mondor's disease) (SCT 69954004)."""

Thromboplastin: _Final[_Code] = _Code("SCT", "387124009", "Thromboplastin", (10,))
"""Thromboplastin (SCT 387124009)."""

ThrombosedAneurysm: _Final[_Code] = _Code("SCT", "125271003", "thrombosed aneurysm", (3808,))
"""thrombosed aneurysm (SCT 125271003)."""

Thrombosis_118927008: _Final[_Code] = _Code("SCT", "118927008", "thrombosis", (3815,))
"""thrombosis (SCT 118927008)."""

Thrombosis_264579008: _Final[_Code] = _Code("SCT", "264579008", "thrombosis", (3805,))
"""thrombosis (SCT 264579008)."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007)."""

Thumb: _Final[_Code] = _Code("SCT", "76505004", "Thumb", (4031,))
"""Thumb (SCT 76505004)."""

ThymidineF18: _Final[_Code] = _Code("SCT", "129502002", "Thymidine F^18^", (4021,))
"""Thymidine F^18^ (SCT 129502002)."""

Thymus: _Final[_Code] = _Code("SCT", "9875009", "Thymus", (4030, 6149, 7155, 10044))
"""Thymus (SCT 9875009)."""

ThyrocervicalTrunk: _Final[_Code] = _Code("SCT", "6538005", "Thyrocervical trunk", (6117,))
"""Thyrocervical trunk (SCT 6538005)."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

ThyroidHormone: _Final[_Code] = _Code("SCT", "18220004", "Thyroid hormone", (622,))
"""Thyroid hormone (SCT 18220004)."""

ThyroidIsthmus: _Final[_Code] = _Code("SCT", "40867004", "Thyroid isthmus", (12130,))
"""Thyroid isthmus (SCT 40867004)."""

ThyroidNodule: _Final[_Code] = _Code("SCT", "237495005", "Thyroid Nodule", (12322,))
"""Thyroid Nodule (SCT 237495005)."""

ThyroidPart: _Final[_Code] = _Code("SCT", "362892003", "Thyroid part", (12130,))
"""Thyroid part (SCT 362892003)."""

Tibia: _Final[_Code] = _Code("SCT", "12611008", "Tibia", (7304, 12021))
"""Tibia (SCT 12611008)."""

TibiaAndFibula: _Final[_Code] = _Code("SCT", "110536004", "Tibia and fibula", (7483,))
"""Tibia and fibula (SCT 110536004)."""

TibialArtery: _Final[_Code] = _Code("SCT", "181351007", "tibial artery", (3606,))
"""tibial artery (SCT 181351007)."""

TibialLymphNode: _Final[_Code] = _Code("SCT", "80769008", "tibial lymph node", (7600,))
"""tibial lymph node (SCT 80769008)."""

TibialPlateau: _Final[_Code] = _Code("SCT", "306783000", "Tibial Plateau", (1006,))
"""Tibial Plateau (SCT 306783000)."""

Tiletamine: _Final[_Code] = _Code("SCT", "96265006", "Tiletamine", (625,))
"""Tiletamine (SCT 96265006)."""

Tin: _Final[_Code] = _Code("SCT", "12597001", "Tin", (10006,))
"""Tin (SCT 12597001)."""

TipManometer: _Final[_Code] = _Code("SCT", "371802008", "Tip manometer", (3429,))
"""Tip manometer (SCT 371802008)."""

TipManometerMethod: _Final[_Code] = _Code("SCT", "128582009", "Tip manometer method", (3241,))
"""Tip manometer method (SCT 128582009)."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007)."""

TissueCassette: _Final[_Code] = _Code("SCT", "434464009", "Tissue cassette", (8101,))
"""Tissue cassette (SCT 434464009)."""

TissueDopplerImaging: _Final[_Code] = _Code("SCT", "439858009", "Tissue Doppler Imaging", (12224,))
"""Tissue Doppler Imaging (SCT 439858009)."""

TissueFreezingMedium: _Final[_Code] = _Code("SCT", "433469005", "Tissue freezing medium", (8115,))
"""Tissue freezing medium (SCT 433469005)."""

TissueMicroarrayCassette: _Final[_Code] = _Code(
    "SCT", "434708008", "Tissue microarray cassette", (8101,)
)
"""Tissue microarray cassette (SCT 434708008)."""

TissueSection: _Final[_Code] = _Code("SCT", "430856003", "Tissue section", (8103,))
"""Tissue section (SCT 430856003)."""

TissueSpecimen: _Final[_Code] = _Code("SCT", "119376003", "tissue specimen", (4010, 8103))
"""tissue specimen (SCT 119376003)."""

TissueSpecimenFromBreast: _Final[_Code] = _Code(
    "SCT", "127457009", "tissue specimen from breast", (4014,)
)
"""tissue specimen from breast (SCT 127457009)."""

TissueSpot: _Final[_Code] = _Code("SCT", "431196006", "Tissue spot", (8103,))
"""Tissue spot (SCT 431196006)."""

TitanYellowStain: _Final[_Code] = _Code("SCT", "84217005", "titan yellow stain", (8112,))
"""titan yellow stain (SCT 84217005)."""

Titanium: _Final[_Code] = _Code("SCT", "1166006", "Titanium", (300,))
"""Titanium (SCT 1166006)."""

Titterington: _Final[_Code] = _Code("SCT", "399241006", "Titterington", (4012,))
"""Titterington (SCT 399241006)."""

TobaccoSmokingBehavior: _Final[_Code] = _Code(
    "SCT", "365981007", "Tobacco Smoking Behavior", (3774,)
)
"""Tobacco Smoking Behavior (SCT 365981007)."""

Toe: _Final[_Code] = _Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007)."""

TolazolineHydrocholoride: _Final[_Code] = _Code(
    "SCT", "19041007", "Tolazoline hydrocholoride", (10,)
)
"""Tolazoline hydrocholoride (SCT 19041007)."""

ToluidineBlueStain: _Final[_Code] = _Code("SCT", "29522004", "toluidine blue stain", (4412, 8112))
"""toluidine blue stain (SCT 29522004)."""

Tongue: _Final[_Code] = _Code("SCT", "21974007", "Tongue", (4, 4028, 7601))
"""Tongue (SCT 21974007)."""

TonsilAndAdenoid: _Final[_Code] = _Code("SCT", "303337002", "tonsil and adenoid", (7601,))
"""tonsil and adenoid (SCT 303337002)."""

Tooth: _Final[_Code] = _Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008)."""

TopicalChemotherapyForMalignantNeoplasm: _Final[_Code] = _Code(
    "SCT", "24977001", "Topical chemotherapy for malignant neoplasm", (4409,)
)
"""Topical chemotherapy for malignant neoplasm (SCT 24977001)."""

TopicalLocalAnesthesia: _Final[_Code] = _Code(
    "SCT", "386760001", "Topical local anesthesia", (612,)
)
"""Topical local anesthesia (SCT 386760001)."""

TopicalRoute: _Final[_Code] = _Code("SCT", "6064005", "Topical route", (11,))
"""Topical route (SCT 6064005)."""

TopographicalModifier: _Final[_Code] = _Code("SCT", "106233006", "Topographical modifier", (210,))
"""Topographical modifier (SCT 106233006)."""

Torsion: _Final[_Code] = _Code("SCT", "51795009", "Torsion", (92,))
"""Torsion (SCT 51795009)."""

Tortuosity: _Final[_Code] = _Code("SCT", "15690004", "tortuosity", (3810,))
"""tortuosity (SCT 15690004)."""

Tortuous: _Final[_Code] = _Code("SCT", "386137000", "Tortuous", (3712,))
"""Tortuous (SCT 386137000)."""

Total: _Final[_Code] = _Code("SCT", "255619001", "Total", (7464,))
"""Total (SCT 255619001)."""

TouchPreparation: _Final[_Code] = _Code(
    "SCT", "430854000", "Touch preparation (procedure)", (8110,)
)
"""Touch preparation (procedure) (SCT 430854000)."""

TouchPreparationCytologicMaterial: _Final[_Code] = _Code(
    "SCT", "430855004", "Touch preparation cytologic material", (8103,)
)
"""Touch preparation cytologic material (SCT 430855004)."""

Towne: _Final[_Code] = _Code("SCT", "399270002", "Towne", (4012,))
"""Towne (SCT 399270002)."""

Toxin: _Final[_Code] = _Code("SCT", "80917008", "Toxin", (637,))
"""Toxin (SCT 80917008)."""

TrabeculaeCarnae: _Final[_Code] = _Code("SCT", "118755002", "Trabeculae carnae", (6116,))
"""Trabeculae carnae (SCT 118755002)."""

TrabecularThickeningOfBreast: _Final[_Code] = _Code(
    "SCT", "129795008", "Trabecular thickening of breast", (6015,)
)
"""Trabecular thickening of breast (SCT 129795008)."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001)."""

TracheaAndBronchus: _Final[_Code] = _Code("SCT", "110726009", "Trachea and bronchus", (4040,))
"""Trachea and bronchus (SCT 110726009)."""

TracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "245341003", "tracheobronchial lymph node", (7600,)
)
"""tracheobronchial lymph node (SCT 245341003)."""

TracheobronchialLymphNodeLocatedNearCarina: _Final[_Code] = _Code(
    "SCT", "89858007", "tracheobronchial lymph node, located near carina", (7600,)
)
"""tracheobronchial lymph node, located near carina (SCT 89858007)."""

Tracheotomy: _Final[_Code] = _Code("SCT", "48387007", "Tracheotomy", (6404,))
"""Tracheotomy (SCT 48387007)."""

TractionAction: _Final[_Code] = _Code("SCT", "129411004", "Traction - action", (94,))
"""Traction - action (SCT 129411004)."""

TransAbdominal: _Final[_Code] = _Code("SCT", "66739002", "Trans-abdominal", (7, 12025))
"""Trans-abdominal (SCT 66739002)."""

TransEsophageal: _Final[_Code] = _Code("SCT", "103383005", "Trans-esophageal", (7,))
"""Trans-esophageal (SCT 103383005)."""

TransGastric: _Final[_Code] = _Code("SCT", "103353001", "Trans-gastric", (7,))
"""Trans-gastric (SCT 103353001)."""

TransHepatic: _Final[_Code] = _Code("SCT", "103381007", "Trans-hepatic", (7,))
"""Trans-hepatic (SCT 103381007)."""

TransMural: _Final[_Code] = _Code("SCT", "103354007", "Trans-mural", (7,))
"""Trans-mural (SCT 103354007)."""

TransOrbital: _Final[_Code] = _Code("SCT", "129226004", "Trans-orbital", (7,))
"""Trans-orbital (SCT 129226004)."""

TransPancreatic: _Final[_Code] = _Code("SCT", "103349003", "Trans-pancreatic", (7,))
"""Trans-pancreatic (SCT 103349003)."""

TransPleural: _Final[_Code] = _Code("SCT", "103348006", "Trans-pleural", (7,))
"""Trans-pleural (SCT 103348006)."""

TransRectal: _Final[_Code] = _Code("SCT", "6706003", "Trans-rectal", (7,))
"""Trans-rectal (SCT 6706003)."""

TransRenal: _Final[_Code] = _Code("SCT", "103347001", "Trans-renal", (7,))
"""Trans-renal (SCT 103347001)."""

TransSplenic: _Final[_Code] = _Code("SCT", "103346005", "Trans-splenic", (7,))
"""Trans-splenic (SCT 103346005)."""

TransTemporal: _Final[_Code] = _Code("SCT", "103382000", "Trans-temporal", (7,))
"""Trans-temporal (SCT 103382000)."""

TransThecal: _Final[_Code] = _Code("SCT", "103345009", "Trans-thecal", (7,))
"""Trans-thecal (SCT 103345009)."""

TransUrethral: _Final[_Code] = _Code("SCT", "57257006", "Trans-urethral", (7,))
"""Trans-urethral (SCT 57257006)."""

TransVaginal: _Final[_Code] = _Code("SCT", "54300008", "Trans-vaginal", (7, 12025))
"""Trans-vaginal (SCT 54300008)."""

TransVesical: _Final[_Code] = _Code("SCT", "103344008", "Trans-vesical", (7,))
"""Trans-vesical (SCT 103344008)."""

TranscatheterDeploymentOfDetachableBalloon: _Final[_Code] = _Code(
    "SCT", "105372003", "Transcatheter deployment of detachable balloon", (9, 3405)
)
"""Transcatheter deployment of detachable balloon (SCT 105372003)."""

TranscatheterTherapyForEmbolization: _Final[_Code] = _Code(
    "SCT", "16736007", "Transcatheter therapy for embolization", (9, 3405)
)
"""Transcatheter therapy for embolization (SCT 16736007)."""

TransesophagealEchocardiography: _Final[_Code] = _Code(
    "SCT", "105376000", "Transesophageal echocardiography", (3428, 3757, 12001)
)
"""Transesophageal echocardiography (SCT 105376000)."""

TransesophagealShortAxisView: _Final[_Code] = _Code(
    "SCT", "443698002", "Transesophageal short axis view", (12226,)
)
"""Transesophageal short axis view (SCT 443698002)."""

Transfer: _Final[_Code] = _Code("SCT", "4563007", "Transfer", (3729,))
"""Transfer (SCT 4563007)."""

Transforamenal: _Final[_Code] = _Code("SCT", "272466003", "transforamenal", (4011,))
"""transforamenal (SCT 272466003)."""

TransientLimbParalysis: _Final[_Code] = _Code(
    "SCT", "274662006", "Transient limb paralysis", (3205,)
)
"""Transient limb paralysis (SCT 274662006)."""

TransitionZoneOfTheProstate: _Final[_Code] = _Code(
    "SCT", "399384005", "Transition zone of the prostate", (6300,)
)
"""Transition zone of the prostate (SCT 399384005)."""

TransitionalCellCarcinoma: _Final[_Code] = _Code(
    "SCT", "27090000", "Transitional cell carcinoma", (639,)
)
"""Transitional cell carcinoma (SCT 27090000)."""

TransjugularIntrahepaticPortosystemicShunt: _Final[_Code] = _Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009)."""

TransluminalExtractionCatheterTEC: _Final[_Code] = _Code(
    "SCT", "21870002", "Transluminal Extraction Catheter (TEC)", (3411,)
)
"""Transluminal Extraction Catheter (TEC) (SCT 21870002)."""

Transoral: _Final[_Code] = _Code("SCT", "118438002", "transoral", (4011,))
"""transoral (SCT 118438002)."""

Transorbital: _Final[_Code] = _Code("SCT", "278318001", "transorbital", (4011,))
"""transorbital (SCT 278318001)."""

TransplantSurgery: _Final[_Code] = _Code("SCT", "309993003", "Transplant Surgery", (7030,))
"""Transplant Surgery (SCT 309993003)."""

TransseptalCatheter: _Final[_Code] = _Code("SCT", "386124003", "Transseptal catheter", (3429,))
"""Transseptal catheter (SCT 386124003)."""

TransseptalCatheterization: _Final[_Code] = _Code(
    "SCT", "67338003", "Transseptal catheterization", (3250,)
)
"""Transseptal catheterization (SCT 67338003)."""

Transthoracic: _Final[_Code] = _Code("SCT", "272476000", "transthoracic", (4011,))
"""transthoracic (SCT 272476000)."""

TransthoracicEchocardiography: _Final[_Code] = _Code(
    "SCT", "433236007", "Transthoracic echocardiography", (3428, 3757, 12001)
)
"""Transthoracic echocardiography (SCT 433236007)."""

TranstrachealJetVentilation: _Final[_Code] = _Code(
    "SCT", "448442005", "Transtracheal jet ventilation", (620,)
)
"""Transtracheal jet ventilation (SCT 448442005)."""

TransverseAorticArch: _Final[_Code] = _Code("SCT", "443281009", "Transverse Aortic Arch", (12280,))
"""Transverse Aortic Arch (SCT 443281009)."""

TransverseColon: _Final[_Code] = _Code("SCT", "485005", "Transverse colon", (6210,))
"""Transverse colon (SCT 485005)."""

TransverseProcessOrVertebra: _Final[_Code] = _Code(
    "SCT", "73400003", "Transverse process or vertebra", (6115,)
)
"""Transverse process or vertebra (SCT 73400003)."""

Transverse_399220000: _Final[_Code] = _Code("SCT", "399220000", "transverse", (21,))
"""transverse (SCT 399220000)."""

Transverse_62824007: _Final[_Code] = _Code(
    "SCT", "62824007", "Transverse", (2, 5, 6, 26, 3838, 12118)
)
"""Transverse (SCT 62824007)."""

TransversusThoracis: _Final[_Code] = _Code("SCT", "88454005", "Transversus thoracis", (6116,))
"""Transversus thoracis (SCT 88454005)."""

TrapeziusMuscle: _Final[_Code] = _Code("SCT", "31764008", "Trapezius muscle", (6116, 6149))
"""Trapezius muscle (SCT 31764008)."""

TraumaSurgery: _Final[_Code] = _Code("SCT", "309994009", "Trauma Surgery", (7030,))
"""Trauma Surgery (SCT 309994009)."""

TraumaticAbnormality: _Final[_Code] = _Code(
    "SCT", "417746004", "Traumatic Abnormality", (3809, 3815)
)
"""Traumatic Abnormality (SCT 417746004)."""

TraumaticAneurysm: _Final[_Code] = _Code("SCT", "110421000", "traumatic aneurysm", (3808,))
"""traumatic aneurysm (SCT 110421000)."""

Treadmill: _Final[_Code] = _Code("SCT", "1211003", "Treadmill", (3203,))
"""Treadmill (SCT 1211003)."""

Trendelenburg: _Final[_Code] = _Code("SCT", "34106002", "Trendelenburg", (20,))
"""Trendelenburg (SCT 34106002)."""

Tretinoin: _Final[_Code] = _Code("SCT", "387305002", "Tretinoin", (4410,))
"""Tretinoin (SCT 387305002)."""

Tribromoethanol: _Final[_Code] = _Code("SCT", "84386009", "Tribromoethanol", (625,))
"""Tribromoethanol (SCT 84386009)."""

TrichromeStain: _Final[_Code] = _Code("SCT", "406989007", "trichrome stain", (8112,))
"""trichrome stain (SCT 406989007)."""

TricuspidAnnulus: _Final[_Code] = _Code(
    "SCT", "113259005", "Tricuspid Annulus", (3011, 12241, 12305)
)
"""Tricuspid Annulus (SCT 113259005)."""

TricuspidDiastolicFillingPeriodDfpt: _Final[_Code] = _Code(
    "SCT", "371847009", "Tricuspid Diastolic Filling Period (DFPt)", (3616, 12267)
)
"""Tricuspid Diastolic Filling Period (DFPt) (SCT 371847009)."""

TricuspidRegurgitation: _Final[_Code] = _Code(
    "SCT", "111287006", "Tricuspid regurgitation", (3700,)
)
"""Tricuspid regurgitation (SCT 111287006)."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003)."""

TricuspidValveArea: _Final[_Code] = _Code("SCT", "251014001", "Tricuspid Valve Area", (3614,))
"""Tricuspid Valve Area (SCT 251014001)."""

TricuspidValveClosureToOpeningTime: _Final[_Code] = _Code(
    "SCT", "399282006", "Tricuspid Valve Closure to Opening Time", (12208,)
)
"""Tricuspid Valve Closure to Opening Time (SCT 399282006)."""

TricuspidValveDisease: _Final[_Code] = _Code("SCT", "20721001", "Tricuspid valve disease", (3700,))
"""Tricuspid valve disease (SCT 20721001)."""

TricuspidValveFlow: _Final[_Code] = _Code("SCT", "371840006", "Tricuspid Valve Flow", (3617,))
"""Tricuspid Valve Flow (SCT 371840006)."""

TricuspidValvePullbackPressureWaveform: _Final[_Code] = _Code(
    "SCT", "128451008", "Tricuspid valve pullback pressure waveform", (3003,)
)
"""Tricuspid valve pullback pressure waveform (SCT 128451008)."""

TrigeminalNerve: _Final[_Code] = _Code("SCT", "27612005", "trigeminal nerve", (7706,))
"""trigeminal nerve (SCT 27612005)."""

TripleVesselCoronaryArteryDisease: _Final[_Code] = _Code(
    "SCT", "233817007", "Triple vessel coronary artery disease.", (3728,)
)
"""Triple vessel coronary artery disease. (SCT 233817007)."""

TrochlearNerve: _Final[_Code] = _Code("SCT", "39322007", "trochlear nerve", (7706,))
"""trochlear nerve (SCT 39322007)."""

TropaeolinOOStain: _Final[_Code] = _Code("SCT", "53511009", "tropaeolin OO stain", (8112,))
"""tropaeolin OO stain (SCT 53511009)."""

TropaeolinOStain: _Final[_Code] = _Code("SCT", "35094004", "tropaeolin O stain", (8112,))
"""tropaeolin O stain (SCT 35094004)."""

TropicalMedicine: _Final[_Code] = _Code("SCT", "441548002", "Tropical Medicine", (7030,))
"""Tropical Medicine (SCT 441548002)."""

Tropicamide: _Final[_Code] = _Code("SCT", "9190005", "Tropicamide", (4208,))
"""Tropicamide (SCT 9190005)."""

TruncalValveStructure: _Final[_Code] = _Code(
    "SCT", "279317000", "Truncal Valve Structure", (12289,)
)
"""Truncal Valve Structure (SCT 279317000)."""

TruncusArteriosusCommunis: _Final[_Code] = _Code(
    "SCT", "61959006", "Truncus arteriosus communis", (3010, 3606)
)
"""Truncus arteriosus communis (SCT 61959006)."""

TruncusCoeliacus: _Final[_Code] = _Code("SCT", "57850000", "Truncus coeliacus", (3010, 12112))
"""Truncus coeliacus (SCT 57850000)."""

Trunk: _Final[_Code] = _Code("SCT", "22943007", "Trunk", (12020,))
"""Trunk (SCT 22943007)."""

TrunkAngiography: _Final[_Code] = _Code("SCT", "303827001", "trunk angiography", (3820,))
"""trunk angiography (SCT 303827001)."""

TrunkOfPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "45341000", "Trunk of pulmonary artery", (3829, 6117, 12290, 12305)
)
"""Trunk of pulmonary artery (SCT 45341000)."""

TrypanBlue: _Final[_Code] = _Code("SCT", "60441008", "Trypan blue", (4200, 8112))
"""Trypan blue (SCT 60441008)."""

Tuarine: _Final[_Code] = _Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007)."""

TubalTonsil: _Final[_Code] = _Code("SCT", "21058000", "tubal tonsil", (7601,))
"""tubal tonsil (SCT 21058000)."""

Tube: _Final[_Code] = _Code("SCT", "83059008", "Tube", (69,))
"""Tube (SCT 83059008)."""

TubercleOfRib: _Final[_Code] = _Code("SCT", "113198008", "Tubercle of rib", (6115,))
"""Tubercle of rib (SCT 113198008)."""

TubularAdenocarcinoma: _Final[_Code] = _Code("SCT", "4631006", "Tubular adenocarcinoma", (6033,))
"""Tubular adenocarcinoma (SCT 4631006)."""

TubularAdenoma: _Final[_Code] = _Code("SCT", "444408007", "Tubular adenoma", (6031,))
"""Tubular adenoma (SCT 444408007)."""

TubularDensity: _Final[_Code] = _Code("SCT", "129794007", "Tubular density", (6015,))
"""Tubular density (SCT 129794007)."""

Tumor: _Final[_Code] = _Code("SCT", "108369006", "Tumor", (644, 3815, 7159))
"""Tumor (SCT 108369006)."""

TumorNecrosisFactorAlpha: _Final[_Code] = _Code(
    "SCT", "39525005", "Tumor necrosis factor alpha", (642,)
)
"""Tumor necrosis factor alpha (SCT 39525005)."""

TumorOfColon: _Final[_Code] = _Code("SCT", "126838000", "Tumor of colon", (6201,))
"""Tumor of colon (SCT 126838000)."""

Tungsten: _Final[_Code] = _Code("SCT", "26194003", "Tungsten", (10016,))
"""Tungsten (SCT 26194003)."""

TungstenHalogenLamp: _Final[_Code] = _Code("SCT", "445679001", "Tungsten halogen lamp", (8125,))
"""Tungsten halogen lamp (SCT 445679001)."""

Twining: _Final[_Code] = _Code("SCT", "399125001", "Twining", (4012,))
"""Twining (SCT 399125001)."""

TwoChamber: _Final[_Code] = _Code("SCT", "399232001", "Two chamber", (6, 12226))
"""Two chamber (SCT 399232001)."""

TypicalAngina: _Final[_Code] = _Code("SCT", "429559004", "Typical Angina", (3202,))
"""Typical Angina (SCT 429559004)."""

Ulcer: _Final[_Code] = _Code("SCT", "56208002", "Ulcer", (6209,))
"""Ulcer (SCT 56208002)."""

Ulcerated: _Final[_Code] = _Code("SCT", "373138006", "Ulcerated", (3712,))
"""Ulcerated (SCT 373138006)."""

Ulcerative: _Final[_Code] = _Code("SCT", "255321001", "Ulcerative", (3715,))
"""Ulcerative (SCT 255321001)."""

Ulna: _Final[_Code] = _Code("SCT", "23416004", "Ulna", (7304, 12021))
"""Ulna (SCT 23416004)."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001)."""

UlnarVein: _Final[_Code] = _Code("SCT", "17623008", "Ulnar vein", (12108,))
"""Ulnar vein (SCT 17623008)."""

UltrasonicGuidanceForAmniocentesis: _Final[_Code] = _Code(
    "SCT", "65388005", "Ultrasonic guidance for amniocentesis", (9,)
)
"""Ultrasonic guidance for amniocentesis (SCT 65388005)."""

UltrasonicGuidanceProcedure: _Final[_Code] = _Code(
    "SCT", "61593002", "Ultrasonic guidance procedure", (6060,)
)
"""Ultrasonic guidance procedure (SCT 61593002)."""

Ultrasonography: _Final[_Code] = _Code("SCT", "310169008", "Ultrasonography", (7030,))
"""Ultrasonography (SCT 310169008)."""

UltrasonographyOfBreast: _Final[_Code] = _Code(
    "SCT", "47079000", "Ultrasonography of breast", (6050,)
)
"""Ultrasonography of breast (SCT 47079000)."""

UltrasonographyOfTotalBody: _Final[_Code] = _Code(
    "SCT", "24135002", "Ultrasonography of total body", (646,)
)
"""Ultrasonography of total body (SCT 24135002)."""

UltrasoundCouplingGel: _Final[_Code] = _Code(
    "SCT", "1004163002", "Ultrasound coupling gel", (11002,)
)
"""Ultrasound coupling gel (SCT 1004163002)."""

UltrasoundScanNormal: _Final[_Code] = _Code("SCT", "169254007", "Ultrasound scan normal", (6064,))
"""Ultrasound scan normal (SCT 169254007)."""

Ultraviolet: _Final[_Code] = _Code("SCT", "415770004", "Ultraviolet", (4206, 8122))
"""Ultraviolet (SCT 415770004)."""

UltravioletOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445254006", "Ultraviolet optical filter", (8124,)
)
"""Ultraviolet optical filter (SCT 445254006)."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical artery", (3010, 3606, 12111, 12140)
)
"""Umbilical artery (SCT 50536004)."""

UmbilicalCord: _Final[_Code] = _Code("SCT", "29870000", "Umbilical cord", (8134,))
"""Umbilical cord (SCT 29870000)."""

UmbilicalRegion: _Final[_Code] = _Code("SCT", "90290004", "Umbilical region", (4,))
"""Umbilical region (SCT 90290004)."""

UmbilicalVein_13576009: _Final[_Code] = _Code("SCT", "13576009", "Umbilical Vein", (12140,))
"""Umbilical Vein (SCT 13576009)."""

UmbilicalVein_284639000: _Final[_Code] = _Code(
    "SCT", "284639000", "Umbilical vein", (3010, 3607, 12114)
)
"""Umbilical vein (SCT 284639000)."""

UncementedComponentFixation: _Final[_Code] = _Code(
    "SCT", "304367000", "Uncemented component fixation", (7310,)
)
"""Uncemented component fixation (SCT 304367000)."""

UncertainRisk: _Final[_Code] = _Code("SCT", "64957009", "Uncertain risk", (3118,))
"""Uncertain risk (SCT 64957009)."""

UncinateFasciculus: _Final[_Code] = _Code("SCT", "26230003", "Uncinate fasciculus", (7153, 7703))
"""Uncinate fasciculus (SCT 26230003)."""

Uncle: _Final[_Code] = _Code("SCT", "38048003", "Uncle", (7451,))
"""Uncle (SCT 38048003)."""

UncorrectedVisualAcuity: _Final[_Code] = _Code(
    "SCT", "420050001", "Uncorrected Visual Acuity", (4216,)
)
"""Uncorrected Visual Acuity (SCT 420050001)."""

Undetermined: _Final[_Code] = _Code("SCT", "373068000", "Undetermined", (230, 240))
"""Undetermined (SCT 373068000)."""

UnifocalPvcs: _Final[_Code] = _Code("SCT", "27337007", "Unifocal PVCs", (3234,))
"""Unifocal PVCs (SCT 27337007)."""

Unilateral: _Final[_Code] = _Code("SCT", "66459002", "Unilateral", (2, 244))
"""Unilateral (SCT 66459002)."""

Unknown: _Final[_Code] = _Code("SCT", "261665006", "Unknown", (3703, 6096))
"""Unknown (SCT 261665006)."""

UnstableAngina: _Final[_Code] = _Code("SCT", "4557003", "Unstable Angina", (3202, 3700))
"""Unstable Angina (SCT 4557003)."""

Up: _Final[_Code] = _Code("SCT", "255532002", "Up", (4215,))
"""Up (SCT 255532002)."""

UpperAbdomen: _Final[_Code] = _Code("SCT", "80581009", "Upper abdomen", (6129,))
"""Upper abdomen (SCT 80581009)."""

UpperArm: _Final[_Code] = _Code("SCT", "40983000", "Upper arm", (4031,))
"""Upper arm (SCT 40983000)."""

UpperDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285425001", "upper deep cervical lymph node", (7600,)
)
"""upper deep cervical lymph node (SCT 285425001)."""

UpperEyelid: _Final[_Code] = _Code("SCT", "38934000", "Upper Eyelid", (4209,))
"""Upper Eyelid (SCT 38934000)."""

UpperGastroIntestinalTract: _Final[_Code] = _Code(
    "SCT", "62834003", "Upper gastro-intestinal tract", (7483,)
)
"""Upper gastro-intestinal tract (SCT 62834003)."""

UpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "77831004", "Upper inner quadrant of breast", (4, 6021)
)
"""Upper inner quadrant of breast (SCT 77831004)."""

UpperJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245321008", "upper jugular lymph node", (7600,)
)
"""upper jugular lymph node (SCT 245321008)."""

UpperLimb: _Final[_Code] = _Code("SCT", "53120007", "Upper limb", (4031,))
"""Upper limb (SCT 53120007)."""

UpperLimbLymphNode: _Final[_Code] = _Code("SCT", "44914007", "upper limb lymph node", (7600,))
"""upper limb lymph node (SCT 44914007)."""

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009)."""

UpperOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "76365002", "Upper outer quadrant of breast", (4, 6021)
)
"""Upper outer quadrant of breast (SCT 76365002)."""

UpperParatrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127927006", "upper paratracheal lymph node (mediastinal)", (7600,)
)
"""upper paratracheal lymph node (mediastinal) (SCT 127927006)."""

UpperUrinaryTract: _Final[_Code] = _Code("SCT", "431491007", "Upper urinary tract", (4031, 4040))
"""Upper urinary tract (SCT 431491007)."""

UpperZoneOfLung: _Final[_Code] = _Code("SCT", "281392002", "Upper zone of lung", (6171,))
"""Upper zone of lung (SCT 281392002)."""

UpwardGaze: _Final[_Code] = _Code("SCT", "255533007", "Upward gaze", (4201,))
"""Upward gaze (SCT 255533007)."""

Ureter: _Final[_Code] = _Code("SCT", "87953007", "Ureter", (4, 4031, 4040))
"""Ureter (SCT 87953007)."""

UreteralStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteral stent", (6203, 6404))
"""Ureteral stent (SCT 286558002)."""

Urethane: _Final[_Code] = _Code("SCT", "873008", "Urethane (ethyl carbamate)", (625,))
"""Urethane (ethyl carbamate) (SCT 873008)."""

Urethra: _Final[_Code] = _Code("SCT", "13648007", "Urethra", (4, 4031, 7483))
"""Urethra (SCT 13648007)."""

UrethralCatheter: _Final[_Code] = _Code("SCT", "34759008", "Urethral catheter", (6203,))
"""Urethral catheter (SCT 34759008)."""

UrgentProcedure: _Final[_Code] = _Code("SCT", "103391001", "Urgent Procedure", (3414,))
"""Urgent Procedure (SCT 103391001)."""

UricAcid: _Final[_Code] = _Code("SCT", "1710001", "Uric Acid", (300,))
"""Uric Acid (SCT 1710001)."""

UrinarySystem: _Final[_Code] = _Code("SCT", "122489005", "Urinary system", (7154,))
"""Urinary system (SCT 122489005)."""

UrinaryTract: _Final[_Code] = _Code("SCT", "431938005", "Urinary tract", (7483,))
"""Urinary tract (SCT 431938005)."""

Urine: _Final[_Code] = _Code("SCT", "78014005", "Urine", (7197,))
"""Urine (SCT 78014005)."""

UrokinasePreparation: _Final[_Code] = _Code("SCT", "59082006", "Urokinase preparation", (10,))
"""Urokinase preparation (SCT 59082006)."""

Urology: _Final[_Code] = _Code("SCT", "309995005", "Urology", (7030,))
"""Urology (SCT 309995005)."""

UrostomyBag: _Final[_Code] = _Code("SCT", "344088002", "Urostomy bag", (6203,))
"""Urostomy bag (SCT 344088002)."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009)."""

UterineParacervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5394000", "uterine paracervical lymph node", (7600,)
)
"""uterine paracervical lymph node (SCT 5394000)."""

UterineVein: _Final[_Code] = _Code("SCT", "60028002", "Uterine Vein", (12140,))
"""Uterine Vein (SCT 60028002)."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

UterusAndFallopianTubes: _Final[_Code] = _Code(
    "SCT", "110639002", "Uterus and fallopian tubes", (4031, 4040)
)
"""Uterus and fallopian tubes (SCT 110639002)."""

Uvula: _Final[_Code] = _Code("SCT", "26140008", "uvula", (7601,))
"""uvula (SCT 26140008)."""

V0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_Code] = _Code(
    "SCT", "397138000", "0 - Incomplete - Need additional imaging evaluation +/- priors", (6027,)
)
"""0 - Incomplete - Need additional imaging evaluation +/- priors (SCT 397138000)."""

V0NoPerfusion: _Final[_Code] = _Code("SCT", "371867000", "0: No Perfusion", (3713,))
"""0: No Perfusion (SCT 371867000)."""

V103Palladium: _Final[_Code] = _Code("SCT", "9351000", "^103^Palladium", (9528,))
"""^103^Palladium (SCT 9351000)."""

V106Ruthenium: _Final[_Code] = _Code("SCT", "8227001", "^106^Ruthenium", (9528,))
"""^106^Ruthenium (SCT 8227001)."""

V10OClockPosition: _Final[_Code] = _Code("SCT", "129781005", "10 o'clock position", (6019, 6205))
"""10 o'clock position (SCT 129781005)."""

V10thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371890005", "10th Percentile Value of population", (226,)
)
"""10th Percentile Value of population (SCT 371890005)."""

V111Indium: _Final[_Code] = _Code("SCT", "56609000", "^111^Indium", (18,))
"""^111^Indium (SCT 56609000)."""

V113mIndium: _Final[_Code] = _Code("SCT", "48895003", "^113m^Indium", (18,))
"""^113m^Indium (SCT 48895003)."""

V11Carbon: _Final[_Code] = _Code("SCT", "40565003", "^11^Carbon", (4020,))
"""^11^Carbon (SCT 40565003)."""

V11OClockPosition: _Final[_Code] = _Code("SCT", "129782003", "11 o'clock position", (6019, 6205))
"""11 o'clock position (SCT 129782003)."""

V123Iodine: _Final[_Code] = _Code("SCT", "21572004", "^123^Iodine", (18,))
"""^123^Iodine (SCT 21572004)."""

V124Iodine: _Final[_Code] = _Code("SCT", "40937006", "^124^Iodine", (4020,))
"""^124^Iodine (SCT 40937006)."""

V125Iodine: _Final[_Code] = _Code("SCT", "68630002", "^125^Iodine", (18, 9528))
"""^125^Iodine (SCT 68630002)."""

V127Xenon: _Final[_Code] = _Code("SCT", "27081007", "^127^Xenon", (18,))
"""^127^Xenon (SCT 27081007)."""

V12LeadECG: _Final[_Code] = _Code("SCT", "268400002", "12-Lead ECG", (3670,))
"""12-Lead ECG (SCT 268400002)."""

V12OClockPosition: _Final[_Code] = _Code("SCT", "129783008", "12 o'clock position", (6019, 6205))
"""12 o'clock position (SCT 129783008)."""

V131Cesium: _Final[_Code] = _Code("SCT", "13237009", "^131^Cesium", (9528,))
"""^131^Cesium (SCT 13237009)."""

V131Iodine: _Final[_Code] = _Code("SCT", "1368003", "^131^Iodine", (18,))
"""^131^Iodine (SCT 1368003)."""

V133Barium: _Final[_Code] = _Code("SCT", "3027009", "^133^Barium", (18,))
"""^133^Barium (SCT 3027009)."""

V133Xenon: _Final[_Code] = _Code("SCT", "80751004", "^133^Xenon", (18,))
"""^133^Xenon (SCT 80751004)."""

V137Cesium: _Final[_Code] = _Code("SCT", "55117002", "^137^Cesium", (9528,))
"""^137^Cesium (SCT 55117002)."""

V13Nitrogen: _Final[_Code] = _Code("SCT", "21576001", "^13^Nitrogen", (3107, 4020))
"""^13^Nitrogen (SCT 21576001)."""

V14Carbon: _Final[_Code] = _Code("SCT", "71647005", "^14^Carbon", (18,))
"""^14^Carbon (SCT 71647005)."""

V14Oxygen: _Final[_Code] = _Code("SCT", "424875009", "^14^Oxygen", (4020,))
"""^14^Oxygen (SCT 424875009)."""

V153Gadolinium: _Final[_Code] = _Code("SCT", "14529005", "^153^Gadolinium", (18,))
"""^153^Gadolinium (SCT 14529005)."""

V153Samarium: _Final[_Code] = _Code("SCT", "419804008", "^153^Samarium", (18,))
"""^153^Samarium (SCT 419804008)."""

V15LeadECG: _Final[_Code] = _Code("SCT", "429163003", "15-Lead ECG", (3670,))
"""15-Lead ECG (SCT 429163003)."""

V15Oxygen: _Final[_Code] = _Code("SCT", "129504001", "^15^Oxygen", (4020, 4021))
"""^15^Oxygen (SCT 129504001)."""

V169Ytterbium: _Final[_Code] = _Code("SCT", "41758004", "^169^Ytterbium", (18, 9528))
"""^169^Ytterbium (SCT 41758004)."""

V177Lutetium: _Final[_Code] = _Code("SCT", "447553000", "^177^Lutetium", (18,))
"""^177^Lutetium (SCT 447553000)."""

V178Tantalum: _Final[_Code] = _Code("SCT", "6301006", "^178^Tantalum", (18,))
"""^178^Tantalum (SCT 6301006)."""

V186Rhenium: _Final[_Code] = _Code("SCT", "395865006", "^186^Rhenium", (18,))
"""^186^Rhenium (SCT 395865006)."""

V188Rhenium: _Final[_Code] = _Code("SCT", "423578007", "^188^Rhenium", (18,))
"""^188^Rhenium (SCT 423578007)."""

V18Fluorine: _Final[_Code] = _Code("SCT", "77004003", "^18^Fluorine", (18, 4020))
"""^18^Fluorine (SCT 77004003)."""

V18LeadECG: _Final[_Code] = _Code("SCT", "425808002", "18-Lead ECG", (3670,))
"""18-Lead ECG (SCT 425808002)."""

V192Iridium: _Final[_Code] = _Code("SCT", "48341001", "^192^Iridium", (9528,))
"""^192^Iridium (SCT 48341001)."""

V198Gold: _Final[_Code] = _Code("SCT", "24301009", "^198^Gold", (18, 9528))
"""^198^Gold (SCT 24301009)."""

V199Gold: _Final[_Code] = _Code("SCT", "70544003", "^199^Gold", (18,))
"""^199^Gold (SCT 70544003)."""

V1Negative: _Final[_Code] = _Code("SCT", "397140005", "1 - Negative", (6027,))
"""1 - Negative (SCT 397140005)."""

V1OClockPosition: _Final[_Code] = _Code("SCT", "129772004", "1 o'clock position", (6019, 6205))
"""1 o'clock position (SCT 129772004)."""

V1PenetrationWithoutPerfusion: _Final[_Code] = _Code(
    "SCT", "371866009", "1: Penetration without Perfusion", (3713,)
)
"""1: Penetration without Perfusion (SCT 371866009)."""

V1SigmaLowerValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371919006", "1 Sigma Lower Value of population", (226,)
)
"""1 Sigma Lower Value of population (SCT 371919006)."""

V1SigmaUpperValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371917008", "1 Sigma Upper Value of population", (226,)
)
"""1 Sigma Upper Value of population (SCT 371917008)."""

V1stDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91750005", "1st Diagonal Coronary Artery", (3014,)
)
"""1st Diagonal Coronary Artery (SCT 91750005)."""

V1stLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91757008", "1st Left Posterolateral Coronary Artery", (3014,)
)
"""1st Left Posterolateral Coronary Artery (SCT 91757008)."""

V1stMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91754001", "1st Marginal Coronary Artery", (3014,)
)
"""1st Marginal Coronary Artery (SCT 91754001)."""

V1stRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91761002", "1st Right posterolateral Coronary Artery", (3014,)
)
"""1st Right posterolateral Coronary Artery (SCT 91761002)."""

V1stSeptalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "244251006", "1st Septal Coronary Artery", (3014, 12292)
)
"""1st Septal Coronary Artery (SCT 244251006)."""

V201Thallium: _Final[_Code] = _Code("SCT", "60057003", "^201^Thallium", (18,))
"""^201^Thallium (SCT 60057003)."""

V203Lead: _Final[_Code] = _Code("SCT", "47588004", "^203^Lead", (18,))
"""^203^Lead (SCT 47588004)."""

V222Radon: _Final[_Code] = _Code("SCT", "51800004", "^222^Radon", (9528,))
"""^222^Radon (SCT 51800004)."""

V223Radium: _Final[_Code] = _Code("SCT", "24853006", "^223^Radium", (18,))
"""^223^Radium (SCT 24853006)."""

V226Radium: _Final[_Code] = _Code("SCT", "28243009", "^226^Radium", (9528,))
"""^226^Radium (SCT 28243009)."""

V22Sodium: _Final[_Code] = _Code("SCT", "71633006", "^22^Sodium", (18, 4020, 4021))
"""^22^Sodium (SCT 71633006)."""

V24Sodium: _Final[_Code] = _Code("SCT", "58541008", "^24^Sodium", (18,))
"""^24^Sodium (SCT 58541008)."""

V252Californium: _Final[_Code] = _Code("SCT", "35978008", "^252^Californium", (9528,))
"""^252^Californium (SCT 35978008)."""

V2Benign: _Final[_Code] = _Code("SCT", "397141009", "2 - Benign", (6027,))
"""2 - Benign (SCT 397141009)."""

V2DMode: _Final[_Code] = _Code("SCT", "399064001", "2D mode", (12224,))
"""2D mode (SCT 399064001)."""

V2OClockPosition: _Final[_Code] = _Code("SCT", "129773009", "2 o'clock position", (6019, 6205))
"""2 o'clock position (SCT 129773009)."""

V2PartialPerfusion: _Final[_Code] = _Code("SCT", "371864007", "2: Partial Perfusion", (3713,))
"""2: Partial Perfusion (SCT 371864007)."""

V2SigmaLowerValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371918003", "2 Sigma Lower Value of population", (226,)
)
"""2 Sigma Lower Value of population (SCT 371918003)."""

V2SigmaUpperValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371920000", "2 Sigma Upper Value of population", (226,)
)
"""2 Sigma Upper Value of population (SCT 371920000)."""

V2ndDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91751009", "2nd Diagonal Coronary Artery", (3014,)
)
"""2nd Diagonal Coronary Artery (SCT 91751009)."""

V2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91758003", "2nd Left Posterolateral Coronary Artery", (3014,)
)
"""2nd Left Posterolateral Coronary Artery (SCT 91758003)."""

V2ndMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91755000", "2nd Marginal Coronary Artery", (3014,)
)
"""2nd Marginal Coronary Artery (SCT 91755000)."""

V2ndRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91762009", "2nd Right posterolateral Coronary Artery", (3014,)
)
"""2nd Right posterolateral Coronary Artery (SCT 91762009)."""

V32Phosphorus: _Final[_Code] = _Code("SCT", "32505007", "^32^Phosphorus", (18, 9528))
"""^32^Phosphorus (SCT 32505007)."""

V38Potassium: _Final[_Code] = _Code("SCT", "423764008", "^38^Potassium", (4020,))
"""^38^Potassium (SCT 423764008)."""

V3CompletePerfusion: _Final[_Code] = _Code("SCT", "371865008", "3: Complete Perfusion", (3713,))
"""3: Complete Perfusion (SCT 371865008)."""

V3DMode: _Final[_Code] = _Code("SCT", "426865009", "3D mode", (12224,))
"""3D mode (SCT 426865009)."""

V3OClockPosition: _Final[_Code] = _Code("SCT", "129774003", "3 o'clock position", (6019, 6205))
"""3 o'clock position (SCT 129774003)."""

V3ProbablyBenign: _Final[_Code] = _Code("SCT", "397143007", "3 - Probably Benign", (6027,))
"""3 - Probably Benign (SCT 397143007)."""

V3rdDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91752002", "3rd diagonal Coronary Artery", (3014,)
)
"""3rd diagonal Coronary Artery (SCT 91752002)."""

V3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91759006", "3rd Left Posterolateral Coronary Artery", (3014,)
)
"""3rd Left Posterolateral Coronary Artery (SCT 91759006)."""

V3rdMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91756004", "3rd Marginal Coronary Artery", (3014,)
)
"""3rd Marginal Coronary Artery (SCT 91756004)."""

V3rdRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91763004", "3rd Right posterolateral Coronary Artery", (3014,)
)
"""3rd Right posterolateral Coronary Artery (SCT 91763004)."""

V42Potassium: _Final[_Code] = _Code("SCT", "59844004", "^42^Potassium", (18,))
"""^42^Potassium (SCT 59844004)."""

V43Potassium: _Final[_Code] = _Code("SCT", "8202008", "^43^Potassium", (18,))
"""^43^Potassium (SCT 8202008)."""

V45Titanium: _Final[_Code] = _Code("SCT", "75696008", "^45^Titanium", (4020,))
"""^45^Titanium (SCT 75696008)."""

V4OClockPosition: _Final[_Code] = _Code("SCT", "129775002", "4 o'clock position", (6019, 6205))
"""4 o'clock position (SCT 129775002)."""

V4Suspicious: _Final[_Code] = _Code("SCT", "397144001", "4 - Suspicious", (6027,))
"""4 - Suspicious (SCT 397144001)."""

V51Chromium: _Final[_Code] = _Code("SCT", "52745005", "^51^Chromium", (18,))
"""^51^Chromium (SCT 52745005)."""

V52Iron: _Final[_Code] = _Code("SCT", "69089000", "^52^Iron", (4020,))
"""^52^Iron (SCT 69089000)."""

V52Manganese: _Final[_Code] = _Code("SCT", "37225000", "^52^Manganese", (4020,))
"""^52^Manganese (SCT 37225000)."""

V57Cobalt: _Final[_Code] = _Code("SCT", "27054007", "^57^Cobalt", (18,))
"""^57^Cobalt (SCT 27054007)."""

V58Cobalt: _Final[_Code] = _Code("SCT", "89272005", "^58^Cobalt", (18,))
"""^58^Cobalt (SCT 89272005)."""

V59Iron: _Final[_Code] = _Code("SCT", "68580003", "^59^Iron", (18,))
"""^59^Iron (SCT 68580003)."""

V5HighlySuggestiveOfMalignancy: _Final[_Code] = _Code(
    "SCT", "397145000", "5 - Highly suggestive of malignancy", (6027,)
)
"""5 - Highly suggestive of malignancy (SCT 397145000)."""

V5OClockPosition: _Final[_Code] = _Code("SCT", "129776001", "5 o'clock position", (6019, 6205))
"""5 o'clock position (SCT 129776001)."""

V5thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371888009", "5th Percentile Value of population", (226,)
)
"""5th Percentile Value of population (SCT 371888009)."""

V60Cobalt: _Final[_Code] = _Code("SCT", "5405008", "^60^Cobalt", (18, 9527, 9528))
"""^60^Cobalt (SCT 5405008)."""

V60Copper: _Final[_Code] = _Code("SCT", "425364008", "^60^Copper", (4020,))
"""^60^Copper (SCT 425364008)."""

V61Copper: _Final[_Code] = _Code("SCT", "71425003", "^61^Copper", (4020,))
"""^61^Copper (SCT 71425003)."""

V62Copper: _Final[_Code] = _Code("SCT", "422934004", "^62^Copper", (4020,))
"""^62^Copper (SCT 422934004)."""

V62Zinc: _Final[_Code] = _Code("SCT", "65054007", "^62^Zinc", (4020,))
"""^62^Zinc (SCT 65054007)."""

V64Copper: _Final[_Code] = _Code("SCT", "3932008", "^64^Copper", (18, 4020))
"""^64^Copper (SCT 3932008)."""

V66Gallium: _Final[_Code] = _Code("SCT", "79477007", "^66^Gallium", (4020,))
"""^66^Gallium (SCT 79477007)."""

V67Copper: _Final[_Code] = _Code("SCT", "53700003", "^67^Copper", (18,))
"""^67^Copper (SCT 53700003)."""

V67Gallium: _Final[_Code] = _Code("SCT", "2008008", "^67^Gallium", (18,))
"""^67^Gallium (SCT 2008008)."""

V68Gallium: _Final[_Code] = _Code("SCT", "35337001", "^68^Gallium", (4020,))
"""^68^Gallium (SCT 35337001)."""

V68Germanium: _Final[_Code] = _Code("SCT", "53315004", "^68^Germanium", (4020, 4021))
"""^68^Germanium (SCT 53315004)."""

V6OClockPosition: _Final[_Code] = _Code("SCT", "129777005", "6 o'clock position", (6019, 6205))
"""6 o'clock position (SCT 129777005)."""

V72Arsenic: _Final[_Code] = _Code("SCT", "2705002", "^72^Arsenic", (4020,))
"""^72^Arsenic (SCT 2705002)."""

V73Selenium: _Final[_Code] = _Code("SCT", "87437000", "^73^Selenium", (4020,))
"""^73^Selenium (SCT 87437000)."""

V75Bromine: _Final[_Code] = _Code("SCT", "17910003", "^75^Bromine", (4020,))
"""^75^Bromine (SCT 17910003)."""

V75Selenium: _Final[_Code] = _Code("SCT", "43239002", "^75^Selenium", (18,))
"""^75^Selenium (SCT 43239002)."""

V76Bromine: _Final[_Code] = _Code("SCT", "79523006", "^76^Bromine", (4020,))
"""^76^Bromine (SCT 79523006)."""

V77Bromine: _Final[_Code] = _Code("SCT", "86521004", "^77^Bromine", (4020,))
"""^77^Bromine (SCT 86521004)."""

V7OClockPosition: _Final[_Code] = _Code("SCT", "129778000", "7 o'clock position", (6019, 6205))
"""7 o'clock position (SCT 129778000)."""

V81mKrypton: _Final[_Code] = _Code("SCT", "61716009", "^81m^Krypton", (18, 25))
"""^81m^Krypton (SCT 61716009)."""

V82Rubidium: _Final[_Code] = _Code("SCT", "79197006", "^82^Rubidium", (3107, 4020))
"""^82^Rubidium (SCT 79197006)."""

V85Krypton: _Final[_Code] = _Code("SCT", "34127007", "^85^Krypton", (18,))
"""^85^Krypton (SCT 34127007)."""

V85Strontium: _Final[_Code] = _Code("SCT", "111084009", "^85^Strontium", (18,))
"""^85^Strontium (SCT 111084009)."""

V86Yttrium: _Final[_Code] = _Code("SCT", "10738001", "^86^Yttrium", (4020,))
"""^86^Yttrium (SCT 10738001)."""

V87mStrontium: _Final[_Code] = _Code("SCT", "78023008", "^87m^Strontium", (18,))
"""^87m^Strontium (SCT 78023008)."""

V89Strontium: _Final[_Code] = _Code("SCT", "7770004", "^89^Strontium", (18,))
"""^89^Strontium (SCT 7770004)."""

V89Zirconium: _Final[_Code] = _Code("SCT", "63360001", "^89^Zirconium", (4020,))
"""^89^Zirconium (SCT 63360001)."""

V8OClockPosition: _Final[_Code] = _Code("SCT", "129779008", "8 o'clock position", (6019, 6205))
"""8 o'clock position (SCT 129779008)."""

V90Strontium: _Final[_Code] = _Code("SCT", "14071002", "^90^Strontium", (9528,))
"""^90^Strontium (SCT 14071002)."""

V90Yttrium: _Final[_Code] = _Code("SCT", "14691008", "^90^Yttrium", (18, 4020, 9528))
"""^90^Yttrium (SCT 14691008)."""

V90thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371887004", "90th Percentile Value of population", (226,)
)
"""90th Percentile Value of population (SCT 371887004)."""

V94mTechnetium: _Final[_Code] = _Code("SCT", "424079002", "^94m^Technetium", (4020,))
"""^94m^Technetium (SCT 424079002)."""

V95thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371889001", "95th Percentile Value of population", (226,)
)
"""95th Percentile Value of population (SCT 371889001)."""

V97Ruthenium: _Final[_Code] = _Code("SCT", "23788009", "^97^Ruthenium", (18,))
"""^97^Ruthenium (SCT 23788009)."""

V99mTechnetium: _Final[_Code] = _Code("SCT", "72454006", "^99m^Technetium", (18,))
"""^99m^Technetium (SCT 72454006)."""

V9OClockPosition: _Final[_Code] = _Code("SCT", "129780006", "9 o'clock position", (6019, 6205))
"""9 o'clock position (SCT 129780006)."""

VagalStimulation: _Final[_Code] = _Code("SCT", "128968000", "Vagal stimulation", (3271,))
"""Vagal stimulation (SCT 128968000)."""

Vagina: _Final[_Code] = _Code("SCT", "76784001", "Vagina", (4, 7160))
"""Vagina (SCT 76784001)."""

VaginalIntroitus: _Final[_Code] = _Code("SCT", "18857001", "Vaginal introitus", (4029,))
"""Vaginal introitus (SCT 18857001)."""

VaginalRoute: _Final[_Code] = _Code("SCT", "16857009", "Vaginal route", (11,))
"""Vaginal route (SCT 16857009)."""

VagusNerve: _Final[_Code] = _Code("SCT", "88882009", "Vagus nerve", (7167, 7706))
"""Vagus nerve (SCT 88882009)."""

Valdini: _Final[_Code] = _Code("SCT", "399330007", "Valdini", (4012,))
"""Valdini (SCT 399330007)."""

ValsalvaManeuver: _Final[_Code] = _Code(
    "SCT", "261039008", "Valsalva maneuver", (3271, 3823, 12002)
)
"""Valsalva maneuver (SCT 261039008)."""

ValvularEndocarditis: _Final[_Code] = _Code("SCT", "89736004", "Valvular endocarditis", (3711,))
"""Valvular endocarditis (SCT 89736004)."""

ValvularHeartDisease: _Final[_Code] = _Code(
    "SCT", "368009", "Valvular heart disease", (3201, 3727, 12246)
)
"""Valvular heart disease (SCT 368009)."""

VanGiesonStain: _Final[_Code] = _Code("SCT", "406957003", "Van Gieson stain", (8112,))
"""Van Gieson stain (SCT 406957003)."""

VanRosenProjection: _Final[_Code] = _Code("SCT", "260506009", "Van Rosen projection", (4012,))
"""Van Rosen projection (SCT 260506009)."""

VancomycinAntibiotic: _Final[_Code] = _Code("SCT", "372735009", "Vancomycin antibiotic", (622,))
"""Vancomycin antibiotic (SCT 372735009)."""

VaricoseAneurysm: _Final[_Code] = _Code("SCT", "57754000", "varicose aneurysm", (3808,))
"""varicose aneurysm (SCT 57754000)."""

VasDeferens: _Final[_Code] = _Code("SCT", "57671007", "Vas deferens", (7160,))
"""Vas deferens (SCT 57671007)."""

VascularCalcification_129759000: _Final[_Code] = _Code(
    "SCT", "129759000", "Vascular calcification", (6011,)
)
"""Vascular calcification (SCT 129759000)."""

VascularCalcification_237897009: _Final[_Code] = _Code(
    "SCT", "237897009", "Vascular Calcification", (3495, 3496, 3712)
)
"""Vascular Calcification (SCT 237897009)."""

VascularCoiling: _Final[_Code] = _Code("SCT", "416061003", "vascular coiling", (3810,))
"""vascular coiling (SCT 416061003)."""

VascularEndothelialGrowthFactor: _Final[_Code] = _Code(
    "SCT", "417324009", "Vascular endothelial growth factor", (642,)
)
"""Vascular endothelial growth factor (SCT 417324009)."""

VascularGraft: _Final[_Code] = _Code("SCT", "118375008", "Vascular graft", (4,))
"""Vascular graft (SCT 118375008)."""

VascularResistance_251271006: _Final[_Code] = _Code(
    "SCT", "251271006", "Vascular Resistance", (12304,)
)
"""Vascular Resistance (SCT 251271006)."""

VascularResistance_88619007: _Final[_Code] = _Code(
    "SCT", "88619007", "Vascular Resistance", (3641,)
)
"""Vascular Resistance (SCT 88619007)."""

VascularSclerosis: _Final[_Code] = _Code("SCT", "107671003", "vascular sclerosis", (3810, 7156))
"""vascular sclerosis (SCT 107671003)."""

VascularSurgery: _Final[_Code] = _Code("SCT", "309996006", "Vascular Surgery", (7030,))
"""Vascular Surgery (SCT 309996006)."""

VascularWallDegeneration: _Final[_Code] = _Code(
    "SCT", "33593002", "vascular wall degeneration", (3817,)
)
"""vascular wall degeneration (SCT 33593002)."""

Vasculitis: _Final[_Code] = _Code("SCT", "31996006", "vasculitis", (3805, 3815))
"""vasculitis (SCT 31996006)."""

Vasoconstriction: _Final[_Code] = _Code("SCT", "32318003", "Vasoconstriction", (9,))
"""Vasoconstriction (SCT 32318003)."""

Vasoconstrictor: _Final[_Code] = _Code("SCT", "870406003", "Vasoconstrictor", (622,))
"""Vasoconstrictor (SCT 870406003)."""

Vasodilatation: _Final[_Code] = _Code("SCT", "30017007", "Vasodilatation", (9,))
"""Vasodilatation (SCT 30017007)."""

Vasodilator: _Final[_Code] = _Code("SCT", "372787008", "Vasodilator", (10, 622))
"""Vasodilator (SCT 372787008)."""

VasovagalSyncope: _Final[_Code] = _Code("SCT", "398665005", "Vasovagal syncope", (6062,))
"""Vasovagal syncope (SCT 398665005)."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

VenaCava: _Final[_Code] = _Code("SCT", "35532006", "Vena cava", (3010,))
"""Vena cava (SCT 35532006)."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000)."""

VenaContracta: _Final[_Code] = _Code("SCT", "443501007", "Vena Contracta", (12280,))
"""Vena Contracta (SCT 443501007)."""

Venipuncture: _Final[_Code] = _Code("SCT", "22778000", "Venipuncture", (8109,))
"""Venipuncture (SCT 22778000)."""

VenousNetwork: _Final[_Code] = _Code("SCT", "34340008", "Venous network", (3010, 3607))
"""Venous network (SCT 34340008)."""

Ventral20DegreeRostralDorsocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442721003", "Ventral 20 degree rostral-dorsocaudal oblique", (7484,)
)
"""Ventral 20 degree rostral-dorsocaudal oblique (SCT 442721003)."""

Ventral30DegreeLeftDorsalRightOblique: _Final[_Code] = _Code(
    "SCT", "442589002", "Ventral 30 degree left-dorsal right oblique", (7484,)
)
"""Ventral 30 degree left-dorsal right oblique (SCT 442589002)."""

Ventral30DegreeRightDorsalLeftOblique: _Final[_Code] = _Code(
    "SCT", "442587000", "Ventral 30 degree right-dorsal left oblique", (7484,)
)
"""Ventral 30 degree right-dorsal left oblique (SCT 442587000)."""

VentralFuniculus: _Final[_Code] = _Code("SCT", "31701002", "ventral funiculus", (7707,))
"""ventral funiculus (SCT 31701002)."""

VentralLeftDorsalRightOblique: _Final[_Code] = _Code(
    "SCT", "442590006", "Ventral left-dorsal right oblique", (7484,)
)
"""Ventral left-dorsal right oblique (SCT 442590006)."""

VentralRightDorsalLeftOblique: _Final[_Code] = _Code(
    "SCT", "442738004", "Ventral right-dorsal left oblique", (7484,)
)
"""Ventral right-dorsal left oblique (SCT 442738004)."""

Ventricle: _Final[_Code] = _Code("SCT", "21814001", "Ventricle", (4, 6149))
"""Ventricle (SCT 21814001)."""

VentricularAneurysm: _Final[_Code] = _Code("SCT", "90539001", "Ventricular Aneurysm", (3704,))
"""Ventricular Aneurysm (SCT 90539001)."""

VentricularArrhythmia: _Final[_Code] = _Code("SCT", "44103008", "ventricular arrhythmia", (3826,))
"""ventricular arrhythmia (SCT 44103008)."""

VentricularBigeminy: _Final[_Code] = _Code("SCT", "11157007", "Ventricular bigeminy", (3234,))
"""Ventricular bigeminy (SCT 11157007)."""

VentricularEffectiveRefractoryPeriodEvaluationOf: _Final[_Code] = _Code(
    "SCT", "129088006", "Ventricular Effective Refractory Period, evaluation of", (3254,)
)
"""Ventricular Effective Refractory Period, evaluation of (SCT 129088006)."""

VentricularEjection: _Final[_Code] = _Code(
    "SCT", "444371003", "Ventricular Ejection", (12233, 12307)
)
"""Ventricular Ejection (SCT 444371003)."""

VentricularFibrillation: _Final[_Code] = _Code(
    "SCT", "71908006", "Ventricular fibrillation", (3230, 3700)
)
"""Ventricular fibrillation (SCT 71908006)."""

VentricularIsovolumicContraction: _Final[_Code] = _Code(
    "SCT", "444379001", "Ventricular Isovolumic Contraction", (12233, 12307)
)
"""Ventricular Isovolumic Contraction (SCT 444379001)."""

VentricularIsovolumicRelaxation: _Final[_Code] = _Code(
    "SCT", "444361000", "Ventricular Isovolumic Relaxation", (12233, 12307)
)
"""Ventricular Isovolumic Relaxation (SCT 444361000)."""

VentricularPacing: _Final[_Code] = _Code("SCT", "344994008", "ventricular pacing", (3555,))
"""ventricular pacing (SCT 344994008)."""

VentricularPreExcitation: _Final[_Code] = _Code(
    "SCT", "195060002", "Ventricular pre-excitation", (3230,)
)
"""Ventricular pre-excitation (SCT 195060002)."""

VentricularPrematureContraction: _Final[_Code] = _Code(
    "SCT", "251175005", "Ventricular premature contraction", (3230,)
)
"""Ventricular premature contraction (SCT 251175005)."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003)."""

VentricularSeptalDefectDeviceClosure: _Final[_Code] = _Code(
    "SCT", "89814007", "Ventricular septal defect device closure", (12247,)
)
"""Ventricular septal defect device closure (SCT 89814007)."""

VentricularSystole: _Final[_Code] = _Code("SCT", "8997002", "Ventricular Systole", (12233,))
"""Ventricular Systole (SCT 8997002)."""

VentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularTachycardiaPolymorphic: _Final[_Code] = _Code(
    "SCT", "251159007", "Ventricular tachycardia, polymorphic", (3234,)
)
"""Ventricular tachycardia, polymorphic (SCT 251159007)."""

VentricularVein: _Final[_Code] = _Code("SCT", "195328002", "Ventricular Vein", (3839,))
"""Ventricular Vein (SCT 195328002)."""

VentroDorsal: _Final[_Code] = _Code("SCT", "442441009", "Ventro-dorsal", (7484,))
"""Ventro-dorsal (SCT 442441009)."""

VentrorostralDorsocaudalOblique: _Final[_Code] = _Code(
    "SCT", "442741008", "Ventrorostral-dorsocaudal oblique", (7484,)
)
"""Ventrorostral-dorsocaudal oblique (SCT 442741008)."""

Verapamil: _Final[_Code] = _Code("SCT", "47898004", "Verapamil", (10,))
"""Verapamil (SCT 47898004)."""

VerhoeffHematoxylinStain: _Final[_Code] = _Code(
    "SCT", "406992006", "verhoeff's hematoxylin stain", (8112,)
)
"""verhoeff's hematoxylin stain (SCT 406992006)."""

Vertebra: _Final[_Code] = _Code("SCT", "51282000", "Vertebra", (6114,))
"""Vertebra (SCT 51282000)."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005)."""

VertebralCanal: _Final[_Code] = _Code("SCT", "61853006", "Vertebral canal", (6115,))
"""Vertebral canal (SCT 61853006)."""

VertebralColumnAndCranium: _Final[_Code] = _Code(
    "SCT", "110517009", "Vertebral column and cranium", (4028, 4031)
)
"""Vertebral column and cranium (SCT 110517009)."""

VertebralForamen: _Final[_Code] = _Code("SCT", "280734009", "Vertebral foramen", (6115,))
"""Vertebral foramen (SCT 280734009)."""

VertexOfHead: _Final[_Code] = _Code("SCT", "88986008", "Vertex of Head", (1002,))
"""Vertex of Head (SCT 88986008)."""

Vertical: _Final[_Code] = _Code("SCT", "33096000", "Vertical", (2, 6121))
"""Vertical (SCT 33096000)."""

VerticalLongAxis: _Final[_Code] = _Code("SCT", "131185001", "Vertical Long Axis", (27,))
"""Vertical Long Axis (SCT 131185001)."""

VerticalOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "80434005", "vertical occipital fasciculus", (7703,)
)
"""vertical occipital fasciculus (SCT 80434005)."""

Verticosubmental: _Final[_Code] = _Code("SCT", "399360002", "verticosubmental", (4010,))
"""verticosubmental (SCT 399360002)."""

VesicularLymphNode: _Final[_Code] = _Code("SCT", "360992006", "vesicular lymph node", (7600,))
"""vesicular lymph node (SCT 360992006)."""

VesselDepthFromSurface: _Final[_Code] = _Code(
    "SCT", "413975003", "Vessel depth from surface", (12122,)
)
"""Vessel depth from surface (SCT 413975003)."""

VesselIntimalCrossSectionalDiameter: _Final[_Code] = _Code(
    "SCT", "415814008", "Vessel Intimal Cross-Sectional Diameter", (12122,)
)
"""Vessel Intimal Cross-Sectional Diameter (SCT 415814008)."""

VesselIntimalDiameter: _Final[_Code] = _Code(
    "SCT", "415815009", "Vessel Intimal Diameter", (12122,)
)
"""Vessel Intimal Diameter (SCT 415815009)."""

VesselLumenCrossSectionalArea: _Final[_Code] = _Code(
    "SCT", "397415007", "Vessel lumen cross-sectional area", (3482, 12122)
)
"""Vessel lumen cross-sectional area (SCT 397415007)."""

VesselLumenDiameter: _Final[_Code] = _Code(
    "SCT", "397413000", "Vessel lumen diameter", (3481, 12122)
)
"""Vessel lumen diameter (SCT 397413000)."""

VesselOrigin: _Final[_Code] = _Code("SCT", "397421006", "Vessel Origin", (3496, 12116))
"""Vessel Origin (SCT 397421006)."""

VesselOutsideDiameter: _Final[_Code] = _Code(
    "SCT", "397414006", "Vessel outside diameter", (12122,)
)
"""Vessel outside diameter (SCT 397414006)."""

VestibulocochlearNerve: _Final[_Code] = _Code("SCT", "8598002", "vestibulocochlear nerve", (7706,))
"""vestibulocochlear nerve (SCT 8598002)."""

ViaArmVein: _Final[_Code] = _Code("SCT", "261459001", "Via arm vein", (3746,))
"""Via arm vein (SCT 261459001)."""

ViaArtery: _Final[_Code] = _Code("SCT", "103387006", "Via artery", (3746,))
"""Via artery (SCT 103387006)."""

ViaBrachialArtery: _Final[_Code] = _Code("SCT", "260585005", "Via brachial artery", (3746,))
"""Via brachial artery (SCT 260585005)."""

ViaFemoralArtery: _Final[_Code] = _Code("SCT", "260590008", "Via femoral artery", (3746,))
"""Via femoral artery (SCT 260590008)."""

ViaFemoralVein: _Final[_Code] = _Code("SCT", "260601006", "Via femoral vein", (3746,))
"""Via femoral vein (SCT 260601006)."""

ViaRadialArtery: _Final[_Code] = _Code("SCT", "444850002", "Via radial artery", (3746,))
"""Via radial artery (SCT 444850002)."""

ViaTracheostomy: _Final[_Code] = _Code("SCT", "180640008", "Via tracheostomy", (618,))
"""Via tracheostomy (SCT 180640008)."""

ViaVein: _Final[_Code] = _Code("SCT", "103386002", "Via vein", (3746,))
"""Via vein (SCT 103386002)."""

VictoriaBlue4RStain: _Final[_Code] = _Code("SCT", "82682000", "victoria blue 4R stain", (8112,))
"""victoria blue 4R stain (SCT 82682000)."""

VictoriaBlueBStain: _Final[_Code] = _Code("SCT", "22749001", "victoria blue B stain", (8112,))
"""victoria blue B stain (SCT 22749001)."""

VideoEEG: _Final[_Code] = _Code("SCT", "252738008", "Video EEG", (3049,))
"""Video EEG (SCT 252738008)."""

VioletOpticalFilter: _Final[_Code] = _Code("SCT", "445278001", "Violet optical filter", (8124,))
"""Violet optical filter (SCT 445278001)."""

Virus: _Final[_Code] = _Code("SCT", "49872002", "Virus", (637,))
"""Virus (SCT 49872002)."""

VisualEstimation: _Final[_Code] = _Code("SCT", "258083009", "Visual estimation", (3627,))
"""Visual estimation (SCT 258083009)."""

VitalNewRedStain: _Final[_Code] = _Code("SCT", "20230008", "vital new red stain", (8112,))
"""vital new red stain (SCT 20230008)."""

VitalSignsMonitoring: _Final[_Code] = _Code("SCT", "304495004", "Vital signs monitoring", (9577,))
"""Vital signs monitoring (SCT 304495004)."""

Vitamin: _Final[_Code] = _Code("SCT", "87708000", "Vitamin", (622,))
"""Vitamin (SCT 87708000)."""

VitellineArteryOfPlacenta: _Final[_Code] = _Code(
    "SCT", "256779006", "Vitelline Artery of Placenta", (12140,)
)
"""Vitelline Artery of Placenta (SCT 256779006)."""

VitellineVeinOfPlacenta: _Final[_Code] = _Code(
    "SCT", "256875007", "Vitelline Vein of Placenta", (12140,)
)
"""Vitelline Vein of Placenta (SCT 256875007)."""

Vitreous: _Final[_Code] = _Code("SCT", "26386000", "Vitreous", (4211, 4233))
"""Vitreous (SCT 26386000)."""

VitreousOnly: _Final[_Code] = _Code("SCT", "372242005", "Vitreous Only", (4232,))
"""Vitreous Only (SCT 372242005)."""

VitreousOpacity: _Final[_Code] = _Code("SCT", "422061002", "Vitreous Opacity", (4222,))
"""Vitreous Opacity (SCT 422061002)."""

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

VolumeSupportVentilator: _Final[_Code] = _Code(
    "SCT", "371787006", "Volume Support Ventilator", (3554,)
)
"""Volume Support Ventilator (SCT 371787006)."""

VomerBone: _Final[_Code] = _Code("SCT", "87166008", "Vomer bone", (4028,))
"""Vomer bone (SCT 87166008)."""

Vulva: _Final[_Code] = _Code("SCT", "45292006", "Vulva", (4, 7160))
"""Vulva (SCT 45292006)."""

VulvalVestibule: _Final[_Code] = _Code("SCT", "23213005", "Vulval vestibule", (4029,))
"""Vulval vestibule (SCT 23213005)."""

Wall: _Final[_Code] = _Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009)."""

Warfarin: _Final[_Code] = _Code("SCT", "48603004", "Warfarin", (10,))
"""Warfarin (SCT 48603004)."""

WarmerDevice: _Final[_Code] = _Code("SCT", "71384000", "Warmer device", (635,))
"""Warmer device (SCT 71384000)."""

WarmingBlanket: _Final[_Code] = _Code("SCT", "421335007", "Warming blanket", (635,))
"""Warming blanket (SCT 421335007)."""

WasteMaterial: _Final[_Code] = _Code("SCT", "289925000", "Waste Material", (7165,))
"""Waste Material (SCT 289925000)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

WaterBagProsthesisForImagingProcedure: _Final[_Code] = _Code(
    "SCT", "102323003", "Water bag prosthesis for imaging procedure", (5,)
)
"""Water bag prosthesis for imaging procedure (SCT 102323003)."""

WaterSolubleAnilineBlueStain: _Final[_Code] = _Code(
    "SCT", "88625006", "water soluble aniline blue stain", (8112,)
)
"""water soluble aniline blue stain (SCT 88625006)."""

WaterSolubleAnthraceneBrownStain: _Final[_Code] = _Code(
    "SCT", "58755002", "water soluble anthracene brown stain", (8112,)
)
"""water soluble anthracene brown stain (SCT 58755002)."""

WaterSolubleEosinStain: _Final[_Code] = _Code(
    "SCT", "36879007", "water soluble eosin stain", (8112,)
)
"""water soluble eosin stain (SCT 36879007)."""

WaterSolubleNigrosineStain: _Final[_Code] = _Code(
    "SCT", "12119009", "water soluble nigrosine stain", (8112,)
)
"""water soluble nigrosine stain (SCT 12119009)."""

Waters: _Final[_Code] = _Code("SCT", "260473000", "Waters", (4012,))
"""Waters (SCT 260473000)."""

Waveform: _Final[_Code] = _Code("SCT", "260893003", "Waveform", (272,))
"""Waveform (SCT 260893003)."""

WaxolineBlueStain: _Final[_Code] = _Code("SCT", "60739006", "waxoline blue stain", (8112,))
"""waxoline blue stain (SCT 60739006)."""

WaysonStain: _Final[_Code] = _Code("SCT", "409549005", "wayson stain", (8112,))
"""wayson stain (SCT 409549005)."""

WeaklyPositive: _Final[_Code] = _Code("SCT", "260408008", "Weakly positive", (3231,))
"""Weakly positive (SCT 260408008)."""

Weal: _Final[_Code] = _Code("SCT", "247472004", "Weal", (6062,))
"""Weal (SCT 247472004)."""

WedgeMethod: _Final[_Code] = _Code("SCT", "128579004", "Wedge method", (3241,))
"""Wedge method (SCT 128579004)."""

WedgeShaped: _Final[_Code] = _Code("SCT", "20446002", "Wedge-shaped", (6340,))
"""Wedge-shaped (SCT 20446002)."""

WeightBearing: _Final[_Code] = _Code("SCT", "87731000", "Weight bearing", (91,))
"""Weight bearing (SCT 87731000)."""

WellControlled: _Final[_Code] = _Code("SCT", "1194003", "Well controlled", (3770,))
"""Well controlled (SCT 1194003)."""

WellDefined: _Final[_Code] = _Code("SCT", "260409000", "Well defined", (6120,))
"""Well defined (SCT 260409000)."""

WestPoint: _Final[_Code] = _Code("SCT", "399130002", "West Point", (4012,))
"""West Point (SCT 399130002)."""

White: _Final[_Code] = _Code("SCT", "371251000", "White", (4255, 4411, 6067))
"""White (SCT 371251000)."""

WhiteMatter: _Final[_Code] = _Code("SCT", "389080008", "White Matter", (7153, 7710))
"""White Matter (SCT 389080008)."""

Width: _Final[_Code] = _Code("SCT", "103355008", "Width", (7470,))
"""Width (SCT 103355008)."""

WigbyTaylor: _Final[_Code] = _Code("SCT", "399215000", "Wigby-Taylor", (4012,))
"""Wigby-Taylor (SCT 399215000)."""

Wing: _Final[_Code] = _Code("SCT", "53036007", "Wing", (7483,))
"""Wing (SCT 53036007)."""

WithinNormalLimits: _Final[_Code] = _Code("SCT", "125112009", "Within normal limits", (4254,))
"""Within normal limits (SCT 125112009)."""

Wolf: _Final[_Code] = _Code("SCT", "422996004", "Wolf", (4012,))
"""Wolf (SCT 422996004)."""

WrightStain: _Final[_Code] = _Code("SCT", "373682001", "wright stain", (8112,))
"""wright stain (SCT 373682001)."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003)."""

XRayFilmCassetteManual: _Final[_Code] = _Code(
    "SCT", "466556008", "X-Ray film cassette, manual", (9268, 9271)
)
"""X-Ray film cassette, manual (SCT 466556008)."""

XRayShield: _Final[_Code] = _Code("SCT", "65577000", "X-Ray shield", (10066,))
"""X-Ray shield (SCT 65577000)."""

Xenon: _Final[_Code] = _Code("SCT", "83598005", "Xenon", (13,))
"""Xenon (SCT 83598005)."""

Xenon133Gas: _Final[_Code] = _Code("SCT", "780783002", "Xenon^133^ gas", (25,))
"""Xenon^133^ gas (SCT 780783002)."""

XenonArcLamp: _Final[_Code] = _Code("SCT", "445671003", "Xenon arc lamp", (8125,))
"""Xenon arc lamp (SCT 445671003)."""

XiphoidProcess: _Final[_Code] = _Code("SCT", "20298003", "Xiphoid Process", (1004, 6115))
"""Xiphoid Process (SCT 20298003)."""

Xylazine: _Final[_Code] = _Code("SCT", "96230006", "Xylazine", (625,))
"""Xylazine (SCT 96230006)."""

XyleneCyanolFFStain: _Final[_Code] = _Code("SCT", "55831004", "xylene cyanol FF stain", (8112,))
"""xylene cyanol FF stain (SCT 55831004)."""

Yellow: _Final[_Code] = _Code("SCT", "371244009", "Yellow", (4255, 4411, 6067))
"""Yellow (SCT 371244009)."""

YellowGreenOpticalFilter: _Final[_Code] = _Code(
    "SCT", "445340000", "Yellow-green optical filter", (4204,)
)
"""Yellow-green optical filter (SCT 445340000)."""

Yes: _Final[_Code] = _Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

Yttrium: _Final[_Code] = _Code("SCT", "63754004", "Yttrium", (300,))
"""Yttrium (SCT 63754004)."""

Yttrium90Microspheres: _Final[_Code] = _Code("SCT", "764678003", "Yttrium^90^ microspheres", (25,))
"""Yttrium^90^ microspheres (SCT 764678003)."""

Zanelli: _Final[_Code] = _Code("SCT", "399026003", "Zanelli", (4012,))
"""Zanelli (SCT 399026003)."""

ZenkerFluid: _Final[_Code] = _Code("SCT", "433473008", "Zenker's fluid", (8114,))
"""Zenker's fluid (SCT 433473008)."""

ZiehlNeelsenStain: _Final[_Code] = _Code("SCT", "255813003", "Ziehl-Neelsen stain", (8112,))
"""Ziehl-Neelsen stain (SCT 255813003)."""

Zolazepam: _Final[_Code] = _Code("SCT", "96227004", "Zolazepam", (625,))
"""Zolazepam (SCT 96227004)."""

Zygoma: _Final[_Code] = _Code("SCT", "13881006", "Zygoma", (4028, 4031))
"""Zygoma (SCT 13881006)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_0IncompleteNeedAdditionalImagingEvaluationPriors: _Final[_Code] = (
    V0IncompleteNeedAdditionalImagingEvaluationPriors
)
_0NoPerfusion: _Final[_Code] = V0NoPerfusion
_103Palladium: _Final[_Code] = V103Palladium
_106Ruthenium: _Final[_Code] = V106Ruthenium
_10OClockPosition: _Final[_Code] = V10OClockPosition
_10thPercentileValueOfPopulation: _Final[_Code] = V10thPercentileValueOfPopulation
_111Indium: _Final[_Code] = V111Indium
_113mIndium: _Final[_Code] = V113mIndium
_11Carbon: _Final[_Code] = V11Carbon
_11OClockPosition: _Final[_Code] = V11OClockPosition
_123Iodine: _Final[_Code] = V123Iodine
_124Iodine: _Final[_Code] = V124Iodine
_125Iodine: _Final[_Code] = V125Iodine
_127Xenon: _Final[_Code] = V127Xenon
_12LeadECG: _Final[_Code] = V12LeadECG
_12OClockPosition: _Final[_Code] = V12OClockPosition
_131Cesium: _Final[_Code] = V131Cesium
_131Iodine: _Final[_Code] = V131Iodine
_133Barium: _Final[_Code] = V133Barium
_133Xenon: _Final[_Code] = V133Xenon
_137Cesium: _Final[_Code] = V137Cesium
_13Nitrogen: _Final[_Code] = V13Nitrogen
_14Carbon: _Final[_Code] = V14Carbon
_14Oxygen: _Final[_Code] = V14Oxygen
_153Gadolinium: _Final[_Code] = V153Gadolinium
_153Samarium: _Final[_Code] = V153Samarium
_15LeadECG: _Final[_Code] = V15LeadECG
_15Oxygen: _Final[_Code] = V15Oxygen
_169Ytterbium: _Final[_Code] = V169Ytterbium
_177Lutetium: _Final[_Code] = V177Lutetium
_178Tantalum: _Final[_Code] = V178Tantalum
_186Rhenium: _Final[_Code] = V186Rhenium
_188Rhenium: _Final[_Code] = V188Rhenium
_18Fluorine: _Final[_Code] = V18Fluorine
_18LeadECG: _Final[_Code] = V18LeadECG
_192Iridium: _Final[_Code] = V192Iridium
_198Gold: _Final[_Code] = V198Gold
_199Gold: _Final[_Code] = V199Gold
_1Negative: _Final[_Code] = V1Negative
_1OClockPosition: _Final[_Code] = V1OClockPosition
_1PenetrationWithoutPerfusion: _Final[_Code] = V1PenetrationWithoutPerfusion
_1SigmaLowerValueOfPopulation: _Final[_Code] = V1SigmaLowerValueOfPopulation
_1SigmaUpperValueOfPopulation: _Final[_Code] = V1SigmaUpperValueOfPopulation
_1stDiagonalCoronaryArtery: _Final[_Code] = V1stDiagonalCoronaryArtery
_1stLeftPosterolateralCoronaryArtery: _Final[_Code] = V1stLeftPosterolateralCoronaryArtery
_1stMarginalCoronaryArtery: _Final[_Code] = V1stMarginalCoronaryArtery
_1stRightPosterolateralCoronaryArtery: _Final[_Code] = V1stRightPosterolateralCoronaryArtery
_1stSeptalCoronaryArtery: _Final[_Code] = V1stSeptalCoronaryArtery
_201Thallium: _Final[_Code] = V201Thallium
_203Lead: _Final[_Code] = V203Lead
_222Radon: _Final[_Code] = V222Radon
_223Radium: _Final[_Code] = V223Radium
_226Radium: _Final[_Code] = V226Radium
_22Sodium: _Final[_Code] = V22Sodium
_24Sodium: _Final[_Code] = V24Sodium
_252Californium: _Final[_Code] = V252Californium
_2Benign: _Final[_Code] = V2Benign
_2DMode: _Final[_Code] = V2DMode
_2OClockPosition: _Final[_Code] = V2OClockPosition
_2PartialPerfusion: _Final[_Code] = V2PartialPerfusion
_2SigmaLowerValueOfPopulation: _Final[_Code] = V2SigmaLowerValueOfPopulation
_2SigmaUpperValueOfPopulation: _Final[_Code] = V2SigmaUpperValueOfPopulation
_2ndDiagonalCoronaryArtery: _Final[_Code] = V2ndDiagonalCoronaryArtery
_2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = V2ndLeftPosterolateralCoronaryArtery
_2ndMarginalCoronaryArtery: _Final[_Code] = V2ndMarginalCoronaryArtery
_2ndRightPosterolateralCoronaryArtery: _Final[_Code] = V2ndRightPosterolateralCoronaryArtery
_32Phosphorus: _Final[_Code] = V32Phosphorus
_38Potassium: _Final[_Code] = V38Potassium
_3CompletePerfusion: _Final[_Code] = V3CompletePerfusion
_3DMode: _Final[_Code] = V3DMode
_3OClockPosition: _Final[_Code] = V3OClockPosition
_3ProbablyBenign: _Final[_Code] = V3ProbablyBenign
_3rdDiagonalCoronaryArtery: _Final[_Code] = V3rdDiagonalCoronaryArtery
_3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = V3rdLeftPosterolateralCoronaryArtery
_3rdMarginalCoronaryArtery: _Final[_Code] = V3rdMarginalCoronaryArtery
_3rdRightPosterolateralCoronaryArtery: _Final[_Code] = V3rdRightPosterolateralCoronaryArtery
_42Potassium: _Final[_Code] = V42Potassium
_43Potassium: _Final[_Code] = V43Potassium
_45Titanium: _Final[_Code] = V45Titanium
_4OClockPosition: _Final[_Code] = V4OClockPosition
_4Suspicious: _Final[_Code] = V4Suspicious
_51Chromium: _Final[_Code] = V51Chromium
_52Iron: _Final[_Code] = V52Iron
_52Manganese: _Final[_Code] = V52Manganese
_57Cobalt: _Final[_Code] = V57Cobalt
_58Cobalt: _Final[_Code] = V58Cobalt
_59Iron: _Final[_Code] = V59Iron
_5HighlySuggestiveOfMalignancy: _Final[_Code] = V5HighlySuggestiveOfMalignancy
_5OClockPosition: _Final[_Code] = V5OClockPosition
_5thPercentileValueOfPopulation: _Final[_Code] = V5thPercentileValueOfPopulation
_60Cobalt: _Final[_Code] = V60Cobalt
_60Copper: _Final[_Code] = V60Copper
_61Copper: _Final[_Code] = V61Copper
_62Copper: _Final[_Code] = V62Copper
_62Zinc: _Final[_Code] = V62Zinc
_64Copper: _Final[_Code] = V64Copper
_66Gallium: _Final[_Code] = V66Gallium
_67Copper: _Final[_Code] = V67Copper
_67Gallium: _Final[_Code] = V67Gallium
_68Gallium: _Final[_Code] = V68Gallium
_68Germanium: _Final[_Code] = V68Germanium
_6OClockPosition: _Final[_Code] = V6OClockPosition
_72Arsenic: _Final[_Code] = V72Arsenic
_73Selenium: _Final[_Code] = V73Selenium
_75Bromine: _Final[_Code] = V75Bromine
_75Selenium: _Final[_Code] = V75Selenium
_76Bromine: _Final[_Code] = V76Bromine
_77Bromine: _Final[_Code] = V77Bromine
_7OClockPosition: _Final[_Code] = V7OClockPosition
_81mKrypton: _Final[_Code] = V81mKrypton
_82Rubidium: _Final[_Code] = V82Rubidium
_85Krypton: _Final[_Code] = V85Krypton
_85Strontium: _Final[_Code] = V85Strontium
_86Yttrium: _Final[_Code] = V86Yttrium
_87mStrontium: _Final[_Code] = V87mStrontium
_89Strontium: _Final[_Code] = V89Strontium
_89Zirconium: _Final[_Code] = V89Zirconium
_8OClockPosition: _Final[_Code] = V8OClockPosition
_90Strontium: _Final[_Code] = V90Strontium
_90Yttrium: _Final[_Code] = V90Yttrium
_90thPercentileValueOfPopulation: _Final[_Code] = V90thPercentileValueOfPopulation
_94mTechnetium: _Final[_Code] = V94mTechnetium
_95thPercentileValueOfPopulation: _Final[_Code] = V95thPercentileValueOfPopulation
_97Ruthenium: _Final[_Code] = V97Ruthenium
_99mTechnetium: _Final[_Code] = V99mTechnetium
_9OClockPosition: _Final[_Code] = V9OClockPosition

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACEInhibitor,
    AConstant,
    ATSMCu64,
    AVFistula,
    AVGrooveContinuationOfCircumflexArtery,
    AVSequentialPacing,
    Abdomen,
    AbdomenAndPelvis,
    AbdominalAorta,
    AbdominalAorticAneurysmStenting,
    AbdominalLymphNode,
    AbdominalWallMuscle,
    AbducensNerve,
    Abduction,
    AblationFrequency,
    AblationOperationForArrhythmia,
    AblationPower,
    Abnormal,
    AbnormalECG,
    AbnormalExerciseToleranceTest,
    AbnormalExtracardiacUptake,
    AbnormalRenalFunction,
    AbnormalRespiratoryRhythm,
    AbnormallyHigh,
    AbnormallyLow,
    AbnormallySmallCardiacChamber,
    Abscess,
    Absent,
    Acanthioparietal,
    Accentuated,
    AccessoryAtrioventricularBundle,
    AccessoryNerve,
    AccessoryRenalArtery,
    AccidentAndEmergency,
    Acepromazine,
    Acetabulum,
    AcetateC11,
    AceticAcid,
    AchillesTendon,
    AcidFastStainMethod,
    AcidPhosphataseStain,
    AcquiredIncompleteStentApposition,
    AcridineOrangeStain,
    AcriflavineStain,
    AcromioclavicularJoint,
    AcromionProcessOfScapula,
    AcrylicResin,
    ActinicKeratosis,
    ActiveIngredient,
    ActiveProblem,
    AcuteFebrileMucocutaneousLymphNodeSyndrome,
    AcuteHepatitis,
    AcuteMitralRegurgitation,
    AcuteMitralRegurgitationFromChordalDysfunction,
    AcuteMitralRegurgitationFromChordalRupture,
    AcuteMitralRegurgitationFromPapillaryMuscleDysfunction,
    AcuteMitralRegurgitationFromPapillaryMuscleRupture,
    AcuteMyocardialInfarction,
    AcuteOnset,
    AcuteVentricularSeptalRupture,
    Adduction,
    AdenoAssociatedVirusGroup,
    Adenocarcinoma,
    AdenocarcinomaOfLargeIntestine,
    AdenocarcinomaOfLung,
    AdenocarcinomaOfPancreas,
    AdenocarcinomaOfRectum,
    Adenohypophysis,
    AdenoidCysticCarcinoma,
    Adenolipoma,
    Adenoma,
    Adenomyoepithelioma,
    Adenosine,
    AdenosineA2ReceptorAgonist,
    AdenosineStressProtocol,
    Adenosis,
    AdjunctIntent,
    AdjuvantIntent,
    AdministeredAfterLabVisit,
    AdministeredAfterPercutaneousCoronaryIntervention,
    AdministeredBeforeLabVisit,
    AdministeredBetween3And6HoursBeforePCI,
    AdministeredBetween6HoursAnd7DaysBeforePCI,
    AdministeredDuringLabVisit,
    AdministeredDuringPercutaneousCoronaryIntervention,
    AdministeredLessThan3HoursBeforePCI,
    AdministeredLessThan72HoursBeforePCI,
    AdministeredPriorToPercutaneousCoronaryIntervention,
    AdrenalGland,
    AdrenergicAgent,
    Adventitia,
    AdventitialDegeneration,
    Afferent,
    AfricanRace,
    After,
    AfterMenopause,
    AfterProcedure,
    Agar,
    Air,
    AirHeatingPad,
    AirTrapping,
    AirwayStructure,
    Akinesis,
    AlbersSchonberg,
    AlbertStain,
    AlcianBlue8GXStain,
    AlcoholConsumption,
    AlcoholSolubleNigrosineStain,
    AlcoholicLiverDisease,
    AldehydeFuchsinStain,
    Alexander,
    Alfentanil,
    Alive,
    AliveAndWell,
    AlizarinBlueSStain,
    AlizarinCyanineGreenStain,
    AlizarinRedSStain,
    AlizarinYellowGGStain,
    AlizarinYellowRStain,
    AlkaliBlue5B4BStain,
    AlkaliBlue6BStain,
    AlkalinePhosphataseStain,
    AllLegs,
    AllergyAndImmunology,
    AlmostEntirelyFat,
    AlphaAdrenergicBlockingAgent,
    Alphachloralose,
    Alphadolone,
    Aluminum,
    AluminumChloride,
    AluminumHydroxide,
    AluminumOxide,
    AlveolarProcessOfMandible,
    AlveolarSoftPartSarcoma,
    AmbuBag,
    AmbulatoryEEG,
    AmelanoticMelanoma,
    AmericanIndianOrAlaskaNative,
    AminoglycosideAntibiotic,
    AmmoniaN13,
    Amniocentesis,
    AmnioinfusionInjectionOfAmnion,
    AmorphousCalcification,
    Amphetamine,
    Amygdala,
    Amyloid,
    Analgesic,
    Anastrozole,
    Anatomical,
    AnatomicalPoint,
    AnatomicalStructure,
    Anchoring,
    AndrogenDeprivationTherapy,
    AnesthesiaInduction,
    Anesthesiology,
    AnestheticFaceMask,
    Aneurysm,
    AneurysmOfAorticRoot,
    Aneurysmal,
    AnginaClassI,
    AnginaClassII,
    AnginaClassIII,
    AnginaClassIV,
    AnginaPectoris,
    Angiography,
    Angiolipoma,
    Angioma,
    Angiomatosis,
    AngioplastyInflationDuration,
    AngioplastyInflationPressure,
    Angiosarcoma,
    AngiotensinIIReceptorAntagonist,
    Angle,
    AngleOfRib,
    AnilineBlueStain,
    AnionExchangeResin,
    AnkleJoint,
    AnnularAbscessOfAorticRoot,
    AnomalousPulmonaryVein,
    AntecubitalVein,
    AntegradeFlow,
    Anterior,
    AnteriorAuricularLymphNode,
    AnteriorCardiacVein,
    AnteriorCerebralArtery,
    AnteriorCervicalLymphNode,
    AnteriorChamberOfEye,
    AnteriorCommissure,
    AnteriorCommunicatingArtery,
    AnteriorCompression,
    AnteriorFibromuscularStromaOfProstate,
    AnteriorHornLateralVentricle,
    AnteriorMediastinalLymphNode,
    AnteriorMiddleCerebralArteryBifurcation,
    AnteriorPosteriorCerebralArteryBifurcation,
    AnteriorProjection,
    AnteriorSegmentOfLeftUpperLobe,
    AnteriorSegmentOfRightUpperLobe,
    AnteriorSpinalArtery,
    AnteriorTibialArtery,
    AnteriorTibialLymphNode,
    AnteriorTibialVein,
    AnteriorTriangleOfNeck,
    AnteriorWall,
    AnteroPosterior,
    AnteroPosteriorOblique,
    Anterolateral,
    AntiHeparinAgent,
    Antiarrhythmic,
    AntiarrhythmicDrug,
    Antibiotic,
    Anticholinergic,
    Anticoagulant_372862008,
    Anticoagulant_81839001,
    Anticonvulsant,
    AntidiureticHormone,
    Antiemetic,
    Antifungal,
    AntihemophilicFactorPreparation,
    Antihistamine_372806008,
    Antihistamine_6425004,
    Anus,
    AnusRectumAndSigmoidColon,
    Anxiety,
    Aorta,
    AortaToPulmonaryArteryConnection,
    AorticAneurysm,
    AorticArch,
    AorticBifurcation,
    AorticDissection,
    AorticFistula,
    AorticInsufficiency,
    AorticIsthmus,
    AorticLymphNode,
    AorticPressureWaveform,
    AorticRegurgitation,
    AorticSinotubularJunction,
    AorticStenosis,
    AorticSystolicEjectionPeriodSepa,
    AorticValve,
    AorticValveArea,
    AorticValveDisease,
    AorticValveFlow,
    AorticValvePullbackPressureWaveform,
    AorticValveRing,
    Aortography,
    ApexOfHeart,
    ApexOfLeftVentricle,
    ApexOfLung,
    ApexOfRightVentricle,
    Aphakic,
    Apical,
    ApicalAnteriorFibromuscularStromaOfProstate,
    ApicalAxillaryLymphNode,
    ApicalLongAxis,
    ApocrineAdenocarcinoma,
    ApocrineMetaplasia,
    AppendicealStump,
    AppendicularLymphNode,
    Appendix,
    Apple,
    Arachnoid,
    Arcelin,
    ArchOfVertebra,
    ArchitecturalDistortionOfBreast,
    ArcuateArteryOfTheKidney,
    Area,
    AreaOfDefinedRegion,
    ArmErgometer,
    Armrest,
    Arrhythmia,
    ArterialBloodStasis,
    ArterialDissection,
    ArterialPressureWaveform,
    ArterialSwitchOperation,
    ArterialTrueAneurysm,
    Arteriolosclerosis,
    Arteriosclerosis,
    ArteriosclerosisWithFibrinoidNecrosis,
    ArterioscleroticVascularDisease,
    ArteriovenousFistula,
    Artery,
    ArtificialMenopauseState,
    ArtificialRespiration,
    AsRequired,
    Ascending,
    AscendingAorta,
    AscendingColon,
    AsciticFluid,
    AscorbicAcid,
    AsianOrPacificIslanderRace,
    AsianRace,
    Asleep,
    Aspirate,
    Aspiration,
    Asthenia,
    Asthma,
    AstringentDrug,
    Astrocytoma,
    AsymmetricBreastTissue,
    AsymmetricBreastTissueAnalysis,
    AsynchronousInvolutionOfBreast,
    AtaxiaOrIncoordination,
    AtebrinFSStain,
    Atherectomy,
    AtherectomyByLaser,
    AtherectomyByRotaryCutter,
    AtherectomyDevice,
    Atheroma,
    AtheroscleroticFibrousPlaque,
    AtlantalAxialJoint,
    AtlantoOccipitalJoint,
    AtopicDermatitis,
    AtrialArrhythmia,
    AtrialEffectiveRefractoryPeriodEvaluationOf,
    AtrialFibrillation,
    AtrialInversionOperationUsingAtrialWall,
    AtrialPacing,
    AtrialPrematureContraction,
    AtrialSeptalDefect,
    AtrialSeptalDefectRepair,
    AtrialSeptalDefectWithEndocardialCushionDefectPartial,
    AtrialSystole,
    AtrialVein,
    AtrioventricularBundle,
    AtrioventricularNode,
    AtrioventricularVein,
    Atrium,
    Atrophy,
    Atropine_73949004,
    Atropine_771928002,
    Attending,
    AtypicalAngina,
    AtypicalAnginaVariantAngina,
    AtypicalChestPain,
    AtypicalIntraductalHyperplasia,
    AtypicalLobularHyperplasia,
    AtypicalMoleSyndrome,
    Audiology,
    AuditoryRadiation,
    AugmentationMammoplasty,
    Aunt,
    AuramineGStain,
    AuramineOStain,
    AuramineStain,
    AustralianAborigineRace,
    Automated,
    AutonomicNerve,
    AutonomousBreathing,
    AverageDiastolicBloodPressure,
    AverageSystolicBloodPressure,
    AveragedHemodynamicMeasurementMethod,
    Awake,
    Axial_24422004,
    Axial_399061009,
    Axilla,
    AxillaRegion,
    AxillaryAdenopathy,
    AxillaryArtery,
    AxillaryFascia,
    AxillaryLymphNode,
    AxillaryTail,
    AxillaryTailRegion,
    AxillaryTissue,
    AxillaryVein,
    AxillaryVeinLymphNode,
    Azaperone,
    AzoBlackStain,
    AzocarmineGGXStain,
    AzophloxinStain,
    AzorubinSStain,
    AzureAStain,
    AzureBStain,
    AzureCStain,
    AzygosVein,
    BBShotLeadPellet,
    BMode,
    Back,
    Backrest,
    Baffle,
    BalancedCoronaryDominance,
    BalkeProtocol,
    Barbiturate,
    Barium,
    BariumSulfate,
    Basal,
    BasalAnteriorFibromuscularStromaOfProstate,
    BaseOfTongue,
    BaselineState,
    BasilarArtery,
    BasilicVein,
    BauerChromicAcidLeucofuchsinStain,
    Beclere,
    Before,
    BeforeMenopause,
    BeforeProcedure,
    Benign,
    BenignNeoplasmOfNippleOfFemaleBreastNippleAdenoma,
    BenignProstateHyperplasia,
    BenzoFastScarletStain,
    Benzodiazepine,
    BenzodiazepineAntagonist,
    Bertel,
    Beryllium,
    BestCorrectedVisualAcuity,
    BestValue,
    BetaAdrenergicBlockingAgent,
    BetaBlocker,
    BetaGlucuronidaseStain,
    BetaLactamAntibiotic,
    BicycleErgometer,
    BiebrichScarletStain,
    BifascicularBlock,
    Bifurcation,
    Bilateral,
    Bile,
    BileAcidSequestrant,
    BileDuct,
    BiliaryTract,
    BiohazardousMaterial,
    Biopsy,
    BiopsyOfSkin,
    BiosafetyLevel1,
    BiosafetyLevel2,
    BiosafetyLevel3,
    BiosafetyLevel4,
    BismarkBrownRStain,
    BismarkBrownYStain,
    Bismuth,
    BiteBlock,
    Black,
    BlackettHealy,
    Bladder,
    BladderAndUrethra,
    BladderCancer,
    BlalockTaussigShuntPulmonarySubclavianArteryAnastomosis,
    BleedingSkin,
    BlockSectioning,
    BlockStepSectioning,
    BlockSurfaceRecut,
    Blood,
    BloodClot,
    BloodCoagulationDisorders,
    BloodPressure,
    BloodPressureCuffMethod,
    BloodProduct,
    BloodSamplingFromExtracorporealBloodCircuit,
    BloodVessel,
    BloodyNippleDischarge,
    Blue,
    BlueGreenOpticalFilter,
    BlueOpticalFilter,
    BlueShadeEosinStain,
    Blunted,
    BodyCavity,
    BodyConduit,
    BodyFluid,
    BodyFluidSample,
    BodyOfSternum,
    BodyReferencePointMarker,
    BodySubstance,
    BodySubstanceSample,
    BodySurfacePoint,
    BoneMarrow,
    BoneMarrowTransplant,
    BoneMatrix,
    BoneNail,
    BoneOfLowerLimb,
    BoneOfThorax,
    BoneOfUpperLimb,
    BonePlate,
    BoneScrew,
    BoneStructureOfHeadAndOrNeck,
    BoneSurface,
    Bone_272673000,
    Bone_3138006,
    BonyMetastasis,
    BorderlineNormalECG,
    Bos,
    BosTaurus,
    BothBreasts,
    BothEyes,
    Bottle,
    BouinFluid,
    BoundedBy,
    Bovinae,
    BoydPerforatingVein,
    BrachialArtery,
    BrachialPlexus,
    BrachialVein,
    Brachytherapy,
    BrachytherapyDevice,
    Brain,
    BrainCerebrospinalFluidPathway,
    BrainStem,
    BrainVentricle,
    BrazilinStain,
    Breast,
    BreastComposition,
    BreastCompositionAnalysis,
    BreastDuctSample,
    BreastHematoma,
    BreastImplantTypeNotSpecified,
    BreastLobularHyperplasia,
    BreastLump,
    BreastNormal,
    BreastPain,
    BreastProsthesisInsertion,
    BreastReconstruction,
    BreastSurgery,
    BreastSurgicalBiopsy,
    BreastTruCutBiopsySample,
    BreechVersionObstetricalVersion,
    BrewertonProjection,
    BrightnessAcuityTestingVisualAcuity,
    BrilliantCresylBlueStain,
    BrilliantCroceinStain,
    BrilliantOrangeStain,
    BrilliantYellowStain,
    BroadLigament,
    BroadTangentialDirectIllumination,
    Broden,
    BronchialArtery,
    Bronchodilator,
    Bronchospasm,
    Bronchus,
    BroselowLutenBlueZone1923kg,
    BroselowLutenGreenZone3036kg,
    BroselowLutenOrangeZone2429kg,
    BroselowLutenPinkZone67kg,
    BroselowLutenPurpleZone1011kg,
    BroselowLutenRedZone89kg,
    BroselowLutenWhiteZone1518kg,
    BroselowLutenYellowZone1214kg,
    Brown,
    BruceProtocol,
    BuccalMucosa,
    BuccinatorLymphNode,
    BulboventricularForamen,
    Bullet,
    Bunamiodyl,
    Bupivacaine,
    Burman,
    BurnsIntensiveCare,
    Butabarbital,
    ButanolO15,
    Buttock,
    ButyrateEsteraseStain,
    ByInhalation,
    BypassGraftAngiography,
    C1Vertebra,
    C2C3Disc,
    C2Vertebra,
    C3C4Disc,
    C3Vertebra,
    C4C5Disc,
    C4Vertebra,
    C5C6Disc,
    C5Vertebra,
    C6C7Disc,
    C6Vertebra,
    C7T1Disc,
    C7Vertebra,
    CTAngiographyOfCoronaryArteries,
    CTArteriographyOfAbdominalAortaWithContrast,
    CTOfAbdominalAorta,
    CTOfAbdominalAortaWithoutContrast,
    CTOfBreast,
    CTV,
    CTWithoutContrast,
    Cachexia,
    Caffeine,
    Cahoon,
    CalcanealTubercle,
    Calcaneus,
    CalcificationCluster,
    CalcificationOfBreast,
    CalcifiedAneurysm,
    CalcifiedAtheromatousPlaque,
    CalcifiedHeartValve,
    CalcifiedSkinOfBreast,
    CalcifiedSutureMaterial,
    Calcium,
    CalciumChannelBlocker_373304005,
    CalciumChannelBlocker_48698004,
    CalciumHydroxyapatite,
    Calculated,
    Caldwell,
    CallithrixJacchus,
    CaloricAgent,
    Calyx,
    CampCoventry,
    CancerOfCervix,
    CancerOfColon,
    CancerOfSalivaryGland,
    CanineRegion,
    Canis,
    CanisLupus,
    CanisLupusFamiliaris,
    CannotReachTargetHeartRate,
    Capillary,
    Capra,
    CapraHircus,
    Capsular,
    CarbapenemAntibiotic,
    CarbolFuchsinStain,
    Carbon14DXylose,
    Carbon14Triolein,
    CarbonDioxide,
    CarbonDioxideO15,
    CarbonFiber,
    CarbonMonoxideC11,
    CarbonMonoxideO15,
    Carcinogen,
    Carcinoma,
    CarcinomaInSituOfMaleBreast,
    CarcinomaWithMetaplasia,
    Carcinosarcoma,
    CarcinosarcomaOfUterus,
    CardiacAdrenergicBlockingAgent,
    CardiacArrest,
    CardiacArrhythmia,
    CardiacBloodPoolImaging,
    CardiacCT,
    CardiacCTForCalciumScoring,
    CardiacCathCoronaryAngiogramAndLeftVentriculogram,
    CardiacCatheterization,
    CardiacCatheterizationBailoutPhase,
    CardiacCatheterizationBaselinePhase,
    CardiacCatheterizationCoronaryAngiogram,
    CardiacCatheterizationGradientAssessmentPhase,
    CardiacCatheterizationImageAcquisitionPhase,
    CardiacCatheterizationInterventionPhase,
    CardiacCatheterizationPostContrastPhase,
    CardiacCatheterizationPostInterventionPhase,
    CardiacCatheterizationPreInterventionPhase,
    CardiacCatheterizationTestChallengePhase,
    CardiacCatheterizationTherapyPhase,
    CardiacEjectionFraction,
    CardiacFunctionTestAbnormal,
    CardiacIndex,
    CardiacIntensiveCare,
    CardiacMRI,
    CardiacMRIStress,
    CardiacMuscle,
    CardiacOutput,
    CardiacPacemakerLead,
    CardiacPacemaker_118378005,
    CardiacPacemaker_14106009,
    CardiacStressRecoveryState,
    CardiacStressState,
    CardiacSurgery,
    CardiacValveAnnulus,
    CardiacValveLeaflet,
    CardiacVentriculography,
    CardiogenicShock,
    Cardiology,
    Cardiomegaly,
    Cardiomyopathy,
    CardiophrenicAngleLymphNode,
    CardiopulmonaryBypass,
    CardiorespiratoryArrest,
    CardiothoracicSurgery,
    CardiovascularCT,
    CardiovascularOrificeArea,
    CardiovascularOrificeDiameter,
    CardiovascularSystem,
    CarfentanilC11,
    Carina,
    CarmineStain,
    CarminicAcidStain,
    CarmoisineAStain,
    CarnoyFluid,
    CarotidArtery,
    CarotidBifurcation,
    CarotidBody,
    CarotidBulb,
    CarotidSinusMassageProcedurePhase,
    CarotidSiphon,
    Carpus,
    Cartilage,
    Cartridge,
    Catheter,
    CatheterManipulation,
    CatheterReplacement,
    Catheterization,
    CatheterizationOfBothLeftAndRightHeartWithGraft,
    CatheterizationOfBothLeftAndRightHeartWithoutGraft,
    CatheterizationOfLeftHeart,
    CatheterizationOfRightHeart,
    CaucasianRace,
    Caudal,
    CaudalLAO,
    CaudalRAO,
    CaudateNucleus,
    CaudoCranial,
    CaudodistalCranioproximalOblique,
    Causton,
    CaviaPorcellus,
    CavumOfSeptumPellucidum,
    Cecum,
    CelestineBlueBStain,
    CeliacLymphNode,
    Cell,
    CementedComponentFixation,
    Central,
    CentralAortopulmonaryShuntOperation,
    CentralAxillaryLymphNode,
    CentralIncisorRegion,
    CentralNervousSystem,
    CentralRegionOfBreast,
    CentralRetinalArtery,
    CentralRetinalVein,
    CentralVenousCatheter,
    CentralVenousPressureWaveform,
    CentralZoneOfLeftHalfProstate,
    CentralZoneOfRightHalfProstate,
    CentrallyActingHypotensiveAgent,
    Cephalic,
    CephalicVein,
    CephalosporinAntibiotic,
    CerebellarCortex,
    CerebellarSubarachnoidSpace,
    CerebellarWhiteMatter,
    Cerebellum,
    CerebralAqueduct,
    CerebralArtery,
    CerebralFornix,
    CerebralGrayMatter,
    CerebralHemisphere,
    CerebralWhiteMatter,
    CerebrospinalFluid,
    CerebrovascularAccidentOrStroke,
    CervicalCollar,
    CervicalLymphNode,
    CervicalSpine,
    CervicoThoracicSpine,
    Cervix,
    Chair,
    Chamberlain,
    ChassardLapine,
    Chausse,
    Cheek,
    Chemotherapy,
    ChestAbdomenAndPelvis,
    ChestAndAbdomen,
    ChestDiscomfort,
    ChestPain,
    ChestPainNotPresent,
    ChestWall,
    ChestWallMuscle,
    ChewingTobacco,
    ChildAndAdolescentPsychiatry,
    ChillsAndFever,
    ChloralHydrate,
    ChloriodizedOil,
    ChloroacetateEsteraseStain,
    Chloroform,
    Chlorpromazine,
    Choline,
    CholinergicAgent,
    Chondroma,
    Chondrosarcoma,
    ChordaeTendineaeCordis,
    ChoroidOfEye,
    ChromeAzurolSStain,
    ChromicAcidStain,
    ChromicPhosphateP32,
    Chromium51Albumin,
    Chromium51Chloride,
    ChromiumTrioxide,
    Chromotrope2RStain,
    Chronic,
    ChronicallyIll,
    ChronotropicIncompetence,
    ChrysoidineRStain,
    ChrysoidineYStain,
    CigaretteSmokingTobacco,
    CiliaryBody,
    Cingulum,
    CircleOfWillis,
    CirculatingNurse,
    Circumference,
    Circumferential,
    CircumflexCoronaryArtery,
    Circumscribed,
    CircumscribedLesion,
    CirrhosisOfLiver,
    CirsoidAneurysm,
    CisternaMagna,
    Citrate,
    CitricAcid,
    ClassIAntiarrhythmicAgent,
    ClassIIAntiarrhythmicAgent,
    ClassIIIAntiarrhythmicAgent,
    ClassIVAntiarrhythmicAgent,
    Claudication,
    Clavicle,
    ClavicularNotchOfSternum,
    Clear,
    Cleavage,
    Cleaves,
    Clements,
    ClementsNakayama,
    ClinicalBiochemistry,
    ClinicalOncology,
    Clip,
    ClosureOfDuctusArteriosusWithClip,
    Clothing,
    Cm0,
    Coagulant,
    CoarctationOfAorta,
    CoarctationOfTheAortaAngioplastyWithImplantOfStent,
    CoarctationOfTheAortaBalloonAngioplasty,
    CoarsePopcornLikeCalcification,
    CobaltChromiumAlloy,
    CobbAngle,
    Cocaine,
    CoccygealVertrebrae,
    Coccyx,
    CockettPerforatingVein,
    CoinLesion,
    ColcherSussman,
    ColicLymphNode,
    CollateralBranchOfVessel,
    CollectionOfBloodSpecimenForLaboratory,
    Collimator,
    ColloidalIronStain,
    Colon,
    ColonicHaustra,
    ColorectalSurgery,
    ColostomyBag,
    CombinedDiagnosticAndTherapeuticIntent,
    Comedocarcinoma,
    CommonAtrioventricularCanal,
    CommonAtrium,
    CommonBileDuct,
    CommonCarotidArtery,
    CommonDuctLymphNode,
    CommonFemoralArtery,
    CommonFemoralVein,
    CommonHepaticArtery,
    CommonIliacArtery,
    CommonIliacArteryBifurcation,
    CommonIliacVein,
    CommonNonMitralNonTricuspidAtrioventricularValveStructure,
    CommonVentricle,
    Complaint,
    Complete,
    CompleteTranspositionOfGreatVessels,
    ComplicatedAtheromatousPlaque,
    ComplicationOfProcedure,
    CompositeHemodynamicMeasurementMethod,
    Compression,
    CompressionAction,
    CompressionPaddle,
    ComputedHemodynamicMeasurementMethod,
    ComputedTomography,
    ComputedTomographyGuidedBiopsy,
    ComputerizedTomographyService,
    ConcaveContactFundusLens,
    ConcaveNoncontactFundusLens,
    Concentric,
    CondenserAnnulus,
    ConductanceCatheterMethod,
    ConeBeamAcquisition,
    ConeBeamComputedTomography,
    ConfocalScanningLaserOphthalmoscope,
    CongenitalCoronaryArteryFistulaToLeftAtrium,
    CongenitalCoronaryArteryFistulaToLeftVentricle,
    CongenitalCoronaryArteryFistulaToRightAtrium,
    CongenitalCoronaryArteryFistulaToRightVentricle,
    CongenitalStenosisOfAorticValve,
    CongestiveCardiomyopathy,
    CongestiveHeartFailure,
    CongoRedStain,
    Conjunctiva,
    ConnectiveTissue,
    ConstrictedPupil,
    ConstrictivePericarditis,
    ConstructionOfLVToAortaTunnelWRVToPAValvedConduit,
    Consultant,
    ContactFundusLens,
    ContactWith,
    Continuous,
    ContinuousFlowApneicVentilation,
    Contraceptives,
    Contraindicated_373147003,
    Contraindicated_373148008,
    Contralateral,
    ContrastAgent,
    ContrastEchocardiography,
    ContrastMedia,
    ContrastMediaAdverseReaction,
    ContrastMediaAllergy,
    ControlledVentilation,
    ConvergentGaze,
    ConvexContactFundusLens,
    ConvexNoncontactFundusLens,
    Copper,
    Copper64Acetate,
    Copper64Versenate,
    Copper67Ceruloplasmin,
    CorTriatriatumOrifice,
    CoracoidProcessOfScapula,
    CoreNeedleBiopsyOfBreast,
    CoreSampleOfTissueBlock,
    CoreSampling,
    CoriphosphineStain,
    Cornea,
    CornealEndothelium,
    CornealEpithelium,
    CornealOpacity,
    Coronal,
    CoronaryArteriography,
    CoronaryArtery,
    CoronaryArteryBypassGraft,
    CoronaryArteryCalciumScore,
    CoronaryArteryDisease,
    CoronaryArteryGraft,
    CoronarySinus,
    CorpusCallosum,
    CorpusStriatum,
    CorrectedTranspositionOfGreatVessels,
    CorrectionOfCongenitalCardiovascularDeformity,
    CorrectionOfVentricularSeptalDefect,
    CorticospinalTractInBrainstem,
    CostalCartilage,
    CostalGroove,
    CostocervicalTrunk,
    Cough,
    CouinaudHepaticSegmentI,
    CouinaudHepaticSegmentII,
    CouinaudHepaticSegmentIII,
    CouinaudHepaticSegmentIV,
    CouinaudHepaticSegmentV,
    CouinaudHepaticSegmentVI,
    CouinaudHepaticSegmentVII,
    CouinaudHepaticSegmentVIII,
    CranialLAO,
    CranialNerve,
    CranialRAO,
    CranialSubarachnoidSpace,
    CranialVenousSystem,
    CranioCaudal,
    CranioCaudalExaggeratedLaterally,
    CranioCaudalExaggeratedMedially,
    Creatine,
    CreationOfConduitRightAtriumToPulmonaryTrunk,
    CresylEchtVioletStain,
    CresylVioletStain,
    CryotherapyToSkinLesion,
    CrystalPonceauStain,
    CrystallineLens,
    CubitalLymphNode,
    CulpritLesion,
    CurativeIntent,
    CurcuminStain,
    CurledUp,
    CurrentSmoker,
    CuttingBalloonAngioplastyCBADevice,
    CyanocobalaminCo57,
    CyanocobalaminCo58,
    CyanocobalaminCo60,
    Cyanosis,
    Cyclopentolate,
    CylindroidAneurysm,
    Cyst,
    CystOfBreast,
    Cystadenocarcinoma,
    CysticAdventitialDisease,
    CysticLymphNode,
    CysticMedicalNecrosis,
    Cytokine,
    Cytology,
    CytotoxicAgent,
    DHSPlate,
    DamusStanselKayeOperation,
    DaneliusMiller,
    DarkfieldStop,
    DeSénarmontCompensator,
    Deceased,
    DeciduousMandibularLeftCanineTooth,
    DeciduousMandibularLeftCentralIncisorTooth,
    DeciduousMandibularLeftFirstMolarTooth,
    DeciduousMandibularLeftLateralIncisorTooth,
    DeciduousMandibularLeftSecondMolarTooth,
    DeciduousMandibularRightCanineTooth,
    DeciduousMandibularRightCentralIncisorTooth,
    DeciduousMandibularRightFirstMolarTooth,
    DeciduousMandibularRightLateralIncisorTooth,
    DeciduousMandibularRightSecondMolarTooth,
    DeciduousMaxillaryLeftCanineTooth,
    DeciduousMaxillaryLeftCentralIncisorTooth,
    DeciduousMaxillaryLeftFirstMolarTooth,
    DeciduousMaxillaryLeftLateralIncisorTooth,
    DeciduousMaxillaryLeftSecondMolarTooth,
    DeciduousMaxillaryRightCanineTooth,
    DeciduousMaxillaryRightCentralIncisorTooth,
    DeciduousMaxillaryRightFirstMolarTooth,
    DeciduousMaxillaryRightLateralIncisorTooth,
    DeciduousMaxillaryRightSecondMolarTooth,
    Decongestant,
    DecreaseInNumberOfCalcifications,
    DecreaseInSize,
    Decreased,
    DecreasedTolerance,
    Deep,
    DeepAnteriorCervicalLymphNode,
    DeepCervicalLymphNode,
    DeepInguinalLymphNode,
    DeepIntraparotidLymphNode,
    DeepLateralCervicalLymphNode,
    DeepLymphNode,
    DeepPalmarArchOfRadialArtery,
    DeepPalmarVenousArch,
    DeepParotidLymphNode,
    DeepPoplitealLymphNode,
    DefiniteThrombus,
    DeliveredRadiationDose,
    DelphianLymphNode,
    DeltoidMuscle,
    DentalProsthesis,
    DentalRadiography,
    DentalSurgery,
    DependenceOnEnablingMachineOrDevice,
    DepressionOfLeftVentricularSystolicFunction,
    Depth,
    DerivedFlowNonValve,
    DerivedPeriodNonValve,
    Dermatology,
    Descending,
    DescendingAorta_281130003,
    DescendingAorta_32672002,
    DescendingColon,
    Desflurane,
    DetachableBalloon,
    DeuteriumOxide,
    DeviceAppliedToPatient,
    DeviceAtSiteOfInterest,
    DeviceCrossedSeptum,
    DeviceInsertedIntoSheath,
    DeviceUsed,
    DeviceWithdrawnRemoved,
    DexamethasoneSodiumSulfate,
    Dextran,
    Dextrocardia,
    DiabeticOnDietaryTreatment,
    DiabeticOnInsulin,
    DiabeticOnOralTreatment,
    DiabeticRetinopathyStudyField1,
    DiabeticRetinopathyStudyField2,
    DiabeticRetinopathyStudyField3,
    DiabeticRetinopathyStudyField4,
    DiabeticRetinopathyStudyField5,
    DiabeticRetinopathyStudyField6,
    DiabeticRetinopathyStudyField7,
    DiagnosticAspirationOfBreastCyst,
    DiagnosticImaging,
    DiagnosticIntent,
    DiagnosticRadiographyStereotacticLocalization,
    DiagnosticRadiographyWithContrastMedia,
    DiagnosticRadioisotope,
    DiagnosticUltrasonography,
    Diameter,
    DiameterOfCircumscribedCircle,
    DiamondBlackStain,
    Diaphragm,
    DiaphragmaticLymphNode,
    Diastasis,
    Diastole,
    DiastolicPressure,
    DiastolicRapidInflow,
    Diatrizoate,
    Diazepam,
    DibromofluoresceinStain,
    DichroicBeamsplitter,
    Diencephalon,
    DiethylEther,
    DifferenceInAttenuation,
    DifferenceInBorderDefinition,
    DifferenceInBorderShape,
    DifferenceInDistribution,
    DifferenceInLocation_129808005,
    DifferenceInLocation_442726008,
    DifferenceInMargin,
    DifferenceInNumberOfCalcifications,
    DifferenceInOpacity,
    DifferenceInShape,
    DifferenceInSiteInvolvement,
    DifferenceInSize_129806009,
    DifferenceInSize_442714003,
    DifferenceInSpatialProximity,
    DifferenceInSubstance,
    DifferenceInSymmetry,
    DifferenceInTexture,
    Diffuse,
    DiffuseCalcificationDistribution,
    DiffuseDisease,
    DiffuseFibroelastosis,
    DiffuseInflammatoryErythema,
    Digit,
    DigitalArteryOfHand,
    DigitalExaminationOfRectum,
    DigitalImager,
    DigitalImagingScannerComputedRadiography,
    Digoxin,
    Dilatation,
    DilatedPortionOfSegment,
    DilationAndCurettage,
    Diphenhydramine,
    Dipyridamole,
    DipyridamoleStressProtocol,
    DirectOphthalmoscope,
    DirectionalCoronaryAtherectomyDCADevice,
    Disabled,
    Discoid,
    DiscolorationOfSkinOfBreast,
    Disease,
    DisorderOfBreastImplant,
    Dissection,
    Disseminated,
    DisseminatedMalignancyOfUnknownPrimary,
    Distal,
    DistalCircumflexCoronaryArtery,
    DistalFemur,
    DistalHumerus,
    DistalLeftAnteriorDescendingCoronaryArtery,
    DistalRadius,
    DistalRightCoronaryArtery,
    DistalTibia,
    DistalUlna,
    DistilledWater,
    Diuretic_30492008,
    Diuretic_372695000,
    Diverticulum,
    Dizziness,
    Dobutamine,
    DobutamineStressProtocol,
    DoddPerforatingVein,
    Doppler,
    DopplerCatheterMethod,
    DopplerColorFlow,
    DopplerContinuousWave,
    DopplerPulsed,
    Dorsal20DegreeRostralVentrocaudalOblique,
    Dorsal35DegreeLateralPalmaromedialOblique,
    Dorsal35DegreeLateralPlantaromedialOblique,
    Dorsal35DegreeMedialPalmarolateralOblique,
    Dorsal35DegreeMedialPlantarolateralOblique,
    Dorsal40DegreeLateralPlantaromedialOblique,
    Dorsal40DegreeMedialPalmarolateralOblique,
    Dorsal40DegreeMedialPlantarolateralOblique,
    Dorsal45DegreeLateralPalmaromedialOblique,
    Dorsal45DegreeLateralPlantaromedialOblique,
    Dorsal45DegreeMedialPalmarolateral,
    Dorsal45DegreeMedialPlantarolateralOblique,
    Dorsal60DegreeLateralPalmaromedialOblique,
    Dorsal60DegreeLateralPlantaromedialOblique,
    Dorsal60DegreeMedialPalmarolateralOblique,
    Dorsal60DegreeMedialPlantarolateralOblique,
    Dorsal65DegreeProximalPalmarodistalOblique,
    Dorsal65DegreeProximalPlantarodistalOblique,
    DorsalAspectOfScapula,
    DorsalFuniculus,
    DorsalScapularArtery,
    DorsalisPedisArtery,
    DorsoVentral,
    DorsolateralPalmaromedialOblique,
    DorsolateralPlantaromedialOblique,
    DorsomedialPalmarolateral,
    DorsomedialPlantarolateralOblique,
    Dorsopalmar,
    Dorsoplantar,
    DorsoproximalPalmarodistalOblique,
    DorsoproximalPlantarodistalOblique,
    DorsorostralVentrocaudalOblique,
    Dosage,
    Dosimeter,
    DotatateGa68,
    DoubleVesselCoronaryArteryDisease,
    Down,
    Downgaze,
    DropShaped,
    Droperidol,
    Drowsy,
    DrugDiluent,
    DrugInducedDizziness,
    DrugInducedFlushing,
    DrugInducedHypotension,
    DrugInfusionChallenge,
    DrugMisuseBehavior,
    DrugRash,
    DryEyesProblem,
    DualCatheterMethod,
    DualDiffuseDirectIllumination,
    DualEnergyXRayAbsorptiometry,
    DuctalHyperplasiaUsual,
    DukeTreadmillScore,
    Dunlap,
    Duodenum,
    DuraMater,
    DurazolRedStain,
    During,
    DuringMenopause,
    DuringProcedure,
    DyeDilution,
    DyeDilutionCardiacOutputWaveform,
    DynamicMagneticResonanceImagingOfKnee,
    DynamicMagneticResonanceImagingOfPelvis,
    Dyskinesis,
    Dyspnea,
    DystrophicCalcification,
    ECGAnalysis,
    ECGEquivocal,
    EDTAGa68,
    EEG,
    ELMExternalLimitingMembrane,
    Ear,
    EarlyDiastole,
    EarlyRepolarization,
    Eccentric,
    EccentricFixation,
    Echocardiography,
    Ectatic,
    EctopicAccessoryBreastTissue,
    Eczema,
    Edema,
    EdemaOfFetalChestWall,
    EdemaOfFetalScalp,
    Edge,
    Efferent,
    Effusion,
    EggshellCalcification,
    EighthIntercostalSpace,
    ElasticVascularSclerosis,
    ElbowJoint,
    Elective,
    ElectiveProcedure,
    ElectricBlanket,
    ElectricHeatingPad,
    Electron,
    ElectronMicroscopyGrid,
    ElectrophysiologyMappingPhase,
    ElectrophysiologyProcedureBaselinePhase,
    EleventhIntercostalSpace,
    EllestadProtocol,
    Embolism,
    EmbolizationBall,
    EmbolizationCoil,
    EmbolizationParticulate,
    EmergencyCoronaryArteryBypass,
    EmergencyDepartment,
    EmergencyDepartmentPatientVisit,
    EmergencyPercutaneousCoronaryIntervention,
    EmergencyProcedure,
    EmergentProcedure,
    EmptyRectum,
    Encapsulated,
    EndDiastole,
    EndOfProtocol,
    EndSystole,
    Ended,
    EndoNasal,
    EndoNasopharyngeal,
    EndoVesical,
    Endocardial,
    EndocrineSurgery,
    Endocrinology,
    EndometrialBiopsy,
    Endometrium,
    Endoscopy,
    EndotrachealTube,
    Enflurane,
    Enlarged,
    EnlargedAorticRoot,
    Entire,
    EntireBody,
    EntireVessel,
    EntorhinalCortex,
    Entrapment,
    Ephedrine,
    Epicardial,
    EpicardialEchocardiography,
    Epicardium,
    EpidermalInclusionCyst,
    Epididymis,
    EpiduralAnesthesia,
    EpigastricLymphNode,
    EpigastricRegion,
    EpilepticConvulsions,
    Epinephrine,
    EpitrochlearLymphNode,
    EpoxyResin,
    Equal,
    EqualDensityIsodenseLesion,
    Equivocal,
    Equus,
    EquusCaballus,
    ErasoModification,
    ErectorSpinaeMuscle,
    ErieGarnetStain,
    EriochromeBlueBlackSEStain,
    Erythema,
    ErythrosinBStain,
    ErythrosinYStain,
    EsophagealArtery,
    EsophagealHiatus,
    EsophagealLymphNode,
    Esophagus,
    EsophagusStomachAndDuodenum,
    Estimated,
    Estrogen,
    EstrogenProduct,
    Ethanol,
    EthmoidBone,
    EthylVioletStain,
    Etomidate,
    Europium,
    EvaluationOfMurmur,
    EvaluationProcedure,
    EvansBlueStain,
    EwingSarcoma,
    EwingSarcomaPeripheralNeuroectodermalTumor,
    ExaminationOfBreast,
    Excision,
    ExcisionOfSkin,
    Exercise,
    ExerciseChallenge,
    ExerciseECGEquivocal,
    ExerciseECGNormal,
    ExerciseState,
    ExerciseStressECGTest,
    ExerciseStressEchocardiography,
    ExerciseStressTest,
    ExertionalHypertension,
    ExertionalHypotension,
    ExpandingAneurysm,
    Expiration,
    Extension,
    External,
    ExternalAuditoryMeatus,
    ExternalCamera,
    ExternalCapsule,
    ExternalCarotidArtery,
    ExternalCounterPulsation,
    ExternalEar,
    ExternalElasticMembrane,
    ExternalIliacArtery,
    ExternalIliacLymphNode,
    ExternalIliacVein,
    ExternalIntercostalMuscle,
    ExternalJugularVein,
    ExternalMammaryLymphNode,
    ExternalProsthesisForSonographicProcedureStandOff,
    ExternalRotation,
    ExtraAbdominalDesmoid,
    ExtraArticular,
    ExtraCorporealCirculation,
    ExtrapulmonaryLymphNodeOfLung,
    ExtremelyDense,
    Extremity,
    Eye,
    EyeRadiationShield,
    EyeRegion,
    Eyeball,
    Eyelash,
    Eyelid,
    EyelidDisease,
    Face,
    FacialArtery,
    FacialBones,
    FacialLymphNode,
    FacialNerve,
    FacialSwelling,
    FailedAttemptedProcedure,
    FallopianTube,
    FamilyHistoryOfBreastCancer,
    FamilyHistoryOfCardiovascularDisease,
    FamilyHistoryOfCoronaryArteriosclerosis,
    FamilyHistoryOfDiabetesMellitus,
    FamilyHistoryOfMyocardialInfarction,
    FamilyHistoryUnknown,
    FascialLayer,
    FastBlueBBSaltStain,
    FastBlueBSaltStain,
    FastBlueRRSaltStain,
    FastGarnetGBCSaltStain,
    FastGreenFCFStain,
    FastRedBSaltStain,
    FastRedITRStain,
    FastRedTRSaltStain,
    FastSulfonBlackFStain,
    FastVioletBSaltStain,
    FatContainingRadiolucentLesion,
    FatNecrosisOfBreast,
    FatRed7BStain,
    Fat_256674009,
    Fat_55603005,
    Fatal,
    Fatigue,
    FattyDegeneration,
    FattyStreaks,
    Feces,
    FeedingTube,
    FeetFirst,
    Felis,
    FelisCatus,
    FemaleExternalUrethralOrifice,
    FemaleFirstCousin,
    FemaleGenitalLymphNode,
    FemaleInternalGenitalia,
    FemoralArtery,
    FemoralArteryPressureWaveform,
    FemoralHead,
    FemoralHeadProsthesis,
    FemoralVein,
    Femur,
    Ferguson,
    FerrousChlorideFe59,
    FerrousCitrateFe59,
    FerrousSulfateFe59,
    FetalEchocardiography,
    FetlockOfForelimb,
    FetlockOfHindlimb,
    Fetocide,
    FeulgenReactionStain,
    Fever,
    FiberopticCatheter,
    FiberopticCatheterMethod,
    Fibril,
    FibrinogenI123,
    Fibrinolysin,
    Fibroadenoma,
    FibrocysticDiseaseOfBreast,
    Fibroelastosis,
    Fibromatosis,
    FibromuscularDysplasia,
    Fibrosarcoma,
    Fibrosis,
    Fibrous,
    FibrousPlaque,
    Fibula,
    FibularLymphNode,
    FieldStain,
    FifthIntercostalSpace,
    FifthLumbarArtery,
    Finding,
    FindingPartiallyRemoved,
    FindingReportedByPatientInformant,
    FindingSite,
    FineLinearBranchingCastingCalcification,
    FineLinearCastingCalcification,
    FineNeedleAspirationOfBreast,
    FineSlitBeamDirectIllumination,
    Finger,
    FingerJoint,
    FirstDegreeAtrioventricularBlock,
    FirstIntercostalSpace,
    FirstLumbarArtery,
    FirstMolarRegion,
    FirstPremolarRegion,
    FishOils,
    Fisk,
    FissureOfLung,
    FistulaCoronaryToRightAtrium,
    FiveChamber,
    FixedMyocardialPerfusionDefect,
    FlagellarStain,
    Flank,
    Flat,
    Fleischner,
    Flexion,
    Floor,
    FloorOfMouth,
    FlorbetabenF18,
    FlorbetapirF18,
    FlortaucipirF18,
    FluciclatideF18,
    FluciclovineF18,
    FluidFilledCatheter,
    FluidFilledCatheterMethod,
    FlumazenilC11,
    FlumazenilF18,
    Fluorescein,
    FluoresceinSodiumStain,
    FluoresceinStain,
    FluorescentStain,
    FluorethyltyrosinF18,
    FluorexonStain,
    FluoroLDopaF18,
    FluorobenzothiazoleF18,
    FluorocholineF18,
    FluorodeoxyglucoseF18,
    FluoroestradiolF18,
    FluoromethaneF18,
    FluoromisonidazoleF18,
    Fluoroscopy,
    FluoroscopyAndRadiography,
    FluorouracilF18,
    Flushing,
    FlutemetamolF18,
    Focal,
    FocalAsymmetricBreastTissue,
    FocalAsymmetricDensityAnalysis,
    FocalFibroelastosis,
    FocalFibrosis,
    Folio,
    FontanBaffleLeak,
    FontanFenestration,
    FontanInferiorVenaCavaPathway,
    FontanPathway,
    FontanPulmonaryArteryConnection,
    FontanelOfSkull,
    Foot,
    ForamenMagnum,
    ForcedAirWarmingBlanket,
    ForcepsMajor,
    ForcepsMinor,
    Forearm,
    Forefoot,
    ForeignBody_19227008,
    ForeignBody_37058002,
    ForensicIntent,
    Formaldehyde,
    Formalin,
    FormerSmoker,
    FormolSublimate,
    FouchetStain,
    FourChamber,
    FourthIntercostalSpace,
    FourthLumbarArtery,
    FourthVentricle,
    FoveaCentralis,
    FractionalFlowReserve,
    FractionalFlowReserveUsingIntracoronaryBolus,
    FractionalFlowReserveUsingIntravenousInfusion,
    FractureOfLowerLimb,
    FrenulumOfLabiaMinora,
    Frequent,
    Friedman,
    Friend,
    Frog,
    Frontal,
    FrontalBone,
    FrontalLobe,
    FrontalOblique,
    FrontalObliqueAxial,
    FrontalSinus,
    FrozenSectionBreastSample,
    Fuchs,
    FuchsinAcidStain,
    FuchsinBasicStain,
    FullRectum,
    FullSpectrum,
    Function,
    FunctionalPerformanceAndActivity,
    FunctionalSingleVentricle,
    FundusCamera,
    FusiformAneurysm,
    Fusion,
    GTV,
    GadobenateDimeglumine,
    Gadobutrol,
    Gadodiamide,
    Gadofosveset,
    Gadolinium_58281002,
    Gadolinium_768763008,
    GadopentetateDimeglumine,
    GadoterateMeglumine,
    Gadoteridol,
    Gadoversetamide,
    GadoxetateDisodium,
    GaitProblem,
    Galactocele,
    Gallbladder,
    Gallium67Citrate,
    GallocyanineStain,
    Garth,
    Gas,
    GasInVitreousCavity,
    GaspingRespiration,
    GastricArtery,
    GastricVein,
    GastroOmentalLymphNode,
    GastrocnemiusVein,
    GastroduodenalArtery,
    GastrointestinalProkinetic,
    GastrointestinalSurgery,
    Gavage,
    GaynorHart,
    GelProsthesisForImagingProcedure,
    GeneralAnesthesia,
    GeneralAnesthetic,
    GeneralMedicine,
    GeneralSurgery,
    Generalized,
    GeneticSample,
    GenicularArtery,
    GenuOfCorpusCallosum,
    GeriatricMedicine,
    GiacominiVein,
    GiantFibroadenoma,
    GiemsaStain,
    GlennPathway,
    GlenoidCavityOfScapula,
    Glioblastoma,
    GlobusPallidus,
    GlossopharyngealNerve,
    Glottis,
    GlucagonPreparation,
    Glue,
    Gluing,
    GlutamateN13,
    Glutamine,
    GlutealLymphNode,
    GlycogenRichCarcinoma,
    Gold,
    GoldAlloy,
    GonadRadiationShield,
    Goniolens,
    GorlinSyndrome,
    Grade1WellDifferentiated,
    Grade2ModeratelyDifferentiated,
    Grade3PoorlyDifferentiated,
    Grade4Undifferentiated,
    GraftMaterial,
    GraftToDistalAnastomosis,
    GraftToProximalAnastomosis,
    GramStain,
    Grandy,
    GranularCellTumor,
    Grashey,
    Gray,
    GrayMatter,
    GreatCardiacVein,
    GreatSaphenousVein,
    GreatSaphenousVeinOfCalf,
    GreatSaphenousVeinOfThigh,
    Green,
    GreenOpticalFilter,
    GroinSkinCrease,
    GrossPathologyRequest,
    GrossSpecimen,
    GroupedCalcificationDistribution,
    GuidanceIntent,
    GuideWire,
    GuidingCatheter,
    Gutter,
    Gynecology,
    Gynecomastia,
    H1Antihistamine,
    HIVPositive,
    Haas,
    HabenularCommissure,
    Hafnium,
    Hair,
    HalfBrother,
    HalfSister,
    Halothane,
    Hamartoma,
    Hand,
    HandBone,
    HandSurgery,
    Handgrip,
    HanselStain,
    HarrisBeathAxialProjection,
    HarvestingOfTissue,
    Head,
    HeadAndNeck,
    HeadOfRib,
    HeadUp,
    Headache,
    Headfirst,
    Headrest,
    HealthcareAssociatedInfection,
    HealthcareProfessional,
    Heart,
    HeartDisease,
    HeartDiseaseCongenital,
    HeartDiseaseRiskFactors,
    HeartFailure,
    HeartTransplant,
    HeartValveProsthesis,
    HeldInspiration,
    HeldVentilation,
    HellyFluid,
    HemangiomaOfSubcutaneousTissue,
    HemangiomaVenous,
    Hemangiopericytoma,
    HemateinStain,
    Hematology,
    Hematoma,
    HematomaPostoperative,
    HematoxylinAndEosinStainMethod,
    HematoxylinStain,
    HemiFontanOperation,
    HemiFontanPathway,
    HemodynamicFlowWaveform,
    HemodynamicImpedanceWaveform,
    HemodynamicMeasurements,
    HemodynamicOxygenSaturationWaveform,
    HemodynamicPressureWaveform,
    HemodynamicWaveform,
    Hemoglobin,
    HemolymphNode,
    Hemoptysis,
    Hemorrhage,
    HemorrhagePostprocedure,
    HemostaticAgent_26370007,
    HemostaticAgent_372681003,
    Henschen,
    Heparin,
    HepaticArtery,
    HepaticCongestion,
    HepaticFlexureOfColon,
    HepaticLymphNode,
    HepaticVein,
    Hepatitis,
    HepatitisB,
    HepatitisC,
    HepatobiliarySurgery,
    Hepatomegaly,
    Heroin,
    HeterogeneousCalcification,
    HeterogeneouslyDense,
    Hickey,
    High,
    HighDensityLesion,
    HighFrequencyVentilation,
    HighPowerNonImmersionLens,
    HighRightAtrium,
    HighRisk,
    HighRiskTumor,
    HighestMediastinalLymphNode,
    HighlySignificant,
    Hilar,
    HilarArtery,
    HilarLymphNode,
    HilumOfLung,
    Hindfoot,
    Hip,
    HipJoint,
    HipJointReconstruction,
    Hippocampus,
    HirtzModification,
    Hispanic,
    Histology,
    Histopathology_252416005,
    Histopathology_441950002,
    HistoryOfBetaBlockingAgentsTherapy,
    HistoryOfCABG,
    HistoryOfCardiovascularDisease,
    HistoryOfCerebrovascularDisease,
    HistoryOfChronicLungDisease,
    HistoryOfCongestiveHeartFailure,
    HistoryOfDiabetesMellitus,
    HistoryOfEclampsia,
    HistoryOfEctopicPregnancy,
    HistoryOfHypercholesterolemia,
    HistoryOfHypertension,
    HistoryOfInfertility,
    HistoryOfMalignantBasalCellNeoplasmOfSkin,
    HistoryOfMalignantMelanoma,
    HistoryOfMalignantMelanomaOfTheSkin,
    HistoryOfMalignantNeoplasmOfSkinExcludingMelanoma,
    HistoryOfMelanomaInSituOfTheSkin,
    HistoryOfMyocardialInfarction,
    HistoryOfObesity,
    HistoryOfPrematureDelivery,
    HistoryOfRadiationTherapy,
    HistoryOfRegularMedication,
    HistoryOfRenalFailure,
    HistoryOfSeverePreEclampsia,
    HistoryOfSquamousCellCarcinomaOfSkin,
    HistoryOfSubstanceAbuse,
    HodgkinLymphoma,
    HoffmanModulator,
    Holly,
    Holmblad,
    Homatropine,
    HomoSapiens,
    Horizontal,
    HorizontalLongAxis,
    HormoneTherapy,
    Hough,
    Hsieh,
    Hughston,
    HumanFibrinogen,
    Humerus,
    HunterianPerforatingVein,
    HydrocortisoneSodiumSuccinate,
    HyoidBone,
    Hyperkinesis,
    HyperkineticRegion,
    Hyperopia,
    Hyperplasia,
    Hypertension,
    HypertensiveEpisode,
    HypertensiveHeartDisease,
    HypertrophicCardiomyopathyWithoutObstruction,
    HypertrophicObstructiveCardiomyopathy,
    Hyperventilation,
    HypogastricLymphNode,
    HypogastricRegion,
    HypoglossalNerve,
    Hypoglycemic,
    Hypokinesis,
    Hypopharynx,
    Hypoplasia,
    HypoplasticLeftHeartSyndrome,
    Hypotension,
    HypotensiveAgent,
    HypotensiveEpisode,
    Hysterectomy,
    IDPlate,
    ILMInternalLimitingMembrane,
    IlealVein,
    IleocecalValve,
    IleocolicLymphNode,
    IleostomyBag,
    Ileum,
    IliacAndOrFemoralArtery,
    IliacArtery,
    IliacCrest,
    IliacLymphNode,
    IliacVein,
    IliocostalisMuscle,
    Ilium,
    ImageAnalysis,
    ImageQualityAnalysis,
    ImagingGuidance,
    ImagingProcedure,
    ImagingResultAbnormal,
    ImagingResultEquivocal,
    ImagingResultNormal,
    ImmobileHeartValve,
    ImmunofluorescentStain,
    Immunohistochemistry,
    Immunomodulator,
    ImpairedLeftVentricularFunction,
    ImpairedRenalFunction,
    Implant,
    ImplantDisplaced,
    ImplantRevisedSincePreviousMammogram,
    ImplantableDefibrillator,
    ImplantableVenousAccessPort,
    ImplantationOfAutomaticCardiacDefibrillator,
    ImplantationOfCardiacPacemaker,
    ImplantationOfHeartValveProsthesisOrSyntheticDevice,
    ImplantationOfHeartValveWithTissueGraft,
    ImplantationOfRadioactiveSeedIntoProstate,
    ImprovementOfWallMotion,
    InProgress,
    InRemission,
    InactiveProblem,
    IncompleteLeftBundleBranchBlock,
    IncompleteRightBundleBranchBlock,
    IncompleteStentApposition,
    IncreaseInNumberOfCalcifications,
    IncreaseInSize,
    IncreasedLungUptake,
    IncreasedTolerance,
    Indeterminate,
    IndeterminateResult,
    IndiaInkStain,
    IndianRace,
    IndigoCarmine,
    IndirectIrisTransillumination,
    IndirectOphthalmoscope,
    IndirectOphthalmoscopyLens,
    IndirectRetroilluminationFromTheIris,
    IndirectRetroilluminationFromTheRetina,
    IndirectScleroticScatterIllumination,
    IndistinctLesion,
    Indium111CapromabPendetide,
    Indium111Chloride,
    Indium111FeOHGreaterThan3LesserThan,
    Indium111Oxyquinoline,
    Indium111Pentetate,
    Indium111Pentetreotide,
    Indium111RedCellLabel,
    Indium111Transferrin,
    Indium113mBleomycin,
    Indium113mChloride,
    Indium113mPentetate,
    IndividualCalcification,
    IndocyanineGreen,
    IndophenolFromNaphtholStain,
    InductionRoom,
    InfarctionOfBreast,
    InfectiousDisease,
    Inferior,
    InferiorArticularFacetOfAxis,
    InferiorArticularProcessOfVertebra,
    InferiorAuricularLymphNode,
    InferiorCardiacVein,
    InferiorCerebellarPeduncle,
    InferiorFrontoOccipitalFasciculus,
    InferiorGlutealLymphNode,
    InferiorHornOfLateralVentricle,
    InferiorInguinalLymphNode,
    InferiorLeftPulmonaryVein,
    InferiorLongitudinalFasciculus,
    InferiorMesentericArtery,
    InferiorMesentericLymphNode,
    InferiorMesentericVein,
    InferiorPancreaticLymphNode,
    InferiorPancreaticoduodenalLymphNode,
    InferiorPhrenicArtery,
    InferiorRightHepaticVein,
    InferiorRightPulmonaryVein,
    InferiorVenaCava,
    InferomedialToSuperolateralOblique,
    InfiltratingDuctCarcinoma,
    InfiltratingDuctalCarcinomaOfBreast,
    Inflammation,
    InflammatoryAbdominalAorticAneurysm,
    InflammatoryCarcinoma,
    InfraMammaryFold,
    InfraRenalAorta,
    InfraclavicularLymphNode,
    Infrared,
    InfraredOpticalFilter,
    InfraspinatusMuscle,
    Infrequent,
    InguinalLymphNode,
    InguinalRegion,
    InhalationAnesthesiaSystemClosedNoRebreathingPrimaryAgent,
    InhalationAnesthesiaSystemClosedRebreathingPrimaryAgent,
    InjectionSiteAbscess,
    InjectionSiteAnesthesia,
    InjectionSiteAtrophy,
    InjectionSiteBruising,
    InjectionSiteBurning,
    InjectionSiteCyst,
    InjectionSiteDermatitis,
    InjectionSiteDisorder,
    InjectionSiteEdema,
    InjectionSiteExtravasation,
    InjectionSiteFibrosis,
    InjectionSiteGranuloma,
    InjectionSiteHemorrhage,
    InjectionSiteHypersensitivity,
    InjectionSiteInduration,
    InjectionSiteInfection,
    InjectionSiteInflammation,
    InjectionSiteIrritation,
    InjectionSiteMalabsorption,
    InjectionSiteMass,
    InjectionSiteNecrosis,
    InjectionSiteNerveDamage,
    InjectionSitePain,
    InjectionSiteParesthesia,
    InjectionSitePigmentationChange,
    InjectionSiteScar,
    InjectionSiteSterileAbscess,
    InjectionSiteThrombosis,
    InjectionSiteUlcer,
    InjectionSiteUrticaria,
    InlayDentalRestoration,
    InnerEar,
    InnermostIntercostalMuscles,
    InnominateArtery,
    InnominateLymphNode,
    InnominateVein,
    Inositol,
    InotropicAgent,
    InsertionOfAtrialBaffle,
    InsertionOfCoronaryArteryStent,
    InsertionOfHipProsthesis,
    InsertionOfInteratrialBaffle,
    InsolubleBerlinBlueStain,
    Inspiration,
    InsufficientSample,
    Insula,
    InsulinDependentMotherIDM,
    InsulinPump,
    IntensiveCare,
    InteratrialSeptum,
    Intercostal,
    IntercostalArtery,
    IntercostalLymphNode,
    InterferonGamma,
    InteriliacLymphNode,
    InterlobarArteryOfKidney,
    InterlobarLymphNodeOfTheLung,
    InterlobularArteryOfKidney,
    Intermediate,
    IntermediateArteryRamus,
    IntermediateCommonIliacLymphNode,
    IntermediateExternalIliacLymphNode,
    Intermittent,
    Internal,
    InternalAuditoryCanal,
    InternalAuditoryMeatus,
    InternalCapsule,
    InternalCarotidArtery,
    InternalCarotidArteryC5Segment,
    InternalCarotidArteryC6Segment,
    InternalFixationUsingPlate,
    InternalFixationUsingScrew,
    InternalFixationUsingStaple,
    InternalIliacArtery,
    InternalIliacVein,
    InternalIntercostalMuscle,
    InternalJugularVein,
    InternalMammaryArtery,
    InternalRotation,
    InternalSkeletalFixation,
    InterpectoralLymphNode,
    InterruptedAorticArch,
    InterstitialTissue,
    Interval,
    InterventionalRadiologyService,
    InterventricularSeptum,
    IntestinalLymphNode,
    Intima,
    IntraAbdominopelvic,
    IntraAorticBalloonPumpIABP,
    IntraArterialInfusionOfThrombolyticAgent,
    IntraArterialRoute,
    IntraArticular,
    IntraArticularRoute,
    IntraPelvic,
    IntraThoracic,
    IntracardiacEchocardiography,
    IntracardiacRoute,
    IntracoronaryDopplerGuideWire,
    IntracoronaryPressureGuideWire,
    IntracoronaryRoute,
    IntracorpusCavernosumRoute,
    Intracranial,
    IntracranialStructure,
    IntracutaneousRoute,
    IntracysticPapilloma,
    IntraductalCarcinomaMicroPapillary,
    IntraductalPapilloma,
    IntraglandularParotidLymphNode,
    Intraluminal,
    IntraluminalFluid,
    IntraluminalRoute,
    IntramammaryLymphNode,
    IntramedullaryRoute,
    IntramuralHematoma,
    IntramuscularRoute,
    Intraoperative,
    IntraoperativeEchocardiography,
    IntraperitonealRoute,
    IntrapulmonaryLymphNode,
    IntrathecalRoute,
    IntratumorRoute,
    IntrauterineCordocentesis,
    IntrauterineTransfusion,
    IntravascularEchocardiography,
    IntravascularOpticalCoherenceTomographyDevice,
    IntravascularUltrasound,
    IntravascularUltrasoundIVUSDevice,
    IntravenousRoute,
    IntraventricularConductionDisturbance,
    IntraventricularRouteCardiac,
    IntubationOfRespiratoryTract,
    InvasiveCribriformCarcinoma,
    InvasiveLobularCarcinoma,
    InverseTrendelenburg,
    InvertedDiverticulum,
    Inward,
    IodamideMeglumine,
    IodinatedI125Albumin,
    IodinatedI125HumanSerumAlbumin,
    IodinatedI125Povidone,
    IodinatedI125SodiumIodine,
    IodinatedI131AggregatedAlbumin,
    IodinatedI131Albumin,
    IodinatedI131GammaGlobulin,
    Iodine,
    Iodine123154Iodophenyl3RSMethylpentadecanoicAcid,
    Iodine1233IodobenzylguanidineMIBG,
    Iodine1313IodobenzylguanidineMIBG,
    Iodine131Polyvinylpyrrolidone,
    Iodipamide,
    Iodixanol,
    IodizedOil,
    IodoalphionicAcid,
    IodocholesterolI131,
    IodohippurateI123Sodium,
    IodohippurateI125Sodium,
    IodohippurateI131Sodium,
    Iodophthalein,
    Iodopyracet,
    IofetamineI123Hydrochloride,
    IoflupaneI123,
    Iohexol,
    Iopamidol,
    IopanoicAcid,
    Iophendylate,
    IophenoxicAcid,
    Iopromide,
    Iothalamate,
    IothalamateSodiumI125,
    Ioversol,
    Ioxaglate,
    Ioxilan,
    Ipodate,
    Ipsilateral,
    Iris,
    Iron,
    IronFe59LabeledDextran,
    IrradiatedVolume,
    Irregular,
    IrregularBreathing,
    Irrigation,
    IschemicHeartDisease,
    Ischium,
    Isherwood,
    Isoflurane,
    IsolationRoom,
    Itching,
    JWire,
    JanusGreenBStain,
    Jaundice,
    JawRegion,
    JejunostomyTube,
    Jejunum,
    JennerGiemsaStain,
    Jewelry,
    Joint,
    Judd,
    JudetProjection,
    JugularLymphNode,
    JuvenileFibroadenoma,
    JuxtaintestinalLymphNode,
    JuxtaposedAtrialAppendage,
    Kandel,
    Kasabach,
    KempHarper,
    KenacidBlueRStain,
    KeratolyticAgent,
    Keratoscope,
    Ketamine,
    Kidney,
    Kite,
    Knee,
    KneeChest,
    KneeJoint,
    Kneeling,
    KnownAbsent,
    Kovacs,
    Kuchendorf,
    Kurzbauer,
    L1L2Disc,
    L1Vertebra,
    L2L3Disc,
    L2Vertebra,
    L3L4Disc,
    L3Vertebra,
    L4L5Disc,
    L4Vertebra,
    L5S1Disc,
    L5Vertebra,
    LASEK,
    LASIK,
    LVPeakDiastolicTissueVelocityDuringAtrialSystole,
    LacmoidStain,
    LacrimalArtery,
    LacrimalArteryOfRightEye,
    LacrimalBone,
    LacrimalCaruncle,
    LacrimalGland,
    LacrimalSac,
    Lactate,
    LactatingAdenoma,
    LacunarLymphNode,
    LaminaOfVertebra,
    Laminated,
    LaquerrierePierquin,
    Large,
    LargeCellCarcinoma,
    LargeIntestine,
    LargeRodLikeCalcification,
    LaryngealEdema,
    LaryngealMaskAirwayLMA,
    Larynx,
    LaserMicrodissection,
    LaserProcedureOnSkin,
    Laser_122456005,
    Laser_38586004,
    Lateral45DegDorsal50DegProximalMediopalmarodistalOblique,
    Lateral45DegDorsal50DegProximalMedioplantarodistalObliq,
    LateralAxillaryLymphNode,
    LateralCalfPerforator,
    LateralCanthus,
    LateralCavalFontanProcedure,
    LateralCervicalLymphNode,
    LateralCommonIliacLymphNode,
    LateralCorticospinalTract,
    LateralDecubitus,
    LateralExternalIliacLymphNode,
    LateralFuniculus,
    LateralHighRightAtrium,
    LateralIncisorRegion,
    LateralJugularLymphNode,
    LateralLemniscus,
    LateralMedial_399300004,
    LateralMedial_399352003,
    LateralMitralAnnulus,
    LateralOblique,
    LateralPericardialLymphNode,
    LateralPlantarArtery,
    LateralRetropharyngealLymphNode,
    LateralVentricle,
    LateralVesicularLymphNode,
    Lateral_399067008,
    Lateral_49370004,
    Laterality,
    LateroMedialOblique_399099002,
    LateroMedialOblique_399159002,
    LaterodorsoproximalMediopalmarodistalOblique,
    LaterodorsoproximalMedioplantarodistalOblique,
    LatissimusDorsiMuscle,
    Lauenstein,
    Law,
    Lawrence,
    Lead,
    Left,
    Left20DegreeDorsalRightVentralOblique,
    Left20DegreeRostralRightCaudalOblique,
    Left20DegreeVentralRightDorsalOblique,
    Left30DegreeCaudalRightRostralOblique,
    Left45DegreeDorsalRightVentralOblique,
    Left45DegreeVentralRightDorsalOblique,
    LeftAnteriorApicalPeripheralZoneOfProstate,
    LeftAnteriorApicalTransitionZoneOfProstate,
    LeftAnteriorBasalPeripheralZoneOfProstate,
    LeftAnteriorBasalTransitionZoneOfProstate,
    LeftAnteriorDescendingCoronaryArtery,
    LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle,
    LeftAnteriorFascicularBlock,
    LeftAnteriorMiddlePeripheralZoneOfProstate,
    LeftAnteriorMiddleTransitionZoneOfProstate,
    LeftAnteriorOblique_399074003,
    LeftAnteriorOblique_399135007,
    LeftApicalAnteriorFibromuscularStromaOfProstate,
    LeftApicalPeripheralZoneOfProstate,
    LeftApicalTransitionZoneOfProstate,
    LeftAtrium,
    LeftAtriumPressureWaveform,
    LeftAtriumSystolicVolume,
    LeftAuricularAppendage,
    LeftBasalAnteriorFibromuscularStromaOfProstate,
    LeftBasalPartTransitionZoneOfProstate,
    LeftBasalPeripheralZoneOfProstate,
    LeftBranchOfAtrioventricularBundle,
    LeftBranchOfHepaticArtery,
    LeftBreast,
    LeftBundleBranchBlock,
    LeftCaudalRightRostralOblique,
    LeftCommonCarotidArtery,
    LeftCoronaryArtery,
    LeftCoronaryDominance,
    LeftDorsalRightVentralOblique,
    LeftDowngaze,
    LeftFemoralArtery,
    LeftGaze,
    LeftGlennShuntProcedure,
    LeftHepaticVein,
    LeftHypochondriacRegion,
    LeftInguinalRegion,
    LeftLateral,
    LeftLateralDecubitus,
    LeftLateralMiddlePeripheralZoneOfProstate,
    LeftLateralProjection,
    LeftLobeOfThyroid,
    LeftLowerQuadrantOfAbdomen,
    LeftLowerSegment,
    LeftLumbarRegion,
    LeftMainBranchOfPortalVein,
    LeftMainBronchus,
    LeftMainCoronaryArtery,
    LeftMainCoronaryArteryDisease,
    LeftMainCoronaryArteryOstium,
    LeftMiddleAnteriorFibromuscularStromaOfProstate,
    LeftMiddleTransitionZoneOfProstate,
    LeftOblique,
    LeftPleura,
    LeftPosteriorApicalTransitionZoneOfProstate,
    LeftPosteriorBasalTransitionZoneOfProstate,
    LeftPosteriorDescendingCircumflexCoronaryArtery,
    LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle,
    LeftPosteriorFascicularBlock,
    LeftPosteriorMiddleTransitionZoneOfProstate,
    LeftPosteriorOblique_399006002,
    LeftPosteriorOblique_399136008,
    LeftPosterolateralApicalPeripheralZoneOfProstate,
    LeftPosterolateralBasalPeripheralZoneOfProstate,
    LeftPosterolateralCircumflexCoronaryArtery,
    LeftPosterolateralMiddlePeripheralZoneOfProstate,
    LeftPosteromedialApicalPeripheralZoneOfProstate,
    LeftPosteromedialBasalPeripheralZoneOfProstate,
    LeftPosteromedialMiddlePeripheralZoneOfProstate,
    LeftPulmonaryArtery,
    LeftPulmonaryVein,
    LeftRostralRightCaudalOblique,
    LeftSeminalVesicle,
    LeftSidedBidirectionalGlennShuntProcedure,
    LeftSinusOfValsalva,
    LeftSubclavianArtery,
    LeftSuperiorVenaCava,
    LeftToRightCardiovascularShunt,
    LeftUpgaze,
    LeftUpperQuadrantOfAbdomen,
    LeftUpperSegment,
    LeftVentralRightDorsalOblique,
    LeftVentricle,
    LeftVentricleAnteriorSegment,
    LeftVentricleApicalAnteriorSegment,
    LeftVentricleApicalInferiorSegment,
    LeftVentricleApicalLateralSegment,
    LeftVentricleApicalSeptalSegment,
    LeftVentricleBasalAnteriorSegment,
    LeftVentricleBasalAnterolateralSegment,
    LeftVentricleBasalAnteroseptalSegment,
    LeftVentricleBasalInferiorSegment,
    LeftVentricleBasalInferolateralSegment,
    LeftVentricleBasalInferoseptalSegment,
    LeftVentricleEpicardialDiastolicAreaPsaxPapView,
    LeftVentricleInferiorSegment,
    LeftVentricleInflow,
    LeftVentricleLateralSegment,
    LeftVentricleMidAnteriorSegment,
    LeftVentricleMidAnterolateralSegment,
    LeftVentricleMidAnteroseptalSegment,
    LeftVentricleMidInferiorSegment,
    LeftVentricleMidInferolateralSegment,
    LeftVentricleMidInferoseptalSegment,
    LeftVentricleMyocardium,
    LeftVentricleOutflowTract,
    LeftVentriclePressureWaveform,
    LeftVentricleSemiMajorAxisDiastolicDimension,
    LeftVentricleSeptalSegment,
    LeftVentricleToPulmonaryArteryConduitAnastomosis,
    LeftVentricleTruncatedSemiMajorAxisDiastolicDimension,
    LeftVentricularAssistDevice,
    LeftVentricularDiastolicArea,
    LeftVentricularEndDiastolicPressure,
    LeftVentricularFractionalAreaChange,
    LeftVentricularIndexOfMyocardialPerformance,
    LeftVentricularIsovolumicContractionTime,
    LeftVentricularPeakEarlyDiastolicTissueVelocity,
    LeftVentricularPeakSystolicTissueVelocity,
    LeftVentricularSystolicArea,
    LeftVentricularSystolicPressure,
    LeftVentriculography,
    LegUp,
    Leiomyoma,
    Leiomyosarcoma,
    LeishmanStain,
    Length,
    LengthOfSegment,
    Lens,
    LensOpacity,
    LeonardGeorge,
    Lesion,
    LesionOfBrain,
    LessDefined,
    LessIschemia,
    LesserSaphenousVein,
    LesserTrochanter,
    Leukemia,
    LevatoresCostarumMuscles,
    LevelOfC2C3IntervertebralDisc,
    LevelOfC3C4IntervertebralDisc,
    LevelOfC4C5IntervertebralDisc,
    LevelOfC5C6IntervertebralDisc,
    LevelOfC6C7IntervertebralDisc,
    LevelOfC7T1IntervertebralDisc,
    LevelOfL1L2IntervertebralDisc,
    LevelOfL2L3IntervertebralDisc,
    LevelOfL3L4IntervertebralDisc,
    LevelOfL4L5IntervertebralDisc,
    LevelOfL5S1IntervertebralDisc,
    LevelOfT10T11IntervertebralDisc,
    LevelOfT11T12IntervertebralDisc,
    LevelOfT12L1IntervertebralDisc,
    LevelOfT1T2IntervertebralDisc,
    LevelOfT2T3IntervertebralDisc,
    LevelOfT3T4IntervertebralDisc,
    LevelOfT4T5IntervertebralDisc,
    LevelOfT5T6IntervertebralDisc,
    LevelOfT6T7IntervertebralDisc,
    LevelOfT7T8IntervertebralDisc,
    LevelOfT8T9IntervertebralDisc,
    LevelOfT9T10IntervertebralDisc,
    Lewis,
    LidocaineHydrochloride,
    LidocainePrilocaine,
    Lidocaine_387480006,
    Lidocaine_82573000,
    Ligament,
    LigamentumArteriosum,
    LightEmittingDiode,
    LightGreenSFStain,
    LightMicroscopy,
    Lilienfeld,
    LimbicLobe,
    LimbusOfFossaOvalis,
    LincomycinAntibiotic,
    Lindblom,
    LinearCalcificationDistribution,
    LinezolidAntibiotic,
    LingualArtery,
    LingualTonsil,
    Lip,
    Lipid,
    LipidRichLipidSecretingCarcinoma,
    Lipoma,
    Lipopolysaccharide,
    Liposarcoma,
    LiquidBasedCytologicMaterial,
    LissamineFastRedBStain,
    LissamineFastYellowStain,
    LissamineGreenBStain,
    LissamineRhodamineStain,
    Lithotomy,
    Liver,
    LiverAndBiliaryStructure,
    LobarArtery,
    LobarLymphNodeOfTheLung,
    LobeOfLung,
    LobeOfThyroid,
    Lobular,
    LobularCarcinomaInSituOfBreast,
    LocalAnesthesia,
    LocalAnesthetic,
    Long,
    LongAxis,
    LongissimusMuscle,
    Longitudinal,
    Lordotic,
    Lorenz,
    LossOfDistalPulse,
    LostToFollowUp,
    Low,
    LowBeer,
    LowDensityNotContainingFatLesion,
    LowMolecularWeightHeparin,
    LowRightAtrium,
    LowRisk,
    LowToModerateRisk,
    LowerDeepCervicalLymphNode,
    LowerEyelid,
    LowerInnerQuadrantOfBreast,
    LowerJugularLymphNode,
    LowerLeg,
    LowerLimb,
    LowerLimbAmputation,
    LowerLimbLymphNode,
    LowerLobeOfLung,
    LowerOuterQuadrantOfBreast,
    LowerParatrachealIncludingAzygousLymphNode,
    LowerZoneOfLung,
    LucentCenteredCalcification,
    LumbarArtery,
    LumbarLymphNode,
    LumbarRegion,
    LumbarSpine,
    LumboSacralSpine_1217253001,
    LumboSacralSpine_243898001,
    Lumen,
    LumenAreaStenosis,
    LumenDiameterStenosis,
    LumenOfArtery,
    LumenOfBloodVessel,
    LuminalIrregularities,
    Lumpectomy,
    LumpectomyBreastSample,
    Lung,
    LungAndTracheobronchialLymphNodes,
    LungCancer,
    LupusErythematosus,
    Lutetium177DOTATATE,
    LuxolFastBlueStain,
    Lymph,
    LymphNode,
    LymphNodeOfAorticArch,
    LymphNodeOfAortopulmonaryWindow,
    LymphNodeOfEpiploicForamen,
    LymphNodeOfGreaterCurvatureOfStomach,
    LymphNodeOfHead,
    LymphNodeOfHeadAndNeck,
    LymphNodeOfLesserCurvatureOfStomach,
    LymphNodeOfLimb,
    LymphNodeOfMesentery,
    LymphNodeOfStomach,
    LymphNodeOfThePulmonaryLigament,
    LymphNodeOfThorax,
    LymphNodeOfTrunk,
    LymphNodeRingOfCardiaOfStomach,
    Lymphadenopathy,
    LymphaticSystem,
    LymphaticVessel,
    LymphoidTissue,
    Lymphoma,
    LysergicAcidDiethlyamide,
    Lysholm,
    Lysophosphatidylcholine,
    MMode,
    MOSFETRadiationTherapyDosimetrySystemDosimeter,
    MRIOfBreast,
    MX,
    MacrolideAntibiotic,
    Magnesium,
    MagneticResonanceAngiography,
    MagneticResonanceImagingGuidance,
    MagneticResonanceImagingGuidedBiopsy,
    MagneticResonanceImagingService,
    MagneticResonanceImagingUnit,
    Magnification,
    Main,
    MainPulmonaryArteryPeakVelocity,
    MaintenanceTherapy,
    Major,
    MajorAxis,
    MalachiteGreenStain,
    MaleExternalGenitalia,
    MaleExternalUrethralOrifice,
    MaleExternalUrethralSphincter,
    MaleFirstCousin,
    MaleInternalGenitalia,
    Malignant,
    MalignantEpithelialNeoplasmOfThyroid,
    MalignantFibrousHistiocytoma,
    MalignantMelanoma,
    MalignantMesothelioma,
    MalignantPeripheralNerveSheathTumor,
    MalleolarStructureOfTibia,
    MalloryBleachStain,
    MammaryDuctEctasia,
    MammaryDuctogram,
    MammographicBreastMass,
    Mammography,
    MammographyBreastDensity,
    Mandible,
    MandibularDentalArch,
    MandibularIncisorTeeth,
    MandibularLeftCanineTooth,
    MandibularLeftCentralIncisorTooth,
    MandibularLeftFirstMolarTooth,
    MandibularLeftFirstPremolarTooth,
    MandibularLeftLateralTooth,
    MandibularLeftSecondMolarTooth,
    MandibularLeftSecondPremolarTooth,
    MandibularLeftThirdMolarTooth,
    MandibularLymphNode,
    MandibularRightCanineTooth,
    MandibularRightCentralIncisorTooth,
    MandibularRightFirstMolarTooth,
    MandibularRightFirstPremolarTooth,
    MandibularRightLateralIncisorTooth,
    MandibularRightSecondMolarTooth,
    MandibularRightSecondPremolarTooth,
    MandibularRightThirdMolarTooth,
    ManipulationOfJoint,
    Manual,
    ManubriumOfSternum,
    MarfanSyndrome,
    Marginal,
    MarginalCoronaryArtery,
    Marijuana,
    MarkedlyEnlargedCardiacChamber,
    MartiusYellowStain,
    Mass_118538004,
    Mass_4147007,
    MastoidBone,
    MastoidCellsAndAntra,
    MastoidLymphNode,
    Maxilla,
    MaxillaryDentalArch,
    MaxillaryIncisorTeeth,
    MaxillarySinus,
    Maximum,
    MaximumSystolicBloodPressure,
    May,
    MayGrunwaldGiemsaStain,
    Mayer,
    Mean,
    MeanBloodPressure,
    Measured,
    MeasurementMethod,
    MeasuringRuler,
    Media,
    Medial,
    MedialCommonIliacLymphNode,
    MedialExternalIliacLymphNode,
    MedialLacunarLymphNode,
    MedialLateral_399012007,
    MedialLateral_399260004,
    MedialLemniscus,
    MedialLongitudinalFasciculus,
    MedialMitralAnnulus,
    MedialOblique,
    MedialPlantarArtery,
    Median,
    MedianCubitalVein,
    MedianRetropharyngealLymphNode,
    MediastinalLymphNode,
    Mediastinum,
    MedicalAir,
    MedicalIntensiveCare,
    MedicalMicrobiology,
    MedicalPractitioner,
    MedicalXRayFilm,
    MedioLateralOblique_399268006,
    MedioLateralOblique_399368009,
    Medium,
    MedullaryCarcinoma,
    MeglumineDiatrizoate,
    MeglumineIodipamide,
    Melanin,
    MeldolaBlueStain,
    Membranous,
    Meninges,
    Meniscus,
    MenstruationPresent,
    Merchant,
    MercuricChloride,
    MercuryArcLamp,
    MerkelCellCarcinoma,
    Mescaline,
    MesentericArtery,
    MesentericArteryLymphNode,
    MesentericVein,
    Mesocardia,
    Mesothelium,
    MespiperoneC11,
    Metacarpal,
    MetalStent,
    MetanilYellowStain,
    Metastasis,
    Metatarsus,
    Methadone,
    Methanol,
    MethionineC11,
    Methlyphenidate,
    Methohexital,
    Methoxyflurane,
    MethylBlueStain,
    MethylGreenPyroninStain,
    MethylGreenStain,
    MethylOrangeStain,
    MethylRedStain,
    MethylViolet2BStain,
    MethylViolet6BStain,
    MethylVioletStain,
    MethyleneBlue_354064008,
    MethyleneBlue_6725000,
    MethyleneVioletStain,
    MethyleneVioletStainBernthsen,
    Methylprednisolone,
    MethylprednisoloneSodiumPhosphate,
    Metrizamide,
    Metrizoate,
    MetronidazoleAntibiotic,
    MichelMedium,
    MicrocalcificationsOfTheBreast,
    MicrolobulatedLesion,
    MicroscopeSlide,
    MicroscopeSlideCoverSlip,
    MicroscopeSlideMountingMedia,
    Microscopy,
    MidCircumflexCoronaryArtery,
    MidFrequency,
    MidLeftAnteriorDescendingCoronaryArtery,
    MidLongitudinal,
    MidRightAtrium,
    MidRightCoronaryArtery,
    Midazolam,
    Midbrain,
    MidcolicLymphNode,
    MiddleAnteriorFibromuscularStromaOfProstate,
    MiddleCardiacVein,
    MiddleCerebellarPeduncle,
    MiddleCerebralArtery,
    MiddleCerebralArteryM1Segment,
    MiddleCerebralArteryM2Segment,
    MiddleDeepCervicalLymphNode,
    MiddleEar,
    MiddleHepaticVein,
    MiddleJugularLymphNode,
    MiddleLobeOfRightLung,
    MiddleZoneOfLung,
    Midline,
    MigrationOfImplantOrInternalDevice,
    Mild,
    MildHypokinesis,
    MildIntimalCoronaryIrregularitiesNoSignificantStenoses,
    MildToModerate,
    MildlyEnlargedCardiacChamber,
    MiliaryAneurysm,
    MilkOfCalciumCalcification,
    Miller,
    Minimum,
    MinimumDiastolicBloodPressure,
    Minor,
    MinorAxis,
    MitralAnnulus,
    MitralDiastolicFillingPeriodDfpm,
    MitralRegurgitation,
    MitralStenosis,
    MitralValve,
    MitralValveATDTRatio,
    MitralValveAWaveDuration,
    MitralValveArea,
    MitralValveClosureToOpeningTime,
    MitralValveDisease,
    MitralValveEWaveDecelerationTime,
    MitralValveFlow,
    MitralValveProlapse,
    MitralValvePullbackPressureWaveform,
    Mixed,
    MixedAneurysm,
    MixedBreedCat,
    MixedBreedCattle,
    MixedBreedChicken,
    MixedBreedDog,
    MixedBreedGoat,
    MixedBreedHorse,
    MixedBreedPig,
    MixedBreedSheep,
    MixedIschemiaAndInfarction,
    MixedRacialGroup,
    MixedSmallCellCarcinoma,
    MixedVenousBlood,
    Mode,
    Moderate,
    ModerateHypokinesis,
    ModerateRisk,
    ModerateToHighRisk,
    ModerateToSevere,
    ModeratelyEnlargedCardiacChamber,
    ModifiedBruceProtocol,
    ModifiedNaughtonProtocol,
    ModifiedTrichromeStain,
    Molybdenum,
    MonitoredAnesthesiaCareMAC,
    MonoclonalAntibodyI124,
    Moore,
    MoreDefined,
    MoreIschemia,
    Morphine,
    MorphologicallyAbnormalStructure,
    MorticeProjection,
    MostSignificant,
    Mouth,
    MouthClosed,
    MucicarmineStain,
    MucinousAdenocarcinomaColloidCarcinoma,
    MucosaOfFloorOfMouth,
    MucosaOfLowerLip,
    MucosaOfMandibularGingiva,
    MucosaOfMaxillaryGingiva,
    MucosaOfTipOfTongue,
    MucosaOfTongue,
    MucosaOfUpperLip,
    MultiVesselCoronaryArteryDisease,
    Multifocal,
    MultifocalPvcs,
    MultiparametricMRIOfProstate,
    MultipleAneurysm,
    MultipleIrregularities,
    MultipleMyeloma,
    MultiplePregnancy,
    MusGenus,
    MusMusculus,
    MuscleBridge,
    MuscleOfHead,
    MuscleOfLowerLimb,
    MuscleOfNeck,
    MuscleOfUpperLimb,
    Muscle_71616004,
    Muscle_91727004,
    MustardOperation,
    MustardOrSenningCommonSystemicVenousPathway,
    MustardOrSenningInferiorVenaCavaPathway,
    MustardOrSenningPulmonaryVenousPathway,
    MustardOrSenningSuperiorVenaCavaPathway,
    MustelaPutoriusFuro,
    MycoticAneurysm,
    MyeloperoxidaseStain,
    MyocardialInfarction,
    MyocardialIschemia,
    MyocardialPerfusionNormal,
    Myocarditis,
    MyocardiumOfAnterolateralRegion,
    MyocardiumOfApexOfHeart,
    MyocardiumOfDiaphragmaticRegion,
    MyocardiumOfInferolateralRegion,
    MyocardiumOfPosterolateralRegion,
    Myofibroblastoma,
    Myopia,
    NAcetylaspartate,
    NSAID,
    NYHAClassI,
    NYHAClassII,
    NYHAClassIII,
    NYHAClassIV,
    NailUnitOfFifthToe,
    NailUnitOfFinger,
    NailUnitOfFourthToe,
    NailUnitOfGreatToe,
    NailUnitOfIndexFinger,
    NailUnitOfLittleFinger,
    NailUnitOfMiddleFinger,
    NailUnitOfRingFinger,
    NailUnitOfSecondToe,
    NailUnitOfThirdToe,
    NailUnitOfThumb,
    NailUnitOfToe,
    NaphthaleneBlack12BStain,
    NaphtholASDChloracetateEsteraseStain,
    NaphtholGreenBStain,
    NaphtholYellowSStain,
    NarcoticOpiateAntagonist,
    Narrow,
    NasalBone,
    NasalCavity,
    NasalCongestion,
    NasalRoute,
    NasolabialLymphNode,
    Nasopharynx_360955006,
    Nasopharynx_71836000,
    NaturalBrother,
    NaturalDaughter,
    NaturalFather,
    NaturalGrandFather,
    NaturalGrandMother,
    NaturalMother,
    NaturalSister,
    NaturalSon,
    NaughtonProtocol,
    Nausea,
    NauseaAndVomiting,
    NavicularOfHindfoot,
    Neck,
    NeckAndChest,
    NeckChestAbdomenAndPelvis,
    NeckChestAndAbdomen,
    NeckOfRib,
    Necrosis,
    Needle,
    Neer,
    Negative,
    NegativeLowerBodyPressure,
    NeoAdjuvantIntent,
    NeoaorticRoot,
    NeoaorticValve,
    NeonatalIntensiveCare,
    NeoplasmOfTheMammarySkin,
    NeoplasmPrimary,
    NeoplasmSecondary,
    Nephrology,
    Nerve,
    NeuroendocrineTumor,
    Neurofibroma,
    Neurofibromatosis,
    Neurohypophysis,
    Neurology,
    NeuromuscularBlockingNMBDepolarizing,
    NeuromuscularBlockingNMBNonDepolarizing,
    Neurosurgery,
    NeutralBufferedFormalin,
    NeutralRedStain,
    NeutrophilAlkalinePhosphataseStain,
    NewFinding,
    NewFuchsinStain,
    NewInfarction,
    NewIschemia,
    NewWallMotionAbnormality,
    NickelCobaltChromium,
    NickelTitanium,
    Nifedipine,
    NightBlueStain,
    NileBlueStain,
    NinthIntercostalSpace,
    Niobium,
    Nipple,
    NippleDischargeSymptom,
    NippleInProfile,
    NippleProblem,
    NippleRetraction,
    NitrateVasodilator,
    NitrazineYellowStain,
    Nitroglycerin,
    NitrousOxide,
    No,
    NoChange,
    NoFamilyHistoryOfBreastCarcinoma,
    NoFamilyHistoryOfCardiovascularDisease,
    NoFamilyHistoryOfDiabetes,
    NoHistoryOfSmoking,
    NoMotorResponseToCommand,
    NoSignificantChangesInTheFinding,
    NoThrombus,
    Nodular,
    Nodule,
    Nolke,
    NomarskiPrism,
    Nominal,
    NonCalcified,
    NonCoronarySinus,
    NonElectricHeatingPad,
    NonHodgkinLymphoma,
    NonInfiltratingIntraductalCarcinoma,
    NonRadiopaqueMedium,
    NonRestrictive,
    NonSTElevationMyocardialInfarction,
    NonSmallCellCarcinoma,
    NonSmallCellLungCancer,
    NonSustainedVentricularTachycardia,
    NonalcoholicFattyLiverDiseaseNAFLD,
    NonalcoholicFattyLiverNAFL,
    NonalcoholicSteatohepatitisNASH,
    NoncardiacChestPain,
    NoncontactFundusLens,
    None_,
    NonspecificEsteraseStain,
    NonspecificSTTAbnormality,
    Norgaard,
    NormalAorticRoot,
    NormalCoronaryArteries,
    NormalExtracardiacUptake,
    NormalLeftAndRightHeartHemodynamics,
    NormalLeftHeartHemodynamics,
    NormalLeftVentricularSystolicFunctionAndWallMotion,
    NormalRange,
    NormalRangeLowerLimit,
    NormalRangeUpperLimit,
    NormalRespiratoryRhythm,
    NormalRightHeartHemodynamics,
    NormalRisk,
    NormalShape,
    NormalSinusRhythm,
    NormalSizeCardiacChamber,
    NormalWallContractility,
    NormalWallMotion,
    Normal_164854000,
    Normal_17621005,
    NormalityUndetermined,
    NorwoodTypeOperation,
    Nose,
    NotAdministered,
    NotEvaluated,
    NotFasting,
    NotPerformed,
    NotPregnant,
    NotSignificant,
    NotSteady,
    NottinghamCombinedGrade,
    NottinghamCombinedGradeCannotBeDetermined,
    NottinghamCombinedGradeI3To5Points,
    NottinghamCombinedGradeII6To7Points,
    NottinghamCombinedGradeIII8To9Points,
    NuclearFastRedStain,
    NuclearMedicine,
    NuclearMedicineCardiovascularStudy,
    NuclearMedicineProcedure,
    Nucleus,
    NucleusAccumbens,
    Nulliparous,
    NumberOfUmbilicalArteries,
    Nurse,
    Nutrition,
    OEAxillaryLymphadenopathy,
    OEBreastLumpPalpated,
    OELymphadenopathy,
    ObliqueAxial_399004004,
    ObliqueAxial_399089007,
    ObliqueCaudoCranial,
    ObliqueCranioCaudal,
    Oblique_21114003,
    Oblique_399182000,
    Oblique_399366008,
    ObscuredLesion,
    ObstetricUSScan,
    Obstetrics,
    ObstetricsAndGynecology,
    ObturatorLymphNode,
    OccipitalArtery,
    OccipitalBone,
    OccipitalLobe,
    OccipitalLymphNode,
    OccipitalRegionOfScalp,
    OccipitalVein,
    OcclusalProjection,
    Occlusion,
    OcclusionOfArtery,
    OcclusionOfCatheter,
    OccupationalRequirement,
    OcularLubricant,
    OculomotorNerve,
    OffAxis,
    OilImmersionLens,
    OilRedOStain,
    OleicAcidI125,
    OlfactoryTract,
    OmentalBursa,
    Omentum,
    OnAdmission,
    OpaqueMarker,
    OpenWoundOfLowerLimb,
    OperatingMicroscope,
    OperationOnHeartValve,
    OperationOnPelvicRegionOfTrunk,
    OperativeSite,
    OphthalmicArtery,
    OphthalmicEndoscope,
    Ophthalmology,
    OpticCanal,
    OpticChiasm,
    OpticNerve,
    OpticNerveHead,
    OpticRadiation,
    OpticTract,
    OpticalCoherenceTomographyScanner,
    Optometry,
    OralCavity,
    OralMucosa,
    OralRoute,
    OralSurgery,
    Orange,
    OrangeGStain,
    OrangeIIStain,
    OrbitalStructure,
    Orbitoparietal,
    OrceinStain,
    OropharyngealTonsil,
    Oropharynx,
    OrthopedicDevice,
    OrthopedicSurgery,
    OryctolagusCuniculus,
    OsmiumTetroxide,
    Ossification,
    Osteosarcoma,
    Ostium,
    OstiumOfCoronarySinus,
    Otorhinolaryngology,
    Ottonello,
    OutpatientProcedure,
    Outward,
    OvarianArtery,
    OvarianCancer,
    OvarianVein,
    Ovary,
    Ovis,
    OvisAries,
    OvoidShapeOval,
    Oxygen,
    OxygenAdministrationByMask,
    OxygenAdministrationByNasalCannula,
    OxygenGas,
    OxygenTherapy,
    OxygenWaterO15,
    Oxytocic,
    PETBrainStudy,
    PETBreastStudy,
    PETCTFDGImagingOfWholeBody,
    PETCTMETImagingOfWholeBody,
    PETHeartStudy,
    PETStudyForLocalizationOfTumor,
    PRK,
    PTENHamartomaTumorSyndrome,
    PTSMCu62,
    PTV,
    Pacing,
    PacingWithMagnet,
    PageBlue83Stain,
    PageBlueG90Stain,
    PagetDiseaseMammary,
    PainManagement,
    PainfulSkin,
    PalatineBone,
    PalatineTonsil,
    PalliativeCare,
    PalliativeIntent,
    PallorPaleComplexion,
    Palmar45DegreeMedialDorsolateral,
    Palmar75DegreeProximalDorsodistalOblique,
    PalmaromedialDorsolateral,
    PalmaroproximalDorsodistalOblique,
    PalmitateC11,
    Palpation,
    Palpitations,
    Pancreas,
    PancreaticDuct,
    PancreaticDuctAndBileDuctSystems,
    PancreaticLymphNode,
    PancreaticoduodenalLymphNode,
    PancreaticosplenicLymphNode,
    Pancuronium,
    Papaverine,
    PapillaryCarcinoma,
    PapillaryCarcinomaInSitu,
    PapillaryThyroidCarcinoma,
    Papilloma,
    ParaAorticLymphNodeOfTheAnteriorMediastinum,
    ParaesophagealLymphNodeBelowCarina,
    ParaffinWax,
    Paraformaldehyde,
    ParalyticSyndrome,
    ParamammaryLymphNode,
    ParametrialLymphNode,
    ParanasalSinus,
    Paraproteinemia,
    PararectalLymphNode,
    Parasagittal,
    Parasternal,
    ParasternalLongAxis,
    ParasternalLongAxisViewOfTheRVInflowTract,
    ParasternalLongAxisViewOfTheRVOutflowTract,
    ParasternalLymphNode,
    ParasternalShortAxis,
    ParasternalShortAxisAtTheAorticValveLevel,
    ParasternalShortAxisAtTheLevelOfTheMitralChords,
    ParasternalShortAxisAtTheMitralValveLevel,
    ParasternalShortAxisAtThePapillaryMuscleLevel,
    Parathyroid,
    ParatrachealLymphNode,
    ParavaginalLymphNode,
    ParavesicularLymphNode,
    Parenchyma,
    ParenteralEnteralSolutionBag,
    ParietalBone,
    ParietalLobe,
    ParietoOrbital,
    Parietoacanthial,
    ParotidGland,
    ParotidLymphNode,
    PartialAnomalousPulmonaryVenousConnection,
    PartialAnomalousPulmonaryVenousConnectionOperation,
    PartiallyReversibleMyocardialPerfusionDefect,
    PassiveMovement,
    PasternOfForefoot,
    PasternOfHindfoot,
    Patella,
    PatellarTendon,
    PatentBlueVSodiumSaltStain,
    PatentDuctusArteriosus,
    PatentDuctusArteriosusCoilOrDeviceClosure,
    PatentForamenOvale,
    Paternal,
    PathologicCalcification,
    Pathology,
    PatientCurrentlyPregnant,
    PatientHasPacemaker,
    PatientImmunocompromised,
    PatientMentalStateAssessment,
    PatientRefusedExerciseTest,
    Pawlow,
    PeakCardiacStressState,
    PeakSystolic,
    PeakToPeak,
    Pearson,
    PeauDOrangeSurfaceOfBreast,
    PectoralAxillaryLymphNode,
    PectoralGirdle,
    PectoralisMajorMuscle,
    PectoralisMinorMuscle,
    PediatricEchocardiography,
    PediatricIntensiveCare,
    PediatricMedicine,
    PediatricOncology,
    PediatricSurgery,
    PedicleOfVertebra,
    Pedunculated,
    Peeling,
    PelvicCavityFalse,
    PelvicCavityTrue,
    PelvicLymphNode,
    PelvisAndLowerExtremities,
    Pelvis_118645006,
    Pelvis_816092008,
    PenicillinAntibiotic,
    Penis,
    Penner,
    PentetateCalciumTrisodiumYb169,
    Pentobarbital,
    PepperProtocol,
    PerRectum,
    PercutaneousCoronaryIntervention,
    PercutaneousInsertionOfIntravascularFilter,
    PercutaneousProstheticClosureOfAtrialSeptalDefect,
    PercutaneousRemovalOfIntravascularForeignBody,
    PercutaneousTransluminalAngioplastyBalloon,
    PercutaneousTransluminalBalloonAngioplasty,
    PerforatingArteryOfKidney,
    Perfusion,
    PerfusionImaging,
    PericardialCavity,
    PericardialDisease,
    PericardialEffusion,
    PericardialTamponade,
    PericardiophrenicArtery,
    Pericardium,
    PerigastricLymphNode,
    Perimeter,
    Perineum,
    PeriodicAcidSchiffStain,
    PeripancreaticLymphNode,
    Peripheral,
    PeripheralAngiography,
    PeripheralIntravenousCatheter,
    PeripheralNerve,
    PeripheralNerveMyelinSheath,
    PeripheralNervousSystem,
    PeripheralVascularDisease,
    PeripheralVascularUltrasoundReport,
    PeripheralZoneOfTheProstate,
    Peritioneum,
    PeritonealCavity,
    PermanentMaxillaryLeftCanineTooth,
    PermanentMaxillaryLeftCentralIncisorTooth,
    PermanentMaxillaryLeftFirstMolarTooth,
    PermanentMaxillaryLeftFirstPremolarTooth,
    PermanentMaxillaryLeftLateralIncisorTooth,
    PermanentMaxillaryLeftSecondMolarTooth,
    PermanentMaxillaryLeftSecondPremolarTooth,
    PermanentMaxillaryLeftThirdMolarTooth,
    PermanentMaxillaryRightCanineTooth,
    PermanentMaxillaryRightCentralIncisorTooth,
    PermanentMaxillaryRightFirstMolarTooth,
    PermanentMaxillaryRightFirstPremolarTooth,
    PermanentMaxillaryRightLateralIncisorTooth,
    PermanentMaxillaryRightSecondMolarTooth,
    PermanentMaxillaryRightSecondPremolarTooth,
    PermanentMaxillaryRightThirdMolarTooth,
    Permethrin,
    PeronealArtery,
    PeronealVein,
    PeroxidaseStain,
    PerpendicularAxis,
    PersistentPainFollowingProcedure,
    PersonalHistoryOfBreastCancer,
    PhakicIOL,
    Phantom,
    PharmacologicAndExerciseStressTest,
    PharmacologicStressTest,
    PharyngealRecess,
    PharyngealTonsil,
    PharyngotympanicTube,
    Pharynx,
    PharynxAndLarynx,
    PhaseContrastPlate,
    Phencyclidine,
    Phentolamine,
    Phenylephrine,
    Phlebosclerosis,
    PhloxinBStain,
    Phonation,
    PhosphotungsticAcidHematoxylinStain,
    PhotodynamicTherapyOfSkin,
    PhotographyOfGrossOrgan,
    PhotographyOfPatient,
    Photomicrography,
    Photon,
    PhyllodesTumor,
    PhyllodesTumorMalignant,
    PhysicalObject,
    Physician,
    Physiotherapy,
    PiaMater,
    PicricAcid,
    PiggybackIOL,
    Pin,
    PinealGland,
    PinholeVisualAcuity,
    Pink,
    Pirie,
    Pituitary,
    PituitaryFossa,
    Placenta,
    PlacingRestraint,
    PlainRadiography,
    Plantar60DegreeLateralDorsomedialOblique,
    Plantar75DegreeProximalDorsodistalOblique,
    PlantarArterialArch,
    PlantarolateralDorsomedialOblique,
    PlantaroproximalDorsodistalOblique,
    Plantodorsal,
    Plaque,
    PlaqueUlceration,
    PlasmaExpander,
    Plasmacytoma,
    Plastic,
    PlasticStent,
    PlasticSurgery,
    PlateLikeAtelectasis,
    Platinum,
    PleomorphicAdenoma,
    PleuralEffusion,
    PleuralStructure,
    Pm1,
    Pn0,
    Pn1,
    Pn2,
    Pn2a,
    Pn2b,
    Pn3,
    Pn3a,
    Pn3b,
    Pn3c,
    Pneumomediastinum,
    Pneumothorax,
    Pnx,
    PointSourceMeasurement,
    PolarizingOpticalFilter,
    Polymer,
    PolypOfColon,
    PolypSizeLargestDimension,
    PolypStalkLength,
    Ponceau3RStain,
    PonceauSStain,
    PonceauXylidineStain,
    PontamineSkyBlue5BXStain,
    PontamineSkyBlue6BXStain,
    PoorVisualFixation,
    PoorlyDefined,
    PoplitealArtery,
    PoplitealFossa,
    PoplitealLymphNode,
    PoplitealVein,
    PortalVein,
    Positive,
    PossiblePregnancy,
    PossibleThrombus,
    PostAblationPhase,
    PostChemotherapy,
    PostDefibrillationProcedurePhase,
    PostDose,
    PostExerciseState,
    PostInfarctionAngina,
    PostOperative,
    PostPTCA,
    PostRadiation,
    PostStenoticDilation,
    PostSurgicalAnatomy,
    PostVitrectomy,
    PostVolumeChallenge,
    PostauricularLymphNode,
    Postaxial,
    PostductalRegionOfAorticArch,
    Posterior,
    PosteriorArchVein,
    PosteriorAuricularLymphNode,
    PosteriorCerebralArtery,
    PosteriorCerebralArteryP1Segment,
    PosteriorCerebralArteryP2Segment,
    PosteriorCommissure,
    PosteriorCommissureOfLabiumMajorum,
    PosteriorCommunicationArtery,
    PosteriorDescendingCoronaryArtery,
    PosteriorDescendingRightCoronaryArtery,
    PosteriorHornLateralVentricle,
    PosteriorMedialTributary,
    PosteriorMediastinalLymphNode,
    PosteriorProjection,
    PosteriorSegmentOfRightUpperLobe,
    PosteriorTibialArtery,
    PosteriorTibialLymphNode,
    PosteriorTibialVein,
    PosteriorTriangleCervicalLymphNode,
    PosteriorWall,
    PosteroAnterior,
    PosteroAnteriorOblique,
    Posterolateral,
    PosterolateralBranchOfRightCoronaryArtery,
    PostsurgicalMenopause,
    PostvesicularLymphNode,
    Potassium,
    PotassiumCarbonateK42,
    PotassiumChlorideK42,
    PotassiumChlorideK43,
    PotassiumDichromate,
    PotassiumHydroxideStain,
    PotentialAcuityMeterVisualAcuity,
    PowerDoppler,
    PreAdmission,
    PreBiopsyLocalizationOfBreastLesion,
    PreDose,
    PreOperative,
    PreSurgeryTesting,
    Preaxial,
    PrececalLymphNode,
    Prednisone,
    PreductalRegionOfAorticArch,
    PrefemoralLymphNode,
    PrelaryngealLymphNode,
    PrepericardialLymphNode,
    Present,
    PressureSupportVentilator,
    PresymphysialLymphNode,
    PretrachealLymphNode,
    PrevascularRetrotrachealLymphNode,
    PreventiveIntent,
    PrevertebralLymphNode,
    PrevesicularLymphNode,
    PrimaryCareDepartment,
    PrimaryGaze,
    PrimitiveAorta,
    PrimitivePulmonaryArtery,
    Problem,
    ProblemResolved,
    ProcedureInCardiacCareUnit,
    ProcionBrilliantBlueMRSStain,
    ProfundaFemorisArtery,
    ProfundaFemorisVein,
    ProgesteroneProduct,
    PromontoryCommonIliacLymphNode,
    Pronation,
    Prone,
    ProperHepaticArtery,
    ProphylacticIntent,
    Propofol,
    Propranolol,
    Propyliodone,
    ProstaglandinE1,
    ProstaglandinInjection,
    Prostate,
    ProstateCancer,
    ProstateCancerAntigenMeasurement,
    Prostatectomy,
    ProstaticUrethra,
    Prostatitis,
    Prosthesis,
    ProtamineSulfate,
    ProtargolSStain,
    ProteaseDigestionOfTissueSpecimen,
    Proton,
    Proximal,
    ProximalCircumflexCoronaryArtery,
    ProximalFemur,
    ProximalHumerus,
    ProximalLeftAnteriorDescendingCoronaryArtery,
    ProximalRadius,
    ProximalRightCoronaryArtery,
    ProximalUlna,
    ProximoDistal,
    PrussianBlueStain,
    PseudoAneurysm,
    Pseudophakia,
    Psoriasis,
    Psychiatry,
    Psychology,
    Pt0,
    Pt1,
    Pt1a,
    Pt1b,
    Pt1c,
    Pt1mi,
    Pt2,
    Pt3,
    Pt4,
    Pt4a,
    Pt4b,
    Pt4c,
    Pt4d,
    Ptis,
    PtisDCIS,
    PtisPaget,
    Ptx,
    PullbackMethod,
    PulmonaryArteriovenousFistula,
    PulmonaryArtery,
    PulmonaryArteryBlood,
    PulmonaryArteryConduit,
    PulmonaryArteryOxygenSaturationWaveform,
    PulmonaryArteryPressure,
    PulmonaryArteryPressureWaveform,
    PulmonaryArteryWedgePressureWaveform,
    PulmonaryAtresiaWithIntactVentricularSeptum,
    PulmonaryAtresiaWithVentricularSeptalDefect,
    PulmonaryCapillaryWedgePressure,
    PulmonaryCapillaryWedgePressureWaveform,
    PulmonaryChamberOfCorTriatriatum,
    PulmonaryDisease,
    PulmonaryEdema,
    PulmonaryEmbolism,
    PulmonaryHypertension,
    PulmonaryMetastasis,
    PulmonarySystemicFlowRatio,
    PulmonarySystolicEjectionPeriodSepp,
    PulmonaryValve,
    PulmonaryValveFlow,
    PulmonaryValvePullbackPressureWaveform,
    PulmonaryValveSinuses,
    PulmonaryVascularResistance,
    PulmonaryVeinAWaveDuration,
    PulmonaryVeinBlood,
    PulmonaryVeinCommonLeftSegment,
    PulmonaryVeinCommonRightSegment,
    PulmonaryVeinConfluence,
    PulmonaryVeinConfluenceToAtriumConnection,
    PulmonaryVeinDWaveVelocityTimeIntegral,
    PulmonaryVeinSWaveVelocityTimeIntegral,
    PulmonaryVeinToAtriumConnection,
    PulmonaryVeinWedge,
    PulmonaryVein_122972007,
    PulmonaryVein_430757002,
    PulmonaryVenousAtrium,
    PulmonicRing,
    PulmonicValveArea,
    PulmonicValveDisease,
    PulmonicValveStenosis,
    Pulmonology,
    PulsatilityIndex,
    PunctateCalcification,
    Pupillograph,
    PurkinjeFibers,
    Purple,
    Putamen,
    PyloricLymphNode,
    PyriformSinus,
    PyronineBStain,
    PyronineGStain,
    QuadrantectomyOfBreast,
    Quantity,
    QuinacrineFluorescentStain,
    Quinidine,
    QuinoloneAntibiotic,
    RK,
    RVCardiacIndex,
    RVCardiacOutput,
    RVStrokeIndex,
    RVStrokeVolume,
    RacemoseAneurysm,
    RacloprideC11,
    RadialArtery,
    RadialScar,
    RadialVein,
    RadiationTherapist,
    RadiationTherapy,
    RadicalAortopulmonaryReconstructWRVToPAValvelessConduit,
    RadioactiveImplant,
    RadiofrequencyAblation,
    RadiofrequencyAblationDevice,
    RadiofrequencyAblationProcedurePhase,
    RadiographicCalcificationFinding,
    RadioisotopeScanOfLymphaticSystem,
    RadioisotopeStudyOfEndocrineSystem,
    RadioisotopeStudyOfGastrointestinalSystem,
    RadioisotopeStudyOfGenitourinarySystem,
    RadioisotopeStudyOfHematopoieticSystem,
    RadioisotopeStudyOfMusculoskeletalSystem,
    RadioisotopeStudyOfRespiratorySystem,
    RadiologicTechnologist,
    Radiology,
    RadionuclideAngiocardiography,
    RadionuclideLocalizationOfTumor,
    RadionuclideLocalizationOfTumorLimitedArea,
    RadionuclideMyocardialPerfusionStudy,
    RadionuclideStudyForLocalizationOfInflammatoryDisease,
    RadionuclideVentriculography,
    RadiopharmaceuticalAdverseReaction,
    Radiotherapy,
    Radium223Dichloride,
    RadiusAndUlna,
    Radius_131190003,
    Radius_62413002,
    Rafert,
    RafertLong,
    Raloxifene,
    RampProtocol,
    RangeOfLowerMeasurementUncertainty,
    RangeOfMeasurementUncertainty,
    RangeOfUpperMeasurementUncertainty,
    Rash,
    RastelliInterventricularTunnel,
    RastelliOperation,
    Ratio,
    RatioOfAorticValveAccelerationTimeToEjectionTime,
    RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave,
    RatioOfPulmonicValveAccelerationTimeToEjectionTime,
    Rattus,
    RattusNorvegicus,
    RaynaudDisease,
    RecentMyocardialInfarction,
    RecoveryRoom,
    RectalCatheter,
    RectalMass,
    RectalTemperature,
    RectalTube,
    Rectum,
    Recumbent,
    RecurrenceOfTumor,
    Recurrent,
    RecurrentAnginaPostCABG,
    RecurrentAnginaPostDCA,
    RecurrentAnginaPostPTCA,
    RecurrentAnginaPostRotationalAtherectomy,
    RecurrentAnginaPostStent,
    Red,
    RedFree,
    RedOpticalFilter,
    ReductionMammoplasty,
    RefractiveError,
    Regional,
    RegionalAnesthesia,
    RegionalCalcificationDistribution,
    RegionalLymphNode,
    Registrar,
    RegurgitantFlow,
    RegurgitantFraction,
    Regurgitation,
    Rehabilitation,
    Remifentanil,
    RemovalOfBreastImplant,
    RemovalOfCatheter,
    RemovalOfDevice,
    RemovalOfForeignBody,
    RemovalOfImplantSincePreviousMammogram,
    RenalArtery,
    RenalCellCarcinoma,
    RenalFailure,
    RenalHilarLymphNode,
    RenalPelvis,
    RenalStone,
    RenalVein,
    RepairByNailing,
    RepairOfCoarctationOfAorta,
    RepairOfDefectOfTheAtrioventricularSeptum,
    RepairOfTotalAnomalousPulmonaryVenousConnection,
    Representative,
    RequestByPhysician,
    Resident,
    ResolutionOfIschemia,
    RespirationAssessment,
    RespirationImpedanceWaveform,
    RespirationIntermittent,
    RespiratoryStimulant,
    Restenotic,
    RestingState,
    Restrictive,
    RestrictiveCardiomyopathy,
    ResurfacingOfTheFemoralHead,
    ResurfacingOfThePatella,
    Retina,
    RetinalThicknessAnalyzer,
    RetrocecalLymphNode,
    RetrogradeFlow,
    RetromolarTrigone,
    RetroperitonealLymphNode,
    Retroperitoneum,
    RetropharyngealLymphNode,
    RetropyloricLymphNode,
    RetrotrachealLymphNode,
    ReversibleMyocardialPerfusionDefect,
    RheinbergFilter,
    Rhese,
    RheumaticFever,
    Rheumatology,
    RhodamineBStain,
    RhodamineStain,
    Rhodium,
    Rib,
    Right,
    Right20DegreeDorsalLeftVentralOblique,
    Right20DegreeRostralLeftCaudalOblique,
    Right20DegreeVentralLeftDorsalOblique,
    Right30DegreeCaudalLeftRostralOblique,
    Right45DegreeDorsalLeftVentralOblique,
    Right45DegreeVentralLeftDorsalOblique,
    RightAnteriorApicalPeripheralZoneOfProstate,
    RightAnteriorApicalTransitionZoneOfProstate,
    RightAnteriorBasalPeripheralZoneOfProstate,
    RightAnteriorBasalTransitionZoneOfProstate,
    RightAnteriorMiddlePeripheralZoneOfProstate,
    RightAnteriorMiddleTransitionZoneOfProstate,
    RightAnteriorOblique_399108003,
    RightAnteriorOblique_399356000,
    RightApicalAnteriorFibromuscularStromaOfProstate,
    RightApicalPeripheralZoneOfProstate,
    RightApicalTransitionZoneOfProstate,
    RightAtrialPressure,
    RightAtrioventricularOstium,
    RightAtrium,
    RightAtriumPressureWaveform,
    RightAuricularAppendage,
    RightBasalAnteriorFibromuscularStromaOfProstate,
    RightBasalPeripheralZoneOfProstate,
    RightBasalTransitionZoneOfProstate,
    RightBranchOfAtrioventricularBundle,
    RightBranchOfHepaticArtery,
    RightBreast,
    RightBundleBranchBlock,
    RightCaudalLeftRostralOblique,
    RightCommonCarotidArtery,
    RightCoronaryArtery,
    RightCoronaryArteryOstium,
    RightCoronaryDominance,
    RightDorsalLeftVentralOblique,
    RightDowngaze,
    RightFemoralArtery,
    RightGaze,
    RightGlennShuntProcedure,
    RightHepaticVein,
    RightHypochondriacRegion,
    RightInguinalRegion,
    RightLateral,
    RightLateralDecubitus,
    RightLateralMiddlePeripheralZoneOfProstate,
    RightLateralProjection,
    RightLobeOfThyroid,
    RightLowerQuadrantOfAbdomen,
    RightLowerSegment,
    RightLumbarRegion,
    RightMainBranchOfPortalVein,
    RightMainBronchus,
    RightMiddleAnteriorFibromuscularStromaOfProstate,
    RightMiddleTransitionZoneOfProstate,
    RightOblique,
    RightPleura,
    RightPosteriorAVCoronaryArtery,
    RightPosteriorApicalTransitionZoneOfProstate,
    RightPosteriorBasalTransitionZoneOfProstate,
    RightPosteriorMiddleTransitionZoneOfProstate,
    RightPosteriorOblique_399038007,
    RightPosteriorOblique_399075002,
    RightPosterolateralApicalPeripheralZoneOfProstate,
    RightPosterolateralBasalPeripheralZoneOfProstate,
    RightPosterolateralMiddlePeripheralZoneOfProstate,
    RightPosteromedialApicalPeripheralZoneOfProstate,
    RightPosteromedialBasalPeripheralZoneOfProstate,
    RightPosteromedialMiddlePeripheralZoneOfProstate,
    RightPulmonaryArtery,
    RightPulmonaryVein,
    RightRostralLeftCaudalOblique,
    RightSeminalVesicle,
    RightSidedBidirectionalGlennShuntProcedure,
    RightSinusOfValsalva,
    RightSubclavianArtery,
    RightSuperiorVenaCava,
    RightToLeftCardiovascularShunt,
    RightUpgaze,
    RightUpperQuadrantOfAbdomen,
    RightUpperSegment,
    RightVentralLeftDorsalOblique,
    RightVentricle,
    RightVentricleBasalSegment,
    RightVentricleInflow,
    RightVentricleMidventricularSegment,
    RightVentricleOutflowTract,
    RightVentriclePressureWaveform,
    RightVentricleToPulmonaryArteryConduitAnastomosis,
    RightVentricularEndDiastolicPressure,
    RightVentricularIndexOfMyocardialPerformance,
    RightVentricularInflowTractView,
    RightVentricularOutflowTractView,
    RightVentricularPeakSystolicPressure,
    RightVentricularSystolicPressure,
    RightVentriculography,
    Robert,
    RolledInferior,
    RolledLateral,
    RolledMedial,
    RolledSuperior,
    RomanowskyStain,
    RomboSyndrome,
    RootOfAorta,
    Rosacea,
    RoseBengal,
    RoseBengalSodiumI131,
    RoseBengalStain,
    Rosenberg,
    RosolicAcidSodiumSaltStain,
    Rostral20DegreeDorsalCaudoventralOblique,
    Rostral30DegreeVentralCaudodorsal,
    Rostrocaudal,
    RostrodorsalCaudoventralOblique,
    RostroventralCaudodorsal,
    RotationAction,
    RotationalAtherectomyDevice,
    RotationalAtherectomySpeed,
    RoundShape,
    RoundShapedCalcification,
    Routine,
    RoutineProcedure,
    RubidiumChlorideRb82,
    RuptureOfBreastImplant,
    RupturedAneurysm,
    RupturedSinusOfValsalva,
    SPECT,
    SPMIPositiveStressForIschemia,
    STDepression,
    STElevation,
    STElevationMyocardialInfarction,
    STIntervalNormal,
    SaccularAneurysm,
    SacralLymphNode,
    SacroCoccygealSpine,
    SacroiliacJoint,
    Sacrum,
    SaffronStain,
    SafraninStain,
    Sagittal,
    SagittalObliqueAxial_399273000,
    SagittalObliqueAxial_399325008,
    Saline,
    SalineBagProsthesisForImagingProcedure,
    SalineThrombectomy,
    SalivaryGland,
    SalvageProcedure,
    SamplingOfTissueSpecimen,
    SanoProcedure,
    SaphenofemoralJunction,
    SaphenopoplitealJunction,
    SaphenousVein,
    Sarcoma,
    SarcomaOfSoftTissue,
    ScaleneLymphNode,
    ScalenousAnteriorMuscle,
    Scalp,
    ScalpEEG,
    ScanningLaserOphthalmoscope,
    ScanningLaserPolarimeter,
    Scaphoid,
    Scapula,
    ScarTissue,
    ScatteredFibroglandularDensities,
    Schuller,
    Sclera,
    SclerosingAdenosis,
    Scraping,
    Screening,
    Scrotum,
    ScrubNurse,
    SebaceousCystOfSkinOfBreast,
    SecondDegreeAtrioventricularBlock,
    SecondIntercostalSpace,
    SecondLumbarArtery,
    SecondMolarRegion,
    SecondPremolarRegion,
    SecondarySTTAbnormality,
    SecretoryJuvenileCarcinomaOfTheBreast,
    Sedation,
    Sedative,
    SegmentOfLung,
    Segmental,
    SegmentalArtery,
    SegmentalCalcificationDistribution,
    SegmentalLymphNodeOfTheLung,
    SegmentectomyBreastSample,
    SelectiveEmbolizationOfArtery,
    Selenium75HCAT,
    SelenomethionioneSe75,
    SemiErect,
    SemiProne,
    SeminalVesicle,
    SensationOfBeingWarm,
    SentinelLymphNodeBiopsy,
    Sepsis,
    Seroma,
    SerpentineAneurysm,
    SerratusAnteriorMuscle,
    SerumAlanineAminotransferaseLevelRaised,
    SerumAlbuminBelowReferenceRange,
    SerumBilirubinRaised,
    SesamoidBonesOfFoot,
    Sessile,
    Settegast,
    SeventhIntercostalSpace,
    Severe,
    SevereHypokinesis,
    SevereThrombus,
    SeverelyDisabled,
    SeverelyElevated,
    SeverelyIll,
    Sevoflurane,
    ShaftOfFemur,
    ShaftOfHumerus,
    ShaftOfRadius,
    ShaftOfRib,
    ShaftOfTibia,
    ShaftOfUlna,
    Shaking,
    ShallowBreathing,
    Shape,
    Sheath,
    ShieldingBlock,
    Short,
    ShortAxis,
    Shoulder,
    SigmoidColon,
    SigmoidLymphNode,
    SignetRingCellCarcinoma,
    SignificanceUndetermined,
    Significant,
    SignificantCoronaryBypassGraftDisease,
    SilentIschemia,
    Silicon,
    Silicone,
    SiliconeGelImplant,
    SiliconeOil,
    Silver,
    SilverNitrateStain,
    SilverStain,
    SingleBeats,
    SingleEvent,
    SingleVesselCoronaryArteryDisease,
    SinoAtrialNode,
    SinusNodeRecoveryTimeEvaluationOf,
    SiriusRedF3BStain,
    Sitting,
    SixthIntercostalSpace,
    SixthLumbarArtery,
    SkeletalMuscle,
    SkeletalMuscleRelaxant,
    Skin,
    SkinConditionAssessment,
    SkinLesion,
    SkinOfAbdomen,
    SkinOfAlaNasi,
    SkinOfAntecubitalFossa,
    SkinOfAnteriorPortionOfNeck,
    SkinOfAnteriorSurfaceOfForearm,
    SkinOfAnteriorSurfaceOfKnee,
    SkinOfAnteriorSurfaceOfLowerLeg,
    SkinOfAnteriorSurfaceOfThigh,
    SkinOfAnteriorSurfaceOfThorax,
    SkinOfAnteriorSurfaceOfUpperArm,
    SkinOfAnteriorTrunk,
    SkinOfAntitragus,
    SkinOfAnus,
    SkinOfAreola,
    SkinOfAxilla,
    SkinOfBack,
    SkinOfBackOfUpperThoracicRegion,
    SkinOfButtock,
    SkinOfCavityOfConcha,
    SkinOfCheek,
    SkinOfChest,
    SkinOfChin,
    SkinOfClitoris,
    SkinOfCrusOfHelix,
    SkinOfDigitOfHand,
    SkinOfDorsalAreaOfWrist,
    SkinOfEar,
    SkinOfEarLobule,
    SkinOfEpigastricArea,
    SkinOfExternalAuditoryCanal,
    SkinOfExternalGenitalia,
    SkinOfEyeRegion,
    SkinOfEyebrow,
    SkinOfFace,
    SkinOfFoot,
    SkinOfForehead,
    SkinOfGlansPenis,
    SkinOfGlutealFold,
    SkinOfHand,
    SkinOfHead,
    SkinOfHeel,
    SkinOfHelixOfEar,
    SkinOfHypogastricRegion,
    SkinOfHypothenarRegionOfPalm,
    SkinOfInfraclavicularRegion,
    SkinOfInguinalRegion,
    SkinOfIntertragalIncisure,
    SkinOfJawline,
    SkinOfLabium,
    SkinOfLabiumMajus,
    SkinOfLabiumMinus,
    SkinOfLateralAspectOfAnkle,
    SkinOfLateralBorderOfSoleOfFoot,
    SkinOfLateralCanthus,
    SkinOfLateralPartOfHeel,
    SkinOfLateralPortionOfNeck,
    SkinOfLip,
    SkinOfLowerAbdomen,
    SkinOfLowerBack,
    SkinOfLowerChestWall,
    SkinOfLowerExtremity,
    SkinOfLowerEyelid,
    SkinOfLowerLip,
    SkinOfMedialAspectOfAnkle,
    SkinOfMedialBorderOfSoleOfFoot,
    SkinOfMedialCanthus,
    SkinOfMedialPartOfHeel,
    SkinOfMedialSurfaceOfThigh,
    SkinOfNasolabialFold,
    SkinOfNeck,
    SkinOfNipple,
    SkinOfNose,
    SkinOfNuchalRegion,
    SkinOfOccipitalRegion,
    SkinOfPalmOfHand,
    SkinOfPalmarAreaOfWrist,
    SkinOfParietalRegion,
    SkinOfPartOfDorsalSurfaceOfHand,
    SkinOfPenis,
    SkinOfPerineum,
    SkinOfPerioralRegionOfFace,
    SkinOfPhiltrum,
    SkinOfPoplitealFossa,
    SkinOfPostauricularRegion,
    SkinOfPosteriorSurfaceOfElbow,
    SkinOfPosteriorSurfaceOfForearm,
    SkinOfPosteriorSurfaceOfLowerLeg,
    SkinOfPosteriorSurfaceOfThigh,
    SkinOfPosteriorSurfaceOfThorax,
    SkinOfPosteriorSurfaceOfUpperArm,
    SkinOfPreauricularRegion,
    SkinOfPrepuceOfClitoris,
    SkinOfRootOfPenis,
    SkinOfScalp,
    SkinOfScrotum,
    SkinOfShaftOfPenis,
    SkinOfSideOfNose,
    SkinOfSubmentalArea,
    SkinOfSupraclavicularRegionOfNeck,
    SkinOfTemporalRegion,
    SkinOfThenarRegionOfPalm,
    SkinOfTipOfNose,
    SkinOfToe,
    SkinOfTragus,
    SkinOfUmbilicus,
    SkinOfUpperAbdomen,
    SkinOfUpperExtremity,
    SkinOfUpperEyelid,
    SkinOfUpperLip,
    SkinOfUpperTrunk,
    SkinOfVertexOfScalp,
    SkinRetractionOfBreast,
    SkinThickeningOfBreast,
    Skull,
    SleepEEG,
    Slide,
    SlideOverviewLens,
    SlitLampBiomicroscope,
    Small,
    SmallCardiacVein,
    SmallCellCarcinoma,
    SmallIntestine,
    SmallestCardiacVein,
    SmearProcedure,
    SmearSample,
    Smooth,
    SodiumAcetrizoate,
    SodiumChlorideNa22,
    SodiumChlorideNa24,
    SodiumChromateCr51,
    SodiumDiprotrizoate,
    SodiumFluorideF18,
    SodiumIodideI123,
    SodiumIodideI124,
    SodiumIodideI131,
    SodiumIodipamide,
    SodiumIodomethamate,
    SodiumPertechnetateTc99m,
    SodiumPhosphateP32,
    SodiumTyropanoate,
    SoftPalate,
    SoftTissue,
    SolarDegeneration,
    SolealVein,
    SolochromeAzurineBSStain,
    SolochromeBlack6BStain,
    SolochromeCyanineRStain,
    SolochromeDarkBlueStain,
    SolubleBerlinBlueStain,
    SpatialAndRelationalConcept,
    SpatialCollocationAnalysis,
    SpatialProximityAnalysis,
    SpecimenClearing,
    SpecimenCollection,
    SpecimenContainer,
    SpecimenContainerLid,
    SpecimenDehydration,
    SpecimenFreezing,
    SpecimenFromBreastByIncisionalBiopsyOfBreastMass,
    SpecimenFromBreastObtainedByCoreNeedleBiopsy,
    SpecimenFromBreastObtainedByExcision,
    SpecimenFromBreastObtainedByImageGuidedCoreBiopsy,
    SpecimenFromBreastObtainedByTotalMastectomy,
    SpecimenFromBreastStereotacticallyGuidedCoreNeedleBiopsy,
    SpecimenMicrowaveHeating,
    SpecimenProcessing,
    SpecimenRadiographyOfBreast,
    SpecimenReceiving,
    SpecimenSteamHeating,
    SpecimenVial,
    SpecimenWell,
    SpecularMicroscope,
    SpeechAndLanguageTherapy,
    SphenoidBone,
    SpiculatedLesion,
    SpinalAnesthesia,
    SpinalCerebrospinalFluidPathway,
    SpinalCord,
    SpinalCordGrayMatter,
    SpinalCordWhiteMatter,
    SpinalisMuscle,
    SpindleCellCarcinoma,
    SpindleCellNodule,
    Spine,
    SpinousProcessOfVertebra,
    SpiperoneF18,
    SpiralAcquisition,
    SpiritSolubleAnilineBlueStain,
    SpiritSolubleEosinStain,
    Spleen,
    SplenicArtery,
    SplenicFlexureOfColon,
    SplenicLymphNode,
    SplenicVein,
    SpleniumOfCorpusCallosum,
    SporeStain,
    SpotCompression,
    SquamousCellCarcinoma,
    SquamousCellCarcinomaOfAnus,
    SquamousCellCarcinomaOfHeadAndNeck,
    SquamousCellCarcinomaOfLaryngealCartilage,
    SquamousCellCarcinomaOfLung,
    SquamousCellCarcinomaOfMouth,
    SquamousCellCarcinomaOfSkin,
    StableAngina,
    Stage0,
    Stage1,
    Stage2,
    Stage3,
    Stage4,
    Stage5,
    StagingIntent,
    Staining,
    StainlessSteelMaterial,
    StandardDeviation,
    Standing,
    Staple,
    StaticCatheterMethod,
    Statins,
    Staunig,
    Steady,
    Stecher,
    Stenosis_415582006,
    Stenosis_44241007,
    Stenotic,
    StenoticLesionLength,
    Stent,
    StentCrossSectionalArea,
    StentDiameter,
    StentLength,
    StentPlacement,
    StentVolume,
    Stented,
    Stenvers,
    SternalAngle,
    SternalSkin,
    SternoclavicularJoint,
    SternocleidomastoidMuscle,
    Sternum,
    Steroid,
    Stiffle,
    StomaAppliance,
    Stomach,
    StoopedOver,
    Streptokinase,
    StressTestUsingBicycleErgometer,
    StressTestUsingCardiacPacing,
    StressThalliumProcedure,
    Stretcher,
    Stroke,
    StrokeIndex,
    StrokeVolume,
    StrontiumChlorideSr85,
    StrontiumChlorideSr87,
    StrontiumChlorideSr89,
    StrontiumNitrateSr85,
    StrontiumNitrateSr87,
    StructureSinusOfValsalva,
    Stryker,
    Subacute,
    SubacuteBacterialEndocarditis,
    SubaorticCommonIliacLymphNode,
    SubarachnoidSpace,
    SubareolarRegion,
    Subcapsular,
    SubcarinalLymphNode,
    SubclavianArtery,
    SubclavianLymphNode,
    SubclavianVein,
    SubcostalLongAxis,
    SubcostalMuscle,
    SubcostalObliqueCoronalView,
    SubcostalShortAxis,
    SubcostalShortAxisViewAtAorticValveLevel,
    SubcostalShortAxisViewAtMitralValveLevel,
    SubcostalShortAxisViewAtPapillaryMuscleLevel,
    SubcostalShortAxisViewAtVenousInflowLevel,
    SubcostalViewOfCardiacOutletsDirectedAnteriorly,
    Subcostal_19695001,
    Subcostal_264208000,
    SubcutaneousRoute,
    SubcutaneousTissue,
    SubdiaphragmaticUptake,
    SubmandibularArea,
    SubmandibularGland,
    SubmandibularLymphNode,
    Submental,
    SubmentalLymphNode,
    Submentovertical,
    Subpleural,
    SubpyloricLymphNode,
    SubscapularAxillaryLymphNode,
    SubscapularisMuscle,
    SubsegmentalLymphNodeOfTheLung,
    Substance,
    SubstantiaNigra,
    Subxiphoid,
    Succinylcholine,
    SudanBlackBStain,
    SudanBlackStain,
    SudanBlueStain,
    SudanIIIStain,
    SudanIIStain,
    SudanIVStain,
    SudanStain,
    Sufentanil,
    SulfonamideAntibiotic,
    SunsetYellowFCFStain,
    Superficial,
    SuperficialAnteriorCervicalLymphNode,
    SuperficialCervicalLymphNode,
    SuperficialFemoralArtery,
    SuperficialFemoralVein,
    SuperficialInguinalLymphNode,
    SuperficialIntraparotidLymphNode,
    SuperficialLateralCervicalLymphNode,
    SuperficialLymphNode,
    SuperficialPalmarArch,
    SuperficialPalmarVenousArch,
    SuperficialParotidLymphNode,
    SuperficialPoplitealLymphNode,
    SuperficialTemporalArtery,
    Superior,
    SuperiorArticularFacetOfAxis,
    SuperiorArticularProcessOfVertebra,
    SuperiorCerebellarPeduncle,
    SuperiorFrontoOccipitalFasciculus,
    SuperiorGlutealLymphNode,
    SuperiorLateralInguinalLymphNode,
    SuperiorLeftPulmonaryVein,
    SuperiorLongitudinalFasciculus,
    SuperiorMedialInguinalLymphNode,
    SuperiorMediastinalLymphNode,
    SuperiorMesentericArtery,
    SuperiorMesentericLymphNode,
    SuperiorMesentericVein,
    SuperiorPancreaticLymphNode,
    SuperiorPancreaticoduodenalLymphNode,
    SuperiorPhrenicArtery,
    SuperiorRectalLymphNode,
    SuperiorRightPulmonaryVein,
    SuperiorThyroidArtery,
    SuperiorTracheobronchialLymphNode,
    SuperiorVenaCava,
    SupernumeraryDeciduousMandibularLeftCanineTooth,
    SupernumeraryDeciduousMandibularLeftCentralIncisorTooth,
    SupernumeraryDeciduousMandibularLeftFirstMolarTooth,
    SupernumeraryDeciduousMandibularLeftLateralIncisorTooth,
    SupernumeraryDeciduousMandibularLeftSecondMolarTooth,
    SupernumeraryDeciduousMandibularRightCanineTooth,
    SupernumeraryDeciduousMandibularRightCentralIncisorTooth,
    SupernumeraryDeciduousMandibularRightFirstMolarTooth,
    SupernumeraryDeciduousMandibularRightLateralIncisorTooth,
    SupernumeraryDeciduousMandibularRightSecondMolarTooth,
    SupernumeraryDeciduousMaxillaryLeftCanineTooth,
    SupernumeraryDeciduousMaxillaryLeftCentralIncisorTooth,
    SupernumeraryDeciduousMaxillaryLeftFirstMolarTooth,
    SupernumeraryDeciduousMaxillaryLeftLateralIncisorTooth,
    SupernumeraryDeciduousMaxillaryLeftSecondMolarTooth,
    SupernumeraryDeciduousMaxillaryRightCanineTooth,
    SupernumeraryDeciduousMaxillaryRightCentralIncisorTooth,
    SupernumeraryDeciduousMaxillaryRightFirstMolarTooth,
    SupernumeraryDeciduousMaxillaryRightLateralIncisorTooth,
    SupernumeraryDeciduousMaxillaryRightSecondMolarTooth,
    SupernumeraryPermanentMandibularLeftCanineTooth,
    SupernumeraryPermanentMandibularLeftCentralIncisorTooth,
    SupernumeraryPermanentMandibularLeftFirstMolarTooth,
    SupernumeraryPermanentMandibularLeftFirstPremolarTooth,
    SupernumeraryPermanentMandibularLeftLateralIncisorTooth,
    SupernumeraryPermanentMandibularLeftSecondMolarTooth,
    SupernumeraryPermanentMandibularLeftSecondPremolarTooth,
    SupernumeraryPermanentMandibularLeftThirdMolarTooth,
    SupernumeraryPermanentMandibularRightCanineTooth,
    SupernumeraryPermanentMandibularRightCentralIncisorTooth,
    SupernumeraryPermanentMandibularRightFirstMolarTooth,
    SupernumeraryPermanentMandibularRightFirstPremolarTooth,
    SupernumeraryPermanentMandibularRightLateralIncisorTooth,
    SupernumeraryPermanentMandibularRightSecondMolarTooth,
    SupernumeraryPermanentMandibularRightSecondPremolarTooth,
    SupernumeraryPermanentMandibularRightThirdMolarTooth,
    SupernumeraryPermanentMaxillaryLeftCanineTooth,
    SupernumeraryPermanentMaxillaryLeftCentralIncisorTooth,
    SupernumeraryPermanentMaxillaryLeftFirstMolarTooth,
    SupernumeraryPermanentMaxillaryLeftFirstPremolarTooth,
    SupernumeraryPermanentMaxillaryLeftLateralIncisorTooth,
    SupernumeraryPermanentMaxillaryLeftSecondMolarTooth,
    SupernumeraryPermanentMaxillaryLeftSecondPremolarTooth,
    SupernumeraryPermanentMaxillaryLeftThirdMolarTooth,
    SupernumeraryPermanentMaxillaryRightCanineTooth,
    SupernumeraryPermanentMaxillaryRightCentralIncisorTooth,
    SupernumeraryPermanentMaxillaryRightFirstMolarTooth,
    SupernumeraryPermanentMaxillaryRightFirstPremolarTooth,
    SupernumeraryPermanentMaxillaryRightLateralIncisorTooth,
    SupernumeraryPermanentMaxillaryRightSecondMolarTooth,
    SupernumeraryPermanentMaxillaryRightSecondPremolarTooth,
    SupernumeraryPermanentMaxillaryRightThirdMolarTooth,
    SuperolateralToInferomedialOblique,
    Supination,
    SupineBodyPosition,
    SupportiveIntent,
    SupraRenalAorta,
    SupraclavicularLymphNode,
    SupraclavicularRegionOfNeck,
    Supraglottis,
    SuprapulmonicValveArea,
    SuprapyloricLymphNode,
    SupraspinatusMuscle,
    SuprasternalCoronalView,
    SuprasternalLongAxis,
    SuprasternalLongAxisViewOfAorticArch,
    SuprasternalNotch,
    SuprasternalSagittalView,
    SuprasternalShortAxis,
    SupraventricularTachycardia,
    Surface,
    SurfaceBolus,
    Surgeon,
    Surgery,
    Surgical,
    SurgicalIntensiveCare,
    SurgicalProcedure,
    SurgicalScar,
    Sus,
    SusScrofa,
    Suspected,
    Suspended,
    Suture,
    SwannGanzCatheter,
    Swanson,
    Sweating,
    Swelling,
    SympatheticTrunk,
    SymphysisPubis,
    SymptomFree,
    SymptomHasChanged,
    Syncope,
    Syringe_61968008,
    Syringe_733020007,
    Systemic,
    SystemicArtery,
    SystemicArteryBlood,
    SystemicCollateralArteryToLung,
    SystemicVascularResistance,
    SystemicVascularStructure,
    SystemicVein,
    SystemicVenousAtrium,
    Systole,
    T10T11Disc,
    T10Vertebra,
    T11T12Disc,
    T11Vertebra,
    T12L1Disc,
    T12Vertebra,
    T1T2Disc,
    T1Vertebra,
    T2T3Disc,
    T2Vertebra,
    T3T4Disc,
    T3Vertebra,
    T4T5Disc,
    T4Vertebra,
    T5T6Disc,
    T5Vertebra,
    T6T7Disc,
    T6Vertebra,
    T7T8Disc,
    T7Vertebra,
    T8T9Disc,
    T8Vertebra,
    T9T10Disc,
    T9Vertebra,
    Table,
    TachycardiaBradycardia,
    TakingOfSwab,
    Talus,
    Tamoxifen,
    Tangential,
    Tantalum,
    TapWater,
    TapetumOfCorpusCallosum,
    TargetHeartRateAchieved,
    Tarrant,
    TarsalJoint,
    Tarsus,
    TartrazineStain,
    TasteSenseAltered,
    Taylor,
    Technetium99mGalactosylHumanSerumAlbuminDiethylenetriamine,
    Technetium99mLabeledCarbon,
    Technetium99mMercaptoacetylTriglycineMAG3,
    Technetium99mNPyridoxyl5Methyltryptophan,
    Technetium99mPhytate,
    Technetium99mStannousColloid,
    TechnetiumTc99cAlbuminMicrospheres,
    TechnetiumTc99mAggregatedAlbumin,
    TechnetiumTc99mBicisate,
    TechnetiumTc99mDepreotide,
    TechnetiumTc99mDisofenin,
    TechnetiumTc99mExametazime,
    TechnetiumTc99mIronAscorbate,
    TechnetiumTc99mLidofenin,
    TechnetiumTc99mMebrofenin,
    TechnetiumTc99mMedronate,
    TechnetiumTc99mMicroaggregatedAlbumin,
    TechnetiumTc99mNSubstitutedIminodiacetate,
    TechnetiumTc99mOxidronate,
    TechnetiumTc99mPentetate,
    TechnetiumTc99mPyrophosphate,
    TechnetiumTc99mSerumAlbumin,
    TechnetiumTc99mSestamibi,
    TechnetiumTc99mSodiumGlucoheptonate,
    TechnetiumTc99mStannousEtidronate,
    TechnetiumTc99mSuccimer,
    TechnetiumTc99mSulfurColloid,
    TechnetiumTc99mTaggedRedCells,
    TechnetiumTc99mTeboroxime,
    TechnetiumTc99mTetrofosmin,
    TeethGumsAndSupportingStructures,
    TelangiectasiaCutaneousCancerSyndromeFamilial,
    Telencephalon,
    TemperatureWaveform,
    TemporalBone,
    TemporalCorrelation,
    TemporalLobe,
    TemporaryTranscutaneousPacing,
    TemporomandibularJoint,
    Tendon,
    TendonOfRotatorCuffOfShoulder,
    TendonOfTodaro,
    TenthIntercostalSpace,
    TeresMajorMuscle,
    TeresMinorMuscle,
    TerminalDeoxynucleotidylTransferaseStain,
    TerminalInternalCarotidArtery,
    TesticularArtery,
    TesticularVein,
    Testis,
    TetracyclineAntibiotic,
    TetralogyOfFallot,
    Teufel,
    Thalamus_119406000,
    Thalamus_42695009,
    Thallium201,
    ThallousChlorideTl201,
    TheilerMurineEncephalomyelitisVirus,
    TherapeuticIntent,
    TherapeuticProcedure,
    TherapeuticRadioisotope,
    ThermalBath,
    ThermalCardiacOutputWaveform,
    ThermalInline,
    ThermistorCatheter,
    ThermistorCatheterMethod,
    ThermoluminescentRadiationDosimeter,
    Thiamylal,
    Thigh,
    ThighPerforator,
    ThioflavineSStain,
    ThioflavineTStain,
    ThionineStain,
    Thiopental,
    ThirdDegreeAtrioventricularBlock,
    ThirdIntercostalSpace,
    ThirdLumbarArtery,
    ThirdMolarRegion,
    ThirdVentricle,
    Thoracentesis,
    ThoracicAorta,
    ThoracicAorticCoarctation,
    ThoracicDuct,
    ThoracicInlet,
    ThoracicSpine,
    ThoracicSurgery,
    ThoracoLumbarSpine,
    Thorax,
    ThrombinPreparation,
    ThrombolyticAgent,
    ThrombolyticTherapy,
    ThrombophlebitisOfBreastMondorDisease,
    Thromboplastin,
    ThrombosedAneurysm,
    Thrombosis_118927008,
    Thrombosis_264579008,
    Thrombus,
    Thumb,
    ThymidineF18,
    Thymus,
    ThyrocervicalTrunk,
    Thyroid,
    ThyroidHormone,
    ThyroidIsthmus,
    ThyroidNodule,
    ThyroidPart,
    Tibia,
    TibiaAndFibula,
    TibialArtery,
    TibialLymphNode,
    TibialPlateau,
    Tiletamine,
    Tin,
    TipManometer,
    TipManometerMethod,
    Tissue,
    TissueCassette,
    TissueDopplerImaging,
    TissueFreezingMedium,
    TissueMicroarrayCassette,
    TissueSection,
    TissueSpecimen,
    TissueSpecimenFromBreast,
    TissueSpot,
    TitanYellowStain,
    Titanium,
    Titterington,
    TobaccoSmokingBehavior,
    Toe,
    TolazolineHydrocholoride,
    ToluidineBlueStain,
    Tongue,
    TonsilAndAdenoid,
    Tooth,
    TopicalChemotherapyForMalignantNeoplasm,
    TopicalLocalAnesthesia,
    TopicalRoute,
    TopographicalModifier,
    Torsion,
    Tortuosity,
    Tortuous,
    Total,
    TouchPreparation,
    TouchPreparationCytologicMaterial,
    Towne,
    Toxin,
    TrabeculaeCarnae,
    TrabecularThickeningOfBreast,
    Trachea,
    TracheaAndBronchus,
    TracheobronchialLymphNode,
    TracheobronchialLymphNodeLocatedNearCarina,
    Tracheotomy,
    TractionAction,
    TransAbdominal,
    TransEsophageal,
    TransGastric,
    TransHepatic,
    TransMural,
    TransOrbital,
    TransPancreatic,
    TransPleural,
    TransRectal,
    TransRenal,
    TransSplenic,
    TransTemporal,
    TransThecal,
    TransUrethral,
    TransVaginal,
    TransVesical,
    TranscatheterDeploymentOfDetachableBalloon,
    TranscatheterTherapyForEmbolization,
    TransesophagealEchocardiography,
    TransesophagealShortAxisView,
    Transfer,
    Transforamenal,
    TransientLimbParalysis,
    TransitionZoneOfTheProstate,
    TransitionalCellCarcinoma,
    TransjugularIntrahepaticPortosystemicShunt,
    TransluminalExtractionCatheterTEC,
    Transoral,
    Transorbital,
    TransplantSurgery,
    TransseptalCatheter,
    TransseptalCatheterization,
    Transthoracic,
    TransthoracicEchocardiography,
    TranstrachealJetVentilation,
    TransverseAorticArch,
    TransverseColon,
    TransverseProcessOrVertebra,
    Transverse_399220000,
    Transverse_62824007,
    TransversusThoracis,
    TrapeziusMuscle,
    TraumaSurgery,
    TraumaticAbnormality,
    TraumaticAneurysm,
    Treadmill,
    Trendelenburg,
    Tretinoin,
    Tribromoethanol,
    TrichromeStain,
    TricuspidAnnulus,
    TricuspidDiastolicFillingPeriodDfpt,
    TricuspidRegurgitation,
    TricuspidValve,
    TricuspidValveArea,
    TricuspidValveClosureToOpeningTime,
    TricuspidValveDisease,
    TricuspidValveFlow,
    TricuspidValvePullbackPressureWaveform,
    TrigeminalNerve,
    TripleVesselCoronaryArteryDisease,
    TrochlearNerve,
    TropaeolinOOStain,
    TropaeolinOStain,
    TropicalMedicine,
    Tropicamide,
    TruncalValveStructure,
    TruncusArteriosusCommunis,
    TruncusCoeliacus,
    Trunk,
    TrunkAngiography,
    TrunkOfPulmonaryArtery,
    TrypanBlue,
    Tuarine,
    TubalTonsil,
    Tube,
    TubercleOfRib,
    TubularAdenocarcinoma,
    TubularAdenoma,
    TubularDensity,
    Tumor,
    TumorNecrosisFactorAlpha,
    TumorOfColon,
    Tungsten,
    TungstenHalogenLamp,
    Twining,
    TwoChamber,
    TypicalAngina,
    Ulcer,
    Ulcerated,
    Ulcerative,
    Ulna,
    UlnarArtery,
    UlnarVein,
    UltrasonicGuidanceForAmniocentesis,
    UltrasonicGuidanceProcedure,
    Ultrasonography,
    UltrasonographyOfBreast,
    UltrasonographyOfTotalBody,
    UltrasoundCouplingGel,
    UltrasoundScanNormal,
    Ultraviolet,
    UltravioletOpticalFilter,
    UmbilicalArtery,
    UmbilicalCord,
    UmbilicalRegion,
    UmbilicalVein_13576009,
    UmbilicalVein_284639000,
    UncementedComponentFixation,
    UncertainRisk,
    UncinateFasciculus,
    Uncle,
    UncorrectedVisualAcuity,
    Undetermined,
    UnifocalPvcs,
    Unilateral,
    Unknown,
    UnstableAngina,
    Up,
    UpperAbdomen,
    UpperArm,
    UpperDeepCervicalLymphNode,
    UpperEyelid,
    UpperGastroIntestinalTract,
    UpperInnerQuadrantOfBreast,
    UpperJugularLymphNode,
    UpperLimb,
    UpperLimbLymphNode,
    UpperLobeOfLung,
    UpperOuterQuadrantOfBreast,
    UpperParatrachealLymphNode,
    UpperUrinaryTract,
    UpperZoneOfLung,
    UpwardGaze,
    Ureter,
    UreteralStent,
    Urethane,
    Urethra,
    UrethralCatheter,
    UrgentProcedure,
    UricAcid,
    UrinarySystem,
    UrinaryTract,
    Urine,
    UrokinasePreparation,
    Urology,
    UrostomyBag,
    UterineArtery,
    UterineParacervicalLymphNode,
    UterineVein,
    Uterus,
    UterusAndFallopianTubes,
    Uvula,
    V0IncompleteNeedAdditionalImagingEvaluationPriors,
    V0NoPerfusion,
    V103Palladium,
    V106Ruthenium,
    V10OClockPosition,
    V10thPercentileValueOfPopulation,
    V111Indium,
    V113mIndium,
    V11Carbon,
    V11OClockPosition,
    V123Iodine,
    V124Iodine,
    V125Iodine,
    V127Xenon,
    V12LeadECG,
    V12OClockPosition,
    V131Cesium,
    V131Iodine,
    V133Barium,
    V133Xenon,
    V137Cesium,
    V13Nitrogen,
    V14Carbon,
    V14Oxygen,
    V153Gadolinium,
    V153Samarium,
    V15LeadECG,
    V15Oxygen,
    V169Ytterbium,
    V177Lutetium,
    V178Tantalum,
    V186Rhenium,
    V188Rhenium,
    V18Fluorine,
    V18LeadECG,
    V192Iridium,
    V198Gold,
    V199Gold,
    V1Negative,
    V1OClockPosition,
    V1PenetrationWithoutPerfusion,
    V1SigmaLowerValueOfPopulation,
    V1SigmaUpperValueOfPopulation,
    V1stDiagonalCoronaryArtery,
    V1stLeftPosterolateralCoronaryArtery,
    V1stMarginalCoronaryArtery,
    V1stRightPosterolateralCoronaryArtery,
    V1stSeptalCoronaryArtery,
    V201Thallium,
    V203Lead,
    V222Radon,
    V223Radium,
    V226Radium,
    V22Sodium,
    V24Sodium,
    V252Californium,
    V2Benign,
    V2DMode,
    V2OClockPosition,
    V2PartialPerfusion,
    V2SigmaLowerValueOfPopulation,
    V2SigmaUpperValueOfPopulation,
    V2ndDiagonalCoronaryArtery,
    V2ndLeftPosterolateralCoronaryArtery,
    V2ndMarginalCoronaryArtery,
    V2ndRightPosterolateralCoronaryArtery,
    V32Phosphorus,
    V38Potassium,
    V3CompletePerfusion,
    V3DMode,
    V3OClockPosition,
    V3ProbablyBenign,
    V3rdDiagonalCoronaryArtery,
    V3rdLeftPosterolateralCoronaryArtery,
    V3rdMarginalCoronaryArtery,
    V3rdRightPosterolateralCoronaryArtery,
    V42Potassium,
    V43Potassium,
    V45Titanium,
    V4OClockPosition,
    V4Suspicious,
    V51Chromium,
    V52Iron,
    V52Manganese,
    V57Cobalt,
    V58Cobalt,
    V59Iron,
    V5HighlySuggestiveOfMalignancy,
    V5OClockPosition,
    V5thPercentileValueOfPopulation,
    V60Cobalt,
    V60Copper,
    V61Copper,
    V62Copper,
    V62Zinc,
    V64Copper,
    V66Gallium,
    V67Copper,
    V67Gallium,
    V68Gallium,
    V68Germanium,
    V6OClockPosition,
    V72Arsenic,
    V73Selenium,
    V75Bromine,
    V75Selenium,
    V76Bromine,
    V77Bromine,
    V7OClockPosition,
    V81mKrypton,
    V82Rubidium,
    V85Krypton,
    V85Strontium,
    V86Yttrium,
    V87mStrontium,
    V89Strontium,
    V89Zirconium,
    V8OClockPosition,
    V90Strontium,
    V90Yttrium,
    V90thPercentileValueOfPopulation,
    V94mTechnetium,
    V95thPercentileValueOfPopulation,
    V97Ruthenium,
    V99mTechnetium,
    V9OClockPosition,
    VagalStimulation,
    Vagina,
    VaginalIntroitus,
    VaginalRoute,
    VagusNerve,
    Valdini,
    ValsalvaManeuver,
    ValvularEndocarditis,
    ValvularHeartDisease,
    VanGiesonStain,
    VanRosenProjection,
    VancomycinAntibiotic,
    VaricoseAneurysm,
    VasDeferens,
    VascularCalcification_129759000,
    VascularCalcification_237897009,
    VascularCoiling,
    VascularEndothelialGrowthFactor,
    VascularGraft,
    VascularResistance_251271006,
    VascularResistance_88619007,
    VascularSclerosis,
    VascularSurgery,
    VascularWallDegeneration,
    Vasculitis,
    Vasoconstriction,
    Vasoconstrictor,
    Vasodilatation,
    Vasodilator,
    VasovagalSyncope,
    Vein,
    VenaCava,
    VenaCavaFilter,
    VenaContracta,
    Venipuncture,
    VenousNetwork,
    Ventral20DegreeRostralDorsocaudalOblique,
    Ventral30DegreeLeftDorsalRightOblique,
    Ventral30DegreeRightDorsalLeftOblique,
    VentralFuniculus,
    VentralLeftDorsalRightOblique,
    VentralRightDorsalLeftOblique,
    Ventricle,
    VentricularAneurysm,
    VentricularArrhythmia,
    VentricularBigeminy,
    VentricularEffectiveRefractoryPeriodEvaluationOf,
    VentricularEjection,
    VentricularFibrillation,
    VentricularIsovolumicContraction,
    VentricularIsovolumicRelaxation,
    VentricularPacing,
    VentricularPreExcitation,
    VentricularPrematureContraction,
    VentricularSeptalDefect,
    VentricularSeptalDefectDeviceClosure,
    VentricularSystole,
    VentricularTachycardia,
    VentricularTachycardiaPolymorphic,
    VentricularVein,
    VentroDorsal,
    VentrorostralDorsocaudalOblique,
    Verapamil,
    VerhoeffHematoxylinStain,
    Vertebra,
    VertebralArtery,
    VertebralCanal,
    VertebralColumnAndCranium,
    VertebralForamen,
    VertexOfHead,
    Vertical,
    VerticalLongAxis,
    VerticalOccipitalFasciculus,
    Verticosubmental,
    VesicularLymphNode,
    VesselDepthFromSurface,
    VesselIntimalCrossSectionalDiameter,
    VesselIntimalDiameter,
    VesselLumenCrossSectionalArea,
    VesselLumenDiameter,
    VesselOrigin,
    VesselOutsideDiameter,
    VestibulocochlearNerve,
    ViaArmVein,
    ViaArtery,
    ViaBrachialArtery,
    ViaFemoralArtery,
    ViaFemoralVein,
    ViaRadialArtery,
    ViaTracheostomy,
    ViaVein,
    VictoriaBlue4RStain,
    VictoriaBlueBStain,
    VideoEEG,
    VioletOpticalFilter,
    Virus,
    VisualEstimation,
    VitalNewRedStain,
    VitalSignsMonitoring,
    Vitamin,
    VitellineArteryOfPlacenta,
    VitellineVeinOfPlacenta,
    Vitreous,
    VitreousOnly,
    VitreousOpacity,
    Volume,
    VolumeSupportVentilator,
    VomerBone,
    Vulva,
    VulvalVestibule,
    Wall,
    Warfarin,
    WarmerDevice,
    WarmingBlanket,
    WasteMaterial,
    Water,
    WaterBagProsthesisForImagingProcedure,
    WaterSolubleAnilineBlueStain,
    WaterSolubleAnthraceneBrownStain,
    WaterSolubleEosinStain,
    WaterSolubleNigrosineStain,
    Waters,
    Waveform,
    WaxolineBlueStain,
    WaysonStain,
    WeaklyPositive,
    Weal,
    WedgeMethod,
    WedgeShaped,
    WeightBearing,
    WellControlled,
    WellDefined,
    WestPoint,
    White,
    WhiteMatter,
    Width,
    WigbyTaylor,
    Wing,
    WithinNormalLimits,
    Wolf,
    WrightStain,
    WristJoint,
    XRayFilmCassetteManual,
    XRayShield,
    Xenon,
    Xenon133Gas,
    XenonArcLamp,
    XiphoidProcess,
    Xylazine,
    XyleneCyanolFFStain,
    Yellow,
    YellowGreenOpticalFilter,
    Yes,
    Yttrium,
    Yttrium90Microspheres,
    Zanelli,
    ZenkerFluid,
    ZiehlNeelsenStain,
    Zolazepam,
    Zygoma,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
