"""CID 3604 Arterial Lesion Location.

Extensible, version 20030327, UID 1.2.840.10008.6.1.155.
Includes CID 3015, CID 3606.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3604
NAME: _Final[str] = "Arterial Lesion Location"
KEYWORD: _Final[str | None] = "ArterialLesionLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.155"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (3015, 3606)
EXTERNAL_SCHEME: _Final[str | None] = None

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
