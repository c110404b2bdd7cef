"""CID 3630 Cardiovascular Anatomic Location.

Extensible, version 20030327, UID 1.2.840.10008.6.1.175.
Includes CID 3606, CID 3607, CID 3608, CID 3609, CID 3610.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3630
NAME: _Final[str] = "Cardiovascular Anatomic Location"
KEYWORD: _Final[str | None] = "CardiovascularAnatomicLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.175"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3606, 3607, 3608, 3609, 3610)
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008). Included from CID 3606."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "anterior communicating artery", (3010, 3606, 12105)
)
"""anterior communicating artery (SCT 8012006). Included from CID 3606."""

AnteriorSpinalArtery: _Final[_Code] = _Code(
    "SCT", "17388009", "anterior spinal artery", (3010, 3606)
)
"""anterior spinal artery (SCT 17388009). Included from CID 3606."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003). Included from CID 3606."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009). Included from CID 3606."""

AorticFistula: _Final[_Code] = _Code("SCT", "128551005", "Aortic fistula", (3010, 3606))
"""Aortic fistula (SCT 128551005). Included from CID 3606."""

Artery: _Final[_Code] = _Code("SCT", "51114001", "Artery", (4, 3010, 3606, 7166))
"""Artery (SCT 51114001). Included from CID 3606."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending aorta (SCT 54247002). Included from CID 3606."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003). Included from CID 3606."""

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007). Included from CID 3606."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "basilar artery", (3010, 3606, 12106))
"""basilar artery (SCT 59011009). Included from CID 3606."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000). Included from CID 3606."""

BrachiocephalicTrunk: _Final[_Code] = _Code(
    "SCT", "12691009", "brachiocephalic trunk", (3010, 3606, 6117, 12107, 12291)
)
"""brachiocephalic trunk (SCT 12691009). Included from CID 3606."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007). Included from CID 3606."""

CerebralArtery: _Final[_Code] = _Code("SCT", "88556005", "cerebral artery", (3010, 3606))
"""cerebral artery (SCT 88556005). Included from CID 3606."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004). Included from CID 3606."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005). Included from CID 3606."""

CoronaryArtery: _Final[_Code] = _Code("SCT", "41801008", "Coronary Artery", (3010, 3606, 4030))
"""Coronary Artery (SCT 41801008). Included from CID 3606."""

DescendingAorta: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
"""Descending aorta (SCT 32672002). Included from CID 3606."""

FacialArtery: _Final[_Code] = _Code("SCT", "23074001", "facial artery", (3010, 3606))
"""facial artery (SCT 23074001). Included from CID 3606."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral artery", (3010, 3440, 3606))
"""Femoral artery (SCT 7657000). Included from CID 3606."""

FistulaCoronaryToLeftAtrium: _Final[_Code] = _Code(
    "SCT", "128555001", "Fistula coronary to left atrium", (3010, 3606)
)
"""Fistula coronary to left atrium (SCT 128555001). Included from CID 3606."""

FistulaCoronaryToLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128556000", "Fistula coronary to left ventricle", (3010, 3606)
)
"""Fistula coronary to left ventricle (SCT 128556000). Included from CID 3606."""

FistulaCoronaryToRightAtrium: _Final[_Code] = _Code(
    "SCT", "373095005", "Fistula coronary to right atrium", (3606,)
)
"""Fistula coronary to right atrium (SCT 373095005). Included from CID 3606."""

FistulaCoronaryToRightVentricle: _Final[_Code] = _Code(
    "SCT", "128558004", "Fistula coronary to right ventricle", (3010, 3606)
)
"""Fistula coronary to right ventricle (SCT 128558004). Included from CID 3606."""

GeniculateArtery: _Final[_Code] = _Code("SCT", "128559007", "geniculate artery", (3010, 3606))
"""geniculate artery (SCT 128559007). Included from CID 3606."""

HepaticArtery: _Final[_Code] = _Code("SCT", "76015000", "Hepatic artery", (3010, 3606))
"""Hepatic artery (SCT 76015000). Included from CID 3606."""

IliacArtery: _Final[_Code] = _Code("SCT", "10293006", "Iliac artery", (3010, 3606))
"""Iliac artery (SCT 10293006). Included from CID 3606."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "internal carotid artery", (3010, 3606, 12104, 12105)
)
"""internal carotid artery (SCT 86117002). Included from CID 3606."""

InternalMammaryArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal mammary artery", (3010, 3606, 6117)
)
"""Internal mammary artery (SCT 69327007). Included from CID 3606."""

LacrimalArtery: _Final[_Code] = _Code("SCT", "59749000", "lacrimal artery", (3010, 3606))
"""lacrimal artery (SCT 59749000). Included from CID 3606."""

LateralPlantarArtery: _Final[_Code] = _Code("SCT", "44830000", "lateral plantar artery", (3606,))
"""lateral plantar artery (SCT 44830000). Included from CID 3606."""

LeftFemoralArtery: _Final[_Code] = _Code("SCT", "113270003", "Left femoral artery", (3010, 3606))
"""Left femoral artery (SCT 113270003). Included from CID 3606."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007). Included from CID 3606."""

LingualArtery: _Final[_Code] = _Code("SCT", "113264009", "lingual artery", (3010, 3606))
"""lingual artery (SCT 113264009). Included from CID 3606."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "lumbar artery", (3010, 3606, 12111))
"""lumbar artery (SCT 34635009). Included from CID 3606."""

MesentericArtery: _Final[_Code] = _Code("SCT", "86570000", "mesenteric artery", (3010, 3606))
"""mesenteric artery (SCT 86570000). Included from CID 3606."""

MedialPlantarArtery: _Final[_Code] = _Code("SCT", "74156002", "medial plantar artery", (3606,))
"""medial plantar artery (SCT 74156002). Included from CID 3606."""

NeoAorta: _Final[_Code] = _Code("SCT", "14944004", "Neo-aorta (primitive aorta)", (3010, 3606))
"""Neo-aorta (primitive aorta) (SCT 14944004). Included from CID 3606."""

NeonatalPulmonaryArteryPrimitivePA: _Final[_Code] = _Code(
    "SCT", "91707000", "Neonatal pulmonary artery (primitive PA)", (3010, 3606)
)
"""Neonatal pulmonary artery (primitive PA) (SCT 91707000). Included from CID 3606."""

OccipitalArtery: _Final[_Code] = _Code("SCT", "31145008", "occipital artery", (3010, 3606))
"""occipital artery (SCT 31145008). Included from CID 3606."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""ophthalmic artery (SCT 53549008). Included from CID 3606."""

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "patent ductus arteriosus", (3010, 3606, 12293)
)
"""patent ductus arteriosus (SCT 83330001). Included from CID 3606."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "peroneal artery", (3010, 3606, 12109))
"""peroneal artery (SCT 8821006). Included from CID 3606."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "popliteal artery", (3010, 3440, 3606, 12109)
)
"""popliteal artery (SCT 43899006). Included from CID 3606."""

PosteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "posterior communicating artery", (3010, 3606, 12105)
)
"""posterior communicating artery (SCT 43119007). Included from CID 3606."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005). Included from CID 3606."""

PulmonaryArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "111289009", "Pulmonary arteriovenous fistula", (3010, 3606)
)
"""Pulmonary arteriovenous fistula (SCT 111289009). Included from CID 3606."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000). Included from CID 3606."""

PulmonaryArteryConduit: _Final[_Code] = _Code(
    "SCT", "128584005", "Pulmonary artery conduit", (3010, 3606)
)
"""Pulmonary artery conduit (SCT 128584005). Included from CID 3606."""

PulmonaryVeinWedge: _Final[_Code] = _Code("SCT", "371829003", "Pulmonary vein wedge", (3606,))
"""Pulmonary vein wedge (SCT 371829003). Included from CID 3606."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "radial artery", (3010, 3440, 3606, 12107))
"""radial artery (SCT 45631007). Included from CID 3606."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal artery (SCT 2841007). Included from CID 3606."""

RightFemoralArtery: _Final[_Code] = _Code("SCT", "69833005", "Right femoral artery", (3010, 3606))
"""Right femoral artery (SCT 69833005). Included from CID 3606."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002). Included from CID 3606."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005). Included from CID 3606."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008). Included from CID 3606."""

SuperficialTemporalArtery: _Final[_Code] = _Code(
    "SCT", "15672000", "superficial temporal artery", (3010, 3606)
)
"""superficial temporal artery (SCT 15672000). Included from CID 3606."""

SuperiorThyroidArtery: _Final[_Code] = _Code(
    "SCT", "72021004", "superior thyroid artery", (3010, 3606)
)
"""superior thyroid artery (SCT 72021004). Included from CID 3606."""

SystemicCollateralArteryToLung: _Final[_Code] = _Code(
    "SCT", "128589000", "Systemic collateral Artery to lung", (3010, 3606)
)
"""Systemic collateral Artery to lung (SCT 128589000). Included from CID 3606."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic aorta (SCT 113262008). Included from CID 3606."""

TibialArtery: _Final[_Code] = _Code("SCT", "181351007", "tibial artery", (3606,))
"""tibial artery (SCT 181351007). Included from CID 3606."""

TruncusArteriosusCommunis: _Final[_Code] = _Code(
    "SCT", "61959006", "Truncus Arteriosus Communis", (3010, 3606)
)
"""Truncus Arteriosus Communis (SCT 61959006). Included from CID 3606."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical artery", (3010, 3606, 12111, 12140)
)
"""Umbilical artery (SCT 50536004). Included from CID 3606."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005). Included from CID 3606."""

AnomalousPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006). Included from CID 3607."""

AntecubitalVein: _Final[_Code] = _Code("SCT", "128553008", "Antecubital Vein", (3010, 3607))
"""Antecubital Vein (SCT 128553008). Included from CID 3607."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008). Included from CID 3607."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004). Included from CID 3607."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009). Included from CID 3607."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd perforating vein", (3010, 3607, 12110)
)
"""Boyd perforating vein (SCT 128548003). Included from CID 3607."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005). Included from CID 3607."""

CentralVenousSystem: _Final[_Code] = _Code("SCT", "34340008", "Central venous system", (3010, 3607))
"""Central venous system (SCT 34340008). Included from CID 3607."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "cephalic vein", (3010, 3607, 12108))
"""cephalic vein (SCT 20699002). Included from CID 3607."""

DoddPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128554002", "Dodd perforating vein", (3010, 3607)
)
"""Dodd perforating vein (SCT 128554002). Included from CID 3607."""

FemoralVein: _Final[_Code] = _Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000). Included from CID 3607."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "gastric vein", (3010, 3607, 12113))
"""gastric vein (SCT 110568007). Included from CID 3607."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001). Included from CID 3607."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "hepatic vein", (3010, 3607, 12114, 12282))
"""hepatic vein (SCT 8993003). Included from CID 3607."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002). Included from CID 3607."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena cava (SCT 64131007). Included from CID 3607."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007). Included from CID 3607."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001). Included from CID 3607."""

MesentericVein: _Final[_Code] = _Code("SCT", "128583004", "mesenteric vein", (3010, 3607))
"""mesenteric vein (SCT 128583004). Included from CID 3607."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "portal vein", (3010, 3607, 12114))
"""portal vein (SCT 32764006). Included from CID 3607."""

PosteriorMedialTributary: _Final[_Code] = _Code(
    "SCT", "128569001", "posterior medial tributary", (3010, 3607)
)
"""posterior medial tributary (SCT 128569001). Included from CID 3607."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007). Included from CID 3607."""

PulmonaryVeinConfluence: _Final[_Code] = _Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008). Included from CID 3607."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007). Included from CID 3607."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003). Included from CID 3607."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009). Included from CID 3607."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "splenic vein", (3010, 3607, 12114))
"""splenic vein (SCT 35819009). Included from CID 3607."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009). Included from CID 3607."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005). Included from CID 3607."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical vein", (3010, 3607, 12114))
"""Umbilical vein (SCT 284639000). Included from CID 3607."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000). Included from CID 3607."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007). Included from CID 3608."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004). Included from CID 3608."""

JuxtaposedAppendage: _Final[_Code] = _Code("SCT", "128563000", "Juxtaposed appendage", (3010, 3608))
"""Juxtaposed appendage (SCT 128563000). Included from CID 3608."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left atrium (SCT 82471001). Included from CID 3608."""

PulmonaryArteryWedge: _Final[_Code] = _Code(
    "SCT", "128449009", "Pulmonary artery wedge", (3003, 3608)
)
"""Pulmonary artery wedge (SCT 128449009). Included from CID 3608."""

PulmonaryCapillaryWedge: _Final[_Code] = _Code(
    "SCT", "128448001", "Pulmonary capillary wedge", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge (SCT 128448001). Included from CID 3608."""

PulmonaryVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004). Included from CID 3608."""

PulmonaryChamberInCorTriatriatum: _Final[_Code] = _Code(
    "SCT", "128586007", "Pulmonary chamber in cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber in cor triatriatum (SCT 128586007). Included from CID 3608."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right Atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right Atrium (SCT 73829009). Included from CID 3608."""

SystemicVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128568009", "Systemic venous atrium", (3010, 3608)
)
"""Systemic venous atrium (SCT 128568009). Included from CID 3608."""

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006). Included from CID 3609."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left ventricle (SCT 87878005). Included from CID 3609."""

LeftVentricleApex: _Final[_Code] = _Code(
    "SCT", "128564006", "Left ventricle apex", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Left ventricle apex (SCT 128564006). Included from CID 3609."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003). Included from CID 3609."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002). Included from CID 3609."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right ventricle (SCT 53085002). Included from CID 3609."""

RightVentricleApex: _Final[_Code] = _Code(
    "SCT", "128565007", "Right ventricle apex", (3010, 3011, 3609, 12305)
)
"""Right ventricle apex (SCT 128565007). Included from CID 3609."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000). Included from CID 3609."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009). Included from CID 3609."""

MitralValve: _Final[_Code] = _Code(
    "SCT", "91134007", "Mitral Valve", (3610, 3701, 6149, 12223, 12285, 12305)
)
"""Mitral Valve (SCT 91134007). Included from CID 3610."""

AorticValve: _Final[_Code] = _Code(
    "SCT", "34202007", "Aortic Valve", (3610, 3701, 12288, 12289, 12305)
)
"""Aortic Valve (SCT 34202007). Included from CID 3610."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid valve (SCT 46030003). Included from CID 3610."""

PulmonaryValve: _Final[_Code] = _Code(
    "SCT", "39057004", "Pulmonary valve", (3610, 3701, 6149, 12288, 12289, 12305)
)
"""Pulmonary valve (SCT 39057004). Included from CID 3610."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal defect (SCT 30288003). Included from CID 3610."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal defect (SCT 70142008). Included from CID 3610."""

CoarctationOfAorta: _Final[_Code] = _Code(
    "SCT", "7305005", "Coarctation of aorta", (3610, 12248, 12291)
)
"""Coarctation of aorta (SCT 7305005). Included from CID 3610."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbdominalAorta,
    AnteriorCommunicatingArtery,
    AnteriorSpinalArtery,
    Aorta,
    AorticArch,
    AorticFistula,
    Artery,
    AscendingAorta,
    AxillaryArtery,
    Baffle,
    BasilarArtery,
    BrachialArtery,
    BrachiocephalicTrunk,
    CarotidArtery,
    CerebralArtery,
    CommonCarotidArtery,
    CommonFemoralArtery,
    CoronaryArtery,
    DescendingAorta,
    FacialArtery,
    FemoralArtery,
    FistulaCoronaryToLeftAtrium,
    FistulaCoronaryToLeftVentricle,
    FistulaCoronaryToRightAtrium,
    FistulaCoronaryToRightVentricle,
    GeniculateArtery,
    HepaticArtery,
    IliacArtery,
    InternalCarotidArtery,
    InternalMammaryArtery,
    LacrimalArtery,
    LateralPlantarArtery,
    LeftFemoralArtery,
    LeftPulmonaryArtery,
    LingualArtery,
    LumbarArtery,
    MesentericArtery,
    MedialPlantarArtery,
    NeoAorta,
    NeonatalPulmonaryArteryPrimitivePA,
    OccipitalArtery,
    OphthalmicArtery,
    PatentDuctusArteriosus,
    PeronealArtery,
    PoplitealArtery,
    PosteriorCommunicatingArtery,
    ProfundaFemorisArtery,
    PulmonaryArteriovenousFistula,
    PulmonaryArtery,
    PulmonaryArteryConduit,
    PulmonaryVeinWedge,
    RadialArtery,
    RenalArtery,
    RightFemoralArtery,
    RightPulmonaryArtery,
    SubclavianArtery,
    SuperficialFemoralArtery,
    SuperficialTemporalArtery,
    SuperiorThyroidArtery,
    SystemicCollateralArteryToLung,
    ThoracicAorta,
    TibialArtery,
    TruncusArteriosusCommunis,
    UmbilicalArtery,
    VertebralArtery,
    AnomalousPulmonaryVein,
    AntecubitalVein,
    AxillaryVein,
    AzygosVein,
    BasilicVein,
    BoydPerforatingVein,
    BrachialVein,
    CentralVenousSystem,
    CephalicVein,
    DoddPerforatingVein,
    FemoralVein,
    GastricVein,
    GreatSaphenousVein,
    HepaticVein,
    HunterianPerforatingVein,
    InferiorVenaCava,
    InnominateVein,
    InternalJugularVein,
    MesentericVein,
    PortalVein,
    PosteriorMedialTributary,
    PulmonaryVein,
    PulmonaryVeinConfluence,
    RenalVein,
    SaphenofemoralJunction,
    SaphenousVein,
    SplenicVein,
    SubclavianVein,
    SuperiorVenaCava,
    UmbilicalVein,
    Vein,
    CommonAtrium,
    CoronarySinus,
    JuxtaposedAppendage,
    LeftAtrium,
    PulmonaryArteryWedge,
    PulmonaryCapillaryWedge,
    PulmonaryVenousAtrium,
    PulmonaryChamberInCorTriatriatum,
    RightAtrium,
    SystemicVenousAtrium,
    CommonVentricle,
    LeftVentricle,
    LeftVentricleApex,
    LeftVentricleInflow,
    LeftVentricleOutflowTract,
    RightVentricle,
    RightVentricleApex,
    RightVentricleInflow,
    RightVentricleOutflowTract,
    MitralValve,
    AorticValve,
    TricuspidValve,
    PulmonaryValve,
    VentricularSeptalDefect,
    AtrialSeptalDefect,
    CoarctationOfAorta,
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
