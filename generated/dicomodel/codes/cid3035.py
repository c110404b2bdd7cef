"""CID 3035 EEG Annotation – Neurophysiologic Enumeration.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1333.
Includes CID 3046.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3035
NAME: Final[str] = "EEG Annotation – Neurophysiologic Enumeration"
KEYWORD: Final[str | None] = "EEGAnnotationNeurophysiologicEnumeration"
UID: Final[str | None] = "1.2.840.10008.6.1.1333"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = (3046,)
EXTERNAL_SCHEME: Final[str | None] = None

BackgroundActivity: Final[Code] = Code("MDC", "2:23560", "Background activity", (3035,))
"""Background activity (MDC 2:23560)."""

BackgroundActivityBeta: Final[Code] = Code("MDC", "2:23568", "Background activity beta", (3035,))
"""Background activity beta (MDC 2:23568)."""

BackgroundActivitySigma: Final[Code] = Code("MDC", "2:23576", "Background activity sigma", (3035,))
"""Background activity sigma (MDC 2:23576)."""

BackgroundActivityGamma: Final[Code] = Code("MDC", "2:23584", "Background activity gamma", (3035,))
"""Background activity gamma (MDC 2:23584)."""

BackgroundActivityAlpha: Final[Code] = Code("MDC", "2:23592", "Background activity alpha", (3035,))
"""Background activity alpha (MDC 2:23592)."""

BackgroundMuActivity: Final[Code] = Code("MDC", "2:23600", "Background Mu activity", (3035,))
"""Background Mu activity (MDC 2:23600)."""

BackgroundActivityTheta: Final[Code] = Code("MDC", "2:23608", "Background activity theta", (3035,))
"""Background activity theta (MDC 2:23608)."""

BackgroundActivityBisynchronousTheta: Final[Code] = Code(
    "MDC", "2:23616", "Background activity bisynchronous theta", (3035,)
)
"""Background activity bisynchronous theta (MDC 2:23616)."""

BackgroundActivityDelta: Final[Code] = Code("MDC", "2:23624", "Background activity delta", (3035,))
"""Background activity delta (MDC 2:23624)."""

BackgroundActivityBisynchronousDelta: Final[Code] = Code(
    "MDC", "2:23632", "Background activity bisynchronous delta", (3035,)
)
"""Background activity bisynchronous delta (MDC 2:23632)."""

BackgroundActivityArrhythmicDelta: Final[Code] = Code(
    "MDC", "2:23640", "Background activity arrhythmic delta", (3035,)
)
"""Background activity arrhythmic delta (MDC 2:23640)."""

BackgroundActivitySlowFusedTransients: Final[Code] = Code(
    "MDC", "2:23648", "Background activity slow fused transients", (3035,)
)
"""Background activity slow fused transients (MDC 2:23648)."""

SharpAppearingOrEpileptiformActivity: Final[Code] = Code(
    "MDC", "2:23816", "Sharp appearing or epileptiform activity", (3035,)
)
"""Sharp appearing or epileptiform activity (MDC 2:23816)."""

SharpTransient: Final[Code] = Code("MDC", "2:23824", "Sharp transient", (3035,))
"""Sharp transient (MDC 2:23824)."""

Wicket: Final[Code] = Code("MDC", "2:23832", "Wicket", (3035,))
"""Wicket (MDC 2:23832)."""

SmallSharpSpike: Final[Code] = Code("MDC", "2:23840", "Small sharp spike", (3035,))
"""Small sharp spike (MDC 2:23840)."""

ZetaWave: Final[Code] = Code("MDC", "2:23848", "Zeta wave", (3035,))
"""Zeta wave (MDC 2:23848)."""

TriphasicWave: Final[Code] = Code("MDC", "2:23856", "Triphasic wave", (3035,))
"""Triphasic wave (MDC 2:23856)."""

PhantomSpikeAndWaveActivity: Final[Code] = Code(
    "MDC", "2:23864", "Phantom spike and wave activity", (3035,)
)
"""Phantom spike and wave activity (MDC 2:23864)."""

_14And6HzPositiveBursts: Final[Code] = Code(
    "MDC", "2:23872", "14 and 6 Hz positive bursts", (3035,)
)
"""14 and 6 Hz positive bursts (MDC 2:23872)."""

LambdaWave: Final[Code] = Code("MDC", "2:23880", "Lambda wave", (3035,))
"""Lambda wave (MDC 2:23880)."""

EpilepticOrPotentiallyEpileptogenicActivity: Final[Code] = Code(
    "MDC", "2:23888", "Epileptic or potentially epileptogenic activity", (3035,)
)
"""Epileptic or potentially epileptogenic activity (MDC 2:23888)."""

EpilepticOrPotentiallyEpileptogenicSharpWave: Final[Code] = Code(
    "MDC", "2:23896", "Epileptic or potentially epileptogenic sharp wave", (3035,)
)
"""Epileptic or potentially epileptogenic sharp wave (MDC 2:23896)."""

EpilepticOrPotentiallyEpileptogenicSpike: Final[Code] = Code(
    "MDC", "2:23904", "Epileptic or potentially epileptogenic spike", (3035,)
)
"""Epileptic or potentially epileptogenic spike (MDC 2:23904)."""

MultipleSpike: Final[Code] = Code("MDC", "2:23912", "Multiple spike", (3035,))
"""Multiple spike (MDC 2:23912)."""

SpikeAndWaveComplex: Final[Code] = Code("MDC", "2:23920", "Spike and wave complex", (3035,))
"""Spike and wave complex (MDC 2:23920)."""

AtypicalSpikeAndWaveComplex: Final[Code] = Code(
    "MDC", "2:23928", "Atypical spike and wave complex", (3035,)
)
"""Atypical spike and wave complex (MDC 2:23928)."""

SharpAndSlowWaveComplex: Final[Code] = Code(
    "MDC", "2:23936", "Sharp and slow wave complex", (3035,)
)
"""Sharp and slow wave complex (MDC 2:23936)."""

RhythmicSharpWaves: Final[Code] = Code("MDC", "2:23944", "Rhythmic sharp waves", (3035,))
"""Rhythmic sharp waves (MDC 2:23944)."""

BurstSuppression: Final[Code] = Code("MDC", "2:23952", "Burst suppression", (3035,))
"""Burst suppression (MDC 2:23952)."""

MultipleIndependentSpikesAndAsynchronousSlowWaves: Final[Code] = Code(
    "MDC", "2:23960", "Multiple independent spikes and asynchronous slow waves", (3035,)
)
"""Multiple independent spikes and asynchronous slow waves (MDC 2:23960)."""

PeriodicAndQuasiperiodicCerebralActivity: Final[Code] = Code(
    "MDC", "2:23968", "Periodic and quasiperiodic cerebral activity", (3035,)
)
"""Periodic and quasiperiodic cerebral activity (MDC 2:23968)."""

QuasiperiodicTriphasicWaves: Final[Code] = Code(
    "MDC", "2:23976", "Quasiperiodic triphasic waves", (3035,)
)
"""Quasiperiodic triphasic waves (MDC 2:23976)."""

PeriodicTriphasicWaves: Final[Code] = Code("MDC", "2:23984", "Periodic triphasic waves", (3035,))
"""Periodic triphasic waves (MDC 2:23984)."""

PeriodicEpileptiformDischarges: Final[Code] = Code(
    "MDC", "2:23992", "Periodic epileptiform discharges", (3035,)
)
"""Periodic epileptiform discharges (MDC 2:23992)."""

PeriodicCerebralComplexes: Final[Code] = Code(
    "MDC", "2:24000", "Periodic cerebral complexes", (3035,)
)
"""Periodic cerebral complexes (MDC 2:24000)."""

QuasiperiodicCerebralSharpWaves: Final[Code] = Code(
    "MDC", "2:24008", "Quasiperiodic cerebral sharp waves", (3035,)
)
"""Quasiperiodic cerebral sharp waves (MDC 2:24008)."""

PeriodicSharpWaves: Final[Code] = Code("MDC", "2:24016", "Periodic sharp waves", (3035,))
"""Periodic sharp waves (MDC 2:24016)."""

PeriodicSuppressions: Final[Code] = Code("MDC", "2:24024", "Periodic suppressions", (3035,))
"""Periodic suppressions (MDC 2:24024)."""

PeriodicBurstsWithSuppressions: Final[Code] = Code(
    "MDC", "2:24032", "Periodic bursts with suppressions", (3035,)
)
"""Periodic bursts with suppressions (MDC 2:24032)."""

EyeRelatedActivity: Final[Code] = Code("MDC", "2:24040", "Eye-related activity", (3035,))
"""Eye-related activity (MDC 2:24040)."""

EyeBlinks: Final[Code] = Code("MDC", "2:24048", "Eye blinks", (3035,))
"""Eye blinks (MDC 2:24048)."""

NystagmoidEyeMovements: Final[Code] = Code("MDC", "2:24056", "Nystagmoid eye movements", (3035,))
"""Nystagmoid eye movements (MDC 2:24056)."""

SlowEyeMovements: Final[Code] = Code("MDC", "2:24064", "Slow eye movements", (3035,))
"""Slow eye movements (MDC 2:24064)."""

FastIrregularEyeMovements: Final[Code] = Code(
    "MDC", "2:24072", "Fast irregular eye movements", (3035,)
)
"""Fast irregular eye movements (MDC 2:24072)."""

RapidEyeMovements: Final[Code] = Code("MDC", "2:24080", "Rapid eye movements", (3035,))
"""Rapid eye movements (MDC 2:24080)."""

EyeRelatedPhotodrivingActivity: Final[Code] = Code(
    "MDC", "2:24088", "Eye-related photodriving activity", (3035,)
)
"""Eye-related photodriving activity (MDC 2:24088)."""

EyeRelatedPhotomyogenicActivity: Final[Code] = Code(
    "MDC", "2:24096", "Eye-related photomyogenic activity", (3035,)
)
"""Eye-related photomyogenic activity (MDC 2:24096)."""

EyeRelatedPhotoparadoxysmalActivity: Final[Code] = Code(
    "MDC", "2:24104", "Eye-related photoparadoxysmal activity", (3035,)
)
"""Eye-related photoparadoxysmal activity (MDC 2:24104)."""

EyeRelatedActivityElectroretinogram: Final[Code] = Code(
    "MDC", "2:24112", "Eye-related activity electroretinogram", (3035,)
)
"""Eye-related activity electroretinogram (MDC 2:24112)."""

MyogenicNoncerebralActivity: Final[Code] = Code(
    "MDC", "2:24120", "Myogenic noncerebral activity", (3035,)
)
"""Myogenic noncerebral activity (MDC 2:24120)."""

MyogenicPalatalMyoclonus: Final[Code] = Code(
    "MDC", "2:24128", "Myogenic palatal myoclonus", (3035,)
)
"""Myogenic palatal myoclonus (MDC 2:24128)."""

MyogenicNoncerebralMyokymia: Final[Code] = Code(
    "MDC", "2:24136", "Myogenic noncerebral myokymia", (3035,)
)
"""Myogenic noncerebral myokymia (MDC 2:24136)."""

MyogenicNoncerebralFacialSynkinesis: Final[Code] = Code(
    "MDC", "2:24144", "Myogenic noncerebral facial synkinesis", (3035,)
)
"""Myogenic noncerebral facial synkinesis (MDC 2:24144)."""

MyogenicHemifacialSpasms: Final[Code] = Code(
    "MDC", "2:24152", "Myogenic hemifacial spasms", (3035,)
)
"""Myogenic hemifacial spasms (MDC 2:24152)."""

ExtraocularMuscleActivity: Final[Code] = Code(
    "MDC", "2:24160", "Extraocular muscle activity", (3035,)
)
"""Extraocular muscle activity (MDC 2:24160)."""

MyogenicTremorActivity: Final[Code] = Code("MDC", "2:24168", "Myogenic tremor activity", (3035,))
"""Myogenic tremor activity (MDC 2:24168)."""

MyoclonicActivity: Final[Code] = Code("MDC", "2:24176", "Myoclonic activity", (3035,))
"""Myoclonic activity (MDC 2:24176)."""

PeriodicMovementsOfSleep: Final[Code] = Code(
    "MDC", "2:24184", "Periodic movements of sleep", (3035,)
)
"""Periodic movements of sleep (MDC 2:24184)."""

PeriodicMovementsOfSleepWithArousals: Final[Code] = Code(
    "MDC", "2:24192", "Periodic movements of sleep with arousals", (3035,)
)
"""Periodic movements of sleep with arousals (MDC 2:24192)."""

ArtifactualActivity: Final[Code] = Code("MDC", "2:24200", "Artifactual activity", (3035,))
"""Artifactual activity (MDC 2:24200)."""

ElectrodeInstrumentalArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24208", "Electrode instrumental artifactual activity", (3035,)
)
"""Electrode instrumental artifactual activity (MDC 2:24208)."""

MovementArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24216", "Movement artifactual activity", (3035,)
)
"""Movement artifactual activity (MDC 2:24216)."""

SweatOfGalvanicArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24224", "Sweat of galvanic artifactual activity", (3035,)
)
"""Sweat of galvanic artifactual activity (MDC 2:24224)."""

PulseArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24232", "Pulse artifactual activity", (3035,)
)
"""Pulse artifactual activity (MDC 2:24232)."""

ECGArtifactualActivity: Final[Code] = Code("MDC", "2:24240", "ECG artifactual activity", (3035,))
"""ECG artifactual activity (MDC 2:24240)."""

RespiratoryArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24248", "Respiratory artifactual activity", (3035,)
)
"""Respiratory artifactual activity (MDC 2:24248)."""

GlossokineticArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24256", "Glossokinetic artifactual activity", (3035,)
)
"""Glossokinetic artifactual activity (MDC 2:24256)."""

SwallowingAndChewingArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24264", "Swallowing and chewing artifactual activity", (3035,)
)
"""Swallowing and chewing artifactual activity (MDC 2:24264)."""

ExternalInterferenceArtifactualActivity: Final[Code] = Code(
    "MDC", "2:24272", "External interference Artifactual activity", (3035,)
)
"""External interference Artifactual activity (MDC 2:24272)."""

Drowsy: Final[Code] = Code("SCT", "271782001", "Drowsy", (3035, 3050))
"""Drowsy (SCT 271782001)."""

LineNoiseArtifact: Final[Code] = Code("DCM", "130886", "Line noise artifact", (3035,))
"""Line noise artifact (DCM 130886)."""

SleepStageUnspecified: Final[Code] = Code("MDC", "2:23656", "Sleep stage unspecified", (3046,))
"""Sleep stage unspecified (MDC 2:23656). Included from CID 3046."""

SleepStageUnstageable: Final[Code] = Code("MDC", "2:23664", "Sleep stage unstageable", (3046,))
"""Sleep stage unstageable (MDC 2:23664). Included from CID 3046."""

SleepStageWake: Final[Code] = Code("MDC", "2:23672", "Sleep stage wake", (3046,))
"""Sleep stage wake (MDC 2:23672). Included from CID 3046."""

SleepStageREM: Final[Code] = Code("MDC", "2:23680", "Sleep stage REM", (3046,))
"""Sleep stage REM (MDC 2:23680). Included from CID 3046."""

SleepStageREMWithSleepSpindle: Final[Code] = Code(
    "MDC", "2:23688", "Sleep stage REM with sleep spindle", (3046,)
)
"""Sleep stage REM with sleep spindle (MDC 2:23688). Included from CID 3046."""

AlphadeltaSleep: Final[Code] = Code("MDC", "2:23728", "Alphadelta Sleep", (3046,))
"""Alphadelta Sleep (MDC 2:23728). Included from CID 3046."""

SleepActivityAndEvent: Final[Code] = Code("MDC", "2:23736", "Sleep activity and event", (3046,))
"""Sleep activity and event (MDC 2:23736). Included from CID 3046."""

SleepSpindle: Final[Code] = Code("MDC", "2:23744", "Sleep spindle", (3046,))
"""Sleep spindle (MDC 2:23744). Included from CID 3046."""

SleepVWave: Final[Code] = Code("MDC", "2:23752", "Sleep V wave", (3046,))
"""Sleep V wave (MDC 2:23752). Included from CID 3046."""

SleepFWave: Final[Code] = Code("MDC", "2:23760", "Sleep F wave", (3046,))
"""Sleep F wave (MDC 2:23760). Included from CID 3046."""

SleepKComplex: Final[Code] = Code("MDC", "2:23768", "Sleep K complex", (3046,))
"""Sleep K complex (MDC 2:23768). Included from CID 3046."""

PositiveOccipitalSharpTransientOfSleep: Final[Code] = Code(
    "MDC", "2:23776", "Positive occipital sharp transient of sleep", (3046,)
)
"""Positive occipital sharp transient of sleep (MDC 2:23776). Included from CID 3046."""

SleepSawtoothWave: Final[Code] = Code("MDC", "2:23784", "Sleep sawtooth wave", (3046,))
"""Sleep sawtooth wave (MDC 2:23784). Included from CID 3046."""

SleepStageShift: Final[Code] = Code("MDC", "2:23792", "Sleep stage shift", (3046,))
"""Sleep stage shift (MDC 2:23792). Included from CID 3046."""

SleepArousal: Final[Code] = Code("MDC", "2:23800", "Sleep arousal", (3046,))
"""Sleep arousal (MDC 2:23800). Included from CID 3046."""

SleepAwakening: Final[Code] = Code("MDC", "2:23808", "Sleep awakening", (3046,))
"""Sleep awakening (MDC 2:23808). Included from CID 3046."""

SleepStageN1: Final[Code] = Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834). Included from CID 3046."""

SleepStageN2: Final[Code] = Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835). Included from CID 3046."""

SleepStageN3: Final[Code] = Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836). Included from CID 3046."""

MEMBERS: Final[tuple[Code, ...]] = (
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
    _14And6HzPositiveBursts,
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
