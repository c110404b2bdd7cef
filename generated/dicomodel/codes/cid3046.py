"""CID 3046 Sleep Stage.

Extensible, version 20240612, UID 1.2.840.10008.6.1.1484.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3046
NAME: Final[str] = "Sleep Stage"
KEYWORD: Final[str | None] = "SleepStage"
UID: Final[str | None] = "1.2.840.10008.6.1.1484"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SleepStageUnspecified: Final[Code] = Code("MDC", "2:23656", "Sleep stage unspecified", (3046,))
"""Sleep stage unspecified (MDC 2:23656)."""

SleepStageUnstageable: Final[Code] = Code("MDC", "2:23664", "Sleep stage unstageable", (3046,))
"""Sleep stage unstageable (MDC 2:23664)."""

SleepStageWake: Final[Code] = Code("MDC", "2:23672", "Sleep stage wake", (3046,))
"""Sleep stage wake (MDC 2:23672)."""

SleepStageREM: Final[Code] = Code("MDC", "2:23680", "Sleep stage REM", (3046,))
"""Sleep stage REM (MDC 2:23680)."""

SleepStageREMWithSleepSpindle: Final[Code] = Code(
    "MDC", "2:23688", "Sleep stage REM with sleep spindle", (3046,)
)
"""Sleep stage REM with sleep spindle (MDC 2:23688)."""

AlphadeltaSleep: Final[Code] = Code("MDC", "2:23728", "Alphadelta Sleep", (3046,))
"""Alphadelta Sleep (MDC 2:23728)."""

SleepActivityAndEvent: Final[Code] = Code("MDC", "2:23736", "Sleep activity and event", (3046,))
"""Sleep activity and event (MDC 2:23736)."""

SleepSpindle: Final[Code] = Code("MDC", "2:23744", "Sleep spindle", (3046,))
"""Sleep spindle (MDC 2:23744)."""

SleepVWave: Final[Code] = Code("MDC", "2:23752", "Sleep V wave", (3046,))
"""Sleep V wave (MDC 2:23752)."""

SleepFWave: Final[Code] = Code("MDC", "2:23760", "Sleep F wave", (3046,))
"""Sleep F wave (MDC 2:23760)."""

SleepKComplex: Final[Code] = Code("MDC", "2:23768", "Sleep K complex", (3046,))
"""Sleep K complex (MDC 2:23768)."""

PositiveOccipitalSharpTransientOfSleep: Final[Code] = Code(
    "MDC", "2:23776", "Positive occipital sharp transient of sleep", (3046,)
)
"""Positive occipital sharp transient of sleep (MDC 2:23776)."""

SleepSawtoothWave: Final[Code] = Code("MDC", "2:23784", "Sleep sawtooth wave", (3046,))
"""Sleep sawtooth wave (MDC 2:23784)."""

SleepStageShift: Final[Code] = Code("MDC", "2:23792", "Sleep stage shift", (3046,))
"""Sleep stage shift (MDC 2:23792)."""

SleepArousal: Final[Code] = Code("MDC", "2:23800", "Sleep arousal", (3046,))
"""Sleep arousal (MDC 2:23800)."""

SleepAwakening: Final[Code] = Code("MDC", "2:23808", "Sleep awakening", (3046,))
"""Sleep awakening (MDC 2:23808)."""

SleepStageN1: Final[Code] = Code("DCM", "130834", "Sleep Stage N1", (3046,))
"""Sleep Stage N1 (DCM 130834)."""

SleepStageN2: Final[Code] = Code("DCM", "130835", "Sleep Stage N2", (3046,))
"""Sleep Stage N2 (DCM 130835)."""

SleepStageN3: Final[Code] = Code("DCM", "130836", "Sleep Stage N3", (3046,))
"""Sleep Stage N3 (DCM 130836)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
