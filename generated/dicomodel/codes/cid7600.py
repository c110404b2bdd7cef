"""CID 7600 Lymph Node Anatomic Site.

Extensible, version 20210328, UID 1.2.840.10008.6.1.1011.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7600
NAME: _Final[str] = "Lymph Node Anatomic Site"
KEYWORD: _Final[str | None] = "LymphNodeAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1011"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalLymphNode: _Final[_Code] = _Code("SCT", "818991007", "abdominal lymph node", (7600,))
"""abdominal lymph node (SCT 818991007)."""

AnteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "25247006", "anterior auricular lymph node", (7600,)
)
"""anterior auricular lymph node (SCT 25247006)."""

AnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5727003", "anterior cervical lymph node", (7600,)
)
"""anterior cervical lymph node (SCT 5727003)."""

AnteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "5296000", "anterior mediastinal lymph node", (7600,)
)
"""anterior mediastinal lymph node (SCT 5296000)."""

AnteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303713004", "anterior tibial lymph node", (7600,)
)
"""anterior tibial lymph node (SCT 303713004)."""

AorticLymphNode: _Final[_Code] = _Code("SCT", "35783009", "aortic lymph node", (7600,))
"""aortic lymph node (SCT 35783009)."""

ApicalAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "16051009", "apical axillary lymph node", (7600,)
)
"""apical axillary lymph node (SCT 16051009)."""

AppendicularLymphNode: _Final[_Code] = _Code("SCT", "46157003", "appendicular lymph node", (7600,))
"""appendicular lymph node (SCT 46157003)."""

AxillaryLymphNode: _Final[_Code] = _Code("SCT", "68171009", "axillary lymph node", (6015, 7600))
"""axillary lymph node (SCT 68171009)."""

AxillaryVeinLymphNode: _Final[_Code] = _Code(
    "SCT", "421624008", "axillary vein lymph node", (7600,)
)
"""axillary vein lymph node (SCT 421624008)."""

BuccinatorLymphNode: _Final[_Code] = _Code("SCT", "143925009", "buccinator lymph node", (7600,))
"""buccinator lymph node (SCT 143925009)."""

CardiophrenicAngleLymphNode: _Final[_Code] = _Code(
    "SCT", "371013005", "cardiophrenic angle lymph node", (7600,)
)
"""cardiophrenic angle lymph node (SCT 371013005)."""

CeliacLymphNode: _Final[_Code] = _Code("SCT", "47985009", "celiac lymph node", (7600,))
"""celiac lymph node (SCT 47985009)."""

CentralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "283001", "central axillary lymph node", (7600,)
)
"""central axillary lymph node (SCT 283001)."""

CervicalLymphNode: _Final[_Code] = _Code("SCT", "81105003", "cervical lymph node", (7600,))
"""cervical lymph node (SCT 81105003)."""

ColicLymphNode: _Final[_Code] = _Code("SCT", "8356004", "colic lymph node", (7600,))
"""colic lymph node (SCT 8356004)."""

CommonDuctLymphNode: _Final[_Code] = _Code("SCT", "280639005", "common duct lymph node", (7600,))
"""common duct lymph node (SCT 280639005)."""

CubitalLymphNode: _Final[_Code] = _Code("SCT", "34775006", "cubital lymph node", (7600,))
"""cubital lymph node (SCT 34775006)."""

CysticLymphNode: _Final[_Code] = _Code("SCT", "280556009", "cystic lymph node", (7600,))
"""cystic lymph node (SCT 280556009)."""

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

DeepParotidLymphNode: _Final[_Code] = _Code("SCT", "279142004", "deep parotid lymph node", (7600,))
"""deep parotid lymph node (SCT 279142004)."""

DeepPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "35721009", "deep popliteal lymph node", (7600,)
)
"""deep popliteal lymph node (SCT 35721009)."""

DelphianLymphNode: _Final[_Code] = _Code("SCT", "167664004", "delphian lymph node", (7600,))
"""delphian lymph node (SCT 167664004)."""

DiaphragmaticLymphNode: _Final[_Code] = _Code(
    "SCT", "196751009", "diaphragmatic lymph node", (7600,)
)
"""diaphragmatic lymph node (SCT 196751009)."""

EpigastricLymphNode: _Final[_Code] = _Code("SCT", "60965003", "epigastric lymph node", (7600,))
"""epigastric lymph node (SCT 60965003)."""

EpitrochlearLymphNode: _Final[_Code] = _Code("SCT", "28870006", "epitrochlear lymph node", (7600,))
"""epitrochlear lymph node (SCT 28870006)."""

EsophagealLymphNode: _Final[_Code] = _Code("SCT", "11899006", "esophageal lymph node", (7600,))
"""esophageal lymph node (SCT 11899006)."""

ExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "65349008", "external iliac lymph node", (7600,)
)
"""external iliac lymph node (SCT 65349008)."""

ExternalMammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "421988007", "external mammary lymph node", (7600,)
)
"""external mammary lymph node (SCT 421988007)."""

ExtrapulmonaryLymphNodeOfLung: _Final[_Code] = _Code(
    "SCT", "363537007", "extrapulmonary lymph node of lung", (7600,)
)
"""extrapulmonary lymph node of lung (SCT 363537007)."""

FacialLymphNode: _Final[_Code] = _Code("SCT", "48918001", "facial lymph node", (7600,))
"""facial lymph node (SCT 48918001)."""

FemaleGenitalLymphNode: _Final[_Code] = _Code(
    "SCT", "314736006", "female genital lymph node", (7600,)
)
"""female genital lymph node (SCT 314736006)."""

FibularLymphNode: _Final[_Code] = _Code("SCT", "31171007", "fibular lymph node", (7600,))
"""fibular lymph node (SCT 31171007)."""

GastroOmentalLymphNode: _Final[_Code] = _Code(
    "SCT", "83380007", "gastro-omental lymph node", (7600,)
)
"""gastro-omental lymph node (SCT 83380007)."""

GlutealLymphNode: _Final[_Code] = _Code("SCT", "80867000", "gluteal lymph node", (7600,))
"""gluteal lymph node (SCT 80867000)."""

HemolymphNode: _Final[_Code] = _Code("SCT", "18457007", "hemolymph node", (7600,))
"""hemolymph node (SCT 18457007)."""

HepaticLymphNode: _Final[_Code] = _Code("SCT", "61492009", "hepatic lymph node", (7600,))
"""hepatic lymph node (SCT 61492009)."""

HighestMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127926002", "highest mediastinal lymph node", (7600,)
)
"""highest mediastinal lymph node (SCT 127926002)."""

HilarLymphNode: _Final[_Code] = _Code("SCT", "53074004", "hilar lymph node", (7600,))
"""hilar lymph node (SCT 53074004)."""

HypogastricLymphNode: _Final[_Code] = _Code("SCT", "69255009", "hypogastric lymph node", (7600,))
"""hypogastric lymph node (SCT 69255009)."""

IleocolicLymphNode: _Final[_Code] = _Code("SCT", "281676003", "ileocolic lymph node", (7600,))
"""ileocolic lymph node (SCT 281676003)."""

IliacLymphNode: _Final[_Code] = _Code("SCT", "84219008", "iliac lymph node", (7600,))
"""iliac lymph node (SCT 84219008)."""

InferiorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "155237005", "inferior auricular lymph node", (7600,)
)
"""inferior auricular lymph node (SCT 155237005)."""

InferiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "40684008", "inferior gluteal lymph node", (7600,)
)
"""inferior gluteal lymph node (SCT 40684008)."""

InferiorInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "85380009", "inferior inguinal lymph node", (7600,)
)
"""inferior inguinal lymph node (SCT 85380009)."""

InferiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "113336002", "inferior mesenteric lymph node", (7600,)
)
"""inferior mesenteric lymph node (SCT 113336002)."""

InferiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280915003", "inferior pancreatic lymph node", (7600,)
)
"""inferior pancreatic lymph node (SCT 280915003)."""

InferiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281227003", "inferior pancreaticoduodenal lymph node", (7600,)
)
"""inferior pancreaticoduodenal lymph node (SCT 281227003)."""

InfraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "9659009", "infraclavicular lymph node", (7600,)
)
"""infraclavicular lymph node (SCT 9659009)."""

InguinalLymphNode: _Final[_Code] = _Code("SCT", "8928004", "inguinal lymph node", (7600,))
"""inguinal lymph node (SCT 8928004)."""

InnominateLymphNode: _Final[_Code] = _Code("SCT", "196821008", "innominate lymph node", (7600,))
"""innominate lymph node (SCT 196821008)."""

IntercostalLymphNode: _Final[_Code] = _Code("SCT", "64038003", "intercostal lymph node", (7600,))
"""intercostal lymph node (SCT 64038003)."""

InteriliacLymphNode: _Final[_Code] = _Code("SCT", "279271008", "interiliac lymph node", (7600,))
"""interiliac lymph node (SCT 279271008)."""

InterlobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127919002", "interlobar lymph node of the lung", (7600,)
)
"""interlobar lymph node of the lung (SCT 127919002)."""

IntermediateCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "64556009", "intermediate common iliac lymph node", (7600,)
)
"""intermediate common iliac lymph node (SCT 64556009)."""

IntermediateExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "50193000", "intermediate external iliac lymph node", (7600,)
)
"""intermediate external iliac lymph node (SCT 50193000)."""

InterpectoralLymphNode: _Final[_Code] = _Code(
    "SCT", "420800007", "interpectoral lymph node", (7600,)
)
"""interpectoral lymph node (SCT 420800007)."""

IntestinalLymphNode: _Final[_Code] = _Code("SCT", "36251007", "intestinal lymph node", (7600,))
"""intestinal lymph node (SCT 36251007)."""

IntraglandularParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "143824007", "intraglandular parotid lymph node", (7600,)
)
"""intraglandular parotid lymph node (SCT 143824007)."""

IntramammaryLymphNode: _Final[_Code] = _Code(
    "SCT", "443808008", "intramammary lymph node", (6015, 6031, 7600)
)
"""intramammary lymph node (SCT 443808008)."""

IntrapulmonaryLymphNode: _Final[_Code] = _Code(
    "SCT", "196662004", "intrapulmonary lymph node", (7600,)
)
"""intrapulmonary lymph node (SCT 196662004)."""

JugularLymphNode: _Final[_Code] = _Code("SCT", "58130000", "jugular lymph node", (7600,))
"""jugular lymph node (SCT 58130000)."""

JuxtaintestinalLymphNode: _Final[_Code] = _Code(
    "SCT", "279609001", "juxtaintestinal lymph node", (7600,)
)
"""juxtaintestinal lymph node (SCT 279609001)."""

LacunarLymphNode: _Final[_Code] = _Code("SCT", "360993001", "lacunar lymph node", (7600,))
"""lacunar lymph node (SCT 360993001)."""

LateralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "33770006", "lateral axillary lymph node", (7600,)
)
"""lateral axillary lymph node (SCT 33770006)."""

LateralCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "68915008", "lateral cervical lymph node", (7600,)
)
"""lateral cervical lymph node (SCT 68915008)."""

LateralCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "41145006", "lateral common iliac lymph node", (7600,)
)
"""lateral common iliac lymph node (SCT 41145006)."""

LateralExternalIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "40242007", "lateral external iliac lymph node", (7600,)
)
"""lateral external iliac lymph node (SCT 40242007)."""

LateralJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "168159002", "lateral jugular lymph node", (7600,)
)
"""lateral jugular lymph node (SCT 168159002)."""

LateralPericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196587000", "lateral pericardial lymph node", (7600,)
)
"""lateral pericardial lymph node (SCT 196587000)."""

LateralRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167464007", "lateral retropharyngeal lymph node", (7600,)
)
"""lateral retropharyngeal lymph node (SCT 167464007)."""

LateralVesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278672000", "lateral vesicular lymph node", (7600,)
)
"""lateral vesicular lymph node (SCT 278672000)."""

LobarLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127920008", "lobar lymph node of the lung", (7600,)
)
"""lobar lymph node of the lung (SCT 127920008)."""

LowerDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285429007", "lower deep cervical lymph node", (7600,)
)
"""lower deep cervical lymph node (SCT 285429007)."""

LowerJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245323006", "lower jugular lymph node", (7600,)
)
"""lower jugular lymph node (SCT 245323006)."""

LowerLimbLymphNode: _Final[_Code] = _Code("SCT", "4942000", "lower limb lymph node", (7600,))
"""lower limb lymph node (SCT 4942000)."""

LowerParatrachealIncludingAzygousLymphNode: _Final[_Code] = _Code(
    "SCT", "127932007", "lower paratracheal (including azygous) lymph node", (7600,)
)
"""lower paratracheal (including azygous) lymph node (SCT 127932007)."""

LumbarLymphNode: _Final[_Code] = _Code("SCT", "8334002", "lumbar lymph node", (7600,))
"""lumbar lymph node (SCT 8334002)."""

LungAndTracheobronchialLymphNodes: _Final[_Code] = _Code(
    "SCT", "110550009", "lung and tracheobronchial lymph nodes", (7600,)
)
"""lung and tracheobronchial lymph nodes (SCT 110550009)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""lymph node (SCT 59441001)."""

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

MandibularLymphNode: _Final[_Code] = _Code("SCT", "155338003", "mandibular lymph node", (7600,))
"""mandibular lymph node (SCT 155338003)."""

MastoidLymphNode: _Final[_Code] = _Code("SCT", "279143009", "mastoid lymph node", (7600,))
"""mastoid lymph node (SCT 279143009)."""

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

MedianRetropharyngealLymphNode: _Final[_Code] = _Code(
    "SCT", "167364008", "median retropharyngeal lymph node", (7600,)
)
"""median retropharyngeal lymph node (SCT 167364008)."""

MediastinalLymphNode: _Final[_Code] = _Code("SCT", "62683002", "mediastinal lymph node", (7600,))
"""mediastinal lymph node (SCT 62683002)."""

MesentericArteryLymphNode: _Final[_Code] = _Code(
    "SCT", "299993000", "mesenteric artery lymph node", (7600,)
)
"""mesenteric artery lymph node (SCT 299993000)."""

MidcolicLymphNode: _Final[_Code] = _Code("SCT", "282031000", "midcolic lymph node", (7600,))
"""midcolic lymph node (SCT 282031000)."""

MiddleDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285427009", "middle deep cervical lymph node", (7600,)
)
"""middle deep cervical lymph node (SCT 285427009)."""

MiddleJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245322001", "middle jugular lymph node", (7600,)
)
"""middle jugular lymph node (SCT 245322001)."""

NasolabialLymphNode: _Final[_Code] = _Code("SCT", "144026003", "nasolabial lymph node", (7600,))
"""nasolabial lymph node (SCT 144026003)."""

ObturatorLymphNode: _Final[_Code] = _Code("SCT", "36086000", "obturator lymph node", (7600,))
"""obturator lymph node (SCT 36086000)."""

OccipitalLymphNode: _Final[_Code] = _Code("SCT", "3916005", "occipital lymph node", (7600,))
"""occipital lymph node (SCT 3916005)."""

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

ParaAorticLymphNodeOfTheAnteriorMediastinum: _Final[_Code] = _Code(
    "SCT", "127939003", "para-aortic lymph node of the anterior mediastinum", (7600,)
)
"""para-aortic lymph node of the anterior mediastinum (SCT 127939003)."""

ParaesophagealLymphNodeBelowCarina: _Final[_Code] = _Code(
    "SCT", "127940001", "paraesophageal lymph node below carina", (7600,)
)
"""paraesophageal lymph node below carina (SCT 127940001)."""

ParamammaryLymphNode: _Final[_Code] = _Code("SCT", "368550005", "paramammary lymph node", (7600,))
"""paramammary lymph node (SCT 368550005)."""

ParametrialLymphNode: _Final[_Code] = _Code("SCT", "3243006", "parametrial lymph node", (7600,))
"""parametrial lymph node (SCT 3243006)."""

PararectalLymphNode: _Final[_Code] = _Code("SCT", "21875007", "pararectal lymph node", (7600,))
"""pararectal lymph node (SCT 21875007)."""

ParasternalLymphNode: _Final[_Code] = _Code("SCT", "82365008", "parasternal lymph node", (7600,))
"""parasternal lymph node (SCT 82365008)."""

ParatrachealLymphNode: _Final[_Code] = _Code("SCT", "65690001", "paratracheal lymph node", (7600,))
"""paratracheal lymph node (SCT 65690001)."""

ParavaginalLymphNode: _Final[_Code] = _Code("SCT", "16228004", "paravaginal lymph node", (7600,))
"""paravaginal lymph node (SCT 16228004)."""

ParavesicularLymphNode: _Final[_Code] = _Code("SCT", "1439000", "paravesicular lymph node", (7600,))
"""paravesicular lymph node (SCT 1439000)."""

ParotidLymphNode: _Final[_Code] = _Code("SCT", "10209003", "parotid lymph node", (7600,))
"""parotid lymph node (SCT 10209003)."""

PectoralAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "69691007", "pectoral axillary lymph node", (7600,)
)
"""pectoral axillary lymph node (SCT 69691007)."""

PelvicLymphNode: _Final[_Code] = _Code("SCT", "54268001", "pelvic lymph node", (7600,))
"""pelvic lymph node (SCT 54268001)."""

PerigastricLymphNode: _Final[_Code] = _Code("SCT", "245344006", "perigastric lymph node", (7600,))
"""perigastric lymph node (SCT 245344006)."""

PeripancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "245346008", "peripancreatic lymph node", (7600,)
)
"""peripancreatic lymph node (SCT 245346008)."""

PoplitealLymphNode: _Final[_Code] = _Code("SCT", "47471008", "popliteal lymph node", (7600,))
"""popliteal lymph node (SCT 47471008)."""

PostauricularLymphNode: _Final[_Code] = _Code(
    "SCT", "245328002", "postauricular lymph node", (7600,)
)
"""postauricular lymph node (SCT 245328002)."""

PosteriorAuricularLymphNode: _Final[_Code] = _Code(
    "SCT", "30793004", "posterior auricular lymph node", (7600,)
)
"""posterior auricular lymph node (SCT 30793004)."""

PosteriorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "25447008", "posterior mediastinal lymph node", (7600,)
)
"""posterior mediastinal lymph node (SCT 25447008)."""

PosteriorTibialLymphNode: _Final[_Code] = _Code(
    "SCT", "303623000", "posterior tibial lymph node", (7600,)
)
"""posterior tibial lymph node (SCT 303623000)."""

PosteriorTriangleCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "245324000", "posterior triangle cervical lymph node", (7600,)
)
"""posterior triangle cervical lymph node (SCT 245324000)."""

PostvesicularLymphNode: _Final[_Code] = _Code(
    "SCT", "278571002", "postvesicular lymph node", (7600,)
)
"""postvesicular lymph node (SCT 278571002)."""

PrececalLymphNode: _Final[_Code] = _Code("SCT", "281765006", "prececal lymph node", (7600,))
"""prececal lymph node (SCT 281765006)."""

PrefemoralLymphNode: _Final[_Code] = _Code("SCT", "48193007", "prefemoral lymph node", (7600,))
"""prefemoral lymph node (SCT 48193007)."""

PrelaryngealLymphNode: _Final[_Code] = _Code("SCT", "74203007", "prelaryngeal lymph node", (7600,))
"""prelaryngeal lymph node (SCT 74203007)."""

PrepericardialLymphNode: _Final[_Code] = _Code(
    "SCT", "196516004", "prepericardial lymph node", (7600,)
)
"""prepericardial lymph node (SCT 196516004)."""

PresymphysialLymphNode: _Final[_Code] = _Code("SCT", "6413002", "presymphysial lymph node", (7600,))
"""presymphysial lymph node (SCT 6413002)."""

PretrachealLymphNode: _Final[_Code] = _Code("SCT", "168460001", "pretracheal lymph node", (7600,))
"""pretracheal lymph node (SCT 168460001)."""

PrevascularRetrotrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127930004", "prevascular/retrotracheal lymph node", (7600,)
)
"""prevascular/retrotracheal lymph node (SCT 127930004)."""

PrevertebralLymphNode: _Final[_Code] = _Code("SCT", "196446004", "prevertebral lymph node", (7600,))
"""prevertebral lymph node (SCT 196446004)."""

PrevesicularLymphNode: _Final[_Code] = _Code("SCT", "11740004", "prevesicular lymph node", (7600,))
"""prevesicular lymph node (SCT 11740004)."""

PromontoryCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "279189002", "promontory common iliac lymph node", (7600,)
)
"""promontory common iliac lymph node (SCT 279189002)."""

PyloricLymphNode: _Final[_Code] = _Code("SCT", "24889003", "pyloric lymph node", (7600,))
"""pyloric lymph node (SCT 24889003)."""

RegionalLymphNode: _Final[_Code] = _Code("SCT", "312500006", "regional lymph node", (7600,))
"""regional lymph node (SCT 312500006)."""

RenalHilarLymphNode: _Final[_Code] = _Code("SCT", "249708006", "renal hilar lymph node", (7600,))
"""renal hilar lymph node (SCT 249708006)."""

RetrocecalLymphNode: _Final[_Code] = _Code("SCT", "281847004", "retrocecal lymph node", (7600,))
"""retrocecal lymph node (SCT 281847004)."""

RetroperitonealLymphNode: _Final[_Code] = _Code(
    "SCT", "91394001", "retroperitoneal lymph node", (7600,)
)
"""retroperitoneal lymph node (SCT 91394001)."""

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

SacralLymphNode: _Final[_Code] = _Code("SCT", "79926007", "sacral lymph node", (7600,))
"""sacral lymph node (SCT 79926007)."""

ScaleneLymphNode: _Final[_Code] = _Code("SCT", "81132008", "scalene lymph node", (7600,))
"""scalene lymph node (SCT 81132008)."""

SegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127921007", "segmental lymph node of the lung", (7600,)
)
"""segmental lymph node of the lung (SCT 127921007)."""

SigmoidLymphNode: _Final[_Code] = _Code("SCT", "30024008", "sigmoid lymph node", (7600,))
"""sigmoid lymph node (SCT 30024008)."""

SplenicLymphNode: _Final[_Code] = _Code("SCT", "280824006", "splenic lymph node", (7600,))
"""splenic lymph node (SCT 280824006)."""

SubaorticCommonIliacLymphNode: _Final[_Code] = _Code(
    "SCT", "60227002", "subaortic common iliac lymph node", (7600,)
)
"""subaortic common iliac lymph node (SCT 60227002)."""

SubcarinalLymphNode: _Final[_Code] = _Code("SCT", "28330007", "subcarinal lymph node", (7600,))
"""subcarinal lymph node (SCT 28330007)."""

SubclavianLymphNode: _Final[_Code] = _Code("SCT", "421861001", "subclavian lymph node", (7600,))
"""subclavian lymph node (SCT 421861001)."""

SubiliacLymphNode: _Final[_Code] = _Code("FMA", "323407", "subiliac lymph node", (7600,))
"""subiliac lymph node (FMA 323407)."""

SubmandibularLymphNode: _Final[_Code] = _Code(
    "SCT", "59503006", "submandibular lymph node", (7600,)
)
"""submandibular lymph node (SCT 59503006)."""

SubmentalLymphNode: _Final[_Code] = _Code("SCT", "46055009", "submental lymph node", (7600,))
"""submental lymph node (SCT 46055009)."""

SubpyloricLymphNode: _Final[_Code] = _Code("SCT", "280314006", "subpyloric lymph node", (7600,))
"""subpyloric lymph node (SCT 280314006)."""

SubscapularAxillaryLymphNode: _Final[_Code] = _Code(
    "SCT", "12196003", "subscapular axillary lymph node", (7600,)
)
"""subscapular axillary lymph node (SCT 12196003)."""

SubsegmentalLymphNodeOfTheLung: _Final[_Code] = _Code(
    "SCT", "127922000", "subsegmental lymph node of the lung", (7600,)
)
"""subsegmental lymph node of the lung (SCT 127922000)."""

SuperficialAnteriorCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "168557005", "superficial anterior cervical lymph node", (7600,)
)
"""superficial anterior cervical lymph node (SCT 168557005)."""

SuperficialCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "279144003", "superficial cervical lymph node", (7600,)
)
"""superficial cervical lymph node (SCT 279144003)."""

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

SuperficialParotidLymphNode: _Final[_Code] = _Code(
    "SCT", "279141006", "superficial parotid lymph node", (7600,)
)
"""superficial parotid lymph node (SCT 279141006)."""

SuperficialPoplitealLymphNode: _Final[_Code] = _Code(
    "SCT", "12728001", "superficial popliteal lymph node", (7600,)
)
"""superficial popliteal lymph node (SCT 12728001)."""

SuperiorGlutealLymphNode: _Final[_Code] = _Code(
    "SCT", "76290003", "superior gluteal lymph node", (7600,)
)
"""superior gluteal lymph node (SCT 76290003)."""

SuperiorLateralInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "76704003", "superior lateral inguinal lymph node", (7600,)
)
"""superior lateral inguinal lymph node (SCT 76704003)."""

SuperiorMedialInguinalLymphNode: _Final[_Code] = _Code(
    "SCT", "52554005", "superior medial inguinal lymph node", (7600,)
)
"""superior medial inguinal lymph node (SCT 52554005)."""

SuperiorMediastinalLymphNode: _Final[_Code] = _Code(
    "SCT", "127925003", "superior mediastinal lymph node", (7600,)
)
"""superior mediastinal lymph node (SCT 127925003)."""

SuperiorMesentericLymphNode: _Final[_Code] = _Code(
    "SCT", "49394004", "superior mesenteric lymph node", (7600,)
)
"""superior mesenteric lymph node (SCT 49394004)."""

SuperiorPancreaticLymphNode: _Final[_Code] = _Code(
    "SCT", "280999005", "superior pancreatic lymph node", (7600,)
)
"""superior pancreatic lymph node (SCT 280999005)."""

SuperiorPancreaticoduodenalLymphNode: _Final[_Code] = _Code(
    "SCT", "281320004", "superior pancreaticoduodenal lymph node", (7600,)
)
"""superior pancreaticoduodenal lymph node (SCT 281320004)."""

SuperiorRectalLymphNode: _Final[_Code] = _Code(
    "SCT", "68881005", "superior rectal lymph node", (7600,)
)
"""superior rectal lymph node (SCT 68881005)."""

SuperiorTracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "67941004", "superior tracheobronchial lymph node", (7600,)
)
"""superior tracheobronchial lymph node (SCT 67941004)."""

SupraclavicularLymphNode: _Final[_Code] = _Code(
    "SCT", "76838003", "supraclavicular lymph node", (7600,)
)
"""supraclavicular lymph node (SCT 76838003)."""

SupramammaryLymphNode: _Final[_Code] = _Code("FMA", "12785", "supramammary lymph node", (7600,))
"""supramammary lymph node (FMA 12785)."""

SuprapyloricLymphNode: _Final[_Code] = _Code("SCT", "280216006", "suprapyloric lymph node", (7600,))
"""suprapyloric lymph node (SCT 280216006)."""

TibialLymphNode: _Final[_Code] = _Code("SCT", "80769008", "tibial lymph node", (7600,))
"""tibial lymph node (SCT 80769008)."""

TracheobronchialLymphNode: _Final[_Code] = _Code(
    "SCT", "245341003", "tracheobronchial lymph node", (7600,)
)
"""tracheobronchial lymph node (SCT 245341003)."""

TracheobronchialLymphNodeLocatedNearCarina: _Final[_Code] = _Code(
    "SCT", "89858007", "tracheobronchial lymph node, located near carina", (7600,)
)
"""tracheobronchial lymph node, located near carina (SCT 89858007)."""

UpperDeepCervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "285425001", "upper deep cervical lymph node", (7600,)
)
"""upper deep cervical lymph node (SCT 285425001)."""

UpperJugularLymphNode: _Final[_Code] = _Code(
    "SCT", "245321008", "upper jugular lymph node", (7600,)
)
"""upper jugular lymph node (SCT 245321008)."""

UpperLimbLymphNode: _Final[_Code] = _Code("SCT", "44914007", "upper limb lymph node", (7600,))
"""upper limb lymph node (SCT 44914007)."""

UpperParatrachealLymphNode: _Final[_Code] = _Code(
    "SCT", "127927006", "upper paratracheal lymph node (mediastinal)", (7600,)
)
"""upper paratracheal lymph node (mediastinal) (SCT 127927006)."""

UterineParacervicalLymphNode: _Final[_Code] = _Code(
    "SCT", "5394000", "uterine paracervical lymph node", (7600,)
)
"""uterine paracervical lymph node (SCT 5394000)."""

VesicularLymphNode: _Final[_Code] = _Code("SCT", "360992006", "vesicular lymph node", (7600,))
"""vesicular lymph node (SCT 360992006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
