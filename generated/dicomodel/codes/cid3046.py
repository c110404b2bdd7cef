"""CID 3046 Sleep Stage.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1484.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3046
NAME: _Final[str] = "Sleep Stage"
KEYWORD: _Final[str | None] = "SleepStage"
UID: _Final[str | None] = "1.2.840.10008.6.1.1484"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SleepStageUnspecified: _Final[_Code] = _Code("MDC", "2:23656", "Sleep stage unspecified", (3046,))
"""Sleep stage unspecified (MDC 2:23656)."""

SleepStageUnstageable: _Final[_Code] = _Code("MDC", "2:23664", "Sleep stage unstageable", (3046,))
"""Sleep stage unstageable (MDC 2:23664)."""

SleepStageWake: _Final[_Code] = _Code("MDC", "2:23672", "Sleep stage wake", (3046,))
"""Sleep stage wake (MDC 2:23672)."""

SleepStageREM: _Final[_Code] = _Code("MDC", "2:23680", "Sleep stage REM", (3046,))
"""Sleep stage REM (MDC 2:23680)."""

SleepStageREMWithSleepSpindle: _Final[_Code] = _Code(
    "MDC", "2:23688", "Sleep stage REM with sleep spindle", (3046,)
)
"""Sleep stage REM with sleep spindle (MDC 2:23688)."""

AlphadeltaSleep: _Final[_Code] = _Code("MDC", "2:23728", "Alphadelta Sleep", (3046,))
"""Alphadelta Sleep (MDC 2:23728)."""

SleepActivityAndEvent: _Final[_Code] = _Code("MDC", "2:23736", "Sleep activity and event", (3046,))
"""Sleep activity and event (MDC 2:23736)."""

SleepSpindle: _Final[_Code] = _Code("MDC", "2:23744", "Sleep spindle", (3046,))
"""Sleep spindle (MDC 2:23744)."""

SleepVWave: _Final[_Code] = _Code("MDC", "2:23752", "Sleep V wave", (3046,))
"""Sleep V wave (MDC 2:23752)."""

SleepFWave: _Final[_Code] = _Code("MDC", "2:23760", "Sleep F wave", (3046,))
"""Sleep F wave (MDC 2:23760)."""

SleepKComplex: _Final[_Code] = _Code("MDC", "2:23768", "Sleep K complex", (3046,))
"""Sleep K complex (MDC 2:23768)."""

PositiveOccipitalSharpTransientOfSleep: _Final[_Code] = _Code(
    "MDC", "2:23776", "Positive occipital sharp transient of sleep", (3046,)
)
"""Positive occipital sharp transient of sleep (MDC 2:23776)."""

SleepSawtoothWave: _Final[_Code] = _Code("MDC", "2:23784", "Sleep sawtooth wave", (3046,))
"""Sleep sawtooth wave (MDC 2:23784)."""

SleepStageShift: _Final[_Code] = _Code("MDC", "2:23792", "Sleep stage shift", (3046,))
"""Sleep stage shift (MDC 2:23792)."""

SleepArousal: _Final[_Code] = _Code("MDC", "2:23800", "Sleep arousal", (3046,))
"""Sleep arousal (MDC 2:23800)."""

SleepAwakening: _Final[_Code] = _Code("MDC", "2:23808", "Sleep awakening", (3046,))
"""Sleep awakening (MDC 2:23808)."""

SleepStageN1: _Final[_Code] = _Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834)."""

SleepStageN2: _Final[_Code] = _Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835)."""

SleepStageN3: _Final[_Code] = _Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
