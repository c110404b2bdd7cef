"""CID 3689 ECG Global Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.927.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3689
NAME: Final[str] = "ECG Global Waveform Duration"
KEYWORD: Final[str | None] = "ECGGlobalWaveformDuration"
UID: Final[str | None] = "1.2.840.10008.6.1.927"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PDurationGlobal: Final[Code] = Code("MDC", "2:16184", "P duration, global", (3228, 3689))
"""P duration, global (MDC 2:16184)."""

PPTimePeriodGlobal: Final[Code] = Code("MDC", "2:16140", "PP time period, global", (3228, 3689))
"""PP time period, global (MDC 2:16140)."""

PQTimePeriodGlobal: Final[Code] = Code("MDC", "2:16144", "PQ time period, global", (3689,))
"""PQ time period, global (MDC 2:16144)."""

PRTimePeriodGlobal: Final[Code] = Code("MDC", "2:15872", "PR time period, global", (3228, 3689))
"""PR time period, global (MDC 2:15872)."""

PQSegmentTimePeriodGlobal: Final[Code] = Code(
    "MDC", "2:16148", "PQ segment time period, global", (3689,)
)
"""PQ segment time period, global (MDC 2:16148)."""

QRSDurationGlobal: Final[Code] = Code("MDC", "2:16156", "QRS duration, global", (3228, 3689))
"""QRS duration, global (MDC 2:16156)."""

QTDurationGlobal: Final[Code] = Code("MDC", "2:16160", "QT duration, global", (3228, 3689))
"""QT duration, global (MDC 2:16160)."""

RRTimePeriodGlobal: Final[Code] = Code("MDC", "2:16000", "RR time period, global", (3689,))
"""RR time period, global (MDC 2:16000)."""

QTUTimePeriodGlobal: Final[Code] = Code("MDC", "2:16004", "QTU time period, global", (3689,))
"""QTU time period, global (MDC 2:16004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PDurationGlobal,
    PPTimePeriodGlobal,
    PQTimePeriodGlobal,
    PRTimePeriodGlobal,
    PQSegmentTimePeriodGlobal,
    QRSDurationGlobal,
    QTDurationGlobal,
    RRTimePeriodGlobal,
    QTUTimePeriodGlobal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
