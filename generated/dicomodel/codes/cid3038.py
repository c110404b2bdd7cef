"""CID 3038 Pattern Event.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1336.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3038
NAME: _Final[str] = "Pattern Event"
KEYWORD: _Final[str | None] = "PatternEvent"
UID: _Final[str | None] = "1.2.840.10008.6.1.1336"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200623"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IrregularHeartRate: _Final[_Code] = _Code("MDC", "3:3158", "Irregular heart rate", (3038,))
"""Irregular heart rate (MDC 3:3158)."""

Apnea: _Final[_Code] = _Code("MDC", "3:3072", "Apnea", (3038,))
"""Apnea (MDC 3:3072)."""

Apnea15Sec: _Final[_Code] = _Code("MDC", "3:3284", "Apnea 15 sec", (3038,))
"""Apnea 15 sec (MDC 3:3284)."""

Apnea30Sec: _Final[_Code] = _Code("MDC", "3:3292", "Apnea 30 sec", (3038,))
"""Apnea 30 sec (MDC 3:3292)."""

Desaturation: _Final[_Code] = _Code("MDC", "3:3246", "Desaturation", (3038,))
"""Desaturation (MDC 3:3246)."""

Asystole: _Final[_Code] = _Code("MDC", "3:3076", "Asystole", (3038,))
"""Asystole (MDC 3:3076)."""

ArrhythmiaEvent: _Final[_Code] = _Code("MDC", "3:3266", "Arrhythmia event", (3038,))
"""Arrhythmia event (MDC 3:3266)."""

ClinicalSeizureDischarge: _Final[_Code] = _Code(
    "MDC", "3:3264", "Clinical seizure discharge", (3038,)
)
"""Clinical seizure discharge (MDC 3:3264)."""

SupraventricularExtrasystole: _Final[_Code] = _Code(
    "MDC", "3:3190", "Supraventricular extrasystole", (3038,)
)
"""Supraventricular extrasystole (MDC 3:3190)."""

PacerArtifact: _Final[_Code] = _Code("MDC", "3:3294", "Pacer artifact", (3038,))
"""Pacer artifact (MDC 3:3294)."""

FirstDegreeAVBlock: _Final[_Code] = _Code("MDC", "3:3146", "First-degree AV block", (3038,))
"""First-degree AV block (MDC 3:3146)."""

SecondDegreeAVBlock: _Final[_Code] = _Code("MDC", "3:3148", "Second-degree AV block", (3038,))
"""Second-degree AV block (MDC 3:3148)."""

ThirdDegreeAVBlock: _Final[_Code] = _Code("MDC", "3:3258", "Third-degree AV block", (3038,))
"""Third-degree AV block (MDC 3:3258)."""

Bradycardia: _Final[_Code] = _Code("MDC", "3:3084", "Bradycardia", (3038,))
"""Bradycardia (MDC 3:3084)."""

AtrialFibrillation: _Final[_Code] = _Code("MDC", "3:3128", "Atrial fibrillation", (3038,))
"""Atrial fibrillation (MDC 3:3128)."""

AtrialFlutter: _Final[_Code] = _Code("MDC", "3:3276", "Atrial flutter", (3038,))
"""Atrial flutter (MDC 3:3276)."""

IrregularRhythm: _Final[_Code] = _Code("MDC", "3:3118", "Irregular rhythm", (3038,))
"""Irregular rhythm (MDC 3:3118)."""

SinusTachycardia: _Final[_Code] = _Code("MDC", "3:3262", "Sinus tachycardia", (3038,))
"""Sinus tachycardia (MDC 3:3262)."""

SharpSpikes: _Final[_Code] = _Code("MDC", "3:3270", "Sharp spikes", (3038,))
"""Sharp spikes (MDC 3:3270)."""

SpikesAndWaves: _Final[_Code] = _Code("MDC", "3:3254", "Spikes and waves", (3038,))
"""Spikes and waves (MDC 3:3254)."""

Hyperventilation: _Final[_Code] = _Code("SCT", "68978004", "Hyperventilation", (3038, 3207))
"""Hyperventilation (SCT 68978004)."""

HyperventilationBegin: _Final[_Code] = _Code("DCM", "130413", "Hyperventilation begin", (3038,))
"""Hyperventilation begin (DCM 130413)."""

HyperventilationEnd: _Final[_Code] = _Code("DCM", "130414", "Hyperventilation end", (3038,))
"""Hyperventilation end (DCM 130414)."""

PostHyperventilation: _Final[_Code] = _Code("DCM", "130415", "Post-hyperventilation", (3038,))
"""Post-hyperventilation (DCM 130415)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IrregularHeartRate,
    Apnea,
    Apnea15Sec,
    Apnea30Sec,
    Desaturation,
    Asystole,
    ArrhythmiaEvent,
    ClinicalSeizureDischarge,
    SupraventricularExtrasystole,
    PacerArtifact,
    FirstDegreeAVBlock,
    SecondDegreeAVBlock,
    ThirdDegreeAVBlock,
    Bradycardia,
    AtrialFibrillation,
    AtrialFlutter,
    IrregularRhythm,
    SinusTachycardia,
    SharpSpikes,
    SpikesAndWaves,
    Hyperventilation,
    HyperventilationBegin,
    HyperventilationEnd,
    PostHyperventilation,
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
