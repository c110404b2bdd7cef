"""CID 7151 Segmentation Property Type.

Extensible, version 20170914, UID 1.2.840.10008.6.1.497.
Includes CID 7191, CID 7192, CID 7193, CID 7194, CID 7195, CID 7196, CID 7197, CID 4273.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7151
NAME: _Final[str] = "Segmentation Property Type"
KEYWORD: _Final[str | None] = "SegmentationPropertyType"
UID: _Final[str | None] = "1.2.840.10008.6.1.497"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = (7191, 7192, 7193, 7194, 7195, 7196, 7197, 4273)
EXTERNAL_SCHEME: _Final[str | None] = None

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6403."""

Artery: _Final[_Code] = _Code("SCT", "51114001", "Artery", (4, 3010, 3606, 7166))
"""Artery (SCT 51114001). Included from CID 7166."""

Blood: _Final[_Code] = _Code("SCT", "87612001", "Blood", (7166,))
"""Blood (SCT 87612001). Included from CID 7166."""

BloodVessel: _Final[_Code] = _Code("SCT", "59820001", "Blood vessel", (4, 6204, 7155, 7166))
"""Blood vessel (SCT 59820001). Included from CID 7166."""

Fat: _Final[_Code] = _Code("SCT", "55603005", "Fat", (7166,))
"""Fat (SCT 55603005). Included from CID 7166."""

Bone: _Final[_Code] = _Code("SCT", "3138006", "Bone", (645, 7166))
"""Bone (SCT 3138006). Included from CID 7166."""

Capillary: _Final[_Code] = _Code("SCT", "20982000", "Capillary", (7166,))
"""Capillary (SCT 20982000). Included from CID 7166."""

Cartilage: _Final[_Code] = _Code("SCT", "309312004", "Cartilage", (7166,))
"""Cartilage (SCT 309312004). Included from CID 7166."""

ConnectiveTissue: _Final[_Code] = _Code("SCT", "21793004", "Connective tissue", (645, 7166))
"""Connective tissue (SCT 21793004). Included from CID 7166."""

Ligament: _Final[_Code] = _Code("SCT", "52082005", "Ligament", (7166,))
"""Ligament (SCT 52082005). Included from CID 7166."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001). Included from CID 7166."""

LymphaticSystem: _Final[_Code] = _Code("SCT", "89890002", "Lymphatic system", (7166,))
"""Lymphatic system (SCT 89890002). Included from CID 7166."""

LymphaticVessel: _Final[_Code] = _Code("SCT", "83555006", "Lymphatic vessel", (7166,))
"""Lymphatic vessel (SCT 83555006). Included from CID 7166."""

LymphoidTissue: _Final[_Code] = _Code("SCT", "6969002", "Lymphoid tissue", (645, 7166))
"""Lymphoid tissue (SCT 6969002). Included from CID 7166."""

Meniscus: _Final[_Code] = _Code("SCT", "74135004", "Meniscus", (7166,))
"""Meniscus (SCT 74135004). Included from CID 7166."""

Muscle: _Final[_Code] = _Code("SCT", "91727004", "Muscle", (7166,))
"""Muscle (SCT 91727004). Included from CID 7166."""

Nerve: _Final[_Code] = _Code("SCT", "91728009", "Nerve", (7166,))
"""Nerve (SCT 91728009). Included from CID 7166."""

Organ: _Final[_Code] = _Code("SCT", "91772007", "Organ", (5, 7166))
"""Organ (SCT 91772007). Included from CID 7166."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001). Included from CID 7166."""

SoftTissue: _Final[_Code] = _Code("SCT", "87784001", "Soft tissue", (645, 6122, 6211, 7166))
"""Soft tissue (SCT 87784001). Included from CID 7166."""

SubcutaneousTissue: _Final[_Code] = _Code("SCT", "71966008", "Subcutaneous tissue", (5, 7166))
"""Subcutaneous tissue (SCT 71966008). Included from CID 7166."""

Tendon: _Final[_Code] = _Code("SCT", "13024002", "Tendon", (7166,))
"""Tendon (SCT 13024002). Included from CID 7166."""

Tissue: _Final[_Code] = _Code("SCT", "85756007", "Tissue", (7150, 7165, 7166))
"""Tissue (SCT 85756007). Included from CID 7166."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000). Included from CID 7166."""

BodyCavity: _Final[_Code] = _Code("SCT", "91806002", "Body cavity", (7192,))
"""Body cavity (SCT 91806002). Included from CID 7192."""

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

EndoCardiac: _Final[_Code] = _Code(
    "SCT", "80891009", "Endo-cardiac", (4, 1004, 4031, 6100, 6149, 7152, 10044)
)
"""Endo-cardiac (SCT 80891009). Included from CID 4."""

EndoEsophageal: _Final[_Code] = _Code(
    "SCT", "32849002", "Endo-esophageal", (4, 4031, 6149, 7155, 7483, 10044)
)
"""Endo-esophageal (SCT 32849002). Included from CID 4."""

EndoNasal: _Final[_Code] = _Code("SCT", "53342003", "Endo-nasal", (4, 8134))
"""Endo-nasal (SCT 53342003). Included from CID 4."""

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

PulmonaryVein_122972007: _Final[_Code] = _Code(
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

CarotidBifurcation: _Final[_Code] = _Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002). Included from CID 12104."""

CarotidBulb: _Final[_Code] = _Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005). Included from CID 12104."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common Iliac Artery Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Artery Bifurcation (SCT 413896006). Included from CID 12109."""

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

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006). Included from CID 12115."""

PerforatingArteryOfKidney: _Final[_Code] = _Code(
    "SCT", "15763003", "Perforating Artery of Kidney", (12115,)
)
"""Perforating Artery of Kidney (SCT 15763003). Included from CID 12115."""

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

LeftPosterolateralCircumflexCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "57823005", "Left Posterolateral Circumflex Coronary Artery", (3015,)
)
"""Left Posterolateral Circumflex Coronary Artery (SCT 57823005). Included from CID 3015."""

PosterolateralBranchOfRightCoronaryArtery: _Final[_Code] = _Code(
    "SCT", "17269004", "Posterolateral branch of right Coronary Artery", (3015,)
)
"""Posterolateral branch of right Coronary Artery (SCT 17269004). Included from CID 3015."""

CoronaryArteryGraft: _Final[_Code] = _Code(
    "SCT", "264293000", "Coronary Artery Graft", (1004, 3015)
)
"""Coronary Artery Graft (SCT 264293000). Included from CID 3015."""

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

SmallCardiacVein: _Final[_Code] = _Code("SCT", "49082002", "Small Cardiac Vein", (3839,))
"""Small Cardiac Vein (SCT 49082002). Included from CID 3839."""

AtrialVein: _Final[_Code] = _Code("SCT", "195164009", "Atrial Vein", (3839,))
"""Atrial Vein (SCT 195164009). Included from CID 3839."""

AtrioventricularVein: _Final[_Code] = _Code("SCT", "195496005", "Atrioventricular Vein", (3839,))
"""Atrioventricular Vein (SCT 195496005). Included from CID 3839."""

MiddleCardiacVein: _Final[_Code] = _Code("SCT", "73580002", "Middle Cardiac Vein", (3011, 3839))
"""Middle Cardiac Vein (SCT 73580002). Included from CID 3839."""

VentricularVein: _Final[_Code] = _Code("SCT", "195328002", "Ventricular Vein", (3839,))
"""Ventricular Vein (SCT 195328002). Included from CID 3839."""

SmallestCardiacVein: _Final[_Code] = _Code("SCT", "195073003", "Smallest Cardiac Vein", (3839,))
"""Smallest Cardiac Vein (SCT 195073003). Included from CID 3839."""

PulmonaryVein_430757002: _Final[_Code] = _Code(
    "SCT", "430757002", "Pulmonary Vein", (3840, 12283, 12305)
)
"""Pulmonary Vein (SCT 430757002). Included from CID 3840."""

LeftPulmonaryVein: _Final[_Code] = _Code("SCT", "27706005", "Left Pulmonary Vein", (3840,))
"""Left Pulmonary Vein (SCT 27706005). Included from CID 3840."""

RightPulmonaryVein: _Final[_Code] = _Code("SCT", "91539005", "Right Pulmonary Vein", (3840,))
"""Right Pulmonary Vein (SCT 91539005). Included from CID 3840."""

TrunkOfPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "45341000", "Trunk of pulmonary artery", (3829, 6117, 12290, 12305)
)
"""Trunk of pulmonary artery (SCT 45341000). Included from CID 3829."""

SuprapulmonicValveArea: _Final[_Code] = _Code(
    "SCT", "79142001", "Suprapulmonic valve area", (3829,)
)
"""Suprapulmonic valve area (SCT 79142001). Included from CID 3829."""

PulmonaryValveSinuses: _Final[_Code] = _Code("SCT", "90315007", "pulmonary valve sinuses", (3829,))
"""pulmonary valve sinuses (SCT 90315007). Included from CID 3829."""

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

SalivaryGland: _Final[_Code] = _Code("SCT", "385294005", "Salivary gland", (645, 4028, 7601, 10044))
"""Salivary gland (SCT 385294005). Included from CID 4028."""

SoftPalate: _Final[_Code] = _Code("SCT", "49460000", "Soft palate", (4028,))
"""Soft palate (SCT 49460000). Included from CID 4028."""

SphenoidBone: _Final[_Code] = _Code("SCT", "73117003", "Sphenoid bone", (4028,))
"""Sphenoid bone (SCT 73117003). Included from CID 4028."""

TemporalBone: _Final[_Code] = _Code("SCT", "60911003", "Temporal bone", (1002, 4028))
"""Temporal bone (SCT 60911003). Included from CID 4028."""

Tooth: _Final[_Code] = _Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008). Included from CID 4028."""

VomerBone: _Final[_Code] = _Code("SCT", "87166008", "Vomer bone", (4028,))
"""Vomer bone (SCT 87166008). Included from CID 4028."""

LobeOfLung: _Final[_Code] = _Code("SCT", "31094006", "Lobe of lung", (6110,))
"""Lobe of lung (SCT 31094006). Included from CID 6110."""

MidlungWindow: _Final[_Code] = _Code("DCM", "112085", "Midlung window", (6110,))
"""Midlung window (DCM 112085). Included from CID 6110."""

SecondaryPulmonaryLobule: _Final[_Code] = _Code(
    "DCM", "112054", "Secondary pulmonary lobule", (6110,)
)
"""Secondary pulmonary lobule (DCM 112054). Included from CID 6110."""

SegmentOfLung: _Final[_Code] = _Code("SCT", "72674008", "Segment of lung", (6110,))
"""Segment of lung (SCT 72674008). Included from CID 6110."""

AirwayStructure: _Final[_Code] = _Code("SCT", "89187006", "Airway structure", (6111,))
"""Airway structure (SCT 89187006). Included from CID 6111."""

Carina: _Final[_Code] = _Code("SCT", "28700002", "Carina", (1004, 6111, 6149))
"""Carina (SCT 28700002). Included from CID 6111."""

CarinaAngle: _Final[_Code] = _Code("DCM", "112086", "Carina angle", (6111,))
"""Carina angle (DCM 112086). Included from CID 6111."""

CentrilobularStructures: _Final[_Code] = _Code("DCM", "112087", "Centrilobular structures", (6111,))
"""Centrilobular structures (DCM 112087). Included from CID 6111."""

HilumOfLung: _Final[_Code] = _Code("SCT", "46750007", "Hilum of lung", (6111, 6129))
"""Hilum of lung (SCT 46750007). Included from CID 6111."""

AnteriorJunctionLine: _Final[_Code] = _Code("DCM", "112088", "Anterior junction line", (6112,))
"""Anterior junction line (DCM 112088). Included from CID 6112."""

FissureOfLung: _Final[_Code] = _Code("SCT", "278983006", "Fissure of lung", (6112,))
"""Fissure of lung (SCT 278983006). Included from CID 6112."""

PosteriorJunctionLine: _Final[_Code] = _Code("DCM", "112089", "Posterior junction line", (6112,))
"""Posterior junction line (DCM 112089). Included from CID 6112."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008). Included from CID 6148."""

AzygoesophagealRecessInterface: _Final[_Code] = _Code(
    "DCM", "112090", "Azygoesophageal recess interface", (6148,)
)
"""Azygoesophageal recess interface (DCM 112090). Included from CID 6148."""

FascialLayer: _Final[_Code] = _Code("SCT", "120576005", "Fascial layer", (6148,))
"""Fascial layer (SCT 120576005). Included from CID 6148."""

Hiatus: _Final[_Code] = _Code("DCM", "112095", "Hiatus", (6148,))
"""Hiatus (DCM 112095). Included from CID 6148."""

ParaspinalLine: _Final[_Code] = _Code("DCM", "112091", "Paraspinal line", (6148,))
"""Paraspinal line (DCM 112091). Included from CID 6148."""

PosteriorTrachealStripe: _Final[_Code] = _Code(
    "DCM", "112092", "Posterior tracheal stripe", (6148,)
)
"""Posterior tracheal stripe (DCM 112092). Included from CID 6148."""

RightTrachealStripe: _Final[_Code] = _Code("DCM", "112093", "Right tracheal stripe", (6148,))
"""Right tracheal stripe (DCM 112093). Included from CID 6148."""

Stripe: _Final[_Code] = _Code("DCM", "112094", "Stripe", (6148,))
"""Stripe (DCM 112094). Included from CID 6148."""

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

Vertebra: _Final[_Code] = _Code("SCT", "51282000", "Vertebra", (6114,))
"""Vertebra (SCT 51282000). Included from CID 6114."""

ChordaeTendineaeCordis: _Final[_Code] = _Code(
    "SCT", "102298001", "Chordae tendineae cordis", (6116,)
)
"""Chordae tendineae cordis (SCT 102298001). Included from CID 6116."""

DeltoidMuscle: _Final[_Code] = _Code("SCT", "35259002", "Deltoid muscle", (6116,))
"""Deltoid muscle (SCT 35259002). Included from CID 6116."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000). Included from CID 6116."""

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

SuperiorPhrenicArtery: _Final[_Code] = _Code("SCT", "38991005", "Superior phrenic artery", (6117,))
"""Superior phrenic artery (SCT 38991005). Included from CID 6117."""

ThyrocervicalTrunk: _Final[_Code] = _Code("SCT", "6538005", "Thyrocervical trunk", (6117,))
"""Thyrocervical trunk (SCT 6538005). Included from CID 6117."""

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

ArcuateFasciculus: _Final[_Code] = _Code("FMA", "276650", "Arcuate Fasciculus", (7153,))
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

CentralNervousSystem: _Final[_Code] = _Code(
    "SCT", "21483005", "Central nervous system", (645, 7153)
)
"""Central nervous system (SCT 21483005). Included from CID 7153."""

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

SuperiorLongitudinalFasciculus: _Final[_Code] = _Code(
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

SkinOfAbdomen: _Final[_Code] = _Code("SCT", "75093004", "Skin of abdomen", (4029, 7154))
"""Skin of abdomen (SCT 75093004). Included from CID 7154."""

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

Pleura: _Final[_Code] = _Code("SCT", "3120008", "Pleura", (6100, 6129, 7155, 12294))
"""Pleura (SCT 3120008). Included from CID 7155."""

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

SeminalVesicle: _Final[_Code] = _Code(
    "SCT", "64739004", "Seminal Vesicle", (6204, 6300, 6348, 7160)
)
"""Seminal Vesicle (SCT 64739004). Included from CID 7160."""

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

ILMInternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "280677004", "ILM - Internal limiting membrane", (4273,)
)
"""ILM - Internal limiting membrane (SCT 280677004). Included from CID 4273."""

OuterSurfaceOfRNFL: _Final[_Code] = _Code("DCM", "128289", "Outer surface of RNFL", (4273,))
"""Outer surface of RNFL (DCM 128289). Included from CID 4273."""

OuterSurfaceOfGCL: _Final[_Code] = _Code("DCM", "128290", "Outer surface of GCL", (4273,))
"""Outer surface of GCL (DCM 128290). Included from CID 4273."""

OuterSurfaceOfIPL: _Final[_Code] = _Code("DCM", "128291", "Outer surface of IPL", (4273,))
"""Outer surface of IPL (DCM 128291). Included from CID 4273."""

OuterSurfaceOfINL: _Final[_Code] = _Code("DCM", "128292", "Outer surface of INL", (4273,))
"""Outer surface of INL (DCM 128292). Included from CID 4273."""

OuterSurfaceOfOPL: _Final[_Code] = _Code("DCM", "128293", "Outer surface of OPL", (4273,))
"""Outer surface of OPL (DCM 128293). Included from CID 4273."""

OuterSurfaceOfHFL: _Final[_Code] = _Code("DCM", "128294", "Outer surface of HFL", (4273,))
"""Outer surface of HFL (DCM 128294). Included from CID 4273."""

ELMExternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "76710003", "ELM - External limiting membrane", (4273,)
)
"""ELM - External limiting membrane (SCT 76710003). Included from CID 4273."""

SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: _Final[_Code] = _Code(
    "DCM", "128295", "Surface between Inner and Outer Segments of the photoreceptors", (4273,)
)
"""Surface between Inner and Outer Segments of the photoreceptors (DCM 128295). Included from CID 4273."""

SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: _Final[_Code] = _Code(
    "DCM", "128296", "Surface of the interdigitating zone between retina and RPE", (4273,)
)
"""Surface of the interdigitating zone between retina and RPE (DCM 128296). Included from CID 4273."""

AnteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128297", "Anterior surface of the RPE", (4273,)
)
"""Anterior surface of the RPE (DCM 128297). Included from CID 4273."""

SurfaceOfTheCenterOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128298", "Surface of the center of the RPE", (4273,)
)
"""Surface of the center of the RPE (DCM 128298). Included from CID 4273."""

PosteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128299", "Posterior surface of the RPE", (4273,)
)
"""Posterior surface of the RPE (DCM 128299). Included from CID 4273."""

OuterSurfaceOfTheBM: _Final[_Code] = _Code("DCM", "128300", "Outer surface of the BM", (4273,))
"""Outer surface of the BM (DCM 128300). Included from CID 4273."""

SurfaceOfTheChoroidScleraInterface: _Final[_Code] = _Code(
    "DCM", "128301", "Surface of the choroid-sclera interface", (4273,)
)
"""Surface of the choroid-sclera interface (DCM 128301). Included from CID 4273."""

OuterSurfaceOfTheCC: _Final[_Code] = _Code("DCM", "128302", "Outer surface of the CC", (4273,))
"""Outer surface of the CC (DCM 128302). Included from CID 4273."""

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

Stent: _Final[_Code] = _Code("SCT", "65818007", "Stent", (8, 1000, 3411, 3496, 3810, 7157))
"""Stent (SCT 65818007). Included from CID 8."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 8."""

Laser: _Final[_Code] = _Code("SCT", "38586004", "Laser", (8, 3411))
"""Laser (SCT 38586004). Included from CID 8."""

Glue: _Final[_Code] = _Code("SCT", "57126000", "Glue", (8,))
"""Glue (SCT 57126000). Included from CID 8."""

AtherectomyDevice: _Final[_Code] = _Code("SCT", "102312002", "Atherectomy device", (8,))
"""Atherectomy device (SCT 102312002). Included from CID 8."""

EmbolizationBall: _Final[_Code] = _Code("SCT", "102315000", "Embolization ball", (8,))
"""Embolization ball (SCT 102315000). Included from CID 8."""

PercutaneousTransluminalAngioplastyBalloon: _Final[_Code] = _Code(
    "SCT", "102319006", "Percutaneous transluminal angioplasty balloon", (8, 3411)
)
"""Percutaneous transluminal angioplasty balloon (SCT 102319006). Included from CID 8."""

EmbolizationCoil: _Final[_Code] = _Code("SCT", "102314001", "Embolization coil", (8,))
"""Embolization coil (SCT 102314001). Included from CID 8."""

DetachableBalloon: _Final[_Code] = _Code("SCT", "102320000", "Detachable balloon", (8,))
"""Detachable balloon (SCT 102320000). Included from CID 8."""

GuidingCatheter: _Final[_Code] = _Code("SCT", "102317008", "Guiding catheter", (8, 3411))
"""Guiding catheter (SCT 102317008). Included from CID 8."""

EmbolizationParticulate: _Final[_Code] = _Code("SCT", "102316004", "Embolization particulate", (8,))
"""Embolization particulate (SCT 102316004). Included from CID 8."""

RotationalAtherectomyDevice: _Final[_Code] = _Code(
    "SCT", "102313007", "Rotational atherectomy device", (8, 3411)
)
"""Rotational atherectomy device (SCT 102313007). Included from CID 8."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring ruler", (8, 3451))
"""Measuring ruler (SCT 102304005). Included from CID 8."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485). Included from CID 8."""

BBShotLeadPellet: _Final[_Code] = _Code("SCT", "102378009", "BB shot (Lead Pellet)", (6401, 7112))
"""BB shot (Lead Pellet) (SCT 102378009). Included from CID 6401."""

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6401."""

CardiacPacemaker_118378005: _Final[_Code] = _Code("SCT", "118378005", "Cardiac Pacemaker", (6401,))
"""Cardiac Pacemaker (SCT 118378005). Included from CID 6401."""

Clip: _Final[_Code] = _Code("SCT", "77720000", "Clip", (6401, 7112))
"""Clip (SCT 77720000). Included from CID 6401."""

Collimator: _Final[_Code] = _Code("SCT", "228761004", "Collimator", (6401,))
"""Collimator (SCT 228761004). Included from CID 6401."""

CompressionPaddle: _Final[_Code] = _Code("SCT", "129460009", "Compression paddle", (6401,))
"""Compression paddle (SCT 129460009). Included from CID 6401."""

IDPlate: _Final[_Code] = _Code("SCT", "129467007", "ID Plate", (6401,))
"""ID Plate (SCT 129467007). Included from CID 6401."""

Implant: _Final[_Code] = _Code("SCT", "40388003", "Implant", (1000, 6054, 6401))
"""Implant (SCT 40388003). Included from CID 6401."""

JWire: _Final[_Code] = _Code("SCT", "129463006", "J Wire", (6401,))
"""J Wire (SCT 129463006). Included from CID 6401."""

OpaqueMarker: _Final[_Code] = _Code("SCT", "262301009", "Opaque Marker", (6401,))
"""Opaque Marker (SCT 262301009). Included from CID 6401."""

OtherMarker: _Final[_Code] = _Code("DCM", "111175", "Other Marker", (6401,))
"""Other Marker (DCM 111175). Included from CID 6401."""

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6401."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6401."""

CardiacPacemaker_14106009: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac Pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac Pacemaker (SCT 14106009). Included from CID 6404."""

CardiacPacemakerLead: _Final[_Code] = _Code("SCT", "360129009", "Cardiac pacemaker lead", (6404,))
"""Cardiac pacemaker lead (SCT 360129009). Included from CID 6404."""

CentralLine: _Final[_Code] = _Code("DCM", "112174", "Central line", (6404,))
"""Central line (DCM 112174). Included from CID 6404."""

CervicalCollar: _Final[_Code] = _Code("SCT", "63562005", "Cervical collar", (6404,))
"""Cervical collar (SCT 63562005). Included from CID 6404."""

ChestTube: _Final[_Code] = _Code("DCM", "112173", "Chest tube", (6203, 6404))
"""Chest tube (DCM 112173). Included from CID 6404."""

Coin: _Final[_Code] = _Code("DCM", "112178", "Coin", (6203, 6404))
"""Coin (DCM 112178). Included from CID 6404."""

EndotrachealTube: _Final[_Code] = _Code("SCT", "26412008", "Endotracheal tube", (6404,))
"""Endotracheal tube (SCT 26412008). Included from CID 6404."""

FeedingTube: _Final[_Code] = _Code("SCT", "25062003", "Feeding tube", (6404,))
"""Feeding tube (SCT 25062003). Included from CID 6404."""

FiducialMark: _Final[_Code] = _Code("DCM", "112171", "Fiducial mark", (6203, 6404, 7110, 9581))
"""Fiducial mark (DCM 112171). Included from CID 6404."""

HeartValveProsthesis: _Final[_Code] = _Code("SCT", "25510005", "Heart valve prosthesis", (6404,))
"""Heart valve prosthesis (SCT 25510005). Included from CID 6404."""

JejunostomyTube: _Final[_Code] = _Code("SCT", "126065006", "Jejunostomy tube", (6203, 6404))
"""Jejunostomy tube (SCT 126065006). Included from CID 6404."""

Jewelry: _Final[_Code] = _Code("SCT", "80919006", "Jewelry", (6203, 6404))
"""Jewelry (SCT 80919006). Included from CID 6404."""

KidneyStent: _Final[_Code] = _Code("DCM", "112175", "Kidney stent", (6203, 6404))
"""Kidney stent (DCM 112175). Included from CID 6404."""

Needle: _Final[_Code] = _Code("SCT", "79068005", "Needle", (69, 6203, 6404, 7157))
"""Needle (SCT 79068005). Included from CID 6404."""

NippleRing: _Final[_Code] = _Code("DCM", "112177", "Nipple ring", (6404,))
"""Nipple ring (DCM 112177). Included from CID 6404."""

PancreaticStent: _Final[_Code] = _Code("DCM", "112176", "Pancreatic stent", (6203, 6404))
"""Pancreatic stent (DCM 112176). Included from CID 6404."""

Pin: _Final[_Code] = _Code("SCT", "77444004", "Pin", (6203, 6404, 7157))
"""Pin (SCT 77444004). Included from CID 6404."""

Portacath: _Final[_Code] = _Code("DCM", "112172", "Portacath", (6404,))
"""Portacath (DCM 112172). Included from CID 6404."""

Prosthesis: _Final[_Code] = _Code("SCT", "53350007", "Prosthesis", (6203, 6404))
"""Prosthesis (SCT 53350007). Included from CID 6404."""

Tracheotomy: _Final[_Code] = _Code("SCT", "48387007", "Tracheotomy", (6404,))
"""Tracheotomy (SCT 48387007). Included from CID 6404."""

UretericStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteric stent", (6203, 6404))
"""Ureteric stent (SCT 286558002). Included from CID 6404."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000). Included from CID 6404."""

BoneScrew: _Final[_Code] = _Code("SCT", "68183006", "Bone Screw", (7157, 7309))
"""Bone Screw (SCT 68183006). Included from CID 7157."""

Defibrillator: _Final[_Code] = _Code("SCT", "72506001", "Defibrillator", (3777, 7157))
"""Defibrillator (SCT 72506001). Included from CID 7157."""

DentalProsthesis: _Final[_Code] = _Code("SCT", "27606000", "Dental Prosthesis", (7157,))
"""Dental Prosthesis (SCT 27606000). Included from CID 7157."""

InlayDentalRestoration: _Final[_Code] = _Code(
    "SCT", "272287005", "Inlay Dental Restoration", (7157,)
)
"""Inlay Dental Restoration (SCT 272287005). Included from CID 7157."""

LeftVentricularAssistDevice: _Final[_Code] = _Code(
    "SCT", "360066001", "Left ventricular assist device", (3553, 3777, 7157)
)
"""Left ventricular assist device (SCT 360066001). Included from CID 7157."""

RadioactiveImplant: _Final[_Code] = _Code("SCT", "19443004", "Radioactive implant", (7112, 7157))
"""Radioactive implant (SCT 19443004). Included from CID 7157."""

BiteBlock: _Final[_Code] = _Code("SCT", "228745001", "Bite block", (9513,))
"""Bite block (SCT 228745001). Included from CID 9513."""

Headframe: _Final[_Code] = _Code("DCM", "130110", "Headframe", (9513,))
"""Headframe (DCM 130110). Included from CID 9513."""

HeadMask: _Final[_Code] = _Code("DCM", "130111", "Head Mask", (9513,))
"""Head Mask (DCM 130111). Included from CID 9513."""

HeadAndNeckMask: _Final[_Code] = _Code("DCM", "130112", "Head and Neck Mask", (9513,))
"""Head and Neck Mask (DCM 130112). Included from CID 9513."""

Mold: _Final[_Code] = _Code("DCM", "130113", "Mold", (9513,))
"""Mold (DCM 130113). Included from CID 9513."""

Cast: _Final[_Code] = _Code("DCM", "130114", "Cast", (9513,))
"""Cast (DCM 130114). Included from CID 9513."""

Headrest: _Final[_Code] = _Code("SCT", "706683002", "Headrest", (9513,))
"""Headrest (SCT 706683002). Included from CID 9513."""

BreastBoard: _Final[_Code] = _Code("DCM", "130116", "Breast Board", (9513,))
"""Breast Board (DCM 130116). Included from CID 9513."""

BodyFrame: _Final[_Code] = _Code("DCM", "130117", "Body Frame", (9513,))
"""Body Frame (DCM 130117). Included from CID 9513."""

VacuumMold: _Final[_Code] = _Code("DCM", "130118", "Vacuum Mold", (9513,))
"""Vacuum Mold (DCM 130118). Included from CID 9513."""

WholeBodyPod: _Final[_Code] = _Code("DCM", "130119", "Whole Body Pod", (9513,))
"""Whole Body Pod (DCM 130119). Included from CID 9513."""

RectalBalloon: _Final[_Code] = _Code("DCM", "130120", "Rectal Balloon", (9513,))
"""Rectal Balloon (DCM 130120). Included from CID 9513."""

VaginalCylinder: _Final[_Code] = _Code("DCM", "130121", "Vaginal Cylinder", (9513,))
"""Vaginal Cylinder (DCM 130121). Included from CID 9513."""

BreastBridge: _Final[_Code] = _Code("DCM", "130653", "Breast Bridge", (9513,))
"""Breast Bridge (DCM 130653). Included from CID 9513."""

AbdominalCompressionBelt: _Final[_Code] = _Code(
    "DCM", "130654", "Abdominal Compression Belt", (9513,)
)
"""Abdominal Compression Belt (DCM 130654). Included from CID 9513."""

AbdominalCompressionArch: _Final[_Code] = _Code(
    "DCM", "130655", "Abdominal Compression Arch", (9513,)
)
"""Abdominal Compression Arch (DCM 130655). Included from CID 9513."""

HeadFixationBoard: _Final[_Code] = _Code("DCM", "130656", "Head Fixation Board", (9513,))
"""Head Fixation Board (DCM 130656). Included from CID 9513."""

Backrest: _Final[_Code] = _Code("SCT", "20406008", "Backrest", (9513,))
"""Backrest (SCT 20406008). Included from CID 9513."""

ShinRest: _Final[_Code] = _Code("DCM", "130852", "Shin Rest", (9513,))
"""Shin Rest (DCM 130852). Included from CID 9513."""

HeelStop: _Final[_Code] = _Code("DCM", "130853", "Heel Stop", (9513,))
"""Heel Stop (DCM 130853). Included from CID 9513."""

Armrest: _Final[_Code] = _Code("SCT", "468115008", "Armrest", (9513,))
"""Armrest (SCT 468115008). Included from CID 9513."""

HandGrips: _Final[_Code] = _Code("DCM", "130854", "Hand Grips", (9513,))
"""Hand Grips (DCM 130854). Included from CID 9513."""

SeatPan: _Final[_Code] = _Code("DCM", "130855", "Seat Pan", (9513,))
"""Seat Pan (DCM 130855). Included from CID 9513."""

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004). Included from CID 9515."""

Chair: _Final[_Code] = _Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008). Included from CID 9515."""

Stretcher: _Final[_Code] = _Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003). Included from CID 9515."""

Wall: _Final[_Code] = _Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009). Included from CID 9515."""

Floor: _Final[_Code] = _Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007). Included from CID 9515."""

BrachytherapySourceApplicator: _Final[_Code] = _Code(
    "DCM", "130078", "Brachytherapy source applicator", (9506,)
)
"""Brachytherapy source applicator (DCM 130078). Included from CID 9506."""

BrachytherapyChannelShield: _Final[_Code] = _Code(
    "DCM", "130079", "Brachytherapy channel shield", (9506,)
)
"""Brachytherapy channel shield (DCM 130079). Included from CID 9506."""

BrachytherapyChannel: _Final[_Code] = _Code("DCM", "130080", "Brachytherapy channel", (9506,))
"""Brachytherapy channel (DCM 130080). Included from CID 9506."""

Clothing: _Final[_Code] = _Code("SCT", "272180002", "Clothing", (7158,))
"""Clothing (SCT 272180002). Included from CID 7158."""

ForeignBody: _Final[_Code] = _Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008). Included from CID 7158."""

DiodeArray: _Final[_Code] = _Code("DCM", "128702", "Diode Array", (7026, 7027))
"""Diode Array (DCM 128702). Included from CID 7027."""

IonChamberArray: _Final[_Code] = _Code("DCM", "128703", "Ion Chamber Array", (7026, 7027))
"""Ion Chamber Array (DCM 128703). Included from CID 7027."""

ThermoluminescentRadiationDosimeter: _Final[_Code] = _Code(
    "SCT", "464983000", "Thermoluminescent radiation dosimeter", (7026, 7027)
)
"""Thermoluminescent radiation dosimeter (SCT 464983000). Included from CID 7027."""

Diode: _Final[_Code] = _Code("DCM", "128704", "Diode", (7026, 7027))
"""Diode (DCM 128704). Included from CID 7027."""

LiquidIonChamber: _Final[_Code] = _Code("DCM", "128705", "Liquid Ion Chamber", (7026, 7027))
"""Liquid Ion Chamber (DCM 128705). Included from CID 7027."""

MOSFETRadiationTherapyDosimetrySystemDosimeter: _Final[_Code] = _Code(
    "SCT", "701933006", "MOSFET radiation therapy dosimetry system dosimeter", (7026, 7027)
)
"""MOSFET radiation therapy dosimetry system dosimeter (SCT 701933006). Included from CID 7027."""

OSLD: _Final[_Code] = _Code("DCM", "128706", "OSLD", (7026, 7027))
"""OSLD (DCM 128706). Included from CID 7027."""

IonChamber: _Final[_Code] = _Code("DCM", "128707", "Ion Chamber", (7026, 7027))
"""Ion Chamber (DCM 128707). Included from CID 7027."""

DigitalImager: _Final[_Code] = _Code("SCT", "468440006", "Digital imager", (7026, 7027, 9268, 9271))
"""Digital imager (SCT 468440006). Included from CID 7027."""

DiamondDetector: _Final[_Code] = _Code("DCM", "128708", "Diamond Detector", (7026, 7027))
"""Diamond Detector (DCM 128708). Included from CID 7027."""

RPLGD: _Final[_Code] = _Code("DCM", "128709", "RPLGD", (7026, 7027))
"""RPLGD (DCM 128709). Included from CID 7027."""

Abscess: _Final[_Code] = _Code("SCT", "44132006", "Abscess", (6031, 7159))
"""Abscess (SCT 44132006). Included from CID 7159."""

BloodClot: _Final[_Code] = _Code("SCT", "75753009", "Blood clot", (7159,))
"""Blood clot (SCT 75753009). Included from CID 7159."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001). Included from CID 7159."""

Edema: _Final[_Code] = _Code("SCT", "79654002", "Edema", (6015, 6031, 7159, 7169))
"""Edema (SCT 79654002). Included from CID 7159."""

Embolus: _Final[_Code] = _Code("SCT", "55584005", "Embolus", (3805, 3810, 3815, 7159))
"""Embolus (SCT 55584005). Included from CID 7159."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005). Included from CID 7159."""

Inflammation: _Final[_Code] = _Code("SCT", "409774005", "Inflammation", (6031, 7159))
"""Inflammation (SCT 409774005). Included from CID 7159."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006). Included from CID 7159."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007). Included from CID 7159."""

Necrosis: _Final[_Code] = _Code("SCT", "6574001", "Necrosis", (7159, 7168))
"""Necrosis (SCT 6574001). Included from CID 7159."""

Neoplasm: _Final[_Code] = _Code("SCT", "108369006", "Neoplasm", (644, 3815, 7159))
"""Neoplasm (SCT 108369006). Included from CID 7159."""

NeoplasmPrimary: _Final[_Code] = _Code("SCT", "372087000", "Neoplasm, Primary", (7159,))
"""Neoplasm, Primary (SCT 372087000). Included from CID 7159."""

NeoplasmSecondary: _Final[_Code] = _Code("SCT", "14799000", "Neoplasm, Secondary", (7159,))
"""Neoplasm, Secondary (SCT 14799000). Included from CID 7159."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004). Included from CID 7159."""

Background: _Final[_Code] = _Code("DCM", "125040", "Background", (7165, 7169, 12322))
"""Background (DCM 125040). Included from CID 7169."""

Normal: _Final[_Code] = _Code("SCT", "17621005", "Normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""Normal (SCT 17621005). Included from CID 7169."""

NonEnhancingLesion: _Final[_Code] = _Code("NCIt", "C81175", "Non-Enhancing Lesion", (7169,))
"""Non-Enhancing Lesion (NCIt C81175). Included from CID 7169."""

EnhancingLesion: _Final[_Code] = _Code("NCIt", "C113842", "Enhancing Lesion", (7169,))
"""Enhancing Lesion (NCIt C113842). Included from CID 7169."""

LesionOfBrain: _Final[_Code] = _Code("SCT", "301766008", "Lesion of Brain", (7199,))
"""Lesion of Brain (SCT 301766008). Included from CID 7199."""

Perfusion: _Final[_Code] = _Code("SCT", "371863001", "Perfusion", (7161,))
"""Perfusion (SCT 371863001). Included from CID 7161."""

Interface: _Final[_Code] = _Code("DCM", "112082", "Interface", (6109, 7196))
"""Interface (DCM 112082). Included from CID 7196."""

Line: _Final[_Code] = _Code("DCM", "112083", "Line", (6109, 7196))
"""Line (DCM 112083). Included from CID 7196."""

Lucency: _Final[_Code] = _Code("DCM", "112084", "Lucency", (6109, 7196))
"""Lucency (DCM 112084). Included from CID 7196."""

TissueNotOfInterest: _Final[_Code] = _Code("DCM", "130751", "Tissue not of interest", (7165,))
"""Tissue not of interest (DCM 130751). Included from CID 7165."""

WasteMaterial: _Final[_Code] = _Code("SCT", "289925000", "Waste Material", (7165,))
"""Waste Material (SCT 289925000). Included from CID 7165."""

RegistrationInput: _Final[_Code] = _Code("DCM", "125041", "Registration Input", (7165,))
"""Registration Input (DCM 125041). Included from CID 7165."""

SingleSubjectExtractedFromGroup: _Final[_Code] = _Code(
    "DCM", "113132", "Single subject extracted from group", (7165,)
)
"""Single subject extracted from group (DCM 113132). Included from CID 7165."""

ReferenceRegion: _Final[_Code] = _Code("NCIt", "C94970", "Reference Region", (7165, 9000))
"""Reference Region (NCIt C94970). Included from CID 7165."""

Bile: _Final[_Code] = _Code("SCT", "70150004", "Bile", (7197,))
"""Bile (SCT 70150004). Included from CID 7197."""

BodyFluid: _Final[_Code] = _Code("SCT", "32457005", "Body fluid", (7197,))
"""Body fluid (SCT 32457005). Included from CID 7197."""

Feces: _Final[_Code] = _Code("SCT", "39477002", "Feces", (6201, 7197))
"""Feces (SCT 39477002). Included from CID 7197."""

Gas: _Final[_Code] = _Code("SCT", "74947009", "Gas", (7197,))
"""Gas (SCT 74947009). Included from CID 7197."""

Urine: _Final[_Code] = _Code("SCT", "78014005", "Urine", (7197,))
"""Urine (SCT 78014005). Included from CID 7197."""

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
    ScarTissue,
    Artery,
    Blood,
    BloodVessel,
    Fat,
    Bone,
    Capillary,
    Cartilage,
    ConnectiveTissue,
    Ligament,
    LymphNode,
    LymphaticSystem,
    LymphaticVessel,
    LymphoidTissue,
    Meniscus,
    Muscle,
    Nerve,
    Organ,
    Skin,
    SoftTissue,
    SubcutaneousTissue,
    Tendon,
    Tissue,
    Vein,
    BodyCavity,
    Atrium,
    Axilla,
    Back,
    BroadLigament,
    Buttock,
    Calyx,
    Cheek,
    Cornea,
    Ear,
    EndoCardiac,
    EndoEsophageal,
    EndoNasal,
    EndoNasopharyngeal,
    EndoRectal,
    EndoRenal,
    EndoUreteric,
    EndoUrethral,
    EndoVaginal,
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
    PulmonaryVein_122972007,
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
    CarotidBifurcation,
    CarotidBulb,
    CommonIliacArteryBifurcation,
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
    DeepPalmarArchOfRadialArtery,
    SuperficialPalmarArch,
    DigitalArteryOfHand,
    BasilicVein,
    MedianCubitalVein,
    RadialVein,
    UlnarVein,
    DeepPalmarVenousArch,
    SuperficialPalmarVenousArch,
    HilarArtery,
    SegmentalArtery,
    LobarArtery,
    ArcuateArteryOfTheKidney,
    InterlobarArteryOfKidney,
    InterlobularArteryOfKidney,
    AccessoryRenalArtery,
    PerforatingArteryOfKidney,
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
    LeftPosterolateralCircumflexCoronaryArtery,
    PosterolateralBranchOfRightCoronaryArtery,
    CoronaryArteryGraft,
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
    SmallCardiacVein,
    AtrialVein,
    AtrioventricularVein,
    MiddleCardiacVein,
    VentricularVein,
    SmallestCardiacVein,
    PulmonaryVein_430757002,
    LeftPulmonaryVein,
    RightPulmonaryVein,
    TrunkOfPulmonaryArtery,
    SuprapulmonicValveArea,
    PulmonaryValveSinuses,
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
    SalivaryGland,
    SoftPalate,
    SphenoidBone,
    TemporalBone,
    Tooth,
    VomerBone,
    LobeOfLung,
    MidlungWindow,
    SecondaryPulmonaryLobule,
    SegmentOfLung,
    AirwayStructure,
    Carina,
    CarinaAngle,
    CentrilobularStructures,
    HilumOfLung,
    AnteriorJunctionLine,
    FissureOfLung,
    PosteriorJunctionLine,
    AtrialSeptalDefect,
    AzygoesophagealRecessInterface,
    FascialLayer,
    Hiatus,
    ParaspinalLine,
    PosteriorTrachealStripe,
    RightTrachealStripe,
    Stripe,
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
    Vertebra,
    ChordaeTendineaeCordis,
    DeltoidMuscle,
    Diaphragm,
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
    SuperiorPhrenicArtery,
    ThyrocervicalTrunk,
    Pericardium,
    PericardialCavity,
    Adenohypophysis,
    Amygdala,
    Arachnoid,
    ArcuateFasciculus,
    BrainCerebrospinalFluidPathway,
    BrainStem,
    BrainVentricle,
    CaudateNucleus,
    CentralNervousSystem,
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
    SuperiorLongitudinalFasciculus,
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
    SkinOfAbdomen,
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
    Pleura,
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
    SeminalVesicle,
    VasDeferens,
    PeripheralNervousSystem,
    PeripheralNerve,
    CranialNerve,
    VagusNerve,
    AutonomicNerve,
    SympatheticTrunk,
    ILMInternalLimitingMembrane,
    OuterSurfaceOfRNFL,
    OuterSurfaceOfGCL,
    OuterSurfaceOfIPL,
    OuterSurfaceOfINL,
    OuterSurfaceOfOPL,
    OuterSurfaceOfHFL,
    ELMExternalLimitingMembrane,
    SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors,
    SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE,
    AnteriorSurfaceOfTheRPE,
    SurfaceOfTheCenterOfTheRPE,
    PosteriorSurfaceOfTheRPE,
    OuterSurfaceOfTheBM,
    SurfaceOfTheChoroidScleraInterface,
    OuterSurfaceOfTheCC,
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
    Stent,
    Catheter,
    Laser,
    Glue,
    AtherectomyDevice,
    EmbolizationBall,
    PercutaneousTransluminalAngioplastyBalloon,
    EmbolizationCoil,
    DetachableBalloon,
    GuidingCatheter,
    EmbolizationParticulate,
    RotationalAtherectomyDevice,
    MeasuringRuler,
    Sphere,
    BBShotLeadPellet,
    Bullet,
    CardiacPacemaker_118378005,
    Clip,
    Collimator,
    CompressionPaddle,
    IDPlate,
    Implant,
    JWire,
    OpaqueMarker,
    OtherMarker,
    Staple,
    Suture,
    CardiacPacemaker_14106009,
    CardiacPacemakerLead,
    CentralLine,
    CervicalCollar,
    ChestTube,
    Coin,
    EndotrachealTube,
    FeedingTube,
    FiducialMark,
    HeartValveProsthesis,
    JejunostomyTube,
    Jewelry,
    KidneyStent,
    Needle,
    NippleRing,
    PancreaticStent,
    Pin,
    Portacath,
    Prosthesis,
    Tracheotomy,
    UretericStent,
    VenaCavaFilter,
    BoneScrew,
    Defibrillator,
    DentalProsthesis,
    InlayDentalRestoration,
    LeftVentricularAssistDevice,
    RadioactiveImplant,
    BiteBlock,
    Headframe,
    HeadMask,
    HeadAndNeckMask,
    Mold,
    Cast,
    Headrest,
    BreastBoard,
    BodyFrame,
    VacuumMold,
    WholeBodyPod,
    RectalBalloon,
    VaginalCylinder,
    BreastBridge,
    AbdominalCompressionBelt,
    AbdominalCompressionArch,
    HeadFixationBoard,
    Backrest,
    ShinRest,
    HeelStop,
    Armrest,
    HandGrips,
    SeatPan,
    Table,
    Chair,
    Stretcher,
    Wall,
    Floor,
    BrachytherapySourceApplicator,
    BrachytherapyChannelShield,
    BrachytherapyChannel,
    Clothing,
    ForeignBody,
    DiodeArray,
    IonChamberArray,
    ThermoluminescentRadiationDosimeter,
    Diode,
    LiquidIonChamber,
    MOSFETRadiationTherapyDosimetrySystemDosimeter,
    OSLD,
    IonChamber,
    DigitalImager,
    DiamondDetector,
    RPLGD,
    Abscess,
    BloodClot,
    Cyst,
    Edema,
    Embolus,
    Hemorrhage,
    Inflammation,
    Lesion,
    Mass,
    Necrosis,
    Neoplasm,
    NeoplasmPrimary,
    NeoplasmSecondary,
    Nodule,
    Background,
    Normal,
    NonEnhancingLesion,
    EnhancingLesion,
    LesionOfBrain,
    Perfusion,
    Interface,
    Line,
    Lucency,
    TissueNotOfInterest,
    WasteMaterial,
    RegistrationInput,
    SingleSubjectExtractedFromGroup,
    ReferenceRegion,
    Bile,
    BodyFluid,
    Feces,
    Gas,
    Urine,
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
