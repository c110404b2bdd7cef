"""CID 6102 Chest Finding or Feature Modifier.

Extensible, version 20030108, UID 1.2.840.10008.6.1.422.
Includes CID 6103, CID 6104, CID 6105, CID 6106, CID 6109, CID 6138.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6102
NAME: _Final[str] = "Chest Finding or Feature Modifier"
KEYWORD: _Final[str | None] = "ChestFindingOrFeatureModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.422"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = (6103, 6104, 6105, 6106, 6109, 6138)
EXTERNAL_SCHEME: _Final[str | None] = None

ReticulonodularPattern: _Final[_Code] = _Code(
    "DCM", "112065", "Reticulonodular pattern", (6103, 6104, 6106)
)
"""Reticulonodular pattern (DCM 112065). Included from CID 6103."""

AirFluidLevel: _Final[_Code] = _Code("DCM", "112104", "Air-fluid level", (6103,))
"""Air-fluid level (DCM 112104). Included from CID 6103."""

CoronaRadiata: _Final[_Code] = _Code("DCM", "112105", "Corona radiata", (6103,))
"""Corona radiata (DCM 112105). Included from CID 6103."""

HoneycombPattern: _Final[_Code] = _Code("DCM", "112106", "Honeycomb pattern", (6103, 6106))
"""Honeycomb pattern (DCM 112106). Included from CID 6103."""

FleischnerLines: _Final[_Code] = _Code("DCM", "112107", "Fleischner's line(s)", (6103,))
"""Fleischner's line(s) (DCM 112107). Included from CID 6103."""

IntralobularLines: _Final[_Code] = _Code("DCM", "112108", "Intralobular lines", (6103,))
"""Intralobular lines (DCM 112108). Included from CID 6103."""

KerleyALine: _Final[_Code] = _Code("DCM", "112109", "Kerley A line", (6103,))
"""Kerley A line (DCM 112109). Included from CID 6103."""

KerleyBLine: _Final[_Code] = _Code("DCM", "112110", "Kerley B line", (6103,))
"""Kerley B line (DCM 112110). Included from CID 6103."""

KerleyCLines: _Final[_Code] = _Code("DCM", "112111", "Kerley C lines", (6103,))
"""Kerley C lines (DCM 112111). Included from CID 6103."""

ParenchymalBand: _Final[_Code] = _Code("DCM", "112112", "Parenchymal band", (6103,))
"""Parenchymal band (DCM 112112). Included from CID 6103."""

PlateLikeAtelectasis: _Final[_Code] = _Code("SCT", "40779009", "Plate-like atelectasis", (6103,))
"""Plate-like atelectasis (SCT 40779009). Included from CID 6103."""

ReticularPattern: _Final[_Code] = _Code("DCM", "112113", "Reticular pattern", (6103, 6106))
"""Reticular pattern (DCM 112113). Included from CID 6103."""

SeptalLines: _Final[_Code] = _Code("DCM", "112114", "Septal line(s)", (6103,))
"""Septal line(s) (DCM 112114). Included from CID 6103."""

SubpleuralLine: _Final[_Code] = _Code("DCM", "112115", "Subpleural line", (6103,))
"""Subpleural line (DCM 112115). Included from CID 6103."""

TramlineShadow: _Final[_Code] = _Code("DCM", "112116", "Tramline shadow", (6103,))
"""Tramline shadow (DCM 112116). Included from CID 6103."""

TubularShadow: _Final[_Code] = _Code("DCM", "112117", "Tubular shadow", (6103,))
"""Tubular shadow (DCM 112117). Included from CID 6103."""

BeadedSeptumSign: _Final[_Code] = _Code("DCM", "112066", "Beaded septum sign", (6104,))
"""Beaded septum sign (DCM 112066). Included from CID 6104."""

NodularPattern: _Final[_Code] = _Code("DCM", "112067", "Nodular pattern", (6104, 6106))
"""Nodular pattern (DCM 112067). Included from CID 6104."""

PrimaryComplex: _Final[_Code] = _Code("DCM", "112059", "Primary complex", (6104,))
"""Primary complex (DCM 112059). Included from CID 6104."""

Pseudoplaque: _Final[_Code] = _Code("DCM", "112068", "Pseudoplaque", (6104,))
"""Pseudoplaque (DCM 112068). Included from CID 6104."""

SignetRingSign: _Final[_Code] = _Code("DCM", "112069", "Signet-ring sign", (6104,))
"""Signet-ring sign (DCM 112069). Included from CID 6104."""

AbnormalInterstitialPattern: _Final[_Code] = _Code(
    "DCM", "112004", "Abnormal interstitial pattern", (6104, 6106)
)
"""Abnormal interstitial pattern (DCM 112004). Included from CID 6104."""

CoinLesion: _Final[_Code] = _Code("SCT", "308689002", "Coin lesion", (6104,))
"""Coin lesion (SCT 308689002). Included from CID 6104."""

Density: _Final[_Code] = _Code("DCM", "112118", "Density", (6104,))
"""Density (DCM 112118). Included from CID 6104."""

DependentOpacity: _Final[_Code] = _Code("DCM", "112119", "Dependent opacity", (6104,))
"""Dependent opacity (DCM 112119). Included from CID 6104."""

GroundGlassOpacity: _Final[_Code] = _Code("DCM", "112120", "Ground glass opacity", (6104,))
"""Ground glass opacity (DCM 112120). Included from CID 6104."""

Infiltrate: _Final[_Code] = _Code("DCM", "112121", "Infiltrate", (6104,))
"""Infiltrate (DCM 112121). Included from CID 6104."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007). Included from CID 6104."""

Micronodule: _Final[_Code] = _Code("DCM", "112122", "Micronodule", (6104,))
"""Micronodule (DCM 112122). Included from CID 6104."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004). Included from CID 6104."""

Opacity: _Final[_Code] = _Code("DCM", "112001", "Opacity", (6104,))
"""Opacity (DCM 112001). Included from CID 6104."""

PhantomTumor: _Final[_Code] = _Code("DCM", "112123", "Phantom tumor (pseudotumor)", (6104,))
"""Phantom tumor (pseudotumor) (DCM 112123). Included from CID 6104."""

Shadow: _Final[_Code] = _Code("DCM", "112124", "Shadow", (6104,))
"""Shadow (DCM 112124). Included from CID 6104."""

SmallIrregularOpacities: _Final[_Code] = _Code(
    "DCM", "112125", "Small irregular opacities", (6104, 6106)
)
"""Small irregular opacities (DCM 112125). Included from CID 6104."""

SmallRoundedOpacities: _Final[_Code] = _Code("DCM", "112126", "Small rounded opacities", (6104,))
"""Small rounded opacities (DCM 112126). Included from CID 6104."""

TreeInBudSign: _Final[_Code] = _Code("DCM", "112127", "Tree-in-bud sign", (6104,))
"""Tree-in-bud sign (DCM 112127). Included from CID 6104."""

PulmonaryEmbolism: _Final[_Code] = _Code("SCT", "59282003", "Pulmonary embolism", (6104,))
"""Pulmonary embolism (SCT 59282003). Included from CID 6104."""

AirBronchiologram: _Final[_Code] = _Code("DCM", "112070", "Air bronchiologram", (6105,))
"""Air bronchiologram (DCM 112070). Included from CID 6105."""

AirBronchogram: _Final[_Code] = _Code("DCM", "112071", "Air bronchogram", (6105,))
"""Air bronchogram (DCM 112071). Included from CID 6105."""

AirCrescent: _Final[_Code] = _Code("DCM", "112072", "Air crescent", (6105,))
"""Air crescent (DCM 112072). Included from CID 6105."""

AirTrapping: _Final[_Code] = _Code("SCT", "76171001", "Air-trapping", (6105, 6108))
"""Air-trapping (SCT 76171001). Included from CID 6105."""

HaloSign: _Final[_Code] = _Code("DCM", "112073", "Halo sign", (6105,))
"""Halo sign (DCM 112073). Included from CID 6105."""

Pneumomediastinum: _Final[_Code] = _Code("SCT", "16838000", "Pneumomediastinum", (6105,))
"""Pneumomediastinum (SCT 16838000). Included from CID 6105."""

Pneumothorax: _Final[_Code] = _Code("SCT", "36118008", "Pneumothorax", (6062, 6105))
"""Pneumothorax (SCT 36118008). Included from CID 6105."""

GranularPattern: _Final[_Code] = _Code("DCM", "112128", "Granular pattern", (6106,))
"""Granular pattern (DCM 112128). Included from CID 6106."""

MiliaryPattern: _Final[_Code] = _Code("DCM", "112129", "Miliary pattern", (6106,))
"""Miliary pattern (DCM 112129). Included from CID 6106."""

MosaicPattern: _Final[_Code] = _Code("DCM", "112130", "Mosaic pattern", (6106,))
"""Mosaic pattern (DCM 112130). Included from CID 6106."""

Interface: _Final[_Code] = _Code("DCM", "112082", "Interface", (6109, 7196))
"""Interface (DCM 112082). Included from CID 6109."""

Line: _Final[_Code] = _Code("DCM", "112083", "Line", (6109, 7196))
"""Line (DCM 112083). Included from CID 6109."""

Lucency: _Final[_Code] = _Code("DCM", "112084", "Lucency", (6109, 7196))
"""Lucency (DCM 112084). Included from CID 6109."""

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

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009). Included from CID 6111."""

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

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002). Included from CID 6149."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009). Included from CID 6149."""

LeftMainBronchus: _Final[_Code] = _Code("SCT", "75245000", "Left main bronchus", (6149,))
"""Left main bronchus (SCT 75245000). Included from CID 6149."""

LigamentumArteriosum: _Final[_Code] = _Code("SCT", "2160002", "Ligamentum arteriosum", (6149,))
"""Ligamentum arteriosum (SCT 2160002). Included from CID 6149."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001). Included from CID 6149."""

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

ThymusGland: _Final[_Code] = _Code("SCT", "9875009", "Thymus Gland", (4030, 6149, 7155, 10044))
"""Thymus Gland (SCT 9875009). Included from CID 6149."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006). Included from CID 6149."""

Trachea: _Final[_Code] = _Code("SCT", "44567001", "Trachea", (4028, 4031, 6149, 7155))
"""Trachea (SCT 44567001). Included from CID 6149."""

TrapeziusMuscle: _Final[_Code] = _Code("SCT", "31764008", "Trapezius muscle", (6116, 6149))
"""Trapezius muscle (SCT 31764008). Included from CID 6149."""

TricuspidValve: _Final[_Code] = _Code(
    "SCT", "46030003", "Tricuspid Valve", (3610, 3701, 6149, 12285, 12305)
)
"""Tricuspid Valve (SCT 46030003). Included from CID 6149."""

Ventricle: _Final[_Code] = _Code("SCT", "21814001", "Ventricle", (4, 6149))
"""Ventricle (SCT 21814001). Included from CID 6149."""

Clavicle: _Final[_Code] = _Code("SCT", "51299004", "Clavicle", (4031, 6114, 7155, 7304, 12021))
"""Clavicle (SCT 51299004). Included from CID 6114."""

Humerus: _Final[_Code] = _Code("SCT", "85050009", "Humerus", (4031, 6114, 7304, 7483))
"""Humerus (SCT 85050009). Included from CID 6114."""

Rib: _Final[_Code] = _Code("SCT", "113197003", "Rib", (4031, 6114, 7155))
"""Rib (SCT 113197003). Included from CID 6114."""

Scapula: _Final[_Code] = _Code("SCT", "79601000", "Scapula", (1004, 4031, 6114))
"""Scapula (SCT 79601000). Included from CID 6114."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004). Included from CID 6114."""

Sternum: _Final[_Code] = _Code("SCT", "56873002", "Sternum", (1004, 4031, 6114, 7155))
"""Sternum (SCT 56873002). Included from CID 6114."""

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

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic arch (SCT 57034009). Included from CID 6117."""

AorticIsthmus: _Final[_Code] = _Code("SCT", "88593004", "Aortic isthmus", (6117, 12291))
"""Aortic isthmus (SCT 88593004). Included from CID 6117."""

AorticKnob: _Final[_Code] = _Code("DCM", "112102", "Aortic knob", (6117,))
"""Aortic knob (DCM 112102). Included from CID 6117."""

ArchOfTheAzygosVein: _Final[_Code] = _Code("DCM", "112103", "Arch of the Azygos vein", (6117,))
"""Arch of the Azygos vein (DCM 112103). Included from CID 6117."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending aorta (SCT 54247002). Included from CID 6117."""

AxillaryArtery: _Final[_Code] = _Code(
    "SCT", "67937003", "Axillary Artery", (3010, 3606, 6117, 12107)
)
"""Axillary Artery (SCT 67937003). Included from CID 6117."""

AxillaryVein: _Final[_Code] = _Code("SCT", "68705008", "Axillary vein", (3010, 3607, 6117, 12108))
"""Axillary vein (SCT 68705008). Included from CID 6117."""

AzygosVein: _Final[_Code] = _Code("SCT", "72107004", "Azygos vein", (3010, 3607, 3839, 6117))
"""Azygos vein (SCT 72107004). Included from CID 6117."""

BrachialArtery: _Final[_Code] = _Code(
    "SCT", "17137000", "Brachial artery", (3010, 3440, 3606, 6117, 12107)
)
"""Brachial artery (SCT 17137000). Included from CID 6117."""

BrachiocephalicTrunk: _Final[_Code] = _Code(
    "SCT", "12691009", "Brachiocephalic trunk", (3010, 3606, 6117, 12107, 12291)
)
"""Brachiocephalic trunk (SCT 12691009). Included from CID 6117."""

BrachiocephalicVein: _Final[_Code] = _Code(
    "SCT", "8887007", "Brachiocephalic vein", (3010, 3607, 6117, 12108)
)
"""Brachiocephalic vein (SCT 8887007). Included from CID 6117."""

BronchialArtery: _Final[_Code] = _Code("SCT", "64468002", "Bronchial artery", (6117,))
"""Bronchial artery (SCT 64468002). Included from CID 6117."""

CommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "32062004", "Common carotid artery", (3010, 3606, 6117, 12104)
)
"""Common carotid artery (SCT 32062004). Included from CID 6117."""

CostocervicalTrunk: _Final[_Code] = _Code("SCT", "3159004", "Costocervical trunk", (6117,))
"""Costocervical trunk (SCT 3159004). Included from CID 6117."""

DescendingAorta: _Final[_Code] = _Code("SCT", "281130003", "Descending aorta", (6117, 12141))
"""Descending aorta (SCT 281130003). Included from CID 6117."""

DorsalScapularArtery: _Final[_Code] = _Code("SCT", "91732003", "Dorsal scapular artery", (6117,))
"""Dorsal scapular artery (SCT 91732003). Included from CID 6117."""

EsophagealArtery: _Final[_Code] = _Code("SCT", "206034008", "Esophageal artery", (6117,))
"""Esophageal artery (SCT 206034008). Included from CID 6117."""

ExternalJugularVein: _Final[_Code] = _Code("SCT", "71585003", "External jugular vein", (6117,))
"""External jugular vein (SCT 71585003). Included from CID 6117."""

InferiorPhrenicArtery: _Final[_Code] = _Code("SCT", "29660000", "Inferior phrenic artery", (6117,))
"""Inferior phrenic artery (SCT 29660000). Included from CID 6117."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007). Included from CID 6117."""

IntercostalArtery: _Final[_Code] = _Code("SCT", "281134007", "Intercostal artery", (6117,))
"""Intercostal artery (SCT 281134007). Included from CID 6117."""

InternalJugularVein: _Final[_Code] = _Code(
    "SCT", "12123001", "Internal jugular vein", (3010, 3607, 6117, 12108)
)
"""Internal jugular vein (SCT 12123001). Included from CID 6117."""

InternalThoracicArtery: _Final[_Code] = _Code(
    "SCT", "69327007", "Internal thoracic artery", (3010, 3606, 6117)
)
"""Internal thoracic artery (SCT 69327007). Included from CID 6117."""

PericardiophrenicArtery: _Final[_Code] = _Code(
    "SCT", "3924000", "Pericardiophrenic Artery", (6117,)
)
"""Pericardiophrenic Artery (SCT 3924000). Included from CID 6117."""

PulmonaryArtery: _Final[_Code] = _Code(
    "SCT", "81040000", "Pulmonary artery", (3010, 3606, 3610, 4030, 6117, 12141, 12290, 12305)
)
"""Pulmonary artery (SCT 81040000). Included from CID 6117."""

PulmonaryTrunk: _Final[_Code] = _Code(
    "SCT", "45341000", "Pulmonary trunk", (3829, 6117, 12290, 12305)
)
"""Pulmonary trunk (SCT 45341000). Included from CID 6117."""

PulmonaryVein: _Final[_Code] = _Code(
    "SCT", "122972007", "Pulmonary vein", (3010, 3011, 3607, 6117, 12141, 12283)
)
"""Pulmonary vein (SCT 122972007). Included from CID 6117."""

SubclavianArtery: _Final[_Code] = _Code(
    "SCT", "36765005", "Subclavian artery", (3010, 3606, 6117, 12104, 12107)
)
"""Subclavian artery (SCT 36765005). Included from CID 6117."""

SubclavianVein: _Final[_Code] = _Code(
    "SCT", "9454009", "Subclavian vein", (3010, 3607, 6117, 12108)
)
"""Subclavian vein (SCT 9454009). Included from CID 6117."""

SuperiorPhrenicArtery: _Final[_Code] = _Code("SCT", "38991005", "Superior phrenic artery", (6117,))
"""Superior phrenic artery (SCT 38991005). Included from CID 6117."""

SuperiorVenaCava: _Final[_Code] = _Code(
    "SCT", "48345005", "Superior vena cava", (3010, 3607, 6117, 12108, 12282)
)
"""Superior vena cava (SCT 48345005). Included from CID 6117."""

ThyrocervicalTrunk: _Final[_Code] = _Code("SCT", "6538005", "Thyrocervical trunk", (6117,))
"""Thyrocervical trunk (SCT 6538005). Included from CID 6117."""

VertebralArtery: _Final[_Code] = _Code(
    "SCT", "85234005", "Vertebral artery", (3010, 3606, 6117, 12104)
)
"""Vertebral artery (SCT 85234005). Included from CID 6117."""

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

Bullet: _Final[_Code] = _Code("SCT", "86122002", "Bullet", (6203, 6401, 6404))
"""Bullet (SCT 86122002). Included from CID 6404."""

CardiacPacemaker: _Final[_Code] = _Code(
    "SCT", "14106009", "Cardiac Pacemaker", (1000, 3777, 6404, 7157)
)
"""Cardiac Pacemaker (SCT 14106009). Included from CID 6404."""

CardiacPacemakerLead: _Final[_Code] = _Code("SCT", "360129009", "Cardiac pacemaker lead", (6404,))
"""Cardiac pacemaker lead (SCT 360129009). Included from CID 6404."""

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001). Included from CID 6404."""

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

Staple: _Final[_Code] = _Code("SCT", "56353002", "Staple", (6203, 6401, 6404))
"""Staple (SCT 56353002). Included from CID 6404."""

Suture: _Final[_Code] = _Code("SCT", "27065002", "Suture", (6203, 6401, 6404))
"""Suture (SCT 27065002). Included from CID 6404."""

Tracheotomy: _Final[_Code] = _Code("SCT", "48387007", "Tracheotomy", (6404,))
"""Tracheotomy (SCT 48387007). Included from CID 6404."""

UretericStent: _Final[_Code] = _Code("SCT", "286558002", "Ureteric stent", (6203, 6404))
"""Ureteric stent (SCT 286558002). Included from CID 6404."""

VenaCavaFilter: _Final[_Code] = _Code("SCT", "257409000", "Vena cava filter", (6203, 6404))
"""Vena cava filter (SCT 257409000). Included from CID 6404."""

ScarTissue: _Final[_Code] = _Code("SCT", "12402003", "Scar tissue", (6031, 6203, 6403, 6405))
"""Scar tissue (SCT 12402003). Included from CID 6405."""

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
    ReticulonodularPattern,
    AirFluidLevel,
    CoronaRadiata,
    HoneycombPattern,
    FleischnerLines,
    IntralobularLines,
    KerleyALine,
    KerleyBLine,
    KerleyCLines,
    ParenchymalBand,
    PlateLikeAtelectasis,
    ReticularPattern,
    SeptalLines,
    SubpleuralLine,
    TramlineShadow,
    TubularShadow,
    BeadedSeptumSign,
    NodularPattern,
    PrimaryComplex,
    Pseudoplaque,
    SignetRingSign,
    AbnormalInterstitialPattern,
    CoinLesion,
    Density,
    DependentOpacity,
    GroundGlassOpacity,
    Infiltrate,
    Mass,
    Micronodule,
    Nodule,
    Opacity,
    PhantomTumor,
    Shadow,
    SmallIrregularOpacities,
    SmallRoundedOpacities,
    TreeInBudSign,
    PulmonaryEmbolism,
    AirBronchiologram,
    AirBronchogram,
    AirCrescent,
    AirTrapping,
    HaloSign,
    Pneumomediastinum,
    Pneumothorax,
    GranularPattern,
    MiliaryPattern,
    MosaicPattern,
    Interface,
    Line,
    Lucency,
    LobeOfLung,
    MidlungWindow,
    SecondaryPulmonaryLobule,
    SegmentOfLung,
    AirwayStructure,
    Bronchus,
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
    Esophagus,
    Heart,
    LeftMainBronchus,
    LigamentumArteriosum,
    LymphNode,
    MitralValve,
    PulmonaryValve,
    RightMainBronchus,
    ThoracicDuct,
    ThymusGland,
    Thyroid,
    Trachea,
    TrapeziusMuscle,
    TricuspidValve,
    Ventricle,
    Clavicle,
    Humerus,
    Rib,
    Scapula,
    Spine,
    Sternum,
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
    AorticArch,
    AorticIsthmus,
    AorticKnob,
    ArchOfTheAzygosVein,
    AscendingAorta,
    AxillaryArtery,
    AxillaryVein,
    AzygosVein,
    BrachialArtery,
    BrachiocephalicTrunk,
    BrachiocephalicVein,
    BronchialArtery,
    CommonCarotidArtery,
    CostocervicalTrunk,
    DescendingAorta,
    DorsalScapularArtery,
    EsophagealArtery,
    ExternalJugularVein,
    InferiorPhrenicArtery,
    InferiorVenaCava,
    IntercostalArtery,
    InternalJugularVein,
    InternalThoracicArtery,
    PericardiophrenicArtery,
    PulmonaryArtery,
    PulmonaryTrunk,
    PulmonaryVein,
    SubclavianArtery,
    SubclavianVein,
    SuperiorPhrenicArtery,
    SuperiorVenaCava,
    ThyrocervicalTrunk,
    VertebralArtery,
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
    Bullet,
    CardiacPacemaker,
    CardiacPacemakerLead,
    Catheter,
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
    Staple,
    Suture,
    Tracheotomy,
    UretericStent,
    VenaCavaFilter,
    ScarTissue,
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
