"""CID 12103 Vascular Ultrasound Anatomic Location.

Extensible, version 20030327, UID 1.2.840.10008.6.1.570.
Includes CID 12104, CID 12105, CID 12106, CID 12107, CID 12108, CID 12109, CID 12110, CID 12111, CID 12112, CID 12113, CID 12114, CID 12115.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12103
NAME: _Final[str] = "Vascular Ultrasound Anatomic Location"
KEYWORD: _Final[str | None] = "VascularUltrasoundAnatomicLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.570"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = (
    12104,
    12105,
    12106,
    12107,
    12108,
    12109,
    12110,
    12111,
    12112,
    12113,
    12114,
    12115,
)
EXTERNAL_SCHEME: _Final[str | None] = None

CarotidBifurcation: _Final[_Code] = _Code("SCT", "80272002", "Carotid Bifurcation", (12104,))
"""Carotid Bifurcation (SCT 80272002). Included from CID 12104."""

CarotidBulb: _Final[_Code] = _Code("SCT", "21479005", "Carotid Bulb", (12104,))
"""Carotid Bulb (SCT 21479005). Included from CID 12104."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common Carotid Artery", (3010, 3606, 6117, 12104)
)
"""Common Carotid Artery (SCT 32062004). Included from CID 12104."""

ExternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "22286001", "External Carotid Artery", (3010, 12104)
)
"""External Carotid Artery (SCT 22286001). Included from CID 12104."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002). Included from CID 12104."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian Artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian Artery (SCT 36765005). Included from CID 12104."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral Artery", (3010, 3606, 6117, 12104)
)
"""Vertebral Artery (SCT 85234005). Included from CID 12104."""

AnteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "60176003", "Anterior Cerebral Artery", (12105,)
)
"""Anterior Cerebral Artery (SCT 60176003). Included from CID 12105."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "Anterior Communicating Artery", (3010, 3606, 12105)
)
"""Anterior Communicating Artery (SCT 8012006). Included from CID 12105."""

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

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic Artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic Artery (SCT 53549008). Included from CID 12105."""

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

PosteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "Posterior Communicating Artery", (3010, 3606, 12105)
)
"""Posterior Communicating Artery (SCT 43119007). Included from CID 12105."""

BasilarArtery: _Final[_Code] = _Code("SCT", "59011009", "Basilar Artery", (3010, 3606, 12106))
"""Basilar Artery (SCT 59011009). Included from CID 12106."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003). Included from CID 12107."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial Artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial Artery (SCT 17137000). Included from CID 12107."""

DeepPalmarArchOfRadialArtery: _Final[_Code] = _Code(
    "SCT", "10119003", "Deep Palmar Arch of Radial Artery", (12107,)
)
"""Deep Palmar Arch of Radial Artery (SCT 10119003). Included from CID 12107."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate Artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate Artery (SCT 12691009). Included from CID 12107."""

RadialArtery: _Final[_Code] = _Code("SCT", "45631007", "Radial Artery", (3010, 3440, 3606, 12107))
"""Radial Artery (SCT 45631007). Included from CID 12107."""

SuperficialPalmarArch: _Final[_Code] = _Code("SCT", "26818002", "Superficial Palmar Arch", (12107,))
"""Superficial Palmar Arch (SCT 26818002). Included from CID 12107."""

UlnarArtery: _Final[_Code] = _Code("SCT", "44984001", "Ulnar Artery", (3010, 3440, 12107))
"""Ulnar Artery (SCT 44984001). Included from CID 12107."""

DigitalArteryOfHand: _Final[_Code] = _Code("SCT", "40254007", "Digital artery of hand", (12107,))
"""Digital artery of hand (SCT 40254007). Included from CID 12107."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008). Included from CID 12108."""

BasilicVein: _Final[_Code] = _Code("SCT", "19715009", "Basilic vein", (3607, 12108))
"""Basilic vein (SCT 19715009). Included from CID 12108."""

BrachialVein: _Final[_Code] = _Code("SCT", "20115005", "Brachial vein", (3010, 3607, 12108))
"""Brachial vein (SCT 20115005). Included from CID 12108."""

CephalicVein: _Final[_Code] = _Code("SCT", "20699002", "Cephalic vein", (3010, 3607, 12108))
"""Cephalic vein (SCT 20699002). Included from CID 12108."""

InnominateVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Innominate vein", (3010, 3607, 6117, 12108)
)
"""Innominate vein (SCT 8887007). Included from CID 12108."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal Jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal Jugular vein (SCT 12123001). Included from CID 12108."""

MedianCubitalVein: _Final[_Code] = _Code("SCT", "49852007", "Median Cubital vein", (12108,))
"""Median Cubital vein (SCT 49852007). Included from CID 12108."""

RadialVein: _Final[_Code] = _Code("SCT", "52359001", "Radial vein", (12108,))
"""Radial vein (SCT 52359001). Included from CID 12108."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009). Included from CID 12108."""

UlnarVein: _Final[_Code] = _Code("SCT", "17623008", "Ulnar vein", (12108,))
"""Ulnar vein (SCT 17623008). Included from CID 12108."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior Vena Cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior Vena Cava (SCT 48345005). Included from CID 12108."""

DeepPalmarVenousArch: _Final[_Code] = _Code("SCT", "368481004", "Deep Palmar Venous Arch", (12108,))
"""Deep Palmar Venous Arch (SCT 368481004). Included from CID 12108."""

SuperficialPalmarVenousArch: _Final[_Code] = _Code(
    "SCT", "368479001", "Superficial Palmar Venous Arch", (12108,)
)
"""Superficial Palmar Venous Arch (SCT 368479001). Included from CID 12108."""

CommonIliacArtery: _Final[_Code] = _Code(
    "SCT", "73634005", "Common Iliac Artery", (3010, 12109, 12111, 12140)
)
"""Common Iliac Artery (SCT 73634005). Included from CID 12109."""

CommonIliacArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "413896006", "Common Iliac Artery Bifurcation", (1005, 3837, 12109)
)
"""Common Iliac Artery Bifurcation (SCT 413896006). Included from CID 12109."""

AnteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "68053000", "Anterior Tibial Artery", (3010, 12109)
)
"""Anterior Tibial Artery (SCT 68053000). Included from CID 12109."""

CommonFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181347005", "Common Femoral Artery", (3010, 3606, 12109)
)
"""Common Femoral Artery (SCT 181347005). Included from CID 12109."""

DorsalisPedisArtery: _Final[_Code] = _Code(
    "SCT", "86547008", "Dorsalis Pedis Artery", (3440, 12109)
)
"""Dorsalis Pedis Artery (SCT 86547008). Included from CID 12109."""

ExternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "113269004", "External Iliac Artery", (3010, 12109)
)
"""External Iliac Artery (SCT 113269004). Included from CID 12109."""

InternalIliacArtery: _Final[_Code] = _Code(
    "SCT", "90024005", "Internal Iliac Artery", (3010, 12109)
)
"""Internal Iliac Artery (SCT 90024005). Included from CID 12109."""

PeronealArtery: _Final[_Code] = _Code("SCT", "8821006", "Peroneal Artery", (3010, 3606, 12109))
"""Peroneal Artery (SCT 8821006). Included from CID 12109."""

PlantarArterialArch: _Final[_Code] = _Code("SCT", "83018002", "Plantar Arterial Arch", (12109,))
"""Plantar Arterial Arch (SCT 83018002). Included from CID 12109."""

PoplitealArtery: _Final[_Code] = _Code(
    "SCT", "43899006", "Popliteal Artery", (3010, 3440, 3606, 12109)
)
"""Popliteal Artery (SCT 43899006). Included from CID 12109."""

PosteriorTibialArtery: _Final[_Code] = _Code(
    "SCT", "13363002", "Posterior Tibial Artery", (3010, 3440, 12109)
)
"""Posterior Tibial Artery (SCT 13363002). Included from CID 12109."""

ProfundaFemorisArtery: _Final[_Code] = _Code(
    "SCT", "31677005", "Profunda Femoris Artery", (3010, 3606, 12109)
)
"""Profunda Femoris Artery (SCT 31677005). Included from CID 12109."""

SuperficialFemoralArtery: _Final[_Code] = _Code(
    "SCT", "181349008", "Superficial Femoral Artery", (3010, 3606, 12109)
)
"""Superficial Femoral Artery (SCT 181349008). Included from CID 12109."""

AnteriorTibialVein: _Final[_Code] = _Code("SCT", "26703007", "Anterior Tibial Vein", (12110,))
"""Anterior Tibial Vein (SCT 26703007). Included from CID 12110."""

LateralCalfPerforator: _Final[_Code] = _Code(
    "SCT", "714754004", "Lateral calf perforator", (12110,)
)
"""Lateral calf perforator (SCT 714754004). Included from CID 12110."""

CommonFemoralVein: _Final[_Code] = _Code("SCT", "397363009", "Common Femoral Vein", (12110,))
"""Common Femoral Vein (SCT 397363009). Included from CID 12110."""

CommonIliacVein: _Final[_Code] = _Code("SCT", "46027005", "Common Iliac Vein", (3010, 12110, 12113))
"""Common Iliac Vein (SCT 46027005). Included from CID 12110."""

ExternalIliacVein: _Final[_Code] = _Code("SCT", "63507001", "External Iliac Vein", (3010, 12110))
"""External Iliac Vein (SCT 63507001). Included from CID 12110."""

GastrocnemiusVein: _Final[_Code] = _Code("SCT", "264481007", "Gastrocnemius vein", (12110,))
"""Gastrocnemius vein (SCT 264481007). Included from CID 12110."""

GiacominiVein: _Final[_Code] = _Code("SCT", "397437000", "Giacomini vein", (12110,))
"""Giacomini vein (SCT 397437000). Included from CID 12110."""

GreatSaphenousVein: _Final[_Code] = _Code(
    "SCT", "60734001", "Great Saphenous Vein", (3010, 3607, 12110)
)
"""Great Saphenous Vein (SCT 60734001). Included from CID 12110."""

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

SaphenofemoralJunction: _Final[_Code] = _Code(
    "SCT", "128587003", "Saphenofemoral Junction", (3010, 3607, 12110)
)
"""Saphenofemoral Junction (SCT 128587003). Included from CID 12110."""

SaphenousVein: _Final[_Code] = _Code("SCT", "362072009", "Saphenous vein", (3010, 3607, 12110))
"""Saphenous vein (SCT 362072009). Included from CID 12110."""

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

HunterianPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128560002", "Hunterian perforating vein", (3010, 3607, 12110)
)
"""Hunterian perforating vein (SCT 128560002). Included from CID 12110."""

CockettPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128549006", "Cockett's perforating vein", (12110,)
)
"""Cockett's perforating vein (SCT 128549006). Included from CID 12110."""

BoydPerforatingVein: _Final[_Code] = _Code(
    "SCT", "128548003", "Boyd's perforating vein", (3010, 3607, 12110)
)
"""Boyd's perforating vein (SCT 128548003). Included from CID 12110."""

AccessoryRenalArtery: _Final[_Code] = _Code(
    "SCT", "85383006", "Accessory Renal Artery", (12111, 12115)
)
"""Accessory Renal Artery (SCT 85383006). Included from CID 12111."""

GastricArtery: _Final[_Code] = _Code("SCT", "23771002", "Gastric Artery", (12111,))
"""Gastric Artery (SCT 23771002). Included from CID 12111."""

LumbarArtery: _Final[_Code] = _Code("SCT", "34635009", "Lumbar Artery", (3010, 3606, 12111))
"""Lumbar Artery (SCT 34635009). Included from CID 12111."""

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

UmbilicalArtery: _Final[_Code] = _Code(
    "SCT", "50536004", "Umbilical Artery", (3010, 3606, 12111, 12140)
)
"""Umbilical Artery (SCT 50536004). Included from CID 12111."""

UterineArtery: _Final[_Code] = _Code("SCT", "91079009", "Uterine Artery", (12111, 12140))
"""Uterine Artery (SCT 91079009). Included from CID 12111."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008). Included from CID 12112."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-renal Aorta", (12112, 12291))
"""Infra-renal Aorta (SCT 28205006). Included from CID 12112."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra-renal Aorta", (12112, 12291))
"""Supra-renal Aorta (SCT 1918003). Included from CID 12112."""

CeliacAxis: _Final[_Code] = _Code("SCT", "57850000", "Celiac Axis", (3010, 12112))
"""Celiac Axis (SCT 57850000). Included from CID 12112."""

CommonHepaticArtery: _Final[_Code] = _Code("SCT", "66559000", "Common Hepatic Artery", (12112,))
"""Common Hepatic Artery (SCT 66559000). Included from CID 12112."""

GastroduodenalArtery: _Final[_Code] = _Code("SCT", "37274004", "Gastroduodenal Artery", (12112,))
"""Gastroduodenal Artery (SCT 37274004). Included from CID 12112."""

InferiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "33795007", "Inferior Mesenteric Artery", (3010, 12112)
)
"""Inferior Mesenteric Artery (SCT 33795007). Included from CID 12112."""

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

SplenicArtery: _Final[_Code] = _Code("SCT", "22083002", "Splenic Artery", (3010, 12112))
"""Splenic Artery (SCT 22083002). Included from CID 12112."""

SuperiorMesentericArtery: _Final[_Code] = _Code(
    "SCT", "42258001", "Superior Mesenteric Artery", (3010, 12112)
)
"""Superior Mesenteric Artery (SCT 42258001). Included from CID 12112."""

GastricVein: _Final[_Code] = _Code("SCT", "110568007", "Gastric vein", (3010, 3607, 12113))
"""Gastric vein (SCT 110568007). Included from CID 12113."""

IlealVein: _Final[_Code] = _Code("SCT", "397439002", "Ileal vein", (12113,))
"""Ileal vein (SCT 397439002). Included from CID 12113."""

OvarianVein: _Final[_Code] = _Code("SCT", "976004", "Ovarian vein", (12113, 12140))
"""Ovarian vein (SCT 976004). Included from CID 12113."""

TesticularVein: _Final[_Code] = _Code("SCT", "31688004", "Testicular Vein", (12113,))
"""Testicular Vein (SCT 31688004). Included from CID 12113."""

HepaticVein: _Final[_Code] = _Code("SCT", "8993003", "Hepatic Vein", (3010, 3607, 12114, 12282))
"""Hepatic Vein (SCT 8993003). Included from CID 12114."""

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

PortalVein: _Final[_Code] = _Code("SCT", "32764006", "Portal Vein", (3010, 3607, 12114))
"""Portal Vein (SCT 32764006). Included from CID 12114."""

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

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior Vena Cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior Vena Cava (SCT 64131007). Included from CID 12114."""

SplenicVein: _Final[_Code] = _Code("SCT", "35819009", "Splenic Vein", (3010, 3607, 12114))
"""Splenic Vein (SCT 35819009). Included from CID 12114."""

SuperiorMesentericVein: _Final[_Code] = _Code(
    "SCT", "90771006", "Superior Mesenteric Vein", (12114,)
)
"""Superior Mesenteric Vein (SCT 90771006). Included from CID 12114."""

TransjugularIntrahepaticPortosystemicShunt: _Final[_Code] = _Code(
    "SCT", "397423009", "Transjugular Intrahepatic Portosystemic Shunt", (12114,)
)
"""Transjugular Intrahepatic Portosystemic Shunt (SCT 397423009). Included from CID 12114."""

UmbilicalVein: _Final[_Code] = _Code("SCT", "284639000", "Umbilical Vein", (3010, 3607, 12114))
"""Umbilical Vein (SCT 284639000). Included from CID 12114."""

RenalArtery: _Final[_Code] = _Code(
    "SCT", "2841007", "Renal Artery", (3010, 3606, 3837, 4030, 12115)
)
"""Renal Artery (SCT 2841007). Included from CID 12115."""

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

RenalVein: _Final[_Code] = _Code("SCT", "56400007", "Renal Vein", (3010, 3607, 12115))
"""Renal Vein (SCT 56400007). Included from CID 12115."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CarotidBifurcation,
    CarotidBulb,
    CommonCarotidArtery,
    ExternalCarotidArtery,
    InternalCarotidArtery,
    SubclavianArtery,
    VertebralArtery,
    AnteriorCerebralArtery,
    AnteriorCommunicatingArtery,
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
    OphthalmicArtery,
    PosteriorCerebralArtery,
    PosteriorCerebralArteryP1Segment,
    PosteriorCerebralArteryP2Segment,
    PosteriorCommunicatingArtery,
    BasilarArtery,
    AxillaryArtery,
    BrachialArtery,
    DeepPalmarArchOfRadialArtery,
    InnominateArtery,
    RadialArtery,
    SuperficialPalmarArch,
    UlnarArtery,
    DigitalArteryOfHand,
    AxillaryVein,
    BasilicVein,
    BrachialVein,
    CephalicVein,
    InnominateVein,
    InternalJugularVein,
    MedianCubitalVein,
    RadialVein,
    SubclavianVein,
    UlnarVein,
    SuperiorVenaCava,
    DeepPalmarVenousArch,
    SuperficialPalmarVenousArch,
    CommonIliacArtery,
    CommonIliacArteryBifurcation,
    AnteriorTibialArtery,
    CommonFemoralArtery,
    DorsalisPedisArtery,
    ExternalIliacArtery,
    InternalIliacArtery,
    PeronealArtery,
    PlantarArterialArch,
    PoplitealArtery,
    PosteriorTibialArtery,
    ProfundaFemorisArtery,
    SuperficialFemoralArtery,
    AnteriorTibialVein,
    LateralCalfPerforator,
    CommonFemoralVein,
    CommonIliacVein,
    ExternalIliacVein,
    GastrocnemiusVein,
    GiacominiVein,
    GreatSaphenousVein,
    GreatSaphenousVeinOfThigh,
    GreatSaphenousVeinOfCalf,
    LesserSaphenousVein,
    PeronealVein,
    PoplitealVein,
    PosteriorArchVein,
    PosteriorTibialVein,
    ProfundaFemorisVein,
    SaphenofemoralJunction,
    SaphenousVein,
    SolealVein,
    SuperficialFemoralVein,
    ThighPerforator,
    InternalIliacVein,
    SaphenopoplitealJunction,
    HunterianPerforatingVein,
    CockettPerforatingVein,
    BoydPerforatingVein,
    AccessoryRenalArtery,
    GastricArtery,
    LumbarArtery,
    FirstLumbarArtery,
    SecondLumbarArtery,
    ThirdLumbarArtery,
    FourthLumbarArtery,
    FifthLumbarArtery,
    SixthLumbarArtery,
    OvarianArtery,
    TesticularArtery,
    UmbilicalArtery,
    UterineArtery,
    AbdominalAorta,
    InfraRenalAorta,
    SupraRenalAorta,
    CeliacAxis,
    CommonHepaticArtery,
    GastroduodenalArtery,
    InferiorMesentericArtery,
    ProperHepaticArtery,
    RightBranchOfHepaticArtery,
    LeftBranchOfHepaticArtery,
    SplenicArtery,
    SuperiorMesentericArtery,
    GastricVein,
    IlealVein,
    OvarianVein,
    TesticularVein,
    HepaticVein,
    InferiorRightHepaticVein,
    LeftHepaticVein,
    MiddleHepaticVein,
    RightHepaticVein,
    PortalVein,
    LeftMainBranchOfPortalVein,
    RightMainBranchOfPortalVein,
    InferiorMesentericVein,
    InferiorVenaCava,
    SplenicVein,
    SuperiorMesentericVein,
    TransjugularIntrahepaticPortosystemicShunt,
    UmbilicalVein,
    RenalArtery,
    HilarArtery,
    SegmentalArtery,
    LobarArtery,
    ArcuateArteryOfTheKidney,
    InterlobarArteryOfKidney,
    InterlobularArteryOfKidney,
    PerforatingArteryOfKidney,
    RenalVein,
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
