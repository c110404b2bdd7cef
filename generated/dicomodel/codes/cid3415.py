"""CID 3415 Cardiac Rhythm.

Extensible, version 20080927, UID 1.2.840.10008.6.1.80.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3415
NAME: _Final[str] = "Cardiac Rhythm"
KEYWORD: _Final[str | None] = "CardiacRhythm"
UID: _Final[str | None] = "1.2.840.10008.6.1.80"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SinusRhythm: _Final[_Code] = _Code("MDC", "10:9216", "Sinus Rhythm", (3415,))
"""Sinus Rhythm (MDC 10:9216)."""

NormalSinusRhythm: _Final[_Code] = _Code("MDC", "10:9232", "Normal Sinus Rhythm", (3415,))
"""Normal Sinus Rhythm (MDC 10:9232)."""

SinusBradycardia: _Final[_Code] = _Code("MDC", "10:9248", "Sinus Bradycardia", (3415,))
"""Sinus Bradycardia (MDC 10:9248)."""

SinusTachycardia: _Final[_Code] = _Code("MDC", "10:9264", "Sinus Tachycardia", (3415,))
"""Sinus Tachycardia (MDC 10:9264)."""

SinusArrhythmia: _Final[_Code] = _Code("MDC", "10:9280", "Sinus Arrhythmia", (3415,))
"""Sinus Arrhythmia (MDC 10:9280)."""

RespiratorySinusArrhythmia: _Final[_Code] = _Code(
    "MDC", "10:9296", "Respiratory Sinus Arrhythmia", (3415,)
)
"""Respiratory Sinus Arrhythmia (MDC 10:9296)."""

NonRespiratorySinusArrhythmia: _Final[_Code] = _Code(
    "MDC", "10:9312", "Non-Respiratory Sinus Arrhythmia", (3415,)
)
"""Non-Respiratory Sinus Arrhythmia (MDC 10:9312)."""

WanderingSinusPacemakerWithinTheSinusNode: _Final[_Code] = _Code(
    "MDC", "10:9328", "Wandering Sinus Pacemaker within the sinus node", (3415,)
)
"""Wandering Sinus Pacemaker within the sinus node (MDC 10:9328)."""

WanderingPacemakerBetweenTheSinusNodeAndTheAVNode: _Final[_Code] = _Code(
    "MDC", "10:9344", "Wandering Pacemaker between the sinus node and the A-V node", (3415,)
)
"""Wandering Pacemaker between the sinus node and the A-V node (MDC 10:9344)."""

AtrialEctopicRhythm: _Final[_Code] = _Code("MDC", "10:9360", "Atrial Ectopic Rhythm", (3415,))
"""Atrial Ectopic Rhythm (MDC 10:9360)."""

AtrialBigeminy: _Final[_Code] = _Code("MDC", "10:9376", "Atrial Bigeminy", (3415,))
"""Atrial Bigeminy (MDC 10:9376)."""

AtrialTachycardia: _Final[_Code] = _Code("MDC", "10:9392", "Atrial Tachycardia", (3415,))
"""Atrial Tachycardia (MDC 10:9392)."""

ParoxsysmalAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9408", "Paroxsysmal Atrial Tachycardia", (3415,)
)
"""Paroxsysmal Atrial Tachycardia (MDC 10:9408)."""

MultifocalAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9424", "Multifocal Atrial Tachycardia", (3415,)
)
"""Multifocal Atrial Tachycardia (MDC 10:9424)."""

AutomaticAtrialTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9440", "Automatic Atrial Tachycardia", (3415,)
)
"""Automatic Atrial Tachycardia (MDC 10:9440)."""

AtrialFlutter: _Final[_Code] = _Code("MDC", "10:9456", "Atrial flutter", (3415,))
"""Atrial flutter (MDC 10:9456)."""

AtrialFibrillation: _Final[_Code] = _Code("MDC", "10:9472", "Atrial fibrillation", (3415,))
"""Atrial fibrillation (MDC 10:9472)."""

SupraventricularAtrialOrJunctionalEctopicRhythm: _Final[_Code] = _Code(
    "MDC", "10:9488", "Supraventricular (atrial or junctional) Ectopic Rhythm", (3415,)
)
"""Supraventricular (atrial or junctional) Ectopic Rhythm (MDC 10:9488)."""

SupraventricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9504", "Supraventricular Tachycardia (atrial or junctional)", (3415,)
)
"""Supraventricular Tachycardia (atrial or junctional) (MDC 10:9504)."""

SupraventricularParoxsysmalTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9520", "Supraventricular Paroxsysmal Tachycardia", (3415,)
)
"""Supraventricular Paroxsysmal Tachycardia (MDC 10:9520)."""

AVJunctionalNodalRhythm: _Final[_Code] = _Code(
    "MDC", "10:9536", "AV junctional (nodal) rhythm", (3415,)
)
"""AV junctional (nodal) rhythm (MDC 10:9536)."""

AVJunctionalNodalEscapeRhythm: _Final[_Code] = _Code(
    "MDC", "10:9552", "AV junctional (nodal) escape rhythm", (3415,)
)
"""AV junctional (nodal) escape rhythm (MDC 10:9552)."""

AcceleratedAVJunctionalNodalRhythm: _Final[_Code] = _Code(
    "MDC", "10:9568", "Accelerated AV junctional (nodal) rhythm", (3415,)
)
"""Accelerated AV junctional (nodal) rhythm (MDC 10:9568)."""

JunctionalTachycardia: _Final[_Code] = _Code("MDC", "10:9584", "Junctional Tachycardia", (3415,))
"""Junctional Tachycardia (MDC 10:9584)."""

AVReciprocatingTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9600", "AV reciprocating tachycardia", (3415,)
)
"""AV reciprocating tachycardia (MDC 10:9600)."""

ReentrantAVNodalTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9616", "Reentrant AV nodal tachycardia", (3415,)
)
"""Reentrant AV nodal tachycardia (MDC 10:9616)."""

FirstDegreeAVBlock: _Final[_Code] = _Code("MDC", "10:9632", "First Degree AV Block", (3415,))
"""First Degree AV Block (MDC 10:9632)."""

SecondDegreeAVBlock: _Final[_Code] = _Code("MDC", "10:9648", "Second Degree AV Block", (3415,))
"""Second Degree AV Block (MDC 10:9648)."""

SecondDegreeAVBlockTypeIWenckebachOrMobitzTypeI: _Final[_Code] = _Code(
    "MDC", "10:9664", "Second Degree AV Block Type I (Wenckebach, or Mobitz Type I)", (3415,)
)
"""Second Degree AV Block Type I (Wenckebach, or Mobitz Type I) (MDC 10:9664)."""

SecondDegreeAVBlockTypeIIMobitzTypeII: _Final[_Code] = _Code(
    "MDC", "10:9680", "Second Degree AV Block Type II (Mobitz Type II)", (3415,)
)
"""Second Degree AV Block Type II (Mobitz Type II) (MDC 10:9680)."""

ThirdDegreeAVBlockCompleteAVBlock: _Final[_Code] = _Code(
    "MDC", "10:9696", "Third Degree AV Block (complete AV block)", (3415,)
)
"""Third Degree AV Block (complete AV block) (MDC 10:9696)."""

AVDissociation: _Final[_Code] = _Code("MDC", "10:9712", "AV Dissociation", (3415,))
"""AV Dissociation (MDC 10:9712)."""

AVDissociationWithInterference: _Final[_Code] = _Code(
    "MDC", "10:9728", "AV dissociation with interference", (3415,)
)
"""AV dissociation with interference (MDC 10:9728)."""

IsorhythmicAVDissociation: _Final[_Code] = _Code(
    "MDC", "10:9744", "Isorhythmic AV dissociation", (3415,)
)
"""Isorhythmic AV dissociation (MDC 10:9744)."""

CompleteAVDissociation: _Final[_Code] = _Code("MDC", "10:9760", "Complete AV dissociation", (3415,))
"""Complete AV dissociation (MDC 10:9760)."""

FirstDegreeSABlock: _Final[_Code] = _Code("MDC", "10:9776", "First Degree SA Block", (3415,))
"""First Degree SA Block (MDC 10:9776)."""

SecondDegreeSABlockTypeIWenckebach: _Final[_Code] = _Code(
    "MDC", "10:9792", "Second Degree SA Block Type I (Wenckebach)", (3415,)
)
"""Second Degree SA Block Type I (Wenckebach) (MDC 10:9792)."""

SecondDegreeSABlockTypeII: _Final[_Code] = _Code(
    "MDC", "10:9808", "Second Degree SA Block Type II", (3415,)
)
"""Second Degree SA Block Type II (MDC 10:9808)."""

ThirdDegreeSABlockCompleteSABlock: _Final[_Code] = _Code(
    "MDC", "10:9824", "Third Degree SA Block (complete SA block)", (3415,)
)
"""Third Degree SA Block (complete SA block) (MDC 10:9824)."""

VentricularRhythm: _Final[_Code] = _Code("MDC", "10:9840", "Ventricular rhythm", (3415,))
"""Ventricular rhythm (MDC 10:9840)."""

IdioventricularVentricularEscapeRhythm: _Final[_Code] = _Code(
    "MDC", "10:9856", "Idioventricular (ventricular escape) rhythm", (3415,)
)
"""Idioventricular (ventricular escape) rhythm (MDC 10:9856)."""

VentricularParasystole: _Final[_Code] = _Code("MDC", "10:9872", "Ventricular Parasystole", (3415,))
"""Ventricular Parasystole (MDC 10:9872)."""

AcceleratedIdioventricularRhythm: _Final[_Code] = _Code(
    "MDC", "10:9888", "Accelerated idioventricular rhythm", (3415,)
)
"""Accelerated idioventricular rhythm (MDC 10:9888)."""

SlowVentricularTachycardiaIdioventricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9904", "Slow Ventricular Tachycardia (Idioventricular Tachycardia)", (3415,)
)
"""Slow Ventricular Tachycardia (Idioventricular Tachycardia) (MDC 10:9904)."""

VentricularBigeminy: _Final[_Code] = _Code("MDC", "10:9920", "Ventricular Bigeminy", (3415,))
"""Ventricular Bigeminy (MDC 10:9920)."""

VentricularTrigeminy: _Final[_Code] = _Code("MDC", "10:9936", "Ventricular Trigeminy", (3415,))
"""Ventricular Trigeminy (MDC 10:9936)."""

VentricularCouplet: _Final[_Code] = _Code("MDC", "10:9952", "Ventricular Couplet", (3415,))
"""Ventricular Couplet (MDC 10:9952)."""

VentricularRun: _Final[_Code] = _Code("MDC", "10:9968", "Ventricular Run", (3415,))
"""Ventricular Run (MDC 10:9968)."""

VentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:9984", "Ventricular Tachycardia (nonparoxysmal)", (3415,)
)
"""Ventricular Tachycardia (nonparoxysmal) (MDC 10:9984)."""

VentricularFlutter: _Final[_Code] = _Code("MDC", "10:10000", "Ventricular Flutter", (3415,))
"""Ventricular Flutter (MDC 10:10000)."""

VentricularFibrillation: _Final[_Code] = _Code(
    "MDC", "10:10016", "Ventricular Fibrillation", (3415,)
)
"""Ventricular Fibrillation (MDC 10:10016)."""

NonsustainedVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10032", "Nonsustained Ventricular Tachycardia (paroxysmal)", (3415,)
)
"""Nonsustained Ventricular Tachycardia (paroxysmal) (MDC 10:10032)."""

SustainedMonomorphicVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10048", "Sustained Monomorphic Ventricular Tachycardia", (3415,)
)
"""Sustained Monomorphic Ventricular Tachycardia (MDC 10:10048)."""

PolymorphicVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10064", "Polymorphic Ventricular Tachycardia", (3415,)
)
"""Polymorphic Ventricular Tachycardia (MDC 10:10064)."""

TorsadesDePointesVentricularTachycardia: _Final[_Code] = _Code(
    "MDC", "10:10080", "Torsades de Pointes Ventricular Tachycardia", (3415,)
)
"""Torsades de Pointes Ventricular Tachycardia (MDC 10:10080)."""

PreExcitation: _Final[_Code] = _Code("MDC", "10:10096", "pre-excitation", (3415,))
"""pre-excitation (MDC 10:10096)."""

WolfParkinsonWhiteSyndrome: _Final[_Code] = _Code(
    "MDC", "10:10112", "Wolf-Parkinson-White syndrome", (3415,)
)
"""Wolf-Parkinson-White syndrome (MDC 10:10112)."""

WolfParkinsonTypeA: _Final[_Code] = _Code("MDC", "10:10128", "Wolf-Parkinson type A", (3415,))
"""Wolf-Parkinson type A (MDC 10:10128)."""

WolfParkinsonTypeB: _Final[_Code] = _Code("MDC", "10:10144", "Wolf-Parkinson type B", (3415,))
"""Wolf-Parkinson type B (MDC 10:10144)."""

LownGanongLevineSyndrome: _Final[_Code] = _Code(
    "MDC", "10:10160", "Lown-Ganong-Levine syndrome", (3415,)
)
"""Lown-Ganong-Levine syndrome (MDC 10:10160)."""

Asystole: _Final[_Code] = _Code("MDC", "10:10336", "Asystole", (3415,))
"""Asystole (MDC 10:10336)."""

IrregularRhythm: _Final[_Code] = _Code("MDC", "10:10352", "Irregular rhythm", (3415,))
"""Irregular rhythm (MDC 10:10352)."""

LowHeartRateVariability: _Final[_Code] = _Code(
    "MDC", "10:10368", "Low Heart Rate Variability", (3415,)
)
"""Low Heart Rate Variability (MDC 10:10368)."""

TWaveAlternans: _Final[_Code] = _Code("MDC", "10:10416", "T-wave alternans", (3415,))
"""T-wave alternans (MDC 10:10416)."""

Bradycardia: _Final[_Code] = _Code("MDC", "10:10432", "Bradycardia", (3415,))
"""Bradycardia (MDC 10:10432)."""

CalibrationSignal: _Final[_Code] = _Code(
    "MDC", "10:10448", "Calibration signal (sustained)", (3415,)
)
"""Calibration signal (sustained) (MDC 10:10448)."""

AtrialDemandModePacing: _Final[_Code] = _Code(
    "MDC", "10:10176", "Atrial Demand Mode Pacing", (3415,)
)
"""Atrial Demand Mode Pacing (MDC 10:10176)."""

VentricularDemandModePacing: _Final[_Code] = _Code(
    "MDC", "10:10240", "Ventricular Demand Mode Pacing", (3415,)
)
"""Ventricular Demand Mode Pacing (MDC 10:10240)."""

AntiTachycardiaPacing: _Final[_Code] = _Code("MDC", "10:10304", "Anti-Tachycardia Pacing", (3415,))
"""Anti-Tachycardia Pacing (MDC 10:10304)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SinusRhythm,
    NormalSinusRhythm,
    SinusBradycardia,
    SinusTachycardia,
    SinusArrhythmia,
    RespiratorySinusArrhythmia,
    NonRespiratorySinusArrhythmia,
    WanderingSinusPacemakerWithinTheSinusNode,
    WanderingPacemakerBetweenTheSinusNodeAndTheAVNode,
    AtrialEctopicRhythm,
    AtrialBigeminy,
    AtrialTachycardia,
    ParoxsysmalAtrialTachycardia,
    MultifocalAtrialTachycardia,
    AutomaticAtrialTachycardia,
    AtrialFlutter,
    AtrialFibrillation,
    SupraventricularAtrialOrJunctionalEctopicRhythm,
    SupraventricularTachycardia,
    SupraventricularParoxsysmalTachycardia,
    AVJunctionalNodalRhythm,
    AVJunctionalNodalEscapeRhythm,
    AcceleratedAVJunctionalNodalRhythm,
    JunctionalTachycardia,
    AVReciprocatingTachycardia,
    ReentrantAVNodalTachycardia,
    FirstDegreeAVBlock,
    SecondDegreeAVBlock,
    SecondDegreeAVBlockTypeIWenckebachOrMobitzTypeI,
    SecondDegreeAVBlockTypeIIMobitzTypeII,
    ThirdDegreeAVBlockCompleteAVBlock,
    AVDissociation,
    AVDissociationWithInterference,
    IsorhythmicAVDissociation,
    CompleteAVDissociation,
    FirstDegreeSABlock,
    SecondDegreeSABlockTypeIWenckebach,
    SecondDegreeSABlockTypeII,
    ThirdDegreeSABlockCompleteSABlock,
    VentricularRhythm,
    IdioventricularVentricularEscapeRhythm,
    VentricularParasystole,
    AcceleratedIdioventricularRhythm,
    SlowVentricularTachycardiaIdioventricularTachycardia,
    VentricularBigeminy,
    VentricularTrigeminy,
    VentricularCouplet,
    VentricularRun,
    VentricularTachycardia,
    VentricularFlutter,
    VentricularFibrillation,
    NonsustainedVentricularTachycardia,
    SustainedMonomorphicVentricularTachycardia,
    PolymorphicVentricularTachycardia,
    TorsadesDePointesVentricularTachycardia,
    PreExcitation,
    WolfParkinsonWhiteSyndrome,
    WolfParkinsonTypeA,
    WolfParkinsonTypeB,
    LownGanongLevineSyndrome,
    Asystole,
    IrregularRhythm,
    LowHeartRateVariability,
    TWaveAlternans,
    Bradycardia,
    CalibrationSignal,
    AtrialDemandModePacing,
    VentricularDemandModePacing,
    AntiTachycardiaPacing,
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
