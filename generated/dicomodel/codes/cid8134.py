"""CID 8134 Anatomic Structure.

Extensible, version 20220115, UID 1.2.840.10008.6.1.1312.
Includes CID 4, CID 644, CID 645, CID 1002, CID 1004, CID 1005, CID 1006, CID 3010, CID 3011, CID 3015, CID 3016, CID 4028, CID 4029, CID 4209, CID 4211, CID 6149, CID 6115, CID 6116, CID 6117, CID 6129, CID 6204, CID 6210, CID 7152, CID 7153, CID 7154, CID 7155, CID 7156, CID 7160, CID 7167, CID 7304, CID 7483, CID 7600, CID 7601, CID 7710, CID 12020, CID 12021, CID 12022, CID 12023, CID 12103, CID 7602.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8134
NAME: _Final[str] = "Anatomic Structure"
KEYWORD: _Final[str | None] = "AnatomicStructure"
UID: _Final[str | None] = "1.2.840.10008.6.1.1312"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220115"
INCLUDES: _Final[tuple[int, ...]] = (
    4,
    644,
    645,
    1002,
    1004,
    1005,
    1006,
    3010,
    3011,
    3015,
    3016,
    4028,
    4029,
    4209,
    4211,
    6149,
    6115,
    6116,
    6117,
    6129,
    6204,
    6210,
    7152,
    7153,
    7154,
    7155,
    7156,
    7160,
    7167,
    7304,
    7483,
    7600,
    7601,
    7710,
    12020,
    12021,
    12022,
    12023,
    12103,
    7602,
)
EXTERNAL_SCHEME: _Final[str | None] = None

BrachialPlexus: _Final[_Code] = _Code("SCT", "36582005", "Brachial plexus", (8134,))
"""Brachial plexus (SCT 36582005)."""

Epididymis: _Final[_Code] = _Code("SCT", "87644002", "Epididymis", (8134,))
"""Epididymis (SCT 87644002)."""

InternalNose: _Final[_Code] = _Code("SCT", "53342003", "Internal nose", (4, 8134))
"""Internal nose (SCT 53342003)."""

Placenta: _Final[_Code] = _Code("SCT", "78067005", "Placenta", (8134,))
"""Placenta (SCT 78067005)."""

UmbilicalCord: _Final[_Code] = _Code("SCT", "29870000", "Umbilical cord", (8134,))
"""Umbilical cord (SCT 29870000)."""

Atrium: _Final[_Code] = _Code("SCT", "59652004", "Atrium", (4,))
"""Atrium (SCT 59652004). Included from CID 4."""

Axilla: _Final[_Code] = _Code("SCT", "91470000", "Axilla", (4,))
"""Axilla (SCT 91470000). Included from CID 4."""

Back: _Final[_Code] = _Code("SCT", "77568009", "Back", (4,))
"""Back (SCT 77568009). Included from CID 4."""

BroadLigament: _Final[_Code] = _Code("SCT", "34411009", "Broad ligament", (4,))
"""Broad ligament (SCT 34411009). Included from CID 4."""

Buttock: _Final[_Code] = _Code("SCT", "46862004", "Buttock", (4,))
"""Buttock (SCT 46862004). Included from CID 4."""

Calyx: _Final[_Code] = _Code("SCT", "2334006", "Calyx", (4,))
"""Calyx (SCT 2334006). Included from CID 4."""

Cheek: _Final[_Code] = _Code("SCT", "60819002", "Cheek", (4,))
"""Cheek (SCT 60819002). Included from CID 4."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007). Included from CID 4."""

Ear: _Final[_Code] = _Code("SCT", "117590005", "Ear", (4,))
"""Ear (SCT 117590005). Included from CID 4."""

EndoArterial: _Final[_Code] = _Code("SCT", "51114001", "Endo-arterial", (4, 3010, 3606, 7166))
"""Endo-arterial (SCT 51114001). Included from CID 4."""

EndoCardiac: _Final[_Code] = _Code(
    "SCT", "80891009", "Endo-cardiac", (4, 1004, 4031, 6100, 6149, 7152, 10044)
)
"""Endo-cardiac (SCT 80891009). Included from CID 4."""

EndoEsophageal: _Final[_Code] = _Code(
    "SCT", "32849002", "Endo-esophageal", (4, 4031, 6149, 7155, 7483, 10044)
)
"""Endo-esophageal (SCT 32849002). Included from CID 4."""

EndoNasopharyngeal: _Final[_Code] = _Code("SCT", "18962004", "Endo-nasopharyngeal", (4,))
"""Endo-nasopharyngeal (SCT 18962004). Included from CID 4."""

EndoRectal: _Final[_Code] = _Code(
    "SCT", "34402009", "Endo-rectal", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Endo-rectal (SCT 34402009). Included from CID 4."""

EndoRenal: _Final[_Code] = _Code(
    "SCT", "64033007", "Endo-renal", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Endo-renal (SCT 64033007). Included from CID 4."""

EndoUreteric: _Final[_Code] = _Code("SCT", "87953007", "Endo-ureteric", (4, 4031, 4040))
"""Endo-ureteric (SCT 87953007). Included from CID 4."""

EndoUrethral: _Final[_Code] = _Code("SCT", "13648007", "Endo-urethral", (4, 4031, 7483))
"""Endo-urethral (SCT 13648007). Included from CID 4."""

EndoVaginal: _Final[_Code] = _Code("SCT", "76784001", "Endo-vaginal", (4, 7160))
"""Endo-vaginal (SCT 76784001). Included from CID 4."""

EndoVascular: _Final[_Code] = _Code("SCT", "59820001", "Endo-vascular", (4, 6204, 7155, 7166))
"""Endo-vascular (SCT 59820001). Included from CID 4."""

EndoVenous: _Final[_Code] = _Code("SCT", "29092000", "Endo-venous", (4, 3010, 3496, 3607, 7166))
"""Endo-venous (SCT 29092000). Included from CID 4."""

EndoVesical: _Final[_Code] = _Code("SCT", "48367006", "Endo-vesical", (4,))
"""Endo-vesical (SCT 48367006). Included from CID 4."""

EpigastricRegion: _Final[_Code] = _Code("SCT", "27947004", "Epigastric region", (4,))
"""Epigastric region (SCT 27947004). Included from CID 4."""

Eyelid: _Final[_Code] = _Code("SCT", "80243003", "Eyelid", (4, 4209))
"""Eyelid (SCT 80243003). Included from CID 4."""

Face: _Final[_Code] = _Code("SCT", "89545001", "Face", (4,))
"""Face (SCT 89545001). Included from CID 4."""

Flank: _Final[_Code] = _Code("SCT", "58602004", "Flank", (4, 644))
"""Flank (SCT 58602004). Included from CID 4."""

FontanelOfSkull: _Final[_Code] = _Code("SCT", "79361005", "Fontanel of skull", (4,))
"""Fontanel of skull (SCT 79361005). Included from CID 4."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001). Included from CID 4."""

HypogastricRegion: _Final[_Code] = _Code("SCT", "11708003", "Hypogastric region", (4,))
"""Hypogastric region (SCT 11708003). Included from CID 4."""

Submental: _Final[_Code] = _Code("SCT", "170887008", "Submental", (4,))
"""Submental (SCT 170887008). Included from CID 4."""

Hypopharynx: _Final[_Code] = _Code("SCT", "81502006", "Hypopharynx", (4, 7601))
"""Hypopharynx (SCT 81502006). Included from CID 4."""

IntraArticular: _Final[_Code] = _Code("SCT", "131183008", "Intra-articular", (2, 4))
"""Intra-articular (SCT 131183008). Included from CID 4."""

Intracranial: _Final[_Code] = _Code("SCT", "1101003", "Intracranial", (4, 7140))
"""Intracranial (SCT 1101003). Included from CID 4."""

LeftHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133945003", "Left hypochondriac region", (4,)
)
"""Left hypochondriac region (SCT 133945003). Included from CID 4."""

LeftInguinalRegion: _Final[_Code] = _Code("SCT", "85119005", "Left inguinal region", (4,))
"""Left inguinal region (SCT 85119005). Included from CID 4."""

LeftLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "68505006", "Left lower quadrant of abdomen", (4,)
)
"""Left lower quadrant of abdomen (SCT 68505006). Included from CID 4."""

LeftLumbarRegion: _Final[_Code] = _Code("SCT", "1017210004", "Left lumbar region", (4,))
"""Left lumbar region (SCT 1017210004). Included from CID 4."""

LeftUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "86367003", "Left upper quadrant of abdomen", (4,)
)
"""Left upper quadrant of abdomen (SCT 86367003). Included from CID 4."""

LowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "19100000", "Lower inner quadrant of breast", (4, 6021)
)
"""Lower inner quadrant of breast (SCT 19100000). Included from CID 4."""

LowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "33564002", "Lower outer quadrant of breast", (4, 6021)
)
"""Lower outer quadrant of breast (SCT 33564002). Included from CID 4."""

LumbarRegion: _Final[_Code] = _Code("SCT", "52612000", "Lumbar region", (4,))
"""Lumbar region (SCT 52612000). Included from CID 4."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008). Included from CID 4."""

Mouth: _Final[_Code] = _Code("SCT", "123851003", "Mouth", (4, 645))
"""Mouth (SCT 123851003). Included from CID 4."""

Nose: _Final[_Code] = _Code("SCT", "45206002", "Nose", (4,))
"""Nose (SCT 45206002). Included from CID 4."""

OmentalBursa: _Final[_Code] = _Code("SCT", "113346000", "Omental bursa", (4,))
"""Omental bursa (SCT 113346000). Included from CID 4."""

Omentum: _Final[_Code] = _Code("SCT", "27398004", "Omentum", (4, 7154))
"""Omentum (SCT 27398004). Included from CID 4."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006). Included from CID 4."""

Parasternal: _Final[_Code] = _Code("SCT", "91691001", "Parasternal", (4,))
"""Parasternal (SCT 91691001). Included from CID 4."""

Penis: _Final[_Code] = _Code("SCT", "18911002", "Penis", (4,))
"""Penis (SCT 18911002). Included from CID 4."""

Perineum: _Final[_Code] = _Code("SCT", "38864007", "Perineum", (4,))
"""Perineum (SCT 38864007). Included from CID 4."""

PoplitealFossa: _Final[_Code] = _Code("SCT", "32361000", "Popliteal fossa", (4,))
"""Popliteal fossa (SCT 32361000). Included from CID 4."""

RenalPelvis: _Final[_Code] = _Code("SCT", "25990002", "Renal pelvis", (4,))
"""Renal pelvis (SCT 25990002). Included from CID 4."""

Retroperitoneum: _Final[_Code] = _Code("SCT", "82849001", "Retroperitoneum", (4, 7154))
"""Retroperitoneum (SCT 82849001). Included from CID 4."""

RightHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133946002", "Right hypochondriac region", (4,)
)
"""Right hypochondriac region (SCT 133946002). Included from CID 4."""

RightInguinalRegion: _Final[_Code] = _Code("SCT", "37117007", "Right inguinal region", (4,))
"""Right inguinal region (SCT 37117007). Included from CID 4."""

RightLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "48544008", "Right lower quadrant of abdomen", (4,)
)
"""Right lower quadrant of abdomen (SCT 48544008). Included from CID 4."""

RightLumbarRegion: _Final[_Code] = _Code("SCT", "1017211000", "Right lumbar region", (4,))
"""Right lumbar region (SCT 1017211000). Included from CID 4."""

RightUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "50519007", "Right upper quadrant of abdomen", (4,)
)
"""Right upper quadrant of abdomen (SCT 50519007). Included from CID 4."""

Scalp: _Final[_Code] = _Code("SCT", "41695006", "Scalp", (4,))
"""Scalp (SCT 41695006). Included from CID 4."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003). Included from CID 4."""

Scrotum: _Final[_Code] = _Code("SCT", "20233005", "Scrotum", (4,))
"""Scrotum (SCT 20233005). Included from CID 4."""

SpinalCord: _Final[_Code] = _Code("SCT", "2748008", "Spinal cord", (4, 7153))
"""Spinal cord (SCT 2748008). Included from CID 4."""

Subcostal: _Final[_Code] = _Code("SCT", "19695001", "Subcostal", (4,))
"""Subcostal (SCT 19695001). Included from CID 4."""

SubmandibularArea: _Final[_Code] = _Code("SCT", "5713008", "Submandibular area", (4, 4029))
"""Submandibular area (SCT 5713008). Included from CID 4."""

Subxiphoid: _Final[_Code] = _Code("SCT", "5076001", "Subxiphoid", (4,))
"""Subxiphoid (SCT 5076001). Included from CID 4."""

SupraclavicularRegionOfNeck: _Final[_Code] = _Code(
    "SCT", "77621008", "Supraclavicular region of neck", (4,)
)
"""Supraclavicular region of neck (SCT 77621008). Included from CID 4."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal notch", (4, 1004, 6115))
"""Suprasternal notch (SCT 26493002). Included from CID 4."""

Thigh: _Final[_Code] = _Code("SCT", "68367000", "Thigh", (4, 4031))
"""Thigh (SCT 68367000). Included from CID 4."""

Thorax: _Final[_Code] = _Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009). Included from CID 4."""

Tongue: _Final[_Code] = _Code("SCT", "21974007", "Tongue", (4, 4028, 7601))
"""Tongue (SCT 21974007). Included from CID 4."""

UmbilicalRegion: _Final[_Code] = _Code("SCT", "90290004", "Umbilical region", (4,))
"""Umbilical region (SCT 90290004). Included from CID 4."""

UpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "77831004", "Upper inner quadrant of breast", (4, 6021)
)
"""Upper inner quadrant of breast (SCT 77831004). Included from CID 4."""

UpperOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "76365002", "Upper outer quadrant of breast", (4, 6021)
)
"""Upper outer quadrant of breast (SCT 76365002). Included from CID 4."""

VascularGraft: _Final[_Code] = _Code("SCT", "118375008", "Vascular graft", (4,))
"""Vascular graft (SCT 118375008). Included from CID 4."""

Ventricle: _Final[_Code] = _Code("SCT", "21814001", "Ventricle", (4, 6149))
"""Ventricle (SCT 21814001). Included from CID 4."""

Vulva: _Final[_Code] = _Code("SCT", "45292006", "Vulva", (4, 7160))
"""Vulva (SCT 45292006). Included from CID 4."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003). Included from CID 4."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008). Included from CID 4030."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007). Included from CID 4030."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic arch (SCT 57034009). Included from CID 4030."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006). Included from CID 4030."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007). Included from CID 4030."""

Cerebellum: _Final[_Code] = _Code(
    "SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022)
)
"""Cerebellum (SCT 113305005). Included from CID 4030."""

CircleOfWillis: _Final[_Code] = _Code("SCT", "11279006", "Circle of Willis", (4030,))
"""Circle of Willis (SCT 11279006). Included from CID 4030."""

CoronaryArtery: _Final[_Code] = _Code("SCT", "41801008", "Coronary artery", (3010, 3606, 4030))
"""Coronary artery (SCT 41801008). Included from CID 4030."""

CranialVenousSystem: _Final[_Code] = _Code("SCT", "128320002", "Cranial venous system", (4030,))
"""Cranial venous system (SCT 128320002). Included from CID 4030."""

IliacAndOrFemoralArtery: _Final[_Code] = _Code(
    "SCT", "299716001", "Iliac and/or femoral artery", (4030,)
)
"""Iliac and/or femoral artery (SCT 299716001). Included from CID 4030."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004). Included from CID 4030."""

Parathyroid: _Final[_Code] = _Code("SCT", "111002", "Parathyroid", (4030,))
"""Parathyroid (SCT 111002). Included from CID 4030."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000). Included from CID 4030."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal artery (SCT 2841007). Included from CID 4030."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009). Included from CID 4030."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003). Included from CID 4030."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic aorta (SCT 113262008). Included from CID 4030."""

Thymus: _Final[_Code] = _Code("SCT", "9875009", "Thymus", (4030, 6149, 7155, 10044))
"""Thymus (SCT 9875009). Included from CID 4030."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006). Included from CID 4030."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007). Included from CID 4030."""

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001). Included from CID 4031."""

AbdomenAndPelvis: _Final[_Code] = _Code("SCT", "818982008", "Abdomen and Pelvis", (4031,))
"""Abdomen and Pelvis (SCT 818982008). Included from CID 4031."""

AcromioclavicularJoint: _Final[_Code] = _Code(
    "SCT", "85856004", "Acromioclavicular joint", (1004, 4031)
)
"""Acromioclavicular joint (SCT 85856004). Included from CID 4031."""

AnkleJoint: _Final[_Code] = _Code("SCT", "70258002", "Ankle joint", (1006, 4031, 7304))
"""Ankle joint (SCT 70258002). Included from CID 4031."""

Anus: _Final[_Code] = _Code("SCT", "53505006", "Anus", (645, 4031))
"""Anus (SCT 53505006). Included from CID 4031."""

ApexOfLung: _Final[_Code] = _Code("SCT", "86598002", "Apex of Lung", (4031,))
"""Apex of Lung (SCT 86598002). Included from CID 4031."""

BileDuct: _Final[_Code] = _Code("SCT", "28273000", "Bile duct", (4031, 4040, 7154))
"""Bile duct (SCT 28273000). Included from CID 4031."""

BiliaryTract: _Final[_Code] = _Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002). Included from CID 4031."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001). Included from CID 4031."""

BoneOfLowerLimb: _Final[_Code] = _Code("SCT", "72001000", "Bone of lower limb", (4031,))
"""Bone of lower limb (SCT 72001000). Included from CID 4031."""

BoneOfUpperLimb: _Final[_Code] = _Code("SCT", "371195002", "Bone of upper limb", (4031,))
"""Bone of upper limb (SCT 371195002). Included from CID 4031."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008). Included from CID 4031."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009). Included from CID 4031."""

Calcaneus: _Final[_Code] = _Code("SCT", "80144004", "Calcaneus", (4031, 7304))
"""Calcaneus (SCT 80144004). Included from CID 4031."""

CervicalSpine: _Final[_Code] = _Code("SCT", "122494005", "Cervical spine", (4028, 4031, 7304, 7483))
"""Cervical spine (SCT 122494005). Included from CID 4031."""

CervicoThoracicSpine: _Final[_Code] = _Code(
    "SCT", "1217257000", "Cervico-thoracic spine", (4031, 7304, 7483)
)
"""Cervico-thoracic spine (SCT 1217257000). Included from CID 4031."""

ChestAndAbdomen: _Final[_Code] = _Code("SCT", "416550000", "Chest and Abdomen", (4031, 7483))
"""Chest and Abdomen (SCT 416550000). Included from CID 4031."""

ChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416775004", "Chest, Abdomen and Pelvis", (4031,)
)
"""Chest, Abdomen and Pelvis (SCT 416775004). Included from CID 4031."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004). Included from CID 4031."""

Coccyx: _Final[_Code] = _Code("SCT", "64688005", "Coccyx", (4031,))
"""Coccyx (SCT 64688005). Included from CID 4031."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001). Included from CID 4031."""

CommonBileDuct: _Final[_Code] = _Code("SCT", "79741001", "Common bile duct", (4031, 4040))
"""Common bile duct (SCT 79741001). Included from CID 4031."""

Duodenum: _Final[_Code] = _Code("SCT", "38848004", "Duodenum", (4031,))
"""Duodenum (SCT 38848004). Included from CID 4031."""

ElbowJoint: _Final[_Code] = _Code("SCT", "16953009", "Elbow joint", (1006, 4031, 7304, 7483))
"""Elbow joint (SCT 16953009). Included from CID 4031."""

EntireBody: _Final[_Code] = _Code("SCT", "38266002", "Entire body", (4031, 7483, 8103, 10060))
"""Entire body (SCT 38266002). Included from CID 4031."""

EsophagusStomachAndDuodenum: _Final[_Code] = _Code(
    "SCT", "110861005", "Esophagus, stomach and duodenum", (4031, 4040)
)
"""Esophagus, stomach and duodenum (SCT 110861005). Included from CID 4031."""

Extremity: _Final[_Code] = _Code("SCT", "66019005", "Extremity", (4031,))
"""Extremity (SCT 66019005). Included from CID 4031."""

Eye: _Final[_Code] = _Code("SCT", "81745001", "Eye", (4031, 4209))
"""Eye (SCT 81745001). Included from CID 4031."""

EyeRegion: _Final[_Code] = _Code("SCT", "371398005", "Eye region", (4028, 4031))
"""Eye region (SCT 371398005). Included from CID 4031."""

FacialBones: _Final[_Code] = _Code("SCT", "91397008", "Facial bones", (4028, 4031, 7304))
"""Facial bones (SCT 91397008). Included from CID 4031."""

Femur: _Final[_Code] = _Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001). Included from CID 4031."""

Fibula: _Final[_Code] = _Code("SCT", "87342007", "Fibula", (4031, 7304, 12021))
"""Fibula (SCT 87342007). Included from CID 4031."""

Finger: _Final[_Code] = _Code("SCT", "7569003", "Finger", (4031,))
"""Finger (SCT 7569003). Included from CID 4031."""

Foot: _Final[_Code] = _Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004). Included from CID 4031."""

Forearm: _Final[_Code] = _Code("SCT", "14975008", "Forearm", (4031,))
"""Forearm (SCT 14975008). Included from CID 4031."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008). Included from CID 4031."""

Hand: _Final[_Code] = _Code("SCT", "85562004", "Hand", (4031,))
"""Hand (SCT 85562004). Included from CID 4031."""

Head: _Final[_Code] = _Code("SCT", "69536005", "Head", (4028, 4031))
"""Head (SCT 69536005). Included from CID 4031."""

HeadAndNeck: _Final[_Code] = _Code("SCT", "774007", "Head and Neck", (645, 4028, 4031))
"""Head and Neck (SCT 774007). Included from CID 4031."""

Hip: _Final[_Code] = _Code("SCT", "29836001", "Hip", (4031,))
"""Hip (SCT 29836001). Included from CID 4031."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009). Included from CID 4031."""

Ileum: _Final[_Code] = _Code("SCT", "34516001", "Ileum", (4031,))
"""Ileum (SCT 34516001). Included from CID 4031."""

Ilium: _Final[_Code] = _Code("SCT", "22356005", "Ilium", (4031,))
"""Ilium (SCT 22356005). Included from CID 4031."""

InternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "361078006", "Internal Auditory Canal", (4028, 4031)
)
"""Internal Auditory Canal (SCT 361078006). Included from CID 4031."""

JawRegion: _Final[_Code] = _Code("SCT", "661005", "Jaw region", (4016, 4028, 4031, 7304))
"""Jaw region (SCT 661005). Included from CID 4031."""

Jejunum: _Final[_Code] = _Code("SCT", "21306003", "Jejunum", (4031,))
"""Jejunum (SCT 21306003). Included from CID 4031."""

Knee: _Final[_Code] = _Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002). Included from CID 4031."""

LargeIntestine: _Final[_Code] = _Code("SCT", "14742008", "Large intestine", (4031, 4040))
"""Large intestine (SCT 14742008). Included from CID 4031."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009). Included from CID 4031."""

LiverAndBiliaryStructure: _Final[_Code] = _Code(
    "SCT", "303270005", "Liver and biliary structure", (4031,)
)
"""Liver and biliary structure (SCT 303270005). Included from CID 4031."""

LowerLeg: _Final[_Code] = _Code("SCT", "30021000", "Lower leg", (4031,))
"""Lower leg (SCT 30021000). Included from CID 4031."""

LowerLimb: _Final[_Code] = _Code("SCT", "61685007", "Lower limb", (4031,))
"""Lower limb (SCT 61685007). Included from CID 4031."""

LumbarSpine: _Final[_Code] = _Code("SCT", "122496007", "Lumbar spine", (4031, 7304, 7483))
"""Lumbar spine (SCT 122496007). Included from CID 4031."""

LumboSacralSpine_1217253001: _Final[_Code] = _Code(
    "SCT", "1217253001", "Lumbo-sacral spine", (4031, 7483)
)
"""Lumbo-sacral spine (SCT 1217253001). Included from CID 4031."""

Mandible: _Final[_Code] = _Code("SCT", "91609006", "Mandible", (1002, 4016, 4028, 4031, 7304, 7483))
"""Mandible (SCT 91609006). Included from CID 4031."""

MastoidBone: _Final[_Code] = _Code("SCT", "59066005", "Mastoid bone", (1002, 4028, 4031))
"""Mastoid bone (SCT 59066005). Included from CID 4031."""

Maxilla: _Final[_Code] = _Code("SCT", "70925003", "Maxilla", (4016, 4028, 4031, 7304))
"""Maxilla (SCT 70925003). Included from CID 4031."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000). Included from CID 4031."""

MuscleOfLowerLimb: _Final[_Code] = _Code("SCT", "102292000", "Muscle of lower limb", (4031,))
"""Muscle of lower limb (SCT 102292000). Included from CID 4031."""

MuscleOfUpperLimb: _Final[_Code] = _Code("SCT", "30608006", "Muscle of upper limb", (4031,))
"""Muscle of upper limb (SCT 30608006). Included from CID 4031."""

NasalBone: _Final[_Code] = _Code("SCT", "74386004", "Nasal bone", (4028, 4031))
"""Nasal bone (SCT 74386004). Included from CID 4031."""

Neck: _Final[_Code] = _Code("SCT", "45048000", "Neck", (4028, 4031))
"""Neck (SCT 45048000). Included from CID 4031."""

NeckAndChest: _Final[_Code] = _Code("SCT", "417437006", "Neck and Chest", (4031,))
"""Neck and Chest (SCT 417437006). Included from CID 4031."""

NeckChestAndAbdomen: _Final[_Code] = _Code("SCT", "416152001", "Neck, Chest and Abdomen", (4031,))
"""Neck, Chest and Abdomen (SCT 416152001). Included from CID 4031."""

NeckChestAbdomenAndPelvis: _Final[_Code] = _Code(
    "SCT", "416319003", "Neck, Chest, Abdomen and Pelvis", (4031,)
)
"""Neck, Chest, Abdomen and Pelvis (SCT 416319003). Included from CID 4031."""

OpticCanal: _Final[_Code] = _Code("SCT", "55024004", "Optic canal", (4028, 4031))
"""Optic canal (SCT 55024004). Included from CID 4031."""

OrbitalStructure: _Final[_Code] = _Code(
    "SCT", "363654007", "Orbital structure", (1002, 4028, 4031, 7483, 12022)
)
"""Orbital structure (SCT 363654007). Included from CID 4031."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009). Included from CID 4031."""

PancreaticDuct: _Final[_Code] = _Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009). Included from CID 4031."""

PancreaticDuctAndBileDuctSystems: _Final[_Code] = _Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006). Included from CID 4031."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001). Included from CID 4031."""

ParotidGland: _Final[_Code] = _Code("SCT", "45289007", "Parotid gland", (4031,))
"""Parotid gland (SCT 45289007). Included from CID 4031."""

Patella: _Final[_Code] = _Code("SCT", "64234005", "Patella", (1006, 4031, 7304, 7483))
"""Patella (SCT 64234005). Included from CID 4031."""

Pelvis_816092008: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
"""Pelvis (SCT 816092008). Included from CID 4031."""

PelvisAndLowerExtremities: _Final[_Code] = _Code(
    "SCT", "1231522001", "Pelvis and lower extremities", (4031,)
)
"""Pelvis and lower extremities (SCT 1231522001). Included from CID 4031."""

Phantom: _Final[_Code] = _Code("SCT", "706342009", "Phantom", (4031, 4052, 7710, 10060))
"""Phantom (SCT 706342009). Included from CID 4031."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001). Included from CID 4031."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003). Included from CID 4031."""

SacroCoccygealSpine: _Final[_Code] = _Code(
    "SCT", "1217254007", "Sacro-coccygeal Spine", (4031, 7304)
)
"""Sacro-coccygeal Spine (SCT 1217254007). Included from CID 4031."""

SacroiliacJoint: _Final[_Code] = _Code("SCT", "39723000", "Sacroiliac joint", (4031,))
"""Sacroiliac joint (SCT 39723000). Included from CID 4031."""

Sacrum: _Final[_Code] = _Code("SCT", "54735007", "Sacrum", (1005, 4031, 7483))
"""Sacrum (SCT 54735007). Included from CID 4031."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000). Included from CID 4031."""

SellaTurcica: _Final[_Code] = _Code("SCT", "42575006", "Sella turcica", (1002, 4031))
"""Sella turcica (SCT 42575006). Included from CID 4031."""

SesamoidBonesOfFoot: _Final[_Code] = _Code("SCT", "58742003", "Sesamoid bones of foot", (4031,))
"""Sesamoid bones of foot (SCT 58742003). Included from CID 4031."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005). Included from CID 4031."""

Skull: _Final[_Code] = _Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000). Included from CID 4031."""

SmallIntestine: _Final[_Code] = _Code("SCT", "30315005", "Small intestine", (4031, 7154, 10044))
"""Small intestine (SCT 30315005). Included from CID 4031."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004). Included from CID 4031."""

SternoclavicularJoint: _Final[_Code] = _Code(
    "SCT", "7844006", "Sternoclavicular joint", (1004, 4031)
)
"""Sternoclavicular joint (SCT 7844006). Included from CID 4031."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002). Included from CID 4031."""

Stomach: _Final[_Code] = _Code("SCT", "69695003", "Stomach", (4031, 10044))
"""Stomach (SCT 69695003). Included from CID 4031."""

SubmandibularGland: _Final[_Code] = _Code("SCT", "54019009", "Submandibular gland", (4028, 4031))
"""Submandibular gland (SCT 54019009). Included from CID 4031."""

TarsalJoint: _Final[_Code] = _Code("SCT", "27949001", "Tarsal joint", (4031,))
"""Tarsal joint (SCT 27949001). Included from CID 4031."""

TemporomandibularJoint: _Final[_Code] = _Code(
    "SCT", "53620006", "Temporomandibular joint", (4028, 4031)
)
"""Temporomandibular joint (SCT 53620006). Included from CID 4031."""

ThoracicSpine: _Final[_Code] = _Code("SCT", "122495006", "Thoracic spine", (4031, 7155, 7304, 7483))
"""Thoracic spine (SCT 122495006). Included from CID 4031."""

ThoracoLumbarSpine: _Final[_Code] = _Code(
    "SCT", "1217256009", "Thoraco-lumbar spine", (4031, 7304, 7483)
)
"""Thoraco-lumbar spine (SCT 1217256009). Included from CID 4031."""

Thumb: _Final[_Code] = _Code("SCT", "76505004", "Thumb", (4031,))
"""Thumb (SCT 76505004). Included from CID 4031."""

Toe: _Final[_Code] = _Code("SCT", "29707007", "Toe", (1006, 4031))
"""Toe (SCT 29707007). Included from CID 4031."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001). Included from CID 4031."""

UpperArm: _Final[_Code] = _Code("SCT", "40983000", "Upper arm", (4031,))
"""Upper arm (SCT 40983000). Included from CID 4031."""

UpperLimb: _Final[_Code] = _Code("SCT", "53120007", "Upper limb", (4031,))
"""Upper limb (SCT 53120007). Included from CID 4031."""

UpperUrinaryTract: _Final[_Code] = _Code("SCT", "431491007", "Upper urinary tract", (4031, 4040))
"""Upper urinary tract (SCT 431491007). Included from CID 4031."""

UterusAndFallopianTubes: _Final[_Code] = _Code(
    "SCT", "110639002", "Uterus and fallopian tubes", (4031, 4040)
)
"""Uterus and fallopian tubes (SCT 110639002). Included from CID 4031."""

VertebralColumnAndCranium: _Final[_Code] = _Code(
    "SCT", "110517009", "Vertebral column and cranium", (4028, 4031)
)
"""Vertebral column and cranium (SCT 110517009). Included from CID 4031."""

Zygoma: _Final[_Code] = _Code("SCT", "13881006", "Zygoma", (4028, 4031))
"""Zygoma (SCT 13881006). Included from CID 4031."""

AnusRectumAndSigmoidColon: _Final[_Code] = _Code(
    "SCT", "110612005", "Anus, rectum and sigmoid colon", (4040,)
)
"""Anus, rectum and sigmoid colon (SCT 110612005). Included from CID 4040."""

BladderAndUrethra: _Final[_Code] = _Code("SCT", "110837003", "Bladder and urethra", (4040,))
"""Bladder and urethra (SCT 110837003). Included from CID 4040."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005). Included from CID 4040."""

ExternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "84301002", "External auditory canal", (1002, 4040)
)
"""External auditory canal (SCT 84301002). Included from CID 4040."""

InguinalRegion: _Final[_Code] = _Code("SCT", "26893007", "Inguinal region", (4040,))
"""Inguinal region (SCT 26893007). Included from CID 4040."""

IntraAbdominopelvic: _Final[_Code] = _Code("SCT", "818987002", "Intra-abdominopelvic", (4040, 7154))
"""Intra-abdominopelvic (SCT 818987002). Included from CID 4040."""

IntraPelvic: _Final[_Code] = _Code("SCT", "816989007", "Intra-pelvic", (4040, 7160))
"""Intra-pelvic (SCT 816989007). Included from CID 4040."""

IntraThoracic: _Final[_Code] = _Code("SCT", "43799004", "Intra-thoracic", (4040, 7155))
"""Intra-thoracic (SCT 43799004). Included from CID 4040."""

Joint: _Final[_Code] = _Code("SCT", "39352004", "Joint", (4040,))
"""Joint (SCT 39352004). Included from CID 4040."""

LumenOfBloodVessel: _Final[_Code] = _Code("SCT", "91747007", "Lumen of blood vessel", (4040, 7156))
"""Lumen of blood vessel (SCT 91747007). Included from CID 4040."""

Nasopharynx_360955006: _Final[_Code] = _Code("SCT", "360955006", "Nasopharynx", (4040,))
"""Nasopharynx (SCT 360955006). Included from CID 4040."""

Pharynx: _Final[_Code] = _Code("SCT", "54066008", "Pharynx", (4040,))
"""Pharynx (SCT 54066008). Included from CID 4040."""

PharynxAndLarynx: _Final[_Code] = _Code("SCT", "312535008", "Pharynx and larynx", (4040,))
"""Pharynx and larynx (SCT 312535008). Included from CID 4040."""

SigmoidColon: _Final[_Code] = _Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004). Included from CID 4040."""

TracheaAndBronchus: _Final[_Code] = _Code("SCT", "110726009", "Trachea and bronchus", (4040,))
"""Trachea and bronchus (SCT 110726009). Included from CID 4040."""

AnomalousPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006). Included from CID 3010."""

AntecubitalVein: _Final[_Code] = _Code("SCT", "128553008", "Antecubital vein", (3010, 3607))
"""Antecubital vein (SCT 128553008). Included from CID 3010."""

AnteriorCardiacVein: _Final[_Code] = _Code(
    "SCT", "194996006", "Anterior cardiac vein", (3010, 3839)
)
"""Anterior cardiac vein (SCT 194996006). Included from CID 3010."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "Anterior communicating artery", (3010, 3606, 12105)
)
"""Anterior communicating artery (SCT 8012006). Included from CID 3010."""

AnteriorSpinalArtery: _Final[_Code] = _Code(
    "SCT", "17388009", "Anterior spinal artery", (3010, 3606)
)
"""Anterior spinal artery (SCT 17388009). Included from CID 3010."""

AnteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "68053000", "Anterior tibial artery", (3010, 12109)
)
"""Anterior tibial artery (SCT 68053000). Included from CID 3010."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003). Included from CID 3010."""

AorticFistula: _Final[_Code] = _Code("SCT", "128551005", "Aortic fistula", (3010, 3606))
"""Aortic fistula (SCT 128551005). Included from CID 3010."""

ApexOfLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128564006", "Apex of left ventricle", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Apex of left ventricle (SCT 128564006). Included from CID 3010."""

ApexOfRightVentricle: _Final[_Code] = _Code(
    "SCT", "128565007", "Apex of right ventricle", (3010, 3011, 3609, 12305)
)
"""Apex of right ventricle (SCT 128565007). Included from CID 3010."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending aorta (SCT 54247002). Included from CID 3010."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003). Included from CID 3010."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008). Included from CID 3010."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004). Included from CID 3010."""

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007). Included from CID 3010."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "Basilar artery", (3010, 3606, 12106))
"""Basilar artery (SCT 59011009). Included from CID 3010."""

BodyConduit: _Final[_Code] = _Code("SCT", "91830000", "Body conduit", (3010,))
"""Body conduit (SCT 91830000). Included from CID 3010."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003). Included from CID 3010."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000). Included from CID 3010."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005). Included from CID 3010."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "Cephalic vein", (3010, 3607, 12108))
"""Cephalic vein (SCT 20699002). Included from CID 3010."""

CerebralArtery: _Final[_Code] = _Code("SCT", "88556005", "Cerebral artery", (3010, 3606))
"""Cerebral artery (SCT 88556005). Included from CID 3010."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007). Included from CID 3010."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004). Included from CID 3010."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005). Included from CID 3010."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common iliac artery", (3010, 12109, 12111, 12140)
)
"""Common iliac artery (SCT 73634005). Included from CID 3010."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005). Included from CID 3010."""

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006). Included from CID 3010."""

CongenitalCoronaryArteryFistulaToLeftAtrium: _Final[_Code] = _Code(
    "SCT", "128555001", "Congenital coronary artery fistula to left atrium", (3010, 3606)
)
"""Congenital coronary artery fistula to left atrium (SCT 128555001). Included from CID 3010."""

CongenitalCoronaryArteryFistulaToLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128556000", "Congenital coronary artery fistula to left ventricle", (3010, 3606)
)
"""Congenital coronary artery fistula to left ventricle (SCT 128556000). Included from CID 3010."""

CongenitalCoronaryArteryFistulaToRightAtrium: _Final[_Code] = _Code(
    "SCT", "128557009", "Congenital coronary artery fistula to right atrium", (3010,)
)
"""Congenital coronary artery fistula to right atrium (SCT 128557009). Included from CID 3010."""

CongenitalCoronaryArteryFistulaToRightVentricle: _Final[_Code] = _Code(
    "SCT", "128558004", "Congenital coronary artery fistula to right ventricle", (3010, 3606)
)
"""Congenital coronary artery fistula to right ventricle (SCT 128558004). Included from CID 3010."""

PulmonaryArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "111289009", "Pulmonary arteriovenous fistula", (3010, 3606)
)
"""Pulmonary arteriovenous fistula (SCT 111289009). Included from CID 3010."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004). Included from CID 3010."""

DescendingAorta_32672002: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
"""Descending aorta (SCT 32672002). Included from CID 3010."""

DoddPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128554002", "Dodd's perforating vein", (3010, 3607)
)
"""Dodd's perforating vein (SCT 128554002). Included from CID 3010."""

ExternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "22286001", "External carotid artery", (3010, 12104)
)
"""External carotid artery (SCT 22286001). Included from CID 3010."""

ExternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "113269004", "External iliac artery", (3010, 12109)
)
"""External iliac artery (SCT 113269004). Included from CID 3010."""

ExternalIliacVein: _Final[_Code] = _Code("SCT", "63507001", "External iliac vein", (3010, 12110))
"""External iliac vein (SCT 63507001). Included from CID 3010."""

FacialArtery: _Final[_Code] = _Code("SCT", "23074001", "Facial artery", (3010, 3606))
"""Facial artery (SCT 23074001). Included from CID 3010."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral artery", (3010, 3440, 3606))
"""Femoral artery (SCT 7657000). Included from CID 3010."""

FemoralVein: _Final[_Code] = _Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000). Included from CID 3010."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007). Included from CID 3010."""

GenicularArtery: _Final[_Code] = _Code("SCT", "128559007", "Genicular artery", (3010, 3606))
"""Genicular artery (SCT 128559007). Included from CID 3010."""

GreatCardiacVein: _Final[_Code] = _Code("SCT", "5928000", "Great cardiac vein", (3010, 3011, 3839))
"""Great cardiac vein (SCT 5928000). Included from CID 3010."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001). Included from CID 3010."""

HepaticArtery: _Final[_Code] = _Code("SCT", "76015000", "Hepatic artery", (3010, 3606))
"""Hepatic artery (SCT 76015000). Included from CID 3010."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic vein", (3010, 3607, 12114, 12282))
"""Hepatic vein (SCT 8993003). Included from CID 3010."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002). Included from CID 3010."""

IliacArtery: _Final[_Code] = _Code("SCT", "10293006", "Iliac artery", (3010, 3606))
"""Iliac artery (SCT 10293006). Included from CID 3010."""

IliacVein: _Final[_Code] = _Code("SCT", "244411005", "Iliac vein", (3010,))
"""Iliac vein (SCT 244411005). Included from CID 3010."""

InferiorCardiacVein: _Final[_Code] = _Code("SCT", "195416006", "Inferior cardiac vein", (3010,))
"""Inferior cardiac vein (SCT 195416006). Included from CID 3010."""

InferiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Inferior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior left pulmonary vein (SCT 51249003). Included from CID 3010."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior mesenteric artery", (3010, 12112)
)
"""Inferior mesenteric artery (SCT 33795007). Included from CID 3010."""

InferiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Inferior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior right pulmonary vein (SCT 113273001). Included from CID 3010."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007). Included from CID 3010."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate artery (SCT 12691009). Included from CID 3010."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007). Included from CID 3010."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal carotid artery", (3010, 3606, 12104, 12105)
)
"""Internal carotid artery (SCT 86117002). Included from CID 3010."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001). Included from CID 3010."""

InternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "90024005", "Internal iliac artery", (3010, 12109)
)
"""Internal iliac artery (SCT 90024005). Included from CID 3010."""

InternalMammaryArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal mammary artery", (3010, 3606, 6117)
)
"""Internal mammary artery (SCT 69327007). Included from CID 3010."""

JuxtaposedAtrialAppendage: _Final[_Code] = _Code(
    "SCT", "128563000", "Juxtaposed atrial appendage", (3010, 3608)
)
"""Juxtaposed atrial appendage (SCT 128563000). Included from CID 3010."""

LacrimalArtery: _Final[_Code] = _Code("SCT", "59749000", "Lacrimal artery", (3010, 3606))
"""Lacrimal artery (SCT 59749000). Included from CID 3010."""

LacrimalArteryOfRightEye: _Final[_Code] = _Code(
    "SCT", "128979005", "Lacrimal artery of right eye", (3010,)
)
"""Lacrimal artery of right eye (SCT 128979005). Included from CID 3010."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left atrium (SCT 82471001). Included from CID 3010."""

LeftAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "33626005", "Left auricular appendage", (3010, 3011, 12284)
)
"""Left auricular appendage (SCT 33626005). Included from CID 3010."""

LeftFemoralArtery: _Final[_Code] = _Code("SCT", "113270003", "Left femoral artery", (3010, 3606))
"""Left femoral artery (SCT 113270003). Included from CID 3010."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007). Included from CID 3010."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left ventricle (SCT 87878005). Included from CID 3010."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003). Included from CID 3010."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002). Included from CID 3010."""

LingualArtery: _Final[_Code] = _Code("SCT", "113264009", "Lingual artery", (3010, 3606))
"""Lingual artery (SCT 113264009). Included from CID 3010."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar artery", (3010, 3606, 12111))
"""Lumbar artery (SCT 34635009). Included from CID 3010."""

MesentericArtery: _Final[_Code] = _Code("SCT", "86570000", "Mesenteric artery", (3010, 3606))
"""Mesenteric artery (SCT 86570000). Included from CID 3010."""

MesentericVein: _Final[_Code] = _Code("SCT", "128583004", "Mesenteric vein", (3010, 3607))
"""Mesenteric vein (SCT 128583004). Included from CID 3010."""

OccipitalArtery: _Final[_Code] = _Code("SCT", "31145008", "Occipital artery", (3010, 3606))
"""Occipital artery (SCT 31145008). Included from CID 3010."""

OccipitalVein: _Final[_Code] = _Code("SCT", "32114007", "Occipital vein", (3010,))
"""Occipital vein (SCT 32114007). Included from CID 3010."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic artery (SCT 53549008). Included from CID 3010."""

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "Patent ductus arteriosus", (3010, 3606, 12293)
)
"""Patent ductus arteriosus (SCT 83330001). Included from CID 3010."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "Peroneal artery", (3010, 3606, 12109))
"""Peroneal artery (SCT 8821006). Included from CID 3010."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal artery", (3010, 3440, 3606, 12109)
)
"""Popliteal artery (SCT 43899006). Included from CID 3010."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal vein", (3010, 3607, 12114))
"""Portal vein (SCT 32764006). Included from CID 3010."""

PosteriorCommunicationArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "Posterior communication artery", (3010, 3606, 12105)
)
"""Posterior communication artery (SCT 43119007). Included from CID 3010."""

PosteriorMedialTributary: _Final[_Code] = _Code(
    "SCT", "128569001", "Posterior medial tributary", (3010, 3607)
)
"""Posterior medial tributary (SCT 128569001). Included from CID 3010."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior tibial artery", (3010, 3440, 12109)
)
"""Posterior tibial artery (SCT 13363002). Included from CID 3010."""

PrimitiveAorta: _Final[_Code] = _Code("SCT", "14944004", "Primitive aorta", (3010, 3606))
"""Primitive aorta (SCT 14944004). Included from CID 3010."""

PrimitivePulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "91707000", "Primitive pulmonary artery", (3010, 3606)
)
"""Primitive pulmonary artery (SCT 91707000). Included from CID 3010."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005). Included from CID 3010."""

PulmonaryArteryConduit: _Final[_Code] = _Code(
    "SCT", "128584005", "Pulmonary artery conduit", (3010, 3606)
)
"""Pulmonary artery conduit (SCT 128584005). Included from CID 3010."""

PulmonaryChamberOfCorTriatriatum: _Final[_Code] = _Code(
    "SCT", "128586007", "Pulmonary chamber of cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber of cor triatriatum (SCT 128586007). Included from CID 3010."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007). Included from CID 3010."""

PulmonaryVeinConfluence: _Final[_Code] = _Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008). Included from CID 3010."""

PulmonaryVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004). Included from CID 3010."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial artery", (3010, 3440, 3606, 12107))
"""Radial artery (SCT 45631007). Included from CID 3010."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007). Included from CID 3010."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right atrium (SCT 73829009). Included from CID 3010."""

RightAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "68300000", "Right auricular appendage", (3010, 3011, 12284)
)
"""Right auricular appendage (SCT 68300000). Included from CID 3010."""

RightFemoralArtery: _Final[_Code] = _Code("SCT", "69833005", "Right femoral artery", (3010, 3606))
"""Right femoral artery (SCT 69833005). Included from CID 3010."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002). Included from CID 3010."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right ventricle (SCT 53085002). Included from CID 3010."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000). Included from CID 3010."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009). Included from CID 3010."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003). Included from CID 3010."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009). Included from CID 3010."""

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic artery", (3010, 12112))
"""Splenic artery (SCT 22083002). Included from CID 3010."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic vein", (3010, 3607, 12114))
"""Splenic vein (SCT 35819009). Included from CID 3010."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian artery (SCT 36765005). Included from CID 3010."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009). Included from CID 3010."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008). Included from CID 3010."""

SuperficialTemporalArtery: _Final[_Code] = _Code(
    "SCT", "15672000", "Superficial temporal artery", (3010, 3606)
)
"""Superficial temporal artery (SCT 15672000). Included from CID 3010."""

SuperiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Superior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior left pulmonary vein (SCT 43863001). Included from CID 3010."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior mesenteric artery", (3010, 12112)
)
"""Superior mesenteric artery (SCT 42258001). Included from CID 3010."""

SuperiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Superior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior right pulmonary vein (SCT 8629005). Included from CID 3010."""

SuperiorThyroidArtery: _Final[_Code] = _Code(
    "SCT", "72021004", "Superior thyroid artery", (3010, 3606)
)
"""Superior thyroid artery (SCT 72021004). Included from CID 3010."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005). Included from CID 3010."""

SystemicCollateralArteryToLung: _Final[_Code] = _Code(
    "SCT", "128589000", "Systemic collateral artery to lung", (3010, 3606)
)
"""Systemic collateral artery to lung (SCT 128589000). Included from CID 3010."""

SystemicVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128568009", "Systemic venous atrium", (3010, 3608)
)
"""Systemic venous atrium (SCT 128568009). Included from CID 3010."""

TruncusArteriosusCommunis: _Final[_Code] = _Code(
    "SCT", "61959006", "Truncus arteriosus communis", (3010, 3606)
)
"""Truncus arteriosus communis (SCT 61959006). Included from CID 3010."""

TruncusCoeliacus: _Final[_Code] = _Code("SCT", "57850000", "Truncus coeliacus", (3010, 12112))
"""Truncus coeliacus (SCT 57850000). Included from CID 3010."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar artery", (3010, 3440, 12107))
"""Ulnar artery (SCT 44984001). Included from CID 3010."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical artery", (3010, 3606, 12111, 12140)
)
"""Umbilical artery (SCT 50536004). Included from CID 3010."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical vein", (3010, 3607, 12114))
"""Umbilical vein (SCT 284639000). Included from CID 3010."""

VenaCava: _Final[_Code] = _Code("SCT", "35532006", "Vena cava", (3010,))
"""Vena cava (SCT 35532006). Included from CID 3010."""

VenousNetwork: _Final[_Code] = _Code("SCT", "34340008", "Venous network", (3010, 3607))
"""Venous network (SCT 34340008). Included from CID 3010."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005). Included from CID 3010."""

Tumor: _Final[_Code] = _Code("SCT", "108369006", "Tumor", (644, 3815, 7159))
"""Tumor (SCT 108369006). Included from CID 644."""

BoneMarrow: _Final[_Code] = _Code("SCT", "14016003", "Bone Marrow", (644, 10044))
"""Bone Marrow (SCT 14016003). Included from CID 644."""

MouseMammaryFatPad: _Final[_Code] = _Code("NCIt", "C22550", "Mouse mammary fat pad", (644,))
"""Mouse mammary fat pad (NCIt C22550). Included from CID 644."""

AsciticFluid: _Final[_Code] = _Code("SCT", "409615008", "Ascitic fluid", (645,))
"""Ascitic fluid (SCT 409615008). Included from CID 645."""

Bone_3138006: _Final[_Code] = _Code("SCT", "3138006", "Bone", (645, 7166))
"""Bone (SCT 3138006). Included from CID 645."""

BoneAndSoftTissue: _Final[_Code] = _Code("DCM", "130407", "Bone and soft tissue", (645,))
"""Bone and soft tissue (DCM 130407). Included from CID 645."""

CentralNervousSystem: _Final[_Code] = _Code(
    "SCT", "21483005", "Central nervous system", (645, 7153)
)
"""Central nervous system (SCT 21483005). Included from CID 645."""

ConnectiveTissue: _Final[_Code] = _Code("SCT", "21793004", "Connective tissue", (645, 7166))
"""Connective tissue (SCT 21793004). Included from CID 645."""

EmbryonicKidney: _Final[_Code] = _Code("DCM", "127801", "Embryonic kidney", (645,))
"""Embryonic kidney (DCM 127801). Included from CID 645."""

Lymph: _Final[_Code] = _Code("SCT", "38000004", "Lymph", (645,))
"""Lymph (SCT 38000004). Included from CID 645."""

LymphoidTissue: _Final[_Code] = _Code("SCT", "6969002", "Lymphoid tissue", (645, 7166))
"""Lymphoid tissue (SCT 6969002). Included from CID 645."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph Node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph Node (SCT 59441001). Included from CID 645."""

Mesothelium: _Final[_Code] = _Code("SCT", "71400007", "Mesothelium", (645,))
"""Mesothelium (SCT 71400007). Included from CID 645."""

Metastasis: _Final[_Code] = _Code("SCT", "128462008", "Metastasis", (645,))
"""Metastasis (SCT 128462008). Included from CID 645."""

PeripheralNerveMyelinSheath: _Final[_Code] = _Code(
    "SCT", "61005006", "Peripheral nerve myelin sheath", (645,)
)
"""Peripheral nerve myelin sheath (SCT 61005006). Included from CID 645."""

PleuralEffusion: _Final[_Code] = _Code("SCT", "60046008", "Pleural effusion", (645,))
"""Pleural effusion (SCT 60046008). Included from CID 645."""

PulmonaryMetastasis: _Final[_Code] = _Code("SCT", "94391008", "Pulmonary metastasis", (645,))
"""Pulmonary metastasis (SCT 94391008). Included from CID 645."""

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005). Included from CID 645."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001). Included from CID 645."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001). Included from CID 645."""

ForamenMagnum: _Final[_Code] = _Code("SCT", "24532009", "Foramen Magnum", (1002,))
"""Foramen Magnum (SCT 24532009). Included from CID 1002."""

FrontalSinus: _Final[_Code] = _Code("SCT", "55060009", "Frontal sinus", (1002, 7483))
"""Frontal sinus (SCT 55060009). Included from CID 1002."""

InternalAuditoryMeatus: _Final[_Code] = _Code(
    "SCT", "61671002", "Internal Auditory Meatus", (1002,)
)
"""Internal Auditory Meatus (SCT 61671002). Included from CID 1002."""

LateralCanthus: _Final[_Code] = _Code("SCT", "61242005", "Lateral Canthus", (1002,))
"""Lateral Canthus (SCT 61242005). Included from CID 1002."""

MastoidCellsAndAntra: _Final[_Code] = _Code("SCT", "91716001", "Mastoid cells and antra", (1002,))
"""Mastoid cells and antra (SCT 91716001). Included from CID 1002."""

MaxillarySinus: _Final[_Code] = _Code("SCT", "15924003", "Maxillary sinus", (1002, 7601))
"""Maxillary sinus (SCT 15924003). Included from CID 1002."""

Nasion: _Final[_Code] = _Code("FMA", "264779", "Nasion", (1002,))
"""Nasion (FMA 264779). Included from CID 1002."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal Bone", (1002, 4028))
"""Temporal Bone (SCT 60911003). Included from CID 1002."""

VertexOfHead: _Final[_Code] = _Code("SCT", "88986008", "Vertex of Head", (1002,))
"""Vertex of Head (SCT 88986008). Included from CID 1002."""

ApexOfHeart: _Final[_Code] = _Code("SCT", "13383001", "Apex of heart", (1004,))
"""Apex of heart (SCT 13383001). Included from CID 1004."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002). Included from CID 1004."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary artery graft", (1004, 3015)
)
"""Coronary artery graft (SCT 264293000). Included from CID 1004."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000). Included from CID 1004."""

ThoracicInlet: _Final[_Code] = _Code("SCT", "42973007", "Thoracic Inlet", (1004,))
"""Thoracic Inlet (SCT 42973007). Included from CID 1004."""

XiphoidProcess: _Final[_Code] = _Code("SCT", "20298003", "Xiphoid Process", (1004, 6115))
"""Xiphoid Process (SCT 20298003). Included from CID 1004."""

Acetabulum: _Final[_Code] = _Code("SCT", "37783008", "Acetabulum", (1005,))
"""Acetabulum (SCT 37783008). Included from CID 1005."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common iliac artery bifurcation", (1005, 3837, 12109)
)
"""Common iliac artery bifurcation (SCT 413896006). Included from CID 1005."""

FemoralHead: _Final[_Code] = _Code("SCT", "2812003", "Femoral head", (1005, 7304))
"""Femoral head (SCT 2812003). Included from CID 1005."""

IliacCrest: _Final[_Code] = _Code("SCT", "29850006", "Iliac Crest", (1005,))
"""Iliac Crest (SCT 29850006). Included from CID 1005."""

Ischium: _Final[_Code] = _Code("SCT", "85710004", "Ischium", (1005,))
"""Ischium (SCT 85710004). Included from CID 1005."""

LesserTrochanter: _Final[_Code] = _Code("SCT", "55499008", "Lesser trochanter", (1005,))
"""Lesser trochanter (SCT 55499008). Included from CID 1005."""

SymphysisPubis: _Final[_Code] = _Code("SCT", "82561000", "Symphysis pubis", (1005,))
"""Symphysis pubis (SCT 82561000). Included from CID 1005."""

KneeJoint: _Final[_Code] = _Code("SCT", "49076000", "Knee joint", (1006,))
"""Knee joint (SCT 49076000). Included from CID 1006."""

MalleolarStructureOfTibia: _Final[_Code] = _Code(
    "SCT", "314796009", "Malleolar structure of tibia", (1006,)
)
"""Malleolar structure of tibia (SCT 314796009). Included from CID 1006."""

Metacarpal: _Final[_Code] = _Code("SCT", "36455000", "Metacarpal", (1006, 7483))
"""Metacarpal (SCT 36455000). Included from CID 1006."""

Scaphoid: _Final[_Code] = _Code("SCT", "30518006", "Scaphoid", (1006, 7483))
"""Scaphoid (SCT 30518006). Included from CID 1006."""

Talus: _Final[_Code] = _Code("SCT", "67453005", "Talus", (1006, 7304))
"""Talus (SCT 67453005). Included from CID 1006."""

TibialPlateau: _Final[_Code] = _Code("SCT", "306783000", "Tibial Plateau", (1006,))
"""Tibial Plateau (SCT 306783000). Included from CID 1006."""

AccessoryAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "8225009", "Accessory atrioventricular bundle", (3011,)
)
"""Accessory atrioventricular bundle (SCT 8225009). Included from CID 3011."""

AtrioventricularBundle: _Final[_Code] = _Code("SCT", "345000", "Atrioventricular bundle", (3011,))
"""Atrioventricular bundle (SCT 345000). Included from CID 3011."""

AtrioventricularNode: _Final[_Code] = _Code("SCT", "25943004", "Atrioventricular node", (3011,))
"""Atrioventricular node (SCT 25943004). Included from CID 3011."""

Epicardium: _Final[_Code] = _Code("SCT", "6871001", "Epicardium", (3011,))
"""Epicardium (SCT 6871001). Included from CID 3011."""

HighRightAtrium: _Final[_Code] = _Code("SCT", "128591008", "High right atrium", (3011,))
"""High right atrium (SCT 128591008). Included from CID 3011."""

LateralHighRightAtrium: _Final[_Code] = _Code(
    "SCT", "128592001", "Lateral high right atrium", (3011,)
)
"""Lateral high right atrium (SCT 128592001). Included from CID 3011."""

LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "84654008", "Left anterior division of left branch atrioventricular bundle", (3011,)
)
"""Left anterior division of left branch atrioventricular bundle (SCT 84654008). Included from CID 3011."""

LeftBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "74031005", "Left branch of atrioventricular bundle", (3011,)
)
"""Left branch of atrioventricular bundle (SCT 74031005). Included from CID 3011."""

LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "91085002", "Left posterior division of left branch atrioventricular bundle", (3011,)
)
"""Left posterior division of left branch atrioventricular bundle (SCT 91085002). Included from CID 3011."""

LowRightAtrium: _Final[_Code] = _Code("SCT", "128594000", "Low right atrium", (3011,))
"""Low right atrium (SCT 128594000). Included from CID 3011."""

MidRightAtrium: _Final[_Code] = _Code("SCT", "128593006", "Mid right atrium", (3011,))
"""Mid right atrium (SCT 128593006). Included from CID 3011."""

MiddleCardiacVein: _Final[_Code] = _Code("SCT", "73580002", "Middle cardiac vein", (3011, 3839))
"""Middle cardiac vein (SCT 73580002). Included from CID 3011."""

MitralRing: _Final[_Code] = _Code("SCT", "65197004", "Mitral ring", (3011, 12235, 12305))
"""Mitral ring (SCT 65197004). Included from CID 3011."""

OstiumOfCoronarySinus: _Final[_Code] = _Code("SCT", "71271007", "Ostium of coronary sinus", (3011,))
"""Ostium of coronary sinus (SCT 71271007). Included from CID 3011."""

PulmonicRing: _Final[_Code] = _Code("SCT", "90318009", "Pulmonic ring", (3011, 12305))
"""Pulmonic ring (SCT 90318009). Included from CID 3011."""

PurkinjeFibers: _Final[_Code] = _Code("SCT", "13050003", "Purkinje fibers", (3011,))
"""Purkinje fibers (SCT 13050003). Included from CID 3011."""

RightAtrioventricularOstium: _Final[_Code] = _Code(
    "SCT", "90561006", "Right atrioventricular ostium", (3011,)
)
"""Right atrioventricular ostium (SCT 90561006). Included from CID 3011."""

RightBranchOfAtrioventricularBundle: _Final[_Code] = _Code(
    "SCT", "57383004", "Right branch of Atrioventricular bundle", (3011,)
)
"""Right branch of Atrioventricular bundle (SCT 57383004). Included from CID 3011."""

SinoAtrialNode: _Final[_Code] = _Code("SCT", "88210001", "Sino-atrial node", (3011,))
"""Sino-atrial node (SCT 88210001). Included from CID 3011."""

TendonOfTodaro: _Final[_Code] = _Code("SCT", "128595004", "Tendon of Todaro", (3011,))
"""Tendon of Todaro (SCT 128595004). Included from CID 3011."""

TricuspidRing: _Final[_Code] = _Code("SCT", "113259005", "Tricuspid ring", (3011, 12241, 12305))
"""Tricuspid ring (SCT 113259005). Included from CID 3011."""

LeftPosterolateralCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57823005", "Left Posterolateral Circumflex Coronary Artery", (3015,)
)
"""Left Posterolateral Circumflex Coronary Artery (SCT 57823005). Included from CID 3015."""

PosterolateralBranchOfRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "17269004", "Posterolateral branch of right Coronary Artery", (3015,)
)
"""Posterolateral branch of right Coronary Artery (SCT 17269004). Included from CID 3015."""

V1stDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91750005", "1st Diagonal Coronary Artery", (3014,)
)
"""1st Diagonal Coronary Artery (SCT 91750005). Included from CID 3014."""

V1stLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91757008", "1st Left Posterolateral Coronary Artery", (3014,)
)
"""1st Left Posterolateral Coronary Artery (SCT 91757008). Included from CID 3014."""

V1stMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91754001", "1st Marginal Coronary Artery", (3014,)
)
"""1st Marginal Coronary Artery (SCT 91754001). Included from CID 3014."""

V1stRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91761002", "1st Right posterolateral Coronary Artery", (3014,)
)
"""1st Right posterolateral Coronary Artery (SCT 91761002). Included from CID 3014."""

V1stSeptalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "244251006", "1st Septal Coronary Artery", (3014, 12292)
)
"""1st Septal Coronary Artery (SCT 244251006). Included from CID 3014."""

V2ndDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91751009", "2nd Diagonal Coronary Artery", (3014,)
)
"""2nd Diagonal Coronary Artery (SCT 91751009). Included from CID 3014."""

V2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91758003", "2nd Left Posterolateral Coronary Artery", (3014,)
)
"""2nd Left Posterolateral Coronary Artery (SCT 91758003). Included from CID 3014."""

V2ndMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91755000", "2nd Marginal Coronary Artery", (3014,)
)
"""2nd Marginal Coronary Artery (SCT 91755000). Included from CID 3014."""

V2ndRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91762009", "2nd Right posterolateral Coronary Artery", (3014,)
)
"""2nd Right posterolateral Coronary Artery (SCT 91762009). Included from CID 3014."""

V3rdDiagonalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91752002", "3rd diagonal Coronary Artery", (3014,)
)
"""3rd diagonal Coronary Artery (SCT 91752002). Included from CID 3014."""

V3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91759006", "3rd Left Posterolateral Coronary Artery", (3014,)
)
"""3rd Left Posterolateral Coronary Artery (SCT 91759006). Included from CID 3014."""

V3rdMarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91756004", "3rd Marginal Coronary Artery", (3014,)
)
"""3rd Marginal Coronary Artery (SCT 91756004). Included from CID 3014."""

V3rdRightPosterolateralCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91763004", "3rd Right posterolateral Coronary Artery", (3014,)
)
"""3rd Right posterolateral Coronary Artery (SCT 91763004). Included from CID 3014."""

MarginalCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "22765000", "Marginal Coronary Artery", (3014,)
)
"""Marginal Coronary Artery (SCT 22765000). Included from CID 3014."""

AVGrooveContinuationOfCircumflexArtery: _Final[_Code] = _Code(
    "SCT", "75902001", "AV groove continuation of Circumflex Artery", (3014,)
)
"""AV groove continuation of Circumflex Artery (SCT 75902001). Included from CID 3014."""

DistalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "6511003", "Distal Circumflex Coronary Artery", (3014, 12292)
)
"""Distal Circumflex Coronary Artery (SCT 6511003). Included from CID 3014."""

DistalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "36672000", "Distal Left Anterior Descending Coronary Artery", (3014,)
)
"""Distal Left Anterior Descending Coronary Artery (SCT 36672000). Included from CID 3014."""

DistalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "41879009", "Distal Right Coronary Artery", (3014,)
)
"""Distal Right Coronary Artery (SCT 41879009). Included from CID 3014."""

V1stDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "15A", "1st Diagonal Coronary Artery Laterals", (3014,)
)
"""1st Diagonal Coronary Artery Laterals (BARI 15A). Included from CID 3014."""

V1stMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "20A", "1st Marginal Coronary Artery Laterals", (3014,)
)
"""1st Marginal Coronary Artery Laterals (BARI 20A). Included from CID 3014."""

V2ndDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "16A", "2nd Diagonal Coronary Artery Laterals", (3014,)
)
"""2nd Diagonal Coronary Artery Laterals (BARI 16A). Included from CID 3014."""

V2ndMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "21A", "2nd Marginal Coronary Artery Laterals", (3014,)
)
"""2nd Marginal Coronary Artery Laterals (BARI 21A). Included from CID 3014."""

V3rdDiagonalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "29A", "3rd Diagonal Coronary Artery Laterals", (3014,)
)
"""3rd Diagonal Coronary Artery Laterals (BARI 29A). Included from CID 3014."""

V3rdMarginalCoronaryArteryLaterals: _Final[_Code] = _Code(
    "BARI", "22A", "3rd Marginal Coronary Artery Laterals", (3014,)
)
"""3rd Marginal Coronary Artery Laterals (BARI 22A). Included from CID 3014."""

RamusLaterals: _Final[_Code] = _Code("BARI", "28A", "Ramus Laterals", (3014,))
"""Ramus Laterals (BARI 28A). Included from CID 3014."""

LeftMainCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "3227004", "Left Main Coronary Artery", (3014, 3016, 12292)
)
"""Left Main Coronary Artery (SCT 3227004). Included from CID 3014."""

LeftMainCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "1256091001", "Left Main Coronary Artery Ostium", (3014,)
)
"""Left Main Coronary Artery Ostium (SCT 1256091001). Included from CID 3014."""

LeftPosteriorDescendingCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91760001", "Left Posterior Descending Circumflex Coronary Artery", (3014,)
)
"""Left Posterior Descending Circumflex Coronary Artery (SCT 91760001). Included from CID 3014."""

MidCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91753007", "Mid Circumflex Coronary Artery", (3014, 12292)
)
"""Mid Circumflex Coronary Artery (SCT 91753007). Included from CID 3014."""

MidLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91748002", "Mid Left Anterior Descending Coronary Artery", (3014,)
)
"""Mid Left Anterior Descending Coronary Artery (SCT 91748002). Included from CID 3014."""

MidRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "450960006", "Mid Right Coronary Artery", (3014,)
)
"""Mid Right Coronary Artery (SCT 450960006). Included from CID 3014."""

PosteriorDescendingRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "53655008", "Posterior Descending Right Coronary Artery", (3014,)
)
"""Posterior Descending Right Coronary Artery (SCT 53655008). Included from CID 3014."""

PosteriorDescendingSeptalPerforators: _Final[_Code] = _Code(
    "BARI", "9", "Posterior descending septal perforators", (3014,)
)
"""Posterior descending septal perforators (BARI 9). Included from CID 3014."""

ProximalCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "52433000", "Proximal Circumflex Coronary Artery", (3014, 12292)
)
"""Proximal Circumflex Coronary Artery (SCT 52433000). Included from CID 3014."""

ProximalLeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "68787002", "Proximal Left Anterior Descending Coronary Artery", (3014,)
)
"""Proximal Left Anterior Descending Coronary Artery (SCT 68787002). Included from CID 3014."""

ProximalRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "91083009", "Proximal Right Coronary Artery", (3014,)
)
"""Proximal Right Coronary Artery (SCT 91083009). Included from CID 3014."""

IntermediateArteryRamus: _Final[_Code] = _Code(
    "SCT", "244252004", "Intermediate Artery (Ramus)", (3014,)
)
"""Intermediate Artery (Ramus) (SCT 244252004). Included from CID 3014."""

RightCoronaryArteryOstium: _Final[_Code] = _Code(
    "SCT", "56789007", "Right Coronary Artery Ostium", (3014,)
)
"""Right Coronary Artery Ostium (SCT 56789007). Included from CID 3014."""

RightPosteriorAVCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "12800002", "Right posterior AV Coronary Artery", (3014,)
)
"""Right posterior AV Coronary Artery (SCT 12800002). Included from CID 3014."""

LeftAnteriorDescendingCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "59438005", "Left Anterior Descending Coronary Artery", (3016, 12292)
)
"""Left Anterior Descending Coronary Artery (SCT 59438005). Included from CID 3016."""

RightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "13647002", "Right Coronary Artery", (3016, 12292)
)
"""Right Coronary Artery (SCT 13647002). Included from CID 3016."""

CircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57396003", "Circumflex Coronary Artery", (3016, 12292)
)
"""Circumflex Coronary Artery (SCT 57396003). Included from CID 3016."""

LeftCoronaryArtery: _Final[_Code] = _Code("SCT", "50018008", "Left Coronary Artery", (3016,))
"""Left Coronary Artery (SCT 50018008). Included from CID 3016."""

BoneStructureOfHeadAndOrNeck: _Final[_Code] = _Code(
    "SCT", "312779009", "Bone structure of head and/or neck", (4028,)
)
"""Bone structure of head and/or neck (SCT 312779009). Included from CID 4028."""

EthmoidBone: _Final[_Code] = _Code("SCT", "52374004", "Ethmoid bone", (4028,))
"""Ethmoid bone (SCT 52374004). Included from CID 4028."""

ExternalEar: _Final[_Code] = _Code("SCT", "28347008", "External ear", (4028,))
"""External ear (SCT 28347008). Included from CID 4028."""

Eyeball: _Final[_Code] = _Code("SCT", "79652003", "Eyeball", (4028,))
"""Eyeball (SCT 79652003). Included from CID 4028."""

FrontalBone: _Final[_Code] = _Code("SCT", "74872008", "Frontal bone", (4028,))
"""Frontal bone (SCT 74872008). Included from CID 4028."""

HyoidBone: _Final[_Code] = _Code("SCT", "21387005", "Hyoid bone", (4028,))
"""Hyoid bone (SCT 21387005). Included from CID 4028."""

InnerEar: _Final[_Code] = _Code("SCT", "22945000", "Inner ear", (4028,))
"""Inner ear (SCT 22945000). Included from CID 4028."""

LacrimalBone: _Final[_Code] = _Code("SCT", "6229007", "Lacrimal bone", (4028,))
"""Lacrimal bone (SCT 6229007). Included from CID 4028."""

Lip: _Final[_Code] = _Code("SCT", "48477009", "Lip", (4028, 7601))
"""Lip (SCT 48477009). Included from CID 4028."""

MiddleEar: _Final[_Code] = _Code("SCT", "25342003", "Middle ear", (4028,))
"""Middle ear (SCT 25342003). Included from CID 4028."""

MuscleOfHead: _Final[_Code] = _Code("SCT", "22688005", "Muscle of head", (4028,))
"""Muscle of head (SCT 22688005). Included from CID 4028."""

MuscleOfNeck: _Final[_Code] = _Code("SCT", "81727001", "Muscle of neck", (4028,))
"""Muscle of neck (SCT 81727001). Included from CID 4028."""

OccipitalBone: _Final[_Code] = _Code("SCT", "31640002", "Occipital bone", (4028,))
"""Occipital bone (SCT 31640002). Included from CID 4028."""

PalatineBone: _Final[_Code] = _Code("SCT", "51283005", "Palatine bone", (4028,))
"""Palatine bone (SCT 51283005). Included from CID 4028."""

ParietalBone: _Final[_Code] = _Code("SCT", "24924006", "Parietal bone", (4028,))
"""Parietal bone (SCT 24924006). Included from CID 4028."""

SoftPalate: _Final[_Code] = _Code("SCT", "49460000", "Soft palate", (4028,))
"""Soft palate (SCT 49460000). Included from CID 4028."""

SphenoidBone: _Final[_Code] = _Code("SCT", "73117003", "Sphenoid bone", (4028,))
"""Sphenoid bone (SCT 73117003). Included from CID 4028."""

Tooth: _Final[_Code] = _Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008). Included from CID 4028."""

VomerBone: _Final[_Code] = _Code("SCT", "87166008", "Vomer bone", (4028,))
"""Vomer bone (SCT 87166008). Included from CID 4028."""

AnteriorTriangleOfNeck: _Final[_Code] = _Code(
    "SCT", "182329002", "Anterior triangle of neck", (4029,)
)
"""Anterior triangle of neck (SCT 182329002). Included from CID 4029."""

Eyelash: _Final[_Code] = _Code("SCT", "85803001", "Eyelash", (4029,))
"""Eyelash (SCT 85803001). Included from CID 4029."""

FemaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279479008", "Female external urethral orifice", (4029,)
)
"""Female external urethral orifice (SCT 279479008). Included from CID 4029."""

FrenulumOfLabiaMinora: _Final[_Code] = _Code(
    "SCT", "279867004", "Frenulum of labia minora", (4029,)
)
"""Frenulum of labia minora (SCT 279867004). Included from CID 4029."""

GroinSkinCrease: _Final[_Code] = _Code("SCT", "280387007", "Groin skin crease", (4029,))
"""Groin skin crease (SCT 280387007). Included from CID 4029."""

Hair: _Final[_Code] = _Code("SCT", "386045008", "Hair", (4029,))
"""Hair (SCT 386045008). Included from CID 4029."""

Iris: _Final[_Code] = _Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002). Included from CID 4029."""

MaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279478000", "Male external urethral orifice", (4029,)
)
"""Male external urethral orifice (SCT 279478000). Included from CID 4029."""

MucosaOfDorsumOfOralPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281534", "Mucosa of dorsum of oral part of tongue", (4029,)
)
"""Mucosa of dorsum of oral part of tongue (FMA 281534). Included from CID 4029."""

MucosaOfDorsumOfPharyngealPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281537", "Mucosa of dorsum of pharyngeal part of tongue", (4029,)
)
"""Mucosa of dorsum of pharyngeal part of tongue (FMA 281537). Included from CID 4029."""

MucosaOfFloorOfMouth: _Final[_Code] = _Code("SCT", "36152006", "Mucosa of floor of mouth", (4029,))
"""Mucosa of floor of mouth (SCT 36152006). Included from CID 4029."""

MucosaOfLowerLip: _Final[_Code] = _Code("SCT", "46353006", "Mucosa of lower lip", (4029,))
"""Mucosa of lower lip (SCT 46353006). Included from CID 4029."""

MucosaOfMandibularGingiva: _Final[_Code] = _Code(
    "SCT", "245823002", "Mucosa of mandibular gingiva", (4029,)
)
"""Mucosa of mandibular gingiva (SCT 245823002). Included from CID 4029."""

MucosaOfMaxillaryGingiva: _Final[_Code] = _Code(
    "SCT", "245814000", "Mucosa of maxillary gingiva", (4029,)
)
"""Mucosa of maxillary gingiva (SCT 245814000). Included from CID 4029."""

MucosaOfOralSegmentOfHardPalate: _Final[_Code] = _Code(
    "FMA", "289677", "Mucosa of oral segment of hard palate", (4029,)
)
"""Mucosa of oral segment of hard palate (FMA 289677). Included from CID 4029."""

MucosaOfPalatoglossalArch: _Final[_Code] = _Code(
    "FMA", "60031", "Mucosa of palatoglossal arch", (4029,)
)
"""Mucosa of palatoglossal arch (FMA 60031). Included from CID 4029."""

MucosaOfPharynx: _Final[_Code] = _Code("FMA", "55031", "Mucosa of pharynx", (4029,))
"""Mucosa of pharynx (FMA 55031). Included from CID 4029."""

MucosaOfPosteriorWallOfOropharynx: _Final[_Code] = _Code(
    "FMA", "55060", "Mucosa of posterior wall of oropharynx", (4029,)
)
"""Mucosa of posterior wall of oropharynx (FMA 55060). Included from CID 4029."""

MucosaOfTipOfTongue: _Final[_Code] = _Code("SCT", "245831007", "Mucosa of tip of tongue", (4029,))
"""Mucosa of tip of tongue (SCT 245831007). Included from CID 4029."""

MucosaOfTongue: _Final[_Code] = _Code("SCT", "8001006", "Mucosa of tongue", (4029,))
"""Mucosa of tongue (SCT 8001006). Included from CID 4029."""

MucosaOfUpperLip: _Final[_Code] = _Code("SCT", "18444004", "Mucosa of upper lip", (4029,))
"""Mucosa of upper lip (SCT 18444004). Included from CID 4029."""

MucosaOfUvula: _Final[_Code] = _Code("FMA", "60030", "Mucosa of uvula", (4029,))
"""Mucosa of uvula (FMA 60030). Included from CID 4029."""

NailUnitOfFifthToe: _Final[_Code] = _Code("SCT", "770820003", "Nail unit of fifth toe", (4029,))
"""Nail unit of fifth toe (SCT 770820003). Included from CID 4029."""

NailUnitOfFinger: _Final[_Code] = _Code("SCT", "770809003", "Nail unit of finger", (4029,))
"""Nail unit of finger (SCT 770809003). Included from CID 4029."""

NailUnitOfFourthToe: _Final[_Code] = _Code("SCT", "770821004", "Nail unit of fourth toe", (4029,))
"""Nail unit of fourth toe (SCT 770821004). Included from CID 4029."""

NailUnitOfGreatToe: _Final[_Code] = _Code("SCT", "770822006", "Nail unit of great toe", (4029,))
"""Nail unit of great toe (SCT 770822006). Included from CID 4029."""

NailUnitOfIndexFinger: _Final[_Code] = _Code(
    "SCT", "770815003", "Nail unit of index finger", (4029,)
)
"""Nail unit of index finger (SCT 770815003). Included from CID 4029."""

NailUnitOfLittleFinger: _Final[_Code] = _Code(
    "SCT", "770818001", "Nail unit of little finger", (4029,)
)
"""Nail unit of little finger (SCT 770818001). Included from CID 4029."""

NailUnitOfMiddleFinger: _Final[_Code] = _Code(
    "SCT", "770816002", "Nail unit of middle finger", (4029,)
)
"""Nail unit of middle finger (SCT 770816002). Included from CID 4029."""

NailUnitOfRingFinger: _Final[_Code] = _Code("SCT", "770817006", "Nail unit of ring finger", (4029,))
"""Nail unit of ring finger (SCT 770817006). Included from CID 4029."""

NailUnitOfSecondToe: _Final[_Code] = _Code("SCT", "770823001", "Nail unit of second toe", (4029,))
"""Nail unit of second toe (SCT 770823001). Included from CID 4029."""

NailUnitOfThirdToe: _Final[_Code] = _Code("SCT", "770825008", "Nail unit of third toe", (4029,))
"""Nail unit of third toe (SCT 770825008). Included from CID 4029."""

NailUnitOfThumb: _Final[_Code] = _Code("SCT", "770810008", "Nail unit of thumb", (4029,))
"""Nail unit of thumb (SCT 770810008). Included from CID 4029."""

NailUnitOfToe: _Final[_Code] = _Code("SCT", "770805009", "Nail unit of toe", (4029,))
"""Nail unit of toe (SCT 770805009). Included from CID 4029."""

OralMucosa: _Final[_Code] = _Code("SCT", "113277000", "Oral mucosa", (4029, 10044))
"""Oral mucosa (SCT 113277000). Included from CID 4029."""

PosteriorCommissureOfLabiumMajorum: _Final[_Code] = _Code(
    "SCT", "4019005", "Posterior commissure of labium majorum", (4029,)
)
"""Posterior commissure of labium majorum (SCT 4019005). Included from CID 4029."""

Retina: _Final[_Code] = _Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001). Included from CID 4029."""

SkinOfAbdomen: _Final[_Code] = _Code("SCT", "75093004", "Skin of abdomen", (4029, 7154))
"""Skin of abdomen (SCT 75093004). Included from CID 4029."""

SkinOfAlaNasi: _Final[_Code] = _Code("SCT", "68598004", "Skin of ala nasi", (4029,))
"""Skin of ala nasi (SCT 68598004). Included from CID 4029."""

SkinOfAntecubitalFossa: _Final[_Code] = _Code(
    "SCT", "17957002", "Skin of antecubital fossa", (4029,)
)
"""Skin of antecubital fossa (SCT 17957002). Included from CID 4029."""

SkinOfAnteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130305", "Skin of anterior helix of ear", (4029,)
)
"""Skin of anterior helix of ear (DCM 130305). Included from CID 4029."""

SkinOfAnteriorPortionOfNeck: _Final[_Code] = _Code(
    "SCT", "11584001", "Skin of anterior portion of neck", (4029,)
)
"""Skin of anterior portion of neck (SCT 11584001). Included from CID 4029."""

SkinOfAnteriorSurfaceOfForearm: _Final[_Code] = _Code(
    "SCT", "70559009", "Skin of anterior surface of forearm", (4029,)
)
"""Skin of anterior surface of forearm (SCT 70559009). Included from CID 4029."""

SkinOfAnteriorSurfaceOfKnee: _Final[_Code] = _Code(
    "SCT", "181553006", "Skin of anterior surface of knee", (4029,)
)
"""Skin of anterior surface of knee (SCT 181553006). Included from CID 4029."""

SkinOfAnteriorSurfaceOfLowerLeg: _Final[_Code] = _Code(
    "SCT", "25763004", "Skin of anterior surface of lower leg", (4029,)
)
"""Skin of anterior surface of lower leg (SCT 25763004). Included from CID 4029."""

SkinOfAnteriorSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "61248009", "Skin of anterior surface of thigh", (4029,)
)
"""Skin of anterior surface of thigh (SCT 61248009). Included from CID 4029."""

SkinOfAnteriorSurfaceOfThorax: _Final[_Code] = _Code(
    "SCT", "244106003", "Skin of anterior surface of thorax", (4029,)
)
"""Skin of anterior surface of thorax (SCT 244106003). Included from CID 4029."""

SkinOfAnteriorSurfaceOfUpperArm: _Final[_Code] = _Code(
    "SCT", "45981001", "Skin of anterior surface of upper arm", (4029,)
)
"""Skin of anterior surface of upper arm (SCT 45981001). Included from CID 4029."""

SkinOfAnteriorTrunk: _Final[_Code] = _Code("SCT", "181491009", "Skin of anterior trunk", (4029,))
"""Skin of anterior trunk (SCT 181491009). Included from CID 4029."""

SkinOfAntitragus: _Final[_Code] = _Code("SCT", "38407007", "Skin of antitragus", (4029,))
"""Skin of antitragus (SCT 38407007). Included from CID 4029."""

SkinOfAnus: _Final[_Code] = _Code("SCT", "59112000", "Skin of anus", (4029,))
"""Skin of anus (SCT 59112000). Included from CID 4029."""

SkinOfAreola: _Final[_Code] = _Code("SCT", "72005009", "Skin of areola", (4029,))
"""Skin of areola (SCT 72005009). Included from CID 4029."""

SkinOfAxilla: _Final[_Code] = _Code("SCT", "76261009", "Skin of axilla", (4029,))
"""Skin of axilla (SCT 76261009). Included from CID 4029."""

SkinOfBack: _Final[_Code] = _Code("SCT", "66643007", "Skin of back", (4029,))
"""Skin of back (SCT 66643007). Included from CID 4029."""

SkinOfBackOfTrunk: _Final[_Code] = _Code("FMA", "49943", "Skin of back of trunk", (4029,))
"""Skin of back of trunk (FMA 49943). Included from CID 4029."""

SkinOfBackOfUpperThoracicRegion: _Final[_Code] = _Code(
    "SCT", "699893008", "Skin of back of upper thoracic region", (4029,)
)
"""Skin of back of upper thoracic region (SCT 699893008). Included from CID 4029."""

SkinOfButtock: _Final[_Code] = _Code("SCT", "22180002", "Skin of buttock", (4029,))
"""Skin of buttock (SCT 22180002). Included from CID 4029."""

SkinOfCaruncleOfEye: _Final[_Code] = _Code("DCM", "130306", "Skin of caruncle of eye", (4029,))
"""Skin of caruncle of eye (DCM 130306). Included from CID 4029."""

SkinOfCavityOfConcha: _Final[_Code] = _Code("SCT", "51098001", "Skin of cavity of concha", (4029,))
"""Skin of cavity of concha (SCT 51098001). Included from CID 4029."""

SkinOfCheek: _Final[_Code] = _Code("SCT", "36141000", "Skin of cheek", (4029,))
"""Skin of cheek (SCT 36141000). Included from CID 4029."""

SkinOfChin: _Final[_Code] = _Code("SCT", "23747009", "Skin of chin", (4029,))
"""Skin of chin (SCT 23747009). Included from CID 4029."""

SkinOfClitoris: _Final[_Code] = _Code("SCT", "29353003", "Skin of clitoris", (4029,))
"""Skin of clitoris (SCT 29353003). Included from CID 4029."""

SkinOfCrusOfHelix: _Final[_Code] = _Code("SCT", "57726007", "Skin of crus of helix", (4029,))
"""Skin of crus of helix (SCT 57726007). Included from CID 4029."""

SkinOfDigitOfHand: _Final[_Code] = _Code("SCT", "244169007", "Skin of digit of hand", (4029,))
"""Skin of digit of hand (SCT 244169007). Included from CID 4029."""

SkinOfDorsalAreaOfWrist: _Final[_Code] = _Code(
    "SCT", "52876008", "Skin of dorsal area of wrist", (4029,)
)
"""Skin of dorsal area of wrist (SCT 52876008). Included from CID 4029."""

SkinOfDorsalPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "37885", "Skin of dorsal part of fifth toe", (4029,)
)
"""Skin of dorsal part of fifth toe (FMA 37885). Included from CID 4029."""

SkinOfDorsalPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "37882", "Skin of dorsal part of fourth toe", (4029,)
)
"""Skin of dorsal part of fourth toe (FMA 37882). Included from CID 4029."""

SkinOfDorsalPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "37873", "Skin of dorsal part of great toe", (4029,)
)
"""Skin of dorsal part of great toe (FMA 37873). Included from CID 4029."""

SkinOfDorsalPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38324", "Skin of dorsal part of index finger", (4029,)
)
"""Skin of dorsal part of index finger (FMA 38324). Included from CID 4029."""

SkinOfDorsalPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38333", "Skin of dorsal part of little finger", (4029,)
)
"""Skin of dorsal part of little finger (FMA 38333). Included from CID 4029."""

SkinOfDorsalPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38327", "Skin of dorsal part of middle finger", (4029,)
)
"""Skin of dorsal part of middle finger (FMA 38327). Included from CID 4029."""

SkinOfDorsalPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38330", "Skin of dorsal part of ring finger", (4029,)
)
"""Skin of dorsal part of ring finger (FMA 38330). Included from CID 4029."""

SkinOfDorsalPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "37876", "Skin of dorsal part of second toe", (4029,)
)
"""Skin of dorsal part of second toe (FMA 37876). Included from CID 4029."""

SkinOfDorsalPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "37879", "Skin of dorsal part of third toe", (4029,)
)
"""Skin of dorsal part of third toe (FMA 37879). Included from CID 4029."""

SkinOfDorsalPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38321", "Skin of dorsal part of thumb", (4029,)
)
"""Skin of dorsal part of thumb (FMA 38321). Included from CID 4029."""

SkinOfDorsumOfNose: _Final[_Code] = _Code("FMA", "59532", "Skin of dorsum of nose", (4029,))
"""Skin of dorsum of nose (FMA 59532). Included from CID 4029."""

SkinOfEar: _Final[_Code] = _Code("SCT", "1902009", "Skin of ear", (4029,))
"""Skin of ear (SCT 1902009). Included from CID 4029."""

SkinOfEarLobule: _Final[_Code] = _Code("SCT", "2059009", "Skin of ear lobule", (4029,))
"""Skin of ear lobule (SCT 2059009). Included from CID 4029."""

SkinOfEpigastricArea: _Final[_Code] = _Code("SCT", "30598005", "Skin of epigastric area", (4029,))
"""Skin of epigastric area (SCT 30598005). Included from CID 4029."""

SkinOfExternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "86409001", "Skin of external auditory canal", (4029,)
)
"""Skin of external auditory canal (SCT 86409001). Included from CID 4029."""

SkinOfExternalGenitalia: _Final[_Code] = _Code(
    "SCT", "60944009", "Skin of external genitalia", (4029,)
)
"""Skin of external genitalia (SCT 60944009). Included from CID 4029."""

SkinOfEyeRegion: _Final[_Code] = _Code("SCT", "362916000", "Skin of eye region", (4029,))
"""Skin of eye region (SCT 362916000). Included from CID 4029."""

SkinOfEyebrow: _Final[_Code] = _Code("SCT", "367577003", "Skin of eyebrow", (4029,))
"""Skin of eyebrow (SCT 367577003). Included from CID 4029."""

SkinOfFace: _Final[_Code] = _Code("SCT", "73897004", "Skin of face", (4029,))
"""Skin of face (SCT 73897004). Included from CID 4029."""

SkinOfFoot: _Final[_Code] = _Code("SCT", "60496002", "Skin of foot", (4029,))
"""Skin of foot (SCT 60496002). Included from CID 4029."""

SkinOfForehead: _Final[_Code] = _Code("SCT", "68698007", "Skin of forehead", (4029,))
"""Skin of forehead (SCT 68698007). Included from CID 4029."""

SkinOfGlansPenis: _Final[_Code] = _Code("SCT", "7991003", "Skin of glans penis", (4029,))
"""Skin of glans penis (SCT 7991003). Included from CID 4029."""

SkinOfGlutealFold: _Final[_Code] = _Code("SCT", "63029009", "Skin of gluteal fold", (4029,))
"""Skin of gluteal fold (SCT 63029009). Included from CID 4029."""

SkinOfHand: _Final[_Code] = _Code("SCT", "33712006", "Skin of hand", (4029,))
"""Skin of hand (SCT 33712006). Included from CID 4029."""

SkinOfHead: _Final[_Code] = _Code("SCT", "70762009", "Skin of head", (4029,))
"""Skin of head (SCT 70762009). Included from CID 4029."""

SkinOfHeel: _Final[_Code] = _Code("SCT", "84607009", "Skin of heel", (4029,))
"""Skin of heel (SCT 84607009). Included from CID 4029."""

SkinOfHelixOfEar: _Final[_Code] = _Code("SCT", "79313003", "Skin of helix of ear", (4029,))
"""Skin of helix of ear (SCT 79313003). Included from CID 4029."""

SkinOfHypogastricRegion: _Final[_Code] = _Code(
    "SCT", "367578008", "Skin of hypogastric region", (4029,)
)
"""Skin of hypogastric region (SCT 367578008). Included from CID 4029."""

SkinOfHypothenarRegionOfPalm: _Final[_Code] = _Code(
    "SCT", "89784008", "Skin of hypothenar region of palm", (4029,)
)
"""Skin of hypothenar region of palm (SCT 89784008). Included from CID 4029."""

SkinOfInferiorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130307", "Skin of inferior helix of ear", (4029,)
)
"""Skin of inferior helix of ear (DCM 130307). Included from CID 4029."""

SkinOfInferiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130308", "Skin of inferior posterior surface of the pinna", (4029,)
)
"""Skin of inferior posterior surface of the pinna (DCM 130308). Included from CID 4029."""

SkinOfInfraalarGroove: _Final[_Code] = _Code("DCM", "130312", "Skin of infraalar groove", (4029,))
"""Skin of infraalar groove (DCM 130312). Included from CID 4029."""

SkinOfInfraclavicularRegion: _Final[_Code] = _Code(
    "SCT", "66288003", "Skin of infraclavicular region", (4029,)
)
"""Skin of infraclavicular region (SCT 66288003). Included from CID 4029."""

SkinOfInguinalRegion: _Final[_Code] = _Code("SCT", "39687006", "Skin of inguinal region", (4029,))
"""Skin of inguinal region (SCT 39687006). Included from CID 4029."""

SkinOfIntertragalIncisure: _Final[_Code] = _Code(
    "SCT", "45591000", "Skin of intertragal incisure", (4029,)
)
"""Skin of intertragal incisure (SCT 45591000). Included from CID 4029."""

SkinOfJawline: _Final[_Code] = _Code("SCT", "244097004", "Skin of jawline", (4029,))
"""Skin of jawline (SCT 244097004). Included from CID 4029."""

SkinOfLabium: _Final[_Code] = _Code("SCT", "73058008", "Skin of labium", (4029,))
"""Skin of labium (SCT 73058008). Included from CID 4029."""

SkinOfLabiumMajus: _Final[_Code] = _Code("SCT", "128252004", "Skin of labium majus", (4029,))
"""Skin of labium majus (SCT 128252004). Included from CID 4029."""

SkinOfLabiumMinus: _Final[_Code] = _Code("SCT", "128253009", "Skin of labium minus", (4029,))
"""Skin of labium minus (SCT 128253009). Included from CID 4029."""

SkinOfLateralAspectOfAnkle: _Final[_Code] = _Code(
    "SCT", "181564009", "Skin of lateral aspect of ankle", (4029,)
)
"""Skin of lateral aspect of ankle (SCT 181564009). Included from CID 4029."""

SkinOfLateralBorderOfSoleOfFoot: _Final[_Code] = _Code(
    "SCT", "35739000", "Skin of lateral border of sole of foot", (4029,)
)
"""Skin of lateral border of sole of foot (SCT 35739000). Included from CID 4029."""

SkinOfLateralCanthus: _Final[_Code] = _Code("SCT", "37671003", "Skin of lateral canthus", (4029,))
"""Skin of lateral canthus (SCT 37671003). Included from CID 4029."""

SkinOfLateralPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130309", "Skin of lateral part of dorsum of foot", (4029,)
)
"""Skin of lateral part of dorsum of foot (DCM 130309). Included from CID 4029."""

SkinOfLateralPartOfHeel: _Final[_Code] = _Code(
    "SCT", "699909001", "Skin of lateral part of heel", (4029,)
)
"""Skin of lateral part of heel (SCT 699909001). Included from CID 4029."""

SkinOfLateralPortionOfNeck: _Final[_Code] = _Code(
    "SCT", "5272005", "Skin of lateral portion of neck", (4029,)
)
"""Skin of lateral portion of neck (SCT 5272005). Included from CID 4029."""

SkinOfLip: _Final[_Code] = _Code("SCT", "88089004", "Skin of lip", (4029,))
"""Skin of lip (SCT 88089004). Included from CID 4029."""

SkinOfLowerAbdomen: _Final[_Code] = _Code("SCT", "699914002", "Skin of lower abdomen", (4029,))
"""Skin of lower abdomen (SCT 699914002). Included from CID 4029."""

SkinOfLowerAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130310", "Skin of lower antihelix of ear", (4029,)
)
"""Skin of lower antihelix of ear (DCM 130310). Included from CID 4029."""

SkinOfLowerBack: _Final[_Code] = _Code("SCT", "113182001", "Skin of lower back", (4029,))
"""Skin of lower back (SCT 113182001). Included from CID 4029."""

SkinOfLowerChestWall: _Final[_Code] = _Code("SCT", "699915001", "Skin of lower chest wall", (4029,))
"""Skin of lower chest wall (SCT 699915001). Included from CID 4029."""

SkinOfLowerExtremity: _Final[_Code] = _Code("SCT", "371304004", "Skin of lower extremity", (4029,))
"""Skin of lower extremity (SCT 371304004). Included from CID 4029."""

SkinOfLowerEyelid: _Final[_Code] = _Code("SCT", "40069000", "Skin of lower eyelid", (4029,))
"""Skin of lower eyelid (SCT 40069000). Included from CID 4029."""

SkinOfLowerEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130311", "Skin of lower eyelid margin", (4029,)
)
"""Skin of lower eyelid margin (DCM 130311). Included from CID 4029."""

SkinOfLowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61427", "Skin of lower inner quadrant of breast", (4029,)
)
"""Skin of lower inner quadrant of breast (FMA 61427). Included from CID 4029."""

SkinOfLowerLip: _Final[_Code] = _Code("SCT", "66934001", "Skin of lower lip", (4029,))
"""Skin of lower lip (SCT 66934001). Included from CID 4029."""

SkinOfLowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61423", "Skin of lower outer quadrant of breast", (4029,)
)
"""Skin of lower outer quadrant of breast (FMA 61423). Included from CID 4029."""

SkinOfLowerParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130304", "Skin of lower paraspinal region", (4029,)
)
"""Skin of lower paraspinal region (DCM 130304). Included from CID 4029."""

SkinOfMedialAspectOfAnkle: _Final[_Code] = _Code(
    "SCT", "181563003", "Skin of medial aspect of ankle", (4029,)
)
"""Skin of medial aspect of ankle (SCT 181563003). Included from CID 4029."""

SkinOfMedialBorderOfSoleOfFoot: _Final[_Code] = _Code(
    "SCT", "52953006", "Skin of medial border of sole of foot", (4029,)
)
"""Skin of medial border of sole of foot (SCT 52953006). Included from CID 4029."""

SkinOfMedialCanthus: _Final[_Code] = _Code("SCT", "27887005", "Skin of medial canthus", (4029,))
"""Skin of medial canthus (SCT 27887005). Included from CID 4029."""

SkinOfMedialPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130313", "Skin of medial part of dorsum of foot", (4029,)
)
"""Skin of medial part of dorsum of foot (DCM 130313). Included from CID 4029."""

SkinOfMedialPartOfHeel: _Final[_Code] = _Code(
    "SCT", "699919007", "Skin of medial part of heel", (4029,)
)
"""Skin of medial part of heel (SCT 699919007). Included from CID 4029."""

SkinOfMedialSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "73958006", "Skin of medial surface of thigh", (4029,)
)
"""Skin of medial surface of thigh (SCT 73958006). Included from CID 4029."""

SkinOfMidBack: _Final[_Code] = _Code("DCM", "130323", "Skin of mid back", (4029,))
"""Skin of mid back (DCM 130323). Included from CID 4029."""

SkinOfMidParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130303", "Skin of mid paraspinal region", (4029,)
)
"""Skin of mid paraspinal region (DCM 130303). Included from CID 4029."""

SkinOfNasolabialFold: _Final[_Code] = _Code("SCT", "37108007", "Skin of nasolabial fold", (4029,))
"""Skin of nasolabial fold (SCT 37108007). Included from CID 4029."""

SkinOfNeck: _Final[_Code] = _Code("SCT", "43081002", "Skin of neck", (4029,))
"""Skin of neck (SCT 43081002). Included from CID 4029."""

SkinOfNipple: _Final[_Code] = _Code("SCT", "54468004", "Skin of nipple", (4029,))
"""Skin of nipple (SCT 54468004). Included from CID 4029."""

SkinOfNose: _Final[_Code] = _Code("SCT", "113179006", "Skin of nose", (4029,))
"""Skin of nose (SCT 113179006). Included from CID 4029."""

SkinOfNuchalRegion: _Final[_Code] = _Code("SCT", "4658004", "Skin of nuchal region", (4029,))
"""Skin of nuchal region (SCT 4658004). Included from CID 4029."""

SkinOfOccipitalRegion: _Final[_Code] = _Code("SCT", "79951008", "Skin of occipital region", (4029,))
"""Skin of occipital region (SCT 79951008). Included from CID 4029."""

SkinOfPalmOfHand: _Final[_Code] = _Code("SCT", "70887009", "Skin of palm of hand", (4029,))
"""Skin of palm of hand (SCT 70887009). Included from CID 4029."""

SkinOfPalmarAreaOfWrist: _Final[_Code] = _Code(
    "SCT", "24527008", "Skin of palmar area of wrist", (4029,)
)
"""Skin of palmar area of wrist (SCT 24527008). Included from CID 4029."""

SkinOfPalmarPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38344", "Skin of palmar part of index finger", (4029,)
)
"""Skin of palmar part of index finger (FMA 38344). Included from CID 4029."""

SkinOfPalmarPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38357", "Skin of palmar part of little finger", (4029,)
)
"""Skin of palmar part of little finger (FMA 38357). Included from CID 4029."""

SkinOfPalmarPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38347", "Skin of palmar part of middle finger", (4029,)
)
"""Skin of palmar part of middle finger (FMA 38347). Included from CID 4029."""

SkinOfPalmarPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38354", "Skin of palmar part of ring finger", (4029,)
)
"""Skin of palmar part of ring finger (FMA 38354). Included from CID 4029."""

SkinOfPalmarPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38341", "Skin of palmar part of thumb", (4029,)
)
"""Skin of palmar part of thumb (FMA 38341). Included from CID 4029."""

SkinOfParanasalCheek: _Final[_Code] = _Code("DCM", "130314", "Skin of paranasal cheek", (4029,))
"""Skin of paranasal cheek (DCM 130314). Included from CID 4029."""

SkinOfParaspinalAreaOfTheNeck: _Final[_Code] = _Code(
    "DCM", "130300", "Skin of paraspinal area of the neck", (4029,)
)
"""Skin of paraspinal area of the neck (DCM 130300). Included from CID 4029."""

SkinOfParaspinalAreaOfTheSuperiorBack: _Final[_Code] = _Code(
    "DCM", "130301", "Skin of paraspinal area of the superior back", (4029,)
)
"""Skin of paraspinal area of the superior back (DCM 130301). Included from CID 4029."""

SkinOfParietalRegion: _Final[_Code] = _Code("SCT", "21672008", "Skin of parietal region", (4029,))
"""Skin of parietal region (SCT 21672008). Included from CID 4029."""

SkinOfPartOfDorsalSurfaceOfHand: _Final[_Code] = _Code(
    "SCT", "281642007", "Skin of part of dorsal surface of hand", (4029,)
)
"""Skin of part of dorsal surface of hand (SCT 281642007). Included from CID 4029."""

SkinOfPenis: _Final[_Code] = _Code("SCT", "35900000", "Skin of penis", (4029,))
"""Skin of penis (SCT 35900000). Included from CID 4029."""

SkinOfPerineum: _Final[_Code] = _Code("SCT", "48014002", "Skin of perineum", (4029,))
"""Skin of perineum (SCT 48014002). Included from CID 4029."""

SkinOfPerioralRegionOfFace: _Final[_Code] = _Code(
    "SCT", "110488009", "Skin of perioral region of face", (4029,)
)
"""Skin of perioral region of face (SCT 110488009). Included from CID 4029."""

SkinOfPhiltrum: _Final[_Code] = _Code("SCT", "84365009", "Skin of philtrum", (4029,))
"""Skin of philtrum (SCT 84365009). Included from CID 4029."""

SkinOfPlantarPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "38119", "Skin of plantar part of fifth toe", (4029,)
)
"""Skin of plantar part of fifth toe (FMA 38119). Included from CID 4029."""

SkinOfPlantarPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "38116", "Skin of plantar part of fourth toe", (4029,)
)
"""Skin of plantar part of fourth toe (FMA 38116). Included from CID 4029."""

SkinOfPlantarPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "38107", "Skin of plantar part of great toe", (4029,)
)
"""Skin of plantar part of great toe (FMA 38107). Included from CID 4029."""

SkinOfPlantarPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "38110", "Skin of plantar part of second toe", (4029,)
)
"""Skin of plantar part of second toe (FMA 38110). Included from CID 4029."""

SkinOfPlantarPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "38113", "Skin of plantar part of third toe", (4029,)
)
"""Skin of plantar part of third toe (FMA 38113). Included from CID 4029."""

SkinOfPoplitealFossa: _Final[_Code] = _Code("SCT", "84507004", "Skin of popliteal fossa", (4029,))
"""Skin of popliteal fossa (SCT 84507004). Included from CID 4029."""

SkinOfPostauricularRegion: _Final[_Code] = _Code(
    "SCT", "24483006", "Skin of postauricular region", (4029,)
)
"""Skin of postauricular region (SCT 24483006). Included from CID 4029."""

SkinOfPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130315", "Skin of posterior helix of ear", (4029,)
)
"""Skin of posterior helix of ear (DCM 130315). Included from CID 4029."""

SkinOfPosteriorLobuleOfTheEar: _Final[_Code] = _Code(
    "DCM", "130316", "Skin of posterior lobule of the ear", (4029,)
)
"""Skin of posterior lobule of the ear (DCM 130316). Included from CID 4029."""

SkinOfPosteriorSurfaceOfElbow: _Final[_Code] = _Code(
    "SCT", "181536004", "Skin of posterior surface of elbow", (4029,)
)
"""Skin of posterior surface of elbow (SCT 181536004). Included from CID 4029."""

SkinOfPosteriorSurfaceOfForearm: _Final[_Code] = _Code(
    "SCT", "41550009", "Skin of posterior surface of forearm", (4029,)
)
"""Skin of posterior surface of forearm (SCT 41550009). Included from CID 4029."""

SkinOfPosteriorSurfaceOfLowerLeg: _Final[_Code] = _Code(
    "SCT", "47224004", "Skin of posterior surface of lower leg", (4029,)
)
"""Skin of posterior surface of lower leg (SCT 47224004). Included from CID 4029."""

SkinOfPosteriorSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "4578000", "Skin of posterior surface of thigh", (4029,)
)
"""Skin of posterior surface of thigh (SCT 4578000). Included from CID 4029."""

SkinOfPosteriorSurfaceOfThorax: _Final[_Code] = _Code(
    "SCT", "244111001", "Skin of posterior surface of thorax", (4029,)
)
"""Skin of posterior surface of thorax (SCT 244111001). Included from CID 4029."""

SkinOfPosteriorSurfaceOfUpperArm: _Final[_Code] = _Code(
    "SCT", "72939005", "Skin of posterior surface of upper arm", (4029,)
)
"""Skin of posterior surface of upper arm (SCT 72939005). Included from CID 4029."""

SkinOfPreauricularRegion: _Final[_Code] = _Code(
    "SCT", "86719006", "Skin of preauricular region", (4029,)
)
"""Skin of preauricular region (SCT 86719006). Included from CID 4029."""

SkinOfPrepuceOfClitoris: _Final[_Code] = _Code(
    "SCT", "76723005", "Skin of prepuce of clitoris", (4029,)
)
"""Skin of prepuce of clitoris (SCT 76723005). Included from CID 4029."""

SkinOfRootOfPenis: _Final[_Code] = _Code("SCT", "244117002", "Skin of root of penis", (4029,))
"""Skin of root of penis (SCT 244117002). Included from CID 4029."""

SkinOfScalp: _Final[_Code] = _Code("SCT", "43067004", "Skin of scalp", (4029,))
"""Skin of scalp (SCT 43067004). Included from CID 4029."""

SkinOfScrotum: _Final[_Code] = _Code("SCT", "81992007", "Skin of scrotum", (4029,))
"""Skin of scrotum (SCT 81992007). Included from CID 4029."""

SkinOfShaftOfPenis: _Final[_Code] = _Code("SCT", "244118007", "Skin of shaft of penis", (4029,))
"""Skin of shaft of penis (SCT 244118007). Included from CID 4029."""

SkinOfSideOfNose: _Final[_Code] = _Code("SCT", "314395006", "Skin of side of nose", (4029,))
"""Skin of side of nose (SCT 314395006). Included from CID 4029."""

SkinOfSoleOfForefoot: _Final[_Code] = _Code("DCM", "130317", "Skin of sole of forefoot", (4029,))
"""Skin of sole of forefoot (DCM 130317). Included from CID 4029."""

SkinOfSubmentalArea: _Final[_Code] = _Code("SCT", "34926004", "Skin of submental area", (4029,))
"""Skin of submental area (SCT 34926004). Included from CID 4029."""

SkinOfSuperiorAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130318", "Skin of superior antihelix of ear", (4029,)
)
"""Skin of superior antihelix of ear (DCM 130318). Included from CID 4029."""

SkinOfSuperiorPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130319", "Skin of superior posterior helix of ear", (4029,)
)
"""Skin of superior posterior helix of ear (DCM 130319). Included from CID 4029."""

SkinOfSuperiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130320", "Skin of superior posterior surface of the pinna", (4029,)
)
"""Skin of superior posterior surface of the pinna (DCM 130320). Included from CID 4029."""

SkinOfSupraclavicularRegionOfNeck: _Final[_Code] = _Code(
    "SCT", "76072005", "Skin of supraclavicular region of neck", (4029,)
)
"""Skin of supraclavicular region of neck (SCT 76072005). Included from CID 4029."""

SkinOfTemporalRegion: _Final[_Code] = _Code("SCT", "16621002", "Skin of temporal region", (4029,))
"""Skin of temporal region (SCT 16621002). Included from CID 4029."""

SkinOfThenarRegionOfPalm: _Final[_Code] = _Code(
    "SCT", "26795005", "Skin of thenar region of palm", (4029,)
)
"""Skin of thenar region of palm (SCT 26795005). Included from CID 4029."""

SkinOfTipOfNose: _Final[_Code] = _Code("SCT", "79283007", "Skin of tip of nose", (4029,))
"""Skin of tip of nose (SCT 79283007). Included from CID 4029."""

SkinOfToe: _Final[_Code] = _Code("SCT", "52034004", "Skin of toe", (4029,))
"""Skin of toe (SCT 52034004). Included from CID 4029."""

SkinOfTragus: _Final[_Code] = _Code("SCT", "79502000", "Skin of tragus", (4029,))
"""Skin of tragus (SCT 79502000). Included from CID 4029."""

SkinOfUmbilicus: _Final[_Code] = _Code("SCT", "315003", "Skin of umbilicus", (4029,))
"""Skin of umbilicus (SCT 315003). Included from CID 4029."""

SkinOfUpperAbdomen: _Final[_Code] = _Code("SCT", "699935000", "Skin of upper abdomen", (4029,))
"""Skin of upper abdomen (SCT 699935000). Included from CID 4029."""

SkinOfUpperAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130321", "Skin of upper antihelix of ear", (4029,)
)
"""Skin of upper antihelix of ear (DCM 130321). Included from CID 4029."""

SkinOfUpperExtremity: _Final[_Code] = _Code("SCT", "371311000", "Skin of upper extremity", (4029,))
"""Skin of upper extremity (SCT 371311000). Included from CID 4029."""

SkinOfUpperEyelid: _Final[_Code] = _Code("SCT", "41310005", "Skin of upper eyelid", (4029,))
"""Skin of upper eyelid (SCT 41310005). Included from CID 4029."""

SkinOfUpperEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130322", "Skin of upper eyelid margin", (4029,)
)
"""Skin of upper eyelid margin (DCM 130322). Included from CID 4029."""

SkinOfUpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61426", "Skin of upper inner quadrant of breast", (4029,)
)
"""Skin of upper inner quadrant of breast (FMA 61426). Included from CID 4029."""

SkinOfUpperLip: _Final[_Code] = _Code("SCT", "16251004", "Skin of upper lip", (4029,))
"""Skin of upper lip (SCT 16251004). Included from CID 4029."""

SkinOfUpperOuterQuadrantOfLeftBreast: _Final[_Code] = _Code(
    "FMA", "61439", "Skin of upper outer quadrant of left breast", (4029,)
)
"""Skin of upper outer quadrant of left breast (FMA 61439). Included from CID 4029."""

SkinOfUpperParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130302", "Skin of upper paraspinal region", (4029,)
)
"""Skin of upper paraspinal region (DCM 130302). Included from CID 4029."""

SkinOfUpperTrunk: _Final[_Code] = _Code("SCT", "54440003", "Skin of upper trunk", (4029,))
"""Skin of upper trunk (SCT 54440003). Included from CID 4029."""

SkinOfVermilionProperOfLowerLip: _Final[_Code] = _Code(
    "FMA", "312651", "Skin of vermilion proper of lower lip", (4029,)
)
"""Skin of vermilion proper of lower lip (FMA 312651). Included from CID 4029."""

SkinOfVermilionProperOfUpperLip: _Final[_Code] = _Code(
    "FMA", "312647", "Skin of vermilion proper of upper lip", (4029,)
)
"""Skin of vermilion proper of upper lip (FMA 312647). Included from CID 4029."""

SkinOfVertexOfScalp: _Final[_Code] = _Code("SCT", "61719002", "Skin of vertex of scalp", (4029,))
"""Skin of vertex of scalp (SCT 61719002). Included from CID 4029."""

SternalSkin: _Final[_Code] = _Code("SCT", "244107007", "Sternal skin", (4029,))
"""Sternal skin (SCT 244107007). Included from CID 4029."""

VaginalIntroitus: _Final[_Code] = _Code("SCT", "18857001", "Vaginal introitus", (4029,))
"""Vaginal introitus (SCT 18857001). Included from CID 4029."""

VulvalVestibule: _Final[_Code] = _Code("SCT", "23213005", "Vulval vestibule", (4029,))
"""Vulval vestibule (SCT 23213005). Included from CID 4029."""

AnteriorChamberOfEye: _Final[_Code] = _Code(
    "SCT", "31636006", "Anterior chamber of eye", (4209, 4211, 4233)
)
"""Anterior chamber of eye (SCT 31636006). Included from CID 4209."""

BothEyes: _Final[_Code] = _Code("SCT", "40638003", "Both eyes", (4209,))
"""Both eyes (SCT 40638003). Included from CID 4209."""

ChoroidOfEye: _Final[_Code] = _Code("SCT", "68703001", "Choroid of eye", (4209, 4211))
"""Choroid of eye (SCT 68703001). Included from CID 4209."""

CiliaryBody: _Final[_Code] = _Code("SCT", "29534007", "Ciliary body", (4209, 4211))
"""Ciliary body (SCT 29534007). Included from CID 4209."""

Conjunctiva: _Final[_Code] = _Code("SCT", "29445007", "Conjunctiva", (4209, 4211))
"""Conjunctiva (SCT 29445007). Included from CID 4209."""

FoveaCentralis: _Final[_Code] = _Code("SCT", "67046006", "Fovea centralis", (4209, 4266))
"""Fovea centralis (SCT 67046006). Included from CID 4209."""

LacrimalCaruncle: _Final[_Code] = _Code("SCT", "43045000", "Lacrimal caruncle", (4209,))
"""Lacrimal caruncle (SCT 43045000). Included from CID 4209."""

LacrimalGland: _Final[_Code] = _Code("SCT", "13561001", "Lacrimal gland", (4209,))
"""Lacrimal gland (SCT 13561001). Included from CID 4209."""

LacrimalSac: _Final[_Code] = _Code("SCT", "3954005", "Lacrimal sac", (4209,))
"""Lacrimal sac (SCT 3954005). Included from CID 4209."""

Lens: _Final[_Code] = _Code("SCT", "78076003", "Lens", (4209, 4211, 10044))
"""Lens (SCT 78076003). Included from CID 4209."""

LowerEyelid: _Final[_Code] = _Code("SCT", "62736007", "Lower Eyelid", (4209,))
"""Lower Eyelid (SCT 62736007). Included from CID 4209."""

OpticNerveHead: _Final[_Code] = _Code("SCT", "81016008", "Optic nerve head", (4209, 4211, 4266))
"""Optic nerve head (SCT 81016008). Included from CID 4209."""

UpperEyelid: _Final[_Code] = _Code("SCT", "38934000", "Upper Eyelid", (4209,))
"""Upper Eyelid (SCT 38934000). Included from CID 4209."""

Vitreous: _Final[_Code] = _Code("SCT", "26386000", "Vitreous", (4211, 4233))
"""Vitreous (SCT 26386000). Included from CID 4211."""

CornealEpithelium: _Final[_Code] = _Code("SCT", "15775008", "Corneal epithelium", (4211,))
"""Corneal epithelium (SCT 15775008). Included from CID 4211."""

CornealEndothelium: _Final[_Code] = _Code("SCT", "65431007", "Corneal endothelium", (4211,))
"""Corneal endothelium (SCT 65431007). Included from CID 4211."""

AxillaryFascia: _Final[_Code] = _Code("SCT", "368536000", "Axillary Fascia", (6149,))
"""Axillary Fascia (SCT 368536000). Included from CID 6149."""

CarotidBody: _Final[_Code] = _Code("SCT", "51345006", "Carotid Body", (6149,))
"""Carotid Body (SCT 51345006). Included from CID 6149."""

CostalCartilage: _Final[_Code] = _Code("SCT", "50016007", "Costal Cartilage", (6149,))
"""Costal Cartilage (SCT 50016007). Included from CID 6149."""

EsophagealHiatus: _Final[_Code] = _Code("SCT", "280062008", "Esophageal Hiatus", (6149,))
"""Esophageal Hiatus (SCT 280062008). Included from CID 6149."""

LeftMainBronchus: _Final[_Code] = _Code("SCT", "75245000", "Left main bronchus", (6149,))
"""Left main bronchus (SCT 75245000). Included from CID 6149."""

LigamentumArteriosum: _Final[_Code] = _Code("SCT", "2160002", "Ligamentum arteriosum", (6149,))
"""Ligamentum arteriosum (SCT 2160002). Included from CID 6149."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007). Included from CID 6149."""

PulmonaryValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004). Included from CID 6149."""

RightMainBronchus: _Final[_Code] = _Code("SCT", "70074004", "Right main bronchus", (6149,))
"""Right main bronchus (SCT 70074004). Included from CID 6149."""

ThoracicDuct: _Final[_Code] = _Code("SCT", "1732005", "Thoracic Duct", (6149,))
"""Thoracic Duct (SCT 1732005). Included from CID 6149."""

TrapeziusMuscle: _Final[_Code] = _Code("SCT", "31764008", "Trapezius muscle", (6116, 6149))
"""Trapezius muscle (SCT 31764008). Included from CID 6149."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003). Included from CID 6149."""

AcromionProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "31934006", "Acromion process of scapula", (6115,)
)
"""Acromion process of scapula (SCT 31934006). Included from CID 6115."""

AngleOfRib: _Final[_Code] = _Code("SCT", "14510004", "Angle of rib", (6115,))
"""Angle of rib (SCT 14510004). Included from CID 6115."""

ArchOfVertebra: _Final[_Code] = _Code("SCT", "40265002", "Arch of vertebra", (6115,))
"""Arch of vertebra (SCT 40265002). Included from CID 6115."""

BodyOfSternum: _Final[_Code] = _Code("SCT", "52509009", "Body of sternum", (6115,))
"""Body of sternum (SCT 52509009). Included from CID 6115."""

ClavicularNotchOfSternum: _Final[_Code] = _Code(
    "SCT", "75319007", "Clavicular notch of sternum", (6115,)
)
"""Clavicular notch of sternum (SCT 75319007). Included from CID 6115."""

CoracoidProcessOfScapula: _Final[_Code] = _Code(
    "SCT", "8931003", "Coracoid process of scapula", (6115,)
)
"""Coracoid process of scapula (SCT 8931003). Included from CID 6115."""

CostalGroove: _Final[_Code] = _Code("SCT", "17399006", "Costal groove", (6115,))
"""Costal groove (SCT 17399006). Included from CID 6115."""

DorsalAspectOfScapula: _Final[_Code] = _Code("SCT", "51698000", "Dorsal aspect of scapula", (6115,))
"""Dorsal aspect of scapula (SCT 51698000). Included from CID 6115."""

GlenoidCavityOfScapula: _Final[_Code] = _Code(
    "SCT", "46385009", "Glenoid cavity of scapula", (6115,)
)
"""Glenoid cavity of scapula (SCT 46385009). Included from CID 6115."""

HeadOfRib: _Final[_Code] = _Code("SCT", "12872006", "Head of rib", (6115,))
"""Head of rib (SCT 12872006). Included from CID 6115."""

InferiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181901007", "Inferior articular facet of axis", (6115,)
)
"""Inferior articular facet of axis (SCT 181901007). Included from CID 6115."""

InferiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317766009", "Inferior articular process of vertebra", (6115,)
)
"""Inferior articular process of vertebra (SCT 317766009). Included from CID 6115."""

LaminaOfVertebra: _Final[_Code] = _Code("SCT", "89340005", "Lamina of vertebra", (6115,))
"""Lamina of vertebra (SCT 89340005). Included from CID 6115."""

ManubriumOfSternum: _Final[_Code] = _Code("SCT", "37285002", "Manubrium of sternum", (6115,))
"""Manubrium of sternum (SCT 37285002). Included from CID 6115."""

NeckOfRib: _Final[_Code] = _Code("SCT", "72184008", "Neck of rib", (6115,))
"""Neck of rib (SCT 72184008). Included from CID 6115."""

PectoralGirdle: _Final[_Code] = _Code("SCT", "26444007", "Pectoral girdle", (6115,))
"""Pectoral girdle (SCT 26444007). Included from CID 6115."""

PedicleOfVertebra: _Final[_Code] = _Code("SCT", "78972004", "Pedicle of vertebra", (6115,))
"""Pedicle of vertebra (SCT 78972004). Included from CID 6115."""

RibScaleneTubercle: _Final[_Code] = _Code("DCM", "112096", "Rib Scalene Tubercle", (6115,))
"""Rib Scalene Tubercle (DCM 112096). Included from CID 6115."""

ScapularInfraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112101", "Scapular Infraspinatus Fossa", (6115,)
)
"""Scapular Infraspinatus Fossa (DCM 112101). Included from CID 6115."""

ScapularSpine: _Final[_Code] = _Code("DCM", "112099", "Scapular Spine", (6115,))
"""Scapular Spine (DCM 112099). Included from CID 6115."""

ScapularSupraspinatusFossa: _Final[_Code] = _Code(
    "DCM", "112100", "Scapular Supraspinatus Fossa", (6115,)
)
"""Scapular Supraspinatus Fossa (DCM 112100). Included from CID 6115."""

ShaftOfRib: _Final[_Code] = _Code("SCT", "41601005", "Shaft of rib", (6115,))
"""Shaft of rib (SCT 41601005). Included from CID 6115."""

SpinousProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "55678000", "Spinous process of vertebra", (6115,)
)
"""Spinous process of vertebra (SCT 55678000). Included from CID 6115."""

SternalAngle: _Final[_Code] = _Code("SCT", "44612009", "Sternal angle", (6115,))
"""Sternal angle (SCT 44612009). Included from CID 6115."""

SubscapularFossa: _Final[_Code] = _Code("DCM", "112098", "Subscapular Fossa", (6115,))
"""Subscapular Fossa (DCM 112098). Included from CID 6115."""

SuperiorArticularFacetOfAxis: _Final[_Code] = _Code(
    "SCT", "181900008", "Superior articular facet of axis", (6115,)
)
"""Superior articular facet of axis (SCT 181900008). Included from CID 6115."""

SuperiorArticularProcessOfVertebra: _Final[_Code] = _Code(
    "SCT", "317665004", "Superior articular process of vertebra", (6115,)
)
"""Superior articular process of vertebra (SCT 317665004). Included from CID 6115."""

TransverseProcessOrVertebra: _Final[_Code] = _Code(
    "SCT", "73400003", "Transverse process or vertebra", (6115,)
)
"""Transverse process or vertebra (SCT 73400003). Included from CID 6115."""

TubercleOfRib: _Final[_Code] = _Code("SCT", "113198008", "Tubercle of rib", (6115,))
"""Tubercle of rib (SCT 113198008). Included from CID 6115."""

VertebralCanal: _Final[_Code] = _Code("SCT", "61853006", "Vertebral canal", (6115,))
"""Vertebral canal (SCT 61853006). Included from CID 6115."""

VertebralForamen: _Final[_Code] = _Code("SCT", "280734009", "Vertebral foramen", (6115,))
"""Vertebral foramen (SCT 280734009). Included from CID 6115."""

VertebralIntervertebralNotch: _Final[_Code] = _Code(
    "DCM", "112097", "Vertebral Intervertebral Notch", (6115,)
)
"""Vertebral Intervertebral Notch (DCM 112097). Included from CID 6115."""

ChordaeTendineaeCordis: _Final[_Code] = _Code(
    "SCT", "102298001", "Chordae tendineae cordis", (6116,)
)
"""Chordae tendineae cordis (SCT 102298001). Included from CID 6116."""

DeltoidMuscle: _Final[_Code] = _Code("SCT", "35259002", "Deltoid muscle", (6116,))
"""Deltoid muscle (SCT 35259002). Included from CID 6116."""

ErectorSpinaeMuscle: _Final[_Code] = _Code("SCT", "44947003", "Erector spinae muscle", (6116,))
"""Erector spinae muscle (SCT 44947003). Included from CID 6116."""

ExternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "53967007", "External intercostal muscle", (6116,)
)
"""External intercostal muscle (SCT 53967007). Included from CID 6116."""

IliocostalisMuscle: _Final[_Code] = _Code("SCT", "57651003", "Iliocostalis muscle", (6116,))
"""Iliocostalis muscle (SCT 57651003). Included from CID 6116."""

InfraspinatusMuscle: _Final[_Code] = _Code("SCT", "72573008", "Infraspinatus muscle", (6116,))
"""Infraspinatus muscle (SCT 72573008). Included from CID 6116."""

InnermostIntercostalMuscles: _Final[_Code] = _Code(
    "SCT", "24062007", "Innermost intercostal muscles", (6116,)
)
"""Innermost intercostal muscles (SCT 24062007). Included from CID 6116."""

InteratrialSeptum: _Final[_Code] = _Code("SCT", "58095006", "Interatrial septum", (6116, 12284))
"""Interatrial septum (SCT 58095006). Included from CID 6116."""

InternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "41313007", "Internal intercostal muscle", (6116,)
)
"""Internal intercostal muscle (SCT 41313007). Included from CID 6116."""

InterventricularSeptum: _Final[_Code] = _Code(
    "SCT", "589001", "Interventricular septum", (6116, 12286, 12305)
)
"""Interventricular septum (SCT 589001). Included from CID 6116."""

LatissimusDorsiMuscle: _Final[_Code] = _Code("SCT", "15665001", "Latissimus dorsi muscle", (6116,))
"""Latissimus dorsi muscle (SCT 15665001). Included from CID 6116."""

LevatoresCostarumMuscles: _Final[_Code] = _Code(
    "SCT", "73930003", "Levatores costarum muscles", (6116,)
)
"""Levatores costarum muscles (SCT 73930003). Included from CID 6116."""

LongissimusMuscle: _Final[_Code] = _Code("SCT", "88340001", "Longissimus muscle", (6116,))
"""Longissimus muscle (SCT 88340001). Included from CID 6116."""

PectoralisMajorMuscle: _Final[_Code] = _Code("SCT", "60005003", "Pectoralis major muscle", (6116,))
"""Pectoralis major muscle (SCT 60005003). Included from CID 6116."""

PectoralisMinorMuscle: _Final[_Code] = _Code("SCT", "18686000", "Pectoralis minor muscle", (6116,))
"""Pectoralis minor muscle (SCT 18686000). Included from CID 6116."""

ScalenousAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "50755001", "Scalenous anterior muscle", (6116,)
)
"""Scalenous anterior muscle (SCT 50755001). Included from CID 6116."""

SerratusAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "18346003", "Serratus anterior muscle", (6116,)
)
"""Serratus anterior muscle (SCT 18346003). Included from CID 6116."""

SpinalisMuscle: _Final[_Code] = _Code("SCT", "4317002", "Spinalis muscle", (6116,))
"""Spinalis muscle (SCT 4317002). Included from CID 6116."""

SternocleidomastoidMuscle: _Final[_Code] = _Code(
    "SCT", "22823000", "Sternocleidomastoid muscle", (6116,)
)
"""Sternocleidomastoid muscle (SCT 22823000). Included from CID 6116."""

SubcostalMuscle: _Final[_Code] = _Code("SCT", "64658001", "Subcostal muscle", (6116,))
"""Subcostal muscle (SCT 64658001). Included from CID 6116."""

SubscapularisMuscle: _Final[_Code] = _Code("SCT", "90588001", "Subscapularis muscle", (6116,))
"""Subscapularis muscle (SCT 90588001). Included from CID 6116."""

SupraspinatusMuscle: _Final[_Code] = _Code("SCT", "6423006", "Supraspinatus muscle", (6116,))
"""Supraspinatus muscle (SCT 6423006). Included from CID 6116."""

TeresMajorMuscle: _Final[_Code] = _Code("SCT", "1193009", "Teres major muscle", (6116,))
"""Teres major muscle (SCT 1193009). Included from CID 6116."""

TeresMinorMuscle: _Final[_Code] = _Code("SCT", "51159009", "Teres minor muscle", (6116,))
"""Teres minor muscle (SCT 51159009). Included from CID 6116."""

TrabeculaeCarnae: _Final[_Code] = _Code("SCT", "118755002", "Trabeculae carnae", (6116,))
"""Trabeculae carnae (SCT 118755002). Included from CID 6116."""

TransversusThoracis: _Final[_Code] = _Code("SCT", "88454005", "Transversus thoracis", (6116,))
"""Transversus thoracis (SCT 88454005). Included from CID 6116."""

AorticIsthmus: _Final[_Code] = _Code("SCT", "88593004", "Aortic isthmus", (6117, 12291))
"""Aortic isthmus (SCT 88593004). Included from CID 6117."""

AorticKnob: _Final[_Code] = _Code("DCM", "112102", "Aortic knob", (6117,))
"""Aortic knob (DCM 112102). Included from CID 6117."""

ArchOfTheAzygosVein: _Final[_Code] = _Code("DCM", "112103", "Arch of the Azygos vein", (6117,))
"""Arch of the Azygos vein (DCM 112103). Included from CID 6117."""

BronchialArtery: _Final[_Code] = _Code("SCT", "64468002", "Bronchial artery", (6117,))
"""Bronchial artery (SCT 64468002). Included from CID 6117."""

CostocervicalTrunk: _Final[_Code] = _Code("SCT", "3159004", "Costocervical trunk", (6117,))
"""Costocervical trunk (SCT 3159004). Included from CID 6117."""

DescendingAorta_281130003: _Final[_Code] = _Code(
    "SCT", "281130003", "Descending aorta", (6117, 12141)
)
"""Descending aorta (SCT 281130003). Included from CID 6117."""

DorsalScapularArtery: _Final[_Code] = _Code("SCT", "91732003", "Dorsal scapular artery", (6117,))
"""Dorsal scapular artery (SCT 91732003). Included from CID 6117."""

EsophagealArtery: _Final[_Code] = _Code("SCT", "206034008", "Esophageal artery", (6117,))
"""Esophageal artery (SCT 206034008). Included from CID 6117."""

ExternalJugularVein: _Final[_Code] = _Code("SCT", "71585003", "External jugular vein", (6117,))
"""External jugular vein (SCT 71585003). Included from CID 6117."""

InferiorPhrenicArtery: _Final[_Code] = _Code("SCT", "29660000", "Inferior phrenic artery", (6117,))
"""Inferior phrenic artery (SCT 29660000). Included from CID 6117."""

IntercostalArtery: _Final[_Code] = _Code("SCT", "281134007", "Intercostal artery", (6117,))
"""Intercostal artery (SCT 281134007). Included from CID 6117."""

PericardiophrenicArtery: _Final[_Code] = _Code(
    "SCT", "3924000", "Pericardiophrenic Artery", (6117,)
)
"""Pericardiophrenic Artery (SCT 3924000). Included from CID 6117."""

PulmonaryTrunk: _Final[_Code] = _Code(
    "SCT", "45341000", "Pulmonary trunk", (3829, 6117, 12290, 12305)
)
"""Pulmonary trunk (SCT 45341000). Included from CID 6117."""

SuperiorPhrenicArtery: _Final[_Code] = _Code("SCT", "38991005", "Superior phrenic artery", (6117,))
"""Superior phrenic artery (SCT 38991005). Included from CID 6117."""

ThyrocervicalTrunk: _Final[_Code] = _Code("SCT", "6538005", "Thyrocervical trunk", (6117,))
"""Thyrocervical trunk (SCT 6538005). Included from CID 6117."""

Lobar: _Final[_Code] = _Code("DCM", "112158", "Lobar", (6128, 6129))
"""Lobar (DCM 112158). Included from CID 6129."""

InterstitialTissue: _Final[_Code] = _Code("SCT", "85293002", "Interstitial tissue", (6129,))
"""Interstitial tissue (SCT 85293002). Included from CID 6129."""

HilumOfLung: _Final[_Code] = _Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007). Included from CID 6129."""

PleuralStructure: _Final[_Code] = _Code(
    "SCT", "3120008", "Pleural structure", (6100, 6129, 7155, 12294)
)
"""Pleural structure (SCT 3120008). Included from CID 6129."""

ChestWall: _Final[_Code] = _Code("SCT", "78904004", "Chest wall", (6018, 6129))
"""Chest wall (SCT 78904004). Included from CID 6129."""

UpperAbdomen: _Final[_Code] = _Code("SCT", "80581009", "Upper abdomen", (6129,))
"""Upper abdomen (SCT 80581009). Included from CID 6129."""

Bone_272673000: _Final[_Code] = _Code("SCT", "272673000", "Bone", (6204,))
"""Bone (SCT 272673000). Included from CID 6204."""

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004). Included from CID 6204."""

Muscle: _Final[_Code] = _Code("SCT", "71616004", "Muscle", (6100, 6204, 10044))
"""Muscle (SCT 71616004). Included from CID 6204."""

Appendix: _Final[_Code] = _Code("SCT", "66754008", "Appendix", (6204,))
"""Appendix (SCT 66754008). Included from CID 6204."""

AppendicealStump: _Final[_Code] = _Code("SCT", "441850003", "Appendiceal stump", (6204,))
"""Appendiceal stump (SCT 441850003). Included from CID 6204."""

DescendingColon: _Final[_Code] = _Code("SCT", "32622004", "Descending colon", (6210,))
"""Descending colon (SCT 32622004). Included from CID 6210."""

TransverseColon: _Final[_Code] = _Code("SCT", "485005", "Transverse colon", (6210,))
"""Transverse colon (SCT 485005). Included from CID 6210."""

AscendingColon: _Final[_Code] = _Code("SCT", "9040008", "Ascending colon", (6210,))
"""Ascending colon (SCT 9040008). Included from CID 6210."""

Cecum: _Final[_Code] = _Code("SCT", "32713005", "Cecum", (6210,))
"""Cecum (SCT 32713005). Included from CID 6210."""

SplenicFlexureOfColon: _Final[_Code] = _Code("SCT", "72592005", "Splenic flexure of colon", (6210,))
"""Splenic flexure of colon (SCT 72592005). Included from CID 6210."""

HepaticFlexureOfColon: _Final[_Code] = _Code("SCT", "48338005", "Hepatic flexure of colon", (6210,))
"""Hepatic flexure of colon (SCT 48338005). Included from CID 6210."""

Pericardium: _Final[_Code] = _Code("SCT", "76848001", "Pericardium", (7152, 12294))
"""Pericardium (SCT 76848001). Included from CID 7152."""

PericardialCavity: _Final[_Code] = _Code("SCT", "25489000", "Pericardial cavity", (7152,))
"""Pericardial cavity (SCT 25489000). Included from CID 7152."""

Adenohypophysis: _Final[_Code] = _Code("SCT", "62818001", "Adenohypophysis", (7153,))
"""Adenohypophysis (SCT 62818001). Included from CID 7153."""

Amygdala: _Final[_Code] = _Code("SCT", "4958002", "Amygdala", (7140, 7153))
"""Amygdala (SCT 4958002). Included from CID 7153."""

Arachnoid: _Final[_Code] = _Code("SCT", "75042008", "Arachnoid", (7153,))
"""Arachnoid (SCT 75042008). Included from CID 7153."""

ArcuateFasciculus_276650: _Final[_Code] = _Code("FMA", "276650", "Arcuate Fasciculus", (7153,))
"""Arcuate Fasciculus (FMA 276650). Included from CID 7153."""

BrainCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280371009", "Brain cerebrospinal fluid pathway", (7153,)
)
"""Brain cerebrospinal fluid pathway (SCT 280371009). Included from CID 7153."""

BrainStem: _Final[_Code] = _Code("SCT", "119238007", "Brain stem", (7140, 7153))
"""Brain stem (SCT 119238007). Included from CID 7153."""

BrainVentricle: _Final[_Code] = _Code("SCT", "35764002", "Brain ventricle", (7153,))
"""Brain ventricle (SCT 35764002). Included from CID 7153."""

CaudateNucleus: _Final[_Code] = _Code("SCT", "11000004", "Caudate nucleus", (7140, 7153))
"""Caudate nucleus (SCT 11000004). Included from CID 7153."""

CerebellarWhiteMatter: _Final[_Code] = _Code(
    "SCT", "33060004", "Cerebellar white matter", (7140, 7153, 7710)
)
"""Cerebellar white matter (SCT 33060004). Included from CID 7153."""

CerebralAqueduct: _Final[_Code] = _Code("SCT", "80447000", "Cerebral aqueduct", (7153,))
"""Cerebral aqueduct (SCT 80447000). Included from CID 7153."""

CerebralCortex: _Final[_Code] = _Code("SCT", "40146001", "Cerebral cortex", (7140, 7153))
"""Cerebral cortex (SCT 40146001). Included from CID 7153."""

CerebralFornix: _Final[_Code] = _Code("SCT", "87463005", "Cerebral fornix", (7153, 7704))
"""Cerebral fornix (SCT 87463005). Included from CID 7153."""

CerebralHemisphere: _Final[_Code] = _Code("SCT", "372073000", "Cerebral hemisphere", (7153, 12022))
"""Cerebral hemisphere (SCT 372073000). Included from CID 7153."""

CerebralWhiteMatter: _Final[_Code] = _Code(
    "SCT", "68523003", "Cerebral White Matter", (7140, 7153, 7710)
)
"""Cerebral White Matter (SCT 68523003). Included from CID 7153."""

CerebrospinalFluid: _Final[_Code] = _Code("SCT", "65216001", "Cerebrospinal Fluid", (7153,))
"""Cerebrospinal Fluid (SCT 65216001). Included from CID 7153."""

Cingulum: _Final[_Code] = _Code("SCT", "37035000", "Cingulum", (7153, 7704))
"""Cingulum (SCT 37035000). Included from CID 7153."""

CorpusCallosum: _Final[_Code] = _Code("SCT", "88442005", "Corpus callosum", (7153, 7705))
"""Corpus callosum (SCT 88442005). Included from CID 7153."""

CorpusStriatum: _Final[_Code] = _Code("SCT", "31428008", "Corpus striatum", (7153,))
"""Corpus striatum (SCT 31428008). Included from CID 7153."""

Diencephalon: _Final[_Code] = _Code("SCT", "87563008", "Diencephalon", (7153,))
"""Diencephalon (SCT 87563008). Included from CID 7153."""

DuraMater: _Final[_Code] = _Code("SCT", "18545000", "Dura mater", (5, 7153))
"""Dura mater (SCT 18545000). Included from CID 7153."""

EntorhinalCortex: _Final[_Code] = _Code("SCT", "3937002", "Entorhinal Cortex", (7153,))
"""Entorhinal Cortex (SCT 3937002). Included from CID 7153."""

FourthVentricle: _Final[_Code] = _Code("SCT", "35918002", "Fourth ventricle", (7140, 7153))
"""Fourth ventricle (SCT 35918002). Included from CID 7153."""

FrontalLobe: _Final[_Code] = _Code("SCT", "83251001", "Frontal lobe", (7153,))
"""Frontal lobe (SCT 83251001). Included from CID 7153."""

GlobusPallidus: _Final[_Code] = _Code("SCT", "14738005", "Globus pallidus", (7140, 7153))
"""Globus pallidus (SCT 14738005). Included from CID 7153."""

GrayMatter: _Final[_Code] = _Code("SCT", "389081007", "Gray Matter", (7153,))
"""Gray Matter (SCT 389081007). Included from CID 7153."""

Hippocampus: _Final[_Code] = _Code("SCT", "5366008", "Hippocampus", (7140, 7153))
"""Hippocampus (SCT 5366008). Included from CID 7153."""

InferiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "67701001", "Inferior cerebellar peduncle", (7153, 7701)
)
"""Inferior cerebellar peduncle (SCT 67701001). Included from CID 7153."""

InferiorLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "55233005", "Inferior longitudinal fasciculus", (7153, 7703)
)
"""Inferior longitudinal fasciculus (SCT 55233005). Included from CID 7153."""

Insula: _Final[_Code] = _Code("SCT", "36169008", "Insula", (7153,))
"""Insula (SCT 36169008). Included from CID 7153."""

LateralCorticospinalTract: _Final[_Code] = _Code(
    "SCT", "461002", "Lateral corticospinal tract", (7153,)
)
"""Lateral corticospinal tract (SCT 461002). Included from CID 7153."""

LateralVentricle: _Final[_Code] = _Code("SCT", "66720007", "Lateral ventricle", (7140, 7153, 12022))
"""Lateral ventricle (SCT 66720007). Included from CID 7153."""

LimbicLobe: _Final[_Code] = _Code("SCT", "279215006", "Limbic lobe", (7153,))
"""Limbic lobe (SCT 279215006). Included from CID 7153."""

MedialLemniscus: _Final[_Code] = _Code("SCT", "30114003", "Medial Lemniscus", (7153, 7701))
"""Medial Lemniscus (SCT 30114003). Included from CID 7153."""

Meninges: _Final[_Code] = _Code("SCT", "1231004", "Meninges", (7153,))
"""Meninges (SCT 1231004). Included from CID 7153."""

Midbrain: _Final[_Code] = _Code("SCT", "61962009", "Midbrain", (7153,))
"""Midbrain (SCT 61962009). Included from CID 7153."""

MiddleCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "33723005", "Middle cerebellar peduncle", (7153, 7701)
)
"""Middle cerebellar peduncle (SCT 33723005). Included from CID 7153."""

NucleusAccumbens: _Final[_Code] = _Code("SCT", "427667007", "Nucleus accumbens", (7140, 7153))
"""Nucleus accumbens (SCT 427667007). Included from CID 7153."""

Neurohypophysis: _Final[_Code] = _Code("SCT", "37512009", "Neurohypophysis", (7153,))
"""Neurohypophysis (SCT 37512009). Included from CID 7153."""

OccipitalLobe: _Final[_Code] = _Code("SCT", "31065004", "Occipital lobe", (7153,))
"""Occipital lobe (SCT 31065004). Included from CID 7153."""

OpticChiasm: _Final[_Code] = _Code("SCT", "244453006", "Optic chiasm", (7153,))
"""Optic chiasm (SCT 244453006). Included from CID 7153."""

OpticRadiation: _Final[_Code] = _Code("SCT", "70105001", "Optic radiation", (7153, 7702))
"""Optic radiation (SCT 70105001). Included from CID 7153."""

OpticTract: _Final[_Code] = _Code("SCT", "53238003", "Optic tract", (7153,))
"""Optic tract (SCT 53238003). Included from CID 7153."""

ParietalLobe: _Final[_Code] = _Code("SCT", "16630005", "Parietal lobe", (7153,))
"""Parietal lobe (SCT 16630005). Included from CID 7153."""

PiaMater: _Final[_Code] = _Code("SCT", "23180006", "Pia mater", (5, 7153))
"""Pia mater (SCT 23180006). Included from CID 7153."""

PinealGland: _Final[_Code] = _Code("SCT", "45793000", "Pineal Gland", (7153,))
"""Pineal Gland (SCT 45793000). Included from CID 7153."""

Pituitary: _Final[_Code] = _Code("SCT", "56329008", "Pituitary", (7153,))
"""Pituitary (SCT 56329008). Included from CID 7153."""

PosteriorCerebralCommissure: _Final[_Code] = _Code(
    "SCT", "279336005", "Posterior cerebral commissure", (7101, 7153, 7705)
)
"""Posterior cerebral commissure (SCT 279336005). Included from CID 7153."""

Putamen: _Final[_Code] = _Code("SCT", "89278009", "Putamen", (7140, 7153))
"""Putamen (SCT 89278009). Included from CID 7153."""

SpinalCerebrospinalFluidPathway: _Final[_Code] = _Code(
    "SCT", "280401006", "Spinal cerebrospinal fluid pathway", (7153,)
)
"""Spinal cerebrospinal fluid pathway (SCT 280401006). Included from CID 7153."""

SpinalCordGrayMatter: _Final[_Code] = _Code("SCT", "12958003", "Spinal cord gray matter", (7153,))
"""Spinal cord gray matter (SCT 12958003). Included from CID 7153."""

SpinalCordWhiteMatter: _Final[_Code] = _Code(
    "SCT", "27088001", "Spinal cord white matter", (7153, 7710)
)
"""Spinal cord white matter (SCT 27088001). Included from CID 7153."""

SubarachnoidSpace: _Final[_Code] = _Code("SCT", "35951006", "Subarachnoid space", (7153,))
"""Subarachnoid space (SCT 35951006). Included from CID 7153."""

SubcorticalGrayMatter: _Final[_Code] = _Code("FMA", "223151", "Subcortical gray matter", (7153,))
"""Subcortical gray matter (FMA 223151). Included from CID 7153."""

SubstantiaNigra: _Final[_Code] = _Code("SCT", "70007007", "Substantia nigra", (7153,))
"""Substantia nigra (SCT 70007007). Included from CID 7153."""

SuperiorCerebellarPeduncle: _Final[_Code] = _Code(
    "SCT", "11089000", "Superior cerebellar peduncle", (7153, 7701)
)
"""Superior cerebellar peduncle (SCT 11089000). Included from CID 7153."""

SuperiorLongitudinalFasciculus_89202009: _Final[_Code] = _Code(
    "SCT", "89202009", "Superior longitudinal fasciculus", (7153,)
)
"""Superior longitudinal fasciculus (SCT 89202009). Included from CID 7153."""

Telencephalon: _Final[_Code] = _Code("SCT", "11628009", "Telencephalon", (7153,))
"""Telencephalon (SCT 11628009). Included from CID 7153."""

TemporalLobe: _Final[_Code] = _Code("SCT", "78277001", "Temporal lobe", (7153,))
"""Temporal lobe (SCT 78277001). Included from CID 7153."""

Thalamus: _Final[_Code] = _Code("SCT", "42695009", "Thalamus", (7153,))
"""Thalamus (SCT 42695009). Included from CID 7153."""

ThirdVentricle: _Final[_Code] = _Code("SCT", "49841001", "Third ventricle", (7140, 7153))
"""Third ventricle (SCT 49841001). Included from CID 7153."""

UncinateFasciculus: _Final[_Code] = _Code("SCT", "26230003", "Uncinate fasciculus", (7153, 7703))
"""Uncinate fasciculus (SCT 26230003). Included from CID 7153."""

WhiteMatter: _Final[_Code] = _Code("SCT", "389080008", "White Matter", (7153, 7710))
"""White Matter (SCT 389080008). Included from CID 7153."""

AbdominalWallMuscle: _Final[_Code] = _Code("SCT", "1142228004", "Abdominal wall muscle", (7154,))
"""Abdominal wall muscle (SCT 1142228004). Included from CID 7154."""

LumenOfGallbladder: _Final[_Code] = _Code("FMA", "17891", "Lumen of gallbladder", (7154,))
"""Lumen of gallbladder (FMA 17891). Included from CID 7154."""

PeritonealCavity: _Final[_Code] = _Code("SCT", "83670000", "Peritoneal cavity", (7154,))
"""Peritoneal cavity (SCT 83670000). Included from CID 7154."""

Peritioneum: _Final[_Code] = _Code("SCT", "15425007", "Peritioneum", (7154,))
"""Peritioneum (SCT 15425007). Included from CID 7154."""

UrinarySystem: _Final[_Code] = _Code("SCT", "122489005", "Urinary system", (7154,))
"""Urinary system (SCT 122489005). Included from CID 7154."""

WallOfGallbladder: _Final[_Code] = _Code("FMA", "14657", "Wall of gallbladder", (7154,))
"""Wall of gallbladder (FMA 14657). Included from CID 7154."""

CouinaudHepaticSegmentI: _Final[_Code] = _Code(
    "SCT", "71133005", "Couinaud hepatic segment I", (7170,)
)
"""Couinaud hepatic segment I (SCT 71133005). Included from CID 7170."""

CouinaudHepaticSegmentII: _Final[_Code] = _Code(
    "SCT", "277956007", "Couinaud hepatic segment II", (7170,)
)
"""Couinaud hepatic segment II (SCT 277956007). Included from CID 7170."""

CouinaudHepaticSegmentIII: _Final[_Code] = _Code(
    "SCT", "277957003", "Couinaud hepatic segment III", (7170,)
)
"""Couinaud hepatic segment III (SCT 277957003). Included from CID 7170."""

CouinaudHepaticSegmentIV: _Final[_Code] = _Code(
    "SCT", "277958008", "Couinaud hepatic segment IV", (7170,)
)
"""Couinaud hepatic segment IV (SCT 277958008). Included from CID 7170."""

CouinaudHepaticSegmentV: _Final[_Code] = _Code(
    "SCT", "277959000", "Couinaud hepatic segment V", (7170,)
)
"""Couinaud hepatic segment V (SCT 277959000). Included from CID 7170."""

CouinaudHepaticSegmentVI: _Final[_Code] = _Code(
    "SCT", "277960005", "Couinaud hepatic segment VI", (7170,)
)
"""Couinaud hepatic segment VI (SCT 277960005). Included from CID 7170."""

CouinaudHepaticSegmentVII: _Final[_Code] = _Code(
    "SCT", "277961009", "Couinaud hepatic segment VII", (7170,)
)
"""Couinaud hepatic segment VII (SCT 277961009). Included from CID 7170."""

CouinaudHepaticSegmentVIII: _Final[_Code] = _Code(
    "SCT", "277962002", "Couinaud hepatic segment VIII", (7170,)
)
"""Couinaud hepatic segment VIII (SCT 277962002). Included from CID 7170."""

BoneOfThorax: _Final[_Code] = _Code("SCT", "272710004", "Bone of thorax", (7155,))
"""Bone of thorax (SCT 272710004). Included from CID 7155."""

ChestWallMuscle: _Final[_Code] = _Code("SCT", "372074006", "Chest wall muscle", (7155,))
"""Chest wall muscle (SCT 372074006). Included from CID 7155."""

SkinOfChest: _Final[_Code] = _Code("SCT", "74160004", "Skin of chest", (7155,))
"""Skin of chest (SCT 74160004). Included from CID 7155."""

UpperLobeOfLung: _Final[_Code] = _Code("SCT", "45653009", "Upper lobe of lung", (6170,))
"""Upper lobe of lung (SCT 45653009). Included from CID 6170."""

MiddleLobeOfRightLung: _Final[_Code] = _Code(
    "SCT", "72481006", "Middle lobe of right lung", (6170,)
)
"""Middle lobe of right lung (SCT 72481006). Included from CID 6170."""

LowerLobeOfLung: _Final[_Code] = _Code("SCT", "90572001", "Lower lobe of lung", (6170,))
"""Lower lobe of lung (SCT 90572001). Included from CID 6170."""

Adventitia: _Final[_Code] = _Code("SCT", "30180000", "Adventitia", (7156,))
"""Adventitia (SCT 30180000). Included from CID 7156."""

CardiovascularSystem: _Final[_Code] = _Code("SCT", "113257007", "Cardiovascular system", (7156,))
"""Cardiovascular system (SCT 113257007). Included from CID 7156."""

Intima: _Final[_Code] = _Code("SCT", "87483006", "Intima", (7156,))
"""Intima (SCT 87483006). Included from CID 7156."""

Media: _Final[_Code] = _Code("SCT", "61695000", "Media", (7156,))
"""Media (SCT 61695000). Included from CID 7156."""

SystemicArtery: _Final[_Code] = _Code("SCT", "281159003", "Systemic artery", (7156,))
"""Systemic artery (SCT 281159003). Included from CID 7156."""

SystemicVein: _Final[_Code] = _Code("SCT", "360592004", "Systemic vein", (7156,))
"""Systemic vein (SCT 360592004). Included from CID 7156."""

Thrombus: _Final[_Code] = _Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007). Included from CID 7156."""

VascularSclerosis: _Final[_Code] = _Code("SCT", "107671003", "Vascular sclerosis", (3810, 7156))
"""Vascular sclerosis (SCT 107671003). Included from CID 7156."""

FallopianTube: _Final[_Code] = _Code("SCT", "31435000", "Fallopian tube", (7160,))
"""Fallopian tube (SCT 31435000). Included from CID 7160."""

FemaleInternalGenitalia: _Final[_Code] = _Code(
    "SCT", "699886009", "Female internal genitalia", (7160,)
)
"""Female internal genitalia (SCT 699886009). Included from CID 7160."""

MaleExternalGenitalia: _Final[_Code] = _Code("SCT", "90418005", "Male external genitalia", (7160,))
"""Male external genitalia (SCT 90418005). Included from CID 7160."""

MaleInternalGenitalia: _Final[_Code] = _Code("SCT", "38242008", "Male internal genitalia", (7160,))
"""Male internal genitalia (SCT 38242008). Included from CID 7160."""

PelvicCavityFalse: _Final[_Code] = _Code("SCT", "816990003", "Pelvic cavity, false", (7160,))
"""Pelvic cavity, false (SCT 816990003). Included from CID 7160."""

PelvicCavityTrue: _Final[_Code] = _Code("SCT", "816991004", "Pelvic cavity, true", (7160,))
"""Pelvic cavity, true (SCT 816991004). Included from CID 7160."""

VasDeferens: _Final[_Code] = _Code("SCT", "57671007", "Vas deferens", (7160,))
"""Vas deferens (SCT 57671007). Included from CID 7160."""

PeripheralNervousSystem: _Final[_Code] = _Code(
    "SCT", "3058005", "Peripheral nervous system", (7167,)
)
"""Peripheral nervous system (SCT 3058005). Included from CID 7167."""

PeripheralNerve: _Final[_Code] = _Code("SCT", "84782009", "Peripheral nerve", (7167, 7710))
"""Peripheral nerve (SCT 84782009). Included from CID 7167."""

CranialNerve: _Final[_Code] = _Code("SCT", "25238003", "Cranial nerve", (7167,))
"""Cranial nerve (SCT 25238003). Included from CID 7167."""

VagusNerve: _Final[_Code] = _Code("SCT", "88882009", "Vagus nerve", (7167, 7706))
"""Vagus nerve (SCT 88882009). Included from CID 7167."""

AutonomicNerve: _Final[_Code] = _Code("SCT", "53520000", "Autonomic nerve", (7167,))
"""Autonomic nerve (SCT 53520000). Included from CID 7167."""

SympatheticTrunk: _Final[_Code] = _Code("SCT", "44909008", "Sympathetic trunk", (7167,))
"""Sympathetic trunk (SCT 44909008). Included from CID 7167."""

ProximalFemur: _Final[_Code] = _Code("SCT", "310651003", "Proximal Femur", (7304,))
"""Proximal Femur (SCT 310651003). Included from CID 7304."""

ShaftOfFemur: _Final[_Code] = _Code("SCT", "41111004", "Shaft of Femur", (7304,))
"""Shaft of Femur (SCT 41111004). Included from CID 7304."""

DistalFemur: _Final[_Code] = _Code("SCT", "310652005", "Distal Femur", (7304,))
"""Distal Femur (SCT 310652005). Included from CID 7304."""

FingerJoint: _Final[_Code] = _Code("SCT", "125682004", "Finger Joint", (7304,))
"""Finger Joint (SCT 125682004). Included from CID 7304."""

LumboSacralSpine_243898001: _Final[_Code] = _Code("SCT", "243898001", "Lumbo-Sacral Spine", (7304,))
"""Lumbo-Sacral Spine (SCT 243898001). Included from CID 7304."""

ProximalHumerus: _Final[_Code] = _Code("SCT", "119524001", "Proximal Humerus", (7304,))
"""Proximal Humerus (SCT 119524001). Included from CID 7304."""

ShaftOfHumerus: _Final[_Code] = _Code("SCT", "20760004", "Shaft of Humerus", (7304,))
"""Shaft of Humerus (SCT 20760004). Included from CID 7304."""

DistalHumerus: _Final[_Code] = _Code("SCT", "118495001", "Distal Humerus", (7304,))
"""Distal Humerus (SCT 118495001). Included from CID 7304."""

Radius: _Final[_Code] = _Code("SCT", "62413002", "Radius", (7304, 12021))
"""Radius (SCT 62413002). Included from CID 7304."""

ProximalRadius: _Final[_Code] = _Code("SCT", "12881000", "Proximal Radius", (7304,))
"""Proximal Radius (SCT 12881000). Included from CID 7304."""

ShaftOfRadius: _Final[_Code] = _Code("SCT", "47728000", "Shaft of Radius", (7304,))
"""Shaft of Radius (SCT 47728000). Included from CID 7304."""

DistalRadius: _Final[_Code] = _Code("SCT", "75129005", "Distal Radius", (7304,))
"""Distal Radius (SCT 75129005). Included from CID 7304."""

Ulna: _Final[_Code] = _Code("SCT", "23416004", "Ulna", (7304, 12021))
"""Ulna (SCT 23416004). Included from CID 7304."""

ProximalUlna: _Final[_Code] = _Code("SCT", "34318004", "Proximal Ulna", (7304,))
"""Proximal Ulna (SCT 34318004). Included from CID 7304."""

ShaftOfUlna: _Final[_Code] = _Code("SCT", "21133008", "Shaft of Ulna", (7304,))
"""Shaft of Ulna (SCT 21133008). Included from CID 7304."""

DistalUlna: _Final[_Code] = _Code("SCT", "91238003", "Distal Ulna", (7304,))
"""Distal Ulna (SCT 91238003). Included from CID 7304."""

HandBone: _Final[_Code] = _Code("SCT", "24097009", "Hand bone", (7304,))
"""Hand bone (SCT 24097009). Included from CID 7304."""

Pelvis_118645006: _Final[_Code] = _Code("SCT", "118645006", "Pelvis", (7304,))
"""Pelvis (SCT 118645006). Included from CID 7304."""

Tibia: _Final[_Code] = _Code("SCT", "12611008", "Tibia", (7304, 12021))
"""Tibia (SCT 12611008). Included from CID 7304."""

ShaftOfTibia: _Final[_Code] = _Code("SCT", "52687003", "Shaft of Tibia", (7304,))
"""Shaft of Tibia (SCT 52687003). Included from CID 7304."""

DistalTibia: _Final[_Code] = _Code("SCT", "64605006", "Distal Tibia", (7304,))
"""Distal Tibia (SCT 64605006). Included from CID 7304."""

AllLegs: _Final[_Code] = _Code("SCT", "42694008", "All legs", (7483,))
"""All legs (SCT 42694008). Included from CID 7483."""

AtlantalAxialJoint: _Final[_Code] = _Code("SCT", "62555009", "Atlantal-axial joint", (7483,))
"""Atlantal-axial joint (SCT 62555009). Included from CID 7483."""

AtlantoOccipitalJoint: _Final[_Code] = _Code("SCT", "20292002", "Atlanto-occipital joint", (7483,))
"""Atlanto-occipital joint (SCT 20292002). Included from CID 7483."""

CalcanealTubercle: _Final[_Code] = _Code("SCT", "82474009", "Calcaneal tubercle", (7483,))
"""Calcaneal tubercle (SCT 82474009). Included from CID 7483."""

Carpus: _Final[_Code] = _Code("SCT", "8205005", "Carpus", (7483,))
"""Carpus (SCT 8205005). Included from CID 7483."""

CoccygealVertrebrae: _Final[_Code] = _Code("SCT", "18149002", "Coccygeal vertrebrae", (7483,))
"""Coccygeal vertrebrae (SCT 18149002). Included from CID 7483."""

Digit: _Final[_Code] = _Code("SCT", "82680008", "Digit", (7483,))
"""Digit (SCT 82680008). Included from CID 7483."""

DistalPhalanx: _Final[_Code] = _Code("UMLS", "C3669027", "Distal phalanx", (7483,))
"""Distal phalanx (UMLS C3669027). Included from CID 7483."""

FetlockOfForelimb: _Final[_Code] = _Code("SCT", "13190002", "Fetlock of forelimb", (7483,))
"""Fetlock of forelimb (SCT 13190002). Included from CID 7483."""

FetlockOfHindlimb: _Final[_Code] = _Code("SCT", "113351006", "Fetlock of hindlimb", (7483,))
"""Fetlock of hindlimb (SCT 113351006). Included from CID 7483."""

Forefoot: _Final[_Code] = _Code("SCT", "419176008", "Forefoot", (7483,))
"""Forefoot (SCT 419176008). Included from CID 7483."""

Hindfoot: _Final[_Code] = _Code("SCT", "416804009", "Hindfoot", (7483,))
"""Hindfoot (SCT 416804009). Included from CID 7483."""

MandibularDentalArch: _Final[_Code] = _Code("SCT", "88176008", "Mandibular dental arch", (7483,))
"""Mandibular dental arch (SCT 88176008). Included from CID 7483."""

MandibularIncisorTeeth: _Final[_Code] = _Code(
    "SCT", "442274007", "Mandibular incisor teeth", (7483,)
)
"""Mandibular incisor teeth (SCT 442274007). Included from CID 7483."""

MaxillaryDentalArch: _Final[_Code] = _Code("SCT", "39481002", "Maxillary dental arch", (7483,))
"""Maxillary dental arch (SCT 39481002). Included from CID 7483."""

MaxillaryIncisorTeeth: _Final[_Code] = _Code("SCT", "442100006", "Maxillary incisor teeth", (7483,))
"""Maxillary incisor teeth (SCT 442100006). Included from CID 7483."""

Metatarsus: _Final[_Code] = _Code("SCT", "280711000", "Metatarsus", (7483,))
"""Metatarsus (SCT 280711000). Included from CID 7483."""

NavicularOfHindfoot: _Final[_Code] = _Code("SCT", "75772009", "Navicular of hindfoot", (7483,))
"""Navicular of hindfoot (SCT 75772009). Included from CID 7483."""

PasternOfForefoot: _Final[_Code] = _Code("SCT", "31329001", "Pastern of forefoot", (7483,))
"""Pastern of forefoot (SCT 31329001). Included from CID 7483."""

PasternOfHindfoot: _Final[_Code] = _Code("SCT", "18525008", "Pastern of hindfoot", (7483,))
"""Pastern of hindfoot (SCT 18525008). Included from CID 7483."""

RadiusAndUlna: _Final[_Code] = _Code("SCT", "110535000", "Radius and ulna", (7483,))
"""Radius and ulna (SCT 110535000). Included from CID 7483."""

Stiffle: _Final[_Code] = _Code("SCT", "116010006", "Stiffle", (7483,))
"""Stiffle (SCT 116010006). Included from CID 7483."""

Tarsus: _Final[_Code] = _Code("SCT", "108371006", "Tarsus", (7483,))
"""Tarsus (SCT 108371006). Included from CID 7483."""

TibiaAndFibula: _Final[_Code] = _Code("SCT", "110536004", "Tibia and fibula", (7483,))
"""Tibia and fibula (SCT 110536004). Included from CID 7483."""

UpperGastroIntestinalTract: _Final[_Code] = _Code(
    "SCT", "62834003", "Upper gastro-intestinal tract", (7483,)
)
"""Upper gastro-intestinal tract (SCT 62834003). Included from CID 7483."""

UrinaryTract: _Final[_Code] = _Code("SCT", "431938005", "Urinary tract", (7483,))
"""Urinary tract (SCT 431938005). Included from CID 7483."""

Wing: _Final[_Code] = _Code("SCT", "53036007", "Wing", (7483,))
"""Wing (SCT 53036007). Included from CID 7483."""

AbdominalLymphNode: _Final[_Code] = _Code("SCT", "818991007", "abdominal lymph node", (7600,))
"""abdominal lymph node (SCT 818991007). Included from CID 7600."""

AnteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "25247006", "anterior auricular lymph node", (7600,)
)
"""anterior auricular lymph node (SCT 25247006). Included from CID 7600."""

AnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5727003", "anterior cervical lymph node", (7600,)
)
"""anterior cervical lymph node (SCT 5727003). Included from CID 7600."""

AnteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "5296000", "anterior mediastinal lymph node", (7600,)
)
"""anterior mediastinal lymph node (SCT 5296000). Included from CID 7600."""

AnteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303713004", "anterior tibial lymph node", (7600,)
)
"""anterior tibial lymph node (SCT 303713004). Included from CID 7600."""

AorticLymphNode: _Final[_Code] = _Code("SCT", "35783009", "aortic lymph node", (7600,))
"""aortic lymph node (SCT 35783009). Included from CID 7600."""

ApicalAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "16051009", "apical axillary lymph node", (7600,)
)
"""apical axillary lymph node (SCT 16051009). Included from CID 7600."""

AppendicularLymphNode: _Final[_Code] = _Code("SCT", "46157003", "appendicular lymph node", (7600,))
"""appendicular lymph node (SCT 46157003). Included from CID 7600."""

AxillaryLymphNode: _Final[_Code] = _Code("SCT", "68171009", "axillary lymph node", (6015, 7600))
"""axillary lymph node (SCT 68171009). Included from CID 7600."""

AxillaryVeinLymphNode: _Final[_Code] = _Code(
    "SCT", "421624008", "axillary vein lymph node", (7600,)
)
"""axillary vein lymph node (SCT 421624008). Included from CID 7600."""

BuccinatorLymphNode: _Final[_Code] = _Code("SCT", "143925009", "buccinator lymph node", (7600,))
"""buccinator lymph node (SCT 143925009). Included from CID 7600."""

CardiophrenicAngleLymphNode: _Final[_Code] = _Code(
    "SCT", "371013005", "cardiophrenic angle lymph node", (7600,)
)
"""cardiophrenic angle lymph node (SCT 371013005). Included from CID 7600."""

CeliacLymphNode: _Final[_Code] = _Code("SCT", "47985009", "celiac lymph node", (7600,))
"""celiac lymph node (SCT 47985009). Included from CID 7600."""

CentralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "283001", "central axillary lymph node", (7600,)
)
"""central axillary lymph node (SCT 283001). Included from CID 7600."""

CervicalLymphNode: _Final[_Code] = _Code("SCT", "81105003", "cervical lymph node", (7600,))
"""cervical lymph node (SCT 81105003). Included from CID 7600."""

ColicLymphNode: _Final[_Code] = _Code("SCT", "8356004", "colic lymph node", (7600,))
"""colic lymph node (SCT 8356004). Included from CID 7600."""

CommonDuctLymphNode: _Final[_Code] = _Code("SCT", "280639005", "common duct lymph node", (7600,))
"""common duct lymph node (SCT 280639005). Included from CID 7600."""

CubitalLymphNode: _Final[_Code] = _Code("SCT", "34775006", "cubital lymph node", (7600,))
"""cubital lymph node (SCT 34775006). Included from CID 7600."""

CysticLymphNode: _Final[_Code] = _Code("SCT", "280556009", "cystic lymph node", (7600,))
"""cystic lymph node (SCT 280556009). Included from CID 7600."""

DeepAnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "168360002", "deep anterior cervical lymph node", (7600,)
)
"""deep anterior cervical lymph node (SCT 168360002). Included from CID 7600."""

DeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "279145002", "deep cervical lymph node", (7600,)
)
"""deep cervical lymph node (SCT 279145002). Included from CID 7600."""

DeepInguinalLymphNode: _Final[_Code] = _Code("SCT", "65266007", "deep inguinal lymph node", (7600,))
"""deep inguinal lymph node (SCT 65266007). Included from CID 7600."""

DeepIntraparotidLymphNode: _Final[_Code] = _Code(
    "SCT", "75040000", "deep intraparotid lymph node", (7600,)
)
"""deep intraparotid lymph node (SCT 75040000). Included from CID 7600."""

DeepLateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "167864002", "deep lateral cervical lymph node", (7600,)
)
"""deep lateral cervical lymph node (SCT 167864002). Included from CID 7600."""

DeepLymphNode: _Final[_Code] = _Code("SCT", "60996007", "deep lymph node", (7600,))
"""deep lymph node (SCT 60996007). Included from CID 7600."""

DeepParotidLymphNode: _Final[_Code] = _Code("SCT", "279142004", "deep parotid lymph node", (7600,))
"""deep parotid lymph node (SCT 279142004). Included from CID 7600."""

DeepPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "35721009", "deep popliteal lymph node", (7600,)
)
"""deep popliteal lymph node (SCT 35721009). Included from CID 7600."""

DelphianLymphNode: _Final[_Code] = _Code("SCT", "167664004", "delphian lymph node", (7600,))
"""delphian lymph node (SCT 167664004). Included from CID 7600."""

DiaphragmaticLymphNode: _Final[_Code] = _Code(
    "SCT", "196751009", "diaphragmatic lymph node", (7600,)
)
"""diaphragmatic lymph node (SCT 196751009). Included from CID 7600."""

EpigastricLymphNode: _Final[_Code] = _Code("SCT", "60965003", "epigastric lymph node", (7600,))
"""epigastric lymph node (SCT 60965003). Included from CID 7600."""

EpitrochlearLymphNode: _Final[_Code] = _Code("SCT", "28870006", "epitrochlear lymph node", (7600,))
"""epitrochlear lymph node (SCT 28870006). Included from CID 7600."""

EsophagealLymphNode: _Final[_Code] = _Code("SCT", "11899006", "esophageal lymph node", (7600,))
"""esophageal lymph node (SCT 11899006). Included from CID 7600."""

ExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "65349008", "external iliac lymph node", (7600,)
)
"""external iliac lymph node (SCT 65349008). Included from CID 7600."""

ExternalMammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "421988007", "external mammary lymph node", (7600,)
)
"""external mammary lymph node (SCT 421988007). Included from CID 7600."""

ExtrapulmonaryLymphNodeOfLung: _Final[_Code] = _Code(
    "SCT", "363537007", "extrapulmonary lymph node of lung", (7600,)
)
"""extrapulmonary lymph node of lung (SCT 363537007). Included from CID 7600."""

FacialLymphNode: _Final[_Code] = _Code("SCT", "48918001", "facial lymph node", (7600,))
"""facial lymph node (SCT 48918001). Included from CID 7600."""

FemaleGenitalLymphNode: _Final[_Code] = _Code(
    "SCT", "314736006", "female genital lymph node", (7600,)
)
"""female genital lymph node (SCT 314736006). Included from CID 7600."""

FibularLymphNode: _Final[_Code] = _Code("SCT", "31171007", "fibular lymph node", (7600,))
"""fibular lymph node (SCT 31171007). Included from CID 7600."""

GastroOmentalLymphNode: _Final[_Code] = _Code(
    "SCT", "83380007", "gastro-omental lymph node", (7600,)
)
"""gastro-omental lymph node (SCT 83380007). Included from CID 7600."""

GlutealLymphNode: _Final[_Code] = _Code("SCT", "80867000", "gluteal lymph node", (7600,))
"""gluteal lymph node (SCT 80867000). Included from CID 7600."""

HemolymphNode: _Final[_Code] = _Code("SCT", "18457007", "hemolymph node", (7600,))
"""hemolymph node (SCT 18457007). Included from CID 7600."""

HepaticLymphNode: _Final[_Code] = _Code("SCT", "61492009", "hepatic lymph node", (7600,))
"""hepatic lymph node (SCT 61492009). Included from CID 7600."""

HighestMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127926002", "highest mediastinal lymph node", (7600,)
)
"""highest mediastinal lymph node (SCT 127926002). Included from CID 7600."""

HilarLymphNode: _Final[_Code] = _Code("SCT", "53074004", "hilar lymph node", (7600,))
"""hilar lymph node (SCT 53074004). Included from CID 7600."""

HypogastricLymphNode: _Final[_Code] = _Code("SCT", "69255009", "hypogastric lymph node", (7600,))
"""hypogastric lymph node (SCT 69255009). Included from CID 7600."""

IleocolicLymphNode: _Final[_Code] = _Code("SCT", "281676003", "ileocolic lymph node", (7600,))
"""ileocolic lymph node (SCT 281676003). Included from CID 7600."""

IliacLymphNode: _Final[_Code] = _Code("SCT", "84219008", "iliac lymph node", (7600,))
"""iliac lymph node (SCT 84219008). Included from CID 7600."""

InferiorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "155237005", "inferior auricular lymph node", (7600,)
)
"""inferior auricular lymph node (SCT 155237005). Included from CID 7600."""

InferiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "40684008", "inferior gluteal lymph node", (7600,)
)
"""inferior gluteal lymph node (SCT 40684008). Included from CID 7600."""

InferiorInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "85380009", "inferior inguinal lymph node", (7600,)
)
"""inferior inguinal lymph node (SCT 85380009). Included from CID 7600."""

InferiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "113336002", "inferior mesenteric lymph node", (7600,)
)
"""inferior mesenteric lymph node (SCT 113336002). Included from CID 7600."""

InferiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280915003", "inferior pancreatic lymph node", (7600,)
)
"""inferior pancreatic lymph node (SCT 280915003). Included from CID 7600."""

InferiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281227003", "inferior pancreaticoduodenal lymph node", (7600,)
)
"""inferior pancreaticoduodenal lymph node (SCT 281227003). Included from CID 7600."""

InfraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "9659009", "infraclavicular lymph node", (7600,)
)
"""infraclavicular lymph node (SCT 9659009). Included from CID 7600."""

InguinalLymphNode: _Final[_Code] = _Code("SCT", "8928004", "inguinal lymph node", (7600,))
"""inguinal lymph node (SCT 8928004). Included from CID 7600."""

InnominateLymphNode: _Final[_Code] = _Code("SCT", "196821008", "innominate lymph node", (7600,))
"""innominate lymph node (SCT 196821008). Included from CID 7600."""

IntercostalLymphNode: _Final[_Code] = _Code("SCT", "64038003", "intercostal lymph node", (7600,))
"""intercostal lymph node (SCT 64038003). Included from CID 7600."""

InteriliacLymphNode: _Final[_Code] = _Code("SCT", "279271008", "interiliac lymph node", (7600,))
"""interiliac lymph node (SCT 279271008). Included from CID 7600."""

InterlobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127919002", "interlobar lymph node of the lung", (7600,)
)
"""interlobar lymph node of the lung (SCT 127919002). Included from CID 7600."""

IntermediateCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "64556009", "intermediate common iliac lymph node", (7600,)
)
"""intermediate common iliac lymph node (SCT 64556009). Included from CID 7600."""

IntermediateExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "50193000", "intermediate external iliac lymph node", (7600,)
)
"""intermediate external iliac lymph node (SCT 50193000). Included from CID 7600."""

InterpectoralLymphNode: _Final[_Code] = _Code(
    "SCT", "420800007", "interpectoral lymph node", (7600,)
)
"""interpectoral lymph node (SCT 420800007). Included from CID 7600."""

IntestinalLymphNode: _Final[_Code] = _Code("SCT", "36251007", "intestinal lymph node", (7600,))
"""intestinal lymph node (SCT 36251007). Included from CID 7600."""

IntraglandularParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "143824007", "intraglandular parotid lymph node", (7600,)
)
"""intraglandular parotid lymph node (SCT 143824007). Included from CID 7600."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "intramammary lymph node", (6015, 6031, 7600)
)
"""intramammary lymph node (SCT 443808008). Included from CID 7600."""

IntrapulmonaryLymphNode: _Final[_Code] = _Code(
    "SCT", "196662004", "intrapulmonary lymph node", (7600,)
)
"""intrapulmonary lymph node (SCT 196662004). Included from CID 7600."""

JugularLymphNode: _Final[_Code] = _Code("SCT", "58130000", "jugular lymph node", (7600,))
"""jugular lymph node (SCT 58130000). Included from CID 7600."""

JuxtaintestinalLymphNode: _Final[_Code] = _Code(
    "SCT", "279609001", "juxtaintestinal lymph node", (7600,)
)
"""juxtaintestinal lymph node (SCT 279609001). Included from CID 7600."""

LacunarLymphNode: _Final[_Code] = _Code("SCT", "360993001", "lacunar lymph node", (7600,))
"""lacunar lymph node (SCT 360993001). Included from CID 7600."""

LateralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "33770006", "lateral axillary lymph node", (7600,)
)
"""lateral axillary lymph node (SCT 33770006). Included from CID 7600."""

LateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "68915008", "lateral cervical lymph node", (7600,)
)
"""lateral cervical lymph node (SCT 68915008). Included from CID 7600."""

LateralCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "41145006", "lateral common iliac lymph node", (7600,)
)
"""lateral common iliac lymph node (SCT 41145006). Included from CID 7600."""

LateralExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "40242007", "lateral external iliac lymph node", (7600,)
)
"""lateral external iliac lymph node (SCT 40242007). Included from CID 7600."""

LateralJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "168159002", "lateral jugular lymph node", (7600,)
)
"""lateral jugular lymph node (SCT 168159002). Included from CID 7600."""

LateralPericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196587000", "lateral pericardial lymph node", (7600,)
)
"""lateral pericardial lymph node (SCT 196587000). Included from CID 7600."""

LateralRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167464007", "lateral retropharyngeal lymph node", (7600,)
)
"""lateral retropharyngeal lymph node (SCT 167464007). Included from CID 7600."""

LateralVesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278672000", "lateral vesicular lymph node", (7600,)
)
"""lateral vesicular lymph node (SCT 278672000). Included from CID 7600."""

LobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127920008", "lobar lymph node of the lung", (7600,)
)
"""lobar lymph node of the lung (SCT 127920008). Included from CID 7600."""

LowerDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285429007", "lower deep cervical lymph node", (7600,)
)
"""lower deep cervical lymph node (SCT 285429007). Included from CID 7600."""

LowerJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245323006", "lower jugular lymph node", (7600,)
)
"""lower jugular lymph node (SCT 245323006). Included from CID 7600."""

LowerLimbLymphNode: _Final[_Code] = _Code("SCT", "4942000", "lower limb lymph node", (7600,))
"""lower limb lymph node (SCT 4942000). Included from CID 7600."""

LowerParatrachealIncludingAzygousLymphNode: _Final[_Code] = _Code(
    "SCT", "127932007", "lower paratracheal (including azygous) lymph node", (7600,)
)
"""lower paratracheal (including azygous) lymph node (SCT 127932007). Included from CID 7600."""

LumbarLymphNode: _Final[_Code] = _Code("SCT", "8334002", "lumbar lymph node", (7600,))
"""lumbar lymph node (SCT 8334002). Included from CID 7600."""

LungAndTracheobronchialLymphNodes: _Final[_Code] = _Code(
    "SCT", "110550009", "lung and tracheobronchial lymph nodes", (7600,)
)
"""lung and tracheobronchial lymph nodes (SCT 110550009). Included from CID 7600."""

LymphNodeOfAorticArch: _Final[_Code] = _Code(
    "SCT", "127937001", "lymph node of aortic arch", (7600,)
)
"""lymph node of aortic arch (SCT 127937001). Included from CID 7600."""

LymphNodeOfAortopulmonaryWindow: _Final[_Code] = _Code(
    "SCT", "127938006", "lymph node of aortopulmonary window", (7600,)
)
"""lymph node of aortopulmonary window (SCT 127938006). Included from CID 7600."""

LymphNodeOfEpiploicForamen: _Final[_Code] = _Code(
    "SCT", "68878000", "lymph node of epiploic foramen", (7600,)
)
"""lymph node of epiploic foramen (SCT 68878000). Included from CID 7600."""

LymphNodeOfGreaterCurvatureOfStomach: _Final[_Code] = _Code(
    "SCT", "76878005", "lymph node of greater curvature of stomach", (7600,)
)
"""lymph node of greater curvature of stomach (SCT 76878005). Included from CID 7600."""

LymphNodeOfHead: _Final[_Code] = _Code("SCT", "13482005", "lymph node of head", (7600,))
"""lymph node of head (SCT 13482005). Included from CID 7600."""

LymphNodeOfHeadAndNeck: _Final[_Code] = _Code(
    "SCT", "312501005", "lymph node of head and neck", (7600,)
)
"""lymph node of head and neck (SCT 312501005). Included from CID 7600."""

LymphNodeOfLesserCurvatureOfStomach: _Final[_Code] = _Code(
    "SCT", "279784003", "lymph node of lesser curvature of stomach", (7600,)
)
"""lymph node of lesser curvature of stomach (SCT 279784003). Included from CID 7600."""

LymphNodeOfLimb: _Final[_Code] = _Code("SCT", "312503008", "lymph node of limb", (7600,))
"""lymph node of limb (SCT 312503008). Included from CID 7600."""

LymphNodeOfMesentery: _Final[_Code] = _Code("SCT", "279795009", "lymph node of mesentery", (7600,))
"""lymph node of mesentery (SCT 279795009). Included from CID 7600."""

LymphNodeOfStomach: _Final[_Code] = _Code("SCT", "314730000", "lymph node of stomach", (7600,))
"""lymph node of stomach (SCT 314730000). Included from CID 7600."""

LymphNodeOfThePulmonaryLigament: _Final[_Code] = _Code(
    "SCT", "127941002", "lymph node of the pulmonary ligament", (7600,)
)
"""lymph node of the pulmonary ligament (SCT 127941002). Included from CID 7600."""

LymphNodeOfThorax: _Final[_Code] = _Code("SCT", "47109002", "lymph node of thorax", (7600,))
"""lymph node of thorax (SCT 47109002). Included from CID 7600."""

LymphNodeOfTrunk: _Final[_Code] = _Code("SCT", "312502003", "lymph node of trunk", (7600,))
"""lymph node of trunk (SCT 312502003). Included from CID 7600."""

LymphNodeRingOfCardiaOfStomach: _Final[_Code] = _Code(
    "SCT", "279866008", "lymph node ring of cardia of stomach", (7600,)
)
"""lymph node ring of cardia of stomach (SCT 279866008). Included from CID 7600."""

MandibularLymphNode: _Final[_Code] = _Code("SCT", "155338003", "mandibular lymph node", (7600,))
"""mandibular lymph node (SCT 155338003). Included from CID 7600."""

MastoidLymphNode: _Final[_Code] = _Code("SCT", "279143009", "mastoid lymph node", (7600,))
"""mastoid lymph node (SCT 279143009). Included from CID 7600."""

MedialCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "34625003", "medial common iliac lymph node", (7600,)
)
"""medial common iliac lymph node (SCT 34625003). Included from CID 7600."""

MedialExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "42472007", "medial external iliac lymph node", (7600,)
)
"""medial external iliac lymph node (SCT 42472007). Included from CID 7600."""

MedialLacunarLymphNode: _Final[_Code] = _Code(
    "SCT", "23198005", "medial lacunar lymph node", (7600,)
)
"""medial lacunar lymph node (SCT 23198005). Included from CID 7600."""

MedianRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167364008", "median retropharyngeal lymph node", (7600,)
)
"""median retropharyngeal lymph node (SCT 167364008). Included from CID 7600."""

MediastinalLymphNode: _Final[_Code] = _Code("SCT", "62683002", "mediastinal lymph node", (7600,))
"""mediastinal lymph node (SCT 62683002). Included from CID 7600."""

MesentericArteryLymphNode: _Final[_Code] = _Code(
    "SCT", "299993000", "mesenteric artery lymph node", (7600,)
)
"""mesenteric artery lymph node (SCT 299993000). Included from CID 7600."""

MidcolicLymphNode: _Final[_Code] = _Code("SCT", "282031000", "midcolic lymph node", (7600,))
"""midcolic lymph node (SCT 282031000). Included from CID 7600."""

MiddleDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285427009", "middle deep cervical lymph node", (7600,)
)
"""middle deep cervical lymph node (SCT 285427009). Included from CID 7600."""

MiddleJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245322001", "middle jugular lymph node", (7600,)
)
"""middle jugular lymph node (SCT 245322001). Included from CID 7600."""

NasolabialLymphNode: _Final[_Code] = _Code("SCT", "144026003", "nasolabial lymph node", (7600,))
"""nasolabial lymph node (SCT 144026003). Included from CID 7600."""

ObturatorLymphNode: _Final[_Code] = _Code("SCT", "36086000", "obturator lymph node", (7600,))
"""obturator lymph node (SCT 36086000). Included from CID 7600."""

OccipitalLymphNode: _Final[_Code] = _Code("SCT", "3916005", "occipital lymph node", (7600,))
"""occipital lymph node (SCT 3916005). Included from CID 7600."""

PancreaticLymphNode: _Final[_Code] = _Code("SCT", "77778009", "pancreatic lymph node", (7600,))
"""pancreatic lymph node (SCT 77778009). Included from CID 7600."""

PancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "76659008", "pancreaticoduodenal lymph node", (7600,)
)
"""pancreaticoduodenal lymph node (SCT 76659008). Included from CID 7600."""

PancreaticosplenicLymphNode: _Final[_Code] = _Code(
    "SCT", "16050005", "pancreaticosplenic lymph node", (7600,)
)
"""pancreaticosplenic lymph node (SCT 16050005). Included from CID 7600."""

ParaAorticLymphNodeOfTheAnteriorMediastinum: _Final[_Code] = _Code(
    "SCT", "127939003", "para-aortic lymph node of the anterior mediastinum", (7600,)
)
"""para-aortic lymph node of the anterior mediastinum (SCT 127939003). Included from CID 7600."""

ParaesophagealLymphNodeBelowCarina: _Final[_Code] = _Code(
    "SCT", "127940001", "paraesophageal lymph node below carina", (7600,)
)
"""paraesophageal lymph node below carina (SCT 127940001). Included from CID 7600."""

ParamammaryLymphNode: _Final[_Code] = _Code("SCT", "368550005", "paramammary lymph node", (7600,))
"""paramammary lymph node (SCT 368550005). Included from CID 7600."""

ParametrialLymphNode: _Final[_Code] = _Code("SCT", "3243006", "parametrial lymph node", (7600,))
"""parametrial lymph node (SCT 3243006). Included from CID 7600."""

PararectalLymphNode: _Final[_Code] = _Code("SCT", "21875007", "pararectal lymph node", (7600,))
"""pararectal lymph node (SCT 21875007). Included from CID 7600."""

ParasternalLymphNode: _Final[_Code] = _Code("SCT", "82365008", "parasternal lymph node", (7600,))
"""parasternal lymph node (SCT 82365008). Included from CID 7600."""

ParatrachealLymphNode: _Final[_Code] = _Code("SCT", "65690001", "paratracheal lymph node", (7600,))
"""paratracheal lymph node (SCT 65690001). Included from CID 7600."""

ParavaginalLymphNode: _Final[_Code] = _Code("SCT", "16228004", "paravaginal lymph node", (7600,))
"""paravaginal lymph node (SCT 16228004). Included from CID 7600."""

ParavesicularLymphNode: _Final[_Code] = _Code("SCT", "1439000", "paravesicular lymph node", (7600,))
"""paravesicular lymph node (SCT 1439000). Included from CID 7600."""

ParotidLymphNode: _Final[_Code] = _Code("SCT", "10209003", "parotid lymph node", (7600,))
"""parotid lymph node (SCT 10209003). Included from CID 7600."""

PectoralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "69691007", "pectoral axillary lymph node", (7600,)
)
"""pectoral axillary lymph node (SCT 69691007). Included from CID 7600."""

PelvicLymphNode: _Final[_Code] = _Code("SCT", "54268001", "pelvic lymph node", (7600,))
"""pelvic lymph node (SCT 54268001). Included from CID 7600."""

PerigastricLymphNode: _Final[_Code] = _Code("SCT", "245344006", "perigastric lymph node", (7600,))
"""perigastric lymph node (SCT 245344006). Included from CID 7600."""

PeripancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "245346008", "peripancreatic lymph node", (7600,)
)
"""peripancreatic lymph node (SCT 245346008). Included from CID 7600."""

PoplitealLymphNode: _Final[_Code] = _Code("SCT", "47471008", "popliteal lymph node", (7600,))
"""popliteal lymph node (SCT 47471008). Included from CID 7600."""

PostauricularLymphNode: _Final[_Code] = _Code(
    "SCT", "245328002", "postauricular lymph node", (7600,)
)
"""postauricular lymph node (SCT 245328002). Included from CID 7600."""

PosteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "30793004", "posterior auricular lymph node", (7600,)
)
"""posterior auricular lymph node (SCT 30793004). Included from CID 7600."""

PosteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "25447008", "posterior mediastinal lymph node", (7600,)
)
"""posterior mediastinal lymph node (SCT 25447008). Included from CID 7600."""

PosteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303623000", "posterior tibial lymph node", (7600,)
)
"""posterior tibial lymph node (SCT 303623000). Included from CID 7600."""

PosteriorTriangleCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "245324000", "posterior triangle cervical lymph node", (7600,)
)
"""posterior triangle cervical lymph node (SCT 245324000). Included from CID 7600."""

PostvesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278571002", "postvesicular lymph node", (7600,)
)
"""postvesicular lymph node (SCT 278571002). Included from CID 7600."""

PrececalLymphNode: _Final[_Code] = _Code("SCT", "281765006", "prececal lymph node", (7600,))
"""prececal lymph node (SCT 281765006). Included from CID 7600."""

PrefemoralLymphNode: _Final[_Code] = _Code("SCT", "48193007", "prefemoral lymph node", (7600,))
"""prefemoral lymph node (SCT 48193007). Included from CID 7600."""

PrelaryngealLymphNode: _Final[_Code] = _Code("SCT", "74203007", "prelaryngeal lymph node", (7600,))
"""prelaryngeal lymph node (SCT 74203007). Included from CID 7600."""

PrepericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196516004", "prepericardial lymph node", (7600,)
)
"""prepericardial lymph node (SCT 196516004). Included from CID 7600."""

PresymphysialLymphNode: _Final[_Code] = _Code("SCT", "6413002", "presymphysial lymph node", (7600,))
"""presymphysial lymph node (SCT 6413002). Included from CID 7600."""

PretrachealLymphNode: _Final[_Code] = _Code("SCT", "168460001", "pretracheal lymph node", (7600,))
"""pretracheal lymph node (SCT 168460001). Included from CID 7600."""

PrevascularRetrotrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127930004", "prevascular/retrotracheal lymph node", (7600,)
)
"""prevascular/retrotracheal lymph node (SCT 127930004). Included from CID 7600."""

PrevertebralLymphNode: _Final[_Code] = _Code("SCT", "196446004", "prevertebral lymph node", (7600,))
"""prevertebral lymph node (SCT 196446004). Included from CID 7600."""

PrevesicularLymphNode: _Final[_Code] = _Code("SCT", "11740004", "prevesicular lymph node", (7600,))
"""prevesicular lymph node (SCT 11740004). Included from CID 7600."""

PromontoryCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "279189002", "promontory common iliac lymph node", (7600,)
)
"""promontory common iliac lymph node (SCT 279189002). Included from CID 7600."""

PyloricLymphNode: _Final[_Code] = _Code("SCT", "24889003", "pyloric lymph node", (7600,))
"""pyloric lymph node (SCT 24889003). Included from CID 7600."""

RegionalLymphNode: _Final[_Code] = _Code("SCT", "312500006", "regional lymph node", (7600,))
"""regional lymph node (SCT 312500006). Included from CID 7600."""

RenalHilarLymphNode: _Final[_Code] = _Code("SCT", "249708006", "renal hilar lymph node", (7600,))
"""renal hilar lymph node (SCT 249708006). Included from CID 7600."""

RetrocecalLymphNode: _Final[_Code] = _Code("SCT", "281847004", "retrocecal lymph node", (7600,))
"""retrocecal lymph node (SCT 281847004). Included from CID 7600."""

RetroperitonealLymphNode: _Final[_Code] = _Code(
    "SCT", "91394001", "retroperitoneal lymph node", (7600,)
)
"""retroperitoneal lymph node (SCT 91394001). Included from CID 7600."""

RetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "25683005", "retropharyngeal lymph node", (7600,)
)
"""retropharyngeal lymph node (SCT 25683005). Included from CID 7600."""

RetropyloricLymphNode: _Final[_Code] = _Code("SCT", "280402004", "retropyloric lymph node", (7600,))
"""retropyloric lymph node (SCT 280402004). Included from CID 7600."""

RetrotrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127931000", "retrotracheal lymph node (mediastinal)", (7600,)
)
"""retrotracheal lymph node (mediastinal) (SCT 127931000). Included from CID 7600."""

SacralLymphNode: _Final[_Code] = _Code("SCT", "79926007", "sacral lymph node", (7600,))
"""sacral lymph node (SCT 79926007). Included from CID 7600."""

ScaleneLymphNode: _Final[_Code] = _Code("SCT", "81132008", "scalene lymph node", (7600,))
"""scalene lymph node (SCT 81132008). Included from CID 7600."""

SegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127921007", "segmental lymph node of the lung", (7600,)
)
"""segmental lymph node of the lung (SCT 127921007). Included from CID 7600."""

SigmoidLymphNode: _Final[_Code] = _Code("SCT", "30024008", "sigmoid lymph node", (7600,))
"""sigmoid lymph node (SCT 30024008). Included from CID 7600."""

SplenicLymphNode: _Final[_Code] = _Code("SCT", "280824006", "splenic lymph node", (7600,))
"""splenic lymph node (SCT 280824006). Included from CID 7600."""

SubaorticCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "60227002", "subaortic common iliac lymph node", (7600,)
)
"""subaortic common iliac lymph node (SCT 60227002). Included from CID 7600."""

SubcarinalLymphNode: _Final[_Code] = _Code("SCT", "28330007", "subcarinal lymph node", (7600,))
"""subcarinal lymph node (SCT 28330007). Included from CID 7600."""

SubclavianLymphNode: _Final[_Code] = _Code("SCT", "421861001", "subclavian lymph node", (7600,))
"""subclavian lymph node (SCT 421861001). Included from CID 7600."""

SubiliacLymphNode: _Final[_Code] = _Code("FMA", "323407", "subiliac lymph node", (7600,))
"""subiliac lymph node (FMA 323407). Included from CID 7600."""

SubmandibularLymphNode: _Final[_Code] = _Code(
    "SCT", "59503006", "submandibular lymph node", (7600,)
)
"""submandibular lymph node (SCT 59503006). Included from CID 7600."""

SubmentalLymphNode: _Final[_Code] = _Code("SCT", "46055009", "submental lymph node", (7600,))
"""submental lymph node (SCT 46055009). Included from CID 7600."""

SubpyloricLymphNode: _Final[_Code] = _Code("SCT", "280314006", "subpyloric lymph node", (7600,))
"""subpyloric lymph node (SCT 280314006). Included from CID 7600."""

SubscapularAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "12196003", "subscapular axillary lymph node", (7600,)
)
"""subscapular axillary lymph node (SCT 12196003). Included from CID 7600."""

SubsegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127922000", "subsegmental lymph node of the lung", (7600,)
)
"""subsegmental lymph node of the lung (SCT 127922000). Included from CID 7600."""

SuperficialAnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "168557005", "superficial anterior cervical lymph node", (7600,)
)
"""superficial anterior cervical lymph node (SCT 168557005). Included from CID 7600."""

SuperficialCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "279144003", "superficial cervical lymph node", (7600,)
)
"""superficial cervical lymph node (SCT 279144003). Included from CID 7600."""

SuperficialInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "113340006", "superficial inguinal lymph node", (7600,)
)
"""superficial inguinal lymph node (SCT 113340006). Included from CID 7600."""

SuperficialIntraparotidLymphNode: _Final[_Code] = _Code(
    "SCT", "68339009", "superficial intraparotid lymph node", (7600,)
)
"""superficial intraparotid lymph node (SCT 68339009). Included from CID 7600."""

SuperficialLateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "167965000", "superficial lateral cervical lymph node", (7600,)
)
"""superficial lateral cervical lymph node (SCT 167965000). Included from CID 7600."""

SuperficialLymphNode: _Final[_Code] = _Code("SCT", "90606007", "superficial lymph node", (7600,))
"""superficial lymph node (SCT 90606007). Included from CID 7600."""

SuperficialParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "279141006", "superficial parotid lymph node", (7600,)
)
"""superficial parotid lymph node (SCT 279141006). Included from CID 7600."""

SuperficialPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "12728001", "superficial popliteal lymph node", (7600,)
)
"""superficial popliteal lymph node (SCT 12728001). Included from CID 7600."""

SuperiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "76290003", "superior gluteal lymph node", (7600,)
)
"""superior gluteal lymph node (SCT 76290003). Included from CID 7600."""

SuperiorLateralInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "76704003", "superior lateral inguinal lymph node", (7600,)
)
"""superior lateral inguinal lymph node (SCT 76704003). Included from CID 7600."""

SuperiorMedialInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "52554005", "superior medial inguinal lymph node", (7600,)
)
"""superior medial inguinal lymph node (SCT 52554005). Included from CID 7600."""

SuperiorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127925003", "superior mediastinal lymph node", (7600,)
)
"""superior mediastinal lymph node (SCT 127925003). Included from CID 7600."""

SuperiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "49394004", "superior mesenteric lymph node", (7600,)
)
"""superior mesenteric lymph node (SCT 49394004). Included from CID 7600."""

SuperiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280999005", "superior pancreatic lymph node", (7600,)
)
"""superior pancreatic lymph node (SCT 280999005). Included from CID 7600."""

SuperiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281320004", "superior pancreaticoduodenal lymph node", (7600,)
)
"""superior pancreaticoduodenal lymph node (SCT 281320004). Included from CID 7600."""

SuperiorRectalLymphNode: _Final[_Code] = _Code(
    "SCT", "68881005", "superior rectal lymph node", (7600,)
)
"""superior rectal lymph node (SCT 68881005). Included from CID 7600."""

SuperiorTracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "67941004", "superior tracheobronchial lymph node", (7600,)
)
"""superior tracheobronchial lymph node (SCT 67941004). Included from CID 7600."""

SupraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "76838003", "supraclavicular lymph node", (7600,)
)
"""supraclavicular lymph node (SCT 76838003). Included from CID 7600."""

SupramammaryLymphNode: _Final[_Code] = _Code("FMA", "12785", "supramammary lymph node", (7600,))
"""supramammary lymph node (FMA 12785). Included from CID 7600."""

SuprapyloricLymphNode: _Final[_Code] = _Code("SCT", "280216006", "suprapyloric lymph node", (7600,))
"""suprapyloric lymph node (SCT 280216006). Included from CID 7600."""

TibialLymphNode: _Final[_Code] = _Code("SCT", "80769008", "tibial lymph node", (7600,))
"""tibial lymph node (SCT 80769008). Included from CID 7600."""

TracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "245341003", "tracheobronchial lymph node", (7600,)
)
"""tracheobronchial lymph node (SCT 245341003). Included from CID 7600."""

TracheobronchialLymphNodeLocatedNearCarina: _Final[_Code] = _Code(
    "SCT", "89858007", "tracheobronchial lymph node, located near carina", (7600,)
)
"""tracheobronchial lymph node, located near carina (SCT 89858007). Included from CID 7600."""

UpperDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285425001", "upper deep cervical lymph node", (7600,)
)
"""upper deep cervical lymph node (SCT 285425001). Included from CID 7600."""

UpperJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245321008", "upper jugular lymph node", (7600,)
)
"""upper jugular lymph node (SCT 245321008). Included from CID 7600."""

UpperLimbLymphNode: _Final[_Code] = _Code("SCT", "44914007", "upper limb lymph node", (7600,))
"""upper limb lymph node (SCT 44914007). Included from CID 7600."""

UpperParatrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127927006", "upper paratracheal lymph node (mediastinal)", (7600,)
)
"""upper paratracheal lymph node (mediastinal) (SCT 127927006). Included from CID 7600."""

UterineParacervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5394000", "uterine paracervical lymph node", (7600,)
)
"""uterine paracervical lymph node (SCT 5394000). Included from CID 7600."""

VesicularLymphNode: _Final[_Code] = _Code("SCT", "360992006", "vesicular lymph node", (7600,))
"""vesicular lymph node (SCT 360992006). Included from CID 7600."""

BaseOfTongue: _Final[_Code] = _Code("SCT", "47975008", "base of tongue", (7601,))
"""base of tongue (SCT 47975008). Included from CID 7601."""

BuccalMucosa: _Final[_Code] = _Code("SCT", "16811007", "buccal mucosa", (7601,))
"""buccal mucosa (SCT 16811007). Included from CID 7601."""

FloorOfMouth: _Final[_Code] = _Code("SCT", "36360002", "floor of mouth", (7601,))
"""floor of mouth (SCT 36360002). Included from CID 7601."""

Glottis: _Final[_Code] = _Code("SCT", "1307006", "glottis", (7601,))
"""glottis (SCT 1307006). Included from CID 7601."""

LingualTonsil: _Final[_Code] = _Code("SCT", "2048000", "lingual tonsil", (7601,))
"""lingual tonsil (SCT 2048000). Included from CID 7601."""

AlveolarProcessOfMandible: _Final[_Code] = _Code(
    "SCT", "38754007", "alveolar process of mandible", (7601,)
)
"""alveolar process of mandible (SCT 38754007). Included from CID 7601."""

NasalCavity: _Final[_Code] = _Code("SCT", "279549004", "nasal cavity", (7601,))
"""nasal cavity (SCT 279549004). Included from CID 7601."""

Nasopharynx_71836000: _Final[_Code] = _Code("SCT", "71836000", "nasopharynx", (7601,))
"""nasopharynx (SCT 71836000). Included from CID 7601."""

OralCavity: _Final[_Code] = _Code("SCT", "74262004", "oral cavity", (7601,))
"""oral cavity (SCT 74262004). Included from CID 7601."""

OropharyngealTonsil: _Final[_Code] = _Code("SCT", "17861009", "oropharyngeal tonsil", (7601,))
"""oropharyngeal tonsil (SCT 17861009). Included from CID 7601."""

Oropharynx: _Final[_Code] = _Code("SCT", "31389004", "oropharynx", (7601,))
"""oropharynx (SCT 31389004). Included from CID 7601."""

PalatineTonsil: _Final[_Code] = _Code("SCT", "75573002", "palatine tonsil", (7601,))
"""palatine tonsil (SCT 75573002). Included from CID 7601."""

PharyngealRecess: _Final[_Code] = _Code("SCT", "1849007", "pharyngeal recess", (7601,))
"""pharyngeal recess (SCT 1849007). Included from CID 7601."""

PharyngealTonsil: _Final[_Code] = _Code("SCT", "55940004", "pharyngeal tonsil", (7601,))
"""pharyngeal tonsil (SCT 55940004). Included from CID 7601."""

PharyngotympanicTube: _Final[_Code] = _Code("SCT", "91207004", "pharyngotympanic tube", (7601,))
"""pharyngotympanic tube (SCT 91207004). Included from CID 7601."""

PyriformSinus: _Final[_Code] = _Code("SCT", "6217003", "pyriform sinus", (7601,))
"""pyriform sinus (SCT 6217003). Included from CID 7601."""

RetromolarTrigone: _Final[_Code] = _Code("SCT", "85816001", "retromolar trigone", (7601,))
"""retromolar trigone (SCT 85816001). Included from CID 7601."""

Supraglottis: _Final[_Code] = _Code("SCT", "119255006", "supraglottis", (7601,))
"""supraglottis (SCT 119255006). Included from CID 7601."""

TonsilAndAdenoid: _Final[_Code] = _Code("SCT", "303337002", "tonsil and adenoid", (7601,))
"""tonsil and adenoid (SCT 303337002). Included from CID 7601."""

TorusOfPharyngotympanicTube: _Final[_Code] = _Code(
    "FMA", "54993", "torus of pharyngotympanic tube", (7601,)
)
"""torus of pharyngotympanic tube (FMA 54993). Included from CID 7601."""

TubalTonsil: _Final[_Code] = _Code("SCT", "21058000", "tubal tonsil", (7601,))
"""tubal tonsil (SCT 21058000). Included from CID 7601."""

UnknownPrimaryNeoplasiaSite: _Final[_Code] = _Code(
    "UMLS", "C0221297", "unknown primary neoplasia site", (7601,)
)
"""unknown primary neoplasia site (UMLS C0221297). Included from CID 7601."""

Uvula: _Final[_Code] = _Code("SCT", "26140008", "uvula", (7601,))
"""uvula (SCT 26140008). Included from CID 7601."""

PerilesionalWhiteMatter: _Final[_Code] = _Code(
    "DCM", "110706", "Perilesional White Matter", (7710,)
)
"""Perilesional White Matter (DCM 110706). Included from CID 7710."""

SkeletalMuscle: _Final[_Code] = _Code("SCT", "127954009", "Skeletal muscle", (7710,))
"""Skeletal muscle (SCT 127954009). Included from CID 7710."""

CardiacMuscle: _Final[_Code] = _Code("SCT", "122448007", "Cardiac muscle", (7710,))
"""Cardiac muscle (SCT 122448007). Included from CID 7710."""

CorticospinalTractInBrainstem: _Final[_Code] = _Code(
    "SCT", "360568007", "corticospinal tract in brainstem", (7701,)
)
"""corticospinal tract in brainstem (SCT 360568007). Included from CID 7701."""

LateralLemniscus: _Final[_Code] = _Code("SCT", "86136007", "lateral lemniscus", (7701,))
"""lateral lemniscus (SCT 86136007). Included from CID 7701."""

MedialLongitudinalFasciculus: _Final[_Code] = _Code(
    "SCT", "28390009", "medial longitudinal fasciculus", (7701,)
)
"""medial longitudinal fasciculus (SCT 28390009). Included from CID 7701."""

CorticobulbarTract: _Final[_Code] = _Code("NEU", "1319", "corticobulbar tract", (7702,))
"""corticobulbar tract (NEU 1319). Included from CID 7702."""

CorticospinalTract: _Final[_Code] = _Code("NEU", "1320", "corticospinal tract", (7702,))
"""corticospinal tract (NEU 1320). Included from CID 7702."""

InternalCapsule: _Final[_Code] = _Code("SCT", "85637007", "internal capsule", (7702,))
"""internal capsule (SCT 85637007). Included from CID 7702."""

ExternalCapsule: _Final[_Code] = _Code("SCT", "10517005", "external capsule", (7702,))
"""external capsule (SCT 10517005). Included from CID 7702."""

AuditoryRadiation: _Final[_Code] = _Code("SCT", "410726006", "auditory radiation", (7702,))
"""auditory radiation (SCT 410726006). Included from CID 7702."""

InferiorOpticRadiationMeyerLoop: _Final[_Code] = _Code(
    "NEU", "1466", "inferior optic radiation (Meyer's loop)", (7702,)
)
"""inferior optic radiation (Meyer's loop) (NEU 1466). Included from CID 7702."""

SuperiorOpticRadiationBaumLoop: _Final[_Code] = _Code(
    "NEU", "3473", "superior optic radiation (Baum's loop)", (7702,)
)
"""superior optic radiation (Baum's loop) (NEU 3473). Included from CID 7702."""

AnteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "1726", "anterior thalamic radiation", (7702,)
)
"""anterior thalamic radiation (NEU 1726). Included from CID 7702."""

SuperiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2081", "superior thalamic radiation", (7702,)
)
"""superior thalamic radiation (NEU 2081). Included from CID 7702."""

InferiorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2082", "inferior thalamic radiation", (7702,)
)
"""inferior thalamic radiation (NEU 2082). Included from CID 7702."""

PosteriorThalamicRadiation: _Final[_Code] = _Code(
    "NEU", "2083", "posterior thalamic radiation", (7702,)
)
"""posterior thalamic radiation (NEU 2083). Included from CID 7702."""

SuperiorLongitudinalFasciculus_2080: _Final[_Code] = _Code(
    "NEU", "2080", "superior longitudinal fasciculus", (7703,)
)
"""superior longitudinal fasciculus (NEU 2080). Included from CID 7703."""

SuperiorLongitudinalFasciculusI: _Final[_Code] = _Code(
    "DCM", "110703", "superior longitudinal fasciculus I", (7703,)
)
"""superior longitudinal fasciculus I (DCM 110703). Included from CID 7703."""

SuperiorLongitudinalFasciculusII: _Final[_Code] = _Code(
    "DCM", "110704", "superior longitudinal fasciculus II", (7703,)
)
"""superior longitudinal fasciculus II (DCM 110704). Included from CID 7703."""

SuperiorLongitudinalFasciculusIII: _Final[_Code] = _Code(
    "DCM", "110705", "superior longitudinal fasciculus III", (7703,)
)
"""superior longitudinal fasciculus III (DCM 110705). Included from CID 7703."""

ArcuateFasciculus_2063: _Final[_Code] = _Code("NEU", "2063", "arcuate fasciculus", (7703,))
"""arcuate fasciculus (NEU 2063). Included from CID 7703."""

SuperiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "13958008", "superior fronto-occipital fasciculus", (7703,)
)
"""superior fronto-occipital fasciculus (SCT 13958008). Included from CID 7703."""

InferiorFrontoOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "35664009", "inferior fronto-occipital fasciculus", (7703,)
)
"""inferior fronto-occipital fasciculus (SCT 35664009). Included from CID 7703."""

VerticalOccipitalFasciculus: _Final[_Code] = _Code(
    "SCT", "80434005", "vertical occipital fasciculus", (7703,)
)
"""vertical occipital fasciculus (SCT 80434005). Included from CID 7703."""

StriaTerminalis: _Final[_Code] = _Code("NEU", "286", "stria terminalis", (7704,))
"""stria terminalis (NEU 286). Included from CID 7704."""

AnteriorCommissure: _Final[_Code] = _Code("SCT", "62872008", "anterior commissure", (7101, 7705))
"""anterior commissure (SCT 62872008). Included from CID 7705."""

GenuOfCorpusCallosum: _Final[_Code] = _Code("SCT", "70215001", "genu of corpus callosum", (7705,))
"""genu of corpus callosum (SCT 70215001). Included from CID 7705."""

SpleniumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "23347006", "splenium of corpus callosum", (7705,)
)
"""splenium of corpus callosum (SCT 23347006). Included from CID 7705."""

TapetumOfCorpusCallosum: _Final[_Code] = _Code(
    "SCT", "60105000", "tapetum of corpus callosum", (7705,)
)
"""tapetum of corpus callosum (SCT 60105000). Included from CID 7705."""

ForcepsMinor: _Final[_Code] = _Code("SCT", "42932006", "forceps minor", (7705,))
"""forceps minor (SCT 42932006). Included from CID 7705."""

ForcepsMajor: _Final[_Code] = _Code("SCT", "80049006", "forceps major", (7705,))
"""forceps major (SCT 80049006). Included from CID 7705."""

HabenularCommissure: _Final[_Code] = _Code("SCT", "6866008", "habenular commissure", (7705,))
"""habenular commissure (SCT 6866008). Included from CID 7705."""

OlfactoryTract: _Final[_Code] = _Code("SCT", "3960005", "olfactory tract", (7706,))
"""olfactory tract (SCT 3960005). Included from CID 7706."""

OpticNerve: _Final[_Code] = _Code("SCT", "18234004", "optic nerve", (7706,))
"""optic nerve (SCT 18234004). Included from CID 7706."""

OculomotorNerve: _Final[_Code] = _Code("SCT", "56193007", "oculomotor nerve", (7706,))
"""oculomotor nerve (SCT 56193007). Included from CID 7706."""

TrochlearNerve: _Final[_Code] = _Code("SCT", "39322007", "trochlear nerve", (7706,))
"""trochlear nerve (SCT 39322007). Included from CID 7706."""

TrigeminalNerve: _Final[_Code] = _Code("SCT", "27612005", "trigeminal nerve", (7706,))
"""trigeminal nerve (SCT 27612005). Included from CID 7706."""

AbducensNerve: _Final[_Code] = _Code("SCT", "80622005", "abducens nerve", (7706,))
"""abducens nerve (SCT 80622005). Included from CID 7706."""

FacialNerve: _Final[_Code] = _Code("SCT", "56052001", "facial nerve", (7706,))
"""facial nerve (SCT 56052001). Included from CID 7706."""

VestibulocochlearNerve: _Final[_Code] = _Code("SCT", "8598002", "vestibulocochlear nerve", (7706,))
"""vestibulocochlear nerve (SCT 8598002). Included from CID 7706."""

GlossopharyngealNerve: _Final[_Code] = _Code("SCT", "21161002", "glossopharyngeal nerve", (7706,))
"""glossopharyngeal nerve (SCT 21161002). Included from CID 7706."""

AccessoryNerve: _Final[_Code] = _Code("SCT", "15119000", "accessory nerve", (7706,))
"""accessory nerve (SCT 15119000). Included from CID 7706."""

HypoglossalNerve: _Final[_Code] = _Code("SCT", "37899009", "hypoglossal nerve", (7706,))
"""hypoglossal nerve (SCT 37899009). Included from CID 7706."""

DorsalFuniculus: _Final[_Code] = _Code("SCT", "59752008", "dorsal funiculus", (7707,))
"""dorsal funiculus (SCT 59752008). Included from CID 7707."""

VentralFuniculus: _Final[_Code] = _Code("SCT", "31701002", "ventral funiculus", (7707,))
"""ventral funiculus (SCT 31701002). Included from CID 7707."""

LateralFuniculus: _Final[_Code] = _Code("SCT", "14892003", "lateral funiculus", (7707,))
"""lateral funiculus (SCT 14892003). Included from CID 7707."""

CisternaMagna: _Final[_Code] = _Code("SCT", "54165005", "Cisterna Magna", (12020, 12022))
"""Cisterna Magna (SCT 54165005). Included from CID 12020."""

Trunk: _Final[_Code] = _Code("SCT", "22943007", "Trunk", (12020,))
"""Trunk (SCT 22943007). Included from CID 12020."""

AnteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "30399003", "Anterior Horn Lateral Ventricle", (12022,)
)
"""Anterior Horn Lateral Ventricle (SCT 30399003). Included from CID 12022."""

OccipitalRegionOfScalp: _Final[_Code] = _Code(
    "SCT", "700032006", "Occipital region of scalp", (12022,)
)
"""Occipital region of scalp (SCT 700032006). Included from CID 12022."""

PosteriorHornLateralVentricle: _Final[_Code] = _Code(
    "SCT", "52943005", "Posterior Horn Lateral Ventricle", (12022,)
)
"""Posterior Horn Lateral Ventricle (SCT 52943005). Included from CID 12022."""

Endometrium: _Final[_Code] = _Code("SCT", "2739003", "Endometrium", (12023,))
"""Endometrium (SCT 2739003). Included from CID 12023."""

CarotidBifurcation: _Final[_Code] = _Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002). Included from CID 12104."""

CarotidBulb: _Final[_Code] = _Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005). Included from CID 12104."""

AnteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "60176003", "Anterior Cerebral Artery", (12105,)
)
"""Anterior Cerebral Artery (SCT 60176003). Included from CID 12105."""

AnteriorMiddleCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397418009", "Anterior-Middle Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Middle Cerebral Artery Bifurcation (SCT 397418009). Included from CID 12105."""

AnteriorPosteriorCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397419001", "Anterior-Posterior Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Posterior Cerebral Artery Bifurcation (SCT 397419001). Included from CID 12105."""

CarotidSiphon: _Final[_Code] = _Code("SCT", "54409005", "Carotid Siphon", (12105,))
"""Carotid Siphon (SCT 54409005). Included from CID 12105."""

CentralRetinalArtery: _Final[_Code] = _Code("SCT", "76117006", "Central Retinal Artery", (12105,))
"""Central Retinal Artery (SCT 76117006). Included from CID 12105."""

CentralRetinalVein: _Final[_Code] = _Code("SCT", "62869001", "Central Retinal Vein", (12105,))
"""Central Retinal Vein (SCT 62869001). Included from CID 12105."""

InternalCarotidArteryC5Segment: _Final[_Code] = _Code(
    "SCT", "415637004", "Internal Carotid Artery C5 segment", (12105,)
)
"""Internal Carotid Artery C5 segment (SCT 415637004). Included from CID 12105."""

InternalCarotidArteryC6Segment: _Final[_Code] = _Code(
    "SCT", "698348000", "Internal Carotid Artery C6 segment", (12105,)
)
"""Internal Carotid Artery C6 segment (SCT 698348000). Included from CID 12105."""

TerminalInternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "415646005", "Terminal internal carotid artery", (12105,)
)
"""Terminal internal carotid artery (SCT 415646005). Included from CID 12105."""

MiddleCerebralArtery: _Final[_Code] = _Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002). Included from CID 12105."""

MiddleCerebralArteryM1Segment: _Final[_Code] = _Code(
    "SCT", "414722000", "Middle Cerebral Artery M1 Segment", (12105,)
)
"""Middle Cerebral Artery M1 Segment (SCT 414722000). Included from CID 12105."""

MiddleCerebralArteryM2Segment: _Final[_Code] = _Code(
    "SCT", "414723005", "Middle Cerebral Artery M2 Segment", (12105,)
)
"""Middle Cerebral Artery M2 Segment (SCT 414723005). Included from CID 12105."""

PosteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "70382005", "Posterior Cerebral Artery", (12105,)
)
"""Posterior Cerebral Artery (SCT 70382005). Included from CID 12105."""

PosteriorCerebralArteryP1Segment: _Final[_Code] = _Code(
    "SCT", "415144009", "Posterior Cerebral Artery P1 Segment", (12105,)
)
"""Posterior Cerebral Artery P1 Segment (SCT 415144009). Included from CID 12105."""

PosteriorCerebralArteryP2Segment: _Final[_Code] = _Code(
    "SCT", "415145005", "Posterior Cerebral Artery P2 Segment", (12105,)
)
"""Posterior Cerebral Artery P2 Segment (SCT 415145005). Included from CID 12105."""

DeepPalmarArchOfRadialArtery: _Final[_Code] = _Code(
    "SCT", "10119003", "Deep Palmar Arch of Radial Artery", (12107,)
)
"""Deep Palmar Arch of Radial Artery (SCT 10119003). Included from CID 12107."""

SuperficialPalmarArch: _Final[_Code] = _Code("SCT", "26818002", "Superficial Palmar Arch", (12107,))
"""Superficial Palmar Arch (SCT 26818002). Included from CID 12107."""

DigitalArteryOfHand: _Final[_Code] = _Code("SCT", "40254007", "Digital artery of hand", (12107,))
"""Digital artery of hand (SCT 40254007). Included from CID 12107."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009). Included from CID 12108."""

MedianCubitalVein: _Final[_Code] = _Code("SCT", "49852007", "Median Cubital vein", (12108,))
"""Median Cubital vein (SCT 49852007). Included from CID 12108."""

RadialVein: _Final[_Code] = _Code("SCT", "52359001", "Radial vein", (12108,))
"""Radial vein (SCT 52359001). Included from CID 12108."""

UlnarVein: _Final[_Code] = _Code("SCT", "17623008", "Ulnar vein", (12108,))
"""Ulnar vein (SCT 17623008). Included from CID 12108."""

DeepPalmarVenousArch: _Final[_Code] = _Code("SCT", "368481004", "Deep Palmar Venous Arch", (12108,))
"""Deep Palmar Venous Arch (SCT 368481004). Included from CID 12108."""

SuperficialPalmarVenousArch: _Final[_Code] = _Code(
    "SCT", "368479001", "Superficial Palmar Venous Arch", (12108,)
)
"""Superficial Palmar Venous Arch (SCT 368479001). Included from CID 12108."""

DorsalisPedisArtery: _Final[_Code] = _Code(
    "SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109)
)
"""Dorsalis Pedis Artery (SCT 86547008). Included from CID 12109."""

PlantarArterialArch: _Final[_Code] = _Code("SCT", "83018002", "Plantar Arterial Arch", (12109,))
"""Plantar Arterial Arch (SCT 83018002). Included from CID 12109."""

AnteriorTibialVein: _Final[_Code] = _Code("SCT", "26703007", "Anterior Tibial Vein", (12110,))
"""Anterior Tibial Vein (SCT 26703007). Included from CID 12110."""

LateralCalfPerforator: _Final[_Code] = _Code(
    "SCT", "714754004", "Lateral calf perforator", (12110,)
)
"""Lateral calf perforator (SCT 714754004). Included from CID 12110."""

CommonFemoralVein: _Final[_Code] = _Code("SCT", "397363009", "Common Femoral Vein", (12110,))
"""Common Femoral Vein (SCT 397363009). Included from CID 12110."""

GastrocnemiusVein: _Final[_Code] = _Code("SCT", "264481007", "Gastrocnemius vein", (12110,))
"""Gastrocnemius vein (SCT 264481007). Included from CID 12110."""

GiacominiVein: _Final[_Code] = _Code("SCT", "397437000", "Giacomini vein", (12110,))
"""Giacomini vein (SCT 397437000). Included from CID 12110."""

GreatSaphenousVeinOfThigh: _Final[_Code] = _Code(
    "SCT", "414369008", "Great Saphenous Vein of Thigh", (12110,)
)
"""Great Saphenous Vein of Thigh (SCT 414369008). Included from CID 12110."""

GreatSaphenousVeinOfCalf: _Final[_Code] = _Code(
    "SCT", "414368000", "Great Saphenous Vein of Calf", (12110,)
)
"""Great Saphenous Vein of Calf (SCT 414368000). Included from CID 12110."""

LesserSaphenousVein: _Final[_Code] = _Code("SCT", "26805005", "Lesser Saphenous Vein", (12110,))
"""Lesser Saphenous Vein (SCT 26805005). Included from CID 12110."""

PeronealVein: _Final[_Code] = _Code("SCT", "71758008", "Peroneal Vein", (12110,))
"""Peroneal Vein (SCT 71758008). Included from CID 12110."""

PoplitealVein: _Final[_Code] = _Code("SCT", "56849005", "Popliteal Vein", (12110,))
"""Popliteal Vein (SCT 56849005). Included from CID 12110."""

PosteriorArchVein: _Final[_Code] = _Code("SCT", "397435008", "Posterior arch vein", (12110,))
"""Posterior arch vein (SCT 397435008). Included from CID 12110."""

PosteriorTibialVein: _Final[_Code] = _Code("SCT", "4258007", "Posterior Tibial Vein", (12110,))
"""Posterior Tibial Vein (SCT 4258007). Included from CID 12110."""

ProfundaFemorisVein: _Final[_Code] = _Code("SCT", "23438002", "Profunda Femoris Vein", (12110,))
"""Profunda Femoris Vein (SCT 23438002). Included from CID 12110."""

SolealVein: _Final[_Code] = _Code("SCT", "397427005", "Soleal vein", (12110,))
"""Soleal vein (SCT 397427005). Included from CID 12110."""

SuperficialFemoralVein: _Final[_Code] = _Code(
    "SCT", "397364003", "Superficial Femoral Vein", (12110,)
)
"""Superficial Femoral Vein (SCT 397364003). Included from CID 12110."""

ThighPerforator: _Final[_Code] = _Code("SCT", "714759009", "Thigh perforator", (12110,))
"""Thigh perforator (SCT 714759009). Included from CID 12110."""

InternalIliacVein: _Final[_Code] = _Code("SCT", "40300007", "Internal iliac vein", (12110,))
"""Internal iliac vein (SCT 40300007). Included from CID 12110."""

SaphenopoplitealJunction: _Final[_Code] = _Code(
    "SCT", "244415001", "Saphenopopliteal junction", (12110,)
)
"""Saphenopopliteal junction (SCT 244415001). Included from CID 12110."""

CockettPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128549006", "Cockett's perforating vein", (12110,)
)
"""Cockett's perforating vein (SCT 128549006). Included from CID 12110."""

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006). Included from CID 12111."""

GastricArtery: _Final[_Code] = _Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002). Included from CID 12111."""

FirstLumbarArtery: _Final[_Code] = _Code("SCT", "397407009", "First Lumbar Artery", (12111,))
"""First Lumbar Artery (SCT 397407009). Included from CID 12111."""

SecondLumbarArtery: _Final[_Code] = _Code("SCT", "397408004", "Second Lumbar Artery", (12111,))
"""Second Lumbar Artery (SCT 397408004). Included from CID 12111."""

ThirdLumbarArtery: _Final[_Code] = _Code("SCT", "397409007", "Third Lumbar Artery", (12111,))
"""Third Lumbar Artery (SCT 397409007). Included from CID 12111."""

FourthLumbarArtery: _Final[_Code] = _Code("SCT", "397410002", "Fourth Lumbar Artery", (12111,))
"""Fourth Lumbar Artery (SCT 397410002). Included from CID 12111."""

FifthLumbarArtery: _Final[_Code] = _Code("SCT", "397411003", "Fifth Lumbar Artery", (12111,))
"""Fifth Lumbar Artery (SCT 397411003). Included from CID 12111."""

SixthLumbarArtery: _Final[_Code] = _Code("SCT", "397412005", "Sixth Lumbar Artery", (12111,))
"""Sixth Lumbar Artery (SCT 397412005). Included from CID 12111."""

OvarianArtery: _Final[_Code] = _Code("SCT", "12052000", "Ovarian Artery", (12111, 12140))
"""Ovarian Artery (SCT 12052000). Included from CID 12111."""

TesticularArtery: _Final[_Code] = _Code("SCT", "27175001", "Testicular Artery", (12111,))
"""Testicular Artery (SCT 27175001). Included from CID 12111."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009). Included from CID 12111."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006). Included from CID 12112."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003). Included from CID 12112."""

CommonHepaticArtery: _Final[_Code] = _Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000). Included from CID 12112."""

GastroduodenalArtery: _Final[_Code] = _Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004). Included from CID 12112."""

ProperHepaticArtery: _Final[_Code] = _Code("SCT", "18112008", "Proper Hepatic Artery", (12112,))
"""Proper Hepatic Artery (SCT 18112008). Included from CID 12112."""

RightBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "69421009", "Right Branch of Hepatic Artery", (12112,)
)
"""Right Branch of Hepatic Artery (SCT 69421009). Included from CID 12112."""

LeftBranchOfHepaticArtery: _Final[_Code] = _Code(
    "SCT", "21807003", "Left Branch of Hepatic Artery", (12112,)
)
"""Left Branch of Hepatic Artery (SCT 21807003). Included from CID 12112."""

IlealVein: _Final[_Code] = _Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002). Included from CID 12113."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004). Included from CID 12113."""

TesticularVein: _Final[_Code] = _Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004). Included from CID 12113."""

InferiorRightHepaticVein: _Final[_Code] = _Code(
    "SCT", "397425002", "Inferior Right Hepatic Vein", (12114,)
)
"""Inferior Right Hepatic Vein (SCT 397425002). Included from CID 12114."""

LeftHepaticVein: _Final[_Code] = _Code("SCT", "273202007", "Left Hepatic Vein", (12114,))
"""Left Hepatic Vein (SCT 273202007). Included from CID 12114."""

MiddleHepaticVein: _Final[_Code] = _Code("SCT", "273099000", "Middle Hepatic Vein", (12114,))
"""Middle Hepatic Vein (SCT 273099000). Included from CID 12114."""

RightHepaticVein: _Final[_Code] = _Code("SCT", "272998002", "Right Hepatic Vein", (12114,))
"""Right Hepatic Vein (SCT 272998002). Included from CID 12114."""

LeftMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "70253006", "Left Main Branch of Portal Vein", (12114,)
)
"""Left Main Branch of Portal Vein (SCT 70253006). Included from CID 12114."""

RightMainBranchOfPortalVein: _Final[_Code] = _Code(
    "SCT", "73931004", "Right Main Branch of Portal Vein", (12114,)
)
"""Right Main Branch of Portal Vein (SCT 73931004). Included from CID 12114."""

InferiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "32859001", "Inferior Mesenteric Vein", (12114,)
)
"""Inferior Mesenteric Vein (SCT 32859001). Included from CID 12114."""

SuperiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "90771006", "Superior Mesenteric Vein", (12114,)
)
"""Superior Mesenteric Vein (SCT 90771006). Included from CID 12114."""

TransjugularIntrahepaticPortosystemicShunt: _Final[_Code] = _Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009). Included from CID 12114."""

HilarArtery: _Final[_Code] = _Code("SCT", "397405001", "Hilar Artery", (12115,))
"""Hilar Artery (SCT 397405001). Included from CID 12115."""

SegmentalArtery: _Final[_Code] = _Code("SCT", "120234003", "Segmental Artery", (12115,))
"""Segmental Artery (SCT 120234003). Included from CID 12115."""

LobarArtery: _Final[_Code] = _Code("SCT", "274060004", "Lobar Artery", (12115,))
"""Lobar Artery (SCT 274060004). Included from CID 12115."""

ArcuateArteryOfTheKidney: _Final[_Code] = _Code(
    "SCT", "274231001", "Arcuate Artery of the Kidney", (12115,)
)
"""Arcuate Artery of the Kidney (SCT 274231001). Included from CID 12115."""

InterlobarArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274143007", "Interlobar Artery of Kidney", (12115,)
)
"""Interlobar Artery of Kidney (SCT 274143007). Included from CID 12115."""

InterlobularArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "274329007", "Interlobular Artery of Kidney", (12115,)
)
"""Interlobular Artery of Kidney (SCT 274329007). Included from CID 12115."""

PerforatingArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "15763003", "Perforating Artery of Kidney", (12115,)
)
"""Perforating Artery of Kidney (SCT 15763003). Included from CID 12115."""

C1Vertebra: _Final[_Code] = _Code("SCT", "14806007", "C1 vertebra", (1003, 7603))
"""C1 vertebra (SCT 14806007). Included from CID 7603."""

C2Vertebra: _Final[_Code] = _Code("SCT", "39976000", "C2 vertebra", (7603,))
"""C2 vertebra (SCT 39976000). Included from CID 7603."""

C3Vertebra: _Final[_Code] = _Code("SCT", "113205007", "C3 vertebra", (7603,))
"""C3 vertebra (SCT 113205007). Included from CID 7603."""

C4Vertebra: _Final[_Code] = _Code("SCT", "5329002", "C4 vertebra", (7603,))
"""C4 vertebra (SCT 5329002). Included from CID 7603."""

C5Vertebra: _Final[_Code] = _Code("SCT", "36978003", "C5 vertebra", (7603,))
"""C5 vertebra (SCT 36978003). Included from CID 7603."""

C6Vertebra: _Final[_Code] = _Code("SCT", "36054005", "C6 vertebra", (7603,))
"""C6 vertebra (SCT 36054005). Included from CID 7603."""

C7Vertebra: _Final[_Code] = _Code("SCT", "87391001", "C7 vertebra", (7603,))
"""C7 vertebra (SCT 87391001). Included from CID 7603."""

T1Vertebra: _Final[_Code] = _Code("SCT", "64864005", "T1 vertebra", (7603,))
"""T1 vertebra (SCT 64864005). Included from CID 7603."""

T2Vertebra: _Final[_Code] = _Code("SCT", "53733008", "T2 vertebra", (7603,))
"""T2 vertebra (SCT 53733008). Included from CID 7603."""

T3Vertebra: _Final[_Code] = _Code("SCT", "1626008", "T3 vertebra", (7603,))
"""T3 vertebra (SCT 1626008). Included from CID 7603."""

T4Vertebra: _Final[_Code] = _Code("SCT", "73071006", "T4 vertebra", (7603,))
"""T4 vertebra (SCT 73071006). Included from CID 7603."""

T5Vertebra: _Final[_Code] = _Code("SCT", "56401006", "T5 vertebra", (7603,))
"""T5 vertebra (SCT 56401006). Included from CID 7603."""

T6Vertebra: _Final[_Code] = _Code("SCT", "45296009", "T6 vertebra", (7603,))
"""T6 vertebra (SCT 45296009). Included from CID 7603."""

T7Vertebra: _Final[_Code] = _Code("SCT", "62487009", "T7 vertebra", (7603,))
"""T7 vertebra (SCT 62487009). Included from CID 7603."""

T8Vertebra: _Final[_Code] = _Code("SCT", "11068009", "T8 vertebra", (7603,))
"""T8 vertebra (SCT 11068009). Included from CID 7603."""

T9Vertebra: _Final[_Code] = _Code("SCT", "82687006", "T9 vertebra", (7603,))
"""T9 vertebra (SCT 82687006). Included from CID 7603."""

T10Vertebra: _Final[_Code] = _Code("SCT", "7610001", "T10 vertebra", (7603,))
"""T10 vertebra (SCT 7610001). Included from CID 7603."""

T11Vertebra: _Final[_Code] = _Code("SCT", "12989004", "T11 vertebra", (7603,))
"""T11 vertebra (SCT 12989004). Included from CID 7603."""

T12Vertebra: _Final[_Code] = _Code("SCT", "23215003", "T12 vertebra", (7603,))
"""T12 vertebra (SCT 23215003). Included from CID 7603."""

L1Vertebra: _Final[_Code] = _Code("SCT", "66794005", "L1 vertebra", (7603,))
"""L1 vertebra (SCT 66794005). Included from CID 7603."""

L2Vertebra: _Final[_Code] = _Code("SCT", "14293000", "L2 vertebra", (7603,))
"""L2 vertebra (SCT 14293000). Included from CID 7603."""

L3Vertebra: _Final[_Code] = _Code("SCT", "36470004", "L3 vertebra", (7603,))
"""L3 vertebra (SCT 36470004). Included from CID 7603."""

L4Vertebra: _Final[_Code] = _Code("SCT", "11994002", "L4 vertebra", (7603,))
"""L4 vertebra (SCT 11994002). Included from CID 7603."""

L5Vertebra: _Final[_Code] = _Code("SCT", "49668003", "L5 vertebra", (7603,))
"""L5 vertebra (SCT 49668003). Included from CID 7603."""

C2C3Disc: _Final[_Code] = _Code("SCT", "1078209008", "C2/C3 disc", (7604,))
"""C2/C3 disc (SCT 1078209008). Included from CID 7604."""

C3C4Disc: _Final[_Code] = _Code("SCT", "58820006", "C3/C4 disc", (7604,))
"""C3/C4 disc (SCT 58820006). Included from CID 7604."""

C4C5Disc: _Final[_Code] = _Code("SCT", "49400002", "C4/C5 disc", (7604,))
"""C4/C5 disc (SCT 49400002). Included from CID 7604."""

C5C6Disc: _Final[_Code] = _Code("SCT", "73959003", "C5/C6 disc", (7604,))
"""C5/C6 disc (SCT 73959003). Included from CID 7604."""

C6C7Disc: _Final[_Code] = _Code("SCT", "75095006", "C6/C7 disc", (7604,))
"""C6/C7 disc (SCT 75095006). Included from CID 7604."""

C7T1Disc: _Final[_Code] = _Code("SCT", "37414007", "C7/T1 disc", (7604,))
"""C7/T1 disc (SCT 37414007). Included from CID 7604."""

T1T2Disc: _Final[_Code] = _Code("SCT", "40908007", "T1/T2 disc", (7604,))
"""T1/T2 disc (SCT 40908007). Included from CID 7604."""

T2T3Disc: _Final[_Code] = _Code("SCT", "6004007", "T2/T3 disc", (7604,))
"""T2/T3 disc (SCT 6004007). Included from CID 7604."""

T3T4Disc: _Final[_Code] = _Code("SCT", "2620004", "T3/T4 disc", (7604,))
"""T3/T4 disc (SCT 2620004). Included from CID 7604."""

T4T5Disc: _Final[_Code] = _Code("SCT", "82965004", "T4/T5 disc", (7604,))
"""T4/T5 disc (SCT 82965004). Included from CID 7604."""

T5T6Disc: _Final[_Code] = _Code("SCT", "72692000", "T5/T6 disc", (7604,))
"""T5/T6 disc (SCT 72692000). Included from CID 7604."""

T6T7Disc: _Final[_Code] = _Code("SCT", "74401007", "T6/T7 disc", (7604,))
"""T6/T7 disc (SCT 74401007). Included from CID 7604."""

T7T8Disc: _Final[_Code] = _Code("SCT", "28693002", "T7/T8 disc", (7604,))
"""T7/T8 disc (SCT 28693002). Included from CID 7604."""

T8T9Disc: _Final[_Code] = _Code("SCT", "9188009", "T8/T9 disc", (7604,))
"""T8/T9 disc (SCT 9188009). Included from CID 7604."""

T9T10Disc: _Final[_Code] = _Code("SCT", "113209001", "T9/T10 disc", (7604,))
"""T9/T10 disc (SCT 113209001). Included from CID 7604."""

T10T11Disc: _Final[_Code] = _Code("SCT", "34959001", "T10/T11 disc", (7604,))
"""T10/T11 disc (SCT 34959001). Included from CID 7604."""

T11T12Disc: _Final[_Code] = _Code("SCT", "1537001", "T11/T12 disc", (7604,))
"""T11/T12 disc (SCT 1537001). Included from CID 7604."""

T12L1Disc: _Final[_Code] = _Code("SCT", "76206002", "T12/L1 disc", (7604,))
"""T12/L1 disc (SCT 76206002). Included from CID 7604."""

L1L2Disc: _Final[_Code] = _Code("SCT", "80064006", "L1/L2 disc", (7604,))
"""L1/L2 disc (SCT 80064006). Included from CID 7604."""

L2L3Disc: _Final[_Code] = _Code("SCT", "67459009", "L2/L3 disc", (7604,))
"""L2/L3 disc (SCT 67459009). Included from CID 7604."""

L3L4Disc: _Final[_Code] = _Code("SCT", "62551000", "L3/L4 disc", (7604,))
"""L3/L4 disc (SCT 62551000). Included from CID 7604."""

L4L5Disc: _Final[_Code] = _Code("SCT", "84020006", "L4/L5 disc", (7604,))
"""L4/L5 disc (SCT 84020006). Included from CID 7604."""

L5S1Disc: _Final[_Code] = _Code("SCT", "715056000", "L5/S1 disc", (7604,))
"""L5/S1 disc (SCT 715056000). Included from CID 7604."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_1stDiagonalCoronaryArtery: _Final[_Code] = V1stDiagonalCoronaryArtery
_1stLeftPosterolateralCoronaryArtery: _Final[_Code] = V1stLeftPosterolateralCoronaryArtery
_1stMarginalCoronaryArtery: _Final[_Code] = V1stMarginalCoronaryArtery
_1stRightPosterolateralCoronaryArtery: _Final[_Code] = V1stRightPosterolateralCoronaryArtery
_1stSeptalCoronaryArtery: _Final[_Code] = V1stSeptalCoronaryArtery
_2ndDiagonalCoronaryArtery: _Final[_Code] = V2ndDiagonalCoronaryArtery
_2ndLeftPosterolateralCoronaryArtery: _Final[_Code] = V2ndLeftPosterolateralCoronaryArtery
_2ndMarginalCoronaryArtery: _Final[_Code] = V2ndMarginalCoronaryArtery
_2ndRightPosterolateralCoronaryArtery: _Final[_Code] = V2ndRightPosterolateralCoronaryArtery
_3rdDiagonalCoronaryArtery: _Final[_Code] = V3rdDiagonalCoronaryArtery
_3rdLeftPosterolateralCoronaryArtery: _Final[_Code] = V3rdLeftPosterolateralCoronaryArtery
_3rdMarginalCoronaryArtery: _Final[_Code] = V3rdMarginalCoronaryArtery
_3rdRightPosterolateralCoronaryArtery: _Final[_Code] = V3rdRightPosterolateralCoronaryArtery
_1stDiagonalCoronaryArteryLaterals: _Final[_Code] = V1stDiagonalCoronaryArteryLaterals
_1stMarginalCoronaryArteryLaterals: _Final[_Code] = V1stMarginalCoronaryArteryLaterals
_2ndDiagonalCoronaryArteryLaterals: _Final[_Code] = V2ndDiagonalCoronaryArteryLaterals
_2ndMarginalCoronaryArteryLaterals: _Final[_Code] = V2ndMarginalCoronaryArteryLaterals
_3rdDiagonalCoronaryArteryLaterals: _Final[_Code] = V3rdDiagonalCoronaryArteryLaterals
_3rdMarginalCoronaryArteryLaterals: _Final[_Code] = V3rdMarginalCoronaryArteryLaterals

MEMBERS: _Final[tuple[_Code, ...]] = (
    BrachialPlexus,
    Epididymis,
    InternalNose,
    Placenta,
    UmbilicalCord,
    Atrium,
    Axilla,
    Back,
    BroadLigament,
    Buttock,
    Calyx,
    Cheek,
    Cornea,
    Ear,
    EndoArterial,
    EndoCardiac,
    EndoEsophageal,
    EndoNasopharyngeal,
    EndoRectal,
    EndoRenal,
    EndoUreteric,
    EndoUrethral,
    EndoVaginal,
    EndoVascular,
    EndoVenous,
    EndoVesical,
    EpigastricRegion,
    Eyelid,
    Face,
    Flank,
    FontanelOfSkull,
    HipJoint,
    HypogastricRegion,
    Submental,
    Hypopharynx,
    IntraArticular,
    Intracranial,
    LeftHypochondriacRegion,
    LeftInguinalRegion,
    LeftLowerQuadrantOfAbdomen,
    LeftLumbarRegion,
    LeftUpperQuadrantOfAbdomen,
    LowerInnerQuadrantOfBreast,
    LowerOuterQuadrantOfBreast,
    LumbarRegion,
    Lung,
    Mouth,
    Nose,
    OmentalBursa,
    Omentum,
    Ovary,
    Parasternal,
    Penis,
    Perineum,
    PoplitealFossa,
    RenalPelvis,
    Retroperitoneum,
    RightHypochondriacRegion,
    RightInguinalRegion,
    RightLowerQuadrantOfAbdomen,
    RightLumbarRegion,
    RightUpperQuadrantOfAbdomen,
    Scalp,
    Sclera,
    Scrotum,
    SpinalCord,
    Subcostal,
    SubmandibularArea,
    Subxiphoid,
    SupraclavicularRegionOfNeck,
    SuprasternalNotch,
    Thigh,
    Thorax,
    Tongue,
    UmbilicalRegion,
    UpperInnerQuadrantOfBreast,
    UpperOuterQuadrantOfBreast,
    VascularGraft,
    Ventricle,
    Vulva,
    WristJoint,
    AbdominalAorta,
    AdrenalGland,
    AorticArch,
    Brain,
    CarotidArtery,
    Cerebellum,
    CircleOfWillis,
    CoronaryArtery,
    CranialVenousSystem,
    IliacAndOrFemoralArtery,
    Liver,
    Parathyroid,
    PulmonaryArtery,
    RenalArtery,
    Spleen,
    Testis,
    ThoracicAorta,
    Thymus,
    Thyroid,
    Uterus,
    Abdomen,
    AbdomenAndPelvis,
    AcromioclavicularJoint,
    AnkleJoint,
    Anus,
    ApexOfLung,
    BileDuct,
    BiliaryTract,
    Bladder,
    BoneOfLowerLimb,
    BoneOfUpperLimb,
    Breast,
    Bronchus,
    Calcaneus,
    CervicalSpine,
    CervicoThoracicSpine,
    ChestAndAbdomen,
    ChestAbdomenAndPelvis,
    Clavicle,
    Coccyx,
    Colon,
    CommonBileDuct,
    Duodenum,
    ElbowJoint,
    EntireBody,
    EsophagusStomachAndDuodenum,
    Extremity,
    Eye,
    EyeRegion,
    FacialBones,
    Femur,
    Fibula,
    Finger,
    Foot,
    Forearm,
    Gallbladder,
    Hand,
    Head,
    HeadAndNeck,
    Hip,
    Humerus,
    Ileum,
    Ilium,
    InternalAuditoryCanal,
    JawRegion,
    Jejunum,
    Knee,
    LargeIntestine,
    Larynx,
    LiverAndBiliaryStructure,
    LowerLeg,
    LowerLimb,
    LumbarSpine,
    LumboSacralSpine_1217253001,
    Mandible,
    MastoidBone,
    Maxilla,
    Mediastinum,
    MuscleOfLowerLimb,
    MuscleOfUpperLimb,
    NasalBone,
    Neck,
    NeckAndChest,
    NeckChestAndAbdomen,
    NeckChestAbdomenAndPelvis,
    OpticCanal,
    OrbitalStructure,
    Pancreas,
    PancreaticDuct,
    PancreaticDuctAndBileDuctSystems,
    ParanasalSinus,
    ParotidGland,
    Patella,
    Pelvis_816092008,
    PelvisAndLowerExtremities,
    Phantom,
    Prostate,
    Rib,
    SacroCoccygealSpine,
    SacroiliacJoint,
    Sacrum,
    Scapula,
    SellaTurcica,
    SesamoidBonesOfFoot,
    Shoulder,
    Skull,
    SmallIntestine,
    Spine,
    SternoclavicularJoint,
    Sternum,
    Stomach,
    SubmandibularGland,
    TarsalJoint,
    TemporomandibularJoint,
    ThoracicSpine,
    ThoracoLumbarSpine,
    Thumb,
    Toe,
    Trachea,
    UpperArm,
    UpperLimb,
    UpperUrinaryTract,
    UterusAndFallopianTubes,
    VertebralColumnAndCranium,
    Zygoma,
    AnusRectumAndSigmoidColon,
    BladderAndUrethra,
    Cervix,
    ExternalAuditoryCanal,
    InguinalRegion,
    IntraAbdominopelvic,
    IntraPelvic,
    IntraThoracic,
    Joint,
    LumenOfBloodVessel,
    Nasopharynx_360955006,
    Pharynx,
    PharynxAndLarynx,
    SigmoidColon,
    TracheaAndBronchus,
    AnomalousPulmonaryVein,
    AntecubitalVein,
    AnteriorCardiacVein,
    AnteriorCommunicatingArtery,
    AnteriorSpinalArtery,
    AnteriorTibialArtery,
    Aorta,
    AorticFistula,
    ApexOfLeftVentricle,
    ApexOfRightVentricle,
    AscendingAorta,
    AxillaryArtery,
    AxillaryVein,
    AzygosVein,
    Baffle,
    BasilarArtery,
    BodyConduit,
    BoydPerforatingVein,
    BrachialArtery,
    BrachialVein,
    CephalicVein,
    CerebralArtery,
    CommonAtrium,
    CommonCarotidArtery,
    CommonFemoralArtery,
    CommonIliacArtery,
    CommonIliacVein,
    CommonVentricle,
    CongenitalCoronaryArteryFistulaToLeftAtrium,
    CongenitalCoronaryArteryFistulaToLeftVentricle,
    CongenitalCoronaryArteryFistulaToRightAtrium,
    CongenitalCoronaryArteryFistulaToRightVentricle,
    PulmonaryArteriovenousFistula,
    CoronarySinus,
    DescendingAorta_32672002,
    DoddPerforatingVein,
    ExternalCarotidArtery,
    ExternalIliacArtery,
    ExternalIliacVein,
    FacialArtery,
    FemoralArtery,
    FemoralVein,
    GastricVein,
    GenicularArtery,
    GreatCardiacVein,
    GreatSaphenousVein,
    HepaticArtery,
    HepaticVein,
    HunterianPerforatingVein,
    IliacArtery,
    IliacVein,
    InferiorCardiacVein,
    InferiorLeftPulmonaryVein,
    InferiorMesentericArtery,
    InferiorRightPulmonaryVein,
    InferiorVenaCava,
    InnominateArtery,
    InnominateVein,
    InternalCarotidArtery,
    InternalJugularVein,
    InternalIliacArtery,
    InternalMammaryArtery,
    JuxtaposedAtrialAppendage,
    LacrimalArtery,
    LacrimalArteryOfRightEye,
    LeftAtrium,
    LeftAuricularAppendage,
    LeftFemoralArtery,
    LeftPulmonaryArtery,
    LeftVentricle,
    LeftVentricleInflow,
    LeftVentricleOutflowTract,
    LingualArtery,
    LumbarArtery,
    MesentericArtery,
    MesentericVein,
    OccipitalArtery,
    OccipitalVein,
    OphthalmicArtery,
    PatentDuctusArteriosus,
    PeronealArtery,
    PoplitealArtery,
    PortalVein,
    PosteriorCommunicationArtery,
    PosteriorMedialTributary,
    PosteriorTibialArtery,
    PrimitiveAorta,
    PrimitivePulmonaryArtery,
    ProfundaFemorisArtery,
    PulmonaryArteryConduit,
    PulmonaryChamberOfCorTriatriatum,
    PulmonaryVein,
    PulmonaryVeinConfluence,
    PulmonaryVenousAtrium,
    RadialArtery,
    RenalVein,
    RightAtrium,
    RightAuricularAppendage,
    RightFemoralArtery,
    RightPulmonaryArtery,
    RightVentricle,
    RightVentricleInflow,
    RightVentricleOutflowTract,
    SaphenofemoralJunction,
    SaphenousVein,
    SplenicArtery,
    SplenicVein,
    SubclavianArtery,
    SubclavianVein,
    SuperficialFemoralArtery,
    SuperficialTemporalArtery,
    SuperiorLeftPulmonaryVein,
    SuperiorMesentericArtery,
    SuperiorRightPulmonaryVein,
    SuperiorThyroidArtery,
    SuperiorVenaCava,
    SystemicCollateralArteryToLung,
    SystemicVenousAtrium,
    TruncusArteriosusCommunis,
    TruncusCoeliacus,
    UlnarArtery,
    UmbilicalArtery,
    UmbilicalVein,
    VenaCava,
    VenousNetwork,
    VertebralArtery,
    Tumor,
    BoneMarrow,
    MouseMammaryFatPad,
    AsciticFluid,
    Bone_3138006,
    BoneAndSoftTissue,
    CentralNervousSystem,
    ConnectiveTissue,
    EmbryonicKidney,
    Lymph,
    LymphoidTissue,
    LymphNode,
    Mesothelium,
    Metastasis,
    PeripheralNerveMyelinSheath,
    PleuralEffusion,
    PulmonaryMetastasis,
    SalivaryGland,
    Skin,
    SoftTissue,
    ForamenMagnum,
    FrontalSinus,
    InternalAuditoryMeatus,
    LateralCanthus,
    MastoidCellsAndAntra,
    MaxillarySinus,
    Nasion,
    TemporalBone,
    VertexOfHead,
    ApexOfHeart,
    Carina,
    CoronaryArteryGraft,
    Diaphragm,
    ThoracicInlet,
    XiphoidProcess,
    Acetabulum,
    CommonIliacArteryBifurcation,
    FemoralHead,
    IliacCrest,
    Ischium,
    LesserTrochanter,
    SymphysisPubis,
    KneeJoint,
    MalleolarStructureOfTibia,
    Metacarpal,
    Scaphoid,
    Talus,
    TibialPlateau,
    AccessoryAtrioventricularBundle,
    AtrioventricularBundle,
    AtrioventricularNode,
    Epicardium,
    HighRightAtrium,
    LateralHighRightAtrium,
    LeftAnteriorDivisionOfLeftBranchAtrioventricularBundle,
    LeftBranchOfAtrioventricularBundle,
    LeftPosteriorDivisionOfLeftBranchAtrioventricularBundle,
    LowRightAtrium,
    MidRightAtrium,
    MiddleCardiacVein,
    MitralRing,
    OstiumOfCoronarySinus,
    PulmonicRing,
    PurkinjeFibers,
    RightAtrioventricularOstium,
    RightBranchOfAtrioventricularBundle,
    SinoAtrialNode,
    TendonOfTodaro,
    TricuspidRing,
    LeftPosterolateralCircumflexCoronaryArtery,
    PosterolateralBranchOfRightCoronaryArtery,
    V1stDiagonalCoronaryArtery,
    V1stLeftPosterolateralCoronaryArtery,
    V1stMarginalCoronaryArtery,
    V1stRightPosterolateralCoronaryArtery,
    V1stSeptalCoronaryArtery,
    V2ndDiagonalCoronaryArtery,
    V2ndLeftPosterolateralCoronaryArtery,
    V2ndMarginalCoronaryArtery,
    V2ndRightPosterolateralCoronaryArtery,
    V3rdDiagonalCoronaryArtery,
    V3rdLeftPosterolateralCoronaryArtery,
    V3rdMarginalCoronaryArtery,
    V3rdRightPosterolateralCoronaryArtery,
    MarginalCoronaryArtery,
    AVGrooveContinuationOfCircumflexArtery,
    DistalCircumflexCoronaryArtery,
    DistalLeftAnteriorDescendingCoronaryArtery,
    DistalRightCoronaryArtery,
    V1stDiagonalCoronaryArteryLaterals,
    V1stMarginalCoronaryArteryLaterals,
    V2ndDiagonalCoronaryArteryLaterals,
    V2ndMarginalCoronaryArteryLaterals,
    V3rdDiagonalCoronaryArteryLaterals,
    V3rdMarginalCoronaryArteryLaterals,
    RamusLaterals,
    LeftMainCoronaryArtery,
    LeftMainCoronaryArteryOstium,
    LeftPosteriorDescendingCircumflexCoronaryArtery,
    MidCircumflexCoronaryArtery,
    MidLeftAnteriorDescendingCoronaryArtery,
    MidRightCoronaryArtery,
    PosteriorDescendingRightCoronaryArtery,
    PosteriorDescendingSeptalPerforators,
    ProximalCircumflexCoronaryArtery,
    ProximalLeftAnteriorDescendingCoronaryArtery,
    ProximalRightCoronaryArtery,
    IntermediateArteryRamus,
    RightCoronaryArteryOstium,
    RightPosteriorAVCoronaryArtery,
    LeftAnteriorDescendingCoronaryArtery,
    RightCoronaryArtery,
    CircumflexCoronaryArtery,
    LeftCoronaryArtery,
    BoneStructureOfHeadAndOrNeck,
    EthmoidBone,
    ExternalEar,
    Eyeball,
    FrontalBone,
    HyoidBone,
    InnerEar,
    LacrimalBone,
    Lip,
    MiddleEar,
    MuscleOfHead,
    MuscleOfNeck,
    OccipitalBone,
    PalatineBone,
    ParietalBone,
    SoftPalate,
    SphenoidBone,
    Tooth,
    VomerBone,
    AnteriorTriangleOfNeck,
    Eyelash,
    FemaleExternalUrethralOrifice,
    FrenulumOfLabiaMinora,
    GroinSkinCrease,
    Hair,
    Iris,
    MaleExternalUrethralOrifice,
    MucosaOfDorsumOfOralPartOfTongue,
    MucosaOfDorsumOfPharyngealPartOfTongue,
    MucosaOfFloorOfMouth,
    MucosaOfLowerLip,
    MucosaOfMandibularGingiva,
    MucosaOfMaxillaryGingiva,
    MucosaOfOralSegmentOfHardPalate,
    MucosaOfPalatoglossalArch,
    MucosaOfPharynx,
    MucosaOfPosteriorWallOfOropharynx,
    MucosaOfTipOfTongue,
    MucosaOfTongue,
    MucosaOfUpperLip,
    MucosaOfUvula,
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
    OralMucosa,
    PosteriorCommissureOfLabiumMajorum,
    Retina,
    SkinOfAbdomen,
    SkinOfAlaNasi,
    SkinOfAntecubitalFossa,
    SkinOfAnteriorHelixOfEar,
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
    SkinOfBackOfTrunk,
    SkinOfBackOfUpperThoracicRegion,
    SkinOfButtock,
    SkinOfCaruncleOfEye,
    SkinOfCavityOfConcha,
    SkinOfCheek,
    SkinOfChin,
    SkinOfClitoris,
    SkinOfCrusOfHelix,
    SkinOfDigitOfHand,
    SkinOfDorsalAreaOfWrist,
    SkinOfDorsalPartOfFifthToe,
    SkinOfDorsalPartOfFourthToe,
    SkinOfDorsalPartOfGreatToe,
    SkinOfDorsalPartOfIndexFinger,
    SkinOfDorsalPartOfLittleFinger,
    SkinOfDorsalPartOfMiddleFinger,
    SkinOfDorsalPartOfRingFinger,
    SkinOfDorsalPartOfSecondToe,
    SkinOfDorsalPartOfThirdToe,
    SkinOfDorsalPartOfThumb,
    SkinOfDorsumOfNose,
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
    SkinOfInferiorHelixOfEar,
    SkinOfInferiorPosteriorSurfaceOfThePinna,
    SkinOfInfraalarGroove,
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
    SkinOfLateralPartOfDorsumOfFoot,
    SkinOfLateralPartOfHeel,
    SkinOfLateralPortionOfNeck,
    SkinOfLip,
    SkinOfLowerAbdomen,
    SkinOfLowerAntihelixOfEar,
    SkinOfLowerBack,
    SkinOfLowerChestWall,
    SkinOfLowerExtremity,
    SkinOfLowerEyelid,
    SkinOfLowerEyelidMargin,
    SkinOfLowerInnerQuadrantOfBreast,
    SkinOfLowerLip,
    SkinOfLowerOuterQuadrantOfBreast,
    SkinOfLowerParaspinalRegion,
    SkinOfMedialAspectOfAnkle,
    SkinOfMedialBorderOfSoleOfFoot,
    SkinOfMedialCanthus,
    SkinOfMedialPartOfDorsumOfFoot,
    SkinOfMedialPartOfHeel,
    SkinOfMedialSurfaceOfThigh,
    SkinOfMidBack,
    SkinOfMidParaspinalRegion,
    SkinOfNasolabialFold,
    SkinOfNeck,
    SkinOfNipple,
    SkinOfNose,
    SkinOfNuchalRegion,
    SkinOfOccipitalRegion,
    SkinOfPalmOfHand,
    SkinOfPalmarAreaOfWrist,
    SkinOfPalmarPartOfIndexFinger,
    SkinOfPalmarPartOfLittleFinger,
    SkinOfPalmarPartOfMiddleFinger,
    SkinOfPalmarPartOfRingFinger,
    SkinOfPalmarPartOfThumb,
    SkinOfParanasalCheek,
    SkinOfParaspinalAreaOfTheNeck,
    SkinOfParaspinalAreaOfTheSuperiorBack,
    SkinOfParietalRegion,
    SkinOfPartOfDorsalSurfaceOfHand,
    SkinOfPenis,
    SkinOfPerineum,
    SkinOfPerioralRegionOfFace,
    SkinOfPhiltrum,
    SkinOfPlantarPartOfFifthToe,
    SkinOfPlantarPartOfFourthToe,
    SkinOfPlantarPartOfGreatToe,
    SkinOfPlantarPartOfSecondToe,
    SkinOfPlantarPartOfThirdToe,
    SkinOfPoplitealFossa,
    SkinOfPostauricularRegion,
    SkinOfPosteriorHelixOfEar,
    SkinOfPosteriorLobuleOfTheEar,
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
    SkinOfSoleOfForefoot,
    SkinOfSubmentalArea,
    SkinOfSuperiorAntihelixOfEar,
    SkinOfSuperiorPosteriorHelixOfEar,
    SkinOfSuperiorPosteriorSurfaceOfThePinna,
    SkinOfSupraclavicularRegionOfNeck,
    SkinOfTemporalRegion,
    SkinOfThenarRegionOfPalm,
    SkinOfTipOfNose,
    SkinOfToe,
    SkinOfTragus,
    SkinOfUmbilicus,
    SkinOfUpperAbdomen,
    SkinOfUpperAntihelixOfEar,
    SkinOfUpperExtremity,
    SkinOfUpperEyelid,
    SkinOfUpperEyelidMargin,
    SkinOfUpperInnerQuadrantOfBreast,
    SkinOfUpperLip,
    SkinOfUpperOuterQuadrantOfLeftBreast,
    SkinOfUpperParaspinalRegion,
    SkinOfUpperTrunk,
    SkinOfVermilionProperOfLowerLip,
    SkinOfVermilionProperOfUpperLip,
    SkinOfVertexOfScalp,
    SternalSkin,
    VaginalIntroitus,
    VulvalVestibule,
    AnteriorChamberOfEye,
    BothEyes,
    ChoroidOfEye,
    CiliaryBody,
    Conjunctiva,
    FoveaCentralis,
    LacrimalCaruncle,
    LacrimalGland,
    LacrimalSac,
    Lens,
    LowerEyelid,
    OpticNerveHead,
    UpperEyelid,
    Vitreous,
    CornealEpithelium,
    CornealEndothelium,
    AxillaryFascia,
    CarotidBody,
    CostalCartilage,
    EsophagealHiatus,
    LeftMainBronchus,
    LigamentumArteriosum,
    MitralValve,
    PulmonaryValve,
    RightMainBronchus,
    ThoracicDuct,
    TrapeziusMuscle,
    TricuspidValve,
    AcromionProcessOfScapula,
    AngleOfRib,
    ArchOfVertebra,
    BodyOfSternum,
    ClavicularNotchOfSternum,
    CoracoidProcessOfScapula,
    CostalGroove,
    DorsalAspectOfScapula,
    GlenoidCavityOfScapula,
    HeadOfRib,
    InferiorArticularFacetOfAxis,
    InferiorArticularProcessOfVertebra,
    LaminaOfVertebra,
    ManubriumOfSternum,
    NeckOfRib,
    PectoralGirdle,
    PedicleOfVertebra,
    RibScaleneTubercle,
    ScapularInfraspinatusFossa,
    ScapularSpine,
    ScapularSupraspinatusFossa,
    ShaftOfRib,
    SpinousProcessOfVertebra,
    SternalAngle,
    SubscapularFossa,
    SuperiorArticularFacetOfAxis,
    SuperiorArticularProcessOfVertebra,
    TransverseProcessOrVertebra,
    TubercleOfRib,
    VertebralCanal,
    VertebralForamen,
    VertebralIntervertebralNotch,
    ChordaeTendineaeCordis,
    DeltoidMuscle,
    ErectorSpinaeMuscle,
    ExternalIntercostalMuscle,
    IliocostalisMuscle,
    InfraspinatusMuscle,
    InnermostIntercostalMuscles,
    InteratrialSeptum,
    InternalIntercostalMuscle,
    InterventricularSeptum,
    LatissimusDorsiMuscle,
    LevatoresCostarumMuscles,
    LongissimusMuscle,
    PectoralisMajorMuscle,
    PectoralisMinorMuscle,
    ScalenousAnteriorMuscle,
    SerratusAnteriorMuscle,
    SpinalisMuscle,
    SternocleidomastoidMuscle,
    SubcostalMuscle,
    SubscapularisMuscle,
    SupraspinatusMuscle,
    TeresMajorMuscle,
    TeresMinorMuscle,
    TrabeculaeCarnae,
    TransversusThoracis,
    AorticIsthmus,
    AorticKnob,
    ArchOfTheAzygosVein,
    BronchialArtery,
    CostocervicalTrunk,
    DescendingAorta_281130003,
    DorsalScapularArtery,
    EsophagealArtery,
    ExternalJugularVein,
    InferiorPhrenicArtery,
    IntercostalArtery,
    PericardiophrenicArtery,
    PulmonaryTrunk,
    SuperiorPhrenicArtery,
    ThyrocervicalTrunk,
    Lobar,
    InterstitialTissue,
    HilumOfLung,
    PleuralStructure,
    ChestWall,
    UpperAbdomen,
    Bone_272673000,
    SeminalVesicle,
    Muscle,
    Appendix,
    AppendicealStump,
    DescendingColon,
    TransverseColon,
    AscendingColon,
    Cecum,
    SplenicFlexureOfColon,
    HepaticFlexureOfColon,
    Pericardium,
    PericardialCavity,
    Adenohypophysis,
    Amygdala,
    Arachnoid,
    ArcuateFasciculus_276650,
    BrainCerebrospinalFluidPathway,
    BrainStem,
    BrainVentricle,
    CaudateNucleus,
    CerebellarWhiteMatter,
    CerebralAqueduct,
    CerebralCortex,
    CerebralFornix,
    CerebralHemisphere,
    CerebralWhiteMatter,
    CerebrospinalFluid,
    Cingulum,
    CorpusCallosum,
    CorpusStriatum,
    Diencephalon,
    DuraMater,
    EntorhinalCortex,
    FourthVentricle,
    FrontalLobe,
    GlobusPallidus,
    GrayMatter,
    Hippocampus,
    InferiorCerebellarPeduncle,
    InferiorLongitudinalFasciculus,
    Insula,
    LateralCorticospinalTract,
    LateralVentricle,
    LimbicLobe,
    MedialLemniscus,
    Meninges,
    Midbrain,
    MiddleCerebellarPeduncle,
    NucleusAccumbens,
    Neurohypophysis,
    OccipitalLobe,
    OpticChiasm,
    OpticRadiation,
    OpticTract,
    ParietalLobe,
    PiaMater,
    PinealGland,
    Pituitary,
    PosteriorCerebralCommissure,
    Putamen,
    SpinalCerebrospinalFluidPathway,
    SpinalCordGrayMatter,
    SpinalCordWhiteMatter,
    SubarachnoidSpace,
    SubcorticalGrayMatter,
    SubstantiaNigra,
    SuperiorCerebellarPeduncle,
    SuperiorLongitudinalFasciculus_89202009,
    Telencephalon,
    TemporalLobe,
    Thalamus,
    ThirdVentricle,
    UncinateFasciculus,
    WhiteMatter,
    AbdominalWallMuscle,
    LumenOfGallbladder,
    PeritonealCavity,
    Peritioneum,
    UrinarySystem,
    WallOfGallbladder,
    CouinaudHepaticSegmentI,
    CouinaudHepaticSegmentII,
    CouinaudHepaticSegmentIII,
    CouinaudHepaticSegmentIV,
    CouinaudHepaticSegmentV,
    CouinaudHepaticSegmentVI,
    CouinaudHepaticSegmentVII,
    CouinaudHepaticSegmentVIII,
    BoneOfThorax,
    ChestWallMuscle,
    SkinOfChest,
    UpperLobeOfLung,
    MiddleLobeOfRightLung,
    LowerLobeOfLung,
    Adventitia,
    CardiovascularSystem,
    Intima,
    Media,
    SystemicArtery,
    SystemicVein,
    Thrombus,
    VascularSclerosis,
    FallopianTube,
    FemaleInternalGenitalia,
    MaleExternalGenitalia,
    MaleInternalGenitalia,
    PelvicCavityFalse,
    PelvicCavityTrue,
    VasDeferens,
    PeripheralNervousSystem,
    PeripheralNerve,
    CranialNerve,
    VagusNerve,
    AutonomicNerve,
    SympatheticTrunk,
    ProximalFemur,
    ShaftOfFemur,
    DistalFemur,
    FingerJoint,
    LumboSacralSpine_243898001,
    ProximalHumerus,
    ShaftOfHumerus,
    DistalHumerus,
    Radius,
    ProximalRadius,
    ShaftOfRadius,
    DistalRadius,
    Ulna,
    ProximalUlna,
    ShaftOfUlna,
    DistalUlna,
    HandBone,
    Pelvis_118645006,
    Tibia,
    ShaftOfTibia,
    DistalTibia,
    AllLegs,
    AtlantalAxialJoint,
    AtlantoOccipitalJoint,
    CalcanealTubercle,
    Carpus,
    CoccygealVertrebrae,
    Digit,
    DistalPhalanx,
    FetlockOfForelimb,
    FetlockOfHindlimb,
    Forefoot,
    Hindfoot,
    MandibularDentalArch,
    MandibularIncisorTeeth,
    MaxillaryDentalArch,
    MaxillaryIncisorTeeth,
    Metatarsus,
    NavicularOfHindfoot,
    PasternOfForefoot,
    PasternOfHindfoot,
    RadiusAndUlna,
    Stiffle,
    Tarsus,
    TibiaAndFibula,
    UpperGastroIntestinalTract,
    UrinaryTract,
    Wing,
    AbdominalLymphNode,
    AnteriorAuricularLymphNode,
    AnteriorCervicalLymphNode,
    AnteriorMediastinalLymphNode,
    AnteriorTibialLymphNode,
    AorticLymphNode,
    ApicalAxillaryLymphNode,
    AppendicularLymphNode,
    AxillaryLymphNode,
    AxillaryVeinLymphNode,
    BuccinatorLymphNode,
    CardiophrenicAngleLymphNode,
    CeliacLymphNode,
    CentralAxillaryLymphNode,
    CervicalLymphNode,
    ColicLymphNode,
    CommonDuctLymphNode,
    CubitalLymphNode,
    CysticLymphNode,
    DeepAnteriorCervicalLymphNode,
    DeepCervicalLymphNode,
    DeepInguinalLymphNode,
    DeepIntraparotidLymphNode,
    DeepLateralCervicalLymphNode,
    DeepLymphNode,
    DeepParotidLymphNode,
    DeepPoplitealLymphNode,
    DelphianLymphNode,
    DiaphragmaticLymphNode,
    EpigastricLymphNode,
    EpitrochlearLymphNode,
    EsophagealLymphNode,
    ExternalIliacLymphNode,
    ExternalMammaryLymphNode,
    ExtrapulmonaryLymphNodeOfLung,
    FacialLymphNode,
    FemaleGenitalLymphNode,
    FibularLymphNode,
    GastroOmentalLymphNode,
    GlutealLymphNode,
    HemolymphNode,
    HepaticLymphNode,
    HighestMediastinalLymphNode,
    HilarLymphNode,
    HypogastricLymphNode,
    IleocolicLymphNode,
    IliacLymphNode,
    InferiorAuricularLymphNode,
    InferiorGlutealLymphNode,
    InferiorInguinalLymphNode,
    InferiorMesentericLymphNode,
    InferiorPancreaticLymphNode,
    InferiorPancreaticoduodenalLymphNode,
    InfraclavicularLymphNode,
    InguinalLymphNode,
    InnominateLymphNode,
    IntercostalLymphNode,
    InteriliacLymphNode,
    InterlobarLymphNodeOfTheLung,
    IntermediateCommonIliacLymphNode,
    IntermediateExternalIliacLymphNode,
    InterpectoralLymphNode,
    IntestinalLymphNode,
    IntraglandularParotidLymphNode,
    IntramammaryLymphNode,
    IntrapulmonaryLymphNode,
    JugularLymphNode,
    JuxtaintestinalLymphNode,
    LacunarLymphNode,
    LateralAxillaryLymphNode,
    LateralCervicalLymphNode,
    LateralCommonIliacLymphNode,
    LateralExternalIliacLymphNode,
    LateralJugularLymphNode,
    LateralPericardialLymphNode,
    LateralRetropharyngealLymphNode,
    LateralVesicularLymphNode,
    LobarLymphNodeOfTheLung,
    LowerDeepCervicalLymphNode,
    LowerJugularLymphNode,
    LowerLimbLymphNode,
    LowerParatrachealIncludingAzygousLymphNode,
    LumbarLymphNode,
    LungAndTracheobronchialLymphNodes,
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
    MandibularLymphNode,
    MastoidLymphNode,
    MedialCommonIliacLymphNode,
    MedialExternalIliacLymphNode,
    MedialLacunarLymphNode,
    MedianRetropharyngealLymphNode,
    MediastinalLymphNode,
    MesentericArteryLymphNode,
    MidcolicLymphNode,
    MiddleDeepCervicalLymphNode,
    MiddleJugularLymphNode,
    NasolabialLymphNode,
    ObturatorLymphNode,
    OccipitalLymphNode,
    PancreaticLymphNode,
    PancreaticoduodenalLymphNode,
    PancreaticosplenicLymphNode,
    ParaAorticLymphNodeOfTheAnteriorMediastinum,
    ParaesophagealLymphNodeBelowCarina,
    ParamammaryLymphNode,
    ParametrialLymphNode,
    PararectalLymphNode,
    ParasternalLymphNode,
    ParatrachealLymphNode,
    ParavaginalLymphNode,
    ParavesicularLymphNode,
    ParotidLymphNode,
    PectoralAxillaryLymphNode,
    PelvicLymphNode,
    PerigastricLymphNode,
    PeripancreaticLymphNode,
    PoplitealLymphNode,
    PostauricularLymphNode,
    PosteriorAuricularLymphNode,
    PosteriorMediastinalLymphNode,
    PosteriorTibialLymphNode,
    PosteriorTriangleCervicalLymphNode,
    PostvesicularLymphNode,
    PrececalLymphNode,
    PrefemoralLymphNode,
    PrelaryngealLymphNode,
    PrepericardialLymphNode,
    PresymphysialLymphNode,
    PretrachealLymphNode,
    PrevascularRetrotrachealLymphNode,
    PrevertebralLymphNode,
    PrevesicularLymphNode,
    PromontoryCommonIliacLymphNode,
    PyloricLymphNode,
    RegionalLymphNode,
    RenalHilarLymphNode,
    RetrocecalLymphNode,
    RetroperitonealLymphNode,
    RetropharyngealLymphNode,
    RetropyloricLymphNode,
    RetrotrachealLymphNode,
    SacralLymphNode,
    ScaleneLymphNode,
    SegmentalLymphNodeOfTheLung,
    SigmoidLymphNode,
    SplenicLymphNode,
    SubaorticCommonIliacLymphNode,
    SubcarinalLymphNode,
    SubclavianLymphNode,
    SubiliacLymphNode,
    SubmandibularLymphNode,
    SubmentalLymphNode,
    SubpyloricLymphNode,
    SubscapularAxillaryLymphNode,
    SubsegmentalLymphNodeOfTheLung,
    SuperficialAnteriorCervicalLymphNode,
    SuperficialCervicalLymphNode,
    SuperficialInguinalLymphNode,
    SuperficialIntraparotidLymphNode,
    SuperficialLateralCervicalLymphNode,
    SuperficialLymphNode,
    SuperficialParotidLymphNode,
    SuperficialPoplitealLymphNode,
    SuperiorGlutealLymphNode,
    SuperiorLateralInguinalLymphNode,
    SuperiorMedialInguinalLymphNode,
    SuperiorMediastinalLymphNode,
    SuperiorMesentericLymphNode,
    SuperiorPancreaticLymphNode,
    SuperiorPancreaticoduodenalLymphNode,
    SuperiorRectalLymphNode,
    SuperiorTracheobronchialLymphNode,
    SupraclavicularLymphNode,
    SupramammaryLymphNode,
    SuprapyloricLymphNode,
    TibialLymphNode,
    TracheobronchialLymphNode,
    TracheobronchialLymphNodeLocatedNearCarina,
    UpperDeepCervicalLymphNode,
    UpperJugularLymphNode,
    UpperLimbLymphNode,
    UpperParatrachealLymphNode,
    UterineParacervicalLymphNode,
    VesicularLymphNode,
    BaseOfTongue,
    BuccalMucosa,
    FloorOfMouth,
    Glottis,
    LingualTonsil,
    AlveolarProcessOfMandible,
    NasalCavity,
    Nasopharynx_71836000,
    OralCavity,
    OropharyngealTonsil,
    Oropharynx,
    PalatineTonsil,
    PharyngealRecess,
    PharyngealTonsil,
    PharyngotympanicTube,
    PyriformSinus,
    RetromolarTrigone,
    Supraglottis,
    TonsilAndAdenoid,
    TorusOfPharyngotympanicTube,
    TubalTonsil,
    UnknownPrimaryNeoplasiaSite,
    Uvula,
    PerilesionalWhiteMatter,
    SkeletalMuscle,
    CardiacMuscle,
    CorticospinalTractInBrainstem,
    LateralLemniscus,
    MedialLongitudinalFasciculus,
    CorticobulbarTract,
    CorticospinalTract,
    InternalCapsule,
    ExternalCapsule,
    AuditoryRadiation,
    InferiorOpticRadiationMeyerLoop,
    SuperiorOpticRadiationBaumLoop,
    AnteriorThalamicRadiation,
    SuperiorThalamicRadiation,
    InferiorThalamicRadiation,
    PosteriorThalamicRadiation,
    SuperiorLongitudinalFasciculus_2080,
    SuperiorLongitudinalFasciculusI,
    SuperiorLongitudinalFasciculusII,
    SuperiorLongitudinalFasciculusIII,
    ArcuateFasciculus_2063,
    SuperiorFrontoOccipitalFasciculus,
    InferiorFrontoOccipitalFasciculus,
    VerticalOccipitalFasciculus,
    StriaTerminalis,
    AnteriorCommissure,
    GenuOfCorpusCallosum,
    SpleniumOfCorpusCallosum,
    TapetumOfCorpusCallosum,
    ForcepsMinor,
    ForcepsMajor,
    HabenularCommissure,
    OlfactoryTract,
    OpticNerve,
    OculomotorNerve,
    TrochlearNerve,
    TrigeminalNerve,
    AbducensNerve,
    FacialNerve,
    VestibulocochlearNerve,
    GlossopharyngealNerve,
    AccessoryNerve,
    HypoglossalNerve,
    DorsalFuniculus,
    VentralFuniculus,
    LateralFuniculus,
    CisternaMagna,
    Trunk,
    AnteriorHornLateralVentricle,
    OccipitalRegionOfScalp,
    PosteriorHornLateralVentricle,
    Endometrium,
    CarotidBifurcation,
    CarotidBulb,
    AnteriorCerebralArtery,
    AnteriorMiddleCerebralArteryBifurcation,
    AnteriorPosteriorCerebralArteryBifurcation,
    CarotidSiphon,
    CentralRetinalArtery,
    CentralRetinalVein,
    InternalCarotidArteryC5Segment,
    InternalCarotidArteryC6Segment,
    TerminalInternalCarotidArtery,
    MiddleCerebralArtery,
    MiddleCerebralArteryM1Segment,
    MiddleCerebralArteryM2Segment,
    PosteriorCerebralArtery,
    PosteriorCerebralArteryP1Segment,
    PosteriorCerebralArteryP2Segment,
    DeepPalmarArchOfRadialArtery,
    SuperficialPalmarArch,
    DigitalArteryOfHand,
    BasilicVein,
    MedianCubitalVein,
    RadialVein,
    UlnarVein,
    DeepPalmarVenousArch,
    SuperficialPalmarVenousArch,
    DorsalisPedisArtery,
    PlantarArterialArch,
    AnteriorTibialVein,
    LateralCalfPerforator,
    CommonFemoralVein,
    GastrocnemiusVein,
    GiacominiVein,
    GreatSaphenousVeinOfThigh,
    GreatSaphenousVeinOfCalf,
    LesserSaphenousVein,
    PeronealVein,
    PoplitealVein,
    PosteriorArchVein,
    PosteriorTibialVein,
    ProfundaFemorisVein,
    SolealVein,
    SuperficialFemoralVein,
    ThighPerforator,
    InternalIliacVein,
    SaphenopoplitealJunction,
    CockettPerforatingVein,
    AccessoryRenalArtery,
    GastricArtery,
    FirstLumbarArtery,
    SecondLumbarArtery,
    ThirdLumbarArtery,
    FourthLumbarArtery,
    FifthLumbarArtery,
    SixthLumbarArtery,
    OvarianArtery,
    TesticularArtery,
    UterineArtery,
    InfraRenalAorta,
    SupraRenalAorta,
    CommonHepaticArtery,
    GastroduodenalArtery,
    ProperHepaticArtery,
    RightBranchOfHepaticArtery,
    LeftBranchOfHepaticArtery,
    IlealVein,
    OvarianVein,
    TesticularVein,
    InferiorRightHepaticVein,
    LeftHepaticVein,
    MiddleHepaticVein,
    RightHepaticVein,
    LeftMainBranchOfPortalVein,
    RightMainBranchOfPortalVein,
    InferiorMesentericVein,
    SuperiorMesentericVein,
    TransjugularIntrahepaticPortosystemicShunt,
    HilarArtery,
    SegmentalArtery,
    LobarArtery,
    ArcuateArteryOfTheKidney,
    InterlobarArteryOfKidney,
    InterlobularArteryOfKidney,
    PerforatingArteryOfKidney,
    C1Vertebra,
    C2Vertebra,
    C3Vertebra,
    C4Vertebra,
    C5Vertebra,
    C6Vertebra,
    C7Vertebra,
    T1Vertebra,
    T2Vertebra,
    T3Vertebra,
    T4Vertebra,
    T5Vertebra,
    T6Vertebra,
    T7Vertebra,
    T8Vertebra,
    T9Vertebra,
    T10Vertebra,
    T11Vertebra,
    T12Vertebra,
    L1Vertebra,
    L2Vertebra,
    L3Vertebra,
    L4Vertebra,
    L5Vertebra,
    C2C3Disc,
    C3C4Disc,
    C4C5Disc,
    C5C6Disc,
    C6C7Disc,
    C7T1Disc,
    T1T2Disc,
    T2T3Disc,
    T3T4Disc,
    T4T5Disc,
    T5T6Disc,
    T6T7Disc,
    T7T8Disc,
    T8T9Disc,
    T9T10Disc,
    T10T11Disc,
    T11T12Disc,
    T12L1Disc,
    L1L2Disc,
    L2L3Disc,
    L3L4Disc,
    L4L5Disc,
    L5S1Disc,
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
