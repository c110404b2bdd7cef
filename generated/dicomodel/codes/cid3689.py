"""CID 3689 ECG Global Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.927.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3689
NAME: _Final[str] = "ECG Global Waveform Duration"
KEYWORD: _Final[str | None] = "ECGGlobalWaveformDuration"
UID: _Final[str | None] = "1.2.840.10008.6.1.927"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PDurationGlobal: _Final[_Code] = _Code("MDC", "2:16184", "P duration, global", (3228, 3689))
"""P duration, global (MDC 2:16184)."""

PPTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16140", "PP time period, global", (3228, 3689))
"""PP time period, global (MDC 2:16140)."""

PQTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16144", "PQ time period, global", (3689,))
"""PQ time period, global (MDC 2:16144)."""

PRTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:15872", "PR time period, global", (3228, 3689))
"""PR time period, global (MDC 2:15872)."""

PQSegmentTimePeriodGlobal: _Final[_Code] = _Code(
    "MDC", "2:16148", "PQ segment time period, global", (3689,)
)
"""PQ segment time period, global (MDC 2:16148)."""

QRSDurationGlobal: _Final[_Code] = _Code("MDC", "2:16156", "QRS duration, global", (3228, 3689))
"""QRS duration, global (MDC 2:16156)."""

QTDurationGlobal: _Final[_Code] = _Code("MDC", "2:16160", "QT duration, global", (3228, 3689))
"""QT duration, global (MDC 2:16160)."""

RRTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16000", "RR time period, global", (3689,))
"""RR time period, global (MDC 2:16000)."""

QTUTimePeriodGlobal: _Final[_Code] = _Code("MDC", "2:16004", "QTU time period, global", (3689,))
"""QTU time period, global (MDC 2:16004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
