"""CID 3228 ECG Timing Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.774.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3228
NAME: Final[str] = "ECG Timing Measurement"
KEYWORD: Final[str | None] = "ECGTimingMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.774"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PRIntervalGlobal: Final[Code] = Code("MDC", "2:15872", "PR interval global", (3228, 3689))
"""PR interval global (MDC 2:15872)."""

QTIntervalGlobal: Final[Code] = Code("MDC", "2:16160", "QT interval global", (3228, 3689))
"""QT interval global (MDC 2:16160)."""

QRSDurationGlobal: Final[Code] = Code("MDC", "2:16156", "QRS duration global", (3228, 3689))
"""QRS duration global (MDC 2:16156)."""

PDurationGlobal: Final[Code] = Code("MDC", "2:16184", "P duration global", (3228, 3689))
"""P duration global (MDC 2:16184)."""

PPIntervalGlobal: Final[Code] = Code("MDC", "2:16140", "PP interval global", (3228, 3689))
"""PP interval global (MDC 2:16140)."""

RRIntervalGlobal: Final[Code] = Code("MDC", "2:16168", "RR interval global", (3228,))
"""RR interval global (MDC 2:16168)."""

PRIntervalPerLead: Final[Code] = Code("MDC", "2:7168", "PR interval per lead", (3228, 3687))
"""PR interval per lead (MDC 2:7168)."""

QTIntervalPerLead: Final[Code] = Code("MDC", "2:8192", "QT interval per lead", (3228, 3687))
"""QT interval per lead (MDC 2:8192)."""

QRSDurationPerLead: Final[Code] = Code("MDC", "2:7936", "QRS duration per lead", (3228, 3687))
"""QRS duration per lead (MDC 2:7936)."""

PDurationPerLead: Final[Code] = Code("MDC", "2:6656", "P duration per lead", (3228, 3687))
"""P duration per lead (MDC 2:6656)."""

PPIntervalPerLead: Final[Code] = Code("MDC", "2:32768", "PP interval per lead", (3228, 3687))
"""PP interval per lead (MDC 2:32768)."""

RRIntervalPerLead: Final[Code] = Code("MDC", "2:33024", "RR interval per lead", (3228, 3687))
"""RR interval per lead (MDC 2:33024)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PRIntervalGlobal,
    QTIntervalGlobal,
    QRSDurationGlobal,
    PDurationGlobal,
    PPIntervalGlobal,
    RRIntervalGlobal,
    PRIntervalPerLead,
    QTIntervalPerLead,
    QRSDurationPerLead,
    PDurationPerLead,
    PPIntervalPerLead,
    RRIntervalPerLead,
)
"""The resolved membership: own members, then those of the included groups, in order."""
