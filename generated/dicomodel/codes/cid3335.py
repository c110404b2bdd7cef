"""CID 3335 ECG Annotation.

Extensible, version 20130613, UID 1.2.840.10008.6.1.62.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3335
NAME: _Final[str] = "ECG Annotation"
KEYWORD: _Final[str | None] = "ECGAnnotation"
UID: _Final[str | None] = "1.2.840.10008.6.1.62"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130613"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

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

QWave: _Final[_Code] = _Code("MDC", "10:448", "Q wave", (3335,))
"""Q wave (MDC 10:448)."""

QSWave: _Final[_Code] = _Code("MDC", "10:512", "QS wave", (3335,))
"""QS wave (MDC 10:512)."""

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

Notch: _Final[_Code] = _Code("MDC", "10:768", "Notch", (3335,))
"""Notch (MDC 10:768)."""

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

TWave: _Final[_Code] = _Code("MDC", "10:1024", "T wave", (3335,))
"""T wave (MDC 10:1024)."""

TWaveSecondDeflectionInTWave: _Final[_Code] = _Code(
    "MDC", "10:1088", "T' wave (second deflection in T Wave)", (3335,)
)
"""T' wave (second deflection in T Wave) (MDC 10:1088)."""

UWave: _Final[_Code] = _Code("MDC", "10:1152", "U wave", (3335,))
"""U wave (MDC 10:1152)."""

DeltaWave: _Final[_Code] = _Code("MDC", "10:1216", "Delta wave", (3335,))
"""Delta wave (MDC 10:1216)."""

IsoelectricRegionFromGlobalQRSOnsetToSpecificLeadOnset: _Final[_Code] = _Code(
    "MDC", "10:1280", "Isoelectric region from global QRS onset to specific lead onset", (3335,)
)
"""Isoelectric region from global QRS onset to specific lead onset (MDC 10:1280)."""

IsoelectricRegionFromSpecificLeadQRSOffsetToGlobalOffset: _Final[_Code] = _Code(
    "MDC", "10:1344", "Isoelectric region from specific lead QRS Offset to global offset", (3335,)
)
"""Isoelectric region from specific lead QRS Offset to global offset (MDC 10:1344)."""

OsborneWave: _Final[_Code] = _Code("MDC", "10:1408", "Osborne wave", (3335,))
"""Osborne wave (MDC 10:1408)."""

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

TUFusedWave: _Final[_Code] = _Code("MDC", "10:1664", "TU fused wave", (3335,))
"""TU fused wave (MDC 10:1664)."""

VentricularFlutterWave: _Final[_Code] = _Code("MDC", "10:1728", "Ventricular flutter wave", (3335,))
"""Ventricular flutter wave (MDC 10:1728)."""

AtrialFlutterWave: _Final[_Code] = _Code("MDC", "10:1792", "Atrial flutter wave", (3335,))
"""Atrial flutter wave (MDC 10:1792)."""

IsoelectricPointOrSegment: _Final[_Code] = _Code(
    "MDC", "10:1856", "Isoelectric point or segment", (3335,)
)
"""Isoelectric point or segment (MDC 10:1856)."""

PRSegment: _Final[_Code] = _Code("MDC", "10:1920", "PR Segment", (3335,))
"""PR Segment (MDC 10:1920)."""

STSegment: _Final[_Code] = _Code("MDC", "10:1984", "ST Segment", (3335,))
"""ST Segment (MDC 10:1984)."""

JPoint: _Final[_Code] = _Code("MDC", "10:2048", "J-point", (3335,))
"""J-point (MDC 10:2048)."""

STMeasurementPoint: _Final[_Code] = _Code("MDC", "10:2112", "ST measurement point", (3335,))
"""ST measurement point (MDC 10:2112)."""

IsolatedQRSLikeArtifact: _Final[_Code] = _Code(
    "MDC", "10:2176", "Isolated QRS-like artifact", (3335,)
)
"""Isolated QRS-like artifact (MDC 10:2176)."""

CalibrationPulse: _Final[_Code] = _Code(
    "MDC", "10:2240", "Calibration pulse (individual pulse)", (3335,)
)
"""Calibration pulse (individual pulse) (MDC 10:2240)."""

STChange: _Final[_Code] = _Code("MDC", "10:2304", "ST change", (3335,))
"""ST change (MDC 10:2304)."""

TWaveChange: _Final[_Code] = _Code("MDC", "10:2368", "T-wave change", (3335,))
"""T-wave change (MDC 10:2368)."""

VentricularActivationTime: _Final[_Code] = _Code(
    "MDC", "10:2432", "Ventricular Activation Time", (3335,)
)
"""Ventricular Activation Time (MDC 10:2432)."""

AntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4096", "Antibradycardia pace spike", (3335,)
)
"""Antibradycardia pace spike (MDC 10:4096)."""

AtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4352", "atrium Antibradycardia pace spike", (3335,)
)
"""atrium Antibradycardia pace spike (MDC 10:4352)."""

RightAtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4608", "right atrium Antibradycardia pace spike", (3335,)
)
"""right atrium Antibradycardia pace spike (MDC 10:4608)."""

LeftAtriumAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:4864", "left atrium Antibradycardia pace spike", (3335,)
)
"""left atrium Antibradycardia pace spike (MDC 10:4864)."""

VentricularAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5120", "ventricular Antibradycardia pace spike", (3335,)
)
"""ventricular Antibradycardia pace spike (MDC 10:5120)."""

RightVentricleAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5376", "right ventricle Antibradycardia pace spike", (3335,)
)
"""right ventricle Antibradycardia pace spike (MDC 10:5376)."""

LeftVentricleAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5632", "left ventricle Antibradycardia pace spike", (3335,)
)
"""left ventricle Antibradycardia pace spike (MDC 10:5632)."""

TransthoracicAntibradycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:5888", "transthoracic Antibradycardia pace spike", (3335,)
)
"""transthoracic Antibradycardia pace spike (MDC 10:5888)."""

AntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6144", "Antitachycardia pace spike", (3335,)
)
"""Antitachycardia pace spike (MDC 10:6144)."""

AtriumAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6400", "atrium Antitachycardia pace spike", (3335,)
)
"""atrium Antitachycardia pace spike (MDC 10:6400)."""

VentricleAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6656", "ventricle Antitachycardia pace spike", (3335,)
)
"""ventricle Antitachycardia pace spike (MDC 10:6656)."""

TransthoracicAntitachycardiaPaceSpike: _Final[_Code] = _Code(
    "MDC", "10:6912", "transthoracic Antitachycardia pace spike", (3335,)
)
"""transthoracic Antitachycardia pace spike (MDC 10:6912)."""

CardioversionSpike: _Final[_Code] = _Code("MDC", "10:7168", "Cardioversion spike", (3335,))
"""Cardioversion spike (MDC 10:7168)."""

AtriumCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7424", "atrium Cardioversion spike", (3335,)
)
"""atrium Cardioversion spike (MDC 10:7424)."""

VentricleCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7680", "ventricle Cardioversion spike", (3335,)
)
"""ventricle Cardioversion spike (MDC 10:7680)."""

TransthoracicCardioversionSpike: _Final[_Code] = _Code(
    "MDC", "10:7936", "transthoracic Cardioversion spike", (3335,)
)
"""transthoracic Cardioversion spike (MDC 10:7936)."""

DefibrillationSpike: _Final[_Code] = _Code("MDC", "10:8192", "Defibrillation spike", (3335,))
"""Defibrillation spike (MDC 10:8192)."""

AtriumDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8448", "atrium Defibrillation spike", (3335,)
)
"""atrium Defibrillation spike (MDC 10:8448)."""

VentricleDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8704", "ventricle Defibrillation spike", (3335,)
)
"""ventricle Defibrillation spike (MDC 10:8704)."""

TransthoracicDefibrillationSpike: _Final[_Code] = _Code(
    "MDC", "10:8960", "transthoracic Defibrillation spike", (3335,)
)
"""transthoracic Defibrillation spike (MDC 10:8960)."""

NormalBeatSinusBeatNormalConduction: _Final[_Code] = _Code(
    "MDC", "10:8208", "Normal beat (sinus beat, normal conduction)", (3335,)
)
"""Normal beat (sinus beat, normal conduction) (MDC 10:8208)."""

AbnormalBeat: _Final[_Code] = _Code("MDC", "10:8224", "Abnormal beat", (3335,))
"""Abnormal beat (MDC 10:8224)."""

DominantBeat: _Final[_Code] = _Code("MDC", "10:8240", "Dominant beat", (3335,))
"""Dominant beat (MDC 10:8240)."""

SupraventricularPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8256", "Supraventricular premature contraction", (3335,)
)
"""Supraventricular premature contraction (MDC 10:8256)."""

AtrialPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8272", "Atrial premature contraction (beat)", (3335,)
)
"""Atrial premature contraction (beat) (MDC 10:8272)."""

JunctionalNodalPrematureContraction: _Final[_Code] = _Code(
    "MDC", "10:8288", "Junctional (nodal) premature contraction", (3335,)
)
"""Junctional (nodal) premature contraction (MDC 10:8288)."""

AberratedAtrialPrematureBeatAshmanBeat: _Final[_Code] = _Code(
    "MDC", "10:8304", "Aberrated atrial premature beat (Ashman beat)", (3335,)
)
"""Aberrated atrial premature beat (Ashman beat) (MDC 10:8304)."""

NonConductedPWave: _Final[_Code] = _Code(
    "MDC", "10:8320", "Non-conducted p-wave (blocked)", (3335,)
)
"""Non-conducted p-wave (blocked) (MDC 10:8320)."""

VentricularPrematureContractionBeat: _Final[_Code] = _Code(
    "MDC", "10:8336", "Ventricular premature contraction beat", (3335,)
)
"""Ventricular premature contraction beat (MDC 10:8336)."""

FusionOfVentricularAndNormalBeat: _Final[_Code] = _Code(
    "MDC", "10:8352", "Fusion of ventricular and normal beat", (3335,)
)
"""Fusion of ventricular and normal beat (MDC 10:8352)."""

ROnTPrematureVentricularBeat: _Final[_Code] = _Code(
    "MDC", "10:8368", "R-on-T premature ventricular beat", (3335,)
)
"""R-on-T premature ventricular beat (MDC 10:8368)."""

SupraventricularEscapeBeat: _Final[_Code] = _Code(
    "MDC", "10:8384", "Supraventricular escape beat", (3335,)
)
"""Supraventricular escape beat (MDC 10:8384)."""

AtrialEscapeBeat: _Final[_Code] = _Code("MDC", "10:8400", "Atrial escape beat", (3335,))
"""Atrial escape beat (MDC 10:8400)."""

JunctionalNodalEscapeBeat: _Final[_Code] = _Code(
    "MDC", "10:8416", "Junctional (nodal) escape beat", (3335,)
)
"""Junctional (nodal) escape beat (MDC 10:8416)."""

VentricularEscapeBeat: _Final[_Code] = _Code("MDC", "10:8432", "Ventricular escape beat", (3335,))
"""Ventricular escape beat (MDC 10:8432)."""

LeftBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8464", "Left bundle branch block beat", (3335,)
)
"""Left bundle branch block beat (MDC 10:8464)."""

IncompleteLeftBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8480", "Incomplete left bundle branch block beat", (3335,)
)
"""Incomplete left bundle branch block beat (MDC 10:8480)."""

RightBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8496", "Right bundle branch block beat", (3335,)
)
"""Right bundle branch block beat (MDC 10:8496)."""

IncompleteRightBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8512", "Incomplete right bundle branch block beat", (3335,)
)
"""Incomplete right bundle branch block beat (MDC 10:8512)."""

LeftAnteriorFascicularBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8528", "Left anterior fascicular block beat", (3335,)
)
"""Left anterior fascicular block beat (MDC 10:8528)."""

LeftPosteriorFascicularBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8544", "Left posterior fascicular block beat", (3335,)
)
"""Left posterior fascicular block beat (MDC 10:8544)."""

BifascicularBlockBeat: _Final[_Code] = _Code("MDC", "10:8560", "bifascicular block beat", (3335,))
"""bifascicular block beat (MDC 10:8560)."""

TrifascicularBlockBeat: _Final[_Code] = _Code("MDC", "10:8576", "trifascicular block beat", (3335,))
"""trifascicular block beat (MDC 10:8576)."""

BilateralBundleBranchBlockBeat: _Final[_Code] = _Code(
    "MDC", "10:8592", "bilateral bundle-branch block beat", (3335,)
)
"""bilateral bundle-branch block beat (MDC 10:8592)."""

IntraventricularConductionDisturbance: _Final[_Code] = _Code(
    "MDC", "10:8608", "intraventricular conduction disturbance", (3335,)
)
"""intraventricular conduction disturbance (MDC 10:8608)."""

PreExcitation: _Final[_Code] = _Code("MDC", "10:8624", "pre-excitation", (3335,))
"""pre-excitation (MDC 10:8624)."""

WolfParkinsonWhiteSyndrome: _Final[_Code] = _Code(
    "MDC", "10:8640", "Wolf-Parkinson-White syndrome", (3335,)
)
"""Wolf-Parkinson-White syndrome (MDC 10:8640)."""

WolfParkinsonTypeA: _Final[_Code] = _Code("MDC", "10:8656", "Wolf-Parkinson type A", (3335,))
"""Wolf-Parkinson type A (MDC 10:8656)."""

WolfParkinsonTypeB: _Final[_Code] = _Code("MDC", "10:8672", "Wolf-Parkinson type B", (3335,))
"""Wolf-Parkinson type B (MDC 10:8672)."""

LownGanongLevineSyndrome: _Final[_Code] = _Code(
    "MDC", "10:8688", "Lown-Ganong-Levine syndrome", (3335,)
)
"""Lown-Ganong-Levine syndrome (MDC 10:8688)."""

PacemakerFusionBeat: _Final[_Code] = _Code("MDC", "10:8720", "Pacemaker Fusion beat", (3335,))
"""Pacemaker Fusion beat (MDC 10:8720)."""

UnclassifiableBeat: _Final[_Code] = _Code("MDC", "10:8736", "Unclassifiable beat", (3335,))
"""Unclassifiable beat (MDC 10:8736)."""

PacemakerLearningBeat: _Final[_Code] = _Code("MDC", "10:8752", "Pacemaker Learning beat", (3335,))
"""Pacemaker Learning beat (MDC 10:8752)."""

NoNoise: _Final[_Code] = _Code("MDC", "10:11200", "No Noise", (3335, 3680))
"""No Noise (MDC 10:11200)."""

ModerateNoiseBeatsCanBeDetectedButCannotBeClassified: _Final[_Code] = _Code(
    "MDC",
    "10:11216",
    "Moderate Noise, beats can be detected but cannot be classified",
    (3335, 3680),
)
"""Moderate Noise, beats can be detected but cannot be classified (MDC 10:11216)."""

SevereNoiseBeatsCannotBeDetectedOrClassified: _Final[_Code] = _Code(
    "MDC", "10:11232", "Severe Noise, beats cannot be detected or classified", (3335, 3680)
)
"""Severe Noise, beats cannot be detected or classified (MDC 10:11232)."""

NoECGSignalIsAvailable: _Final[_Code] = _Code(
    "MDC", "10:11248", "No ECG signal is available", (3335, 3680)
)
"""No ECG signal is available (MDC 10:11248)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PWave,
    PWaveSecondDeflectionInPWave,
    PWaveThirdDeflectionInPWave,
    QWave,
    QSWave,
    RWave,
    RWaveSecondDeflectionInRWave,
    RWaveThirdDeflectionInRWave,
    Notch,
    SWave,
    SWaveSecondDeflectionInSWave,
    SWaveThirdDeflectionInSWave,
    TWave,
    TWaveSecondDeflectionInTWave,
    UWave,
    DeltaWave,
    IsoelectricRegionFromGlobalQRSOnsetToSpecificLeadOnset,
    IsoelectricRegionFromSpecificLeadQRSOffsetToGlobalOffset,
    OsborneWave,
    EntireBeatPonToToffExcludingU,
    EntireBeatQonToToffExcludingPAndU,
    EntireQRSExcludingPTAndU,
    TUFusedWave,
    VentricularFlutterWave,
    AtrialFlutterWave,
    IsoelectricPointOrSegment,
    PRSegment,
    STSegment,
    JPoint,
    STMeasurementPoint,
    IsolatedQRSLikeArtifact,
    CalibrationPulse,
    STChange,
    TWaveChange,
    VentricularActivationTime,
    AntibradycardiaPaceSpike,
    AtriumAntibradycardiaPaceSpike,
    RightAtriumAntibradycardiaPaceSpike,
    LeftAtriumAntibradycardiaPaceSpike,
    VentricularAntibradycardiaPaceSpike,
    RightVentricleAntibradycardiaPaceSpike,
    LeftVentricleAntibradycardiaPaceSpike,
    TransthoracicAntibradycardiaPaceSpike,
    AntitachycardiaPaceSpike,
    AtriumAntitachycardiaPaceSpike,
    VentricleAntitachycardiaPaceSpike,
    TransthoracicAntitachycardiaPaceSpike,
    CardioversionSpike,
    AtriumCardioversionSpike,
    VentricleCardioversionSpike,
    TransthoracicCardioversionSpike,
    DefibrillationSpike,
    AtriumDefibrillationSpike,
    VentricleDefibrillationSpike,
    TransthoracicDefibrillationSpike,
    NormalBeatSinusBeatNormalConduction,
    AbnormalBeat,
    DominantBeat,
    SupraventricularPrematureContraction,
    AtrialPrematureContraction,
    JunctionalNodalPrematureContraction,
    AberratedAtrialPrematureBeatAshmanBeat,
    NonConductedPWave,
    VentricularPrematureContractionBeat,
    FusionOfVentricularAndNormalBeat,
    ROnTPrematureVentricularBeat,
    SupraventricularEscapeBeat,
    AtrialEscapeBeat,
    JunctionalNodalEscapeBeat,
    VentricularEscapeBeat,
    LeftBundleBranchBlockBeat,
    IncompleteLeftBundleBranchBlockBeat,
    RightBundleBranchBlockBeat,
    IncompleteRightBundleBranchBlockBeat,
    LeftAnteriorFascicularBlockBeat,
    LeftPosteriorFascicularBlockBeat,
    BifascicularBlockBeat,
    TrifascicularBlockBeat,
    BilateralBundleBranchBlockBeat,
    IntraventricularConductionDisturbance,
    PreExcitation,
    WolfParkinsonWhiteSyndrome,
    WolfParkinsonTypeA,
    WolfParkinsonTypeB,
    LownGanongLevineSyndrome,
    PacemakerFusionBeat,
    UnclassifiableBeat,
    PacemakerLearningBeat,
    NoNoise,
    ModerateNoiseBeatsCanBeDetectedButCannotBeClassified,
    SevereNoiseBeatsCannotBeDetectedOrClassified,
    NoECGSignalIsAvailable,
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
