"""CID 3606 Arterial Source Location.

Extensible, version 20200310, UID 1.2.840.10008.6.1.156.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3606
NAME: _Final[str] = "Arterial Source Location"
KEYWORD: _Final[str | None] = "ArterialSourceLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.156"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008)."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "anterior communicating artery", (3010, 3606, 12105)
)
"""anterior communicating artery (SCT 8012006)."""

AnteriorSpinalArtery: _Final[_Code] = _Code(
    "SCT", "17388009", "anterior spinal artery", (3010, 3606)
)
"""anterior spinal artery (SCT 17388009)."""

Aorta: _Final[_Code] = _Code(
    "SCT", "15825003", "Aorta", (3010, 3606, 6129, 6204, 7152, 12141, 12223)
)
"""Aorta (SCT 15825003)."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

AorticFistula: _Final[_Code] = _Code("SCT", "128551005", "Aortic fistula", (3010, 3606))
"""Aortic fistula (SCT 128551005)."""

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

Baffle: _Final[_Code] = _Code("SCT", "128981007", "Baffle", (3010, 3606, 3608))
"""Baffle (SCT 128981007)."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "basilar artery", (3010, 3606, 12106))
"""basilar artery (SCT 59011009)."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000)."""

BrachiocephalicTrunk: _Final[_Code] = _Code(
    "SCT", "12691009", "brachiocephalic trunk", (3010, 3606, 6117, 12107, 12291)
)
"""brachiocephalic trunk (SCT 12691009)."""

CarotidArtery: _Final[_Code] = _Code(
    "SCT", "69105007", "Carotid Artery", (1002, 3010, 3440, 3606, 4030)
)
"""Carotid Artery (SCT 69105007)."""

CerebralArtery: _Final[_Code] = _Code("SCT", "88556005", "cerebral artery", (3010, 3606))
"""cerebral artery (SCT 88556005)."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004)."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005)."""

CoronaryArtery: _Final[_Code] = _Code("SCT", "41801008", "Coronary Artery", (3010, 3606, 4030))
"""Coronary Artery (SCT 41801008)."""

DescendingAorta: _Final[_Code] = _Code("SCT", "32672002", "Descending aorta", (3010, 3606))
"""Descending aorta (SCT 32672002)."""

FacialArtery: _Final[_Code] = _Code("SCT", "23074001", "facial artery", (3010, 3606))
"""facial artery (SCT 23074001)."""

FemoralArtery: _Final[_Code] = _Code("SCT", "7657000", "Femoral artery", (3010, 3440, 3606))
"""Femoral artery (SCT 7657000)."""

FistulaCoronaryToLeftAtrium: _Final[_Code] = _Code(
    "SCT", "128555001", "Fistula coronary to left atrium", (3010, 3606)
)
"""Fistula coronary to left atrium (SCT 128555001)."""

FistulaCoronaryToLeftVentricle: _Final[_Code] = _Code(
    "SCT", "128556000", "Fistula coronary to left ventricle", (3010, 3606)
)
"""Fistula coronary to left ventricle (SCT 128556000)."""

FistulaCoronaryToRightAtrium: _Final[_Code] = _Code(
    "SCT", "373095005", "Fistula coronary to right atrium", (3606,)
)
"""Fistula coronary to right atrium (SCT 373095005)."""

FistulaCoronaryToRightVentricle: _Final[_Code] = _Code(
    "SCT", "128558004", "Fistula coronary to right ventricle", (3010, 3606)
)
"""Fistula coronary to right ventricle (SCT 128558004)."""

GeniculateArtery: _Final[_Code] = _Code("SCT", "128559007", "geniculate artery", (3010, 3606))
"""geniculate artery (SCT 128559007)."""

HepaticArtery: _Final[_Code] = _Code("SCT", "76015000", "Hepatic artery", (3010, 3606))
"""Hepatic artery (SCT 76015000)."""

IliacArtery: _Final[_Code] = _Code("SCT", "10293006", "Iliac artery", (3010, 3606))
"""Iliac artery (SCT 10293006)."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "internal carotid artery", (3010, 3606, 12104, 12105)
)
"""internal carotid artery (SCT 86117002)."""

InternalMammaryArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal mammary artery", (3010, 3606, 6117)
)
"""Internal mammary artery (SCT 69327007)."""

LacrimalArtery: _Final[_Code] = _Code("SCT", "59749000", "lacrimal artery", (3010, 3606))
"""lacrimal artery (SCT 59749000)."""

LateralPlantarArtery: _Final[_Code] = _Code("SCT", "44830000", "lateral plantar artery", (3606,))
"""lateral plantar artery (SCT 44830000)."""

LeftFemoralArtery: _Final[_Code] = _Code("SCT", "113270003", "Left femoral artery", (3010, 3606))
"""Left femoral artery (SCT 113270003)."""

LeftPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "50408007", "Left pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Left pulmonary artery (SCT 50408007)."""

LingualArtery: _Final[_Code] = _Code("SCT", "113264009", "lingual artery", (3010, 3606))
"""lingual artery (SCT 113264009)."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "lumbar artery", (3010, 3606, 12111))
"""lumbar artery (SCT 34635009)."""

MesentericArtery: _Final[_Code] = _Code("SCT", "86570000", "mesenteric artery", (3010, 3606))
"""mesenteric artery (SCT 86570000)."""

MedialPlantarArtery: _Final[_Code] = _Code("SCT", "74156002", "medial plantar artery", (3606,))
"""medial plantar artery (SCT 74156002)."""

NeoAorta: _Final[_Code] = _Code("SCT", "14944004", "Neo-aorta (primitive aorta)", (3010, 3606))
"""Neo-aorta (primitive aorta) (SCT 14944004)."""

NeonatalPulmonaryArteryPrimitivePA: _Final[_Code] = _Code(
    "SCT", "91707000", "Neonatal pulmonary artery (primitive PA)", (3010, 3606)
)
"""Neonatal pulmonary artery (primitive PA) (SCT 91707000)."""

OccipitalArtery: _Final[_Code] = _Code("SCT", "31145008", "occipital artery", (3010, 3606))
"""occipital artery (SCT 31145008)."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "ophthalmic artery", (3010, 3606, 4209, 12105)
)
"""ophthalmic artery (SCT 53549008)."""

PatentDuctusArteriosus: _Final[_Code] = _Code(
    "SCT", "83330001", "patent ductus arteriosus", (3010, 3606, 12293)
)
"""patent ductus arteriosus (SCT 83330001)."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "peroneal artery", (3010, 3606, 12109))
"""peroneal artery (SCT 8821006)."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "popliteal artery", (3010, 3440, 3606, 12109)
)
"""popliteal artery (SCT 43899006)."""

PosteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "posterior communicating artery", (3010, 3606, 12105)
)
"""posterior communicating artery (SCT 43119007)."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005)."""

PulmonaryArteriovenousFistula: _Final[_Code] = _Code(
    "SCT", "111289009", "Pulmonary arteriovenous fistula", (3010, 3606)
)
"""Pulmonary arteriovenous fistula (SCT 111289009)."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000)."""

PulmonaryArteryConduit: _Final[_Code] = _Code(
    "SCT", "128584005", "Pulmonary artery conduit", (3010, 3606)
)
"""Pulmonary artery conduit (SCT 128584005)."""

PulmonaryVeinWedge: _Final[_Code] = _Code("SCT", "371829003", "Pulmonary vein wedge", (3606,))
"""Pulmonary vein wedge (SCT 371829003)."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "radial artery", (3010, 3440, 3606, 12107))
"""radial artery (SCT 45631007)."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal artery (SCT 2841007)."""

RightFemoralArtery: _Final[_Code] = _Code("SCT", "69833005", "Right femoral artery", (3010, 3606))
"""Right femoral artery (SCT 69833005)."""

RightPulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "78480002", "Right pulmonary artery", (3010, 3606, 3829, 12280, 12305)
)
"""Right pulmonary artery (SCT 78480002)."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005)."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008)."""

SuperficialTemporalArtery: _Final[_Code] = _Code(
    "SCT", "15672000", "superficial temporal artery", (3010, 3606)
)
"""superficial temporal artery (SCT 15672000)."""

SuperiorThyroidArtery: _Final[_Code] = _Code(
    "SCT", "72021004", "superior thyroid artery", (3010, 3606)
)
"""superior thyroid artery (SCT 72021004)."""

SystemicCollateralArteryToLung: _Final[_Code] = _Code(
    "SCT", "128589000", "Systemic collateral Artery to lung", (3010, 3606)
)
"""Systemic collateral Artery to lung (SCT 128589000)."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic aorta (SCT 113262008)."""

TibialArtery: _Final[_Code] = _Code("SCT", "181351007", "tibial artery", (3606,))
"""tibial artery (SCT 181351007)."""

TruncusArteriosusCommunis: _Final[_Code] = _Code(
    "SCT", "61959006", "Truncus Arteriosus Communis", (3010, 3606)
)
"""Truncus Arteriosus Communis (SCT 61959006)."""

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical artery", (3010, 3606, 12111, 12140)
)
"""Umbilical artery (SCT 50536004)."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005)."""

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
