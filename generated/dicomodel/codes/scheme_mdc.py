"""Coding scheme MDC.

1326 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "MDC"
NAME: _Final[str] = ""
UID: _Final[str | None] = "2.16.840.1.113883.6.24"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

A1: _Final[_Code] = _Code("MDC", "7:1289", "A1", (3030,))
"""A1 (MDC 7:1289)."""

A2: _Final[_Code] = _Code("MDC", "7:1290", "A2", (3030,))
"""A2 (MDC 7:1290)."""

AF3: _Final[_Code] = _Code("MDC", "7:1217", "AF3", (3030,))
"""AF3 (MDC 7:1217)."""

AF4: _Final[_Code] = _Code("MDC", "7:1222", "AF4", (3030,))
"""AF4 (MDC 7:1222)."""

AF7: _Final[_Code] = _Code("MDC", "7:1225", "AF7", (3030,))
"""AF7 (MDC 7:1225)."""

AF8: _Final[_Code] = _Code("MDC", "7:1230", "AF8", (3030,))
"""AF8 (MDC 7:1230)."""

AVDissociation: _Final[_Code] = _Code("MDC", "10:9712", "AV Dissociation", (3415,))
"""AV Dissociation (MDC 10:9712)."""

AVDissociationWithInterference: _Final[_Code] = _Code(
    "MDC", "10:9728", "AV dissociation with interference", (3415,)
)
"""AV dissociation with interference (MDC 10:9728)."""

AVJunctionalNodalEscapeRhythm: _Final[_Code] = _Code(
    "MDC", "10:9552", "AV junctional (nodal) escape rhythm", (3415,)
)
"""AV junctional (nodal) escape rhythm (MDC 10:9552)."""

AVJunctionalNodalRhythm: _Final[_Code] = _Code(
    "MDC", "10:9536", "AV junctional (nodal) rhythm", (3415,)
)
"""AV junctional (nodal) rhythm (MDC 10:9536)."""

AVReciprocatingTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9600", "AV reciprocating tachycardia", (3415,)
)
"""AV reciprocating tachycardia (MDC 10:9600)."""

AberratedAtrialPrematureBeatAshmanBeat: _Final[_Code] = _Code(
    "MDC", "10:8304", "Aberrated atrial premature beat (Ashman beat)", (3335,)
)
"""Aberrated atrial premature beat (Ashman beat) (MDC 10:8304)."""

AbnormalBeat: _Final[_Code] = _Code("MDC", "10:8224", "Abnormal beat", (3335,))
"""Abnormal beat (MDC 10:8224)."""

AcceleratedAVJunctionalNodalRhythm: _Final[_Code] = _Code(
    "MDC", "10:9568", "Accelerated AV junctional (nodal) rhythm", (3415,)
)
"""Accelerated AV junctional (nodal) rhythm (MDC 10:9568)."""

AcceleratedIdioventricularRhythm: _Final[_Code] = _Code(
    "MDC", "10:9888", "Accelerated idioventricular rhythm", (3415,)
)
"""Accelerated idioventricular rhythm (MDC 10:9888)."""

Afz: _Final[_Code] = _Code("MDC", "7:1004", "AFz", (3030,))
"""AFz (MDC 7:1004)."""

AlphadeltaSleep: _Final[_Code] = _Code("MDC", "2:23728", "Alphadelta Sleep", (3046,))
"""Alphadelta Sleep (MDC 2:23728)."""

AmplitudeAt20msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14848", "Amplitude at 20 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 20 ms into ST segment, per lead (MDC 2:14848)."""

AmplitudeAt40msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:15104", "Amplitude at 40 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 40 ms into ST segment, per lead (MDC 2:15104)."""

AmplitudeAt60msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14336", "Amplitude at 60 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 60 ms into ST segment, per lead (MDC 2:14336)."""

AmplitudeAt80msIntoSTSegmentPerLead: _Final[_Code] = _Code(
    "MDC", "2:14592", "Amplitude at 80 ms into ST segment, per lead", (3688,)
)
"""Amplitude at 80 ms into ST segment, per lead (MDC 2:14592)."""

AntiTachycardiaPacing: _Final[_Code] = _Code("MDC", "10:10304", "Anti-Tachycardia Pacing", (3415,))
"""Anti-Tachycardia Pacing (MDC 10:10304)."""

AntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4096", "Antibradycardia pace spike", (3335,)
)
"""Antibradycardia pace spike (MDC 10:4096)."""

AntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6144", "Antitachycardia pace spike", (3335,)
)
"""Antitachycardia pace spike (MDC 10:6144)."""

Apnea: _Final[_Code] = _Code("MDC", "3:3072", "Apnea", (3038,))
"""Apnea (MDC 3:3072)."""

Apnea15Sec: _Final[_Code] = _Code("MDC", "3:3284", "Apnea 15 sec", (3038,))
"""Apnea 15 sec (MDC 3:3284)."""

Apnea30Sec: _Final[_Code] = _Code("MDC", "3:3292", "Apnea 30 sec", (3038,))
"""Apnea 30 sec (MDC 3:3292)."""

Arousal: _Final[_Code] = _Code("MDC", "2:22952", "Arousal", (3040,))
"""Arousal (MDC 2:22952)."""

ArrhythmiaEvent: _Final[_Code] = _Code("MDC", "3:3266", "Arrhythmia event", (3038,))
"""Arrhythmia event (MDC 3:3266)."""

Artifact: _Final[_Code] = _Code("MDC", "3:432", "Artifact", (3039,))
"""Artifact (MDC 3:432)."""

ArtifactualActivity: _Final[_Code] = _Code("MDC", "2:24200", "Artifactual activity", (3035,))
"""Artifactual activity (MDC 2:24200)."""

Asystole_10_10336: _Final[_Code] = _Code("MDC", "10:10336", "Asystole", (3415,))
"""Asystole (MDC 10:10336)."""

Asystole_3_3076: _Final[_Code] = _Code("MDC", "3:3076", "Asystole", (3038,))
"""Asystole (MDC 3:3076)."""

AtrialBigeminy: _Final[_Code] = _Code("MDC", "10:9376", "Atrial Bigeminy", (3415,))
"""Atrial Bigeminy (MDC 10:9376)."""

AtrialDemandModePacing: _Final[_Code] = _Code(
    "MDC", "10:10176", "Atrial Demand Mode Pacing", (3415,)
)
"""Atrial Demand Mode Pacing (MDC 10:10176)."""

AtrialEctopicRhythm: _Final[_Code] = _Code("MDC", "10:9360", "Atrial Ectopic Rhythm", (3415,))
"""Atrial Ectopic Rhythm (MDC 10:9360)."""

AtrialEscapeBeat: _Final[_Code] = _Code("MDC", "10:8400", "Atrial escape beat", (3335,))
"""Atrial escape beat (MDC 10:8400)."""

AtrialFibrillation_10_9472: _Final[_Code] = _Code("MDC", "10:9472", "Atrial fibrillation", (3415,))
"""Atrial fibrillation (MDC 10:9472)."""

AtrialFibrillation_3_3128: _Final[_Code] = _Code("MDC", "3:3128", "Atrial fibrillation", (3038,))
"""Atrial fibrillation (MDC 3:3128)."""

AtrialFlutterWave: _Final[_Code] = _Code("MDC", "10:1792", "Atrial flutter wave", (3335,))
"""Atrial flutter wave (MDC 10:1792)."""

AtrialFlutter_10_9456: _Final[_Code] = _Code("MDC", "10:9456", "Atrial flutter", (3415,))
"""Atrial flutter (MDC 10:9456)."""

AtrialFlutter_3_3276: _Final[_Code] = _Code("MDC", "3:3276", "Atrial flutter", (3038,))
"""Atrial flutter (MDC 3:3276)."""

AtrialPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8272", "Atrial premature contraction (beat)", (3335,)
)
"""Atrial premature contraction (beat) (MDC 10:8272)."""

AtrialTachycardia: _Final[_Code] = _Code("MDC", "10:9392", "Atrial Tachycardia", (3415,))
"""Atrial Tachycardia (MDC 10:9392)."""

AtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4352", "atrium Antibradycardia pace spike", (3335,)
)
"""atrium Antibradycardia pace spike (MDC 10:4352)."""

AtriumAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6400", "atrium Antitachycardia pace spike", (3335,)
)
"""atrium Antitachycardia pace spike (MDC 10:6400)."""

AtriumCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7424", "atrium Cardioversion spike", (3335,)
)
"""atrium Cardioversion spike (MDC 10:7424)."""

AtriumDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8448", "atrium Defibrillation spike", (3335,)
)
"""atrium Defibrillation spike (MDC 10:8448)."""

AtypicalSpikeAndWaveComplex: _Final[_Code] = _Code(
    "MDC", "2:23928", "Atypical spike and wave complex", (3035,)
)
"""Atypical spike and wave complex (MDC 2:23928)."""

AutomaticAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9440", "Automatic Atrial Tachycardia", (3415,)
)
"""Automatic Atrial Tachycardia (MDC 10:9440)."""

AuxiliaryBipolarLead1: _Final[_Code] = _Code("MDC", "2:127", "Auxiliary bipolar lead 1", (3001,))
"""Auxiliary bipolar lead 1 (MDC 2:127)."""

AuxiliaryBipolarLead2: _Final[_Code] = _Code("MDC", "2:128", "Auxiliary bipolar lead 2", (3001,))
"""Auxiliary bipolar lead 2 (MDC 2:128)."""

AuxiliaryBipolarLead3: _Final[_Code] = _Code("MDC", "2:129", "Auxiliary bipolar lead 3", (3001,))
"""Auxiliary bipolar lead 3 (MDC 2:129)."""

AuxiliaryBipolarLead4: _Final[_Code] = _Code("MDC", "2:130", "Auxiliary bipolar lead 4", (3001,))
"""Auxiliary bipolar lead 4 (MDC 2:130)."""

AuxiliaryUnipolarLead1: _Final[_Code] = _Code("MDC", "2:75", "Auxiliary unipolar lead 1", (3001,))
"""Auxiliary unipolar lead 1 (MDC 2:75)."""

AuxiliaryUnipolarLead2: _Final[_Code] = _Code("MDC", "2:76", "Auxiliary unipolar lead 2", (3001,))
"""Auxiliary unipolar lead 2 (MDC 2:76)."""

AuxiliaryUnipolarLead3: _Final[_Code] = _Code("MDC", "2:77", "Auxiliary unipolar lead 3", (3001,))
"""Auxiliary unipolar lead 3 (MDC 2:77)."""

AuxiliaryUnipolarLead4: _Final[_Code] = _Code("MDC", "2:78", "Auxiliary unipolar lead 4", (3001,))
"""Auxiliary unipolar lead 4 (MDC 2:78)."""

AvfAugmentedVoltageFoot: _Final[_Code] = _Code(
    "MDC", "2:64", "aVF, augmented voltage, foot", (3001,)
)
"""aVF, augmented voltage, foot (MDC 2:64)."""

AvlAugmentedVoltageLeft: _Final[_Code] = _Code(
    "MDC", "2:63", "aVL, augmented voltage, left", (3001,)
)
"""aVL, augmented voltage, left (MDC 2:63)."""

Avr: _Final[_Code] = _Code("MDC", "2:65", "−aVR", (3001,))
"""−aVR (MDC 2:65)."""

AvrAugmentedVoltageRight: _Final[_Code] = _Code(
    "MDC", "2:62", "aVR, augmented voltage, right", (3001,)
)
"""aVR, augmented voltage, right (MDC 2:62)."""

BackgroundActivity: _Final[_Code] = _Code("MDC", "2:23560", "Background activity", (3035,))
"""Background activity (MDC 2:23560)."""

BackgroundActivityAlpha: _Final[_Code] = _Code(
    "MDC", "2:23592", "Background activity alpha", (3035,)
)
"""Background activity alpha (MDC 2:23592)."""

BackgroundActivityArrhythmicDelta: _Final[_Code] = _Code(
    "MDC", "2:23640", "Background activity arrhythmic delta", (3035,)
)
"""Background activity arrhythmic delta (MDC 2:23640)."""

BackgroundActivityBeta: _Final[_Code] = _Code("MDC", "2:23568", "Background activity beta", (3035,))
"""Background activity beta (MDC 2:23568)."""

BackgroundActivityBisynchronousDelta: _Final[_Code] = _Code(
    "MDC", "2:23632", "Background activity bisynchronous delta", (3035,)
)
"""Background activity bisynchronous delta (MDC 2:23632)."""

BackgroundActivityBisynchronousTheta: _Final[_Code] = _Code(
    "MDC", "2:23616", "Background activity bisynchronous theta", (3035,)
)
"""Background activity bisynchronous theta (MDC 2:23616)."""

BackgroundActivityDelta: _Final[_Code] = _Code(
    "MDC", "2:23624", "Background activity delta", (3035,)
)
"""Background activity delta (MDC 2:23624)."""

BackgroundActivityGamma: _Final[_Code] = _Code(
    "MDC", "2:23584", "Background activity gamma", (3035,)
)
"""Background activity gamma (MDC 2:23584)."""

BackgroundActivitySigma: _Final[_Code] = _Code(
    "MDC", "2:23576", "Background activity sigma", (3035,)
)
"""Background activity sigma (MDC 2:23576)."""

BackgroundActivitySlowFusedTransients: _Final[_Code] = _Code(
    "MDC", "2:23648", "Background activity slow fused transients", (3035,)
)
"""Background activity slow fused transients (MDC 2:23648)."""

BackgroundActivityTheta: _Final[_Code] = _Code(
    "MDC", "2:23608", "Background activity theta", (3035,)
)
"""Background activity theta (MDC 2:23608)."""

BackgroundMuActivity: _Final[_Code] = _Code("MDC", "2:23600", "Background Mu activity", (3035,))
"""Background Mu activity (MDC 2:23600)."""

BaselineDescription: _Final[_Code] = _Code("MDC", "10:11412", "Baseline description", (3691,))
"""Baseline description (MDC 10:11412)."""

BifascicularBlockBeat: _Final[_Code] = _Code("MDC", "10:8560", "bifascicular block beat", (3335,))
"""bifascicular block beat (MDC 10:8560)."""

BilateralBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8592", "bilateral bundle-branch block beat", (3335,)
)
"""bilateral bundle-branch block beat (MDC 10:8592)."""

BipolarUncorrectedXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11277", "Bipolar uncorrected XYZ lead system", (3263,)
)
"""Bipolar uncorrected XYZ lead system (MDC 10:11277)."""

Bradycardia_10_10432: _Final[_Code] = _Code("MDC", "10:10432", "Bradycardia", (3415,))
"""Bradycardia (MDC 10:10432)."""

Bradycardia_3_3084: _Final[_Code] = _Code("MDC", "3:3084", "Bradycardia", (3038,))
"""Bradycardia (MDC 3:3084)."""

BurstSuppression: _Final[_Code] = _Code("MDC", "2:23952", "Burst suppression", (3035,))
"""Burst suppression (MDC 2:23952)."""

C1: _Final[_Code] = _Code("MDC", "7:1129", "C1", (3030,))
"""C1 (MDC 7:1129)."""

C2: _Final[_Code] = _Code("MDC", "7:1134", "C2", (3030,))
"""C2 (MDC 7:1134)."""

C3: _Final[_Code] = _Code("MDC", "7:1137", "C3", (3030,))
"""C3 (MDC 7:1137)."""

C4: _Final[_Code] = _Code("MDC", "7:1142", "C4", (3030,))
"""C4 (MDC 7:1142)."""

C5: _Final[_Code] = _Code("MDC", "7:1145", "C5", (3030,))
"""C5 (MDC 7:1145)."""

C6: _Final[_Code] = _Code("MDC", "7:1150", "C6", (3030,))
"""C6 (MDC 7:1150)."""

CP1: _Final[_Code] = _Code("MDC", "7:1153", "CP1", (3030,))
"""CP1 (MDC 7:1153)."""

CP2: _Final[_Code] = _Code("MDC", "7:1158", "CP2", (3030,))
"""CP2 (MDC 7:1158)."""

CP3: _Final[_Code] = _Code("MDC", "7:1161", "CP3", (3030,))
"""CP3 (MDC 7:1161)."""

CP4: _Final[_Code] = _Code("MDC", "7:1166", "CP4", (3030,))
"""CP4 (MDC 7:1166)."""

CP5: _Final[_Code] = _Code("MDC", "7:1169", "CP5", (3030,))
"""CP5 (MDC 7:1169)."""

CP6: _Final[_Code] = _Code("MDC", "7:1174", "CP6", (3030,))
"""CP6 (MDC 7:1174)."""

CalibrationPulse: _Final[_Code] = _Code(
    "MDC", "10:2240", "Calibration pulse (individual pulse)", (3335,)
)
"""Calibration pulse (individual pulse) (MDC 10:2240)."""

CalibrationSignal: _Final[_Code] = _Code(
    "MDC", "10:10448", "Calibration signal (sustained)", (3415,)
)
"""Calibration signal (sustained) (MDC 10:10448)."""

CanineFifthRightIntercostalSpaceNearEdgeOfSternum: _Final[_Code] = _Code(
    "MDC", "2:148", "Canine, fifth right intercostal space near edge of sternum", (3001,)
)
"""Canine, fifth right intercostal space near edge of sternum (MDC 2:148)."""

CanineOverDorsalSpinousProcessOf7thThoracicVertebra: _Final[_Code] = _Code(
    "MDC", "2:151", "Canine, over dorsal spinous process of 7th thoracic vertebra", (3001,)
)
"""Canine, over dorsal spinous process of 7th thoracic vertebra (MDC 2:151)."""

CanineSixthLeftIntercostalSpaceAtCostochondralJunction: _Final[_Code] = _Code(
    "MDC", "2:150", "Canine, sixth left intercostal space at costochondral junction", (3001,)
)
"""Canine, sixth left intercostal space at costochondral junction (MDC 2:150)."""

CanineSixthLeftIntercostalSpaceNearEdgeOfSternum: _Final[_Code] = _Code(
    "MDC", "2:149", "Canine, sixth left intercostal space near edge of sternum", (3001,)
)
"""Canine, sixth left intercostal space near edge of sternum (MDC 2:149)."""

CardioversionSpike: _Final[_Code] = _Code("MDC", "10:7168", "Cardioversion spike", (3335,))
"""Cardioversion spike (MDC 10:7168)."""

ChestLeadPerV1AndV1RPlacement: _Final[_Code] = _Code(
    "MDC", "2:99", "Chest lead per V1 and V1R placement", (3001,)
)
"""Chest lead per V1 and V1R placement (MDC 2:99)."""

ChestLeadPerV2AndV2RPlacement: _Final[_Code] = _Code(
    "MDC", "2:100", "Chest lead per V2 and V2R placement", (3001,)
)
"""Chest lead per V2 and V2R placement (MDC 2:100)."""

ChestLeadPerV3AndV3RPlacement: _Final[_Code] = _Code(
    "MDC", "2:101", "Chest lead per V3 and V3R placement", (3001,)
)
"""Chest lead per V3 and V3R placement (MDC 2:101)."""

ChestLeadPerV4AndV4RPlacement: _Final[_Code] = _Code(
    "MDC", "2:102", "Chest lead per V4 and V4R placement", (3001,)
)
"""Chest lead per V4 and V4R placement (MDC 2:102)."""

ChestLeadPerV5AndV5RPlacement: _Final[_Code] = _Code(
    "MDC", "2:19", "Chest lead per V5 and V5R placement", (3001,)
)
"""Chest lead per V5 and V5R placement (MDC 2:19)."""

ChestLeadPerV6AndV6RPlacement: _Final[_Code] = _Code(
    "MDC", "2:103", "Chest lead per V6 and V6R placement", (3001,)
)
"""Chest lead per V6 and V6R placement (MDC 2:103)."""

ChestLeadPerV7AndV8RPlacement: _Final[_Code] = _Code(
    "MDC", "2:104", "Chest lead per V7 and V8R placement", (3001,)
)
"""Chest lead per V7 and V8R placement (MDC 2:104)."""

ChestLead_2_86: _Final[_Code] = _Code("MDC", "2:86", "Chest lead", (3001,))
"""Chest lead (MDC 2:86)."""

ChestLead_2_98: _Final[_Code] = _Code("MDC", "2:98", "Chest lead (symmetric placement)", (3001,))
"""Chest lead (symmetric placement) (MDC 2:98)."""

ChestManubriumLead: _Final[_Code] = _Code("MDC", "2:105", "Chest-manubrium lead", (3001,))
"""Chest-manubrium lead (MDC 2:105)."""

ChestManubriumLeadPerV1Placement: _Final[_Code] = _Code(
    "MDC", "2:106", "Chest-manubrium lead per V1 placement", (3001,)
)
"""Chest-manubrium lead per V1 placement (MDC 2:106)."""

ChestManubriumLeadPerV2Placement: _Final[_Code] = _Code(
    "MDC", "2:107", "Chest-manubrium lead per V2 placement", (3001,)
)
"""Chest-manubrium lead per V2 placement (MDC 2:107)."""

ChestManubriumLeadPerV3Placement: _Final[_Code] = _Code(
    "MDC", "2:108", "Chest-manubrium lead per V3 placement", (3001,)
)
"""Chest-manubrium lead per V3 placement (MDC 2:108)."""

ChestManubriumLeadPerV4Placement: _Final[_Code] = _Code(
    "MDC", "2:109", "Chest-manubrium lead per V4 placement", (3001,)
)
"""Chest-manubrium lead per V4 placement (MDC 2:109)."""

ChestManubriumLeadPerV5Placement: _Final[_Code] = _Code(
    "MDC", "2:20", "Chest-manubrium lead per V5 placement", (3001,)
)
"""Chest-manubrium lead per V5 placement (MDC 2:20)."""

ChestManubriumLeadPerV6Placement: _Final[_Code] = _Code(
    "MDC", "2:110", "Chest-manubrium lead per V6 placement", (3001,)
)
"""Chest-manubrium lead per V6 placement (MDC 2:110)."""

ChestManubriumLeadPerV7Placement: _Final[_Code] = _Code(
    "MDC", "2:121", "Chest-manubrium lead per V7 placement", (3001,)
)
"""Chest-manubrium lead per V7 placement (MDC 2:121)."""

CircumHead: _Final[_Code] = _Code("MDC", "2:22784", "Circum head", (3040,))
"""Circum head (MDC 2:22784)."""

ClinicalSeizureDischarge: _Final[_Code] = _Code(
    "MDC", "3:3264", "Clinical seizure discharge", (3038,)
)
"""Clinical seizure discharge (MDC 3:3264)."""

CompleteAVDissociation: _Final[_Code] = _Code("MDC", "10:9760", "Complete AV dissociation", (3415,))
"""Complete AV dissociation (MDC 10:9760)."""

Cpz: _Final[_Code] = _Code("MDC", "7:1020", "CPz", (3030,))
"""CPz (MDC 7:1020)."""

CubeXYZLeadSystem: _Final[_Code] = _Code("MDC", "10:11276", "Cube XYZ lead system", (3263,))
"""Cube XYZ lead system (MDC 10:11276)."""

Cz: _Final[_Code] = _Code("MDC", "7:1016", "Cz", (3030,))
"""Cz (MDC 7:1016)."""

DefibrillationSpike: _Final[_Code] = _Code("MDC", "10:8192", "Defibrillation spike", (3335,))
"""Defibrillation spike (MDC 10:8192)."""

DefibrillatorLeadAnteriorLateral: _Final[_Code] = _Code(
    "MDC", "2:73", "Defibrillator lead: anterior-lateral", (3001,)
)
"""Defibrillator lead: anterior-lateral (MDC 2:73)."""

DeltaWave: _Final[_Code] = _Code("MDC", "10:1216", "Delta wave", (3335,))
"""Delta wave (MDC 10:1216)."""

DerivedLeadAvf: _Final[_Code] = _Code("MDC", "2:114", "Derived Lead aVF", (3001,))
"""Derived Lead aVF (MDC 2:114)."""

DerivedLeadAvl: _Final[_Code] = _Code("MDC", "2:113", "Derived Lead aVL", (3001,))
"""Derived Lead aVL (MDC 2:113)."""

DerivedLeadAvr: _Final[_Code] = _Code("MDC", "2:112", "Derived Lead aVR", (3001,))
"""Derived Lead aVR (MDC 2:112)."""

DerivedLeadI: _Final[_Code] = _Code("MDC", "2:31", "Derived Lead I", (3001,))
"""Derived Lead I (MDC 2:31)."""

DerivedLeadII: _Final[_Code] = _Code("MDC", "2:32", "Derived Lead II", (3001,))
"""Derived Lead II (MDC 2:32)."""

DerivedLeadIII: _Final[_Code] = _Code("MDC", "2:111", "Derived Lead III", (3001,))
"""Derived Lead III (MDC 2:111)."""

DerivedLeadV1: _Final[_Code] = _Code("MDC", "2:33", "Derived Lead V1", (3001,))
"""Derived Lead V1 (MDC 2:33)."""

DerivedLeadV2: _Final[_Code] = _Code("MDC", "2:34", "Derived Lead V2", (3001,))
"""Derived Lead V2 (MDC 2:34)."""

DerivedLeadV3: _Final[_Code] = _Code("MDC", "2:35", "Derived Lead V3", (3001,))
"""Derived Lead V3 (MDC 2:35)."""

DerivedLeadV4: _Final[_Code] = _Code("MDC", "2:36", "Derived Lead V4", (3001,))
"""Derived Lead V4 (MDC 2:36)."""

DerivedLeadV5: _Final[_Code] = _Code("MDC", "2:37", "Derived Lead V5", (3001,))
"""Derived Lead V5 (MDC 2:37)."""

DerivedLeadV6: _Final[_Code] = _Code("MDC", "2:38", "Derived Lead V6", (3001,))
"""Derived Lead V6 (MDC 2:38)."""

Desaturation: _Final[_Code] = _Code("MDC", "3:3246", "Desaturation", (3038,))
"""Desaturation (MDC 3:3246)."""

Diaphragma: _Final[_Code] = _Code("MDC", "7:552", "Diaphragma", (3031,))
"""Diaphragma (MDC 7:552)."""

DiaphragmaLeft: _Final[_Code] = _Code("MDC", "7:553", "Diaphragma, left", (3031,))
"""Diaphragma, left (MDC 7:553)."""

DiaphragmaRight: _Final[_Code] = _Code("MDC", "7:554", "Diaphragma, right", (3031,))
"""Diaphragma, right (MDC 7:554)."""

DominantBeat: _Final[_Code] = _Code("MDC", "10:8240", "Dominant beat", (3335,))
"""Dominant beat (MDC 10:8240)."""

E0: _Final[_Code] = _Code("MDC", "7:1320", "E0", (3033,))
"""E0 (MDC 7:1320)."""

EASILeadAI: _Final[_Code] = _Code("MDC", "2:133", "EASI Lead AI", (3001,))
"""EASI Lead AI (MDC 2:133)."""

EASILeadAS: _Final[_Code] = _Code("MDC", "2:132", "EASI Lead AS", (3001,))
"""EASI Lead AS (MDC 2:132)."""

EASILeadES: _Final[_Code] = _Code("MDC", "2:131", "EASI Lead ES", (3001,))
"""EASI Lead ES (MDC 2:131)."""

EASIUpperSternumLead: _Final[_Code] = _Code("MDC", "2:134", "EASI upper sternum lead", (3001,))
"""EASI upper sternum lead (MDC 2:134)."""

ECGArtifactualActivity: _Final[_Code] = _Code("MDC", "2:24240", "ECG artifactual activity", (3035,))
"""ECG artifactual activity (MDC 2:24240)."""

EMGComplexRepetitiveDischarge: _Final[_Code] = _Code(
    "MDC", "2:24448", "EMG complex repetitive discharge", (3036,)
)
"""EMG complex repetitive discharge (MDC 2:24448)."""

EMGCrampDischarge: _Final[_Code] = _Code("MDC", "2:24464", "EMG cramp discharge", (3036,))
"""EMG cramp discharge (MDC 2:24464)."""

EMGDoubletWaveform: _Final[_Code] = _Code("MDC", "2:24360", "EMG doublet waveform", (3036,))
"""EMG doublet waveform (MDC 2:24360)."""

EMGEndplateNoise: _Final[_Code] = _Code("MDC", "2:24392", "EMG endplate noise", (3036,))
"""EMG endplate noise (MDC 2:24392)."""

EMGEndplateSpike: _Final[_Code] = _Code("MDC", "2:24400", "EMG endplate spike", (3036,))
"""EMG endplate spike (MDC 2:24400)."""

EMGFasciculationPotential: _Final[_Code] = _Code(
    "MDC", "2:24432", "EMG fasciculation potential", (3036,)
)
"""EMG fasciculation potential (MDC 2:24432)."""

EMGFibrillationPotential: _Final[_Code] = _Code(
    "MDC", "2:24416", "EMG fibrillation potential", (3036,)
)
"""EMG fibrillation potential (MDC 2:24416)."""

EMGInsertionalActivity: _Final[_Code] = _Code("MDC", "2:24384", "EMG insertional activity", (3036,))
"""EMG insertional activity (MDC 2:24384)."""

EMGMotorUnitPotential: _Final[_Code] = _Code("MDC", "2:24352", "EMG motor unit potential", (3036,))
"""EMG motor unit potential (MDC 2:24352)."""

EMGMultipletWaveform: _Final[_Code] = _Code("MDC", "2:24376", "EMG multiplet waveform", (3036,))
"""EMG multiplet waveform (MDC 2:24376)."""

EMGMyokymicDischarge: _Final[_Code] = _Code("MDC", "2:24456", "EMG myokymic discharge", (3036,))
"""EMG myokymic discharge (MDC 2:24456)."""

EMGMyotonicDischarge: _Final[_Code] = _Code("MDC", "2:24440", "EMG myotonic discharge", (3036,))
"""EMG myotonic discharge (MDC 2:24440)."""

EMGPositiveSharpWave: _Final[_Code] = _Code("MDC", "2:24424", "EMG positive sharp wave", (3036,))
"""EMG positive sharp wave (MDC 2:24424)."""

EMGTripletWaveform: _Final[_Code] = _Code("MDC", "2:24368", "EMG triplet waveform", (3036,))
"""EMG triplet waveform (MDC 2:24368)."""

EMGUnspecifiedIterativeDischarge: _Final[_Code] = _Code(
    "MDC", "2:24408", "EMG unspecified iterative discharge", (3036,)
)
"""EMG unspecified iterative discharge (MDC 2:24408)."""

EMGUnspecifiedWaveform: _Final[_Code] = _Code("MDC", "2:24336", "EMG unspecified waveform", (3036,))
"""EMG unspecified waveform (MDC 2:24336)."""

EMGWaveformAfterDischarge: _Final[_Code] = _Code(
    "MDC", "2:24472", "EMG waveform after discharge", (3036,)
)
"""EMG waveform after discharge (MDC 2:24472)."""

EMGWaveformUnderVoluntaryControl: _Final[_Code] = _Code(
    "MDC", "2:24344", "EMG waveform under voluntary control", (3036,)
)
"""EMG waveform under voluntary control (MDC 2:24344)."""

El1: _Final[_Code] = _Code("MDC", "7:1325", "El1", (3033,))
"""El1 (MDC 7:1325)."""

El2: _Final[_Code] = _Code("MDC", "7:1329", "El2", (3033,))
"""El2 (MDC 7:1329)."""

El3: _Final[_Code] = _Code("MDC", "7:1333", "El3", (3033,))
"""El3 (MDC 7:1333)."""

El4: _Final[_Code] = _Code("MDC", "7:1337", "El4", (3033,))
"""El4 (MDC 7:1337)."""

El5: _Final[_Code] = _Code("MDC", "7:1341", "El5", (3033,))
"""El5 (MDC 7:1341)."""

El6: _Final[_Code] = _Code("MDC", "7:1345", "El6", (3033,))
"""El6 (MDC 7:1345)."""

El7: _Final[_Code] = _Code("MDC", "7:1349", "El7", (3033,))
"""El7 (MDC 7:1349)."""

Ela: _Final[_Code] = _Code("MDC", "7:1389", "Ela", (3033,))
"""Ela (MDC 7:1389)."""

Elb: _Final[_Code] = _Code("MDC", "7:1393", "Elb", (3033,))
"""Elb (MDC 7:1393)."""

ElectrodeInstrumentalArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24208", "Electrode instrumental artifactual activity", (3035,)
)
"""Electrode instrumental artifactual activity (MDC 2:24208)."""

Ell: _Final[_Code] = _Code("MDC", "7:1381", "ElL", (3033,))
"""ElL (MDC 7:1381)."""

EntireBeatPonToToffExcludingU: _Final[_Code] = _Code(
    "MDC", "10:1472", "Entire Beat (Pon to Toff, excluding U)", (3335,)
)
"""Entire Beat (Pon to Toff, excluding U) (MDC 10:1472)."""

EntireBeatQonToToffExcludingPAndU: _Final[_Code] = _Code(
    "MDC", "10:1536", "Entire Beat (Qon to Toff, excluding P and U)", (3335,)
)
"""Entire Beat (Qon to Toff, excluding P and U) (MDC 10:1536)."""

EntireQRSExcludingPTAndU: _Final[_Code] = _Code(
    "MDC", "10:1600", "Entire QRS (excluding P, T and U)", (3335,)
)
"""Entire QRS (excluding P, T and U) (MDC 10:1600)."""

EpilepticOrPotentiallyEpileptogenicActivity: _Final[_Code] = _Code(
    "MDC", "2:23888", "Epileptic or potentially epileptogenic activity", (3035,)
)
"""Epileptic or potentially epileptogenic activity (MDC 2:23888)."""

EpilepticOrPotentiallyEpileptogenicSharpWave: _Final[_Code] = _Code(
    "MDC", "2:23896", "Epileptic or potentially epileptogenic sharp wave", (3035,)
)
"""Epileptic or potentially epileptogenic sharp wave (MDC 2:23896)."""

EpilepticOrPotentiallyEpileptogenicSpike: _Final[_Code] = _Code(
    "MDC", "2:23904", "Epileptic or potentially epileptogenic spike", (3035,)
)
"""Epileptic or potentially epileptogenic spike (MDC 2:23904)."""

Er1: _Final[_Code] = _Code("MDC", "7:1354", "Er1", (3033,))
"""Er1 (MDC 7:1354)."""

Er2: _Final[_Code] = _Code("MDC", "7:1358", "Er2", (3033,))
"""Er2 (MDC 7:1358)."""

Er3: _Final[_Code] = _Code("MDC", "7:1362", "Er3", (3033,))
"""Er3 (MDC 7:1362)."""

Er4: _Final[_Code] = _Code("MDC", "7:1366", "Er4", (3033,))
"""Er4 (MDC 7:1366)."""

Er5: _Final[_Code] = _Code("MDC", "7:1370", "Er5", (3033,))
"""Er5 (MDC 7:1370)."""

Er6: _Final[_Code] = _Code("MDC", "7:1374", "Er6", (3033,))
"""Er6 (MDC 7:1374)."""

Er7: _Final[_Code] = _Code("MDC", "7:1378", "Er7", (3033,))
"""Er7 (MDC 7:1378)."""

Era: _Final[_Code] = _Code("MDC", "7:1398", "Era", (3033,))
"""Era (MDC 7:1398)."""

Erb: _Final[_Code] = _Code("MDC", "7:1402", "Erb", (3033,))
"""Erb (MDC 7:1402)."""

Erl: _Final[_Code] = _Code("MDC", "7:1386", "ErL", (3033,))
"""ErL (MDC 7:1386)."""

ExternalInterferenceArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24272", "External interference Artifactual activity", (3035,)
)
"""External interference Artifactual activity (MDC 2:24272)."""

ExternalPacingLeadAnteriorPosterior: _Final[_Code] = _Code(
    "MDC", "2:74", "External pacing lead: anterior-posterior", (3001,)
)
"""External pacing lead: anterior-posterior (MDC 2:74)."""

ExtraocularMuscleActivity: _Final[_Code] = _Code(
    "MDC", "2:24160", "Extraocular muscle activity", (3035,)
)
"""Extraocular muscle activity (MDC 2:24160)."""

EyeBlink: _Final[_Code] = _Code("MDC", "2:24280", "Eye blink", (3037,))
"""Eye blink (MDC 2:24280)."""

EyeBlinks: _Final[_Code] = _Code("MDC", "2:24048", "Eye blinks", (3035,))
"""Eye blinks (MDC 2:24048)."""

EyeRelatedActivity: _Final[_Code] = _Code("MDC", "2:24040", "Eye-related activity", (3035,))
"""Eye-related activity (MDC 2:24040)."""

EyeRelatedActivityElectroretinogram: _Final[_Code] = _Code(
    "MDC", "2:24112", "Eye-related activity electroretinogram", (3035,)
)
"""Eye-related activity electroretinogram (MDC 2:24112)."""

EyeRelatedPhotodrivingActivity: _Final[_Code] = _Code(
    "MDC", "2:24088", "Eye-related photodriving activity", (3035,)
)
"""Eye-related photodriving activity (MDC 2:24088)."""

EyeRelatedPhotomyogenicActivity: _Final[_Code] = _Code(
    "MDC", "2:24096", "Eye-related photomyogenic activity", (3035,)
)
"""Eye-related photomyogenic activity (MDC 2:24096)."""

EyeRelatedPhotoparadoxysmalActivity: _Final[_Code] = _Code(
    "MDC", "2:24104", "Eye-related photoparadoxysmal activity", (3035,)
)
"""Eye-related photoparadoxysmal activity (MDC 2:24104)."""

EyesClosed: _Final[_Code] = _Code("MDC", "2:24320", "Eyes closed", (3037,))
"""Eyes closed (MDC 2:24320)."""

EyesOpen: _Final[_Code] = _Code("MDC", "2:24328", "Eyes open", (3037,))
"""Eyes open (MDC 2:24328)."""

F1: _Final[_Code] = _Code("MDC", "7:1049", "F1", (3030,))
"""F1 (MDC 7:1049)."""

F10: _Final[_Code] = _Code("MDC", "7:1086", "F10", (3030,))
"""F10 (MDC 7:1086)."""

F2: _Final[_Code] = _Code("MDC", "7:1054", "F2", (3030,))
"""F2 (MDC 7:1054)."""

F3: _Final[_Code] = _Code("MDC", "7:1057", "F3", (3030,))
"""F3 (MDC 7:1057)."""

F4: _Final[_Code] = _Code("MDC", "7:1062", "F4", (3030,))
"""F4 (MDC 7:1062)."""

F5: _Final[_Code] = _Code("MDC", "7:1065", "F5", (3030,))
"""F5 (MDC 7:1065)."""

F6: _Final[_Code] = _Code("MDC", "7:1070", "F6", (3030,))
"""F6 (MDC 7:1070)."""

F7: _Final[_Code] = _Code("MDC", "7:1073", "F7", (3030,))
"""F7 (MDC 7:1073)."""

F8: _Final[_Code] = _Code("MDC", "7:1078", "F8", (3030,))
"""F8 (MDC 7:1078)."""

F9: _Final[_Code] = _Code("MDC", "7:1081", "F9", (3030,))
"""F9 (MDC 7:1081)."""

FC1: _Final[_Code] = _Code("MDC", "7:1089", "FC1", (3030,))
"""FC1 (MDC 7:1089)."""

FC2: _Final[_Code] = _Code("MDC", "7:1094", "FC2", (3030,))
"""FC2 (MDC 7:1094)."""

FC3: _Final[_Code] = _Code("MDC", "7:1097", "FC3", (3030,))
"""FC3 (MDC 7:1097)."""

FC4: _Final[_Code] = _Code("MDC", "7:1102", "FC4", (3030,))
"""FC4 (MDC 7:1102)."""

FC5: _Final[_Code] = _Code("MDC", "7:1105", "FC5", (3030,))
"""FC5 (MDC 7:1105)."""

FC6: _Final[_Code] = _Code("MDC", "7:1110", "FC6", (3030,))
"""FC6 (MDC 7:1110)."""

FT10: _Final[_Code] = _Code("MDC", "7:1126", "FT10", (3030,))
"""FT10 (MDC 7:1126)."""

FT7: _Final[_Code] = _Code("MDC", "7:1113", "FT7", (3030,))
"""FT7 (MDC 7:1113)."""

FT8: _Final[_Code] = _Code("MDC", "7:1118", "FT8", (3030,))
"""FT8 (MDC 7:1118)."""

FT9: _Final[_Code] = _Code("MDC", "7:1121", "FT9", (3030,))
"""FT9 (MDC 7:1121)."""

FastIrregularEyeMovements: _Final[_Code] = _Code(
    "MDC", "2:24072", "Fast irregular eye movements", (3035,)
)
"""Fast irregular eye movements (MDC 2:24072)."""

Fcz: _Final[_Code] = _Code("MDC", "7:1012", "FCz", (3030,))
"""FCz (MDC 7:1012)."""

FirstDegreeAVBlock_10_9632: _Final[_Code] = _Code(
    "MDC", "10:9632", "First Degree AV Block", (3415,)
)
"""First Degree AV Block (MDC 10:9632)."""

FirstDegreeAVBlock_3_3146: _Final[_Code] = _Code("MDC", "3:3146", "First-degree AV block", (3038,))
"""First-degree AV block (MDC 3:3146)."""

FirstDegreeSABlock: _Final[_Code] = _Code("MDC", "10:9776", "First Degree SA Block", (3415,))
"""First Degree SA Block (MDC 10:9776)."""

FlashStimulus: _Final[_Code] = _Code("MDC", "2:53539", "Flash stimulus", (3041,))
"""Flash stimulus (MDC 2:53539)."""

Fp1: _Final[_Code] = _Code("MDC", "7:1041", "Fp1", (3030,))
"""Fp1 (MDC 7:1041)."""

Fp2: _Final[_Code] = _Code("MDC", "7:1042", "Fp2", (3030,))
"""Fp2 (MDC 7:1042)."""

Fpz: _Final[_Code] = _Code("MDC", "7:1000", "Fpz", (3030,))
"""Fpz (MDC 7:1000)."""

FrankLeadA: _Final[_Code] = _Code("MDC", "2:27", "Frank Lead A", (3001,))
"""Frank Lead A (MDC 2:27)."""

FrankLeadC: _Final[_Code] = _Code("MDC", "2:26", "Frank Lead C", (3001,))
"""Frank Lead C (MDC 2:26)."""

FrankLeadE: _Final[_Code] = _Code("MDC", "2:25", "Frank Lead E", (3001,))
"""Frank Lead E (MDC 2:25)."""

FrankLeadF: _Final[_Code] = _Code("MDC", "2:29", "Frank Lead F", (3001,))
"""Frank Lead F (MDC 2:29)."""

FrankLeadH: _Final[_Code] = _Code("MDC", "2:30", "Frank Lead H", (3001,))
"""Frank Lead H (MDC 2:30)."""

FrankLeadI: _Final[_Code] = _Code("MDC", "2:24", "Frank Lead I", (3001,))
"""Frank Lead I (MDC 2:24)."""

FrankLeadM: _Final[_Code] = _Code("MDC", "2:28", "Frank Lead M", (3001,))
"""Frank Lead M (MDC 2:28)."""

FrankXYZLeadSystem: _Final[_Code] = _Code("MDC", "10:11274", "Frank XYZ lead system", (3263,))
"""Frank XYZ lead system (MDC 10:11274)."""

FusionOfVentricularAndNormalBeat: _Final[_Code] = _Code(
    "MDC", "10:8352", "Fusion of ventricular and normal beat", (3335,)
)
"""Fusion of ventricular and normal beat (MDC 10:8352)."""

Fz: _Final[_Code] = _Code("MDC", "7:1008", "Fz", (3030,))
"""Fz (MDC 7:1008)."""

GlossokineticArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24256", "Glossokinetic artifactual activity", (3035,)
)
"""Glossokinetic artifactual activity (MDC 2:24256)."""

HighPassFilter: _Final[_Code] = _Code("MDC", "10:11404", "High pass filter", (3691,))
"""High pass filter (MDC 10:11404)."""

HighPassFilterDescription: _Final[_Code] = _Code(
    "MDC", "10:11406", "High pass filter description", (3691,)
)
"""High pass filter description (MDC 10:11406)."""

IdioventricularVentricularEscapeRhythm: _Final[_Code] = _Code(
    "MDC", "10:9856", "Idioventricular (ventricular escape) rhythm", (3415,)
)
"""Idioventricular (ventricular escape) rhythm (MDC 10:9856)."""

IncompleteLeftBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8480", "Incomplete left bundle branch block beat", (3335,)
)
"""Incomplete left bundle branch block beat (MDC 10:8480)."""

IncompleteRightBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8512", "Incomplete right bundle branch block beat", (3335,)
)
"""Incomplete right bundle branch block beat (MDC 10:8512)."""

Interpolator: _Final[_Code] = _Code("MDC", "10:11414", "Interpolator", (3691,))
"""Interpolator (MDC 10:11414)."""

InterpolatorDescription: _Final[_Code] = _Code(
    "MDC", "10:11416", "Interpolator description", (3691,)
)
"""Interpolator description (MDC 10:11416)."""

InterpolatorSNR: _Final[_Code] = _Code("MDC", "10:11418", "Interpolator SNR", (3690,))
"""Interpolator SNR (MDC 10:11418)."""

IntraventricularConductionDisturbance: _Final[_Code] = _Code(
    "MDC", "10:8608", "intraventricular conduction disturbance", (3335,)
)
"""intraventricular conduction disturbance (MDC 10:8608)."""

IrregularHeartRate: _Final[_Code] = _Code("MDC", "3:3158", "Irregular heart rate", (3038,))
"""Irregular heart rate (MDC 3:3158)."""

IrregularRhythm_10_10352: _Final[_Code] = _Code("MDC", "10:10352", "Irregular rhythm", (3415,))
"""Irregular rhythm (MDC 10:10352)."""

IrregularRhythm_3_3118: _Final[_Code] = _Code("MDC", "3:3118", "Irregular rhythm", (3038,))
"""Irregular rhythm (MDC 3:3118)."""

IsoelectricPointOrSegment: _Final[_Code] = _Code(
    "MDC", "10:1856", "Isoelectric point or segment", (3335,)
)
"""Isoelectric point or segment (MDC 10:1856)."""

IsoelectricRegionFromGlobalQRSOnsetToSpecificLeadOnset: _Final[_Code] = _Code(
    "MDC", "10:1280", "Isoelectric region from global QRS onset to specific lead onset", (3335,)
)
"""Isoelectric region from global QRS onset to specific lead onset (MDC 10:1280)."""

IsoelectricRegionFromSpecificLeadQRSOffsetToGlobalOffset: _Final[_Code] = _Code(
    "MDC", "10:1344", "Isoelectric region from specific lead QRS Offset to global offset", (3335,)
)
"""Isoelectric region from specific lead QRS Offset to global offset (MDC 10:1344)."""

IsolatedQRSLikeArtifact: _Final[_Code] = _Code(
    "MDC", "10:2176", "Isolated QRS-like artifact", (3335,)
)
"""Isolated QRS-like artifact (MDC 10:2176)."""

IsorhythmicAVDissociation: _Final[_Code] = _Code(
    "MDC", "10:9744", "Isorhythmic AV dissociation", (3415,)
)
"""Isorhythmic AV dissociation (MDC 10:9744)."""

Iz: _Final[_Code] = _Code("MDC", "7:1036", "Iz", (3030,))
"""Iz (MDC 7:1036)."""

JPoint: _Final[_Code] = _Code("MDC", "10:2048", "J-point", (3335,))
"""J-point (MDC 10:2048)."""

JPointAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1024", "J point Amplitude, per lead", (3688,)
)
"""J point Amplitude, per lead (MDC 2:1024)."""

JunctionalNodalEscapeBeat: _Final[_Code] = _Code(
    "MDC", "10:8416", "Junctional (nodal) escape beat", (3335,)
)
"""Junctional (nodal) escape beat (MDC 10:8416)."""

JunctionalNodalPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8288", "Junctional (nodal) premature contraction", (3335,)
)
"""Junctional (nodal) premature contraction (MDC 10:8288)."""

JunctionalTachycardia: _Final[_Code] = _Code("MDC", "10:9584", "Junctional Tachycardia", (3415,))
"""Junctional Tachycardia (MDC 10:9584)."""

LambdaWave: _Final[_Code] = _Code("MDC", "2:23880", "Lambda wave", (3035,))
"""Lambda wave (MDC 2:23880)."""

LeadANehbAnterior: _Final[_Code] = _Code("MDC", "2:71", "Lead A (Nehb - Anterior)", (3001,))
"""Lead A (Nehb - Anterior) (MDC 2:71)."""

LeadCH5: _Final[_Code] = _Code("MDC", "2:122", "Lead CH5", (3001,))
"""Lead CH5 (MDC 2:122)."""

LeadCR5: _Final[_Code] = _Code("MDC", "2:125", "Lead CR5", (3001,))
"""Lead CR5 (MDC 2:125)."""

LeadDNehbDorsal: _Final[_Code] = _Code("MDC", "2:70", "Lead D (Nehb - Dorsal)", (3001,))
"""Lead D (Nehb - Dorsal) (MDC 2:70)."""

LeadDisconnected: _Final[_Code] = _Code("MDC", "3:268", "Lead disconnected", (3039,))
"""Lead disconnected (MDC 3:268)."""

LeadI: _Final[_Code] = _Code("MDC", "2:1", "Lead I", (3001,))
"""Lead I (MDC 2:1)."""

LeadII: _Final[_Code] = _Code("MDC", "2:2", "Lead II", (3001,))
"""Lead II (MDC 2:2)."""

LeadIII: _Final[_Code] = _Code("MDC", "2:61", "Lead III", (3001,))
"""Lead III (MDC 2:61)."""

LeadJNehbInferior: _Final[_Code] = _Code("MDC", "2:72", "Lead J (Nehb - Inferior)", (3001,))
"""Lead J (Nehb - Inferior) (MDC 2:72)."""

LeadV1: _Final[_Code] = _Code("MDC", "2:3", "Lead V1", (3001,))
"""Lead V1 (MDC 2:3)."""

LeadV2: _Final[_Code] = _Code("MDC", "2:4", "Lead V2", (3001,))
"""Lead V2 (MDC 2:4)."""

LeadV2R: _Final[_Code] = _Code("MDC", "2:10", "Lead V2R", (3001,))
"""Lead V2R (MDC 2:10)."""

LeadV3: _Final[_Code] = _Code("MDC", "2:5", "Lead V3", (3001,))
"""Lead V3 (MDC 2:5)."""

LeadV3R: _Final[_Code] = _Code("MDC", "2:11", "Lead V3R", (3001,))
"""Lead V3R (MDC 2:11)."""

LeadV4: _Final[_Code] = _Code("MDC", "2:6", "Lead V4", (3001,))
"""Lead V4 (MDC 2:6)."""

LeadV4R: _Final[_Code] = _Code("MDC", "2:12", "Lead V4R", (3001,))
"""Lead V4R (MDC 2:12)."""

LeadV5: _Final[_Code] = _Code("MDC", "2:7", "Lead V5", (3001,))
"""Lead V5 (MDC 2:7)."""

LeadV5R: _Final[_Code] = _Code("MDC", "2:13", "Lead V5R", (3001,))
"""Lead V5R (MDC 2:13)."""

LeadV6: _Final[_Code] = _Code("MDC", "2:8", "Lead V6", (3001,))
"""Lead V6 (MDC 2:8)."""

LeadV6R: _Final[_Code] = _Code("MDC", "2:14", "Lead V6R", (3001,))
"""Lead V6R (MDC 2:14)."""

LeadV7: _Final[_Code] = _Code("MDC", "2:9", "Lead V7", (3001,))
"""Lead V7 (MDC 2:9)."""

LeadV7R: _Final[_Code] = _Code("MDC", "2:15", "Lead V7R", (3001,))
"""Lead V7R (MDC 2:15)."""

LeadV8: _Final[_Code] = _Code("MDC", "2:66", "Lead V8", (3001,))
"""Lead V8 (MDC 2:66)."""

LeadV8R: _Final[_Code] = _Code("MDC", "2:68", "Lead V8R", (3001,))
"""Lead V8R (MDC 2:68)."""

LeadV9: _Final[_Code] = _Code("MDC", "2:67", "Lead V9", (3001,))
"""Lead V9 (MDC 2:67)."""

LeadV9R: _Final[_Code] = _Code("MDC", "2:69", "Lead V9R", (3001,))
"""Lead V9R (MDC 2:69)."""

LeadVFNonaugmentedVoltageVectorOfLL: _Final[_Code] = _Code(
    "MDC", "2:90", "Lead VF, nonaugmented voltage, vector of LL", (3001,)
)
"""Lead VF, nonaugmented voltage, vector of LL (MDC 2:90)."""

LeadVLNonaugmentedVoltageVectorOfLA: _Final[_Code] = _Code(
    "MDC", "2:89", "Lead VL, nonaugmented voltage, vector of LA", (3001,)
)
"""Lead VL, nonaugmented voltage, vector of LA (MDC 2:89)."""

LeadVRNonaugmentedVoltageVectorOfRA: _Final[_Code] = _Code(
    "MDC", "2:88", "Lead VR, nonaugmented voltage, vector of RA", (3001,)
)
"""Lead VR, nonaugmented voltage, vector of RA (MDC 2:88)."""

LeadX: _Final[_Code] = _Code("MDC", "2:16", "Lead X", (3001,))
"""Lead X (MDC 2:16)."""

LeadY: _Final[_Code] = _Code("MDC", "2:17", "Lead Y", (3001,))
"""Lead Y (MDC 2:17)."""

LeadZ: _Final[_Code] = _Code("MDC", "2:18", "Lead Z", (3001,))
"""Lead Z (MDC 2:18)."""

LeftAnteriorFascicularBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8528", "Left anterior fascicular block beat", (3335,)
)
"""Left anterior fascicular block beat (MDC 10:8528)."""

LeftArmLead: _Final[_Code] = _Code("MDC", "2:21", "Left Arm Lead", (3001,))
"""Left Arm Lead (MDC 2:21)."""

LeftAtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4864", "left atrium Antibradycardia pace spike", (3335,)
)
"""left atrium Antibradycardia pace spike (MDC 10:4864)."""

LeftBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8464", "Left bundle branch block beat", (3335,)
)
"""Left bundle branch block beat (MDC 10:8464)."""

LeftLegLead: _Final[_Code] = _Code("MDC", "2:23", "Left Leg Lead", (3001,))
"""Left Leg Lead (MDC 2:23)."""

LeftPosteriorFascicularBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8544", "Left posterior fascicular block beat", (3335,)
)
"""Left posterior fascicular block beat (MDC 10:8544)."""

LeftVentricleAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5632", "left ventricle Antibradycardia pace spike", (3335,)
)
"""left ventricle Antibradycardia pace spike (MDC 10:5632)."""

LowHeartRateVariability: _Final[_Code] = _Code(
    "MDC", "10:10368", "Low Heart Rate Variability", (3415,)
)
"""Low Heart Rate Variability (MDC 10:10368)."""

LowPassFilter: _Final[_Code] = _Code("MDC", "10:11402", "Low pass filter", (3691,))
"""Low pass filter (MDC 10:11402)."""

LowPassFilterCutoffFreq: _Final[_Code] = _Code(
    "MDC", "10:11403", "Low pass filter cutoff freq", (3690,)
)
"""Low pass filter cutoff freq (MDC 10:11403)."""

LownGanongLevineSyndrome_10_10160: _Final[_Code] = _Code(
    "MDC", "10:10160", "Lown-Ganong-Levine syndrome", (3415,)
)
"""Lown-Ganong-Levine syndrome (MDC 10:10160)."""

LownGanongLevineSyndrome_10_8688: _Final[_Code] = _Code(
    "MDC", "10:8688", "Lown-Ganong-Levine syndrome", (3335,)
)
"""Lown-Ganong-Levine syndrome (MDC 10:8688)."""

MasonLikarLeadPositionsElectrodesPlacedIndividually: _Final[_Code] = _Code(
    "MDC", "10:11266", "Mason-Likar lead positions, electrodes placed individually", (3263,)
)
"""Mason-Likar lead positions, electrodes placed individually (MDC 10:11266)."""

MasonLikarLeadPositionsV1V6InElectrodePad: _Final[_Code] = _Code(
    "MDC", "10:11267", "Mason-Likar lead positions, V1-V6 in electrode pad", (3263,)
)
"""Mason-Likar lead positions, V1-V6 in electrode pad (MDC 10:11267)."""

McfeeParungaoXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11275", "McFee-Parungao XYZ lead system", (3263,)
)
"""McFee-Parungao XYZ lead system (MDC 10:11275)."""

ModerateNoiseBeatsCanBeDetectedButCannotBeClassified: _Final[_Code] = _Code(
    "MDC",
    "10:11216",
    "Moderate Noise, beats can be detected but cannot be classified",
    (3335, 3680),
)
"""Moderate Noise, beats can be detected but cannot be classified (MDC 10:11216)."""

ModifiedChestLead: _Final[_Code] = _Code(
    "MDC", "2:91", "Modified chest lead (left arm indifferent)", (3001,)
)
"""Modified chest lead (left arm indifferent) (MDC 2:91)."""

ModifiedChestLeadPerV1Placement: _Final[_Code] = _Code(
    "MDC", "2:92", "Modified chest lead per V1 placement", (3001,)
)
"""Modified chest lead per V1 placement (MDC 2:92)."""

ModifiedChestLeadPerV2Placement: _Final[_Code] = _Code(
    "MDC", "2:93", "Modified chest lead per V2 placement", (3001,)
)
"""Modified chest lead per V2 placement (MDC 2:93)."""

ModifiedChestLeadPerV3Placement: _Final[_Code] = _Code(
    "MDC", "2:94", "Modified chest lead per V3 placement", (3001,)
)
"""Modified chest lead per V3 placement (MDC 2:94)."""

ModifiedChestLeadPerV4Placement: _Final[_Code] = _Code(
    "MDC", "2:95", "Modified chest lead per V4 placement", (3001,)
)
"""Modified chest lead per V4 placement (MDC 2:95)."""

ModifiedChestLeadPerV5Placement: _Final[_Code] = _Code(
    "MDC", "2:96", "Modified chest lead per V5 placement", (3001,)
)
"""Modified chest lead per V5 placement (MDC 2:96)."""

ModifiedChestLeadPerV6Placement: _Final[_Code] = _Code(
    "MDC", "2:97", "Modified chest lead per V6 placement", (3001,)
)
"""Modified chest lead per V6 placement (MDC 2:97)."""

ModifiedLimbLead: _Final[_Code] = _Code("MDC", "2:126", "Modified limb lead", (3001,))
"""Modified limb lead (MDC 2:126)."""

MovementArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24216", "Movement artifactual activity", (3035,)
)
"""Movement artifactual activity (MDC 2:24216)."""

MultifocalAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9424", "Multifocal Atrial Tachycardia", (3415,)
)
"""Multifocal Atrial Tachycardia (MDC 10:9424)."""

MultipleIndependentSpikesAndAsynchronousSlowWaves: _Final[_Code] = _Code(
    "MDC", "2:23960", "Multiple independent spikes and asynchronous slow waves", (3035,)
)
"""Multiple independent spikes and asynchronous slow waves (MDC 2:23960)."""

MultipleSpike: _Final[_Code] = _Code("MDC", "2:23912", "Multiple spike", (3035,))
"""Multiple spike (MDC 2:23912)."""

MusculiAbdominis: _Final[_Code] = _Code("MDC", "7:556", "Musculi abdominis", (3031,))
"""Musculi abdominis (MDC 7:556)."""

MusculiAbdominisLeft: _Final[_Code] = _Code("MDC", "7:557", "Musculi abdominis, left", (3031,))
"""Musculi abdominis, left (MDC 7:557)."""

MusculiAbdominisRight: _Final[_Code] = _Code("MDC", "7:558", "Musculi abdominis, right", (3031,))
"""Musculi abdominis, right (MDC 7:558)."""

MusculiBulbi: _Final[_Code] = _Code("MDC", "7:256", "Musculi bulbi", (3031,))
"""Musculi bulbi (MDC 7:256)."""

MusculiBulbiLeft: _Final[_Code] = _Code("MDC", "7:257", "Musculi bulbi, left", (3031,))
"""Musculi bulbi, left (MDC 7:257)."""

MusculiBulbiRight: _Final[_Code] = _Code("MDC", "7:258", "Musculi bulbi, right", (3031,))
"""Musculi bulbi, right (MDC 7:258)."""

MusculiCapitis: _Final[_Code] = _Code("MDC", "7:252", "Musculi capitis", (3031,))
"""Musculi capitis (MDC 7:252)."""

MusculiCapitisLeft: _Final[_Code] = _Code("MDC", "7:253", "Musculi capitis, left", (3031,))
"""Musculi capitis, left (MDC 7:253)."""

MusculiCapitisRight: _Final[_Code] = _Code("MDC", "7:254", "Musculi capitis, right", (3031,))
"""Musculi capitis, right (MDC 7:254)."""

MusculiColli: _Final[_Code] = _Code("MDC", "7:388", "Musculi colli", (3031,))
"""Musculi colli (MDC 7:388)."""

MusculiColliLeft: _Final[_Code] = _Code("MDC", "7:389", "Musculi colli, left", (3031,))
"""Musculi colli, left (MDC 7:389)."""

MusculiColliRight: _Final[_Code] = _Code("MDC", "7:390", "Musculi colli, right", (3031,))
"""Musculi colli, right (MDC 7:390)."""

MusculiDiaphragmatisPelvis: _Final[_Code] = _Code(
    "MDC", "7:580", "Musculi diaphragmatis pelvis", (3031,)
)
"""Musculi diaphragmatis pelvis (MDC 7:580)."""

MusculiDiaphragmatisPelvisLeft: _Final[_Code] = _Code(
    "MDC", "7:581", "Musculi diaphragmatis pelvis, left", (3031,)
)
"""Musculi diaphragmatis pelvis, left (MDC 7:581)."""

MusculiDiaphragmatisPelvisRight: _Final[_Code] = _Code(
    "MDC", "7:582", "Musculi diaphragmatis pelvis, right", (3031,)
)
"""Musculi diaphragmatis pelvis, right (MDC 7:582)."""

MusculiDorsi: _Final[_Code] = _Code("MDC", "7:424", "Musculi dorsi", (3031,))
"""Musculi dorsi (MDC 7:424)."""

MusculiDorsiLeft: _Final[_Code] = _Code("MDC", "7:425", "Musculi dorsi, left", (3031,))
"""Musculi dorsi, left (MDC 7:425)."""

MusculiDorsiRight: _Final[_Code] = _Code("MDC", "7:426", "Musculi dorsi, right", (3031,))
"""Musculi dorsi, right (MDC 7:426)."""

MusculiFacialesEtMasticatores: _Final[_Code] = _Code(
    "MDC", "7:284", "Musculi faciales et masticatores", (3031,)
)
"""Musculi faciales et masticatores (MDC 7:284)."""

MusculiFacialesEtMasticatoresLeft: _Final[_Code] = _Code(
    "MDC", "7:285", "Musculi faciales et masticatores, left", (3031,)
)
"""Musculi faciales et masticatores, left (MDC 7:285)."""

MusculiFacialesEtMasticatoresRight: _Final[_Code] = _Code(
    "MDC", "7:286", "Musculi faciales et masticatores, right", (3031,)
)
"""Musculi faciales et masticatores, right (MDC 7:286)."""

MusculiIntercostales: _Final[_Code] = _Code("MDC", "7:548", "Musculi intercostales", (3031,))
"""Musculi intercostales (MDC 7:548)."""

MusculiIntercostalesLeft: _Final[_Code] = _Code(
    "MDC", "7:549", "Musculi intercostales, left", (3031,)
)
"""Musculi intercostales, left (MDC 7:549)."""

MusculiIntercostalesRight: _Final[_Code] = _Code(
    "MDC", "7:550", "Musculi intercostales, right", (3031,)
)
"""Musculi intercostales, right (MDC 7:550)."""

MusculiInterosseiDorsales: _Final[_Code] = _Code(
    "MDC", "7:772", "Musculi interossei dorsales", (3031,)
)
"""Musculi interossei dorsales (MDC 7:772)."""

MusculiInterosseiDorsalesLeft: _Final[_Code] = _Code(
    "MDC", "7:773", "Musculi interossei dorsales, left", (3031,)
)
"""Musculi interossei dorsales, left (MDC 7:773)."""

MusculiInterosseiDorsalesRight: _Final[_Code] = _Code(
    "MDC", "7:774", "Musculi interossei dorsales, right", (3031,)
)
"""Musculi interossei dorsales, right (MDC 7:774)."""

MusculiInterosseiPalmares: _Final[_Code] = _Code(
    "MDC", "7:776", "Musculi interossei palmares", (3031,)
)
"""Musculi interossei palmares (MDC 7:776)."""

MusculiInterosseiPalmaresLeft: _Final[_Code] = _Code(
    "MDC", "7:777", "Musculi interossei palmares, left", (3031,)
)
"""Musculi interossei palmares, left (MDC 7:777)."""

MusculiInterosseiPalmaresRight: _Final[_Code] = _Code(
    "MDC", "7:778", "Musculi interossei palmares, right", (3031,)
)
"""Musculi interossei palmares, right (MDC 7:778)."""

MusculiInterpsinalesRight: _Final[_Code] = _Code(
    "MDC", "7:514", "Musculi interpsinales, right", (3031,)
)
"""Musculi interpsinales, right (MDC 7:514)."""

MusculiInterspinales: _Final[_Code] = _Code("MDC", "7:512", "Musculi interspinales", (3031,))
"""Musculi interspinales (MDC 7:512)."""

MusculiInterspinalesCervicis: _Final[_Code] = _Code(
    "MDC", "7:516", "Musculi interspinales cervicis", (3031,)
)
"""Musculi interspinales cervicis (MDC 7:516)."""

MusculiInterspinalesCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:517", "Musculi interspinales cervicis, left", (3031,)
)
"""Musculi interspinales cervicis, left (MDC 7:517)."""

MusculiInterspinalesCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:518", "Musculi interspinales cervicis, right", (3031,)
)
"""Musculi interspinales cervicis, right (MDC 7:518)."""

MusculiInterspinalesLeft: _Final[_Code] = _Code(
    "MDC", "7:513", "Musculi interspinales, left", (3031,)
)
"""Musculi interspinales, left (MDC 7:513)."""

MusculiInterspinalesLumborum: _Final[_Code] = _Code(
    "MDC", "7:524", "Musculi interspinales lumborum", (3031,)
)
"""Musculi interspinales lumborum (MDC 7:524)."""

MusculiInterspinalesLumborumLeft: _Final[_Code] = _Code(
    "MDC", "7:525", "Musculi interspinales lumborum, left", (3031,)
)
"""Musculi interspinales lumborum, left (MDC 7:525)."""

MusculiInterspinalesLumborumRight: _Final[_Code] = _Code(
    "MDC", "7:526", "Musculi interspinales lumborum, right", (3031,)
)
"""Musculi interspinales lumborum, right (MDC 7:526)."""

MusculiInterspinalesThoracis: _Final[_Code] = _Code(
    "MDC", "7:520", "Musculi interspinales thoracis", (3031,)
)
"""Musculi interspinales thoracis (MDC 7:520)."""

MusculiInterspinalesThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:521", "Musculi interspinales thoracis, left", (3031,)
)
"""Musculi interspinales thoracis, left (MDC 7:521)."""

MusculiInterspinalesThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:522", "Musculi interspinales thoracis, right", (3031,)
)
"""Musculi interspinales thoracis, right (MDC 7:522)."""

MusculiLaringis: _Final[_Code] = _Code("MDC", "7:376", "Musculi laringis", (3031,))
"""Musculi laringis (MDC 7:376)."""

MusculiLaringisLeft: _Final[_Code] = _Code("MDC", "7:377", "Musculi laringis, left", (3031,))
"""Musculi laringis, left (MDC 7:377)."""

MusculiLaringisRight: _Final[_Code] = _Code("MDC", "7:378", "Musculi laringis, right", (3031,))
"""Musculi laringis, right (MDC 7:378)."""

MusculiLinguae: _Final[_Code] = _Code("MDC", "7:368", "Musculi linguae", (3031,))
"""Musculi linguae (MDC 7:368)."""

MusculiLinguaeLeft: _Final[_Code] = _Code("MDC", "7:369", "Musculi linguae, left", (3031,))
"""Musculi linguae, left (MDC 7:369)."""

MusculiLinguaeRight: _Final[_Code] = _Code("MDC", "7:370", "Musculi linguae, right", (3031,))
"""Musculi linguae, right (MDC 7:370)."""

MusculiLumbricales: _Final[_Code] = _Code("MDC", "7:768", "Musculi lumbricales", (3031,))
"""Musculi lumbricales (MDC 7:768)."""

MusculiLumbricalesLeft: _Final[_Code] = _Code("MDC", "7:769", "Musculi lumbricales, left", (3031,))
"""Musculi lumbricales, left (MDC 7:769)."""

MusculiLumbricalesRight: _Final[_Code] = _Code(
    "MDC", "7:770", "Musculi lumbricales, right", (3031,)
)
"""Musculi lumbricales, right (MDC 7:770)."""

MusculiLunbricales: _Final[_Code] = _Code("MDC", "7:984", "Musculi lunbricales", (3031,))
"""Musculi lunbricales (MDC 7:984)."""

MusculiLunbricalesLeft: _Final[_Code] = _Code("MDC", "7:985", "Musculi lunbricales, left", (3031,))
"""Musculi lunbricales, left (MDC 7:985)."""

MusculiLunbricalesRight: _Final[_Code] = _Code(
    "MDC", "7:986", "Musculi lunbricales, right", (3031,)
)
"""Musculi lunbricales, right (MDC 7:986)."""

MusculiMembriSuperioriRight: _Final[_Code] = _Code(
    "MDC", "7:602", "Musculi membri superiori, right", (3031,)
)
"""Musculi membri superiori, right (MDC 7:602)."""

MusculiMembriSuperioris: _Final[_Code] = _Code("MDC", "7:600", "Musculi membri superioris", (3031,))
"""Musculi membri superioris (MDC 7:600)."""

MusculiMembriSuperiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:601", "Musculi membri superioris, left", (3031,)
)
"""Musculi membri superioris, left (MDC 7:601)."""

MusculiMultifidii: _Final[_Code] = _Code("MDC", "7:508", "Musculi multifidii", (3031,))
"""Musculi multifidii (MDC 7:508)."""

MusculiMultifidiiLeft: _Final[_Code] = _Code("MDC", "7:509", "Musculi multifidii, left", (3031,))
"""Musculi multifidii, left (MDC 7:509)."""

MusculiMultifidiiRight: _Final[_Code] = _Code("MDC", "7:510", "Musculi multifidii, right", (3031,))
"""Musculi multifidii, right (MDC 7:510)."""

MusculiThoracis: _Final[_Code] = _Code("MDC", "7:528", "Musculi thoracis", (3031,))
"""Musculi thoracis (MDC 7:528)."""

MusculiThoracisLeft: _Final[_Code] = _Code("MDC", "7:529", "Musculi thoracis, left", (3031,))
"""Musculi thoracis, left (MDC 7:529)."""

MusculiThoracisRight: _Final[_Code] = _Code("MDC", "7:530", "Musculi thoracis, right", (3031,))
"""Musculi thoracis, right (MDC 7:530)."""

MusculusAbductorDigitiMinimiLeft_7_757: _Final[_Code] = _Code(
    "MDC", "7:757", "Musculus abductor digiti minimi, left", (3031,)
)
"""Musculus abductor digiti minimi, left (MDC 7:757)."""

MusculusAbductorDigitiMinimiLeft_7_973: _Final[_Code] = _Code(
    "MDC", "7:973", "Musculus abductor digiti minimi, left", (3031,)
)
"""Musculus abductor digiti minimi, left (MDC 7:973)."""

MusculusAbductorDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:758", "Musculus abductor digiti minimi, right", (3031,)
)
"""Musculus abductor digiti minimi, right (MDC 7:758)."""

MusculusAbductorDigitiMinimi_7_756: _Final[_Code] = _Code(
    "MDC", "7:756", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:756)."""

MusculusAbductorDigitiMinimi_7_972: _Final[_Code] = _Code(
    "MDC", "7:972", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:972)."""

MusculusAbductorDigitiMinimi_7_974: _Final[_Code] = _Code(
    "MDC", "7:974", "Musculus abductor digiti minimi", (3031,)
)
"""Musculus abductor digiti minimi (MDC 7:974)."""

MusculusAbductorHallucis: _Final[_Code] = _Code(
    "MDC", "7:960", "Musculus abductor hallucis", (3031,)
)
"""Musculus abductor hallucis (MDC 7:960)."""

MusculusAbductorHallucisLeft: _Final[_Code] = _Code(
    "MDC", "7:961", "Musculus abductor hallucis, left", (3031,)
)
"""Musculus abductor hallucis, left (MDC 7:961)."""

MusculusAbductorHallucisRight: _Final[_Code] = _Code(
    "MDC", "7:962", "Musculus abductor hallucis, right", (3031,)
)
"""Musculus abductor hallucis, right (MDC 7:962)."""

MusculusAbductorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:740", "Musculus abductor pollicis brevis", (3031,)
)
"""Musculus abductor pollicis brevis (MDC 7:740)."""

MusculusAbductorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:741", "Musculus abductor pollicis brevis, left", (3031,)
)
"""Musculus abductor pollicis brevis, left (MDC 7:741)."""

MusculusAbductorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:742", "Musculus abductor pollicis brevis, right", (3031,)
)
"""Musculus abductor pollicis brevis, right (MDC 7:742)."""

MusculusAbductorPollicisLonguss: _Final[_Code] = _Code(
    "MDC", "7:720", "Musculus abductor pollicis longuss", (3031,)
)
"""Musculus abductor pollicis longuss (MDC 7:720)."""

MusculusAbductorPollicisLongussLeft: _Final[_Code] = _Code(
    "MDC", "7:721", "Musculus abductor pollicis longuss, left", (3031,)
)
"""Musculus abductor pollicis longuss, left (MDC 7:721)."""

MusculusAbductorPollicisLongussRight: _Final[_Code] = _Code(
    "MDC", "7:722", "Musculus abductor pollicis longuss, right", (3031,)
)
"""Musculus abductor pollicis longuss, right (MDC 7:722)."""

MusculusAdductorBrevis: _Final[_Code] = _Code("MDC", "7:860", "Musculus adductor brevis", (3031,))
"""Musculus adductor brevis (MDC 7:860)."""

MusculusAdductorBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:861", "Musculus adductor brevis, left", (3031,)
)
"""Musculus adductor brevis, left (MDC 7:861)."""

MusculusAdductorBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:862", "Musculus adductor brevis, right", (3031,)
)
"""Musculus adductor brevis, right (MDC 7:862)."""

MusculusAdductorHallucisLeft: _Final[_Code] = _Code(
    "MDC", "7:969", "Musculus adductor hallucis, left", (3031,)
)
"""Musculus adductor hallucis, left (MDC 7:969)."""

MusculusAdductorHallucis_7_968: _Final[_Code] = _Code(
    "MDC", "7:968", "Musculus adductor hallucis", (3031,)
)
"""Musculus adductor hallucis (MDC 7:968)."""

MusculusAdductorHallucis_7_970: _Final[_Code] = _Code(
    "MDC", "7:970", "Musculus adductor hallucis", (3031,)
)
"""Musculus adductor hallucis (MDC 7:970)."""

MusculusAdductorLongus: _Final[_Code] = _Code("MDC", "7:856", "Musculus adductor longus", (3031,))
"""Musculus adductor longus (MDC 7:856)."""

MusculusAdductorLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:857", "Musculus adductor longus, left", (3031,)
)
"""Musculus adductor longus, left (MDC 7:857)."""

MusculusAdductorLongusRight: _Final[_Code] = _Code(
    "MDC", "7:858", "Musculus adductor longus, right", (3031,)
)
"""Musculus adductor longus, right (MDC 7:858)."""

MusculusAdductorMagnus: _Final[_Code] = _Code("MDC", "7:864", "Musculus adductor magnus", (3031,))
"""Musculus adductor magnus (MDC 7:864)."""

MusculusAdductorMagnusLeft: _Final[_Code] = _Code(
    "MDC", "7:865", "Musculus adductor magnus, left", (3031,)
)
"""Musculus adductor magnus, left (MDC 7:865)."""

MusculusAdductorMagnusRight: _Final[_Code] = _Code(
    "MDC", "7:866", "Musculus adductor magnus, right", (3031,)
)
"""Musculus adductor magnus, right (MDC 7:866)."""

MusculusAdductorPollicis: _Final[_Code] = _Code(
    "MDC", "7:752", "Musculus adductor pollicis", (3031,)
)
"""Musculus adductor pollicis (MDC 7:752)."""

MusculusAdductorPollicisLeft: _Final[_Code] = _Code(
    "MDC", "7:753", "Musculus adductor pollicis, left", (3031,)
)
"""Musculus adductor pollicis, left (MDC 7:753)."""

MusculusAdductorPollicisRight: _Final[_Code] = _Code(
    "MDC", "7:754", "Musculus adductor pollicis, right", (3031,)
)
"""Musculus adductor pollicis, right (MDC 7:754)."""

MusculusAnconeus: _Final[_Code] = _Code("MDC", "7:656", "Musculus anconeus", (3031,))
"""Musculus anconeus (MDC 7:656)."""

MusculusAnconeusLeft: _Final[_Code] = _Code("MDC", "7:657", "Musculus anconeus, left", (3031,))
"""Musculus anconeus, left (MDC 7:657)."""

MusculusAnconeusRight: _Final[_Code] = _Code("MDC", "7:658", "Musculus anconeus, right", (3031,))
"""Musculus anconeus, right (MDC 7:658)."""

MusculusAuricularisPosterior: _Final[_Code] = _Code(
    "MDC", "7:300", "Musculus auricularis posterior", (3031,)
)
"""Musculus auricularis posterior (MDC 7:300)."""

MusculusAuricularisPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:301", "Musculus auricularis posterior, left", (3031,)
)
"""Musculus auricularis posterior, left (MDC 7:301)."""

MusculusAuricularisPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:302", "Musculus auricularis posterior, right", (3031,)
)
"""Musculus auricularis posterior, right (MDC 7:302)."""

MusculusBicepsBrachii: _Final[_Code] = _Code("MDC", "7:628", "Musculus biceps brachii", (3031,))
"""Musculus biceps brachii (MDC 7:628)."""

MusculusBicepsBrachiiLeft: _Final[_Code] = _Code(
    "MDC", "7:629", "Musculus biceps brachii, left", (3031,)
)
"""Musculus biceps brachii, left (MDC 7:629)."""

MusculusBicepsBrachiiRight: _Final[_Code] = _Code(
    "MDC", "7:630", "Musculus biceps brachii, right", (3031,)
)
"""Musculus biceps brachii, right (MDC 7:630)."""

MusculusBicepsFemoris: _Final[_Code] = _Code("MDC", "7:872", "Musculus biceps femoris", (3031,))
"""Musculus biceps femoris (MDC 7:872)."""

MusculusBicepsFemorisCaputBreve: _Final[_Code] = _Code(
    "MDC", "7:880", "Musculus biceps femoris Caput breve", (3031,)
)
"""Musculus biceps femoris Caput breve (MDC 7:880)."""

MusculusBicepsFemorisCaputBreveLeft: _Final[_Code] = _Code(
    "MDC", "7:881", "Musculus biceps femoris Caput breve, left", (3031,)
)
"""Musculus biceps femoris Caput breve, left (MDC 7:881)."""

MusculusBicepsFemorisCaputBreveRight: _Final[_Code] = _Code(
    "MDC", "7:882", "Musculus biceps femoris Caput breve, right", (3031,)
)
"""Musculus biceps femoris Caput breve, right (MDC 7:882)."""

MusculusBicepsFemorisCaputLongum: _Final[_Code] = _Code(
    "MDC", "7:876", "Musculus biceps femoris Caput longum", (3031,)
)
"""Musculus biceps femoris Caput longum (MDC 7:876)."""

MusculusBicepsFemorisCaputLongumLeft: _Final[_Code] = _Code(
    "MDC", "7:877", "Musculus biceps femoris Caput longum, left", (3031,)
)
"""Musculus biceps femoris Caput longum, left (MDC 7:877)."""

MusculusBicepsFemorisCaputLongumRight: _Final[_Code] = _Code(
    "MDC", "7:878", "Musculus biceps femoris Caput longum, right", (3031,)
)
"""Musculus biceps femoris Caput longum, right (MDC 7:878)."""

MusculusBicepsFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:873", "Musculus biceps femoris, left", (3031,)
)
"""Musculus biceps femoris, left (MDC 7:873)."""

MusculusBicepsFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:874", "Musculus biceps femoris, right", (3031,)
)
"""Musculus biceps femoris, right (MDC 7:874)."""

MusculusBrachialis: _Final[_Code] = _Code("MDC", "7:632", "Musculus brachialis", (3031,))
"""Musculus brachialis (MDC 7:632)."""

MusculusBrachialisLeft: _Final[_Code] = _Code("MDC", "7:633", "Musculus brachialis, left", (3031,))
"""Musculus brachialis, left (MDC 7:633)."""

MusculusBrachialisRight: _Final[_Code] = _Code(
    "MDC", "7:634", "Musculus brachialis, right", (3031,)
)
"""Musculus brachialis, right (MDC 7:634)."""

MusculusBrachioradialis: _Final[_Code] = _Code("MDC", "7:692", "Musculus brachioradialis", (3031,))
"""Musculus brachioradialis (MDC 7:692)."""

MusculusBrachioradialisLeft: _Final[_Code] = _Code(
    "MDC", "7:693", "Musculus brachioradialis, left", (3031,)
)
"""Musculus brachioradialis, left (MDC 7:693)."""

MusculusBrachioradialisRight: _Final[_Code] = _Code(
    "MDC", "7:694", "Musculus brachioradialis, right", (3031,)
)
"""Musculus brachioradialis, right (MDC 7:694)."""

MusculusBuccinator: _Final[_Code] = _Code("MDC", "7:340", "Musculus buccinator", (3031,))
"""Musculus buccinator (MDC 7:340)."""

MusculusBuccinatorLeft: _Final[_Code] = _Code("MDC", "7:341", "Musculus buccinator, left", (3031,))
"""Musculus buccinator, left (MDC 7:341)."""

MusculusBuccinatorRight: _Final[_Code] = _Code(
    "MDC", "7:342", "Musculus buccinator, right", (3031,)
)
"""Musculus buccinator, right (MDC 7:342)."""

MusculusCapitisLongus: _Final[_Code] = _Code("MDC", "7:396", "Musculus capitis longus", (3031,))
"""Musculus capitis longus (MDC 7:396)."""

MusculusCapitisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:397", "Musculus capitis longus, left", (3031,)
)
"""Musculus capitis longus, left (MDC 7:397)."""

MusculusCapitisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:398", "Musculus capitis longus, right", (3031,)
)
"""Musculus capitis longus, right (MDC 7:398)."""

MusculusCoccygeus: _Final[_Code] = _Code("MDC", "7:588", "Musculus coccygeus", (3031,))
"""Musculus coccygeus (MDC 7:588)."""

MusculusCoccygeusLeft: _Final[_Code] = _Code("MDC", "7:589", "Musculus coccygeus, left", (3031,))
"""Musculus coccygeus, left (MDC 7:589)."""

MusculusCoccygeusRight: _Final[_Code] = _Code("MDC", "7:590", "Musculus coccygeus, right", (3031,))
"""Musculus coccygeus, right (MDC 7:590)."""

MusculusCoracobrachialis: _Final[_Code] = _Code(
    "MDC", "7:636", "Musculus coracobrachialis", (3031,)
)
"""Musculus coracobrachialis (MDC 7:636)."""

MusculusCoracobrachialisLeft: _Final[_Code] = _Code(
    "MDC", "7:637", "Musculus coracobrachialis, left", (3031,)
)
"""Musculus coracobrachialis, left (MDC 7:637)."""

MusculusCoracobrachialisRight: _Final[_Code] = _Code(
    "MDC", "7:638", "Musculus coracobrachialis, right", (3031,)
)
"""Musculus coracobrachialis, right (MDC 7:638)."""

MusculusCricothyroideus: _Final[_Code] = _Code("MDC", "7:380", "Musculus cricothyroideus", (3031,))
"""Musculus cricothyroideus (MDC 7:380)."""

MusculusCricothyroideusLeft: _Final[_Code] = _Code(
    "MDC", "7:381", "Musculus cricothyroideus, left", (3031,)
)
"""Musculus cricothyroideus, left (MDC 7:381)."""

MusculusCricothyroideusRight: _Final[_Code] = _Code(
    "MDC", "7:382", "Musculus cricothyroideus, right", (3031,)
)
"""Musculus cricothyroideus, right (MDC 7:382)."""

MusculusDeltoideus: _Final[_Code] = _Code("MDC", "7:604", "Musculus deltoideus", (3031,))
"""Musculus deltoideus (MDC 7:604)."""

MusculusDeltoideusLeft: _Final[_Code] = _Code("MDC", "7:605", "Musculus deltoideus, left", (3031,))
"""Musculus deltoideus, left (MDC 7:605)."""

MusculusDeltoideusRight: _Final[_Code] = _Code(
    "MDC", "7:606", "Musculus deltoideus, right", (3031,)
)
"""Musculus deltoideus, right (MDC 7:606)."""

MusculusDepressorAnguliOris: _Final[_Code] = _Code(
    "MDC", "7:308", "Musculus depressor anguli oris", (3031,)
)
"""Musculus depressor anguli oris (MDC 7:308)."""

MusculusDepressorAnguliOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:309", "Musculus depressor anguli oris, left", (3031,)
)
"""Musculus depressor anguli oris, left (MDC 7:309)."""

MusculusDepressorAnguliOrisRight: _Final[_Code] = _Code(
    "MDC", "7:310", "Musculus depressor anguli oris, right", (3031,)
)
"""Musculus depressor anguli oris, right (MDC 7:310)."""

MusculusDepressorLabiiInferioris: _Final[_Code] = _Code(
    "MDC", "7:332", "Musculus depressor labii inferioris", (3031,)
)
"""Musculus depressor labii inferioris (MDC 7:332)."""

MusculusDepressorLabiiInferiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:333", "Musculus depressor labii inferioris, left", (3031,)
)
"""Musculus depressor labii inferioris, left (MDC 7:333)."""

MusculusDepressorLabiiInferiorisRight: _Final[_Code] = _Code(
    "MDC", "7:334", "Musculus depressor labii inferioris, right", (3031,)
)
"""Musculus depressor labii inferioris, right (MDC 7:334)."""

MusculusDigastricus: _Final[_Code] = _Code("MDC", "7:404", "Musculus digastricus", (3031,))
"""Musculus digastricus (MDC 7:404)."""

MusculusDigastricusLeft: _Final[_Code] = _Code(
    "MDC", "7:405", "Musculus digastricus, left", (3031,)
)
"""Musculus digastricus, left (MDC 7:405)."""

MusculusDigastricusRight: _Final[_Code] = _Code(
    "MDC", "7:406", "Musculus digastricus, right", (3031,)
)
"""Musculus digastricus, right (MDC 7:406)."""

MusculusDigastricusVenterAnterior: _Final[_Code] = _Code(
    "MDC", "7:408", "Musculus digastricus, Venter anterior", (3031,)
)
"""Musculus digastricus, Venter anterior (MDC 7:408)."""

MusculusDigastricusVenterAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:409", "Musculus digastricus, Venter anterior, left", (3031,)
)
"""Musculus digastricus, Venter anterior, left (MDC 7:409)."""

MusculusDigastricusVenterAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:410", "Musculus digastricus, Venter anterior, right", (3031,)
)
"""Musculus digastricus, Venter anterior, right (MDC 7:410)."""

MusculusDigastricusVenterPosterior: _Final[_Code] = _Code(
    "MDC", "7:412", "Musculus digastricus, Venter posterior", (3031,)
)
"""Musculus digastricus, Venter posterior (MDC 7:412)."""

MusculusDigastricusVenterPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:413", "Musculus digastricus, Venter posterior, left", (3031,)
)
"""Musculus digastricus, Venter posterior, left (MDC 7:413)."""

MusculusDigastricusVenterPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:414", "Musculus digastricus, Venter posterior, right", (3031,)
)
"""Musculus digastricus, Venter posterior, right (MDC 7:414)."""

MusculusErectorSpinae: _Final[_Code] = _Code("MDC", "7:472", "Musculus erector spinae", (3031,))
"""Musculus erector spinae (MDC 7:472)."""

MusculusErectorSpinaeLeft: _Final[_Code] = _Code(
    "MDC", "7:473", "Musculus erector spinae, left", (3031,)
)
"""Musculus erector spinae, left (MDC 7:473)."""

MusculusErectorSpinaeRight: _Final[_Code] = _Code(
    "MDC", "7:474", "Musculus erector spinae, right", (3031,)
)
"""Musculus erector spinae, right (MDC 7:474)."""

MusculusExtensorCarpiRadialisBrevis: _Final[_Code] = _Code(
    "MDC", "7:700", "Musculus extensor carpi radialis brevis", (3031,)
)
"""Musculus extensor carpi radialis brevis (MDC 7:700)."""

MusculusExtensorCarpiRadialisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:701", "Musculus extensor carpi radialis brevis, left", (3031,)
)
"""Musculus extensor carpi radialis brevis, left (MDC 7:701)."""

MusculusExtensorCarpiRadialisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:702", "Musculus extensor carpi radialis brevis, right", (3031,)
)
"""Musculus extensor carpi radialis brevis, right (MDC 7:702)."""

MusculusExtensorCarpiRadialisLongus: _Final[_Code] = _Code(
    "MDC", "7:696", "Musculus extensor carpi radialis longus", (3031,)
)
"""Musculus extensor carpi radialis longus (MDC 7:696)."""

MusculusExtensorCarpiRadialisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:697", "Musculus extensor carpi radialis longus, left", (3031,)
)
"""Musculus extensor carpi radialis longus, left (MDC 7:697)."""

MusculusExtensorCarpiRadialisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:698", "Musculus extensor carpi radialis longus, right", (3031,)
)
"""Musculus extensor carpi radialis longus, right (MDC 7:698)."""

MusculusExtensorCarpiUlnaris: _Final[_Code] = _Code(
    "MDC", "7:712", "Musculus extensor carpi ulnaris", (3031,)
)
"""Musculus extensor carpi ulnaris (MDC 7:712)."""

MusculusExtensorCarpiUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:713", "Musculus extensor carpi ulnaris, left", (3031,)
)
"""Musculus extensor carpi ulnaris, left (MDC 7:713)."""

MusculusExtensorCarpiUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:714", "Musculus extensor carpi ulnaris, right", (3031,)
)
"""Musculus extensor carpi ulnaris, right (MDC 7:714)."""

MusculusExtensorDigitiMinimi: _Final[_Code] = _Code(
    "MDC", "7:708", "Musculus extensor digiti minimi", (3031,)
)
"""Musculus extensor digiti minimi (MDC 7:708)."""

MusculusExtensorDigitiMinimiLeft: _Final[_Code] = _Code(
    "MDC", "7:709", "Musculus extensor digiti minimi, left", (3031,)
)
"""Musculus extensor digiti minimi, left (MDC 7:709)."""

MusculusExtensorDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:710", "Musculus extensor digiti minimi, right", (3031,)
)
"""Musculus extensor digiti minimi, right (MDC 7:710)."""

MusculusExtensorDigitorum: _Final[_Code] = _Code(
    "MDC", "7:704", "Musculus extensor digitorum", (3031,)
)
"""Musculus extensor digitorum (MDC 7:704)."""

MusculusExtensorDigitorumBrevis: _Final[_Code] = _Code(
    "MDC", "7:956", "Musculus extensor digitorum brevis", (3031,)
)
"""Musculus extensor digitorum brevis (MDC 7:956)."""

MusculusExtensorDigitorumBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:957", "Musculus extensor digitorum brevis, left", (3031,)
)
"""Musculus extensor digitorum brevis, left (MDC 7:957)."""

MusculusExtensorDigitorumBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:958", "Musculus extensor digitorum brevis, right", (3031,)
)
"""Musculus extensor digitorum brevis, right (MDC 7:958)."""

MusculusExtensorDigitorumLeft: _Final[_Code] = _Code(
    "MDC", "7:705", "Musculus extensor digitorum, left", (3031,)
)
"""Musculus extensor digitorum, left (MDC 7:705)."""

MusculusExtensorDigitorumLongus: _Final[_Code] = _Code(
    "MDC", "7:896", "Musculus extensor digitorum longus", (3031,)
)
"""Musculus extensor digitorum longus (MDC 7:896)."""

MusculusExtensorDigitorumLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:897", "Musculus extensor digitorum longus, left", (3031,)
)
"""Musculus extensor digitorum longus, left (MDC 7:897)."""

MusculusExtensorDigitorumLongusRight: _Final[_Code] = _Code(
    "MDC", "7:898", "Musculus extensor digitorum longus, right", (3031,)
)
"""Musculus extensor digitorum longus, right (MDC 7:898)."""

MusculusExtensorDigitorumRight: _Final[_Code] = _Code(
    "MDC", "7:706", "Musculus extensor digitorum, right", (3031,)
)
"""Musculus extensor digitorum, right (MDC 7:706)."""

MusculusExtensorHallucisBrevis: _Final[_Code] = _Code(
    "MDC", "7:952", "Musculus extensor hallucis brevis", (3031,)
)
"""Musculus extensor hallucis brevis (MDC 7:952)."""

MusculusExtensorHallucisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:953", "Musculus extensor hallucis brevis, left", (3031,)
)
"""Musculus extensor hallucis brevis, left (MDC 7:953)."""

MusculusExtensorHallucisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:954", "Musculus extensor hallucis brevis, right", (3031,)
)
"""Musculus extensor hallucis brevis, right (MDC 7:954)."""

MusculusExtensorHallucisLongus: _Final[_Code] = _Code(
    "MDC", "7:900", "Musculus extensor hallucis longus", (3031,)
)
"""Musculus extensor hallucis longus (MDC 7:900)."""

MusculusExtensorHallucisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:901", "Musculus extensor hallucis longus, left", (3031,)
)
"""Musculus extensor hallucis longus, left (MDC 7:901)."""

MusculusExtensorHallucisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:902", "Musculus extensor hallucis longus, right", (3031,)
)
"""Musculus extensor hallucis longus, right (MDC 7:902)."""

MusculusExtensorIndicis: _Final[_Code] = _Code("MDC", "7:732", "Musculus extensor indicis", (3031,))
"""Musculus extensor indicis (MDC 7:732)."""

MusculusExtensorIndicisLeft: _Final[_Code] = _Code(
    "MDC", "7:733", "Musculus extensor indicis, left", (3031,)
)
"""Musculus extensor indicis, left (MDC 7:733)."""

MusculusExtensorIndicisRight: _Final[_Code] = _Code(
    "MDC", "7:734", "Musculus extensor indicis, right", (3031,)
)
"""Musculus extensor indicis, right (MDC 7:734)."""

MusculusExtensorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:724", "Musculus extensor pollicis brevis", (3031,)
)
"""Musculus extensor pollicis brevis (MDC 7:724)."""

MusculusExtensorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:725", "Musculus extensor pollicis brevis, left", (3031,)
)
"""Musculus extensor pollicis brevis, left (MDC 7:725)."""

MusculusExtensorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:726", "Musculus extensor pollicis brevis, right", (3031,)
)
"""Musculus extensor pollicis brevis, right (MDC 7:726)."""

MusculusExtensorPollicisLongus: _Final[_Code] = _Code(
    "MDC", "7:728", "Musculus extensor pollicis longus", (3031,)
)
"""Musculus extensor pollicis longus (MDC 7:728)."""

MusculusExtensorPollicisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:729", "Musculus extensor pollicis longus, left", (3031,)
)
"""Musculus extensor pollicis longus, left (MDC 7:729)."""

MusculusExtensorPollicisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:730", "Musculus extensor pollicis longus, right", (3031,)
)
"""Musculus extensor pollicis longus, right (MDC 7:730)."""

MusculusFlexorCarpiRadialis: _Final[_Code] = _Code(
    "MDC", "7:664", "Musculus flexor carpi radialis", (3031,)
)
"""Musculus flexor carpi radialis (MDC 7:664)."""

MusculusFlexorCarpiRadialisLeft: _Final[_Code] = _Code(
    "MDC", "7:665", "Musculus flexor carpi radialis, left", (3031,)
)
"""Musculus flexor carpi radialis, left (MDC 7:665)."""

MusculusFlexorCarpiRadialisRight: _Final[_Code] = _Code(
    "MDC", "7:666", "Musculus flexor carpi radialis, right", (3031,)
)
"""Musculus flexor carpi radialis, right (MDC 7:666)."""

MusculusFlexorCarpiUlnaris: _Final[_Code] = _Code(
    "MDC", "7:672", "Musculus flexor carpi ulnaris", (3031,)
)
"""Musculus flexor carpi ulnaris (MDC 7:672)."""

MusculusFlexorCarpiUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:673", "Musculus flexor carpi ulnaris, left", (3031,)
)
"""Musculus flexor carpi ulnaris, left (MDC 7:673)."""

MusculusFlexorCarpiUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:674", "Musculus flexor carpi ulnaris, right", (3031,)
)
"""Musculus flexor carpi ulnaris, right (MDC 7:674)."""

MusculusFlexorDigitiMinimiBrevisLeft_7_761: _Final[_Code] = _Code(
    "MDC", "7:761", "Musculus flexor digiti minimi brevis, left", (3031,)
)
"""Musculus flexor digiti minimi brevis, left (MDC 7:761)."""

MusculusFlexorDigitiMinimiBrevisLeft_7_977: _Final[_Code] = _Code(
    "MDC", "7:977", "Musculus flexor digiti minimi brevis, left", (3031,)
)
"""Musculus flexor digiti minimi brevis, left (MDC 7:977)."""

MusculusFlexorDigitiMinimiBrevisRight_7_762: _Final[_Code] = _Code(
    "MDC", "7:762", "Musculus flexor digiti minimi brevis, right", (3031,)
)
"""Musculus flexor digiti minimi brevis, right (MDC 7:762)."""

MusculusFlexorDigitiMinimiBrevisRight_7_978: _Final[_Code] = _Code(
    "MDC", "7:978", "Musculus flexor digiti minimi brevis, right", (3031,)
)
"""Musculus flexor digiti minimi brevis, right (MDC 7:978)."""

MusculusFlexorDigitiMinimiBrevis_7_760: _Final[_Code] = _Code(
    "MDC", "7:760", "Musculus flexor digiti minimi brevis", (3031,)
)
"""Musculus flexor digiti minimi brevis (MDC 7:760)."""

MusculusFlexorDigitiMinimiBrevis_7_976: _Final[_Code] = _Code(
    "MDC", "7:976", "Musculus flexor digiti minimi brevis", (3031,)
)
"""Musculus flexor digiti minimi brevis (MDC 7:976)."""

MusculusFlexorDigitorumLongus: _Final[_Code] = _Code(
    "MDC", "7:948", "Musculus flexor digitorum longus", (3031,)
)
"""Musculus flexor digitorum longus (MDC 7:948)."""

MusculusFlexorDigitorumLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:949", "Musculus flexor digitorum longus, left", (3031,)
)
"""Musculus flexor digitorum longus, left (MDC 7:949)."""

MusculusFlexorDigitorumLongusRight: _Final[_Code] = _Code(
    "MDC", "7:950", "Musculus flexor digitorum longus, right", (3031,)
)
"""Musculus flexor digitorum longus, right (MDC 7:950)."""

MusculusFlexorDigitorumProfundus: _Final[_Code] = _Code(
    "MDC", "7:680", "Musculus flexor digitorum profundus", (3031,)
)
"""Musculus flexor digitorum profundus (MDC 7:680)."""

MusculusFlexorDigitorumProfundusLeft: _Final[_Code] = _Code(
    "MDC", "7:681", "Musculus flexor digitorum profundus, left", (3031,)
)
"""Musculus flexor digitorum profundus, left (MDC 7:681)."""

MusculusFlexorDigitorumProfundusRight: _Final[_Code] = _Code(
    "MDC", "7:682", "Musculus flexor digitorum profundus, right", (3031,)
)
"""Musculus flexor digitorum profundus, right (MDC 7:682)."""

MusculusFlexorDigitorumSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:676", "Musculus flexor digitorum superficialis", (3031,)
)
"""Musculus flexor digitorum superficialis (MDC 7:676)."""

MusculusFlexorDigitorumSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:677", "Musculus flexor digitorum superficialis, left", (3031,)
)
"""Musculus flexor digitorum superficialis, left (MDC 7:677)."""

MusculusFlexorDigitorumSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:678", "Musculus flexor digitorum superficialis, right", (3031,)
)
"""Musculus flexor digitorum superficialis, right (MDC 7:678)."""

MusculusFlexorHallucisBrevis: _Final[_Code] = _Code(
    "MDC", "7:964", "Musculus flexor hallucis brevis", (3031,)
)
"""Musculus flexor hallucis brevis (MDC 7:964)."""

MusculusFlexorHallucisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:965", "Musculus flexor hallucis brevis, left", (3031,)
)
"""Musculus flexor hallucis brevis, left (MDC 7:965)."""

MusculusFlexorHallucisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:966", "Musculus flexor hallucis brevis, right", (3031,)
)
"""Musculus flexor hallucis brevis, right (MDC 7:966)."""

MusculusFlexorPollicisBrevis: _Final[_Code] = _Code(
    "MDC", "7:744", "Musculus flexor pollicis brevis", (3031,)
)
"""Musculus flexor pollicis brevis (MDC 7:744)."""

MusculusFlexorPollicisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:745", "Musculus flexor pollicis brevis, left", (3031,)
)
"""Musculus flexor pollicis brevis, left (MDC 7:745)."""

MusculusFlexorPollicisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:746", "Musculus flexor pollicis brevis, right", (3031,)
)
"""Musculus flexor pollicis brevis, right (MDC 7:746)."""

MusculusFlexorPollicisLongus: _Final[_Code] = _Code(
    "MDC", "7:684", "Musculus flexor pollicis longus", (3031,)
)
"""Musculus flexor pollicis longus (MDC 7:684)."""

MusculusFlexorPollicisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:685", "Musculus flexor pollicis longus, left", (3031,)
)
"""Musculus flexor pollicis longus, left (MDC 7:685)."""

MusculusFlexorPollicisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:686", "Musculus flexor pollicis longus, right", (3031,)
)
"""Musculus flexor pollicis longus, right (MDC 7:686)."""

MusculusGastrocnemius: _Final[_Code] = _Code("MDC", "7:920", "Musculus gastrocnemius", (3031,))
"""Musculus gastrocnemius (MDC 7:920)."""

MusculusGastrocnemiusCaputLaterale: _Final[_Code] = _Code(
    "MDC", "7:924", "Musculus gastrocnemius Caput laterale", (3031,)
)
"""Musculus gastrocnemius Caput laterale (MDC 7:924)."""

MusculusGastrocnemiusCaputLateraleLeft: _Final[_Code] = _Code(
    "MDC", "7:925", "Musculus gastrocnemius Caput laterale, left", (3031,)
)
"""Musculus gastrocnemius Caput laterale, left (MDC 7:925)."""

MusculusGastrocnemiusCaputLateraleRight: _Final[_Code] = _Code(
    "MDC", "7:926", "Musculus gastrocnemius Caput laterale, right", (3031,)
)
"""Musculus gastrocnemius Caput laterale, right (MDC 7:926)."""

MusculusGastrocnemiusCaputMediale: _Final[_Code] = _Code(
    "MDC", "7:928", "Musculus gastrocnemius Caput mediale", (3031,)
)
"""Musculus gastrocnemius Caput mediale (MDC 7:928)."""

MusculusGastrocnemiusCaputMedialeLeft: _Final[_Code] = _Code(
    "MDC", "7:929", "Musculus gastrocnemius Caput mediale, left", (3031,)
)
"""Musculus gastrocnemius Caput mediale, left (MDC 7:929)."""

MusculusGastrocnemiusCaputMedialeRight: _Final[_Code] = _Code(
    "MDC", "7:930", "Musculus gastrocnemius Caput mediale, right", (3031,)
)
"""Musculus gastrocnemius Caput mediale, right (MDC 7:930)."""

MusculusGastrocnemiusLeft: _Final[_Code] = _Code(
    "MDC", "7:921", "Musculus gastrocnemius, left", (3031,)
)
"""Musculus gastrocnemius, left (MDC 7:921)."""

MusculusGastrocnemiusRight: _Final[_Code] = _Code(
    "MDC", "7:922", "Musculus gastrocnemius, right", (3031,)
)
"""Musculus gastrocnemius, right (MDC 7:922)."""

MusculusGenioglossus: _Final[_Code] = _Code("MDC", "7:372", "Musculus genioglossus", (3031,))
"""Musculus genioglossus (MDC 7:372)."""

MusculusGenioglossusLeft: _Final[_Code] = _Code(
    "MDC", "7:373", "Musculus genioglossus, left", (3031,)
)
"""Musculus genioglossus, left (MDC 7:373)."""

MusculusGenioglossusRight: _Final[_Code] = _Code(
    "MDC", "7:374", "Musculus genioglossus, right", (3031,)
)
"""Musculus genioglossus, right (MDC 7:374)."""

MusculusGluteusMaximus: _Final[_Code] = _Code("MDC", "7:796", "Musculus gluteus maximus", (3031,))
"""Musculus gluteus maximus (MDC 7:796)."""

MusculusGluteusMaximusLeft: _Final[_Code] = _Code(
    "MDC", "7:797", "Musculus gluteus maximus, left", (3031,)
)
"""Musculus gluteus maximus, left (MDC 7:797)."""

MusculusGluteusMaximusRight: _Final[_Code] = _Code(
    "MDC", "7:798", "Musculus gluteus maximus, right", (3031,)
)
"""Musculus gluteus maximus, right (MDC 7:798)."""

MusculusGluteusMedius: _Final[_Code] = _Code("MDC", "7:800", "Musculus gluteus medius", (3031,))
"""Musculus gluteus medius (MDC 7:800)."""

MusculusGluteusMediusLeft: _Final[_Code] = _Code(
    "MDC", "7:801", "Musculus gluteus medius, left", (3031,)
)
"""Musculus gluteus medius, left (MDC 7:801)."""

MusculusGluteusMediusRight: _Final[_Code] = _Code(
    "MDC", "7:802", "Musculus gluteus medius, right", (3031,)
)
"""Musculus gluteus medius, right (MDC 7:802)."""

MusculusGluteusMinimus: _Final[_Code] = _Code("MDC", "7:804", "Musculus gluteus minimus", (3031,))
"""Musculus gluteus minimus (MDC 7:804)."""

MusculusGluteusMinimusLeft: _Final[_Code] = _Code(
    "MDC", "7:805", "Musculus gluteus minimus, left", (3031,)
)
"""Musculus gluteus minimus, left (MDC 7:805)."""

MusculusGluteusMinimusRight: _Final[_Code] = _Code(
    "MDC", "7:806", "Musculus gluteus minimus, right", (3031,)
)
"""Musculus gluteus minimus, right (MDC 7:806)."""

MusculusGmellus: _Final[_Code] = _Code("MDC", "7:820", "Musculus gmellus", (3031,))
"""Musculus gmellus (MDC 7:820)."""

MusculusGmellusLeft: _Final[_Code] = _Code("MDC", "7:821", "Musculus gmellus, left", (3031,))
"""Musculus gmellus, left (MDC 7:821)."""

MusculusGmellusRight: _Final[_Code] = _Code("MDC", "7:822", "Musculus gmellus, right", (3031,))
"""Musculus gmellus, right (MDC 7:822)."""

MusculusGracilis: _Final[_Code] = _Code("MDC", "7:868", "Musculus gracilis", (3031,))
"""Musculus gracilis (MDC 7:868)."""

MusculusGracilisLeft: _Final[_Code] = _Code("MDC", "7:869", "Musculus gracilis, left", (3031,))
"""Musculus gracilis, left (MDC 7:869)."""

MusculusGracilisRight: _Final[_Code] = _Code("MDC", "7:870", "Musculus gracilis, right", (3031,))
"""Musculus gracilis, right (MDC 7:870)."""

MusculusIliopsoas: _Final[_Code] = _Code("MDC", "7:792", "Musculus iliopsoas", (3031,))
"""Musculus iliopsoas (MDC 7:792)."""

MusculusIliopsoasLeft: _Final[_Code] = _Code("MDC", "7:793", "Musculus iliopsoas, left", (3031,))
"""Musculus iliopsoas, left (MDC 7:793)."""

MusculusIliopsoasRight: _Final[_Code] = _Code("MDC", "7:794", "Musculus iliopsoas, right", (3031,))
"""Musculus iliopsoas, right (MDC 7:794)."""

MusculusInfraspinatus: _Final[_Code] = _Code("MDC", "7:612", "Musculus infraspinatus", (3031,))
"""Musculus infraspinatus (MDC 7:612)."""

MusculusInfraspinatusLeft: _Final[_Code] = _Code(
    "MDC", "7:613", "Musculus infraspinatus, left", (3031,)
)
"""Musculus infraspinatus, left (MDC 7:613)."""

MusculusInfraspinatusRight: _Final[_Code] = _Code(
    "MDC", "7:614", "Musculus infraspinatus, right", (3031,)
)
"""Musculus infraspinatus, right (MDC 7:614)."""

MusculusInterosseiDorsales: _Final[_Code] = _Code(
    "MDC", "7:988", "Musculus interossei dorsales", (3031,)
)
"""Musculus interossei dorsales (MDC 7:988)."""

MusculusInterosseiDorsalesLeft: _Final[_Code] = _Code(
    "MDC", "7:989", "Musculus interossei dorsales, left", (3031,)
)
"""Musculus interossei dorsales, left (MDC 7:989)."""

MusculusInterosseiDorsalesRight: _Final[_Code] = _Code(
    "MDC", "7:990", "Musculus interossei dorsales, right", (3031,)
)
"""Musculus interossei dorsales, right (MDC 7:990)."""

MusculusInterosseiPlantares: _Final[_Code] = _Code(
    "MDC", "7:992", "Musculus interossei plantares", (3031,)
)
"""Musculus interossei plantares (MDC 7:992)."""

MusculusInterosseiPlantaresLeft: _Final[_Code] = _Code(
    "MDC", "7:993", "Musculus interossei plantares, left", (3031,)
)
"""Musculus interossei plantares, left (MDC 7:993)."""

MusculusInterosseiPlantaresRight: _Final[_Code] = _Code(
    "MDC", "7:994", "Musculus interossei plantares, right", (3031,)
)
"""Musculus interossei plantares, right (MDC 7:994)."""

MusculusLatissimusDorsi: _Final[_Code] = _Code("MDC", "7:440", "Musculus latissimus dorsi", (3031,))
"""Musculus latissimus dorsi (MDC 7:440)."""

MusculusLatissimusDorsiLeft: _Final[_Code] = _Code(
    "MDC", "7:441", "Musculus latissimus dorsi, left", (3031,)
)
"""Musculus latissimus dorsi, left (MDC 7:441)."""

MusculusLatissimusDorsiRight: _Final[_Code] = _Code(
    "MDC", "7:442", "Musculus latissimus dorsi, right", (3031,)
)
"""Musculus latissimus dorsi, right (MDC 7:442)."""

MusculusLevatorAnguliOris: _Final[_Code] = _Code(
    "MDC", "7:336", "Musculus levator anguli oris", (3031,)
)
"""Musculus levator anguli oris (MDC 7:336)."""

MusculusLevatorAnguliOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:337", "Musculus levator anguli oris, left", (3031,)
)
"""Musculus levator anguli oris, left (MDC 7:337)."""

MusculusLevatorAnguliOrisRight: _Final[_Code] = _Code(
    "MDC", "7:338", "Musculus levator anguli oris, right", (3031,)
)
"""Musculus levator anguli oris, right (MDC 7:338)."""

MusculusLevatorLabiiSuperioris: _Final[_Code] = _Code(
    "MDC", "7:324", "Musculus levator labii superioris", (3031,)
)
"""Musculus levator labii superioris (MDC 7:324)."""

MusculusLevatorLabiiSuperiorisAlaequeNasi: _Final[_Code] = _Code(
    "MDC", "7:328", "Musculus levator labii superioris alaeque nasi", (3031,)
)
"""Musculus levator labii superioris alaeque nasi (MDC 7:328)."""

MusculusLevatorLabiiSuperiorisAlaequeNasiLeft: _Final[_Code] = _Code(
    "MDC", "7:329", "Musculus levator labii superioris alaeque nasi, left", (3031,)
)
"""Musculus levator labii superioris alaeque nasi, left (MDC 7:329)."""

MusculusLevatorLabiiSuperiorisAlaequeNasiRight: _Final[_Code] = _Code(
    "MDC", "7:330", "Musculus levator labii superioris alaeque nasi, right", (3031,)
)
"""Musculus levator labii superioris alaeque nasi, right (MDC 7:330)."""

MusculusLevatorLabiiSuperiorisLeft: _Final[_Code] = _Code(
    "MDC", "7:325", "Musculus levator labii superioris, left", (3031,)
)
"""Musculus levator labii superioris, left (MDC 7:325)."""

MusculusLevatorLabiiSuperiorisRight: _Final[_Code] = _Code(
    "MDC", "7:326", "Musculus levator labii superioris, right", (3031,)
)
"""Musculus levator labii superioris, right (MDC 7:326)."""

MusculusLevatorScapulae: _Final[_Code] = _Code("MDC", "7:452", "Musculus levator scapulae", (3031,))
"""Musculus levator scapulae (MDC 7:452)."""

MusculusLevatorScapulaeLeft: _Final[_Code] = _Code(
    "MDC", "7:453", "Musculus levator scapulae, left", (3031,)
)
"""Musculus levator scapulae, left (MDC 7:453)."""

MusculusLevatorScapulaeRight: _Final[_Code] = _Code(
    "MDC", "7:454", "Musculus levator scapulae, right", (3031,)
)
"""Musculus levator scapulae, right (MDC 7:454)."""

MusculusMasseter: _Final[_Code] = _Code("MDC", "7:348", "Musculus masseter", (3031,))
"""Musculus masseter (MDC 7:348)."""

MusculusMasseterLeft: _Final[_Code] = _Code("MDC", "7:349", "Musculus masseter, left", (3031,))
"""Musculus masseter, left (MDC 7:349)."""

MusculusMasseterRight: _Final[_Code] = _Code("MDC", "7:350", "Musculus masseter, right", (3031,))
"""Musculus masseter, right (MDC 7:350)."""

MusculusMentalis: _Final[_Code] = _Code("MDC", "7:344", "Musculus mentalis", (3031,))
"""Musculus mentalis (MDC 7:344)."""

MusculusMentalisLeft: _Final[_Code] = _Code("MDC", "7:345", "Musculus mentalis, left", (3031,))
"""Musculus mentalis, left (MDC 7:345)."""

MusculusMentalisRight: _Final[_Code] = _Code("MDC", "7:346", "Musculus mentalis, right", (3031,))
"""Musculus mentalis, right (MDC 7:346)."""

MusculusMylohyoideus: _Final[_Code] = _Code("MDC", "7:416", "Musculus mylohyoideus", (3031,))
"""Musculus mylohyoideus (MDC 7:416)."""

MusculusMylohyoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:417", "Musculus mylohyoideus, left", (3031,)
)
"""Musculus mylohyoideus, left (MDC 7:417)."""

MusculusMylohyoideusRight: _Final[_Code] = _Code(
    "MDC", "7:418", "Musculus mylohyoideus, right", (3031,)
)
"""Musculus mylohyoideus, right (MDC 7:418)."""

MusculusObliquusExternusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:564", "Musculus obliquus externus abdominis", (3031,)
)
"""Musculus obliquus externus abdominis (MDC 7:564)."""

MusculusObliquusExternusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:565", "Musculus obliquus externus abdominis, left", (3031,)
)
"""Musculus obliquus externus abdominis, left (MDC 7:565)."""

MusculusObliquusExternusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:566", "Musculus obliquus externus abdominis, right", (3031,)
)
"""Musculus obliquus externus abdominis, right (MDC 7:566)."""

MusculusObliquusInferior: _Final[_Code] = _Code(
    "MDC", "7:280", "Musculus obliquus inferior", (3031,)
)
"""Musculus obliquus inferior (MDC 7:280)."""

MusculusObliquusInferiorLeft: _Final[_Code] = _Code(
    "MDC", "7:281", "Musculus obliquus inferior, left", (3031,)
)
"""Musculus obliquus inferior, left (MDC 7:281)."""

MusculusObliquusInferiorRight: _Final[_Code] = _Code(
    "MDC", "7:282", "Musculus obliquus inferior, right", (3031,)
)
"""Musculus obliquus inferior, right (MDC 7:282)."""

MusculusObliquusInternusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:568", "Musculus obliquus internus abdominis", (3031,)
)
"""Musculus obliquus internus abdominis (MDC 7:568)."""

MusculusObliquusInternusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:569", "Musculus obliquus internus abdominis, left", (3031,)
)
"""Musculus obliquus internus abdominis, left (MDC 7:569)."""

MusculusObliquusInternusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:570", "Musculus obliquus internus abdominis, right", (3031,)
)
"""Musculus obliquus internus abdominis, right (MDC 7:570)."""

MusculusObliquusSuperior: _Final[_Code] = _Code(
    "MDC", "7:276", "Musculus obliquus superior", (3031,)
)
"""Musculus obliquus superior (MDC 7:276)."""

MusculusObliquusSuperiorLeft: _Final[_Code] = _Code(
    "MDC", "7:277", "Musculus obliquus superior, left", (3031,)
)
"""Musculus obliquus superior, left (MDC 7:277)."""

MusculusObliquusSuperiorRight: _Final[_Code] = _Code(
    "MDC", "7:278", "Musculus obliquus superior, right", (3031,)
)
"""Musculus obliquus superior, right (MDC 7:278)."""

MusculusObturator: _Final[_Code] = _Code("MDC", "7:816", "Musculus obturator", (3031,))
"""Musculus obturator (MDC 7:816)."""

MusculusObturatorLeft: _Final[_Code] = _Code("MDC", "7:817", "Musculus obturator, left", (3031,))
"""Musculus obturator, left (MDC 7:817)."""

MusculusObturatorRight: _Final[_Code] = _Code("MDC", "7:818", "Musculus obturator, right", (3031,))
"""Musculus obturator, right (MDC 7:818)."""

MusculusOccipitofrontalisVenterFrontalis: _Final[_Code] = _Code(
    "MDC", "7:288", "Musculus occipitofrontalis, Venter frontalis", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis (MDC 7:288)."""

MusculusOccipitofrontalisVenterFrontalisLeft: _Final[_Code] = _Code(
    "MDC", "7:289", "Musculus occipitofrontalis, Venter frontalis, left", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis, left (MDC 7:289)."""

MusculusOccipitofrontalisVenterFrontalisRight: _Final[_Code] = _Code(
    "MDC", "7:290", "Musculus occipitofrontalis, Venter frontalis, right", (3031,)
)
"""Musculus occipitofrontalis, Venter frontalis, right (MDC 7:290)."""

MusculusOpponensDigitiMinimi: _Final[_Code] = _Code(
    "MDC", "7:764", "Musculus opponens digiti minimi", (3031,)
)
"""Musculus opponens digiti minimi (MDC 7:764)."""

MusculusOpponensDigitiMinimiLeft: _Final[_Code] = _Code(
    "MDC", "7:765", "Musculus opponens digiti minimi, left", (3031,)
)
"""Musculus opponens digiti minimi, left (MDC 7:765)."""

MusculusOpponensDigitiMinimiRight: _Final[_Code] = _Code(
    "MDC", "7:766", "Musculus opponens digiti minimi, right", (3031,)
)
"""Musculus opponens digiti minimi, right (MDC 7:766)."""

MusculusOpponensPollicis: _Final[_Code] = _Code(
    "MDC", "7:748", "Musculus opponens pollicis", (3031,)
)
"""Musculus opponens pollicis (MDC 7:748)."""

MusculusOpponensPollicisLeft: _Final[_Code] = _Code(
    "MDC", "7:749", "Musculus opponens pollicis, left", (3031,)
)
"""Musculus opponens pollicis, left (MDC 7:749)."""

MusculusOpponensPollicisRight: _Final[_Code] = _Code(
    "MDC", "7:750", "Musculus opponens pollicis, right", (3031,)
)
"""Musculus opponens pollicis, right (MDC 7:750)."""

MusculusOrbicularisOculi: _Final[_Code] = _Code(
    "MDC", "7:292", "Musculus orbicularis oculi", (3031,)
)
"""Musculus orbicularis oculi (MDC 7:292)."""

MusculusOrbicularisOculiLeft: _Final[_Code] = _Code(
    "MDC", "7:293", "Musculus orbicularis oculi, left", (3031,)
)
"""Musculus orbicularis oculi, left (MDC 7:293)."""

MusculusOrbicularisOculiParsOrbitalis: _Final[_Code] = _Code(
    "MDC", "7:296", "Musculus orbicularis oculi, Pars orbitalis", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis (MDC 7:296)."""

MusculusOrbicularisOculiParsOrbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:297", "Musculus orbicularis oculi, Pars orbitalis, left", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis, left (MDC 7:297)."""

MusculusOrbicularisOculiParsOrbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:298", "Musculus orbicularis oculi, Pars orbitalis, right", (3031,)
)
"""Musculus orbicularis oculi, Pars orbitalis, right (MDC 7:298)."""

MusculusOrbicularisOculiRight: _Final[_Code] = _Code(
    "MDC", "7:294", "Musculus orbicularis oculi, right", (3031,)
)
"""Musculus orbicularis oculi, right (MDC 7:294)."""

MusculusOrbicularisOris: _Final[_Code] = _Code("MDC", "7:304", "Musculus orbicularis oris", (3031,))
"""Musculus orbicularis oris (MDC 7:304)."""

MusculusOrbicularisOrisLeft: _Final[_Code] = _Code(
    "MDC", "7:305", "Musculus orbicularis oris, left", (3031,)
)
"""Musculus orbicularis oris, left (MDC 7:305)."""

MusculusOrbicularisOrisRight: _Final[_Code] = _Code(
    "MDC", "7:306", "Musculus orbicularis oris, right", (3031,)
)
"""Musculus orbicularis oris, right (MDC 7:306)."""

MusculusPalmarisBrevis: _Final[_Code] = _Code("MDC", "7:736", "Musculus palmaris brevis", (3031,))
"""Musculus palmaris brevis (MDC 7:736)."""

MusculusPalmarisBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:737", "Musculus palmaris brevis, left", (3031,)
)
"""Musculus palmaris brevis, left (MDC 7:737)."""

MusculusPalmarisBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:738", "Musculus palmaris brevis, right", (3031,)
)
"""Musculus palmaris brevis, right (MDC 7:738)."""

MusculusPalmarisLongus: _Final[_Code] = _Code("MDC", "7:668", "Musculus palmaris longus", (3031,))
"""Musculus palmaris longus (MDC 7:668)."""

MusculusPalmarisLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:669", "Musculus palmaris longus, left", (3031,)
)
"""Musculus palmaris longus, left (MDC 7:669)."""

MusculusPalmarisLongusRight: _Final[_Code] = _Code(
    "MDC", "7:670", "Musculus palmaris longus, right", (3031,)
)
"""Musculus palmaris longus, right (MDC 7:670)."""

MusculusPectineus: _Final[_Code] = _Code("MDC", "7:852", "Musculus pectineus", (3031,))
"""Musculus pectineus (MDC 7:852)."""

MusculusPectineusLeft: _Final[_Code] = _Code("MDC", "7:853", "Musculus pectineus, left", (3031,))
"""Musculus pectineus, left (MDC 7:853)."""

MusculusPectineusRight: _Final[_Code] = _Code("MDC", "7:854", "Musculus pectineus, right", (3031,))
"""Musculus pectineus, right (MDC 7:854)."""

MusculusPectoralisMajor: _Final[_Code] = _Code("MDC", "7:532", "Musculus pectoralis major", (3031,))
"""Musculus pectoralis major (MDC 7:532)."""

MusculusPectoralisMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:533", "Musculus pectoralis major, left", (3031,)
)
"""Musculus pectoralis major, left (MDC 7:533)."""

MusculusPectoralisMajorRight: _Final[_Code] = _Code(
    "MDC", "7:534", "Musculus pectoralis major, right", (3031,)
)
"""Musculus pectoralis major, right (MDC 7:534)."""

MusculusPectoralisMinor: _Final[_Code] = _Code("MDC", "7:536", "Musculus pectoralis minor", (3031,))
"""Musculus pectoralis minor (MDC 7:536)."""

MusculusPectoralisMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:537", "Musculus pectoralis minor, left", (3031,)
)
"""Musculus pectoralis minor, left (MDC 7:537)."""

MusculusPectoralisMinorRight: _Final[_Code] = _Code(
    "MDC", "7:538", "Musculus pectoralis minor, right", (3031,)
)
"""Musculus pectoralis minor, right (MDC 7:538)."""

MusculusPeroneusBrevis: _Final[_Code] = _Code("MDC", "7:912", "Musculus peroneus brevis", (3031,))
"""Musculus peroneus brevis (MDC 7:912)."""

MusculusPeroneusBrevisLeft: _Final[_Code] = _Code(
    "MDC", "7:913", "Musculus peroneus brevis, left", (3031,)
)
"""Musculus peroneus brevis, left (MDC 7:913)."""

MusculusPeroneusBrevisRight: _Final[_Code] = _Code(
    "MDC", "7:914", "Musculus peroneus brevis, right", (3031,)
)
"""Musculus peroneus brevis, right (MDC 7:914)."""

MusculusPeroneusLongus: _Final[_Code] = _Code("MDC", "7:908", "Musculus peroneus longus", (3031,))
"""Musculus peroneus longus (MDC 7:908)."""

MusculusPeroneusLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:909", "Musculus peroneus longus, left", (3031,)
)
"""Musculus peroneus longus, left (MDC 7:909)."""

MusculusPeroneusLongusRight: _Final[_Code] = _Code(
    "MDC", "7:910", "Musculus peroneus longus, right", (3031,)
)
"""Musculus peroneus longus, right (MDC 7:910)."""

MusculusPiriformis: _Final[_Code] = _Code("MDC", "7:812", "Musculus piriformis", (3031,))
"""Musculus piriformis (MDC 7:812)."""

MusculusPiriformisLeft: _Final[_Code] = _Code("MDC", "7:813", "Musculus piriformis, left", (3031,))
"""Musculus piriformis, left (MDC 7:813)."""

MusculusPiriformisRight: _Final[_Code] = _Code(
    "MDC", "7:814", "Musculus piriformis, right", (3031,)
)
"""Musculus piriformis, right (MDC 7:814)."""

MusculusPlantaris: _Final[_Code] = _Code("MDC", "7:936", "Musculus plantaris", (3031,))
"""Musculus plantaris (MDC 7:936)."""

MusculusPlantarisLeft: _Final[_Code] = _Code("MDC", "7:937", "Musculus plantaris, left", (3031,))
"""Musculus plantaris, left (MDC 7:937)."""

MusculusPlantarisRight: _Final[_Code] = _Code("MDC", "7:938", "Musculus plantaris, right", (3031,))
"""Musculus plantaris, right (MDC 7:938)."""

MusculusPopliteus: _Final[_Code] = _Code("MDC", "7:940", "Musculus popliteus", (3031,))
"""Musculus popliteus (MDC 7:940)."""

MusculusPopliteusLeft: _Final[_Code] = _Code("MDC", "7:941", "Musculus popliteus, left", (3031,))
"""Musculus popliteus, left (MDC 7:941)."""

MusculusPopliteusRight: _Final[_Code] = _Code("MDC", "7:942", "Musculus popliteus, right", (3031,))
"""Musculus popliteus, right (MDC 7:942)."""

MusculusPronatorQuadratus: _Final[_Code] = _Code(
    "MDC", "7:688", "Musculus pronator quadratus", (3031,)
)
"""Musculus pronator quadratus (MDC 7:688)."""

MusculusPronatorQuadratusLeft: _Final[_Code] = _Code(
    "MDC", "7:689", "Musculus pronator quadratus, left", (3031,)
)
"""Musculus pronator quadratus, left (MDC 7:689)."""

MusculusPronatorQuadratusRight: _Final[_Code] = _Code(
    "MDC", "7:690", "Musculus pronator quadratus, right", (3031,)
)
"""Musculus pronator quadratus, right (MDC 7:690)."""

MusculusPronatorTeres: _Final[_Code] = _Code("MDC", "7:660", "Musculus pronator teres", (3031,))
"""Musculus pronator teres (MDC 7:660)."""

MusculusPronatorTeresLeft: _Final[_Code] = _Code(
    "MDC", "7:661", "Musculus pronator teres, left", (3031,)
)
"""Musculus pronator teres, left (MDC 7:661)."""

MusculusPronatorTeresRight: _Final[_Code] = _Code(
    "MDC", "7:662", "Musculus pronator teres, right", (3031,)
)
"""Musculus pronator teres, right (MDC 7:662)."""

MusculusPterygoideus: _Final[_Code] = _Code("MDC", "7:356", "Musculus Pterygoideus", (3031,))
"""Musculus Pterygoideus (MDC 7:356)."""

MusculusPterygoideusLateralis: _Final[_Code] = _Code(
    "MDC", "7:360", "Musculus Pterygoideus lateralis", (3031,)
)
"""Musculus Pterygoideus lateralis (MDC 7:360)."""

MusculusPterygoideusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:361", "Musculus Pterygoideus lateralis, left", (3031,)
)
"""Musculus Pterygoideus lateralis, left (MDC 7:361)."""

MusculusPterygoideusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:362", "Musculus Pterygoideus lateralis, right", (3031,)
)
"""Musculus Pterygoideus lateralis, right (MDC 7:362)."""

MusculusPterygoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:357", "Musculus Pterygoideus, left", (3031,)
)
"""Musculus Pterygoideus, left (MDC 7:357)."""

MusculusPterygoideusMedialis: _Final[_Code] = _Code(
    "MDC", "7:364", "Musculus Pterygoideus, medialis", (3031,)
)
"""Musculus Pterygoideus, medialis (MDC 7:364)."""

MusculusPterygoideusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:365", "Musculus Pterygoideus, medialis, left", (3031,)
)
"""Musculus Pterygoideus, medialis, left (MDC 7:365)."""

MusculusPterygoideusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:366", "Musculus Pterygoideus, medialis, right", (3031,)
)
"""Musculus Pterygoideus, medialis, right (MDC 7:366)."""

MusculusPterygoideusRight: _Final[_Code] = _Code(
    "MDC", "7:358", "Musculus Pterygoideus, right", (3031,)
)
"""Musculus Pterygoideus, right (MDC 7:358)."""

MusculusPuborectalis: _Final[_Code] = _Code("MDC", "7:584", "Musculus puborectalis", (3031,))
"""Musculus puborectalis (MDC 7:584)."""

MusculusPuborectalisLeft: _Final[_Code] = _Code(
    "MDC", "7:585", "Musculus puborectalis, left", (3031,)
)
"""Musculus puborectalis, left (MDC 7:585)."""

MusculusPuborectalisRight: _Final[_Code] = _Code(
    "MDC", "7:586", "Musculus puborectalis, right", (3031,)
)
"""Musculus puborectalis, right (MDC 7:586)."""

MusculusQuadratusFemoris: _Final[_Code] = _Code(
    "MDC", "7:824", "Musculus quadratus femoris", (3031,)
)
"""Musculus quadratus femoris (MDC 7:824)."""

MusculusQuadratusFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:825", "Musculus quadratus femoris, left", (3031,)
)
"""Musculus quadratus femoris, left (MDC 7:825)."""

MusculusQuadratusFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:826", "Musculus quadratus femoris, right", (3031,)
)
"""Musculus quadratus femoris, right (MDC 7:826)."""

MusculusQuadratusLumborum: _Final[_Code] = _Code(
    "MDC", "7:576", "Musculus quadratus lumborum", (3031,)
)
"""Musculus quadratus lumborum (MDC 7:576)."""

MusculusQuadratusLumborumLeft: _Final[_Code] = _Code(
    "MDC", "7:577", "Musculus quadratus lumborum, left", (3031,)
)
"""Musculus quadratus lumborum, left (MDC 7:577)."""

MusculusQuadratusLumborumRight: _Final[_Code] = _Code(
    "MDC", "7:578", "Musculus quadratus lumborum, right", (3031,)
)
"""Musculus quadratus lumborum, right (MDC 7:578)."""

MusculusQuadratusPlantae: _Final[_Code] = _Code(
    "MDC", "7:980", "Musculus quadratus plantae", (3031,)
)
"""Musculus quadratus plantae (MDC 7:980)."""

MusculusQuadratusPlantaeLeft: _Final[_Code] = _Code(
    "MDC", "7:981", "Musculus quadratus plantae, left", (3031,)
)
"""Musculus quadratus plantae, left (MDC 7:981)."""

MusculusQuadratusPlantaeRight: _Final[_Code] = _Code(
    "MDC", "7:982", "Musculus quadratus plantae, right", (3031,)
)
"""Musculus quadratus plantae, right (MDC 7:982)."""

MusculusQuadricepsFemoris: _Final[_Code] = _Code(
    "MDC", "7:832", "Musculus quadriceps femoris", (3031,)
)
"""Musculus quadriceps femoris (MDC 7:832)."""

MusculusQuadricepsFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:833", "Musculus quadriceps femoris, left", (3031,)
)
"""Musculus quadriceps femoris, left (MDC 7:833)."""

MusculusQuadricepsFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:834", "Musculus quadriceps femoris, right", (3031,)
)
"""Musculus quadriceps femoris, right (MDC 7:834)."""

MusculusRectusAbdominis: _Final[_Code] = _Code("MDC", "7:560", "Musculus rectus abdominis", (3031,))
"""Musculus rectus abdominis (MDC 7:560)."""

MusculusRectusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:561", "Musculus rectus abdominis, left", (3031,)
)
"""Musculus rectus abdominis, left (MDC 7:561)."""

MusculusRectusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:562", "Musculus rectus abdominis, right", (3031,)
)
"""Musculus rectus abdominis, right (MDC 7:562)."""

MusculusRectusFemoris: _Final[_Code] = _Code("MDC", "7:836", "Musculus rectus femoris", (3031,))
"""Musculus rectus femoris (MDC 7:836)."""

MusculusRectusFemorisLeft: _Final[_Code] = _Code(
    "MDC", "7:837", "Musculus rectus femoris, left", (3031,)
)
"""Musculus rectus femoris, left (MDC 7:837)."""

MusculusRectusFemorisRight: _Final[_Code] = _Code(
    "MDC", "7:838", "Musculus rectus femoris, right", (3031,)
)
"""Musculus rectus femoris, right (MDC 7:838)."""

MusculusRectusInferior: _Final[_Code] = _Code("MDC", "7:264", "Musculus rectus inferior", (3031,))
"""Musculus rectus inferior (MDC 7:264)."""

MusculusRectusInferiorLeft: _Final[_Code] = _Code(
    "MDC", "7:265", "Musculus rectus inferior, left", (3031,)
)
"""Musculus rectus inferior, left (MDC 7:265)."""

MusculusRectusInferiorRight: _Final[_Code] = _Code(
    "MDC", "7:266", "Musculus rectus inferior, right", (3031,)
)
"""Musculus rectus inferior, right (MDC 7:266)."""

MusculusRectusLateralis: _Final[_Code] = _Code("MDC", "7:272", "Musculus rectus lateralis", (3031,))
"""Musculus rectus lateralis (MDC 7:272)."""

MusculusRectusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:273", "Musculus rectus lateralis, left", (3031,)
)
"""Musculus rectus lateralis, left (MDC 7:273)."""

MusculusRectusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:274", "Musculus rectus lateralis, right", (3031,)
)
"""Musculus rectus lateralis, right (MDC 7:274)."""

MusculusRectusMedialis: _Final[_Code] = _Code("MDC", "7:268", "Musculus rectus medialis", (3031,))
"""Musculus rectus medialis (MDC 7:268)."""

MusculusRectusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:269", "Musculus rectus medialis, left", (3031,)
)
"""Musculus rectus medialis, left (MDC 7:269)."""

MusculusRectusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:270", "Musculus rectus medialis, right", (3031,)
)
"""Musculus rectus medialis, right (MDC 7:270)."""

MusculusRectusSuperior: _Final[_Code] = _Code("MDC", "7:260", "Musculus rectus superior", (3031,))
"""Musculus rectus superior (MDC 7:260)."""

MusculusRectusSuperiorLeft: _Final[_Code] = _Code(
    "MDC", "7:261", "Musculus rectus superior, left", (3031,)
)
"""Musculus rectus superior, left (MDC 7:261)."""

MusculusRectusSuperiorRight: _Final[_Code] = _Code(
    "MDC", "7:262", "Musculus rectus superior, right", (3031,)
)
"""Musculus rectus superior, right (MDC 7:262)."""

MusculusRhomboideusMajor: _Final[_Code] = _Code(
    "MDC", "7:444", "Musculus rhomboideus major", (3031,)
)
"""Musculus rhomboideus major (MDC 7:444)."""

MusculusRhomboideusMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:445", "Musculus rhomboideus major, left", (3031,)
)
"""Musculus rhomboideus major, left (MDC 7:445)."""

MusculusRhomboideusMajorRight: _Final[_Code] = _Code(
    "MDC", "7:446", "Musculus rhomboideus major, right", (3031,)
)
"""Musculus rhomboideus major, right (MDC 7:446)."""

MusculusRhomboideusMinor: _Final[_Code] = _Code(
    "MDC", "7:448", "Musculus rhomboideus minor", (3031,)
)
"""Musculus rhomboideus minor (MDC 7:448)."""

MusculusRhomboideusMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:449", "Musculus rhomboideus minor, left", (3031,)
)
"""Musculus rhomboideus minor, left (MDC 7:449)."""

MusculusRhomboideusMinorRight: _Final[_Code] = _Code(
    "MDC", "7:450", "Musculus rhomboideus minor, right", (3031,)
)
"""Musculus rhomboideus minor, right (MDC 7:450)."""

MusculusRisorius: _Final[_Code] = _Code("MDC", "7:312", "Musculus risorius", (3031,))
"""Musculus risorius (MDC 7:312)."""

MusculusRisoriusLeft: _Final[_Code] = _Code("MDC", "7:313", "Musculus risorius, left", (3031,))
"""Musculus risorius, left (MDC 7:313)."""

MusculusRisoriusRight: _Final[_Code] = _Code("MDC", "7:314", "Musculus risorius, right", (3031,))
"""Musculus risorius, right (MDC 7:314)."""

MusculusSartorius: _Final[_Code] = _Code("MDC", "7:828", "Musculus sartorius", (3031,))
"""Musculus sartorius (MDC 7:828)."""

MusculusSartoriusLeft: _Final[_Code] = _Code("MDC", "7:829", "Musculus sartorius, left", (3031,))
"""Musculus sartorius, left (MDC 7:829)."""

MusculusSartoriusRight: _Final[_Code] = _Code("MDC", "7:830", "Musculus sartorius, right", (3031,))
"""Musculus sartorius, right (MDC 7:830)."""

MusculusSemimembranosus: _Final[_Code] = _Code("MDC", "7:888", "Musculus semimembranosus", (3031,))
"""Musculus semimembranosus (MDC 7:888)."""

MusculusSemimembranosusLeft: _Final[_Code] = _Code(
    "MDC", "7:889", "Musculus semimembranosus, left", (3031,)
)
"""Musculus semimembranosus, left (MDC 7:889)."""

MusculusSemimembranosusRight: _Final[_Code] = _Code(
    "MDC", "7:890", "Musculus semimembranosus, right", (3031,)
)
"""Musculus semimembranosus, right (MDC 7:890)."""

MusculusSemispinalis: _Final[_Code] = _Code("MDC", "7:492", "Musculus semispinalis", (3031,))
"""Musculus semispinalis (MDC 7:492)."""

MusculusSemispinalisCapitis: _Final[_Code] = _Code(
    "MDC", "7:504", "Musculus semispinalis capitis", (3031,)
)
"""Musculus semispinalis capitis (MDC 7:504)."""

MusculusSemispinalisCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:505", "Musculus semispinalis capitis, left", (3031,)
)
"""Musculus semispinalis capitis, left (MDC 7:505)."""

MusculusSemispinalisCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:506", "Musculus semispinalis capitis, right", (3031,)
)
"""Musculus semispinalis capitis, right (MDC 7:506)."""

MusculusSemispinalisCervicis: _Final[_Code] = _Code(
    "MDC", "7:500", "Musculus semispinalis cervicis", (3031,)
)
"""Musculus semispinalis cervicis (MDC 7:500)."""

MusculusSemispinalisCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:501", "Musculus semispinalis cervicis, left", (3031,)
)
"""Musculus semispinalis cervicis, left (MDC 7:501)."""

MusculusSemispinalisCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:502", "Musculus semispinalis cervicis, right", (3031,)
)
"""Musculus semispinalis cervicis, right (MDC 7:502)."""

MusculusSemispinalisLeft: _Final[_Code] = _Code(
    "MDC", "7:493", "Musculus semispinalis, left", (3031,)
)
"""Musculus semispinalis, left (MDC 7:493)."""

MusculusSemispinalisRight: _Final[_Code] = _Code(
    "MDC", "7:494", "Musculus semispinalis, right", (3031,)
)
"""Musculus semispinalis, right (MDC 7:494)."""

MusculusSemispinalisThoracis: _Final[_Code] = _Code(
    "MDC", "7:496", "Musculus semispinalis thoracis", (3031,)
)
"""Musculus semispinalis thoracis (MDC 7:496)."""

MusculusSemispinalisThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:497", "Musculus semispinalis thoracis, left", (3031,)
)
"""Musculus semispinalis thoracis, left (MDC 7:497)."""

MusculusSemispinalisThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:498", "Musculus semispinalis thoracis, right", (3031,)
)
"""Musculus semispinalis thoracis, right (MDC 7:498)."""

MusculusSemitendinosus: _Final[_Code] = _Code("MDC", "7:884", "Musculus semitendinosus", (3031,))
"""Musculus semitendinosus (MDC 7:884)."""

MusculusSemitendinosusLeft: _Final[_Code] = _Code(
    "MDC", "7:885", "Musculus semitendinosus, left", (3031,)
)
"""Musculus semitendinosus, left (MDC 7:885)."""

MusculusSemitendinosusRight: _Final[_Code] = _Code(
    "MDC", "7:886", "Musculus semitendinosus, right", (3031,)
)
"""Musculus semitendinosus, right (MDC 7:886)."""

MusculusSerratusAnterior: _Final[_Code] = _Code(
    "MDC", "7:544", "Musculus serratus anterior", (3031,)
)
"""Musculus serratus anterior (MDC 7:544)."""

MusculusSerratusAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:545", "Musculus serratus anterior, left", (3031,)
)
"""Musculus serratus anterior, left (MDC 7:545)."""

MusculusSerratusAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:546", "Musculus serratus anterior, right", (3031,)
)
"""Musculus serratus anterior, right (MDC 7:546)."""

MusculusSerratusPosterior: _Final[_Code] = _Code(
    "MDC", "7:456", "Musculus serratus posterior", (3031,)
)
"""Musculus serratus posterior (MDC 7:456)."""

MusculusSerratusPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:457", "Musculus serratus posterior, left", (3031,)
)
"""Musculus serratus posterior, left (MDC 7:457)."""

MusculusSerratusPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:458", "Musculus serratus posterior, right", (3031,)
)
"""Musculus serratus posterior, right (MDC 7:458)."""

MusculusSoleus: _Final[_Code] = _Code("MDC", "7:932", "Musculus soleus", (3031,))
"""Musculus soleus (MDC 7:932)."""

MusculusSoleusLeft: _Final[_Code] = _Code("MDC", "7:933", "Musculus soleus, left", (3031,))
"""Musculus soleus, left (MDC 7:933)."""

MusculusSoleusRight: _Final[_Code] = _Code("MDC", "7:934", "Musculus soleus, right", (3031,))
"""Musculus soleus, right (MDC 7:934)."""

MusculusSphincterAni: _Final[_Code] = _Code("MDC", "7:592", "Musculus sphincter ani", (3031,))
"""Musculus sphincter ani (MDC 7:592)."""

MusculusSphincterAniExternus: _Final[_Code] = _Code(
    "MDC", "7:596", "Musculus sphincter ani externus", (3031,)
)
"""Musculus sphincter ani externus (MDC 7:596)."""

MusculusSpinalis: _Final[_Code] = _Code("MDC", "7:476", "Musculus spinalis", (3031,))
"""Musculus spinalis (MDC 7:476)."""

MusculusSpinalisCapitis: _Final[_Code] = _Code("MDC", "7:488", "Musculus spinalis capitis", (3031,))
"""Musculus spinalis capitis (MDC 7:488)."""

MusculusSpinalisCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:489", "Musculus spinalis capitis, left", (3031,)
)
"""Musculus spinalis capitis, left (MDC 7:489)."""

MusculusSpinalisCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:490", "Musculus spinalis capitis, right", (3031,)
)
"""Musculus spinalis capitis, right (MDC 7:490)."""

MusculusSpinalisCervicis: _Final[_Code] = _Code(
    "MDC", "7:484", "Musculus spinalis cervicis", (3031,)
)
"""Musculus spinalis cervicis (MDC 7:484)."""

MusculusSpinalisCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:485", "Musculus spinalis cervicis, left", (3031,)
)
"""Musculus spinalis cervicis, left (MDC 7:485)."""

MusculusSpinalisCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:486", "Musculus spinalis cervicis, right", (3031,)
)
"""Musculus spinalis cervicis, right (MDC 7:486)."""

MusculusSpinalisLeft: _Final[_Code] = _Code("MDC", "7:477", "Musculus spinalis, left", (3031,))
"""Musculus spinalis, left (MDC 7:477)."""

MusculusSpinalisRight: _Final[_Code] = _Code("MDC", "7:478", "Musculus spinalis, right", (3031,))
"""Musculus spinalis, right (MDC 7:478)."""

MusculusSpinalisThoracis: _Final[_Code] = _Code(
    "MDC", "7:480", "Musculus spinalis thoracis", (3031,)
)
"""Musculus spinalis thoracis (MDC 7:480)."""

MusculusSpinalisThoracisLeft: _Final[_Code] = _Code(
    "MDC", "7:481", "Musculus spinalis thoracis, left", (3031,)
)
"""Musculus spinalis thoracis, left (MDC 7:481)."""

MusculusSpinalisThoracisRight: _Final[_Code] = _Code(
    "MDC", "7:482", "Musculus spinalis thoracis, right", (3031,)
)
"""Musculus spinalis thoracis, right (MDC 7:482)."""

MusculusSplenius: _Final[_Code] = _Code("MDC", "7:468", "Musculus splenius", (3031,))
"""Musculus splenius (MDC 7:468)."""

MusculusSpleniusCapitis: _Final[_Code] = _Code("MDC", "7:460", "Musculus splenius capitis", (3031,))
"""Musculus splenius capitis (MDC 7:460)."""

MusculusSpleniusCapitisLeft: _Final[_Code] = _Code(
    "MDC", "7:461", "Musculus splenius capitis, left", (3031,)
)
"""Musculus splenius capitis, left (MDC 7:461)."""

MusculusSpleniusCapitisRight: _Final[_Code] = _Code(
    "MDC", "7:462", "Musculus splenius capitis, right", (3031,)
)
"""Musculus splenius capitis, right (MDC 7:462)."""

MusculusSpleniusCervicis: _Final[_Code] = _Code(
    "MDC", "7:464", "Musculus splenius cervicis", (3031,)
)
"""Musculus splenius cervicis (MDC 7:464)."""

MusculusSpleniusCervicisLeft: _Final[_Code] = _Code(
    "MDC", "7:465", "Musculus splenius cervicis, left", (3031,)
)
"""Musculus splenius cervicis, left (MDC 7:465)."""

MusculusSpleniusCervicisRight: _Final[_Code] = _Code(
    "MDC", "7:466", "Musculus splenius cervicis, right", (3031,)
)
"""Musculus splenius cervicis, right (MDC 7:466)."""

MusculusSpleniusLeft: _Final[_Code] = _Code("MDC", "7:469", "Musculus splenius, left", (3031,))
"""Musculus splenius, left (MDC 7:469)."""

MusculusSpleniusRight: _Final[_Code] = _Code("MDC", "7:470", "Musculus splenius, right", (3031,))
"""Musculus splenius, right (MDC 7:470)."""

MusculusSternocleidomastoideus: _Final[_Code] = _Code(
    "MDC", "7:400", "Musculus Sternocleidomastoideus", (3031,)
)
"""Musculus Sternocleidomastoideus (MDC 7:400)."""

MusculusSternocleidomastoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:401", "Musculus Sternocleidomastoideus, left", (3031,)
)
"""Musculus Sternocleidomastoideus, left (MDC 7:401)."""

MusculusSternocleidomastoideusRight: _Final[_Code] = _Code(
    "MDC", "7:402", "Musculus Sternocleidomastoideus, right", (3031,)
)
"""Musculus Sternocleidomastoideus, right (MDC 7:402)."""

MusculusSubclavius: _Final[_Code] = _Code("MDC", "7:540", "Musculus subclavius", (3031,))
"""Musculus subclavius (MDC 7:540)."""

MusculusSubclaviusLeft: _Final[_Code] = _Code("MDC", "7:541", "Musculus subclavius, left", (3031,))
"""Musculus subclavius, left (MDC 7:541)."""

MusculusSubclaviusRight: _Final[_Code] = _Code(
    "MDC", "7:542", "Musculus subclavius, right", (3031,)
)
"""Musculus subclavius, right (MDC 7:542)."""

MusculusSubscapularis: _Final[_Code] = _Code("MDC", "7:624", "Musculus subscapularis", (3031,))
"""Musculus subscapularis (MDC 7:624)."""

MusculusSubscapularisLeft: _Final[_Code] = _Code(
    "MDC", "7:625", "Musculus subscapularis, left", (3031,)
)
"""Musculus subscapularis, left (MDC 7:625)."""

MusculusSubscapularisRight: _Final[_Code] = _Code(
    "MDC", "7:626", "Musculus subscapularis, right", (3031,)
)
"""Musculus subscapularis, right (MDC 7:626)."""

MusculusSupinator: _Final[_Code] = _Code("MDC", "7:716", "Musculus supinator", (3031,))
"""Musculus supinator (MDC 7:716)."""

MusculusSupinatorLeft: _Final[_Code] = _Code("MDC", "7:717", "Musculus supinator, left", (3031,))
"""Musculus supinator, left (MDC 7:717)."""

MusculusSupinatorRight: _Final[_Code] = _Code("MDC", "7:718", "Musculus supinator, right", (3031,))
"""Musculus supinator, right (MDC 7:718)."""

MusculusSupraspinatus: _Final[_Code] = _Code("MDC", "7:608", "Musculus supraspinatus", (3031,))
"""Musculus supraspinatus (MDC 7:608)."""

MusculusSupraspinatusLeft: _Final[_Code] = _Code(
    "MDC", "7:609", "Musculus supraspinatus, left", (3031,)
)
"""Musculus supraspinatus, left (MDC 7:609)."""

MusculusSupraspinatusRight: _Final[_Code] = _Code(
    "MDC", "7:610", "Musculus supraspinatus, right", (3031,)
)
"""Musculus supraspinatus, right (MDC 7:610)."""

MusculusTemporalis: _Final[_Code] = _Code("MDC", "7:352", "Musculus temporalis", (3031,))
"""Musculus temporalis (MDC 7:352)."""

MusculusTemporalisLeft: _Final[_Code] = _Code("MDC", "7:353", "Musculus temporalis, left", (3031,))
"""Musculus temporalis, left (MDC 7:353)."""

MusculusTemporalisRight: _Final[_Code] = _Code(
    "MDC", "7:354", "Musculus temporalis, right", (3031,)
)
"""Musculus temporalis, right (MDC 7:354)."""

MusculusTensorFasciaeLatae: _Final[_Code] = _Code(
    "MDC", "7:808", "Musculus tensor fasciae latae", (3031,)
)
"""Musculus tensor fasciae latae (MDC 7:808)."""

MusculusTensorFasciaeLataeLeft: _Final[_Code] = _Code(
    "MDC", "7:809", "Musculus tensor fasciae latae, left", (3031,)
)
"""Musculus tensor fasciae latae, left (MDC 7:809)."""

MusculusTensorFasciaeLataeRight: _Final[_Code] = _Code(
    "MDC", "7:810", "Musculus tensor fasciae latae, right", (3031,)
)
"""Musculus tensor fasciae latae, right (MDC 7:810)."""

MusculusTeresMajor: _Final[_Code] = _Code("MDC", "7:620", "Musculus teres major", (3031,))
"""Musculus teres major (MDC 7:620)."""

MusculusTeresMajorLeft: _Final[_Code] = _Code("MDC", "7:621", "Musculus teres major, left", (3031,))
"""Musculus teres major, left (MDC 7:621)."""

MusculusTeresMajorRight: _Final[_Code] = _Code(
    "MDC", "7:622", "Musculus teres major, right", (3031,)
)
"""Musculus teres major, right (MDC 7:622)."""

MusculusTeresMinor: _Final[_Code] = _Code("MDC", "7:616", "Musculus teres minor", (3031,))
"""Musculus teres minor (MDC 7:616)."""

MusculusTeresMinorLeft: _Final[_Code] = _Code("MDC", "7:617", "Musculus teres minor, left", (3031,))
"""Musculus teres minor, left (MDC 7:617)."""

MusculusTeresMinorRight: _Final[_Code] = _Code(
    "MDC", "7:618", "Musculus teres minor, right", (3031,)
)
"""Musculus teres minor, right (MDC 7:618)."""

MusculusTibialisAnterior: _Final[_Code] = _Code(
    "MDC", "7:892", "Musculus tibialis anterior", (3031,)
)
"""Musculus tibialis anterior (MDC 7:892)."""

MusculusTibialisAnteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:893", "Musculus tibialis anterior, left", (3031,)
)
"""Musculus tibialis anterior, left (MDC 7:893)."""

MusculusTibialisAnteriorRight: _Final[_Code] = _Code(
    "MDC", "7:894", "Musculus tibialis anterior, right", (3031,)
)
"""Musculus tibialis anterior, right (MDC 7:894)."""

MusculusTibialisPosterior: _Final[_Code] = _Code(
    "MDC", "7:944", "Musculus tibialis posterior", (3031,)
)
"""Musculus tibialis posterior (MDC 7:944)."""

MusculusTibialisPosteriorLeft: _Final[_Code] = _Code(
    "MDC", "7:945", "Musculus tibialis posterior, left", (3031,)
)
"""Musculus tibialis posterior, left (MDC 7:945)."""

MusculusTibialisPosteriorRight: _Final[_Code] = _Code(
    "MDC", "7:946", "Musculus tibialis posterior, right", (3031,)
)
"""Musculus tibialis posterior, right (MDC 7:946)."""

MusculusTransversusAbdominis: _Final[_Code] = _Code(
    "MDC", "7:572", "Musculus transversus abdominis", (3031,)
)
"""Musculus transversus abdominis (MDC 7:572)."""

MusculusTransversusAbdominisLeft: _Final[_Code] = _Code(
    "MDC", "7:573", "Musculus transversus abdominis, left", (3031,)
)
"""Musculus transversus abdominis, left (MDC 7:573)."""

MusculusTransversusAbdominisRight: _Final[_Code] = _Code(
    "MDC", "7:574", "Musculus transversus abdominis, right", (3031,)
)
"""Musculus transversus abdominis, right (MDC 7:574)."""

MusculusTrapezius: _Final[_Code] = _Code("MDC", "7:436", "Musculus trapezius", (3031,))
"""Musculus trapezius (MDC 7:436)."""

MusculusTrapeziusLeft: _Final[_Code] = _Code("MDC", "7:437", "Musculus trapezius, left", (3031,))
"""Musculus trapezius, left (MDC 7:437)."""

MusculusTrapeziusRight: _Final[_Code] = _Code("MDC", "7:438", "Musculus trapezius, right", (3031,))
"""Musculus trapezius, right (MDC 7:438)."""

MusculusTricepsBrachii: _Final[_Code] = _Code("MDC", "7:640", "Musculus triceps brachii", (3031,))
"""Musculus triceps brachii (MDC 7:640)."""

MusculusTricepsBrachiiCaputLaterale: _Final[_Code] = _Code(
    "MDC", "7:648", "Musculus triceps brachii, Caput laterale", (3031,)
)
"""Musculus triceps brachii, Caput laterale (MDC 7:648)."""

MusculusTricepsBrachiiCaputLateraleLeft: _Final[_Code] = _Code(
    "MDC", "7:649", "Musculus triceps brachii, Caput laterale, left", (3031,)
)
"""Musculus triceps brachii, Caput laterale, left (MDC 7:649)."""

MusculusTricepsBrachiiCaputLateraleRight: _Final[_Code] = _Code(
    "MDC", "7:650", "Musculus triceps brachii, Caput laterale, right", (3031,)
)
"""Musculus triceps brachii, Caput laterale, right (MDC 7:650)."""

MusculusTricepsBrachiiCaputLongum: _Final[_Code] = _Code(
    "MDC", "7:644", "Musculus triceps brachii, Caput longum", (3031,)
)
"""Musculus triceps brachii, Caput longum (MDC 7:644)."""

MusculusTricepsBrachiiCaputLongumLeft: _Final[_Code] = _Code(
    "MDC", "7:645", "Musculus triceps brachii, Caput longum, left", (3031,)
)
"""Musculus triceps brachii, Caput longum, left (MDC 7:645)."""

MusculusTricepsBrachiiCaputLongumRight: _Final[_Code] = _Code(
    "MDC", "7:646", "Musculus triceps brachii, Caput longum, right", (3031,)
)
"""Musculus triceps brachii, Caput longum, right (MDC 7:646)."""

MusculusTricepsBrachiiCaputMediale: _Final[_Code] = _Code(
    "MDC", "7:652", "Musculus triceps brachii, Caput mediale", (3031,)
)
"""Musculus triceps brachii, Caput mediale (MDC 7:652)."""

MusculusTricepsBrachiiCaputMedialeLeft: _Final[_Code] = _Code(
    "MDC", "7:653", "Musculus triceps brachii, Caput mediale, left", (3031,)
)
"""Musculus triceps brachii, Caput mediale, left (MDC 7:653)."""

MusculusTricepsBrachiiCaputMedialeRight: _Final[_Code] = _Code(
    "MDC", "7:654", "Musculus triceps brachii, Caput mediale, right", (3031,)
)
"""Musculus triceps brachii, Caput mediale, right (MDC 7:654)."""

MusculusTricepsBrachiiLeft: _Final[_Code] = _Code(
    "MDC", "7:641", "Musculus triceps brachii, left", (3031,)
)
"""Musculus triceps brachii, left (MDC 7:641)."""

MusculusTricepsBrachiiRight: _Final[_Code] = _Code(
    "MDC", "7:642", "Musculus triceps brachii, right", (3031,)
)
"""Musculus triceps brachii, right (MDC 7:642)."""

MusculusTyroartenoideus: _Final[_Code] = _Code("MDC", "7:384", "Musculus tyroartenoideus", (3031,))
"""Musculus tyroartenoideus (MDC 7:384)."""

MusculusTyroartenoideusLeft: _Final[_Code] = _Code(
    "MDC", "7:385", "Musculus tyroartenoideus, left", (3031,)
)
"""Musculus tyroartenoideus, left (MDC 7:385)."""

MusculusTyroartenoideusRight: _Final[_Code] = _Code(
    "MDC", "7:386", "Musculus tyroartenoideus, right", (3031,)
)
"""Musculus tyroartenoideus, right (MDC 7:386)."""

MusculusVastusIntermedius: _Final[_Code] = _Code(
    "MDC", "7:844", "Musculus vastus intermedius", (3031,)
)
"""Musculus vastus intermedius (MDC 7:844)."""

MusculusVastusIntermediusLeft: _Final[_Code] = _Code(
    "MDC", "7:845", "Musculus vastus intermedius, left", (3031,)
)
"""Musculus vastus intermedius, left (MDC 7:845)."""

MusculusVastusIntermediusRight: _Final[_Code] = _Code(
    "MDC", "7:846", "Musculus vastus intermedius, right", (3031,)
)
"""Musculus vastus intermedius, right (MDC 7:846)."""

MusculusVastusLateralis: _Final[_Code] = _Code("MDC", "7:840", "Musculus vastus lateralis", (3031,))
"""Musculus vastus lateralis (MDC 7:840)."""

MusculusVastusLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:841", "Musculus vastus lateralis, left", (3031,)
)
"""Musculus vastus lateralis, left (MDC 7:841)."""

MusculusVastusLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:842", "Musculus vastus lateralis, right", (3031,)
)
"""Musculus vastus lateralis, right (MDC 7:842)."""

MusculusVastusMedialis: _Final[_Code] = _Code("MDC", "7:848", "Musculus vastus medialis", (3031,))
"""Musculus vastus medialis (MDC 7:848)."""

MusculusVastusMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:849", "Musculus vastus medialis, left", (3031,)
)
"""Musculus vastus medialis, left (MDC 7:849)."""

MusculusVastusMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:850", "Musculus vastus medialis, right", (3031,)
)
"""Musculus vastus medialis, right (MDC 7:850)."""

MusculusZygomaticusMajor: _Final[_Code] = _Code(
    "MDC", "7:316", "Musculus zygomaticus major", (3031,)
)
"""Musculus zygomaticus major (MDC 7:316)."""

MusculusZygomaticusMajorLeft: _Final[_Code] = _Code(
    "MDC", "7:317", "Musculus zygomaticus major, left", (3031,)
)
"""Musculus zygomaticus major, left (MDC 7:317)."""

MusculusZygomaticusMajorRight: _Final[_Code] = _Code(
    "MDC", "7:318", "Musculus zygomaticus major, right", (3031,)
)
"""Musculus zygomaticus major, right (MDC 7:318)."""

MusculusZygomaticusMinor: _Final[_Code] = _Code(
    "MDC", "7:320", "Musculus zygomaticus minor", (3031,)
)
"""Musculus zygomaticus minor (MDC 7:320)."""

MusculusZygomaticusMinorLeft: _Final[_Code] = _Code(
    "MDC", "7:321", "Musculus zygomaticus minor, left", (3031,)
)
"""Musculus zygomaticus minor, left (MDC 7:321)."""

MusculusZygomaticusMinorRight: _Final[_Code] = _Code(
    "MDC", "7:322", "Musculus zygomaticus minor, right", (3031,)
)
"""Musculus zygomaticus minor, right (MDC 7:322)."""

MusculustricepsSurae: _Final[_Code] = _Code("MDC", "7:916", "Musculustriceps surae", (3031,))
"""Musculustriceps surae (MDC 7:916)."""

MusculustricepsSuraeLeft: _Final[_Code] = _Code(
    "MDC", "7:917", "Musculustriceps surae, left", (3031,)
)
"""Musculustriceps surae, left (MDC 7:917)."""

MusculustricepsSuraeRight: _Final[_Code] = _Code(
    "MDC", "7:918", "Musculustriceps surae, right", (3031,)
)
"""Musculustriceps surae, right (MDC 7:918)."""

MyoclonicActivity: _Final[_Code] = _Code("MDC", "2:24176", "Myoclonic activity", (3035,))
"""Myoclonic activity (MDC 2:24176)."""

MyogenicHemifacialSpasms: _Final[_Code] = _Code(
    "MDC", "2:24152", "Myogenic hemifacial spasms", (3035,)
)
"""Myogenic hemifacial spasms (MDC 2:24152)."""

MyogenicNoncerebralActivity: _Final[_Code] = _Code(
    "MDC", "2:24120", "Myogenic noncerebral activity", (3035,)
)
"""Myogenic noncerebral activity (MDC 2:24120)."""

MyogenicNoncerebralFacialSynkinesis: _Final[_Code] = _Code(
    "MDC", "2:24144", "Myogenic noncerebral facial synkinesis", (3035,)
)
"""Myogenic noncerebral facial synkinesis (MDC 2:24144)."""

MyogenicNoncerebralMyokymia: _Final[_Code] = _Code(
    "MDC", "2:24136", "Myogenic noncerebral myokymia", (3035,)
)
"""Myogenic noncerebral myokymia (MDC 2:24136)."""

MyogenicPalatalMyoclonus: _Final[_Code] = _Code(
    "MDC", "2:24128", "Myogenic palatal myoclonus", (3035,)
)
"""Myogenic palatal myoclonus (MDC 2:24128)."""

MyogenicTremorActivity: _Final[_Code] = _Code("MDC", "2:24168", "Myogenic tremor activity", (3035,))
"""Myogenic tremor activity (MDC 2:24168)."""

NEHBLeadSystem: _Final[_Code] = _Code("MDC", "10:11280", "NEHB lead system", (3263,))
"""NEHB lead system (MDC 10:11280)."""

NegativeLowRightScapulaLead: _Final[_Code] = _Code(
    "MDC", "2:124", "negative: low right scapula Lead", (3001,)
)
"""negative: low right scapula Lead (MDC 2:124)."""

NegativeRightInfraclavicularFossa: _Final[_Code] = _Code(
    "MDC", "2:123", "negative: right infraclavicular fossa", (3001,)
)
"""negative: right infraclavicular fossa (MDC 2:123)."""

NerviCervicales: _Final[_Code] = _Code("MDC", "7:92", "Nervi cervicales", (3032,))
"""Nervi cervicales (MDC 7:92)."""

NerviCervicalesLeft: _Final[_Code] = _Code("MDC", "7:93", "Nervi cervicales, left", (3032,))
"""Nervi cervicales, left (MDC 7:93)."""

NerviCervicalesRight: _Final[_Code] = _Code("MDC", "7:94", "Nervi cervicales, right", (3032,))
"""Nervi cervicales, right (MDC 7:94)."""

NerviCraniales: _Final[_Code] = _Code("MDC", "7:8", "Nervi craniales", (3032,))
"""Nervi craniales (MDC 7:8)."""

NerviCranialesLeft: _Final[_Code] = _Code("MDC", "7:9", "Nervi craniales, left", (3032,))
"""Nervi craniales, left (MDC 7:9)."""

NerviCranialesRight: _Final[_Code] = _Code("MDC", "7:10", "Nervi craniales, right", (3032,))
"""Nervi craniales, right (MDC 7:10)."""

NerviLumbales: _Final[_Code] = _Code("MDC", "7:168", "Nervi lumbales", (3032,))
"""Nervi lumbales (MDC 7:168)."""

NerviLumbalesLeft: _Final[_Code] = _Code("MDC", "7:169", "Nervi lumbales, left", (3032,))
"""Nervi lumbales, left (MDC 7:169)."""

NerviLumbalesRight: _Final[_Code] = _Code("MDC", "7:170", "Nervi lumbales, right", (3032,))
"""Nervi lumbales, right (MDC 7:170)."""

NerviSacralesAtNervusCoccygeus: _Final[_Code] = _Code(
    "MDC", "7:204", "Nervi sacrales at Nervus coccygeus", (3032,)
)
"""Nervi sacrales at Nervus coccygeus (MDC 7:204)."""

NerviSacralesAtNervusCoccygeusLeft: _Final[_Code] = _Code(
    "MDC", "7:205", "Nervi sacrales at Nervus coccygeus, left", (3032,)
)
"""Nervi sacrales at Nervus coccygeus, left (MDC 7:205)."""

NerviSacralesAtNervusCoccygeusRight: _Final[_Code] = _Code(
    "MDC", "7:206", "Nervi sacrales at Nervus coccygeus, right", (3032,)
)
"""Nervi sacrales at Nervus coccygeus, right (MDC 7:206)."""

NerviSpinales: _Final[_Code] = _Code("MDC", "7:88", "Nervi spinales", (3032,))
"""Nervi spinales (MDC 7:88)."""

NerviSpinalesLeft: _Final[_Code] = _Code("MDC", "7:89", "Nervi spinales, left", (3032,))
"""Nervi spinales, left (MDC 7:89)."""

NerviSpinalesRight: _Final[_Code] = _Code("MDC", "7:90", "Nervi spinales, right", (3032,))
"""Nervi spinales, right (MDC 7:90)."""

NerviSubscapulares: _Final[_Code] = _Code("MDC", "7:156", "Nervi subscapulares", (3032,))
"""Nervi subscapulares (MDC 7:156)."""

NerviSubscapularesLeft: _Final[_Code] = _Code("MDC", "7:157", "Nervi subscapulares, left", (3032,))
"""Nervi subscapulares, left (MDC 7:157)."""

NerviSubscapularesRight: _Final[_Code] = _Code(
    "MDC", "7:158", "Nervi subscapulares, right", (3032,)
)
"""Nervi subscapulares, right (MDC 7:158)."""

NerviThoracici: _Final[_Code] = _Code("MDC", "7:164", "Nervi thoracici", (3032,))
"""Nervi thoracici (MDC 7:164)."""

NerviThoraciciLeft: _Final[_Code] = _Code("MDC", "7:165", "Nervi thoracici, left", (3032,))
"""Nervi thoracici, left (MDC 7:165)."""

NerviThoraciciRight: _Final[_Code] = _Code("MDC", "7:166", "Nervi thoracici, right", (3032,))
"""Nervi thoracici, right (MDC 7:166)."""

NervusAbducensVI: _Final[_Code] = _Code("MDC", "7:48", "Nervus abducens (VI)", (3032,))
"""Nervus abducens (VI) (MDC 7:48)."""

NervusAbducensVILeft: _Final[_Code] = _Code("MDC", "7:49", "Nervus abducens (VI), left", (3032,))
"""Nervus abducens (VI), left (MDC 7:49)."""

NervusAbducensVIRight: _Final[_Code] = _Code("MDC", "7:50", "Nervus abducens (VI), right", (3032,))
"""Nervus abducens (VI), right (MDC 7:50)."""

NervusAcessoriusXIRadicesCraniales: _Final[_Code] = _Code(
    "MDC", "7:76", "Nervus acessorius (XI), Radices craniales", (3032,)
)
"""Nervus acessorius (XI), Radices craniales (MDC 7:76)."""

NervusAcessoriusXIRadicesCranialesLeft: _Final[_Code] = _Code(
    "MDC", "7:77", "Nervus acessorius (XI), Radices craniales, left", (3032,)
)
"""Nervus acessorius (XI), Radices craniales, left (MDC 7:77)."""

NervusAcessoriusXIRadicesCranialesRight: _Final[_Code] = _Code(
    "MDC", "7:78", "Nervus acessorius (XI), Radices craniales, right", (3032,)
)
"""Nervus acessorius (XI), Radices craniales, right (MDC 7:78)."""

NervusAcessoriusXIRadicesSpinales: _Final[_Code] = _Code(
    "MDC", "7:80", "Nervus acessorius (XI), Radices spinales", (3032,)
)
"""Nervus acessorius (XI), Radices spinales (MDC 7:80)."""

NervusAcessoriusXIRadicesSpinalesLeft: _Final[_Code] = _Code(
    "MDC", "7:81", "Nervus acessorius (XI), Radices spinales, left", (3032,)
)
"""Nervus acessorius (XI), Radices spinales, left (MDC 7:81)."""

NervusAcessoriusXIRadicesSpinalesRight: _Final[_Code] = _Code(
    "MDC", "7:82", "Nervus acessorius (XI), Radices spinales, right", (3032,)
)
"""Nervus acessorius (XI), Radices spinales, right (MDC 7:82)."""

NervusAxillaris: _Final[_Code] = _Code("MDC", "7:160", "Nervus axillaris", (3032,))
"""Nervus axillaris (MDC 7:160)."""

NervusAxillarisLeft: _Final[_Code] = _Code("MDC", "7:161", "Nervus axillaris, left", (3032,))
"""Nervus axillaris, left (MDC 7:161)."""

NervusAxillarisRight: _Final[_Code] = _Code("MDC", "7:162", "Nervus axillaris, right", (3032,))
"""Nervus axillaris, right (MDC 7:162)."""

NervusCochlearis: _Final[_Code] = _Code("MDC", "7:64", "Nervus cochlearis", (3032,))
"""Nervus cochlearis (MDC 7:64)."""

NervusCochlearisLeft: _Final[_Code] = _Code("MDC", "7:65", "Nervus cochlearis, left", (3032,))
"""Nervus cochlearis, left (MDC 7:65)."""

NervusCochlearisRight: _Final[_Code] = _Code("MDC", "7:66", "Nervus cochlearis, right", (3032,))
"""Nervus cochlearis, right (MDC 7:66)."""

NervusCutaneusAntebrachiiLateralis: _Final[_Code] = _Code(
    "MDC", "7:112", "Nervus cutaneus antebrachii lateralis", (3032,)
)
"""Nervus cutaneus antebrachii lateralis (MDC 7:112)."""

NervusCutaneusAntebrachiiLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:113", "Nervus cutaneus antebrachii lateralis, left", (3032,)
)
"""Nervus cutaneus antebrachii lateralis, left (MDC 7:113)."""

NervusCutaneusAntebrachiiLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:114", "Nervus cutaneus antebrachii lateralis, right", (3032,)
)
"""Nervus cutaneus antebrachii lateralis, right (MDC 7:114)."""

NervusCutaneusAntebrachiiMedialis: _Final[_Code] = _Code(
    "MDC", "7:116", "Nervus cutaneus antebrachii medialis", (3032,)
)
"""Nervus cutaneus antebrachii medialis (MDC 7:116)."""

NervusCutaneusAntebrachiiMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:117", "Nervus cutaneus antebrachii medialis, left", (3032,)
)
"""Nervus cutaneus antebrachii medialis, left (MDC 7:117)."""

NervusCutaneusAntebrachiiMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:118", "Nervus cutaneus antebrachii medialis, right", (3032,)
)
"""Nervus cutaneus antebrachii medialis, right (MDC 7:118)."""

NervusCutaneusFemorisLateralis: _Final[_Code] = _Code(
    "MDC", "7:188", "Nervus cutaneus femoris lateralis", (3032,)
)
"""Nervus cutaneus femoris lateralis (MDC 7:188)."""

NervusCutaneusFemorisLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:189", "Nervus cutaneus femoris lateralis, left", (3032,)
)
"""Nervus cutaneus femoris lateralis, left (MDC 7:189)."""

NervusCutaneusFemorisLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:190", "Nervus cutaneus femoris lateralis, right", (3032,)
)
"""Nervus cutaneus femoris lateralis, right (MDC 7:190)."""

NervusFacialisVII: _Final[_Code] = _Code("MDC", "7:52", "Nervus facialis (VII)", (3032,))
"""Nervus facialis (VII) (MDC 7:52)."""

NervusFacialisVIILeft: _Final[_Code] = _Code("MDC", "7:53", "Nervus facialis (VII), left", (3032,))
"""Nervus facialis (VII), left (MDC 7:53)."""

NervusFacialisVIIRight: _Final[_Code] = _Code(
    "MDC", "7:54", "Nervus facialis (VII), right", (3032,)
)
"""Nervus facialis (VII), right (MDC 7:54)."""

NervusFemoralis: _Final[_Code] = _Code("MDC", "7:196", "Nervus femoralis", (3032,))
"""Nervus femoralis (MDC 7:196)."""

NervusFemoralisLeft: _Final[_Code] = _Code("MDC", "7:197", "Nervus femoralis, left", (3032,))
"""Nervus femoralis, left (MDC 7:197)."""

NervusFemoralisRight: _Final[_Code] = _Code("MDC", "7:198", "Nervus femoralis, right", (3032,))
"""Nervus femoralis, right (MDC 7:198)."""

NervusFibularisCommunis: _Final[_Code] = _Code("MDC", "7:216", "Nervus fibularis communis", (3032,))
"""Nervus fibularis communis (MDC 7:216)."""

NervusFibularisCommunisLeft: _Final[_Code] = _Code(
    "MDC", "7:217", "Nervus fibularis communis, left", (3032,)
)
"""Nervus fibularis communis, left (MDC 7:217)."""

NervusFibularisCommunisRight: _Final[_Code] = _Code(
    "MDC", "7:218", "Nervus fibularis communis, right", (3032,)
)
"""Nervus fibularis communis, right (MDC 7:218)."""

NervusFibularisProfundus: _Final[_Code] = _Code(
    "MDC", "7:220", "Nervus fibularis profundus", (3032,)
)
"""Nervus fibularis profundus (MDC 7:220)."""

NervusFibularisProfundusLeft: _Final[_Code] = _Code(
    "MDC", "7:221", "Nervus fibularis profundus, left", (3032,)
)
"""Nervus fibularis profundus, left (MDC 7:221)."""

NervusFibularisProfundusRight: _Final[_Code] = _Code(
    "MDC", "7:222", "Nervus fibularis profundus, right", (3032,)
)
"""Nervus fibularis profundus, right (MDC 7:222)."""

NervusFibularisSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:224", "Nervus fibularis superficialis", (3032,)
)
"""Nervus fibularis superficialis (MDC 7:224)."""

NervusFibularisSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:225", "Nervus fibularis superficialis, left", (3032,)
)
"""Nervus fibularis superficialis, left (MDC 7:225)."""

NervusFibularisSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:226", "Nervus fibularis superficialis, right", (3032,)
)
"""Nervus fibularis superficialis, right (MDC 7:226)."""

NervusGlossopharingeusIX: _Final[_Code] = _Code(
    "MDC", "7:68", "Nervus glossopharingeus (IX)", (3032,)
)
"""Nervus glossopharingeus (IX) (MDC 7:68)."""

NervusGlossopharingeusIXLeft: _Final[_Code] = _Code(
    "MDC", "7:69", "Nervus glossopharingeus (IX), left", (3032,)
)
"""Nervus glossopharingeus (IX), left (MDC 7:69)."""

NervusGlossopharingeusIXRight: _Final[_Code] = _Code(
    "MDC", "7:70", "Nervus glossopharingeus (IX), right", (3032,)
)
"""Nervus glossopharingeus (IX), right (MDC 7:70)."""

NervusHypoglossusXII: _Final[_Code] = _Code("MDC", "7:84", "Nervus hypoglossus (XII)", (3032,))
"""Nervus hypoglossus (XII) (MDC 7:84)."""

NervusHypoglossusXIILeft: _Final[_Code] = _Code(
    "MDC", "7:85", "Nervus hypoglossus (XII), left", (3032,)
)
"""Nervus hypoglossus (XII), left (MDC 7:85)."""

NervusHypoglossusXIIRight: _Final[_Code] = _Code(
    "MDC", "7:86", "Nervus hypoglossus (XII), right", (3032,)
)
"""Nervus hypoglossus (XII), right (MDC 7:86)."""

NervusIlioInguinalis: _Final[_Code] = _Code("MDC", "7:184", "Nervus ilio-inguinalis", (3032,))
"""Nervus ilio-inguinalis (MDC 7:184)."""

NervusIlioInguinalisLeft: _Final[_Code] = _Code(
    "MDC", "7:185", "Nervus ilio-inguinalis, left", (3032,)
)
"""Nervus ilio-inguinalis, left (MDC 7:185)."""

NervusIlioInguinalisRight: _Final[_Code] = _Code(
    "MDC", "7:186", "Nervus ilio-inguinalis, right", (3032,)
)
"""Nervus ilio-inguinalis, right (MDC 7:186)."""

NervusIliohypogastricus: _Final[_Code] = _Code("MDC", "7:180", "Nervus iliohypogastricus", (3032,))
"""Nervus iliohypogastricus (MDC 7:180)."""

NervusIliohypogastricusLeft: _Final[_Code] = _Code(
    "MDC", "7:181", "Nervus iliohypogastricus, left", (3032,)
)
"""Nervus iliohypogastricus, left (MDC 7:181)."""

NervusIliohypogastricusRight: _Final[_Code] = _Code(
    "MDC", "7:182", "Nervus iliohypogastricus, right", (3032,)
)
"""Nervus iliohypogastricus, right (MDC 7:182)."""

NervusInfraorbitalis: _Final[_Code] = _Code("MDC", "7:40", "Nervus infraorbitalis", (3032,))
"""Nervus infraorbitalis (MDC 7:40)."""

NervusInfraorbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:41", "Nervus infraorbitalis, left", (3032,)
)
"""Nervus infraorbitalis, left (MDC 7:41)."""

NervusInfraorbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:42", "Nervus infraorbitalis, right", (3032,)
)
"""Nervus infraorbitalis, right (MDC 7:42)."""

NervusIschiadicus: _Final[_Code] = _Code("MDC", "7:212", "Nervus ischiadicus", (3032,))
"""Nervus ischiadicus (MDC 7:212)."""

NervusIschiadicusLeft: _Final[_Code] = _Code("MDC", "7:213", "Nervus ischiadicus, left", (3032,))
"""Nervus ischiadicus, left (MDC 7:213)."""

NervusIschiadicusRight: _Final[_Code] = _Code("MDC", "7:214", "Nervus ischiadicus, right", (3032,))
"""Nervus ischiadicus, right (MDC 7:214)."""

NervusMandibularis: _Final[_Code] = _Code("MDC", "7:44", "Nervus mandibularis", (3032,))
"""Nervus mandibularis (MDC 7:44)."""

NervusMandibularisLeft: _Final[_Code] = _Code("MDC", "7:45", "Nervus mandibularis, left", (3032,))
"""Nervus mandibularis, left (MDC 7:45)."""

NervusMandibularisRight: _Final[_Code] = _Code("MDC", "7:46", "Nervus mandibularis, right", (3032,))
"""Nervus mandibularis, right (MDC 7:46)."""

NervusMaxillaris: _Final[_Code] = _Code("MDC", "7:36", "Nervus maxillaris", (3032,))
"""Nervus maxillaris (MDC 7:36)."""

NervusMaxillarisLeft: _Final[_Code] = _Code("MDC", "7:37", "Nervus maxillaris, left", (3032,))
"""Nervus maxillaris, left (MDC 7:37)."""

NervusMaxillarisRight: _Final[_Code] = _Code("MDC", "7:38", "Nervus maxillaris, right", (3032,))
"""Nervus maxillaris, right (MDC 7:38)."""

NervusMedianus: _Final[_Code] = _Code("MDC", "7:120", "Nervus medianus", (3032,))
"""Nervus medianus (MDC 7:120)."""

NervusMedianusLeft: _Final[_Code] = _Code("MDC", "7:121", "Nervus medianus, left", (3032,))
"""Nervus medianus, left (MDC 7:121)."""

NervusMedianusNerviDigitalesPalmaresProprii: _Final[_Code] = _Code(
    "MDC", "7:128", "Nervus medianus, Nervi digitales palmares proprii", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii (MDC 7:128)."""

NervusMedianusNerviDigitalesPalmaresPropriiLeft: _Final[_Code] = _Code(
    "MDC", "7:129", "Nervus medianus, Nervi digitales palmares proprii, left", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii, left (MDC 7:129)."""

NervusMedianusNerviDigitalesPalmaresPropriiRight: _Final[_Code] = _Code(
    "MDC", "7:130", "Nervus medianus, Nervi digitales palmares proprii, right", (3032,)
)
"""Nervus medianus, Nervi digitales palmares proprii, right (MDC 7:130)."""

NervusMedianusRight: _Final[_Code] = _Code("MDC", "7:122", "Nervus medianus, right", (3032,))
"""Nervus medianus, right (MDC 7:122)."""

NervusMusculocutaneus: _Final[_Code] = _Code("MDC", "7:108", "Nervus musculocutaneus", (3032,))
"""Nervus musculocutaneus (MDC 7:108)."""

NervusMusculocutaneusLeft: _Final[_Code] = _Code(
    "MDC", "7:109", "Nervus musculocutaneus, left", (3032,)
)
"""Nervus musculocutaneus, left (MDC 7:109)."""

NervusMusculocutaneusRight: _Final[_Code] = _Code(
    "MDC", "7:110", "Nervus musculocutaneus, right", (3032,)
)
"""Nervus musculocutaneus, right (MDC 7:110)."""

NervusObturatorius: _Final[_Code] = _Code("MDC", "7:192", "Nervus obturatorius", (3032,))
"""Nervus obturatorius (MDC 7:192)."""

NervusObturatoriusLeft: _Final[_Code] = _Code("MDC", "7:193", "Nervus obturatorius, left", (3032,))
"""Nervus obturatorius, left (MDC 7:193)."""

NervusObturatoriusRight: _Final[_Code] = _Code(
    "MDC", "7:194", "Nervus obturatorius, right", (3032,)
)
"""Nervus obturatorius, right (MDC 7:194)."""

NervusOculomotoriusIII: _Final[_Code] = _Code("MDC", "7:16", "Nervus oculomotorius (III)", (3032,))
"""Nervus oculomotorius (III) (MDC 7:16)."""

NervusOculomotoriusIIILeft: _Final[_Code] = _Code(
    "MDC", "7:17", "Nervus oculomotorius (III), left", (3032,)
)
"""Nervus oculomotorius (III), left (MDC 7:17)."""

NervusOculomotoriusIIIRight: _Final[_Code] = _Code(
    "MDC", "7:18", "Nervus oculomotorius (III), right", (3032,)
)
"""Nervus oculomotorius (III), right (MDC 7:18)."""

NervusOphtalmicus: _Final[_Code] = _Code("MDC", "7:28", "Nervus ophtalmicus", (3032,))
"""Nervus ophtalmicus (MDC 7:28)."""

NervusOphtalmicusLeft: _Final[_Code] = _Code("MDC", "7:29", "Nervus ophtalmicus, left", (3032,))
"""Nervus ophtalmicus, left (MDC 7:29)."""

NervusOphtalmicusRight: _Final[_Code] = _Code("MDC", "7:30", "Nervus ophtalmicus, right", (3032,))
"""Nervus ophtalmicus, right (MDC 7:30)."""

NervusOpticusII: _Final[_Code] = _Code("MDC", "7:12", "Nervus opticus (II)", (3032,))
"""Nervus opticus (II) (MDC 7:12)."""

NervusOpticusIILeft: _Final[_Code] = _Code("MDC", "7:13", "Nervus opticus (II), left", (3032,))
"""Nervus opticus (II), left (MDC 7:13)."""

NervusOpticusIIRight: _Final[_Code] = _Code("MDC", "7:14", "Nervus opticus (II), right", (3032,))
"""Nervus opticus (II), right (MDC 7:14)."""

NervusPhrenicus: _Final[_Code] = _Code("MDC", "7:96", "Nervus phrenicus", (3032,))
"""Nervus phrenicus (MDC 7:96)."""

NervusPhrenicusLeft: _Final[_Code] = _Code("MDC", "7:97", "Nervus phrenicus, left", (3032,))
"""Nervus phrenicus, left (MDC 7:97)."""

NervusPhrenicusRight: _Final[_Code] = _Code("MDC", "7:98", "Nervus phrenicus, right", (3032,))
"""Nervus phrenicus, right (MDC 7:98)."""

NervusPlantarisLateralis: _Final[_Code] = _Code(
    "MDC", "7:240", "Nervus plantaris lateralis", (3032,)
)
"""Nervus plantaris lateralis (MDC 7:240)."""

NervusPlantarisLateralisLeft: _Final[_Code] = _Code(
    "MDC", "7:241", "Nervus plantaris lateralis, left", (3032,)
)
"""Nervus plantaris lateralis, left (MDC 7:241)."""

NervusPlantarisLateralisRight: _Final[_Code] = _Code(
    "MDC", "7:242", "Nervus plantaris lateralis, right", (3032,)
)
"""Nervus plantaris lateralis, right (MDC 7:242)."""

NervusPlantarisMedialis: _Final[_Code] = _Code("MDC", "7:236", "Nervus plantaris medialis", (3032,))
"""Nervus plantaris medialis (MDC 7:236)."""

NervusPlantarisMedialisLeft: _Final[_Code] = _Code(
    "MDC", "7:237", "Nervus plantaris medialis, left", (3032,)
)
"""Nervus plantaris medialis, left (MDC 7:237)."""

NervusPlantarisMedialisRight: _Final[_Code] = _Code(
    "MDC", "7:238", "Nervus plantaris medialis, right", (3032,)
)
"""Nervus plantaris medialis, right (MDC 7:238)."""

NervusPudendus: _Final[_Code] = _Code("MDC", "7:244", "Nervus pudendus", (3032,))
"""Nervus pudendus (MDC 7:244)."""

NervusPudendusLeft: _Final[_Code] = _Code("MDC", "7:245", "Nervus pudendus, left", (3032,))
"""Nervus pudendus, left (MDC 7:245)."""

NervusPudendusRight: _Final[_Code] = _Code("MDC", "7:246", "Nervus pudendus, right", (3032,))
"""Nervus pudendus, right (MDC 7:246)."""

NervusRadialis: _Final[_Code] = _Code("MDC", "7:148", "Nervus radialis", (3032,))
"""Nervus radialis (MDC 7:148)."""

NervusRadialisLeft: _Final[_Code] = _Code("MDC", "7:149", "Nervus radialis, left", (3032,))
"""Nervus radialis, left (MDC 7:149)."""

NervusRadialisRamusSuperficialis: _Final[_Code] = _Code(
    "MDC", "7:152", "Nervus radialis Ramus superficialis", (3032,)
)
"""Nervus radialis Ramus superficialis (MDC 7:152)."""

NervusRadialisRamusSuperficialisLeft: _Final[_Code] = _Code(
    "MDC", "7:153", "Nervus radialis Ramus superficialis, left", (3032,)
)
"""Nervus radialis Ramus superficialis, left (MDC 7:153)."""

NervusRadialisRamusSuperficialisRight: _Final[_Code] = _Code(
    "MDC", "7:154", "Nervus radialis Ramus superficialis, right", (3032,)
)
"""Nervus radialis Ramus superficialis, right (MDC 7:154)."""

NervusRadialisRight: _Final[_Code] = _Code("MDC", "7:150", "Nervus radialis, right", (3032,))
"""Nervus radialis, right (MDC 7:150)."""

NervusSaphenus: _Final[_Code] = _Code("MDC", "7:200", "Nervus saphenus", (3032,))
"""Nervus saphenus (MDC 7:200)."""

NervusSaphenusLeft: _Final[_Code] = _Code("MDC", "7:201", "Nervus saphenus, left", (3032,))
"""Nervus saphenus, left (MDC 7:201)."""

NervusSaphenusRight: _Final[_Code] = _Code("MDC", "7:202", "Nervus saphenus, right", (3032,))
"""Nervus saphenus, right (MDC 7:202)."""

NervusSupraorbitalis: _Final[_Code] = _Code("MDC", "7:32", "Nervus supraorbitalis", (3032,))
"""Nervus supraorbitalis (MDC 7:32)."""

NervusSupraorbitalisLeft: _Final[_Code] = _Code(
    "MDC", "7:33", "Nervus supraorbitalis, left", (3032,)
)
"""Nervus supraorbitalis, left (MDC 7:33)."""

NervusSupraorbitalisRight: _Final[_Code] = _Code(
    "MDC", "7:34", "Nervus supraorbitalis, right", (3032,)
)
"""Nervus supraorbitalis, right (MDC 7:34)."""

NervusSurealis: _Final[_Code] = _Code("MDC", "7:232", "Nervus surealis", (3032,))
"""Nervus surealis (MDC 7:232)."""

NervusSurealisLeft: _Final[_Code] = _Code("MDC", "7:233", "Nervus surealis, left", (3032,))
"""Nervus surealis, left (MDC 7:233)."""

NervusSurealisRight: _Final[_Code] = _Code("MDC", "7:234", "Nervus surealis, right", (3032,))
"""Nervus surealis, right (MDC 7:234)."""

NervusThoracicusLongus: _Final[_Code] = _Code("MDC", "7:104", "Nervus thoracicus longus", (3032,))
"""Nervus thoracicus longus (MDC 7:104)."""

NervusThoracicusLongusLeft: _Final[_Code] = _Code(
    "MDC", "7:105", "Nervus thoracicus longus, left", (3032,)
)
"""Nervus thoracicus longus, left (MDC 7:105)."""

NervusThoracicusLongusRight: _Final[_Code] = _Code(
    "MDC", "7:106", "Nervus thoracicus longus, right", (3032,)
)
"""Nervus thoracicus longus, right (MDC 7:106)."""

NervusTibialis: _Final[_Code] = _Code("MDC", "7:228", "Nervus tibialis", (3032,))
"""Nervus tibialis (MDC 7:228)."""

NervusTibialisLeft: _Final[_Code] = _Code("MDC", "7:229", "Nervus tibialis, left", (3032,))
"""Nervus tibialis, left (MDC 7:229)."""

NervusTibialisRight: _Final[_Code] = _Code("MDC", "7:230", "Nervus tibialis, right", (3032,))
"""Nervus tibialis, right (MDC 7:230)."""

NervusTrigeminusV: _Final[_Code] = _Code("MDC", "7:24", "Nervus trigeminus (V)", (3032,))
"""Nervus trigeminus (V) (MDC 7:24)."""

NervusTrigeminusVLeft: _Final[_Code] = _Code("MDC", "7:25", "Nervus trigeminus (V), left", (3032,))
"""Nervus trigeminus (V), left (MDC 7:25)."""

NervusTrigeminusVRight: _Final[_Code] = _Code(
    "MDC", "7:26", "Nervus trigeminus (V), right", (3032,)
)
"""Nervus trigeminus (V), right (MDC 7:26)."""

NervusTrochlearisIV: _Final[_Code] = _Code("MDC", "7:20", "Nervus trochlearis (IV)", (3032,))
"""Nervus trochlearis (IV) (MDC 7:20)."""

NervusTrochlearisIVLeft: _Final[_Code] = _Code(
    "MDC", "7:21", "Nervus trochlearis (IV), left", (3032,)
)
"""Nervus trochlearis (IV), left (MDC 7:21)."""

NervusTrochlearisIVRight: _Final[_Code] = _Code(
    "MDC", "7:22", "Nervus trochlearis (IV), right", (3032,)
)
"""Nervus trochlearis (IV), right (MDC 7:22)."""

NervusUlnaris: _Final[_Code] = _Code("MDC", "7:132", "Nervus ulnaris", (3032,))
"""Nervus ulnaris (MDC 7:132)."""

NervusUlnarisLeft: _Final[_Code] = _Code("MDC", "7:133", "Nervus ulnaris, left", (3032,))
"""Nervus ulnaris, left (MDC 7:133)."""

NervusUlnarisNerviDigitalesPalmaresProprii: _Final[_Code] = _Code(
    "MDC", "7:144", "Nervus ulnaris, Nervi digitales palmares proprii", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii (MDC 7:144)."""

NervusUlnarisNerviDigitalesPalmaresPropriiLeft: _Final[_Code] = _Code(
    "MDC", "7:145", "Nervus ulnaris, Nervi digitales palmares proprii, left", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii, left (MDC 7:145)."""

NervusUlnarisNerviDigitalesPalmaresPropriiRight: _Final[_Code] = _Code(
    "MDC", "7:146", "Nervus ulnaris, Nervi digitales palmares proprii, right", (3032,)
)
"""Nervus ulnaris, Nervi digitales palmares proprii, right (MDC 7:146)."""

NervusUlnarisRight: _Final[_Code] = _Code("MDC", "7:134", "Nervus ulnaris, right", (3032,))
"""Nervus ulnaris, right (MDC 7:134)."""

NervusVagusX: _Final[_Code] = _Code("MDC", "7:72", "Nervus vagus (X)", (3032,))
"""Nervus vagus (X) (MDC 7:72)."""

NervusVagusXLeft: _Final[_Code] = _Code("MDC", "7:73", "Nervus vagus (X), left", (3032,))
"""Nervus vagus (X), left (MDC 7:73)."""

NervusVagusXRight: _Final[_Code] = _Code("MDC", "7:74", "Nervus vagus (X), right", (3032,))
"""Nervus vagus (X), right (MDC 7:74)."""

NervusVestibularis: _Final[_Code] = _Code("MDC", "7:60", "Nervus vestibularis", (3032,))
"""Nervus vestibularis (MDC 7:60)."""

NervusVestibularisLeft: _Final[_Code] = _Code("MDC", "7:61", "Nervus vestibularis, left", (3032,))
"""Nervus vestibularis, left (MDC 7:61)."""

NervusVestibularisRight: _Final[_Code] = _Code("MDC", "7:62", "Nervus vestibularis, right", (3032,))
"""Nervus vestibularis, right (MDC 7:62)."""

NervusVestibulocochlearisVIII: _Final[_Code] = _Code(
    "MDC", "7:56", "Nervus vestibulocochlearis (VIII)", (3032,)
)
"""Nervus vestibulocochlearis (VIII) (MDC 7:56)."""

NervusVestibulocochlearisVIIILeft: _Final[_Code] = _Code(
    "MDC", "7:57", "Nervus vestibulocochlearis (VIII), left", (3032,)
)
"""Nervus vestibulocochlearis (VIII), left (MDC 7:57)."""

NervusVestibulocochlearisVIIIRight: _Final[_Code] = _Code(
    "MDC", "7:58", "Nervus vestibulocochlearis (VIII), right", (3032,)
)
"""Nervus vestibulocochlearis (VIII), right (MDC 7:58)."""

NoECGSignalIsAvailable: _Final[_Code] = _Code(
    "MDC", "10:11248", "No ECG signal is available", (3335, 3680)
)
"""No ECG signal is available (MDC 10:11248)."""

NoNoise: _Final[_Code] = _Code("MDC", "10:11200", "No Noise", (3335, 3680))
"""No Noise (MDC 10:11200)."""

NonConductedPWave: _Final[_Code] = _Code(
    "MDC", "10:8320", "Non-conducted p-wave (blocked)", (3335,)
)
"""Non-conducted p-wave (blocked) (MDC 10:8320)."""

NonRespiratorySinusArrhythmia: _Final[_Code] = _Code(
    "MDC", "10:9312", "Non-Respiratory Sinus Arrhythmia", (3415,)
)
"""Non-Respiratory Sinus Arrhythmia (MDC 10:9312)."""

NonsustainedVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10032", "Nonsustained Ventricular Tachycardia (paroxysmal)", (3415,)
)
"""Nonsustained Ventricular Tachycardia (paroxysmal) (MDC 10:10032)."""

NormalBeatSinusBeatNormalConduction: _Final[_Code] = _Code(
    "MDC", "10:8208", "Normal beat (sinus beat, normal conduction)", (3335,)
)
"""Normal beat (sinus beat, normal conduction) (MDC 10:8208)."""

NormalSinusRhythm: _Final[_Code] = _Code("MDC", "10:9232", "Normal Sinus Rhythm", (3415,))
"""Normal Sinus Rhythm (MDC 10:9232)."""

Notch: _Final[_Code] = _Code("MDC", "10:768", "Notch", (3335,))
"""Notch (MDC 10:768)."""

NotchFilter: _Final[_Code] = _Code("MDC", "10:11407", "Notch filter", (3691,))
"""Notch filter (MDC 10:11407)."""

NotchFilterBandwidth: _Final[_Code] = _Code("MDC", "10:11409", "Notch filter bandwidth", (3690,))
"""Notch filter bandwidth (MDC 10:11409)."""

NotchFilterDescription: _Final[_Code] = _Code(
    "MDC", "10:11410", "Notch filter description", (3691,)
)
"""Notch filter description (MDC 10:11410)."""

NotchFilterFrequency: _Final[_Code] = _Code("MDC", "10:11408", "Notch filter frequency", (3690,))
"""Notch filter frequency (MDC 10:11408)."""

NystagmoidEyeMovements: _Final[_Code] = _Code("MDC", "2:24056", "Nystagmoid eye movements", (3035,))
"""Nystagmoid eye movements (MDC 2:24056)."""

Nz: _Final[_Code] = _Code("MDC", "7:996", "Nz", (3030,))
"""Nz (MDC 7:996)."""

O1: _Final[_Code] = _Code("MDC", "7:1209", "O1", (3030,))
"""O1 (MDC 7:1209)."""

O2: _Final[_Code] = _Code("MDC", "7:1214", "O2", (3030,))
"""O2 (MDC 7:1214)."""

OsborneWave: _Final[_Code] = _Code("MDC", "10:1408", "Osborne wave", (3335,))
"""Osborne wave (MDC 10:1408)."""

OtherEyeMovement: _Final[_Code] = _Code("MDC", "2:24312", "Other eye movement", (3037,))
"""Other eye movement (MDC 2:24312)."""

Oz: _Final[_Code] = _Code("MDC", "7:1032", "Oz", (3030,))
"""Oz (MDC 7:1032)."""

P1: _Final[_Code] = _Code("MDC", "7:1177", "P1", (3030,))
"""P1 (MDC 7:1177)."""

P10: _Final[_Code] = _Code("MDC", "7:1206", "P10", (3030,))
"""P10 (MDC 7:1206)."""

P2: _Final[_Code] = _Code("MDC", "7:1182", "P2", (3030,))
"""P2 (MDC 7:1182)."""

P3: _Final[_Code] = _Code("MDC", "7:1185", "P3", (3030,))
"""P3 (MDC 7:1185)."""

P3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:3072", "P3 amplitude, per lead", (3688,))
"""P3 amplitude, per lead (MDC 2:3072)."""

P4: _Final[_Code] = _Code("MDC", "7:1190", "P4", (3030,))
"""P4 (MDC 7:1190)."""

P5: _Final[_Code] = _Code("MDC", "7:1193", "P5", (3030,))
"""P5 (MDC 7:1193)."""

P6: _Final[_Code] = _Code("MDC", "7:1198", "P6", (3030,))
"""P6 (MDC 7:1198)."""

P9: _Final[_Code] = _Code("MDC", "7:1201", "P9", (3030,))
"""P9 (MDC 7:1201)."""

PAxis: _Final[_Code] = _Code("MDC", "2:16128", "P Axis", (3229,))
"""P Axis (MDC 2:16128)."""

PDurationGlobal: _Final[_Code] = _Code("MDC", "2:16184", "P duration global", (3228, 3689))
"""P duration global (MDC 2:16184)."""

PDurationPerLead: _Final[_Code] = _Code("MDC", "2:6656", "P duration per lead", (3228, 3687))
"""P duration per lead (MDC 2:6656)."""

PMaximumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1280", "P maximum amplitude, per lead", (3688,)
)
"""P maximum amplitude, per lead (MDC 2:1280)."""

PMinimumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:1536", "P minimum amplitude, per lead", (3688,)
)
"""P minimum amplitude, per lead (MDC 2:1536)."""

PO3: _Final[_Code] = _Code("MDC", "7:1233", "PO3", (3030,))
"""PO3 (MDC 7:1233)."""

PO4: _Final[_Code] = _Code("MDC", "7:1238", "PO4", (3030,))
"""PO4 (MDC 7:1238)."""

PO7: _Final[_Code] = _Code("MDC", "7:1241", "PO7", (3030,))
"""PO7 (MDC 7:1241)."""

PO8: _Final[_Code] = _Code("MDC", "7:1246", "PO8", (3030,))
"""PO8 (MDC 7:1246)."""

POnsetToP1DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:4608", "P onset to P1 duration, per lead", (3687,)
)
"""P onset to P1 duration, per lead (MDC 2:4608)."""

POnsetToP2DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:4864", "P onset to P2 duration, per lead", (3687,)
)
"""P onset to P2 duration, per lead (MDC 2:4864)."""

POnsetToP3DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:5120", "P onset to P3 duration, per lead", (3687,)
)
"""P onset to P3 duration, per lead (MDC 2:5120)."""

PPIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16140", "PP interval global", (3228, 3689))
"""PP interval global (MDC 2:16140)."""

PPIntervalPerLead: _Final[_Code] = _Code("MDC", "2:32768", "PP interval per lead", (3228, 3687))
"""PP interval per lead (MDC 2:32768)."""

PQSegmentTimePeriodGlobal: _Final[_Code] = _Code(
    "MDC", "2:16148", "PQ segment time period, global", (3689,)
)
"""PQ segment time period, global (MDC 2:16148)."""

PQSegmentTimePeriodPerLead: _Final[_Code] = _Code(
    "MDC", "2:33536", "PQ segment time period, per lead", (3687,)
)
"""PQ segment time period, per lead (MDC 2:33536)."""

PQTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16144", "PQ time period, global", (3689,))
"""PQ time period, global (MDC 2:16144)."""

PQTimePeriodPerLead: _Final[_Code] = _Code("MDC", "2:33280", "PQ time period, per lead", (3687,))
"""PQ time period, per lead (MDC 2:33280)."""

PRIntervalGlobal: _Final[_Code] = _Code("MDC", "2:15872", "PR interval global", (3228, 3689))
"""PR interval global (MDC 2:15872)."""

PRIntervalPerLead: _Final[_Code] = _Code("MDC", "2:7168", "PR interval per lead", (3228, 3687))
"""PR interval per lead (MDC 2:7168)."""

PRSegment: _Final[_Code] = _Code("MDC", "10:1920", "PR Segment", (3335,))
"""PR Segment (MDC 10:1920)."""

PWave: _Final[_Code] = _Code("MDC", "10:256", "P wave", (3335,))
"""P wave (MDC 10:256)."""

PWaveSecondDeflectionInPWave: _Final[_Code] = _Code(
    "MDC", "10:320", "P' wave (second deflection in P wave)", (3335,)
)
"""P' wave (second deflection in P wave) (MDC 10:320)."""

PWaveThirdDeflectionInPWave: _Final[_Code] = _Code(
    "MDC", "10:384", "P'' wave (third deflection in P wave)", (3335,)
)
"""P'' wave (third deflection in P wave) (MDC 10:384)."""

PacemakerFusionBeat: _Final[_Code] = _Code("MDC", "10:8720", "Pacemaker Fusion beat", (3335,))
"""Pacemaker Fusion beat (MDC 10:8720)."""

PacemakerLearningBeat: _Final[_Code] = _Code("MDC", "10:8752", "Pacemaker Learning beat", (3335,))
"""Pacemaker Learning beat (MDC 10:8752)."""

PacerArtifact: _Final[_Code] = _Code("MDC", "3:3294", "Pacer artifact", (3038,))
"""Pacer artifact (MDC 3:3294)."""

PadValue: _Final[_Code] = _Code("MDC", "10:11397", "Pad value", (3690,))
"""Pad value (MDC 10:11397)."""

ParoxsysmalAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9408", "Paroxsysmal Atrial Tachycardia", (3415,)
)
"""Paroxsysmal Atrial Tachycardia (MDC 10:9408)."""

PeriodicAndQuasiperiodicCerebralActivity: _Final[_Code] = _Code(
    "MDC", "2:23968", "Periodic and quasiperiodic cerebral activity", (3035,)
)
"""Periodic and quasiperiodic cerebral activity (MDC 2:23968)."""

PeriodicBurstsWithSuppressions: _Final[_Code] = _Code(
    "MDC", "2:24032", "Periodic bursts with suppressions", (3035,)
)
"""Periodic bursts with suppressions (MDC 2:24032)."""

PeriodicCerebralComplexes: _Final[_Code] = _Code(
    "MDC", "2:24000", "Periodic cerebral complexes", (3035,)
)
"""Periodic cerebral complexes (MDC 2:24000)."""

PeriodicEpileptiformDischarges: _Final[_Code] = _Code(
    "MDC", "2:23992", "Periodic epileptiform discharges", (3035,)
)
"""Periodic epileptiform discharges (MDC 2:23992)."""

PeriodicMovementsOfSleep: _Final[_Code] = _Code(
    "MDC", "2:24184", "Periodic movements of sleep", (3035,)
)
"""Periodic movements of sleep (MDC 2:24184)."""

PeriodicMovementsOfSleepWithArousals: _Final[_Code] = _Code(
    "MDC", "2:24192", "Periodic movements of sleep with arousals", (3035,)
)
"""Periodic movements of sleep with arousals (MDC 2:24192)."""

PeriodicSharpWaves: _Final[_Code] = _Code("MDC", "2:24016", "Periodic sharp waves", (3035,))
"""Periodic sharp waves (MDC 2:24016)."""

PeriodicSuppressions: _Final[_Code] = _Code("MDC", "2:24024", "Periodic suppressions", (3035,))
"""Periodic suppressions (MDC 2:24024)."""

PeriodicTriphasicWaves: _Final[_Code] = _Code("MDC", "2:23984", "Periodic triphasic waves", (3035,))
"""Periodic triphasic waves (MDC 2:23984)."""

Pg1: _Final[_Code] = _Code("MDC", "7:1305", "Pg1", (3030,))
"""Pg1 (MDC 7:1305)."""

Pg2: _Final[_Code] = _Code("MDC", "7:1306", "Pg2", (3030,))
"""Pg2 (MDC 7:1306)."""

PhantomSpikeAndWaveActivity: _Final[_Code] = _Code(
    "MDC", "2:23864", "Phantom spike and wave activity", (3035,)
)
"""Phantom spike and wave activity (MDC 2:23864)."""

Platysma: _Final[_Code] = _Code("MDC", "7:392", "Platysma", (3031,))
"""Platysma (MDC 7:392)."""

PlatysmaLeft: _Final[_Code] = _Code("MDC", "7:393", "Platysma, left", (3031,))
"""Platysma, left (MDC 7:393)."""

PlatysmaRight: _Final[_Code] = _Code("MDC", "7:394", "Platysma, right", (3031,))
"""Platysma, right (MDC 7:394)."""

PlexusBrachialis: _Final[_Code] = _Code("MDC", "7:100", "Plexus brachialis", (3032,))
"""Plexus brachialis (MDC 7:100)."""

PlexusBrachialisLeft: _Final[_Code] = _Code("MDC", "7:101", "Plexus brachialis, left", (3032,))
"""Plexus brachialis, left (MDC 7:101)."""

PlexusBrachialisRight: _Final[_Code] = _Code("MDC", "7:102", "Plexus brachialis, right", (3032,))
"""Plexus brachialis, right (MDC 7:102)."""

PlexusLumbalis: _Final[_Code] = _Code("MDC", "7:176", "Plexus lumbalis", (3032,))
"""Plexus lumbalis (MDC 7:176)."""

PlexusLumbalisLeft: _Final[_Code] = _Code("MDC", "7:177", "Plexus lumbalis, left", (3032,))
"""Plexus lumbalis, left (MDC 7:177)."""

PlexusLumbalisRight: _Final[_Code] = _Code("MDC", "7:178", "Plexus lumbalis, right", (3032,))
"""Plexus lumbalis, right (MDC 7:178)."""

PlexusLumbosacralis: _Final[_Code] = _Code("MDC", "7:172", "Plexus lumbosacralis", (3032,))
"""Plexus lumbosacralis (MDC 7:172)."""

PlexusLumbosacralisLeft: _Final[_Code] = _Code(
    "MDC", "7:173", "Plexus lumbosacralis, left", (3032,)
)
"""Plexus lumbosacralis, left (MDC 7:173)."""

PlexusLumbosacralisRight: _Final[_Code] = _Code(
    "MDC", "7:174", "Plexus lumbosacralis, right", (3032,)
)
"""Plexus lumbosacralis, right (MDC 7:174)."""

PlexusSacralis: _Final[_Code] = _Code("MDC", "7:208", "Plexus sacralis", (3032,))
"""Plexus sacralis (MDC 7:208)."""

PlexusSacralisLeft: _Final[_Code] = _Code("MDC", "7:209", "Plexus sacralis, left", (3032,))
"""Plexus sacralis, left (MDC 7:209)."""

PlexusSacralisRight: _Final[_Code] = _Code("MDC", "7:210", "Plexus sacralis, right", (3032,))
"""Plexus sacralis, right (MDC 7:210)."""

PolymorphicVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10064", "Polymorphic Ventricular Tachycardia", (3415,)
)
"""Polymorphic Ventricular Tachycardia (MDC 10:10064)."""

PositiveOccipitalSharpTransientOfSleep: _Final[_Code] = _Code(
    "MDC", "2:23776", "Positive occipital sharp transient of sleep", (3046,)
)
"""Positive occipital sharp transient of sleep (MDC 2:23776)."""

PowerLineProblem: _Final[_Code] = _Code("MDC", "3:236", "Power line problem", (3039,))
"""Power line problem (MDC 3:236)."""

PowerSupplyProblem: _Final[_Code] = _Code("MDC", "3:458", "Power supply problem", (3039,))
"""Power supply problem (MDC 3:458)."""

Poz: _Final[_Code] = _Code("MDC", "7:1028", "POz", (3030,))
"""POz (MDC 7:1028)."""

PreExcitation_10_10096: _Final[_Code] = _Code("MDC", "10:10096", "pre-excitation", (3415,))
"""pre-excitation (MDC 10:10096)."""

PreExcitation_10_8624: _Final[_Code] = _Code("MDC", "10:8624", "pre-excitation", (3335,))
"""pre-excitation (MDC 10:8624)."""

PrecordialLead: _Final[_Code] = _Code("MDC", "2:87", "Precordial lead", (3001,))
"""Precordial lead (MDC 2:87)."""

PseudoOrthogonalXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11278", "Pseudo-orthogonal XYZ lead system", (3263,)
)
"""Pseudo-orthogonal XYZ lead system (MDC 10:11278)."""

PulseArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24232", "Pulse artifactual activity", (3035,)
)
"""Pulse artifactual activity (MDC 2:24232)."""

Pz: _Final[_Code] = _Code("MDC", "7:1024", "Pz", (3030,))
"""Pz (MDC 7:1024)."""

QAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:1792", "Q amplitude, per lead", (3688,))
"""Q amplitude, per lead (MDC 2:1792)."""

QDurationPerLead: _Final[_Code] = _Code("MDC", "2:7680", "Q duration, per lead", (3687,))
"""Q duration, per lead (MDC 2:7680)."""

QRSAxis: _Final[_Code] = _Code("MDC", "2:16132", "QRS axis", (3229,))
"""QRS axis (MDC 2:16132)."""

QRSDurationGlobal: _Final[_Code] = _Code("MDC", "2:16156", "QRS duration global", (3228, 3689))
"""QRS duration global (MDC 2:16156)."""

QRSDurationPerLead: _Final[_Code] = _Code("MDC", "2:7936", "QRS duration per lead", (3228, 3687))
"""QRS duration per lead (MDC 2:7936)."""

QSWave: _Final[_Code] = _Code("MDC", "10:512", "QS wave", (3335,))
"""QS wave (MDC 10:512)."""

QTIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16160", "QT interval global", (3228, 3689))
"""QT interval global (MDC 2:16160)."""

QTIntervalPerLead: _Final[_Code] = _Code("MDC", "2:8192", "QT interval per lead", (3228, 3687))
"""QT interval per lead (MDC 2:8192)."""

QTUTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16004", "QTU time period, global", (3689,))
"""QTU time period, global (MDC 2:16004)."""

QTUTimePeriodPerLead: _Final[_Code] = _Code("MDC", "2:34560", "QTU time period, per lead", (3687,))
"""QTU time period, per lead (MDC 2:34560)."""

QWave: _Final[_Code] = _Code("MDC", "10:448", "Q wave", (3335,))
"""Q wave (MDC 10:448)."""

QtcGlobalUsingBazettFormula: _Final[_Code] = _Code(
    "MDC", "2:15880", "QTc global using Bazett formula", (3227,)
)
"""QTc global using Bazett formula (MDC 2:15880)."""

QtcGlobalUsingFredericiaFormula: _Final[_Code] = _Code(
    "MDC", "2:15892", "QTc global using Fredericia formula", (3227,)
)
"""QTc global using Fredericia formula (MDC 2:15892)."""

QtcIntervalGlobal: _Final[_Code] = _Code("MDC", "2:15876", "QTc interval global", (3227,))
"""QTc interval global (MDC 2:15876)."""

QtcIntervalPerLead: _Final[_Code] = _Code("MDC", "2: 33792", "QTc interval per lead", (3227,))
"""QTc interval per lead (MDC 2: 33792)."""

QtcPerLeadUsingBazettFormula: _Final[_Code] = _Code(
    "MDC", "2:34048", "QTc per lead using Bazett formula", (3227,)
)
"""QTc per lead using Bazett formula (MDC 2:34048)."""

QtcPerLeadUsingFredericiaFormula: _Final[_Code] = _Code(
    "MDC", "2:34304", "QTc per lead using Fredericia formula", (3227,)
)
"""QTc per lead using Fredericia formula (MDC 2:34304)."""

QuasiperiodicCerebralSharpWaves: _Final[_Code] = _Code(
    "MDC", "2:24008", "Quasiperiodic cerebral sharp waves", (3035,)
)
"""Quasiperiodic cerebral sharp waves (MDC 2:24008)."""

QuasiperiodicTriphasicWaves: _Final[_Code] = _Code(
    "MDC", "2:23976", "Quasiperiodic triphasic waves", (3035,)
)
"""Quasiperiodic triphasic waves (MDC 2:23976)."""

R1AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:12800", "R1 amplitude, per lead", (3688,))
"""R1 amplitude, per lead (MDC 2:12800)."""

R1DurationPerLead: _Final[_Code] = _Code("MDC", "2:11264", "R1 duration, per lead", (3687,))
"""R1 duration, per lead (MDC 2:11264)."""

R2AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13056", "R2 amplitude, per lead", (3688,))
"""R2 amplitude, per lead (MDC 2:13056)."""

R2DurationPerLead: _Final[_Code] = _Code("MDC", "2:11520", "R2 duration, per lead", (3687,))
"""R2 duration, per lead (MDC 2:11520)."""

R3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13312", "R3 amplitude, per lead", (3688,))
"""R3 amplitude, per lead (MDC 2:13312)."""

R3DurationPerLead: _Final[_Code] = _Code("MDC", "2:11776", "R3 duration, per lead", (3687,))
"""R3 duration, per lead (MDC 2:11776)."""

RAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:2048", "R amplitude, per lead", (3688,))
"""R amplitude, per lead (MDC 2:2048)."""

REM: _Final[_Code] = _Code("MDC", "2:24296", "REM", (3037,))
"""REM (MDC 2:24296)."""

ROnTPrematureVentricularBeat: _Final[_Code] = _Code(
    "MDC", "10:8368", "R-on-T premature ventricular beat", (3335,)
)
"""R-on-T premature ventricular beat (MDC 10:8368)."""

RRIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16168", "RR interval global", (3228,))
"""RR interval global (MDC 2:16168)."""

RRIntervalPerLead: _Final[_Code] = _Code("MDC", "2:33024", "RR interval per lead", (3228, 3687))
"""RR interval per lead (MDC 2:33024)."""

RRTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16000", "RR time period, global", (3689,))
"""RR time period, global (MDC 2:16000)."""

RWave: _Final[_Code] = _Code("MDC", "10:576", "R wave", (3335,))
"""R wave (MDC 10:576)."""

RWaveSecondDeflectionInRWave: _Final[_Code] = _Code(
    "MDC", "10:640", "R' wave (second deflection in R Wave)", (3335,)
)
"""R' wave (second deflection in R Wave) (MDC 10:640)."""

RWaveThirdDeflectionInRWave: _Final[_Code] = _Code(
    "MDC", "10:704", "R'' wave (third deflection in R Wave)", (3335,)
)
"""R'' wave (third deflection in R Wave) (MDC 10:704)."""

RamusDorsalisNerviUlnaris: _Final[_Code] = _Code(
    "MDC", "7:136", "Ramus dorsalis nervi ulnaris", (3032,)
)
"""Ramus dorsalis nervi ulnaris (MDC 7:136)."""

RamusDorsalisNerviUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:137", "Ramus dorsalis nervi ulnaris, left", (3032,)
)
"""Ramus dorsalis nervi ulnaris, left (MDC 7:137)."""

RamusDorsalisNerviUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:138", "Ramus dorsalis nervi ulnaris, right", (3032,)
)
"""Ramus dorsalis nervi ulnaris, right (MDC 7:138)."""

RamusPalmarisNerviMediani: _Final[_Code] = _Code(
    "MDC", "7:124", "Ramus palmaris nervi mediani", (3032,)
)
"""Ramus palmaris nervi mediani (MDC 7:124)."""

RamusPalmarisNerviMedianiLeft: _Final[_Code] = _Code(
    "MDC", "7:125", "Ramus palmaris nervi mediani, left", (3032,)
)
"""Ramus palmaris nervi mediani, left (MDC 7:125)."""

RamusPalmarisNerviMedianiRight: _Final[_Code] = _Code(
    "MDC", "7:126", "Ramus palmaris nervi mediani, right", (3032,)
)
"""Ramus palmaris nervi mediani, right (MDC 7:126)."""

RamusPalmarisNerviUlnaris: _Final[_Code] = _Code(
    "MDC", "7:140", "Ramus palmaris nervi ulnaris", (3032,)
)
"""Ramus palmaris nervi ulnaris (MDC 7:140)."""

RamusPalmarisNerviUlnarisLeft: _Final[_Code] = _Code(
    "MDC", "7:141", "Ramus palmaris nervi ulnaris, left", (3032,)
)
"""Ramus palmaris nervi ulnaris, left (MDC 7:141)."""

RamusPalmarisNerviUlnarisRight: _Final[_Code] = _Code(
    "MDC", "7:142", "Ramus palmaris nervi ulnaris, right", (3032,)
)
"""Ramus palmaris nervi ulnaris, right (MDC 7:142)."""

RapidEyeMovements: _Final[_Code] = _Code("MDC", "2:24080", "Rapid eye movements", (3035,))
"""Rapid eye movements (MDC 2:24080)."""

ReentrantAVNodalTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9616", "Reentrant AV nodal tachycardia", (3415,)
)
"""Reentrant AV nodal tachycardia (MDC 10:9616)."""

RespiratoryArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24248", "Respiratory artifactual activity", (3035,)
)
"""Respiratory artifactual activity (MDC 2:24248)."""

RespiratorySinusArrhythmia: _Final[_Code] = _Code(
    "MDC", "10:9296", "Respiratory Sinus Arrhythmia", (3415,)
)
"""Respiratory Sinus Arrhythmia (MDC 10:9296)."""

RhythmicSharpWaves: _Final[_Code] = _Code("MDC", "2:23944", "Rhythmic sharp waves", (3035,))
"""Rhythmic sharp waves (MDC 2:23944)."""

RightArmLead: _Final[_Code] = _Code("MDC", "2:22", "Right Arm Lead", (3001,))
"""Right Arm Lead (MDC 2:22)."""

RightAtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4608", "right atrium Antibradycardia pace spike", (3335,)
)
"""right atrium Antibradycardia pace spike (MDC 10:4608)."""

RightBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8496", "Right bundle branch block beat", (3335,)
)
"""Right bundle branch block beat (MDC 10:8496)."""

RightLegLead: _Final[_Code] = _Code("MDC", "2:147", "Right Leg Lead", (3001,))
"""Right Leg Lead (MDC 2:147)."""

RightVentricleAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5376", "right ventricle Antibradycardia pace spike", (3335,)
)
"""right ventricle Antibradycardia pace spike (MDC 10:5376)."""

S1AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13568", "S1 amplitude, per lead", (3688,))
"""S1 amplitude, per lead (MDC 2:13568)."""

S1DurationPerLead: _Final[_Code] = _Code("MDC", "2:12032", "S1 duration, per lead", (3687,))
"""S1 duration, per lead (MDC 2:12032)."""

S2AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:13824", "S2 amplitude, per lead", (3688,))
"""S2 amplitude, per lead (MDC 2:13824)."""

S2DurationPerLead: _Final[_Code] = _Code("MDC", "2:12288", "S2 duration, per lead", (3687,))
"""S2 duration, per lead (MDC 2:12288)."""

S3AmplitudePerLead: _Final[_Code] = _Code("MDC", "2:14080", "S3 amplitude, per lead", (3688,))
"""S3 amplitude, per lead (MDC 2:14080)."""

S3DurationPerLead: _Final[_Code] = _Code("MDC", "2:12544", "S3 duration, per lead", (3687,))
"""S3 duration, per lead (MDC 2:12544)."""

SAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:2304", "S amplitude, per lead", (3688,))
"""S amplitude, per lead (MDC 2:2304)."""

STAmplitudePerLead: _Final[_Code] = _Code("MDC", "2:768", "ST amplitude, per lead", (3688,))
"""ST amplitude, per lead (MDC 2:768)."""

STChange: _Final[_Code] = _Code("MDC", "10:2304", "ST change", (3335,))
"""ST change (MDC 10:2304)."""

STMeasurementPoint: _Final[_Code] = _Code("MDC", "10:2112", "ST measurement point", (3335,))
"""ST measurement point (MDC 10:2112)."""

STSegment: _Final[_Code] = _Code("MDC", "10:1984", "ST Segment", (3335,))
"""ST Segment (MDC 10:1984)."""

SWave: _Final[_Code] = _Code("MDC", "10:832", "S wave", (3335,))
"""S wave (MDC 10:832)."""

SWaveSecondDeflectionInSWave: _Final[_Code] = _Code(
    "MDC", "10:896", "S' wave (second deflection in S Wave)", (3335,)
)
"""S' wave (second deflection in S Wave) (MDC 10:896)."""

SWaveThirdDeflectionInSWave: _Final[_Code] = _Code(
    "MDC", "10:960", "S'' wave (third deflection in S Wave)", (3335,)
)
"""S'' wave (third deflection in S Wave) (MDC 10:960)."""

Saccade: _Final[_Code] = _Code("MDC", "2:24288", "Saccade", (3037,))
"""Saccade (MDC 2:24288)."""

SampleRate: _Final[_Code] = _Code("MDC", "10:11393", "Sample rate", (3690,))
"""Sample rate (MDC 10:11393)."""

SampleSkew: _Final[_Code] = _Code("MDC", "10:11399", "Sample skew", (3690,))
"""Sample skew (MDC 10:11399)."""

SecondDegreeAVBlockTypeIIMobitzTypeII: _Final[_Code] = _Code(
    "MDC", "10:9680", "Second Degree AV Block Type II (Mobitz Type II)", (3415,)
)
"""Second Degree AV Block Type II (Mobitz Type II) (MDC 10:9680)."""

SecondDegreeAVBlockTypeIWenckebachOrMobitzTypeI: _Final[_Code] = _Code(
    "MDC", "10:9664", "Second Degree AV Block Type I (Wenckebach, or Mobitz Type I)", (3415,)
)
"""Second Degree AV Block Type I (Wenckebach, or Mobitz Type I) (MDC 10:9664)."""

SecondDegreeAVBlock_10_9648: _Final[_Code] = _Code(
    "MDC", "10:9648", "Second Degree AV Block", (3415,)
)
"""Second Degree AV Block (MDC 10:9648)."""

SecondDegreeAVBlock_3_3148: _Final[_Code] = _Code(
    "MDC", "3:3148", "Second-degree AV block", (3038,)
)
"""Second-degree AV block (MDC 3:3148)."""

SecondDegreeSABlockTypeII: _Final[_Code] = _Code(
    "MDC", "10:9808", "Second Degree SA Block Type II", (3415,)
)
"""Second Degree SA Block Type II (MDC 10:9808)."""

SecondDegreeSABlockTypeIWenckebach: _Final[_Code] = _Code(
    "MDC", "10:9792", "Second Degree SA Block Type I (Wenckebach)", (3415,)
)
"""Second Degree SA Block Type I (Wenckebach) (MDC 10:9792)."""

Sensitivity: _Final[_Code] = _Code("MDC", "10:11394", "Sensitivity", (3690,))
"""Sensitivity (MDC 10:11394)."""

SevereNoiseBeatsCannotBeDetectedOrClassified: _Final[_Code] = _Code(
    "MDC", "10:11232", "Severe Noise, beats cannot be detected or classified", (3335, 3680)
)
"""Severe Noise, beats cannot be detected or classified (MDC 10:11232)."""

SharpAndSlowWaveComplex: _Final[_Code] = _Code(
    "MDC", "2:23936", "Sharp and slow wave complex", (3035,)
)
"""Sharp and slow wave complex (MDC 2:23936)."""

SharpAppearingOrEpileptiformActivity: _Final[_Code] = _Code(
    "MDC", "2:23816", "Sharp appearing or epileptiform activity", (3035,)
)
"""Sharp appearing or epileptiform activity (MDC 2:23816)."""

SharpSpikes: _Final[_Code] = _Code("MDC", "3:3270", "Sharp spikes", (3038,))
"""Sharp spikes (MDC 3:3270)."""

SharpTransient: _Final[_Code] = _Code("MDC", "2:23824", "Sharp transient", (3035,))
"""Sharp transient (MDC 2:23824)."""

SinusArrhythmia: _Final[_Code] = _Code("MDC", "10:9280", "Sinus Arrhythmia", (3415,))
"""Sinus Arrhythmia (MDC 10:9280)."""

SinusBradycardia: _Final[_Code] = _Code("MDC", "10:9248", "Sinus Bradycardia", (3415,))
"""Sinus Bradycardia (MDC 10:9248)."""

SinusRhythm: _Final[_Code] = _Code("MDC", "10:9216", "Sinus Rhythm", (3415,))
"""Sinus Rhythm (MDC 10:9216)."""

SinusTachycardia_10_9264: _Final[_Code] = _Code("MDC", "10:9264", "Sinus Tachycardia", (3415,))
"""Sinus Tachycardia (MDC 10:9264)."""

SinusTachycardia_3_3262: _Final[_Code] = _Code("MDC", "3:3262", "Sinus tachycardia", (3038,))
"""Sinus tachycardia (MDC 3:3262)."""

SleepActivityAndEvent: _Final[_Code] = _Code("MDC", "2:23736", "Sleep activity and event", (3046,))
"""Sleep activity and event (MDC 2:23736)."""

SleepArousal: _Final[_Code] = _Code("MDC", "2:23800", "Sleep arousal", (3046,))
"""Sleep arousal (MDC 2:23800)."""

SleepAwakening: _Final[_Code] = _Code("MDC", "2:23808", "Sleep awakening", (3046,))
"""Sleep awakening (MDC 2:23808)."""

SleepFWave: _Final[_Code] = _Code("MDC", "2:23760", "Sleep F wave", (3046,))
"""Sleep F wave (MDC 2:23760)."""

SleepKComplex: _Final[_Code] = _Code("MDC", "2:23768", "Sleep K complex", (3046,))
"""Sleep K complex (MDC 2:23768)."""

SleepSawtoothWave: _Final[_Code] = _Code("MDC", "2:23784", "Sleep sawtooth wave", (3046,))
"""Sleep sawtooth wave (MDC 2:23784)."""

SleepSpindle: _Final[_Code] = _Code("MDC", "2:23744", "Sleep spindle", (3046,))
"""Sleep spindle (MDC 2:23744)."""

SleepStageREM: _Final[_Code] = _Code("MDC", "2:23680", "Sleep stage REM", (3046,))
"""Sleep stage REM (MDC 2:23680)."""

SleepStageREMWithSleepSpindle: _Final[_Code] = _Code(
    "MDC", "2:23688", "Sleep stage REM with sleep spindle", (3046,)
)
"""Sleep stage REM with sleep spindle (MDC 2:23688)."""

SleepStageShift: _Final[_Code] = _Code("MDC", "2:23792", "Sleep stage shift", (3046,))
"""Sleep stage shift (MDC 2:23792)."""

SleepStageUnspecified: _Final[_Code] = _Code("MDC", "2:23656", "Sleep stage unspecified", (3046,))
"""Sleep stage unspecified (MDC 2:23656)."""

SleepStageUnstageable: _Final[_Code] = _Code("MDC", "2:23664", "Sleep stage unstageable", (3046,))
"""Sleep stage unstageable (MDC 2:23664)."""

SleepStageWake: _Final[_Code] = _Code("MDC", "2:23672", "Sleep stage wake", (3046,))
"""Sleep stage wake (MDC 2:23672)."""

SleepVWave: _Final[_Code] = _Code("MDC", "2:23752", "Sleep V wave", (3046,))
"""Sleep V wave (MDC 2:23752)."""

SlowEyeMovement: _Final[_Code] = _Code("MDC", "2:24304", "Slow eye movement", (3037,))
"""Slow eye movement (MDC 2:24304)."""

SlowEyeMovements: _Final[_Code] = _Code("MDC", "2:24064", "Slow eye movements", (3035,))
"""Slow eye movements (MDC 2:24064)."""

SlowVentricularTachycardiaIdioventricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9904", "Slow Ventricular Tachycardia (Idioventricular Tachycardia)", (3415,)
)
"""Slow Ventricular Tachycardia (Idioventricular Tachycardia) (MDC 10:9904)."""

SmallSharpSpike: _Final[_Code] = _Code("MDC", "2:23840", "Small sharp spike", (3035,))
"""Small sharp spike (MDC 2:23840)."""

Sp1: _Final[_Code] = _Code("MDC", "7:1313", "Sp1", (3030,))
"""Sp1 (MDC 7:1313)."""

Sp2: _Final[_Code] = _Code("MDC", "7:1314", "Sp2", (3030,))
"""Sp2 (MDC 7:1314)."""

SpikeAndWaveComplex: _Final[_Code] = _Code("MDC", "2:23920", "Spike and wave complex", (3035,))
"""Spike and wave complex (MDC 2:23920)."""

SpikesAndWaves: _Final[_Code] = _Code("MDC", "3:3254", "Spikes and waves", (3038,))
"""Spikes and waves (MDC 3:3254)."""

Standard12LeadAndCC5CM5ML: _Final[_Code] = _Code(
    "MDC", "10:11288", "Standard 12-lead and CC5-CM5-ML", (3263,)
)
"""Standard 12-lead and CC5-CM5-ML (MDC 10:11288)."""

Standard12LeadAndCM5CC5CH5: _Final[_Code] = _Code(
    "MDC", "10:11289", "Standard 12-lead and CM5-CC5-CH5", (3263,)
)
"""Standard 12-lead and CM5-CC5-CH5 (MDC 10:11289)."""

Standard12LeadAndNEHB: _Final[_Code] = _Code(
    "MDC", "10:11287", "Standard 12-lead and NEHB", (3263,)
)
"""Standard 12-lead and NEHB (MDC 10:11287)."""

Standard12LeadAndXYZ: _Final[_Code] = _Code("MDC", "10:11286", "Standard 12-lead and XYZ", (3263,))
"""Standard 12-lead and XYZ (MDC 10:11286)."""

Standard12LeadExtendedToTheLeftByV7V8V9: _Final[_Code] = _Code(
    "MDC", "10:11292", "Standard 12-lead extended to the left by V7, V8, V9", (3263,)
)
"""Standard 12-lead extended to the left by V7, V8, V9 (MDC 10:11292)."""

Standard12LeadExtendedToTheRightByV5RV4RV3R: _Final[_Code] = _Code(
    "MDC", "10:11291", "Standard 12-lead extended to the right by V5R, V4R, V3R", (3263,)
)
"""Standard 12-lead extended to the right by V5R, V4R, V3R (MDC 10:11291)."""

Standard12LeadPositionsElectrodesPlacedIndividually: _Final[_Code] = _Code(
    "MDC", "10:11265", "Standard 12-lead positions, electrodes placed individually", (3263,)
)
"""Standard 12-lead positions, electrodes placed individually (MDC 10:11265)."""

Standard12LeadPositionsOneIntercostalSpaceHigher: _Final[_Code] = _Code(
    "MDC", "10:11272", "Standard 12-lead positions one intercostal space higher", (3263,)
)
"""Standard 12-lead positions one intercostal space higher (MDC 10:11272)."""

Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides: _Final[_Code] = _Code(
    "MDC", "10:11290", "Standard 12-lead with extra leads to the right and/or left sides", (3263,)
)
"""Standard 12-lead with extra leads to the right and/or left sides (MDC 10:11290)."""

SupraventricularAtrialOrJunctionalEctopicRhythm: _Final[_Code] = _Code(
    "MDC", "10:9488", "Supraventricular (atrial or junctional) Ectopic Rhythm", (3415,)
)
"""Supraventricular (atrial or junctional) Ectopic Rhythm (MDC 10:9488)."""

SupraventricularEscapeBeat: _Final[_Code] = _Code(
    "MDC", "10:8384", "Supraventricular escape beat", (3335,)
)
"""Supraventricular escape beat (MDC 10:8384)."""

SupraventricularExtrasystole: _Final[_Code] = _Code(
    "MDC", "3:3190", "Supraventricular extrasystole", (3038,)
)
"""Supraventricular extrasystole (MDC 3:3190)."""

SupraventricularParoxsysmalTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9520", "Supraventricular Paroxsysmal Tachycardia", (3415,)
)
"""Supraventricular Paroxsysmal Tachycardia (MDC 10:9520)."""

SupraventricularPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8256", "Supraventricular premature contraction", (3335,)
)
"""Supraventricular premature contraction (MDC 10:8256)."""

SupraventricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9504", "Supraventricular Tachycardia (atrial or junctional)", (3415,)
)
"""Supraventricular Tachycardia (atrial or junctional) (MDC 10:9504)."""

SustainedMonomorphicVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10048", "Sustained Monomorphic Ventricular Tachycardia", (3415,)
)
"""Sustained Monomorphic Ventricular Tachycardia (MDC 10:10048)."""

SwallowingAndChewingArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24264", "Swallowing and chewing artifactual activity", (3035,)
)
"""Swallowing and chewing artifactual activity (MDC 2:24264)."""

SweatOfGalvanicArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24224", "Sweat of galvanic artifactual activity", (3035,)
)
"""Sweat of galvanic artifactual activity (MDC 2:24224)."""

T1: _Final[_Code] = _Code("MDC", "7:1297", "T1", (3030,))
"""T1 (MDC 7:1297)."""

T10: _Final[_Code] = _Code("MDC", "7:1270", "T10", (3030,))
"""T10 (MDC 7:1270)."""

T2: _Final[_Code] = _Code("MDC", "7:1298", "T2", (3030,))
"""T2 (MDC 7:1298)."""

T3: _Final[_Code] = _Code("MDC", "7:1249", "T3", (3030,))
"""T3 (MDC 7:1249)."""

T4: _Final[_Code] = _Code("MDC", "7:1254", "T4", (3030,))
"""T4 (MDC 7:1254)."""

T5: _Final[_Code] = _Code("MDC", "7:1257", "T5", (3030,))
"""T5 (MDC 7:1257)."""

T6: _Final[_Code] = _Code("MDC", "7:1262", "T6", (3030,))
"""T6 (MDC 7:1262)."""

T9: _Final[_Code] = _Code("MDC", "7:1265", "T9", (3030,))
"""T9 (MDC 7:1265)."""

TAxis: _Final[_Code] = _Code("MDC", "2:16136", "T axis", (3229,))
"""T axis (MDC 2:16136)."""

TMaximumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:2560", "T maximum amplitude, per lead", (3688,)
)
"""T maximum amplitude, per lead (MDC 2:2560)."""

TMinimumAmplitudePerLead: _Final[_Code] = _Code(
    "MDC", "2:2816", "T minimum amplitude, per lead", (3688,)
)
"""T minimum amplitude, per lead (MDC 2:2816)."""

TP10: _Final[_Code] = _Code("MDC", "7:1286", "TP10", (3030,))
"""TP10 (MDC 7:1286)."""

TP7: _Final[_Code] = _Code("MDC", "7:1273", "TP7", (3030,))
"""TP7 (MDC 7:1273)."""

TP8: _Final[_Code] = _Code("MDC", "7:1278", "TP8", (3030,))
"""TP8 (MDC 7:1278)."""

TP9: _Final[_Code] = _Code("MDC", "7:1281", "TP9", (3030,))
"""TP9 (MDC 7:1281)."""

TUFusedWave: _Final[_Code] = _Code("MDC", "10:1664", "TU fused wave", (3335,))
"""TU fused wave (MDC 10:1664)."""

TWave: _Final[_Code] = _Code("MDC", "10:1024", "T wave", (3335,))
"""T wave (MDC 10:1024)."""

TWaveAlternans: _Final[_Code] = _Code("MDC", "10:10416", "T-wave alternans", (3415,))
"""T-wave alternans (MDC 10:10416)."""

TWaveChange: _Final[_Code] = _Code("MDC", "10:2368", "T-wave change", (3335,))
"""T-wave change (MDC 10:2368)."""

TWaveSecondDeflectionInTWave: _Final[_Code] = _Code(
    "MDC", "10:1088", "T' wave (second deflection in T Wave)", (3335,)
)
"""T' wave (second deflection in T Wave) (MDC 10:1088)."""

ThirdDegreeAVBlock: _Final[_Code] = _Code("MDC", "3:3258", "Third-degree AV block", (3038,))
"""Third-degree AV block (MDC 3:3258)."""

ThirdDegreeAVBlockCompleteAVBlock: _Final[_Code] = _Code(
    "MDC", "10:9696", "Third Degree AV Block (complete AV block)", (3415,)
)
"""Third Degree AV Block (complete AV block) (MDC 10:9696)."""

ThirdDegreeSABlockCompleteSABlock: _Final[_Code] = _Code(
    "MDC", "10:9824", "Third Degree SA Block (complete SA block)", (3415,)
)
"""Third Degree SA Block (complete SA block) (MDC 10:9824)."""

TimeOffset: _Final[_Code] = _Code("MDC", "10:11400", "Time offset", (3690,))
"""Time offset (MDC 10:11400)."""

TimeSkew: _Final[_Code] = _Code("MDC", "10:11398", "Time skew", (3690,))
"""Time skew (MDC 10:11398)."""

TorsadesDePointesVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10080", "Torsades de Pointes Ventricular Tachycardia", (3415,)
)
"""Torsades de Pointes Ventricular Tachycardia (MDC 10:10080)."""

TransthoracicAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5888", "transthoracic Antibradycardia pace spike", (3335,)
)
"""transthoracic Antibradycardia pace spike (MDC 10:5888)."""

TransthoracicAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6912", "transthoracic Antitachycardia pace spike", (3335,)
)
"""transthoracic Antitachycardia pace spike (MDC 10:6912)."""

TransthoracicCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7936", "transthoracic Cardioversion spike", (3335,)
)
"""transthoracic Cardioversion spike (MDC 10:7936)."""

TransthoracicDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8960", "transthoracic Defibrillation spike", (3335,)
)
"""transthoracic Defibrillation spike (MDC 10:8960)."""

TrifascicularBlockBeat: _Final[_Code] = _Code("MDC", "10:8576", "trifascicular block beat", (3335,))
"""trifascicular block beat (MDC 10:8576)."""

TriphasicWave: _Final[_Code] = _Code("MDC", "2:23856", "Triphasic wave", (3035,))
"""Triphasic wave (MDC 2:23856)."""

UWave: _Final[_Code] = _Code("MDC", "10:1152", "U wave", (3335,))
"""U wave (MDC 10:1152)."""

UnclassifiableBeat: _Final[_Code] = _Code("MDC", "10:8736", "Unclassifiable beat", (3335,))
"""Unclassifiable beat (MDC 10:8736)."""

Unspecified12LeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11264", "Unspecified 12-lead system", (3263,)
)
"""Unspecified 12-lead system (MDC 10:11264)."""

UnspecifiedLead: _Final[_Code] = _Code("MDC", "2:0", "Unspecified lead", (3001,))
"""Unspecified lead (MDC 2:0)."""

UnspecifiedXYZLeadSystem: _Final[_Code] = _Code(
    "MDC", "10:11273", "Unspecified XYZ lead system", (3263,)
)
"""Unspecified XYZ lead system (MDC 10:11273)."""

V12LeadDerivedFromFrankXYZLeads: _Final[_Code] = _Code(
    "MDC", "10:11269", "12-lead derived from Frank XYZ leads", (3263,)
)
"""12-lead derived from Frank XYZ leads (MDC 10:11269)."""

V12LeadDerivedFromNonStandardLeads: _Final[_Code] = _Code(
    "MDC", "10:11270", "12-lead derived from non-standard leads", (3263,)
)
"""12-lead derived from non-standard leads (MDC 10:11270)."""

V12LeadElectrodePad: _Final[_Code] = _Code("MDC", "10:11268", "12-lead electrode pad", (3263,))
"""12-lead electrode pad (MDC 10:11268)."""

V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_Code] = _Code(
    "MDC",
    "10:11271",
    "12-lead for bicycle exercise testing, limb leads on back of patient",
    (3263,),
)
"""12-lead for bicycle exercise testing, limb leads on back of patient (MDC 10:11271)."""

V12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_Code] = _Code(
    "MDC", "10:11284", "12-lead from EASI leads (ES, AS, AI) by Dower/EASI transformation", (3263,)
)
"""12-lead from EASI leads (ES, AS, AI) by Dower/EASI transformation (MDC 10:11284)."""

V12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_Code] = _Code(
    "MDC", "10:11283", "12-lead from Frank leads XYZ leads by Dower transformation", (3263,)
)
"""12-lead from Frank leads XYZ leads by Dower transformation (MDC 10:11283)."""

V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_Code] = _Code(
    "MDC", "10:11285", "12-lead from Limb Leads (I, II) and one or more V leads", (3263,)
)
"""12-lead from Limb Leads (I, II) and one or more V leads (MDC 10:11285)."""

V14And6HzPositiveBursts: _Final[_Code] = _Code(
    "MDC", "2:23872", "14 and 6 Hz positive bursts", (3035,)
)
"""14 and 6 Hz positive bursts (MDC 2:23872)."""

V3LeadSystemCC5CM5CH5: _Final[_Code] = _Code(
    "MDC", "10:11282", "3-lead system, CC5-CM5-CH5", (3263,)
)
"""3-lead system, CC5-CM5-CH5 (MDC 10:11282)."""

V3LeadSystemCC5CM5ML: _Final[_Code] = _Code("MDC", "10:11281", "3-lead system, CC5-CM5-ML", (3263,))
"""3-lead system, CC5-CM5-ML (MDC 10:11281)."""

VentricleAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6656", "ventricle Antitachycardia pace spike", (3335,)
)
"""ventricle Antitachycardia pace spike (MDC 10:6656)."""

VentricleCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7680", "ventricle Cardioversion spike", (3335,)
)
"""ventricle Cardioversion spike (MDC 10:7680)."""

VentricleDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8704", "ventricle Defibrillation spike", (3335,)
)
"""ventricle Defibrillation spike (MDC 10:8704)."""

VentricularActivationTime: _Final[_Code] = _Code(
    "MDC", "10:2432", "Ventricular Activation Time", (3335,)
)
"""Ventricular Activation Time (MDC 10:2432)."""

VentricularActivationTimePerLead: _Final[_Code] = _Code(
    "MDC", "2:11008", "Ventricular activation time, per lead", (3687,)
)
"""Ventricular activation time, per lead (MDC 2:11008)."""

VentricularAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5120", "ventricular Antibradycardia pace spike", (3335,)
)
"""ventricular Antibradycardia pace spike (MDC 10:5120)."""

VentricularBigeminy: _Final[_Code] = _Code("MDC", "10:9920", "Ventricular Bigeminy", (3415,))
"""Ventricular Bigeminy (MDC 10:9920)."""

VentricularCouplet: _Final[_Code] = _Code("MDC", "10:9952", "Ventricular Couplet", (3415,))
"""Ventricular Couplet (MDC 10:9952)."""

VentricularDemandModePacing: _Final[_Code] = _Code(
    "MDC", "10:10240", "Ventricular Demand Mode Pacing", (3415,)
)
"""Ventricular Demand Mode Pacing (MDC 10:10240)."""

VentricularEscapeBeat: _Final[_Code] = _Code("MDC", "10:8432", "Ventricular escape beat", (3335,))
"""Ventricular escape beat (MDC 10:8432)."""

VentricularFibrillation: _Final[_Code] = _Code(
    "MDC", "10:10016", "Ventricular Fibrillation", (3415,)
)
"""Ventricular Fibrillation (MDC 10:10016)."""

VentricularFlutter: _Final[_Code] = _Code("MDC", "10:10000", "Ventricular Flutter", (3415,))
"""Ventricular Flutter (MDC 10:10000)."""

VentricularFlutterWave: _Final[_Code] = _Code("MDC", "10:1728", "Ventricular flutter wave", (3335,))
"""Ventricular flutter wave (MDC 10:1728)."""

VentricularParasystole: _Final[_Code] = _Code("MDC", "10:9872", "Ventricular Parasystole", (3415,))
"""Ventricular Parasystole (MDC 10:9872)."""

VentricularPrematureContractionBeat: _Final[_Code] = _Code(
    "MDC", "10:8336", "Ventricular premature contraction beat", (3335,)
)
"""Ventricular premature contraction beat (MDC 10:8336)."""

VentricularRhythm: _Final[_Code] = _Code("MDC", "10:9840", "Ventricular rhythm", (3415,))
"""Ventricular rhythm (MDC 10:9840)."""

VentricularRun: _Final[_Code] = _Code("MDC", "10:9968", "Ventricular Run", (3415,))
"""Ventricular Run (MDC 10:9968)."""

VentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9984", "Ventricular Tachycardia (nonparoxysmal)", (3415,)
)
"""Ventricular Tachycardia (nonparoxysmal) (MDC 10:9984)."""

VentricularTrigeminy: _Final[_Code] = _Code("MDC", "10:9936", "Ventricular Trigeminy", (3415,))
"""Ventricular Trigeminy (MDC 10:9936)."""

WanderingPacemakerBetweenTheSinusNodeAndTheAVNode: _Final[_Code] = _Code(
    "MDC", "10:9344", "Wandering Pacemaker between the sinus node and the A-V node", (3415,)
)
"""Wandering Pacemaker between the sinus node and the A-V node (MDC 10:9344)."""

WanderingSinusPacemakerWithinTheSinusNode: _Final[_Code] = _Code(
    "MDC", "10:9328", "Wandering Sinus Pacemaker within the sinus node", (3415,)
)
"""Wandering Sinus Pacemaker within the sinus node (MDC 10:9328)."""

Wicket: _Final[_Code] = _Code("MDC", "2:23832", "Wicket", (3035,))
"""Wicket (MDC 2:23832)."""

WolfParkinsonTypeA_10_10128: _Final[_Code] = _Code(
    "MDC", "10:10128", "Wolf-Parkinson type A", (3415,)
)
"""Wolf-Parkinson type A (MDC 10:10128)."""

WolfParkinsonTypeA_10_8656: _Final[_Code] = _Code(
    "MDC", "10:8656", "Wolf-Parkinson type A", (3335,)
)
"""Wolf-Parkinson type A (MDC 10:8656)."""

WolfParkinsonTypeB_10_10144: _Final[_Code] = _Code(
    "MDC", "10:10144", "Wolf-Parkinson type B", (3415,)
)
"""Wolf-Parkinson type B (MDC 10:10144)."""

WolfParkinsonTypeB_10_8672: _Final[_Code] = _Code(
    "MDC", "10:8672", "Wolf-Parkinson type B", (3335,)
)
"""Wolf-Parkinson type B (MDC 10:8672)."""

WolfParkinsonWhiteSyndrome_10_10112: _Final[_Code] = _Code(
    "MDC", "10:10112", "Wolf-Parkinson-White syndrome", (3415,)
)
"""Wolf-Parkinson-White syndrome (MDC 10:10112)."""

WolfParkinsonWhiteSyndrome_10_8640: _Final[_Code] = _Code(
    "MDC", "10:8640", "Wolf-Parkinson-White syndrome", (3335,)
)
"""Wolf-Parkinson-White syndrome (MDC 10:8640)."""

XYZLeadsDerivedFromStandard12Lead: _Final[_Code] = _Code(
    "MDC", "10:11279", "XYZ leads derived from standard 12-lead", (3263,)
)
"""XYZ leads derived from standard 12-lead (MDC 10:11279)."""

ZeroOffset: _Final[_Code] = _Code("MDC", "10:11395", "Zero offset", (3690,))
"""Zero offset (MDC 10:11395)."""

ZetaWave: _Final[_Code] = _Code("MDC", "2:23848", "Zeta wave", (3035,))
"""Zeta wave (MDC 2:23848)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_12LeadDerivedFromFrankXYZLeads: _Final[_Code] = V12LeadDerivedFromFrankXYZLeads
_12LeadDerivedFromNonStandardLeads: _Final[_Code] = V12LeadDerivedFromNonStandardLeads
_12LeadElectrodePad: _Final[_Code] = V12LeadElectrodePad
_12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient: _Final[_Code] = (
    V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient
)
_12LeadFromEASILeadsESASAIByDowerEASITransformation: _Final[_Code] = (
    V12LeadFromEASILeadsESASAIByDowerEASITransformation
)
_12LeadFromFrankLeadsXYZLeadsByDowerTransformation: _Final[_Code] = (
    V12LeadFromFrankLeadsXYZLeadsByDowerTransformation
)
_12LeadFromLimbLeadsIIIAndOneOrMoreVLeads: _Final[_Code] = V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads
_14And6HzPositiveBursts: _Final[_Code] = V14And6HzPositiveBursts
_3LeadSystemCC5CM5CH5: _Final[_Code] = V3LeadSystemCC5CM5CH5
_3LeadSystemCC5CM5ML: _Final[_Code] = V3LeadSystemCC5CM5ML

MEMBERS: _Final[tuple[_Code, ...]] = (
    A1,
    A2,
    AF3,
    AF4,
    AF7,
    AF8,
    AVDissociation,
    AVDissociationWithInterference,
    AVJunctionalNodalEscapeRhythm,
    AVJunctionalNodalRhythm,
    AVReciprocatingTachycardia,
    AberratedAtrialPrematureBeatAshmanBeat,
    AbnormalBeat,
    AcceleratedAVJunctionalNodalRhythm,
    AcceleratedIdioventricularRhythm,
    Afz,
    AlphadeltaSleep,
    AmplitudeAt20msIntoSTSegmentPerLead,
    AmplitudeAt40msIntoSTSegmentPerLead,
    AmplitudeAt60msIntoSTSegmentPerLead,
    AmplitudeAt80msIntoSTSegmentPerLead,
    AntiTachycardiaPacing,
    AntibradycardiaPaceSpike,
    AntitachycardiaPaceSpike,
    Apnea,
    Apnea15Sec,
    Apnea30Sec,
    Arousal,
    ArrhythmiaEvent,
    Artifact,
    ArtifactualActivity,
    Asystole_10_10336,
    Asystole_3_3076,
    AtrialBigeminy,
    AtrialDemandModePacing,
    AtrialEctopicRhythm,
    AtrialEscapeBeat,
    AtrialFibrillation_10_9472,
    AtrialFibrillation_3_3128,
    AtrialFlutterWave,
    AtrialFlutter_10_9456,
    AtrialFlutter_3_3276,
    AtrialPrematureContraction,
    AtrialTachycardia,
    AtriumAntibradycardiaPaceSpike,
    AtriumAntitachycardiaPaceSpike,
    AtriumCardioversionSpike,
    AtriumDefibrillationSpike,
    AtypicalSpikeAndWaveComplex,
    AutomaticAtrialTachycardia,
    AuxiliaryBipolarLead1,
    AuxiliaryBipolarLead2,
    AuxiliaryBipolarLead3,
    AuxiliaryBipolarLead4,
    AuxiliaryUnipolarLead1,
    AuxiliaryUnipolarLead2,
    AuxiliaryUnipolarLead3,
    AuxiliaryUnipolarLead4,
    AvfAugmentedVoltageFoot,
    AvlAugmentedVoltageLeft,
    Avr,
    AvrAugmentedVoltageRight,
    BackgroundActivity,
    BackgroundActivityAlpha,
    BackgroundActivityArrhythmicDelta,
    BackgroundActivityBeta,
    BackgroundActivityBisynchronousDelta,
    BackgroundActivityBisynchronousTheta,
    BackgroundActivityDelta,
    BackgroundActivityGamma,
    BackgroundActivitySigma,
    BackgroundActivitySlowFusedTransients,
    BackgroundActivityTheta,
    BackgroundMuActivity,
    BaselineDescription,
    BifascicularBlockBeat,
    BilateralBundleBranchBlockBeat,
    BipolarUncorrectedXYZLeadSystem,
    Bradycardia_10_10432,
    Bradycardia_3_3084,
    BurstSuppression,
    C1,
    C2,
    C3,
    C4,
    C5,
    C6,
    CP1,
    CP2,
    CP3,
    CP4,
    CP5,
    CP6,
    CalibrationPulse,
    CalibrationSignal,
    CanineFifthRightIntercostalSpaceNearEdgeOfSternum,
    CanineOverDorsalSpinousProcessOf7thThoracicVertebra,
    CanineSixthLeftIntercostalSpaceAtCostochondralJunction,
    CanineSixthLeftIntercostalSpaceNearEdgeOfSternum,
    CardioversionSpike,
    ChestLeadPerV1AndV1RPlacement,
    ChestLeadPerV2AndV2RPlacement,
    ChestLeadPerV3AndV3RPlacement,
    ChestLeadPerV4AndV4RPlacement,
    ChestLeadPerV5AndV5RPlacement,
    ChestLeadPerV6AndV6RPlacement,
    ChestLeadPerV7AndV8RPlacement,
    ChestLead_2_86,
    ChestLead_2_98,
    ChestManubriumLead,
    ChestManubriumLeadPerV1Placement,
    ChestManubriumLeadPerV2Placement,
    ChestManubriumLeadPerV3Placement,
    ChestManubriumLeadPerV4Placement,
    ChestManubriumLeadPerV5Placement,
    ChestManubriumLeadPerV6Placement,
    ChestManubriumLeadPerV7Placement,
    CircumHead,
    ClinicalSeizureDischarge,
    CompleteAVDissociation,
    Cpz,
    CubeXYZLeadSystem,
    Cz,
    DefibrillationSpike,
    DefibrillatorLeadAnteriorLateral,
    DeltaWave,
    DerivedLeadAvf,
    DerivedLeadAvl,
    DerivedLeadAvr,
    DerivedLeadI,
    DerivedLeadII,
    DerivedLeadIII,
    DerivedLeadV1,
    DerivedLeadV2,
    DerivedLeadV3,
    DerivedLeadV4,
    DerivedLeadV5,
    DerivedLeadV6,
    Desaturation,
    Diaphragma,
    DiaphragmaLeft,
    DiaphragmaRight,
    DominantBeat,
    E0,
    EASILeadAI,
    EASILeadAS,
    EASILeadES,
    EASIUpperSternumLead,
    ECGArtifactualActivity,
    EMGComplexRepetitiveDischarge,
    EMGCrampDischarge,
    EMGDoubletWaveform,
    EMGEndplateNoise,
    EMGEndplateSpike,
    EMGFasciculationPotential,
    EMGFibrillationPotential,
    EMGInsertionalActivity,
    EMGMotorUnitPotential,
    EMGMultipletWaveform,
    EMGMyokymicDischarge,
    EMGMyotonicDischarge,
    EMGPositiveSharpWave,
    EMGTripletWaveform,
    EMGUnspecifiedIterativeDischarge,
    EMGUnspecifiedWaveform,
    EMGWaveformAfterDischarge,
    EMGWaveformUnderVoluntaryControl,
    El1,
    El2,
    El3,
    El4,
    El5,
    El6,
    El7,
    Ela,
    Elb,
    ElectrodeInstrumentalArtifactualActivity,
    Ell,
    EntireBeatPonToToffExcludingU,
    EntireBeatQonToToffExcludingPAndU,
    EntireQRSExcludingPTAndU,
    EpilepticOrPotentiallyEpileptogenicActivity,
    EpilepticOrPotentiallyEpileptogenicSharpWave,
    EpilepticOrPotentiallyEpileptogenicSpike,
    Er1,
    Er2,
    Er3,
    Er4,
    Er5,
    Er6,
    Er7,
    Era,
    Erb,
    Erl,
    ExternalInterferenceArtifactualActivity,
    ExternalPacingLeadAnteriorPosterior,
    ExtraocularMuscleActivity,
    EyeBlink,
    EyeBlinks,
    EyeRelatedActivity,
    EyeRelatedActivityElectroretinogram,
    EyeRelatedPhotodrivingActivity,
    EyeRelatedPhotomyogenicActivity,
    EyeRelatedPhotoparadoxysmalActivity,
    EyesClosed,
    EyesOpen,
    F1,
    F10,
    F2,
    F3,
    F4,
    F5,
    F6,
    F7,
    F8,
    F9,
    FC1,
    FC2,
    FC3,
    FC4,
    FC5,
    FC6,
    FT10,
    FT7,
    FT8,
    FT9,
    FastIrregularEyeMovements,
    Fcz,
    FirstDegreeAVBlock_10_9632,
    FirstDegreeAVBlock_3_3146,
    FirstDegreeSABlock,
    FlashStimulus,
    Fp1,
    Fp2,
    Fpz,
    FrankLeadA,
    FrankLeadC,
    FrankLeadE,
    FrankLeadF,
    FrankLeadH,
    FrankLeadI,
    FrankLeadM,
    FrankXYZLeadSystem,
    FusionOfVentricularAndNormalBeat,
    Fz,
    GlossokineticArtifactualActivity,
    HighPassFilter,
    HighPassFilterDescription,
    IdioventricularVentricularEscapeRhythm,
    IncompleteLeftBundleBranchBlockBeat,
    IncompleteRightBundleBranchBlockBeat,
    Interpolator,
    InterpolatorDescription,
    InterpolatorSNR,
    IntraventricularConductionDisturbance,
    IrregularHeartRate,
    IrregularRhythm_10_10352,
    IrregularRhythm_3_3118,
    IsoelectricPointOrSegment,
    IsoelectricRegionFromGlobalQRSOnsetToSpecificLeadOnset,
    IsoelectricRegionFromSpecificLeadQRSOffsetToGlobalOffset,
    IsolatedQRSLikeArtifact,
    IsorhythmicAVDissociation,
    Iz,
    JPoint,
    JPointAmplitudePerLead,
    JunctionalNodalEscapeBeat,
    JunctionalNodalPrematureContraction,
    JunctionalTachycardia,
    LambdaWave,
    LeadANehbAnterior,
    LeadCH5,
    LeadCR5,
    LeadDNehbDorsal,
    LeadDisconnected,
    LeadI,
    LeadII,
    LeadIII,
    LeadJNehbInferior,
    LeadV1,
    LeadV2,
    LeadV2R,
    LeadV3,
    LeadV3R,
    LeadV4,
    LeadV4R,
    LeadV5,
    LeadV5R,
    LeadV6,
    LeadV6R,
    LeadV7,
    LeadV7R,
    LeadV8,
    LeadV8R,
    LeadV9,
    LeadV9R,
    LeadVFNonaugmentedVoltageVectorOfLL,
    LeadVLNonaugmentedVoltageVectorOfLA,
    LeadVRNonaugmentedVoltageVectorOfRA,
    LeadX,
    LeadY,
    LeadZ,
    LeftAnteriorFascicularBlockBeat,
    LeftArmLead,
    LeftAtriumAntibradycardiaPaceSpike,
    LeftBundleBranchBlockBeat,
    LeftLegLead,
    LeftPosteriorFascicularBlockBeat,
    LeftVentricleAntibradycardiaPaceSpike,
    LowHeartRateVariability,
    LowPassFilter,
    LowPassFilterCutoffFreq,
    LownGanongLevineSyndrome_10_10160,
    LownGanongLevineSyndrome_10_8688,
    MasonLikarLeadPositionsElectrodesPlacedIndividually,
    MasonLikarLeadPositionsV1V6InElectrodePad,
    McfeeParungaoXYZLeadSystem,
    ModerateNoiseBeatsCanBeDetectedButCannotBeClassified,
    ModifiedChestLead,
    ModifiedChestLeadPerV1Placement,
    ModifiedChestLeadPerV2Placement,
    ModifiedChestLeadPerV3Placement,
    ModifiedChestLeadPerV4Placement,
    ModifiedChestLeadPerV5Placement,
    ModifiedChestLeadPerV6Placement,
    ModifiedLimbLead,
    MovementArtifactualActivity,
    MultifocalAtrialTachycardia,
    MultipleIndependentSpikesAndAsynchronousSlowWaves,
    MultipleSpike,
    MusculiAbdominis,
    MusculiAbdominisLeft,
    MusculiAbdominisRight,
    MusculiBulbi,
    MusculiBulbiLeft,
    MusculiBulbiRight,
    MusculiCapitis,
    MusculiCapitisLeft,
    MusculiCapitisRight,
    MusculiColli,
    MusculiColliLeft,
    MusculiColliRight,
    MusculiDiaphragmatisPelvis,
    MusculiDiaphragmatisPelvisLeft,
    MusculiDiaphragmatisPelvisRight,
    MusculiDorsi,
    MusculiDorsiLeft,
    MusculiDorsiRight,
    MusculiFacialesEtMasticatores,
    MusculiFacialesEtMasticatoresLeft,
    MusculiFacialesEtMasticatoresRight,
    MusculiIntercostales,
    MusculiIntercostalesLeft,
    MusculiIntercostalesRight,
    MusculiInterosseiDorsales,
    MusculiInterosseiDorsalesLeft,
    MusculiInterosseiDorsalesRight,
    MusculiInterosseiPalmares,
    MusculiInterosseiPalmaresLeft,
    MusculiInterosseiPalmaresRight,
    MusculiInterpsinalesRight,
    MusculiInterspinales,
    MusculiInterspinalesCervicis,
    MusculiInterspinalesCervicisLeft,
    MusculiInterspinalesCervicisRight,
    MusculiInterspinalesLeft,
    MusculiInterspinalesLumborum,
    MusculiInterspinalesLumborumLeft,
    MusculiInterspinalesLumborumRight,
    MusculiInterspinalesThoracis,
    MusculiInterspinalesThoracisLeft,
    MusculiInterspinalesThoracisRight,
    MusculiLaringis,
    MusculiLaringisLeft,
    MusculiLaringisRight,
    MusculiLinguae,
    MusculiLinguaeLeft,
    MusculiLinguaeRight,
    MusculiLumbricales,
    MusculiLumbricalesLeft,
    MusculiLumbricalesRight,
    MusculiLunbricales,
    MusculiLunbricalesLeft,
    MusculiLunbricalesRight,
    MusculiMembriSuperioriRight,
    MusculiMembriSuperioris,
    MusculiMembriSuperiorisLeft,
    MusculiMultifidii,
    MusculiMultifidiiLeft,
    MusculiMultifidiiRight,
    MusculiThoracis,
    MusculiThoracisLeft,
    MusculiThoracisRight,
    MusculusAbductorDigitiMinimiLeft_7_757,
    MusculusAbductorDigitiMinimiLeft_7_973,
    MusculusAbductorDigitiMinimiRight,
    MusculusAbductorDigitiMinimi_7_756,
    MusculusAbductorDigitiMinimi_7_972,
    MusculusAbductorDigitiMinimi_7_974,
    MusculusAbductorHallucis,
    MusculusAbductorHallucisLeft,
    MusculusAbductorHallucisRight,
    MusculusAbductorPollicisBrevis,
    MusculusAbductorPollicisBrevisLeft,
    MusculusAbductorPollicisBrevisRight,
    MusculusAbductorPollicisLonguss,
    MusculusAbductorPollicisLongussLeft,
    MusculusAbductorPollicisLongussRight,
    MusculusAdductorBrevis,
    MusculusAdductorBrevisLeft,
    MusculusAdductorBrevisRight,
    MusculusAdductorHallucisLeft,
    MusculusAdductorHallucis_7_968,
    MusculusAdductorHallucis_7_970,
    MusculusAdductorLongus,
    MusculusAdductorLongusLeft,
    MusculusAdductorLongusRight,
    MusculusAdductorMagnus,
    MusculusAdductorMagnusLeft,
    MusculusAdductorMagnusRight,
    MusculusAdductorPollicis,
    MusculusAdductorPollicisLeft,
    MusculusAdductorPollicisRight,
    MusculusAnconeus,
    MusculusAnconeusLeft,
    MusculusAnconeusRight,
    MusculusAuricularisPosterior,
    MusculusAuricularisPosteriorLeft,
    MusculusAuricularisPosteriorRight,
    MusculusBicepsBrachii,
    MusculusBicepsBrachiiLeft,
    MusculusBicepsBrachiiRight,
    MusculusBicepsFemoris,
    MusculusBicepsFemorisCaputBreve,
    MusculusBicepsFemorisCaputBreveLeft,
    MusculusBicepsFemorisCaputBreveRight,
    MusculusBicepsFemorisCaputLongum,
    MusculusBicepsFemorisCaputLongumLeft,
    MusculusBicepsFemorisCaputLongumRight,
    MusculusBicepsFemorisLeft,
    MusculusBicepsFemorisRight,
    MusculusBrachialis,
    MusculusBrachialisLeft,
    MusculusBrachialisRight,
    MusculusBrachioradialis,
    MusculusBrachioradialisLeft,
    MusculusBrachioradialisRight,
    MusculusBuccinator,
    MusculusBuccinatorLeft,
    MusculusBuccinatorRight,
    MusculusCapitisLongus,
    MusculusCapitisLongusLeft,
    MusculusCapitisLongusRight,
    MusculusCoccygeus,
    MusculusCoccygeusLeft,
    MusculusCoccygeusRight,
    MusculusCoracobrachialis,
    MusculusCoracobrachialisLeft,
    MusculusCoracobrachialisRight,
    MusculusCricothyroideus,
    MusculusCricothyroideusLeft,
    MusculusCricothyroideusRight,
    MusculusDeltoideus,
    MusculusDeltoideusLeft,
    MusculusDeltoideusRight,
    MusculusDepressorAnguliOris,
    MusculusDepressorAnguliOrisLeft,
    MusculusDepressorAnguliOrisRight,
    MusculusDepressorLabiiInferioris,
    MusculusDepressorLabiiInferiorisLeft,
    MusculusDepressorLabiiInferiorisRight,
    MusculusDigastricus,
    MusculusDigastricusLeft,
    MusculusDigastricusRight,
    MusculusDigastricusVenterAnterior,
    MusculusDigastricusVenterAnteriorLeft,
    MusculusDigastricusVenterAnteriorRight,
    MusculusDigastricusVenterPosterior,
    MusculusDigastricusVenterPosteriorLeft,
    MusculusDigastricusVenterPosteriorRight,
    MusculusErectorSpinae,
    MusculusErectorSpinaeLeft,
    MusculusErectorSpinaeRight,
    MusculusExtensorCarpiRadialisBrevis,
    MusculusExtensorCarpiRadialisBrevisLeft,
    MusculusExtensorCarpiRadialisBrevisRight,
    MusculusExtensorCarpiRadialisLongus,
    MusculusExtensorCarpiRadialisLongusLeft,
    MusculusExtensorCarpiRadialisLongusRight,
    MusculusExtensorCarpiUlnaris,
    MusculusExtensorCarpiUlnarisLeft,
    MusculusExtensorCarpiUlnarisRight,
    MusculusExtensorDigitiMinimi,
    MusculusExtensorDigitiMinimiLeft,
    MusculusExtensorDigitiMinimiRight,
    MusculusExtensorDigitorum,
    MusculusExtensorDigitorumBrevis,
    MusculusExtensorDigitorumBrevisLeft,
    MusculusExtensorDigitorumBrevisRight,
    MusculusExtensorDigitorumLeft,
    MusculusExtensorDigitorumLongus,
    MusculusExtensorDigitorumLongusLeft,
    MusculusExtensorDigitorumLongusRight,
    MusculusExtensorDigitorumRight,
    MusculusExtensorHallucisBrevis,
    MusculusExtensorHallucisBrevisLeft,
    MusculusExtensorHallucisBrevisRight,
    MusculusExtensorHallucisLongus,
    MusculusExtensorHallucisLongusLeft,
    MusculusExtensorHallucisLongusRight,
    MusculusExtensorIndicis,
    MusculusExtensorIndicisLeft,
    MusculusExtensorIndicisRight,
    MusculusExtensorPollicisBrevis,
    MusculusExtensorPollicisBrevisLeft,
    MusculusExtensorPollicisBrevisRight,
    MusculusExtensorPollicisLongus,
    MusculusExtensorPollicisLongusLeft,
    MusculusExtensorPollicisLongusRight,
    MusculusFlexorCarpiRadialis,
    MusculusFlexorCarpiRadialisLeft,
    MusculusFlexorCarpiRadialisRight,
    MusculusFlexorCarpiUlnaris,
    MusculusFlexorCarpiUlnarisLeft,
    MusculusFlexorCarpiUlnarisRight,
    MusculusFlexorDigitiMinimiBrevisLeft_7_761,
    MusculusFlexorDigitiMinimiBrevisLeft_7_977,
    MusculusFlexorDigitiMinimiBrevisRight_7_762,
    MusculusFlexorDigitiMinimiBrevisRight_7_978,
    MusculusFlexorDigitiMinimiBrevis_7_760,
    MusculusFlexorDigitiMinimiBrevis_7_976,
    MusculusFlexorDigitorumLongus,
    MusculusFlexorDigitorumLongusLeft,
    MusculusFlexorDigitorumLongusRight,
    MusculusFlexorDigitorumProfundus,
    MusculusFlexorDigitorumProfundusLeft,
    MusculusFlexorDigitorumProfundusRight,
    MusculusFlexorDigitorumSuperficialis,
    MusculusFlexorDigitorumSuperficialisLeft,
    MusculusFlexorDigitorumSuperficialisRight,
    MusculusFlexorHallucisBrevis,
    MusculusFlexorHallucisBrevisLeft,
    MusculusFlexorHallucisBrevisRight,
    MusculusFlexorPollicisBrevis,
    MusculusFlexorPollicisBrevisLeft,
    MusculusFlexorPollicisBrevisRight,
    MusculusFlexorPollicisLongus,
    MusculusFlexorPollicisLongusLeft,
    MusculusFlexorPollicisLongusRight,
    MusculusGastrocnemius,
    MusculusGastrocnemiusCaputLaterale,
    MusculusGastrocnemiusCaputLateraleLeft,
    MusculusGastrocnemiusCaputLateraleRight,
    MusculusGastrocnemiusCaputMediale,
    MusculusGastrocnemiusCaputMedialeLeft,
    MusculusGastrocnemiusCaputMedialeRight,
    MusculusGastrocnemiusLeft,
    MusculusGastrocnemiusRight,
    MusculusGenioglossus,
    MusculusGenioglossusLeft,
    MusculusGenioglossusRight,
    MusculusGluteusMaximus,
    MusculusGluteusMaximusLeft,
    MusculusGluteusMaximusRight,
    MusculusGluteusMedius,
    MusculusGluteusMediusLeft,
    MusculusGluteusMediusRight,
    MusculusGluteusMinimus,
    MusculusGluteusMinimusLeft,
    MusculusGluteusMinimusRight,
    MusculusGmellus,
    MusculusGmellusLeft,
    MusculusGmellusRight,
    MusculusGracilis,
    MusculusGracilisLeft,
    MusculusGracilisRight,
    MusculusIliopsoas,
    MusculusIliopsoasLeft,
    MusculusIliopsoasRight,
    MusculusInfraspinatus,
    MusculusInfraspinatusLeft,
    MusculusInfraspinatusRight,
    MusculusInterosseiDorsales,
    MusculusInterosseiDorsalesLeft,
    MusculusInterosseiDorsalesRight,
    MusculusInterosseiPlantares,
    MusculusInterosseiPlantaresLeft,
    MusculusInterosseiPlantaresRight,
    MusculusLatissimusDorsi,
    MusculusLatissimusDorsiLeft,
    MusculusLatissimusDorsiRight,
    MusculusLevatorAnguliOris,
    MusculusLevatorAnguliOrisLeft,
    MusculusLevatorAnguliOrisRight,
    MusculusLevatorLabiiSuperioris,
    MusculusLevatorLabiiSuperiorisAlaequeNasi,
    MusculusLevatorLabiiSuperiorisAlaequeNasiLeft,
    MusculusLevatorLabiiSuperiorisAlaequeNasiRight,
    MusculusLevatorLabiiSuperiorisLeft,
    MusculusLevatorLabiiSuperiorisRight,
    MusculusLevatorScapulae,
    MusculusLevatorScapulaeLeft,
    MusculusLevatorScapulaeRight,
    MusculusMasseter,
    MusculusMasseterLeft,
    MusculusMasseterRight,
    MusculusMentalis,
    MusculusMentalisLeft,
    MusculusMentalisRight,
    MusculusMylohyoideus,
    MusculusMylohyoideusLeft,
    MusculusMylohyoideusRight,
    MusculusObliquusExternusAbdominis,
    MusculusObliquusExternusAbdominisLeft,
    MusculusObliquusExternusAbdominisRight,
    MusculusObliquusInferior,
    MusculusObliquusInferiorLeft,
    MusculusObliquusInferiorRight,
    MusculusObliquusInternusAbdominis,
    MusculusObliquusInternusAbdominisLeft,
    MusculusObliquusInternusAbdominisRight,
    MusculusObliquusSuperior,
    MusculusObliquusSuperiorLeft,
    MusculusObliquusSuperiorRight,
    MusculusObturator,
    MusculusObturatorLeft,
    MusculusObturatorRight,
    MusculusOccipitofrontalisVenterFrontalis,
    MusculusOccipitofrontalisVenterFrontalisLeft,
    MusculusOccipitofrontalisVenterFrontalisRight,
    MusculusOpponensDigitiMinimi,
    MusculusOpponensDigitiMinimiLeft,
    MusculusOpponensDigitiMinimiRight,
    MusculusOpponensPollicis,
    MusculusOpponensPollicisLeft,
    MusculusOpponensPollicisRight,
    MusculusOrbicularisOculi,
    MusculusOrbicularisOculiLeft,
    MusculusOrbicularisOculiParsOrbitalis,
    MusculusOrbicularisOculiParsOrbitalisLeft,
    MusculusOrbicularisOculiParsOrbitalisRight,
    MusculusOrbicularisOculiRight,
    MusculusOrbicularisOris,
    MusculusOrbicularisOrisLeft,
    MusculusOrbicularisOrisRight,
    MusculusPalmarisBrevis,
    MusculusPalmarisBrevisLeft,
    MusculusPalmarisBrevisRight,
    MusculusPalmarisLongus,
    MusculusPalmarisLongusLeft,
    MusculusPalmarisLongusRight,
    MusculusPectineus,
    MusculusPectineusLeft,
    MusculusPectineusRight,
    MusculusPectoralisMajor,
    MusculusPectoralisMajorLeft,
    MusculusPectoralisMajorRight,
    MusculusPectoralisMinor,
    MusculusPectoralisMinorLeft,
    MusculusPectoralisMinorRight,
    MusculusPeroneusBrevis,
    MusculusPeroneusBrevisLeft,
    MusculusPeroneusBrevisRight,
    MusculusPeroneusLongus,
    MusculusPeroneusLongusLeft,
    MusculusPeroneusLongusRight,
    MusculusPiriformis,
    MusculusPiriformisLeft,
    MusculusPiriformisRight,
    MusculusPlantaris,
    MusculusPlantarisLeft,
    MusculusPlantarisRight,
    MusculusPopliteus,
    MusculusPopliteusLeft,
    MusculusPopliteusRight,
    MusculusPronatorQuadratus,
    MusculusPronatorQuadratusLeft,
    MusculusPronatorQuadratusRight,
    MusculusPronatorTeres,
    MusculusPronatorTeresLeft,
    MusculusPronatorTeresRight,
    MusculusPterygoideus,
    MusculusPterygoideusLateralis,
    MusculusPterygoideusLateralisLeft,
    MusculusPterygoideusLateralisRight,
    MusculusPterygoideusLeft,
    MusculusPterygoideusMedialis,
    MusculusPterygoideusMedialisLeft,
    MusculusPterygoideusMedialisRight,
    MusculusPterygoideusRight,
    MusculusPuborectalis,
    MusculusPuborectalisLeft,
    MusculusPuborectalisRight,
    MusculusQuadratusFemoris,
    MusculusQuadratusFemorisLeft,
    MusculusQuadratusFemorisRight,
    MusculusQuadratusLumborum,
    MusculusQuadratusLumborumLeft,
    MusculusQuadratusLumborumRight,
    MusculusQuadratusPlantae,
    MusculusQuadratusPlantaeLeft,
    MusculusQuadratusPlantaeRight,
    MusculusQuadricepsFemoris,
    MusculusQuadricepsFemorisLeft,
    MusculusQuadricepsFemorisRight,
    MusculusRectusAbdominis,
    MusculusRectusAbdominisLeft,
    MusculusRectusAbdominisRight,
    MusculusRectusFemoris,
    MusculusRectusFemorisLeft,
    MusculusRectusFemorisRight,
    MusculusRectusInferior,
    MusculusRectusInferiorLeft,
    MusculusRectusInferiorRight,
    MusculusRectusLateralis,
    MusculusRectusLateralisLeft,
    MusculusRectusLateralisRight,
    MusculusRectusMedialis,
    MusculusRectusMedialisLeft,
    MusculusRectusMedialisRight,
    MusculusRectusSuperior,
    MusculusRectusSuperiorLeft,
    MusculusRectusSuperiorRight,
    MusculusRhomboideusMajor,
    MusculusRhomboideusMajorLeft,
    MusculusRhomboideusMajorRight,
    MusculusRhomboideusMinor,
    MusculusRhomboideusMinorLeft,
    MusculusRhomboideusMinorRight,
    MusculusRisorius,
    MusculusRisoriusLeft,
    MusculusRisoriusRight,
    MusculusSartorius,
    MusculusSartoriusLeft,
    MusculusSartoriusRight,
    MusculusSemimembranosus,
    MusculusSemimembranosusLeft,
    MusculusSemimembranosusRight,
    MusculusSemispinalis,
    MusculusSemispinalisCapitis,
    MusculusSemispinalisCapitisLeft,
    MusculusSemispinalisCapitisRight,
    MusculusSemispinalisCervicis,
    MusculusSemispinalisCervicisLeft,
    MusculusSemispinalisCervicisRight,
    MusculusSemispinalisLeft,
    MusculusSemispinalisRight,
    MusculusSemispinalisThoracis,
    MusculusSemispinalisThoracisLeft,
    MusculusSemispinalisThoracisRight,
    MusculusSemitendinosus,
    MusculusSemitendinosusLeft,
    MusculusSemitendinosusRight,
    MusculusSerratusAnterior,
    MusculusSerratusAnteriorLeft,
    MusculusSerratusAnteriorRight,
    MusculusSerratusPosterior,
    MusculusSerratusPosteriorLeft,
    MusculusSerratusPosteriorRight,
    MusculusSoleus,
    MusculusSoleusLeft,
    MusculusSoleusRight,
    MusculusSphincterAni,
    MusculusSphincterAniExternus,
    MusculusSpinalis,
    MusculusSpinalisCapitis,
    MusculusSpinalisCapitisLeft,
    MusculusSpinalisCapitisRight,
    MusculusSpinalisCervicis,
    MusculusSpinalisCervicisLeft,
    MusculusSpinalisCervicisRight,
    MusculusSpinalisLeft,
    MusculusSpinalisRight,
    MusculusSpinalisThoracis,
    MusculusSpinalisThoracisLeft,
    MusculusSpinalisThoracisRight,
    MusculusSplenius,
    MusculusSpleniusCapitis,
    MusculusSpleniusCapitisLeft,
    MusculusSpleniusCapitisRight,
    MusculusSpleniusCervicis,
    MusculusSpleniusCervicisLeft,
    MusculusSpleniusCervicisRight,
    MusculusSpleniusLeft,
    MusculusSpleniusRight,
    MusculusSternocleidomastoideus,
    MusculusSternocleidomastoideusLeft,
    MusculusSternocleidomastoideusRight,
    MusculusSubclavius,
    MusculusSubclaviusLeft,
    MusculusSubclaviusRight,
    MusculusSubscapularis,
    MusculusSubscapularisLeft,
    MusculusSubscapularisRight,
    MusculusSupinator,
    MusculusSupinatorLeft,
    MusculusSupinatorRight,
    MusculusSupraspinatus,
    MusculusSupraspinatusLeft,
    MusculusSupraspinatusRight,
    MusculusTemporalis,
    MusculusTemporalisLeft,
    MusculusTemporalisRight,
    MusculusTensorFasciaeLatae,
    MusculusTensorFasciaeLataeLeft,
    MusculusTensorFasciaeLataeRight,
    MusculusTeresMajor,
    MusculusTeresMajorLeft,
    MusculusTeresMajorRight,
    MusculusTeresMinor,
    MusculusTeresMinorLeft,
    MusculusTeresMinorRight,
    MusculusTibialisAnterior,
    MusculusTibialisAnteriorLeft,
    MusculusTibialisAnteriorRight,
    MusculusTibialisPosterior,
    MusculusTibialisPosteriorLeft,
    MusculusTibialisPosteriorRight,
    MusculusTransversusAbdominis,
    MusculusTransversusAbdominisLeft,
    MusculusTransversusAbdominisRight,
    MusculusTrapezius,
    MusculusTrapeziusLeft,
    MusculusTrapeziusRight,
    MusculusTricepsBrachii,
    MusculusTricepsBrachiiCaputLaterale,
    MusculusTricepsBrachiiCaputLateraleLeft,
    MusculusTricepsBrachiiCaputLateraleRight,
    MusculusTricepsBrachiiCaputLongum,
    MusculusTricepsBrachiiCaputLongumLeft,
    MusculusTricepsBrachiiCaputLongumRight,
    MusculusTricepsBrachiiCaputMediale,
    MusculusTricepsBrachiiCaputMedialeLeft,
    MusculusTricepsBrachiiCaputMedialeRight,
    MusculusTricepsBrachiiLeft,
    MusculusTricepsBrachiiRight,
    MusculusTyroartenoideus,
    MusculusTyroartenoideusLeft,
    MusculusTyroartenoideusRight,
    MusculusVastusIntermedius,
    MusculusVastusIntermediusLeft,
    MusculusVastusIntermediusRight,
    MusculusVastusLateralis,
    MusculusVastusLateralisLeft,
    MusculusVastusLateralisRight,
    MusculusVastusMedialis,
    MusculusVastusMedialisLeft,
    MusculusVastusMedialisRight,
    MusculusZygomaticusMajor,
    MusculusZygomaticusMajorLeft,
    MusculusZygomaticusMajorRight,
    MusculusZygomaticusMinor,
    MusculusZygomaticusMinorLeft,
    MusculusZygomaticusMinorRight,
    MusculustricepsSurae,
    MusculustricepsSuraeLeft,
    MusculustricepsSuraeRight,
    MyoclonicActivity,
    MyogenicHemifacialSpasms,
    MyogenicNoncerebralActivity,
    MyogenicNoncerebralFacialSynkinesis,
    MyogenicNoncerebralMyokymia,
    MyogenicPalatalMyoclonus,
    MyogenicTremorActivity,
    NEHBLeadSystem,
    NegativeLowRightScapulaLead,
    NegativeRightInfraclavicularFossa,
    NerviCervicales,
    NerviCervicalesLeft,
    NerviCervicalesRight,
    NerviCraniales,
    NerviCranialesLeft,
    NerviCranialesRight,
    NerviLumbales,
    NerviLumbalesLeft,
    NerviLumbalesRight,
    NerviSacralesAtNervusCoccygeus,
    NerviSacralesAtNervusCoccygeusLeft,
    NerviSacralesAtNervusCoccygeusRight,
    NerviSpinales,
    NerviSpinalesLeft,
    NerviSpinalesRight,
    NerviSubscapulares,
    NerviSubscapularesLeft,
    NerviSubscapularesRight,
    NerviThoracici,
    NerviThoraciciLeft,
    NerviThoraciciRight,
    NervusAbducensVI,
    NervusAbducensVILeft,
    NervusAbducensVIRight,
    NervusAcessoriusXIRadicesCraniales,
    NervusAcessoriusXIRadicesCranialesLeft,
    NervusAcessoriusXIRadicesCranialesRight,
    NervusAcessoriusXIRadicesSpinales,
    NervusAcessoriusXIRadicesSpinalesLeft,
    NervusAcessoriusXIRadicesSpinalesRight,
    NervusAxillaris,
    NervusAxillarisLeft,
    NervusAxillarisRight,
    NervusCochlearis,
    NervusCochlearisLeft,
    NervusCochlearisRight,
    NervusCutaneusAntebrachiiLateralis,
    NervusCutaneusAntebrachiiLateralisLeft,
    NervusCutaneusAntebrachiiLateralisRight,
    NervusCutaneusAntebrachiiMedialis,
    NervusCutaneusAntebrachiiMedialisLeft,
    NervusCutaneusAntebrachiiMedialisRight,
    NervusCutaneusFemorisLateralis,
    NervusCutaneusFemorisLateralisLeft,
    NervusCutaneusFemorisLateralisRight,
    NervusFacialisVII,
    NervusFacialisVIILeft,
    NervusFacialisVIIRight,
    NervusFemoralis,
    NervusFemoralisLeft,
    NervusFemoralisRight,
    NervusFibularisCommunis,
    NervusFibularisCommunisLeft,
    NervusFibularisCommunisRight,
    NervusFibularisProfundus,
    NervusFibularisProfundusLeft,
    NervusFibularisProfundusRight,
    NervusFibularisSuperficialis,
    NervusFibularisSuperficialisLeft,
    NervusFibularisSuperficialisRight,
    NervusGlossopharingeusIX,
    NervusGlossopharingeusIXLeft,
    NervusGlossopharingeusIXRight,
    NervusHypoglossusXII,
    NervusHypoglossusXIILeft,
    NervusHypoglossusXIIRight,
    NervusIlioInguinalis,
    NervusIlioInguinalisLeft,
    NervusIlioInguinalisRight,
    NervusIliohypogastricus,
    NervusIliohypogastricusLeft,
    NervusIliohypogastricusRight,
    NervusInfraorbitalis,
    NervusInfraorbitalisLeft,
    NervusInfraorbitalisRight,
    NervusIschiadicus,
    NervusIschiadicusLeft,
    NervusIschiadicusRight,
    NervusMandibularis,
    NervusMandibularisLeft,
    NervusMandibularisRight,
    NervusMaxillaris,
    NervusMaxillarisLeft,
    NervusMaxillarisRight,
    NervusMedianus,
    NervusMedianusLeft,
    NervusMedianusNerviDigitalesPalmaresProprii,
    NervusMedianusNerviDigitalesPalmaresPropriiLeft,
    NervusMedianusNerviDigitalesPalmaresPropriiRight,
    NervusMedianusRight,
    NervusMusculocutaneus,
    NervusMusculocutaneusLeft,
    NervusMusculocutaneusRight,
    NervusObturatorius,
    NervusObturatoriusLeft,
    NervusObturatoriusRight,
    NervusOculomotoriusIII,
    NervusOculomotoriusIIILeft,
    NervusOculomotoriusIIIRight,
    NervusOphtalmicus,
    NervusOphtalmicusLeft,
    NervusOphtalmicusRight,
    NervusOpticusII,
    NervusOpticusIILeft,
    NervusOpticusIIRight,
    NervusPhrenicus,
    NervusPhrenicusLeft,
    NervusPhrenicusRight,
    NervusPlantarisLateralis,
    NervusPlantarisLateralisLeft,
    NervusPlantarisLateralisRight,
    NervusPlantarisMedialis,
    NervusPlantarisMedialisLeft,
    NervusPlantarisMedialisRight,
    NervusPudendus,
    NervusPudendusLeft,
    NervusPudendusRight,
    NervusRadialis,
    NervusRadialisLeft,
    NervusRadialisRamusSuperficialis,
    NervusRadialisRamusSuperficialisLeft,
    NervusRadialisRamusSuperficialisRight,
    NervusRadialisRight,
    NervusSaphenus,
    NervusSaphenusLeft,
    NervusSaphenusRight,
    NervusSupraorbitalis,
    NervusSupraorbitalisLeft,
    NervusSupraorbitalisRight,
    NervusSurealis,
    NervusSurealisLeft,
    NervusSurealisRight,
    NervusThoracicusLongus,
    NervusThoracicusLongusLeft,
    NervusThoracicusLongusRight,
    NervusTibialis,
    NervusTibialisLeft,
    NervusTibialisRight,
    NervusTrigeminusV,
    NervusTrigeminusVLeft,
    NervusTrigeminusVRight,
    NervusTrochlearisIV,
    NervusTrochlearisIVLeft,
    NervusTrochlearisIVRight,
    NervusUlnaris,
    NervusUlnarisLeft,
    NervusUlnarisNerviDigitalesPalmaresProprii,
    NervusUlnarisNerviDigitalesPalmaresPropriiLeft,
    NervusUlnarisNerviDigitalesPalmaresPropriiRight,
    NervusUlnarisRight,
    NervusVagusX,
    NervusVagusXLeft,
    NervusVagusXRight,
    NervusVestibularis,
    NervusVestibularisLeft,
    NervusVestibularisRight,
    NervusVestibulocochlearisVIII,
    NervusVestibulocochlearisVIIILeft,
    NervusVestibulocochlearisVIIIRight,
    NoECGSignalIsAvailable,
    NoNoise,
    NonConductedPWave,
    NonRespiratorySinusArrhythmia,
    NonsustainedVentricularTachycardia,
    NormalBeatSinusBeatNormalConduction,
    NormalSinusRhythm,
    Notch,
    NotchFilter,
    NotchFilterBandwidth,
    NotchFilterDescription,
    NotchFilterFrequency,
    NystagmoidEyeMovements,
    Nz,
    O1,
    O2,
    OsborneWave,
    OtherEyeMovement,
    Oz,
    P1,
    P10,
    P2,
    P3,
    P3AmplitudePerLead,
    P4,
    P5,
    P6,
    P9,
    PAxis,
    PDurationGlobal,
    PDurationPerLead,
    PMaximumAmplitudePerLead,
    PMinimumAmplitudePerLead,
    PO3,
    PO4,
    PO7,
    PO8,
    POnsetToP1DurationPerLead,
    POnsetToP2DurationPerLead,
    POnsetToP3DurationPerLead,
    PPIntervalGlobal,
    PPIntervalPerLead,
    PQSegmentTimePeriodGlobal,
    PQSegmentTimePeriodPerLead,
    PQTimePeriodGlobal,
    PQTimePeriodPerLead,
    PRIntervalGlobal,
    PRIntervalPerLead,
    PRSegment,
    PWave,
    PWaveSecondDeflectionInPWave,
    PWaveThirdDeflectionInPWave,
    PacemakerFusionBeat,
    PacemakerLearningBeat,
    PacerArtifact,
    PadValue,
    ParoxsysmalAtrialTachycardia,
    PeriodicAndQuasiperiodicCerebralActivity,
    PeriodicBurstsWithSuppressions,
    PeriodicCerebralComplexes,
    PeriodicEpileptiformDischarges,
    PeriodicMovementsOfSleep,
    PeriodicMovementsOfSleepWithArousals,
    PeriodicSharpWaves,
    PeriodicSuppressions,
    PeriodicTriphasicWaves,
    Pg1,
    Pg2,
    PhantomSpikeAndWaveActivity,
    Platysma,
    PlatysmaLeft,
    PlatysmaRight,
    PlexusBrachialis,
    PlexusBrachialisLeft,
    PlexusBrachialisRight,
    PlexusLumbalis,
    PlexusLumbalisLeft,
    PlexusLumbalisRight,
    PlexusLumbosacralis,
    PlexusLumbosacralisLeft,
    PlexusLumbosacralisRight,
    PlexusSacralis,
    PlexusSacralisLeft,
    PlexusSacralisRight,
    PolymorphicVentricularTachycardia,
    PositiveOccipitalSharpTransientOfSleep,
    PowerLineProblem,
    PowerSupplyProblem,
    Poz,
    PreExcitation_10_10096,
    PreExcitation_10_8624,
    PrecordialLead,
    PseudoOrthogonalXYZLeadSystem,
    PulseArtifactualActivity,
    Pz,
    QAmplitudePerLead,
    QDurationPerLead,
    QRSAxis,
    QRSDurationGlobal,
    QRSDurationPerLead,
    QSWave,
    QTIntervalGlobal,
    QTIntervalPerLead,
    QTUTimePeriodGlobal,
    QTUTimePeriodPerLead,
    QWave,
    QtcGlobalUsingBazettFormula,
    QtcGlobalUsingFredericiaFormula,
    QtcIntervalGlobal,
    QtcIntervalPerLead,
    QtcPerLeadUsingBazettFormula,
    QtcPerLeadUsingFredericiaFormula,
    QuasiperiodicCerebralSharpWaves,
    QuasiperiodicTriphasicWaves,
    R1AmplitudePerLead,
    R1DurationPerLead,
    R2AmplitudePerLead,
    R2DurationPerLead,
    R3AmplitudePerLead,
    R3DurationPerLead,
    RAmplitudePerLead,
    REM,
    ROnTPrematureVentricularBeat,
    RRIntervalGlobal,
    RRIntervalPerLead,
    RRTimePeriodGlobal,
    RWave,
    RWaveSecondDeflectionInRWave,
    RWaveThirdDeflectionInRWave,
    RamusDorsalisNerviUlnaris,
    RamusDorsalisNerviUlnarisLeft,
    RamusDorsalisNerviUlnarisRight,
    RamusPalmarisNerviMediani,
    RamusPalmarisNerviMedianiLeft,
    RamusPalmarisNerviMedianiRight,
    RamusPalmarisNerviUlnaris,
    RamusPalmarisNerviUlnarisLeft,
    RamusPalmarisNerviUlnarisRight,
    RapidEyeMovements,
    ReentrantAVNodalTachycardia,
    RespiratoryArtifactualActivity,
    RespiratorySinusArrhythmia,
    RhythmicSharpWaves,
    RightArmLead,
    RightAtriumAntibradycardiaPaceSpike,
    RightBundleBranchBlockBeat,
    RightLegLead,
    RightVentricleAntibradycardiaPaceSpike,
    S1AmplitudePerLead,
    S1DurationPerLead,
    S2AmplitudePerLead,
    S2DurationPerLead,
    S3AmplitudePerLead,
    S3DurationPerLead,
    SAmplitudePerLead,
    STAmplitudePerLead,
    STChange,
    STMeasurementPoint,
    STSegment,
    SWave,
    SWaveSecondDeflectionInSWave,
    SWaveThirdDeflectionInSWave,
    Saccade,
    SampleRate,
    SampleSkew,
    SecondDegreeAVBlockTypeIIMobitzTypeII,
    SecondDegreeAVBlockTypeIWenckebachOrMobitzTypeI,
    SecondDegreeAVBlock_10_9648,
    SecondDegreeAVBlock_3_3148,
    SecondDegreeSABlockTypeII,
    SecondDegreeSABlockTypeIWenckebach,
    Sensitivity,
    SevereNoiseBeatsCannotBeDetectedOrClassified,
    SharpAndSlowWaveComplex,
    SharpAppearingOrEpileptiformActivity,
    SharpSpikes,
    SharpTransient,
    SinusArrhythmia,
    SinusBradycardia,
    SinusRhythm,
    SinusTachycardia_10_9264,
    SinusTachycardia_3_3262,
    SleepActivityAndEvent,
    SleepArousal,
    SleepAwakening,
    SleepFWave,
    SleepKComplex,
    SleepSawtoothWave,
    SleepSpindle,
    SleepStageREM,
    SleepStageREMWithSleepSpindle,
    SleepStageShift,
    SleepStageUnspecified,
    SleepStageUnstageable,
    SleepStageWake,
    SleepVWave,
    SlowEyeMovement,
    SlowEyeMovements,
    SlowVentricularTachycardiaIdioventricularTachycardia,
    SmallSharpSpike,
    Sp1,
    Sp2,
    SpikeAndWaveComplex,
    SpikesAndWaves,
    Standard12LeadAndCC5CM5ML,
    Standard12LeadAndCM5CC5CH5,
    Standard12LeadAndNEHB,
    Standard12LeadAndXYZ,
    Standard12LeadExtendedToTheLeftByV7V8V9,
    Standard12LeadExtendedToTheRightByV5RV4RV3R,
    Standard12LeadPositionsElectrodesPlacedIndividually,
    Standard12LeadPositionsOneIntercostalSpaceHigher,
    Standard12LeadWithExtraLeadsToTheRightAndOrLeftSides,
    SupraventricularAtrialOrJunctionalEctopicRhythm,
    SupraventricularEscapeBeat,
    SupraventricularExtrasystole,
    SupraventricularParoxsysmalTachycardia,
    SupraventricularPrematureContraction,
    SupraventricularTachycardia,
    SustainedMonomorphicVentricularTachycardia,
    SwallowingAndChewingArtifactualActivity,
    SweatOfGalvanicArtifactualActivity,
    T1,
    T10,
    T2,
    T3,
    T4,
    T5,
    T6,
    T9,
    TAxis,
    TMaximumAmplitudePerLead,
    TMinimumAmplitudePerLead,
    TP10,
    TP7,
    TP8,
    TP9,
    TUFusedWave,
    TWave,
    TWaveAlternans,
    TWaveChange,
    TWaveSecondDeflectionInTWave,
    ThirdDegreeAVBlock,
    ThirdDegreeAVBlockCompleteAVBlock,
    ThirdDegreeSABlockCompleteSABlock,
    TimeOffset,
    TimeSkew,
    TorsadesDePointesVentricularTachycardia,
    TransthoracicAntibradycardiaPaceSpike,
    TransthoracicAntitachycardiaPaceSpike,
    TransthoracicCardioversionSpike,
    TransthoracicDefibrillationSpike,
    TrifascicularBlockBeat,
    TriphasicWave,
    UWave,
    UnclassifiableBeat,
    Unspecified12LeadSystem,
    UnspecifiedLead,
    UnspecifiedXYZLeadSystem,
    V12LeadDerivedFromFrankXYZLeads,
    V12LeadDerivedFromNonStandardLeads,
    V12LeadElectrodePad,
    V12LeadForBicycleExerciseTestingLimbLeadsOnBackOfPatient,
    V12LeadFromEASILeadsESASAIByDowerEASITransformation,
    V12LeadFromFrankLeadsXYZLeadsByDowerTransformation,
    V12LeadFromLimbLeadsIIIAndOneOrMoreVLeads,
    V14And6HzPositiveBursts,
    V3LeadSystemCC5CM5CH5,
    V3LeadSystemCC5CM5ML,
    VentricleAntitachycardiaPaceSpike,
    VentricleCardioversionSpike,
    VentricleDefibrillationSpike,
    VentricularActivationTime,
    VentricularActivationTimePerLead,
    VentricularAntibradycardiaPaceSpike,
    VentricularBigeminy,
    VentricularCouplet,
    VentricularDemandModePacing,
    VentricularEscapeBeat,
    VentricularFibrillation,
    VentricularFlutter,
    VentricularFlutterWave,
    VentricularParasystole,
    VentricularPrematureContractionBeat,
    VentricularRhythm,
    VentricularRun,
    VentricularTachycardia,
    VentricularTrigeminy,
    WanderingPacemakerBetweenTheSinusNodeAndTheAVNode,
    WanderingSinusPacemakerWithinTheSinusNode,
    Wicket,
    WolfParkinsonTypeA_10_10128,
    WolfParkinsonTypeA_10_8656,
    WolfParkinsonTypeB_10_10144,
    WolfParkinsonTypeB_10_8672,
    WolfParkinsonWhiteSyndrome_10_10112,
    WolfParkinsonWhiteSyndrome_10_8640,
    XYZLeadsDerivedFromStandard12Lead,
    ZeroOffset,
    ZetaWave,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
