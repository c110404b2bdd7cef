"""CID 4029 Dermatology Anatomic Site.

Extensible, version 20230630, UID 1.2.840.10008.6.1.1268.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4029
NAME: _Final[str] = "Dermatology Anatomic Site"
KEYWORD: _Final[str | None] = "DermatologyAnatomicSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.1268"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorTriangleOfNeck: _Final[_Code] = _Code(
    "SCT", "182329002", "Anterior triangle of neck", (4029,)
)
"""Anterior triangle of neck (SCT 182329002)."""

Cornea: _Final[_Code] = _Code("SCT", "28726007", "Cornea", (4, 4029, 4209, 4211, 4233, 4266))
"""Cornea (SCT 28726007)."""

Eyelash: _Final[_Code] = _Code("SCT", "85803001", "Eyelash", (4029,))
"""Eyelash (SCT 85803001)."""

FemaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279479008", "Female external urethral orifice", (4029,)
)
"""Female external urethral orifice (SCT 279479008)."""

FrenulumOfLabiaMinora: _Final[_Code] = _Code(
    "SCT", "279867004", "Frenulum of labia minora", (4029,)
)
"""Frenulum of labia minora (SCT 279867004)."""

GroinSkinCrease: _Final[_Code] = _Code("SCT", "280387007", "Groin skin crease", (4029,))
"""Groin skin crease (SCT 280387007)."""

Hair: _Final[_Code] = _Code("SCT", "386045008", "Hair", (4029,))
"""Hair (SCT 386045008)."""

Iris: _Final[_Code] = _Code("SCT", "41296002", "Iris", (4029, 4209, 4211))
"""Iris (SCT 41296002)."""

MaleExternalUrethralOrifice: _Final[_Code] = _Code(
    "SCT", "279478000", "Male external urethral orifice", (4029,)
)
"""Male external urethral orifice (SCT 279478000)."""

MucosaOfDorsumOfOralPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281534", "Mucosa of dorsum of oral part of tongue", (4029,)
)
"""Mucosa of dorsum of oral part of tongue (FMA 281534)."""

MucosaOfDorsumOfPharyngealPartOfTongue: _Final[_Code] = _Code(
    "FMA", "281537", "Mucosa of dorsum of pharyngeal part of tongue", (4029,)
)
"""Mucosa of dorsum of pharyngeal part of tongue (FMA 281537)."""

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

MucosaOfOralSegmentOfHardPalate: _Final[_Code] = _Code(
    "FMA", "289677", "Mucosa of oral segment of hard palate", (4029,)
)
"""Mucosa of oral segment of hard palate (FMA 289677)."""

MucosaOfPalatoglossalArch: _Final[_Code] = _Code(
    "FMA", "60031", "Mucosa of palatoglossal arch", (4029,)
)
"""Mucosa of palatoglossal arch (FMA 60031)."""

MucosaOfPharynx: _Final[_Code] = _Code("FMA", "55031", "Mucosa of pharynx", (4029,))
"""Mucosa of pharynx (FMA 55031)."""

MucosaOfPosteriorWallOfOropharynx: _Final[_Code] = _Code(
    "FMA", "55060", "Mucosa of posterior wall of oropharynx", (4029,)
)
"""Mucosa of posterior wall of oropharynx (FMA 55060)."""

MucosaOfTipOfTongue: _Final[_Code] = _Code("SCT", "245831007", "Mucosa of tip of tongue", (4029,))
"""Mucosa of tip of tongue (SCT 245831007)."""

MucosaOfTongue: _Final[_Code] = _Code("SCT", "8001006", "Mucosa of tongue", (4029,))
"""Mucosa of tongue (SCT 8001006)."""

MucosaOfUpperLip: _Final[_Code] = _Code("SCT", "18444004", "Mucosa of upper lip", (4029,))
"""Mucosa of upper lip (SCT 18444004)."""

MucosaOfUvula: _Final[_Code] = _Code("FMA", "60030", "Mucosa of uvula", (4029,))
"""Mucosa of uvula (FMA 60030)."""

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

OralMucosa: _Final[_Code] = _Code("SCT", "113277000", "Oral mucosa", (4029, 10044))
"""Oral mucosa (SCT 113277000)."""

PosteriorCommissureOfLabiumMajorum: _Final[_Code] = _Code(
    "SCT", "4019005", "Posterior commissure of labium majorum", (4029,)
)
"""Posterior commissure of labium majorum (SCT 4019005)."""

Retina: _Final[_Code] = _Code("SCT", "5665001", "Retina", (4029, 4209, 4211))
"""Retina (SCT 5665001)."""

Sclera: _Final[_Code] = _Code("SCT", "18619003", "Sclera", (4, 4029, 4209, 4211))
"""Sclera (SCT 18619003)."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001)."""

SkinOfAbdomen: _Final[_Code] = _Code("SCT", "75093004", "Skin of abdomen", (4029, 7154))
"""Skin of abdomen (SCT 75093004)."""

SkinOfAlaNasi: _Final[_Code] = _Code("SCT", "68598004", "Skin of ala nasi", (4029,))
"""Skin of ala nasi (SCT 68598004)."""

SkinOfAntecubitalFossa: _Final[_Code] = _Code(
    "SCT", "17957002", "Skin of antecubital fossa", (4029,)
)
"""Skin of antecubital fossa (SCT 17957002)."""

SkinOfAnteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130305", "Skin of anterior helix of ear", (4029,)
)
"""Skin of anterior helix of ear (DCM 130305)."""

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

SkinOfBackOfTrunk: _Final[_Code] = _Code("FMA", "49943", "Skin of back of trunk", (4029,))
"""Skin of back of trunk (FMA 49943)."""

SkinOfBackOfUpperThoracicRegion: _Final[_Code] = _Code(
    "SCT", "699893008", "Skin of back of upper thoracic region", (4029,)
)
"""Skin of back of upper thoracic region (SCT 699893008)."""

SkinOfButtock: _Final[_Code] = _Code("SCT", "22180002", "Skin of buttock", (4029,))
"""Skin of buttock (SCT 22180002)."""

SkinOfCaruncleOfEye: _Final[_Code] = _Code("DCM", "130306", "Skin of caruncle of eye", (4029,))
"""Skin of caruncle of eye (DCM 130306)."""

SkinOfCavityOfConcha: _Final[_Code] = _Code("SCT", "51098001", "Skin of cavity of concha", (4029,))
"""Skin of cavity of concha (SCT 51098001)."""

SkinOfCheek: _Final[_Code] = _Code("SCT", "36141000", "Skin of cheek", (4029,))
"""Skin of cheek (SCT 36141000)."""

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

SkinOfDorsalPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "37885", "Skin of dorsal part of fifth toe", (4029,)
)
"""Skin of dorsal part of fifth toe (FMA 37885)."""

SkinOfDorsalPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "37882", "Skin of dorsal part of fourth toe", (4029,)
)
"""Skin of dorsal part of fourth toe (FMA 37882)."""

SkinOfDorsalPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "37873", "Skin of dorsal part of great toe", (4029,)
)
"""Skin of dorsal part of great toe (FMA 37873)."""

SkinOfDorsalPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38324", "Skin of dorsal part of index finger", (4029,)
)
"""Skin of dorsal part of index finger (FMA 38324)."""

SkinOfDorsalPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38333", "Skin of dorsal part of little finger", (4029,)
)
"""Skin of dorsal part of little finger (FMA 38333)."""

SkinOfDorsalPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38327", "Skin of dorsal part of middle finger", (4029,)
)
"""Skin of dorsal part of middle finger (FMA 38327)."""

SkinOfDorsalPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38330", "Skin of dorsal part of ring finger", (4029,)
)
"""Skin of dorsal part of ring finger (FMA 38330)."""

SkinOfDorsalPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "37876", "Skin of dorsal part of second toe", (4029,)
)
"""Skin of dorsal part of second toe (FMA 37876)."""

SkinOfDorsalPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "37879", "Skin of dorsal part of third toe", (4029,)
)
"""Skin of dorsal part of third toe (FMA 37879)."""

SkinOfDorsalPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38321", "Skin of dorsal part of thumb", (4029,)
)
"""Skin of dorsal part of thumb (FMA 38321)."""

SkinOfDorsumOfNose: _Final[_Code] = _Code("FMA", "59532", "Skin of dorsum of nose", (4029,))
"""Skin of dorsum of nose (FMA 59532)."""

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

SkinOfInferiorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130307", "Skin of inferior helix of ear", (4029,)
)
"""Skin of inferior helix of ear (DCM 130307)."""

SkinOfInferiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130308", "Skin of inferior posterior surface of the pinna", (4029,)
)
"""Skin of inferior posterior surface of the pinna (DCM 130308)."""

SkinOfInfraalarGroove: _Final[_Code] = _Code("DCM", "130312", "Skin of infraalar groove", (4029,))
"""Skin of infraalar groove (DCM 130312)."""

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

SkinOfLateralPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130309", "Skin of lateral part of dorsum of foot", (4029,)
)
"""Skin of lateral part of dorsum of foot (DCM 130309)."""

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

SkinOfLowerAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130310", "Skin of lower antihelix of ear", (4029,)
)
"""Skin of lower antihelix of ear (DCM 130310)."""

SkinOfLowerBack: _Final[_Code] = _Code("SCT", "113182001", "Skin of lower back", (4029,))
"""Skin of lower back (SCT 113182001)."""

SkinOfLowerChestWall: _Final[_Code] = _Code("SCT", "699915001", "Skin of lower chest wall", (4029,))
"""Skin of lower chest wall (SCT 699915001)."""

SkinOfLowerExtremity: _Final[_Code] = _Code("SCT", "371304004", "Skin of lower extremity", (4029,))
"""Skin of lower extremity (SCT 371304004)."""

SkinOfLowerEyelid: _Final[_Code] = _Code("SCT", "40069000", "Skin of lower eyelid", (4029,))
"""Skin of lower eyelid (SCT 40069000)."""

SkinOfLowerEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130311", "Skin of lower eyelid margin", (4029,)
)
"""Skin of lower eyelid margin (DCM 130311)."""

SkinOfLowerInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61427", "Skin of lower inner quadrant of breast", (4029,)
)
"""Skin of lower inner quadrant of breast (FMA 61427)."""

SkinOfLowerLip: _Final[_Code] = _Code("SCT", "66934001", "Skin of lower lip", (4029,))
"""Skin of lower lip (SCT 66934001)."""

SkinOfLowerOuterQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61423", "Skin of lower outer quadrant of breast", (4029,)
)
"""Skin of lower outer quadrant of breast (FMA 61423)."""

SkinOfLowerParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130304", "Skin of lower paraspinal region", (4029,)
)
"""Skin of lower paraspinal region (DCM 130304)."""

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

SkinOfMedialPartOfDorsumOfFoot: _Final[_Code] = _Code(
    "DCM", "130313", "Skin of medial part of dorsum of foot", (4029,)
)
"""Skin of medial part of dorsum of foot (DCM 130313)."""

SkinOfMedialPartOfHeel: _Final[_Code] = _Code(
    "SCT", "699919007", "Skin of medial part of heel", (4029,)
)
"""Skin of medial part of heel (SCT 699919007)."""

SkinOfMedialSurfaceOfThigh: _Final[_Code] = _Code(
    "SCT", "73958006", "Skin of medial surface of thigh", (4029,)
)
"""Skin of medial surface of thigh (SCT 73958006)."""

SkinOfMidBack: _Final[_Code] = _Code("DCM", "130323", "Skin of mid back", (4029,))
"""Skin of mid back (DCM 130323)."""

SkinOfMidParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130303", "Skin of mid paraspinal region", (4029,)
)
"""Skin of mid paraspinal region (DCM 130303)."""

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

SkinOfPalmarPartOfIndexFinger: _Final[_Code] = _Code(
    "FMA", "38344", "Skin of palmar part of index finger", (4029,)
)
"""Skin of palmar part of index finger (FMA 38344)."""

SkinOfPalmarPartOfLittleFinger: _Final[_Code] = _Code(
    "FMA", "38357", "Skin of palmar part of little finger", (4029,)
)
"""Skin of palmar part of little finger (FMA 38357)."""

SkinOfPalmarPartOfMiddleFinger: _Final[_Code] = _Code(
    "FMA", "38347", "Skin of palmar part of middle finger", (4029,)
)
"""Skin of palmar part of middle finger (FMA 38347)."""

SkinOfPalmarPartOfRingFinger: _Final[_Code] = _Code(
    "FMA", "38354", "Skin of palmar part of ring finger", (4029,)
)
"""Skin of palmar part of ring finger (FMA 38354)."""

SkinOfPalmarPartOfThumb: _Final[_Code] = _Code(
    "FMA", "38341", "Skin of palmar part of thumb", (4029,)
)
"""Skin of palmar part of thumb (FMA 38341)."""

SkinOfParanasalCheek: _Final[_Code] = _Code("DCM", "130314", "Skin of paranasal cheek", (4029,))
"""Skin of paranasal cheek (DCM 130314)."""

SkinOfParaspinalAreaOfTheNeck: _Final[_Code] = _Code(
    "DCM", "130300", "Skin of paraspinal area of the neck", (4029,)
)
"""Skin of paraspinal area of the neck (DCM 130300)."""

SkinOfParaspinalAreaOfTheSuperiorBack: _Final[_Code] = _Code(
    "DCM", "130301", "Skin of paraspinal area of the superior back", (4029,)
)
"""Skin of paraspinal area of the superior back (DCM 130301)."""

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

SkinOfPlantarPartOfFifthToe: _Final[_Code] = _Code(
    "FMA", "38119", "Skin of plantar part of fifth toe", (4029,)
)
"""Skin of plantar part of fifth toe (FMA 38119)."""

SkinOfPlantarPartOfFourthToe: _Final[_Code] = _Code(
    "FMA", "38116", "Skin of plantar part of fourth toe", (4029,)
)
"""Skin of plantar part of fourth toe (FMA 38116)."""

SkinOfPlantarPartOfGreatToe: _Final[_Code] = _Code(
    "FMA", "38107", "Skin of plantar part of great toe", (4029,)
)
"""Skin of plantar part of great toe (FMA 38107)."""

SkinOfPlantarPartOfSecondToe: _Final[_Code] = _Code(
    "FMA", "38110", "Skin of plantar part of second toe", (4029,)
)
"""Skin of plantar part of second toe (FMA 38110)."""

SkinOfPlantarPartOfThirdToe: _Final[_Code] = _Code(
    "FMA", "38113", "Skin of plantar part of third toe", (4029,)
)
"""Skin of plantar part of third toe (FMA 38113)."""

SkinOfPoplitealFossa: _Final[_Code] = _Code("SCT", "84507004", "Skin of popliteal fossa", (4029,))
"""Skin of popliteal fossa (SCT 84507004)."""

SkinOfPostauricularRegion: _Final[_Code] = _Code(
    "SCT", "24483006", "Skin of postauricular region", (4029,)
)
"""Skin of postauricular region (SCT 24483006)."""

SkinOfPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130315", "Skin of posterior helix of ear", (4029,)
)
"""Skin of posterior helix of ear (DCM 130315)."""

SkinOfPosteriorLobuleOfTheEar: _Final[_Code] = _Code(
    "DCM", "130316", "Skin of posterior lobule of the ear", (4029,)
)
"""Skin of posterior lobule of the ear (DCM 130316)."""

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

SkinOfSoleOfForefoot: _Final[_Code] = _Code("DCM", "130317", "Skin of sole of forefoot", (4029,))
"""Skin of sole of forefoot (DCM 130317)."""

SkinOfSubmentalArea: _Final[_Code] = _Code("SCT", "34926004", "Skin of submental area", (4029,))
"""Skin of submental area (SCT 34926004)."""

SkinOfSuperiorAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130318", "Skin of superior antihelix of ear", (4029,)
)
"""Skin of superior antihelix of ear (DCM 130318)."""

SkinOfSuperiorPosteriorHelixOfEar: _Final[_Code] = _Code(
    "DCM", "130319", "Skin of superior posterior helix of ear", (4029,)
)
"""Skin of superior posterior helix of ear (DCM 130319)."""

SkinOfSuperiorPosteriorSurfaceOfThePinna: _Final[_Code] = _Code(
    "DCM", "130320", "Skin of superior posterior surface of the pinna", (4029,)
)
"""Skin of superior posterior surface of the pinna (DCM 130320)."""

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

SkinOfUpperAntihelixOfEar: _Final[_Code] = _Code(
    "DCM", "130321", "Skin of upper antihelix of ear", (4029,)
)
"""Skin of upper antihelix of ear (DCM 130321)."""

SkinOfUpperExtremity: _Final[_Code] = _Code("SCT", "371311000", "Skin of upper extremity", (4029,))
"""Skin of upper extremity (SCT 371311000)."""

SkinOfUpperEyelid: _Final[_Code] = _Code("SCT", "41310005", "Skin of upper eyelid", (4029,))
"""Skin of upper eyelid (SCT 41310005)."""

SkinOfUpperEyelidMargin: _Final[_Code] = _Code(
    "DCM", "130322", "Skin of upper eyelid margin", (4029,)
)
"""Skin of upper eyelid margin (DCM 130322)."""

SkinOfUpperInnerQuadrantOfBreast: _Final[_Code] = _Code(
    "FMA", "61426", "Skin of upper inner quadrant of breast", (4029,)
)
"""Skin of upper inner quadrant of breast (FMA 61426)."""

SkinOfUpperLip: _Final[_Code] = _Code("SCT", "16251004", "Skin of upper lip", (4029,))
"""Skin of upper lip (SCT 16251004)."""

SkinOfUpperOuterQuadrantOfLeftBreast: _Final[_Code] = _Code(
    "FMA", "61439", "Skin of upper outer quadrant of left breast", (4029,)
)
"""Skin of upper outer quadrant of left breast (FMA 61439)."""

SkinOfUpperParaspinalRegion: _Final[_Code] = _Code(
    "DCM", "130302", "Skin of upper paraspinal region", (4029,)
)
"""Skin of upper paraspinal region (DCM 130302)."""

SkinOfUpperTrunk: _Final[_Code] = _Code("SCT", "54440003", "Skin of upper trunk", (4029,))
"""Skin of upper trunk (SCT 54440003)."""

SkinOfVermilionProperOfLowerLip: _Final[_Code] = _Code(
    "FMA", "312651", "Skin of vermilion proper of lower lip", (4029,)
)
"""Skin of vermilion proper of lower lip (FMA 312651)."""

SkinOfVermilionProperOfUpperLip: _Final[_Code] = _Code(
    "FMA", "312647", "Skin of vermilion proper of upper lip", (4029,)
)
"""Skin of vermilion proper of upper lip (FMA 312647)."""

SkinOfVertexOfScalp: _Final[_Code] = _Code("SCT", "61719002", "Skin of vertex of scalp", (4029,))
"""Skin of vertex of scalp (SCT 61719002)."""

SternalSkin: _Final[_Code] = _Code("SCT", "244107007", "Sternal skin", (4029,))
"""Sternal skin (SCT 244107007)."""

SubmandibularTriangle: _Final[_Code] = _Code("SCT", "5713008", "Submandibular triangle", (4, 4029))
"""Submandibular triangle (SCT 5713008)."""

Tooth: _Final[_Code] = _Code("SCT", "38199008", "Tooth", (4028, 4029))
"""Tooth (SCT 38199008)."""

VaginalIntroitus: _Final[_Code] = _Code("SCT", "18857001", "Vaginal introitus", (4029,))
"""Vaginal introitus (SCT 18857001)."""

VulvalVestibule: _Final[_Code] = _Code("SCT", "23213005", "Vulval vestibule", (4029,))
"""Vulval vestibule (SCT 23213005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnteriorTriangleOfNeck,
    Cornea,
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
    Sclera,
    Skin,
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
    SubmandibularTriangle,
    Tooth,
    VaginalIntroitus,
    VulvalVestibule,
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
