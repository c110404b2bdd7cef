"""CID 3010 Cardiovascular Anatomic Structure.

Extensible, version 20200309, UID 1.2.840.10008.6.1.45.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3010
NAME: _Final[str] = "Cardiovascular Anatomic Structure"
KEYWORD: _Final[str | None] = "CardiovascularAnatomicStructure"
UID: _Final[str | None] = "1.2.840.10008.6.1.45"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200309"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008)."""

AnomalousPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "128585006", "Anomalous pulmonary vein", (3010, 3607)
)
"""Anomalous pulmonary vein (SCT 128585006)."""

AntecubitalVein: _Final[_Code] = _Code("SCT", "128553008", "Antecubital vein", (3010, 3607))
"""Antecubital vein (SCT 128553008)."""

AnteriorCardiacVein: _Final[_Code] = _Code(
    "SCT", "194996006", "Anterior cardiac vein", (3010, 3839)
)
"""Anterior cardiac vein (SCT 194996006)."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "Anterior communicating artery", (3010, 3606, 12105)
)
"""Anterior communicating artery (SCT 8012006)."""

AnteriorSpinalArtery: _Final[_Code] = _Code(
    "SCT", "17388009", "Anterior spinal artery", (3010, 3606)
)
"""Anterior spinal artery (SCT 17388009)."""

AnteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "68053000", "Anterior tibial artery", (3010, 12109)
)
"""Anterior tibial artery (SCT 68053000)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic arch (SCT 57034009)."""

AorticFistula: _Final[_Code] = _Code("SCT", "128551005", "Aortic fistula", (3010, 3606))
"""Aortic fistula (SCT 128551005)."""

ApexOfLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128564006", "Apex of left ventricle", (3010, 3011, 3232, 3609, 3717, 12305)
)
"""Apex of left ventricle (SCT 128564006)."""

ApexOfRightVentricle: _Final[_Code] = _Code(
    "SCT", "128565007", "Apex of right ventricle", (3010, 3011, 3609, 12305)
)
"""Apex of right ventricle (SCT 128565007)."""

Artery: _Final[_Code] = _Code("SCT", "51114001", "Artery", (4, 3010, 3606, 7166))
"""Artery (SCT 51114001)."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending aorta (SCT 54247002)."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003)."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008)."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004)."""

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007)."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "Basilar artery", (3010, 3606, 12106))
"""Basilar artery (SCT 59011009)."""

BodyConduit: _Final[_Code] = _Code("SCT", "91830000", "Body conduit", (3010,))
"""Body conduit (SCT 91830000)."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003)."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000)."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005)."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "Cephalic vein", (3010, 3607, 12108))
"""Cephalic vein (SCT 20699002)."""

CerebralArtery: _Final[_Code] = _Code("SCT", "88556005", "Cerebral artery", (3010, 3606))
"""Cerebral artery (SCT 88556005)."""

CommonAtrium: _Final[_Code] = _Code("SCT", "253276007", "Common atrium", (3010, 3608, 12284))
"""Common atrium (SCT 253276007)."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004)."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005)."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common iliac artery", (3010, 12109, 12111, 12140)
)
"""Common iliac artery (SCT 73634005)."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common iliac vein", (3010, 12110, 12113))
"""Common iliac vein (SCT 46027005)."""

CommonVentricle: _Final[_Code] = _Code(
    "SCT", "45503006", "Common ventricle", (3010, 3011, 3609, 12287)
)
"""Common ventricle (SCT 45503006)."""

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

PulmonaryArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "111289009", "Pulmonary arteriovenous fistula", (3010, 3606)
)
"""Pulmonary arteriovenous fistula (SCT 111289009)."""

CoronaryArtery: _Final[_Code] = _Code("SCT", "41801008", "Coronary artery", (3010, 3606, 4030))
"""Coronary artery (SCT 41801008)."""

CoronarySinus: _Final[_Code] = _Code("SCT", "90219004", "Coronary sinus", (3010, 3011, 3608, 3839))
"""Coronary sinus (SCT 90219004)."""

DescendingAorta: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
"""Descending aorta (SCT 32672002)."""

DoddPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128554002", "Dodd's perforating vein", (3010, 3607)
)
"""Dodd's perforating vein (SCT 128554002)."""

ExternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "22286001", "External carotid artery", (3010, 12104)
)
"""External carotid artery (SCT 22286001)."""

ExternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "113269004", "External iliac artery", (3010, 12109)
)
"""External iliac artery (SCT 113269004)."""

ExternalIliacVein: _Final[_Code] = _Code("SCT", "63507001", "External iliac vein", (3010, 12110))
"""External iliac vein (SCT 63507001)."""

FacialArtery: _Final[_Code] = _Code("SCT", "23074001", "Facial artery", (3010, 3606))
"""Facial artery (SCT 23074001)."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral artery", (3010, 3440, 3606))
"""Femoral artery (SCT 7657000)."""

FemoralVein: _Final[_Code] = _Code("SCT", "83419000", "Femoral vein", (3010, 3607))
"""Femoral vein (SCT 83419000)."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007)."""

GenicularArtery: _Final[_Code] = _Code("SCT", "128559007", "Genicular artery", (3010, 3606))
"""Genicular artery (SCT 128559007)."""

GreatCardiacVein: _Final[_Code] = _Code("SCT", "5928000", "Great cardiac vein", (3010, 3011, 3839))
"""Great cardiac vein (SCT 5928000)."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great saphenous vein", (3010, 3607, 12110)
)
"""Great saphenous vein (SCT 60734001)."""

HepaticArtery: _Final[_Code] = _Code("SCT", "76015000", "Hepatic artery", (3010, 3606))
"""Hepatic artery (SCT 76015000)."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic vein", (3010, 3607, 12114, 12282))
"""Hepatic vein (SCT 8993003)."""

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002)."""

IliacArtery: _Final[_Code] = _Code("SCT", "10293006", "Iliac artery", (3010, 3606))
"""Iliac artery (SCT 10293006)."""

IliacVein: _Final[_Code] = _Code("SCT", "244411005", "Iliac vein", (3010,))
"""Iliac vein (SCT 244411005)."""

InferiorCardiacVein: _Final[_Code] = _Code("SCT", "195416006", "Inferior cardiac vein", (3010,))
"""Inferior cardiac vein (SCT 195416006)."""

InferiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "51249003", "Inferior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior left pulmonary vein (SCT 51249003)."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior mesenteric artery", (3010, 12112)
)
"""Inferior mesenteric artery (SCT 33795007)."""

InferiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "113273001", "Inferior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Inferior right pulmonary vein (SCT 113273001)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007)."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate artery (SCT 12691009)."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007)."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal carotid artery", (3010, 3606, 12104, 12105)
)
"""Internal carotid artery (SCT 86117002)."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001)."""

InternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "90024005", "Internal iliac artery", (3010, 12109)
)
"""Internal iliac artery (SCT 90024005)."""

InternalMammaryArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal mammary artery", (3010, 3606, 6117)
)
"""Internal mammary artery (SCT 69327007)."""

JuxtaposedAtrialAppendage: _Final[_Code] = _Code(
    "SCT", "128563000", "Juxtaposed atrial appendage", (3010, 3608)
)
"""Juxtaposed atrial appendage (SCT 128563000)."""

LacrimalArtery: _Final[_Code] = _Code("SCT", "59749000", "Lacrimal artery", (3010, 3606))
"""Lacrimal artery (SCT 59749000)."""

LacrimalArteryOfRightEye: _Final[_Code] = _Code(
    "SCT", "128979005", "Lacrimal artery of right eye", (3010,)
)
"""Lacrimal artery of right eye (SCT 128979005)."""

LeftAtrium: _Final[_Code] = _Code(
    "SCT", "82471001", "Left atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Left atrium (SCT 82471001)."""

LeftAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "33626005", "Left auricular appendage", (3010, 3011, 12284)
)
"""Left auricular appendage (SCT 33626005)."""

LeftFemoralArtery: _Final[_Code] = _Code("SCT", "113270003", "Left femoral artery", (3010, 3606))
"""Left femoral artery (SCT 113270003)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007)."""

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left ventricle (SCT 87878005)."""

LeftVentricleInflow: _Final[_Code] = _Code(
    "SCT", "70238003", "Left ventricle inflow", (3010, 3011, 3609)
)
"""Left ventricle inflow (SCT 70238003)."""

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left ventricle outflow tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left ventricle outflow tract (SCT 13418002)."""

LingualArtery: _Final[_Code] = _Code("SCT", "113264009", "Lingual artery", (3010, 3606))
"""Lingual artery (SCT 113264009)."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar artery", (3010, 3606, 12111))
"""Lumbar artery (SCT 34635009)."""

MesentericArtery: _Final[_Code] = _Code("SCT", "86570000", "Mesenteric artery", (3010, 3606))
"""Mesenteric artery (SCT 86570000)."""

MesentericVein: _Final[_Code] = _Code("SCT", "128583004", "Mesenteric vein", (3010, 3607))
"""Mesenteric vein (SCT 128583004)."""

OccipitalArtery: _Final[_Code] = _Code("SCT", "31145008", "Occipital artery", (3010, 3606))
"""Occipital artery (SCT 31145008)."""

OccipitalVein: _Final[_Code] = _Code("SCT", "32114007", "Occipital vein", (3010,))
"""Occipital vein (SCT 32114007)."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic artery (SCT 53549008)."""

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "Patent ductus arteriosus", (3010, 3606, 12293)
)
"""Patent ductus arteriosus (SCT 83330001)."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "Peroneal artery", (3010, 3606, 12109))
"""Peroneal artery (SCT 8821006)."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal artery", (3010, 3440, 3606, 12109)
)
"""Popliteal artery (SCT 43899006)."""

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal vein", (3010, 3607, 12114))
"""Portal vein (SCT 32764006)."""

PosteriorCommunicationArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "Posterior communication artery", (3010, 3606, 12105)
)
"""Posterior communication artery (SCT 43119007)."""

PosteriorMedialTributary: _Final[_Code] = _Code(
    "SCT", "128569001", "Posterior medial tributary", (3010, 3607)
)
"""Posterior medial tributary (SCT 128569001)."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior tibial artery", (3010, 3440, 12109)
)
"""Posterior tibial artery (SCT 13363002)."""

PrimitiveAorta: _Final[_Code] = _Code("SCT", "14944004", "Primitive aorta", (3010, 3606))
"""Primitive aorta (SCT 14944004)."""

PrimitivePulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "91707000", "Primitive pulmonary artery", (3010, 3606)
)
"""Primitive pulmonary artery (SCT 91707000)."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000)."""

PulmonaryArteryConduit: _Final[_Code] = _Code(
    "SCT", "128584005", "Pulmonary artery conduit", (3010, 3606)
)
"""Pulmonary artery conduit (SCT 128584005)."""

PulmonaryChamberOfCorTriatriatum: _Final[_Code] = _Code(
    "SCT", "128586007", "Pulmonary chamber of cor triatriatum", (3010, 3608)
)
"""Pulmonary chamber of cor triatriatum (SCT 128586007)."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007)."""

PulmonaryVeinConfluence: _Final[_Code] = _Code(
    "SCT", "128566008", "Pulmonary vein confluence", (3010, 3607)
)
"""Pulmonary vein confluence (SCT 128566008)."""

PulmonaryVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128567004", "Pulmonary venous atrium", (3010, 3608)
)
"""Pulmonary venous atrium (SCT 128567004)."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial artery", (3010, 3440, 3606, 12107))
"""Radial artery (SCT 45631007)."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal artery (SCT 2841007)."""

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal vein", (3010, 3607, 12115))
"""Renal vein (SCT 56400007)."""

RightAtrium: _Final[_Code] = _Code(
    "SCT", "73829009", "Right atrium", (3010, 3011, 3462, 3608, 12284, 12305)
)
"""Right atrium (SCT 73829009)."""

RightAuricularAppendage: _Final[_Code] = _Code(
    "SCT", "68300000", "Right auricular appendage", (3010, 3011, 12284)
)
"""Right auricular appendage (SCT 68300000)."""

RightFemoralArtery: _Final[_Code] = _Code("SCT", "69833005", "Right femoral artery", (3010, 3606))
"""Right femoral artery (SCT 69833005)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right ventricle (SCT 53085002)."""

RightVentricleInflow: _Final[_Code] = _Code(
    "SCT", "8017000", "Right ventricle inflow", (3010, 3011, 3609)
)
"""Right ventricle inflow (SCT 8017000)."""

RightVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "44627009",
    "Right ventricle outflow tract",
    (3010, 3011, 3609, 3610, 12223, 12280, 12305),
)
"""Right ventricle outflow tract (SCT 44627009)."""

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral junction", (3010, 3607, 12110)
)
"""Saphenofemoral junction (SCT 128587003)."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009)."""

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic artery", (3010, 12112))
"""Splenic artery (SCT 22083002)."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic vein", (3010, 3607, 12114))
"""Splenic vein (SCT 35819009)."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian artery (SCT 36765005)."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009)."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008)."""

SuperficialTemporalArtery: _Final[_Code] = _Code(
    "SCT", "15672000", "Superficial temporal artery", (3010, 3606)
)
"""Superficial temporal artery (SCT 15672000)."""

SuperiorLeftPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "43863001", "Superior left pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior left pulmonary vein (SCT 43863001)."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior mesenteric artery", (3010, 12112)
)
"""Superior mesenteric artery (SCT 42258001)."""

SuperiorRightPulmonaryVein: _Final[_Code] = _Code(
    "SCT", "8629005", "Superior right pulmonary vein", (3010, 3011, 3840, 12280)
)
"""Superior right pulmonary vein (SCT 8629005)."""

SuperiorThyroidArtery: _Final[_Code] = _Code(
    "SCT", "72021004", "Superior thyroid artery", (3010, 3606)
)
"""Superior thyroid artery (SCT 72021004)."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005)."""

SystemicCollateralArteryToLung: _Final[_Code] = _Code(
    "SCT", "128589000", "Systemic collateral artery to lung", (3010, 3606)
)
"""Systemic collateral artery to lung (SCT 128589000)."""

SystemicVenousAtrium: _Final[_Code] = _Code(
    "SCT", "128568009", "Systemic venous atrium", (3010, 3608)
)
"""Systemic venous atrium (SCT 128568009)."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic aorta (SCT 113262008)."""

TruncusArteriosusCommunis: _Final[_Code] = _Code(
    "SCT", "61959006", "Truncus arteriosus communis", (3010, 3606)
)
"""Truncus arteriosus communis (SCT 61959006)."""

TruncusCoeliacus: _Final[_Code] = _Code("SCT", "57850000", "Truncus coeliacus", (3010, 12112))
"""Truncus coeliacus (SCT 57850000)."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar artery", (3010, 3440, 12107))
"""Ulnar artery (SCT 44984001)."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical artery", (3010, 3606, 12111, 12140)
)
"""Umbilical artery (SCT 50536004)."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical vein", (3010, 3607, 12114))
"""Umbilical vein (SCT 284639000)."""

Vein: _Final[_Code] = _Code("SCT", "29092000", "Vein", (4, 3010, 3496, 3607, 7166))
"""Vein (SCT 29092000)."""

VenaCava: _Final[_Code] = _Code("SCT", "35532006", "Vena cava", (3010,))
"""Vena cava (SCT 35532006)."""

VenousNetwork: _Final[_Code] = _Code("SCT", "34340008", "Venous network", (3010, 3607))
"""Venous network (SCT 34340008)."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AbdominalAorta,
    AnomalousPulmonaryVein,
    AntecubitalVein,
    AnteriorCardiacVein,
    AnteriorCommunicatingArtery,
    AnteriorSpinalArtery,
    AnteriorTibialArtery,
    Aorta,
    AorticArch,
    AorticFistula,
    ApexOfLeftVentricle,
    ApexOfRightVentricle,
    Artery,
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
    CarotidArtery,
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
    CoronaryArtery,
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
    PulmonaryArtery,
    PulmonaryArteryConduit,
    PulmonaryChamberOfCorTriatriatum,
    PulmonaryVein,
    PulmonaryVeinConfluence,
    PulmonaryVenousAtrium,
    RadialArtery,
    RenalArtery,
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
    ThoracicAorta,
    TruncusArteriosusCommunis,
    TruncusCoeliacus,
    UlnarArtery,
    UmbilicalArtery,
    UmbilicalVein,
    Vein,
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
