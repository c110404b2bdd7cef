"""CID 3035 EEG Annotation – Neurophysiologic Enumeration.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1333.
Includes CID 3046.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3035
NAME: _Final[str] = "EEG Annotation – Neurophysiologic Enumeration"
KEYWORD: _Final[str | None] = "EEGAnnotationNeurophysiologicEnumeration"
UID: _Final[str | None] = "1.2.840.10008.6.1.1333"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = (3046,)
EXTERNAL_SCHEME: _Final[str | None] = None

BackgroundActivity: _Final[_Code] = _Code("MDC", "2:23560", "Background activity", (3035,))
"""Background activity (MDC 2:23560)."""

BackgroundActivityBeta: _Final[_Code] = _Code("MDC", "2:23568", "Background activity beta", (3035,))
"""Background activity beta (MDC 2:23568)."""

BackgroundActivitySigma: _Final[_Code] = _Code(
    "MDC", "2:23576", "Background activity sigma", (3035,)
)
"""Background activity sigma (MDC 2:23576)."""

BackgroundActivityGamma: _Final[_Code] = _Code(
    "MDC", "2:23584", "Background activity gamma", (3035,)
)
"""Background activity gamma (MDC 2:23584)."""

BackgroundActivityAlpha: _Final[_Code] = _Code(
    "MDC", "2:23592", "Background activity alpha", (3035,)
)
"""Background activity alpha (MDC 2:23592)."""

BackgroundMuActivity: _Final[_Code] = _Code("MDC", "2:23600", "Background Mu activity", (3035,))
"""Background Mu activity (MDC 2:23600)."""

BackgroundActivityTheta: _Final[_Code] = _Code(
    "MDC", "2:23608", "Background activity theta", (3035,)
)
"""Background activity theta (MDC 2:23608)."""

BackgroundActivityBisynchronousTheta: _Final[_Code] = _Code(
    "MDC", "2:23616", "Background activity bisynchronous theta", (3035,)
)
"""Background activity bisynchronous theta (MDC 2:23616)."""

BackgroundActivityDelta: _Final[_Code] = _Code(
    "MDC", "2:23624", "Background activity delta", (3035,)
)
"""Background activity delta (MDC 2:23624)."""

BackgroundActivityBisynchronousDelta: _Final[_Code] = _Code(
    "MDC", "2:23632", "Background activity bisynchronous delta", (3035,)
)
"""Background activity bisynchronous delta (MDC 2:23632)."""

BackgroundActivityArrhythmicDelta: _Final[_Code] = _Code(
    "MDC", "2:23640", "Background activity arrhythmic delta", (3035,)
)
"""Background activity arrhythmic delta (MDC 2:23640)."""

BackgroundActivitySlowFusedTransients: _Final[_Code] = _Code(
    "MDC", "2:23648", "Background activity slow fused transients", (3035,)
)
"""Background activity slow fused transients (MDC 2:23648)."""

SharpAppearingOrEpileptiformActivity: _Final[_Code] = _Code(
    "MDC", "2:23816", "Sharp appearing or epileptiform activity", (3035,)
)
"""Sharp appearing or epileptiform activity (MDC 2:23816)."""

SharpTransient: _Final[_Code] = _Code("MDC", "2:23824", "Sharp transient", (3035,))
"""Sharp transient (MDC 2:23824)."""

Wicket: _Final[_Code] = _Code("MDC", "2:23832", "Wicket", (3035,))
"""Wicket (MDC 2:23832)."""

SmallSharpSpike: _Final[_Code] = _Code("MDC", "2:23840", "Small sharp spike", (3035,))
"""Small sharp spike (MDC 2:23840)."""

ZetaWave: _Final[_Code] = _Code("MDC", "2:23848", "Zeta wave", (3035,))
"""Zeta wave (MDC 2:23848)."""

TriphasicWave: _Final[_Code] = _Code("MDC", "2:23856", "Triphasic wave", (3035,))
"""Triphasic wave (MDC 2:23856)."""

PhantomSpikeAndWaveActivity: _Final[_Code] = _Code(
    "MDC", "2:23864", "Phantom spike and wave activity", (3035,)
)
"""Phantom spike and wave activity (MDC 2:23864)."""

V14And6HzPositiveBursts: _Final[_Code] = _Code(
    "MDC", "2:23872", "14 and 6 Hz positive bursts", (3035,)
)
"""14 and 6 Hz positive bursts (MDC 2:23872)."""

LambdaWave: _Final[_Code] = _Code("MDC", "2:23880", "Lambda wave", (3035,))
"""Lambda wave (MDC 2:23880)."""

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

MultipleSpike: _Final[_Code] = _Code("MDC", "2:23912", "Multiple spike", (3035,))
"""Multiple spike (MDC 2:23912)."""

SpikeAndWaveComplex: _Final[_Code] = _Code("MDC", "2:23920", "Spike and wave complex", (3035,))
"""Spike and wave complex (MDC 2:23920)."""

AtypicalSpikeAndWaveComplex: _Final[_Code] = _Code(
    "MDC", "2:23928", "Atypical spike and wave complex", (3035,)
)
"""Atypical spike and wave complex (MDC 2:23928)."""

SharpAndSlowWaveComplex: _Final[_Code] = _Code(
    "MDC", "2:23936", "Sharp and slow wave complex", (3035,)
)
"""Sharp and slow wave complex (MDC 2:23936)."""

RhythmicSharpWaves: _Final[_Code] = _Code("MDC", "2:23944", "Rhythmic sharp waves", (3035,))
"""Rhythmic sharp waves (MDC 2:23944)."""

BurstSuppression: _Final[_Code] = _Code("MDC", "2:23952", "Burst suppression", (3035,))
"""Burst suppression (MDC 2:23952)."""

MultipleIndependentSpikesAndAsynchronousSlowWaves: _Final[_Code] = _Code(
    "MDC", "2:23960", "Multiple independent spikes and asynchronous slow waves", (3035,)
)
"""Multiple independent spikes and asynchronous slow waves (MDC 2:23960)."""

PeriodicAndQuasiperiodicCerebralActivity: _Final[_Code] = _Code(
    "MDC", "2:23968", "Periodic and quasiperiodic cerebral activity", (3035,)
)
"""Periodic and quasiperiodic cerebral activity (MDC 2:23968)."""

QuasiperiodicTriphasicWaves: _Final[_Code] = _Code(
    "MDC", "2:23976", "Quasiperiodic triphasic waves", (3035,)
)
"""Quasiperiodic triphasic waves (MDC 2:23976)."""

PeriodicTriphasicWaves: _Final[_Code] = _Code("MDC", "2:23984", "Periodic triphasic waves", (3035,))
"""Periodic triphasic waves (MDC 2:23984)."""

PeriodicEpileptiformDischarges: _Final[_Code] = _Code(
    "MDC", "2:23992", "Periodic epileptiform discharges", (3035,)
)
"""Periodic epileptiform discharges (MDC 2:23992)."""

PeriodicCerebralComplexes: _Final[_Code] = _Code(
    "MDC", "2:24000", "Periodic cerebral complexes", (3035,)
)
"""Periodic cerebral complexes (MDC 2:24000)."""

QuasiperiodicCerebralSharpWaves: _Final[_Code] = _Code(
    "MDC", "2:24008", "Quasiperiodic cerebral sharp waves", (3035,)
)
"""Quasiperiodic cerebral sharp waves (MDC 2:24008)."""

PeriodicSharpWaves: _Final[_Code] = _Code("MDC", "2:24016", "Periodic sharp waves", (3035,))
"""Periodic sharp waves (MDC 2:24016)."""

PeriodicSuppressions: _Final[_Code] = _Code("MDC", "2:24024", "Periodic suppressions", (3035,))
"""Periodic suppressions (MDC 2:24024)."""

PeriodicBurstsWithSuppressions: _Final[_Code] = _Code(
    "MDC", "2:24032", "Periodic bursts with suppressions", (3035,)
)
"""Periodic bursts with suppressions (MDC 2:24032)."""

EyeRelatedActivity: _Final[_Code] = _Code("MDC", "2:24040", "Eye-related activity", (3035,))
"""Eye-related activity (MDC 2:24040)."""

EyeBlinks: _Final[_Code] = _Code("MDC", "2:24048", "Eye blinks", (3035,))
"""Eye blinks (MDC 2:24048)."""

NystagmoidEyeMovements: _Final[_Code] = _Code("MDC", "2:24056", "Nystagmoid eye movements", (3035,))
"""Nystagmoid eye movements (MDC 2:24056)."""

SlowEyeMovements: _Final[_Code] = _Code("MDC", "2:24064", "Slow eye movements", (3035,))
"""Slow eye movements (MDC 2:24064)."""

FastIrregularEyeMovements: _Final[_Code] = _Code(
    "MDC", "2:24072", "Fast irregular eye movements", (3035,)
)
"""Fast irregular eye movements (MDC 2:24072)."""

RapidEyeMovements: _Final[_Code] = _Code("MDC", "2:24080", "Rapid eye movements", (3035,))
"""Rapid eye movements (MDC 2:24080)."""

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

EyeRelatedActivityElectroretinogram: _Final[_Code] = _Code(
    "MDC", "2:24112", "Eye-related activity electroretinogram", (3035,)
)
"""Eye-related activity electroretinogram (MDC 2:24112)."""

MyogenicNoncerebralActivity: _Final[_Code] = _Code(
    "MDC", "2:24120", "Myogenic noncerebral activity", (3035,)
)
"""Myogenic noncerebral activity (MDC 2:24120)."""

MyogenicPalatalMyoclonus: _Final[_Code] = _Code(
    "MDC", "2:24128", "Myogenic palatal myoclonus", (3035,)
)
"""Myogenic palatal myoclonus (MDC 2:24128)."""

MyogenicNoncerebralMyokymia: _Final[_Code] = _Code(
    "MDC", "2:24136", "Myogenic noncerebral myokymia", (3035,)
)
"""Myogenic noncerebral myokymia (MDC 2:24136)."""

MyogenicNoncerebralFacialSynkinesis: _Final[_Code] = _Code(
    "MDC", "2:24144", "Myogenic noncerebral facial synkinesis", (3035,)
)
"""Myogenic noncerebral facial synkinesis (MDC 2:24144)."""

MyogenicHemifacialSpasms: _Final[_Code] = _Code(
    "MDC", "2:24152", "Myogenic hemifacial spasms", (3035,)
)
"""Myogenic hemifacial spasms (MDC 2:24152)."""

ExtraocularMuscleActivity: _Final[_Code] = _Code(
    "MDC", "2:24160", "Extraocular muscle activity", (3035,)
)
"""Extraocular muscle activity (MDC 2:24160)."""

MyogenicTremorActivity: _Final[_Code] = _Code("MDC", "2:24168", "Myogenic tremor activity", (3035,))
"""Myogenic tremor activity (MDC 2:24168)."""

MyoclonicActivity: _Final[_Code] = _Code("MDC", "2:24176", "Myoclonic activity", (3035,))
"""Myoclonic activity (MDC 2:24176)."""

PeriodicMovementsOfSleep: _Final[_Code] = _Code(
    "MDC", "2:24184", "Periodic movements of sleep", (3035,)
)
"""Periodic movements of sleep (MDC 2:24184)."""

PeriodicMovementsOfSleepWithArousals: _Final[_Code] = _Code(
    "MDC", "2:24192", "Periodic movements of sleep with arousals", (3035,)
)
"""Periodic movements of sleep with arousals (MDC 2:24192)."""

ArtifactualActivity: _Final[_Code] = _Code("MDC", "2:24200", "Artifactual activity", (3035,))
"""Artifactual activity (MDC 2:24200)."""

ElectrodeInstrumentalArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24208", "Electrode instrumental artifactual activity", (3035,)
)
"""Electrode instrumental artifactual activity (MDC 2:24208)."""

MovementArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24216", "Movement artifactual activity", (3035,)
)
"""Movement artifactual activity (MDC 2:24216)."""

SweatOfGalvanicArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24224", "Sweat of galvanic artifactual activity", (3035,)
)
"""Sweat of galvanic artifactual activity (MDC 2:24224)."""

PulseArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24232", "Pulse artifactual activity", (3035,)
)
"""Pulse artifactual activity (MDC 2:24232)."""

ECGArtifactualActivity: _Final[_Code] = _Code("MDC", "2:24240", "ECG artifactual activity", (3035,))
"""ECG artifactual activity (MDC 2:24240)."""

RespiratoryArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24248", "Respiratory artifactual activity", (3035,)
)
"""Respiratory artifactual activity (MDC 2:24248)."""

GlossokineticArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24256", "Glossokinetic artifactual activity", (3035,)
)
"""Glossokinetic artifactual activity (MDC 2:24256)."""

SwallowingAndChewingArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24264", "Swallowing and chewing artifactual activity", (3035,)
)
"""Swallowing and chewing artifactual activity (MDC 2:24264)."""

ExternalInterferenceArtifactualActivity: _Final[_Code] = _Code(
    "MDC", "2:24272", "External interference Artifactual activity", (3035,)
)
"""External interference Artifactual activity (MDC 2:24272)."""

Drowsy: _Final[_Code] = _Code("SCT", "271782001", "Drowsy", (3035, 3050))
"""Drowsy (SCT 271782001)."""

LineNoiseArtifact: _Final[_Code] = _Code("DCM", "130886", "Line noise artifact", (3035,))
"""Line noise artifact (DCM 130886)."""

SleepStageUnspecified: _Final[_Code] = _Code("MDC", "2:23656", "Sleep stage unspecified", (3046,))
"""Sleep stage unspecified (MDC 2:23656). Included from CID 3046."""

SleepStageUnstageable: _Final[_Code] = _Code("MDC", "2:23664", "Sleep stage unstageable", (3046,))
"""Sleep stage unstageable (MDC 2:23664). Included from CID 3046."""

SleepStageWake: _Final[_Code] = _Code("MDC", "2:23672", "Sleep stage wake", (3046,))
"""Sleep stage wake (MDC 2:23672). Included from CID 3046."""

SleepStageREM: _Final[_Code] = _Code("MDC", "2:23680", "Sleep stage REM", (3046,))
"""Sleep stage REM (MDC 2:23680). Included from CID 3046."""

SleepStageREMWithSleepSpindle: _Final[_Code] = _Code(
    "MDC", "2:23688", "Sleep stage REM with sleep spindle", (3046,)
)
"""Sleep stage REM with sleep spindle (MDC 2:23688). Included from CID 3046."""

AlphadeltaSleep: _Final[_Code] = _Code("MDC", "2:23728", "Alphadelta Sleep", (3046,))
"""Alphadelta Sleep (MDC 2:23728). Included from CID 3046."""

SleepActivityAndEvent: _Final[_Code] = _Code("MDC", "2:23736", "Sleep activity and event", (3046,))
"""Sleep activity and event (MDC 2:23736). Included from CID 3046."""

SleepSpindle: _Final[_Code] = _Code("MDC", "2:23744", "Sleep spindle", (3046,))
"""Sleep spindle (MDC 2:23744). Included from CID 3046."""

SleepVWave: _Final[_Code] = _Code("MDC", "2:23752", "Sleep V wave", (3046,))
"""Sleep V wave (MDC 2:23752). Included from CID 3046."""

SleepFWave: _Final[_Code] = _Code("MDC", "2:23760", "Sleep F wave", (3046,))
"""Sleep F wave (MDC 2:23760). Included from CID 3046."""

SleepKComplex: _Final[_Code] = _Code("MDC", "2:23768", "Sleep K complex", (3046,))
"""Sleep K complex (MDC 2:23768). Included from CID 3046."""

PositiveOccipitalSharpTransientOfSleep: _Final[_Code] = _Code(
    "MDC", "2:23776", "Positive occipital sharp transient of sleep", (3046,)
)
"""Positive occipital sharp transient of sleep (MDC 2:23776). Included from CID 3046."""

SleepSawtoothWave: _Final[_Code] = _Code("MDC", "2:23784", "Sleep sawtooth wave", (3046,))
"""Sleep sawtooth wave (MDC 2:23784). Included from CID 3046."""

SleepStageShift: _Final[_Code] = _Code("MDC", "2:23792", "Sleep stage shift", (3046,))
"""Sleep stage shift (MDC 2:23792). Included from CID 3046."""

SleepArousal: _Final[_Code] = _Code("MDC", "2:23800", "Sleep arousal", (3046,))
"""Sleep arousal (MDC 2:23800). Included from CID 3046."""

SleepAwakening: _Final[_Code] = _Code("MDC", "2:23808", "Sleep awakening", (3046,))
"""Sleep awakening (MDC 2:23808). Included from CID 3046."""

SleepStageN1: _Final[_Code] = _Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834). Included from CID 3046."""

SleepStageN2: _Final[_Code] = _Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835). Included from CID 3046."""

SleepStageN3: _Final[_Code] = _Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836). Included from CID 3046."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_14And6HzPositiveBursts: _Final[_Code] = V14And6HzPositiveBursts

MEMBERS: _Final[tuple[_Code, ...]] = (
    BackgroundActivity,
    BackgroundActivityBeta,
    BackgroundActivitySigma,
    BackgroundActivityGamma,
    BackgroundActivityAlpha,
    BackgroundMuActivity,
    BackgroundActivityTheta,
    BackgroundActivityBisynchronousTheta,
    BackgroundActivityDelta,
    BackgroundActivityBisynchronousDelta,
    BackgroundActivityArrhythmicDelta,
    BackgroundActivitySlowFusedTransients,
    SharpAppearingOrEpileptiformActivity,
    SharpTransient,
    Wicket,
    SmallSharpSpike,
    ZetaWave,
    TriphasicWave,
    PhantomSpikeAndWaveActivity,
    V14And6HzPositiveBursts,
    LambdaWave,
    EpilepticOrPotentiallyEpileptogenicActivity,
    EpilepticOrPotentiallyEpileptogenicSharpWave,
    EpilepticOrPotentiallyEpileptogenicSpike,
    MultipleSpike,
    SpikeAndWaveComplex,
    AtypicalSpikeAndWaveComplex,
    SharpAndSlowWaveComplex,
    RhythmicSharpWaves,
    BurstSuppression,
    MultipleIndependentSpikesAndAsynchronousSlowWaves,
    PeriodicAndQuasiperiodicCerebralActivity,
    QuasiperiodicTriphasicWaves,
    PeriodicTriphasicWaves,
    PeriodicEpileptiformDischarges,
    PeriodicCerebralComplexes,
    QuasiperiodicCerebralSharpWaves,
    PeriodicSharpWaves,
    PeriodicSuppressions,
    PeriodicBurstsWithSuppressions,
    EyeRelatedActivity,
    EyeBlinks,
    NystagmoidEyeMovements,
    SlowEyeMovements,
    FastIrregularEyeMovements,
    RapidEyeMovements,
    EyeRelatedPhotodrivingActivity,
    EyeRelatedPhotomyogenicActivity,
    EyeRelatedPhotoparadoxysmalActivity,
    EyeRelatedActivityElectroretinogram,
    MyogenicNoncerebralActivity,
    MyogenicPalatalMyoclonus,
    MyogenicNoncerebralMyokymia,
    MyogenicNoncerebralFacialSynkinesis,
    MyogenicHemifacialSpasms,
    ExtraocularMuscleActivity,
    MyogenicTremorActivity,
    MyoclonicActivity,
    PeriodicMovementsOfSleep,
    PeriodicMovementsOfSleepWithArousals,
    ArtifactualActivity,
    ElectrodeInstrumentalArtifactualActivity,
    MovementArtifactualActivity,
    SweatOfGalvanicArtifactualActivity,
    PulseArtifactualActivity,
    ECGArtifactualActivity,
    RespiratoryArtifactualActivity,
    GlossokineticArtifactualActivity,
    SwallowingAndChewingArtifactualActivity,
    ExternalInterferenceArtifactualActivity,
    Drowsy,
    LineNoiseArtifact,
    SleepStageUnspecified,
    SleepStageUnstageable,
    SleepStageWake,
    SleepStageREM,
    SleepStageREMWithSleepSpindle,
    AlphadeltaSleep,
    SleepActivityAndEvent,
    SleepSpindle,
    SleepVWave,
    SleepFWave,
    SleepKComplex,
    PositiveOccipitalSharpTransientOfSleep,
    SleepSawtoothWave,
    SleepStageShift,
    SleepArousal,
    SleepAwakening,
    SleepStageN1,
    SleepStageN2,
    SleepStageN3,
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
