"""CID 3228 ECG Timing Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.774.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3228
NAME: _Final[str] = "ECG Timing Measurement"
KEYWORD: _Final[str | None] = "ECGTimingMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.774"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PRIntervalGlobal: _Final[_Code] = _Code("MDC", "2:15872", "PR interval global", (3228, 3689))
"""PR interval global (MDC 2:15872)."""

QTIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16160", "QT interval global", (3228, 3689))
"""QT interval global (MDC 2:16160)."""

QRSDurationGlobal: _Final[_Code] = _Code("MDC", "2:16156", "QRS duration global", (3228, 3689))
"""QRS duration global (MDC 2:16156)."""

PDurationGlobal: _Final[_Code] = _Code("MDC", "2:16184", "P duration global", (3228, 3689))
"""P duration global (MDC 2:16184)."""

PPIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16140", "PP interval global", (3228, 3689))
"""PP interval global (MDC 2:16140)."""

RRIntervalGlobal: _Final[_Code] = _Code("MDC", "2:16168", "RR interval global", (3228,))
"""RR interval global (MDC 2:16168)."""

PRIntervalPerLead: _Final[_Code] = _Code("MDC", "2:7168", "PR interval per lead", (3228, 3687))
"""PR interval per lead (MDC 2:7168)."""

QTIntervalPerLead: _Final[_Code] = _Code("MDC", "2:8192", "QT interval per lead", (3228, 3687))
"""QT interval per lead (MDC 2:8192)."""

QRSDurationPerLead: _Final[_Code] = _Code("MDC", "2:7936", "QRS duration per lead", (3228, 3687))
"""QRS duration per lead (MDC 2:7936)."""

PDurationPerLead: _Final[_Code] = _Code("MDC", "2:6656", "P duration per lead", (3228, 3687))
"""P duration per lead (MDC 2:6656)."""

PPIntervalPerLead: _Final[_Code] = _Code("MDC", "2:32768", "PP interval per lead", (3228, 3687))
"""PP interval per lead (MDC 2:32768)."""

RRIntervalPerLead: _Final[_Code] = _Code("MDC", "2:33024", "RR interval per lead", (3228, 3687))
"""RR interval per lead (MDC 2:33024)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
