"""CID 4 Anatomic Region.

Extensible, version 20220922, UID 1.2.840.10008.6.1.2.
Includes CID 4030, CID 4040, CID 4042.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4
NAME: _Final[str] = "Anatomic Region"
KEYWORD: _Final[str | None] = "AnatomicRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.2"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = (4030, 4040, 4042)
EXTERNAL_SCHEME: _Final[str | None] = None

Atrium: _Final[_Code] = _Code("SCT", "59652004", "Atrium", (4,))
"""Atrium (SCT 59652004)."""

Axilla: _Final[_Code] = _Code("SCT", "91470000", "Axilla", (4,))
"""Axilla (SCT 91470000)."""

Back: _Final[_Code] = _Code("SCT", "77568009", "Back", (4,))
"""Back (SCT 77568009)."""

BroadLigament: _Final[_Code] = _Code("SCT", "34411009", "Broad ligament", (4,))
"""Broad ligament (SCT 34411009)."""

Buttock: _Final[_Code] = _Code("SCT", "46862004", "Buttock", (4,))
"""Buttock (SCT 46862004)."""

Calyx: _Final[_Code] = _Code("SCT", "2334006", "Calyx", (4,))
"""Calyx (SCT 2334006)."""

Cheek: _Final[_Code] = _Code("SCT", "60819002", "Cheek", (4,))
"""Cheek (SCT 60819002)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Ear: _Final[_Code] = _Code("SCT", "117590005", "Ear", (4,))
"""Ear (SCT 117590005)."""

EndoArterial: _Final[_Code] = _Code("SCT", "51114001", "Endo-arterial", (4, 3010, 3606, 7166))
"""Endo-arterial (SCT 51114001)."""

EndoCardiac: _Final[_Code] = _Code(
    "SCT", "80891009", "Endo-cardiac", (4, 1004, 4031, 6100, 6149, 7152, 10044)
)
"""Endo-cardiac (SCT 80891009)."""

EndoEsophageal: _Final[_Code] = _Code(
    "SCT", "32849002", "Endo-esophageal", (4, 4031, 6149, 7155, 7483, 10044)
)
"""Endo-esophageal (SCT 32849002)."""

EndoNasal: _Final[_Code] = _Code("SCT", "53342003", "Endo-nasal", (4, 8134))
"""Endo-nasal (SCT 53342003)."""

EndoNasopharyngeal: _Final[_Code] = _Code("SCT", "18962004", "Endo-nasopharyngeal", (4,))
"""Endo-nasopharyngeal (SCT 18962004)."""

EndoRectal: _Final[_Code] = _Code(
    "SCT", "34402009", "Endo-rectal", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Endo-rectal (SCT 34402009)."""

EndoRenal: _Final[_Code] = _Code(
    "SCT", "64033007", "Endo-renal", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Endo-renal (SCT 64033007)."""

EndoUreteric: _Final[_Code] = _Code("SCT", "87953007", "Endo-ureteric", (4, 4031, 4040))
"""Endo-ureteric (SCT 87953007)."""

EndoUrethral: _Final[_Code] = _Code("SCT", "13648007", "Endo-urethral", (4, 4031, 7483))
"""Endo-urethral (SCT 13648007)."""

EndoVaginal: _Final[_Code] = _Code("SCT", "76784001", "Endo-vaginal", (4, 7160))
"""Endo-vaginal (SCT 76784001)."""

EndoVascular: _Final[_Code] = _Code("SCT", "59820001", "Endo-vascular", (4, 6204, 7155, 7166))
"""Endo-vascular (SCT 59820001)."""

EndoVenous: _Final[_Code] = _Code("SCT", "29092000", "Endo-venous", (4, 3010, 3496, 3607, 7166))
"""Endo-venous (SCT 29092000)."""

EndoVesical: _Final[_Code] = _Code("SCT", "48367006", "Endo-vesical", (4,))
"""Endo-vesical (SCT 48367006)."""

EpigastricRegion: _Final[_Code] = _Code("SCT", "27947004", "Epigastric region", (4,))
"""Epigastric region (SCT 27947004)."""

Eyelid: _Final[_Code] = _Code("SCT", "80243003", "Eyelid", (4, 4209))
"""Eyelid (SCT 80243003)."""

Face: _Final[_Code] = _Code("SCT", "89545001", "Face", (4,))
"""Face (SCT 89545001)."""

Flank: _Final[_Code] = _Code("SCT", "58602004", "Flank", (4, 644))
"""Flank (SCT 58602004)."""

FontanelOfSkull: _Final[_Code] = _Code("SCT", "79361005", "Fontanel of skull", (4,))
"""Fontanel of skull (SCT 79361005)."""

HipJoint: _Final[_Code] = _Code("SCT", "24136001", "Hip joint", (4, 1005, 4031, 7304, 7483))
"""Hip joint (SCT 24136001)."""

HypogastricRegion: _Final[_Code] = _Code("SCT", "11708003", "Hypogastric region", (4,))
"""Hypogastric region (SCT 11708003)."""

Submental: _Final[_Code] = _Code("SCT", "170887008", "Submental", (4,))
"""Submental (SCT 170887008)."""

Hypopharynx: _Final[_Code] = _Code("SCT", "81502006", "Hypopharynx", (4, 7601))
"""Hypopharynx (SCT 81502006)."""

IntraArticular: _Final[_Code] = _Code("SCT", "131183008", "Intra-articular", (2, 4))
"""Intra-articular (SCT 131183008)."""

Intracranial: _Final[_Code] = _Code("SCT", "1101003", "Intracranial", (4, 7140))
"""Intracranial (SCT 1101003)."""

LeftHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133945003", "Left hypochondriac region", (4,)
)
"""Left hypochondriac region (SCT 133945003)."""

LeftInguinalRegion: _Final[_Code] = _Code("SCT", "85119005", "Left inguinal region", (4,))
"""Left inguinal region (SCT 85119005)."""

LeftLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "68505006", "Left lower quadrant of abdomen", (4,)
)
"""Left lower quadrant of abdomen (SCT 68505006)."""

LeftLumbarRegion: _Final[_Code] = _Code("SCT", "1017210004", "Left lumbar region", (4,))
"""Left lumbar region (SCT 1017210004)."""

LeftUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "86367003", "Left upper quadrant of abdomen", (4,)
)
"""Left upper quadrant of abdomen (SCT 86367003)."""

LowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "19100000", "Lower inner quadrant of breast", (4, 6021)
)
"""Lower inner quadrant of breast (SCT 19100000)."""

LowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "33564002", "Lower outer quadrant of breast", (4, 6021)
)
"""Lower outer quadrant of breast (SCT 33564002)."""

LumbarRegion: _Final[_Code] = _Code("SCT", "52612000", "Lumbar region", (4,))
"""Lumbar region (SCT 52612000)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

Mouth: _Final[_Code] = _Code("SCT", "123851003", "Mouth", (4, 645))
"""Mouth (SCT 123851003)."""

Nose: _Final[_Code] = _Code("SCT", "45206002", "Nose", (4,))
"""Nose (SCT 45206002)."""

OmentalBursa: _Final[_Code] = _Code("SCT", "113346000", "Omental bursa", (4,))
"""Omental bursa (SCT 113346000)."""

Omentum: _Final[_Code] = _Code("SCT", "27398004", "Omentum", (4, 7154))
"""Omentum (SCT 27398004)."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006)."""

Parasternal: _Final[_Code] = _Code("SCT", "91691001", "Parasternal", (4,))
"""Parasternal (SCT 91691001)."""

Penis: _Final[_Code] = _Code("SCT", "18911002", "Penis", (4,))
"""Penis (SCT 18911002)."""

Perineum: _Final[_Code] = _Code("SCT", "38864007", "Perineum", (4,))
"""Perineum (SCT 38864007)."""

PoplitealFossa: _Final[_Code] = _Code("SCT", "32361000", "Popliteal fossa", (4,))
"""Popliteal fossa (SCT 32361000)."""

RenalPelvis: _Final[_Code] = _Code("SCT", "25990002", "Renal pelvis", (4,))
"""Renal pelvis (SCT 25990002)."""

Retroperitoneum: _Final[_Code] = _Code("SCT", "82849001", "Retroperitoneum", (4, 7154))
"""Retroperitoneum (SCT 82849001)."""

RightHypochondriacRegion: _Final[_Code] = _Code(
    "SCT", "133946002", "Right hypochondriac region", (4,)
)
"""Right hypochondriac region (SCT 133946002)."""

RightInguinalRegion: _Final[_Code] = _Code("SCT", "37117007", "Right inguinal region", (4,))
"""Right inguinal region (SCT 37117007)."""

RightLowerQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "48544008", "Right lower quadrant of abdomen", (4,)
)
"""Right lower quadrant of abdomen (SCT 48544008)."""

RightLumbarRegion: _Final[_Code] = _Code("SCT", "1017211000", "Right lumbar region", (4,))
"""Right lumbar region (SCT 1017211000)."""

RightUpperQuadrantOfAbdomen: _Final[_Code] = _Code(
    "SCT", "50519007", "Right upper quadrant of abdomen", (4,)
)
"""Right upper quadrant of abdomen (SCT 50519007)."""

Scalp: _Final[_Code] = _Code("SCT", "41695006", "Scalp", (4,))
"""Scalp (SCT 41695006)."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

Scrotum: _Final[_Code] = _Code("SCT", "20233005", "Scrotum", (4,))
"""Scrotum (SCT 20233005)."""

SpinalCord: _Final[_Code] = _Code("SCT", "2748008", "Spinal cord", (4, 7153))
"""Spinal cord (SCT 2748008)."""

Subcostal: _Final[_Code] = _Code("SCT", "19695001", "Subcostal", (4,))
"""Subcostal (SCT 19695001)."""

SubmandibularArea: _Final[_Code] = _Code("SCT", "5713008", "Submandibular area", (4, 4029))
"""Submandibular area (SCT 5713008)."""

Subxiphoid: _Final[_Code] = _Code("SCT", "5076001", "Subxiphoid", (4,))
"""Subxiphoid (SCT 5076001)."""

SupraclavicularRegionOfNeck: _Final[_Code] = _Code(
    "SCT", "77621008", "Supraclavicular region of neck", (4,)
)
"""Supraclavicular region of neck (SCT 77621008)."""

SuprasternalNotch: _Final[_Code] = _Code("SCT", "26493002", "Suprasternal notch", (4, 1004, 6115))
"""Suprasternal notch (SCT 26493002)."""

Thigh: _Final[_Code] = _Code("SCT", "68367000", "Thigh", (4, 4031))
"""Thigh (SCT 68367000)."""

Thorax: _Final[_Code] = _Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009)."""

Tongue: _Final[_Code] = _Code("SCT", "21974007", "Tongue", (4, 4028, 7601))
"""Tongue (SCT 21974007)."""

UmbilicalRegion: _Final[_Code] = _Code("SCT", "90290004", "Umbilical region", (4,))
"""Umbilical region (SCT 90290004)."""

UpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "77831004", "Upper inner quadrant of breast", (4, 6021)
)
"""Upper inner quadrant of breast (SCT 77831004)."""

UpperOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "SCT", "76365002", "Upper outer quadrant of breast", (4, 6021)
)
"""Upper outer quadrant of breast (SCT 76365002)."""

VascularGraft: _Final[_Code] = _Code("SCT", "118375008", "Vascular graft", (4,))
"""Vascular graft (SCT 118375008)."""

Ventricle: _Final[_Code] = _Code("SCT", "21814001", "Ventricle", (4, 6149))
"""Ventricle (SCT 21814001)."""

Vulva: _Final[_Code] = _Code("SCT", "45292006", "Vulva", (4, 7160))
"""Vulva (SCT 45292006)."""

WristJoint: _Final[_Code] = _Code("SCT", "74670003", "Wrist joint", (4, 1006, 4031, 7304))
"""Wrist joint (SCT 74670003)."""

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

LumboSacralSpine: _Final[_Code] = _Code("SCT", "1217253001", "Lumbo-sacral spine", (4031, 7483))
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

Pelvis: _Final[_Code] = _Code("SCT", "816092008", "Pelvis", (4031, 7160, 7483))
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

Nasopharynx: _Final[_Code] = _Code("SCT", "360955006", "Nasopharynx", (4040,))
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

DescendingAorta: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
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

MEMBERS: _Final[tuple[_Code, ...]] = (
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
    EndoNasal,
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
    LumboSacralSpine,
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
    Pelvis,
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
    Nasopharynx,
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
    DescendingAorta,
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
