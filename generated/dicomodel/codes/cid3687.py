"""CID 3687 Electrophysiology Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.201.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3687
NAME: _Final[str] = "Electrophysiology Waveform Duration"
KEYWORD: _Final[str | None] = "ElectrophysiologyWaveformDuration"
UID: _Final[str | None] = "1.2.840.10008.6.1.201"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PDurationPerLead: _Final[_Code] = _Code("MDC", "2:6656", "P duration, per lead", (3228, 3687))
"""P duration, per lead (MDC 2:6656)."""

POnsetToP1DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:4608", "P onset to P1 duration, per lead", (3687,)
)
"""P onset to P1 duration, per lead (MDC 2:4608)."""

POnsetToP2DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:4864", "P onset to P2 duration, per lead", (3687,)
)
"""P onset to P2 duration, per lead (MDC 2:4864)."""

POnsetToP3DurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:5120", "P onset to P3 duration, per lead", (3687,)
)
"""P onset to P3 duration, per lead (MDC 2:5120)."""

POffsetToQRSOnsetDurationPerLead: _Final[_Code] = _Code(
    "MDC", "2:7168", "P offset to QRS onset duration, per lead", (3228, 3687)
)
"""P offset to QRS onset duration, per lead (MDC 2:7168)."""

QDurationPerLead: _Final[_Code] = _Code("MDC", "2:7680", "Q duration, per lead", (3687,))
"""Q duration, per lead (MDC 2:7680)."""

QRSDurationPerLead: _Final[_Code] = _Code("MDC", "2:7936", "QRS duration, per lead", (3228, 3687))
"""QRS duration, per lead (MDC 2:7936)."""

QTDurationPerLead: _Final[_Code] = _Code("MDC", "2:8192", "QT duration, per lead", (3228, 3687))
"""QT duration, per lead (MDC 2:8192)."""

R1DurationPerLead: _Final[_Code] = _Code("MDC", "2:11264", "R1 duration, per lead", (3687,))
"""R1 duration, per lead (MDC 2:11264)."""

R2DurationPerLead: _Final[_Code] = _Code("MDC", "2:11520", "R2 duration, per lead", (3687,))
"""R2 duration, per lead (MDC 2:11520)."""

R3DurationPerLead: _Final[_Code] = _Code("MDC", "2:11776", "R3 duration, per lead", (3687,))
"""R3 duration, per lead (MDC 2:11776)."""

S1DurationPerLead: _Final[_Code] = _Code("MDC", "2:12032", "S1 duration, per lead", (3687,))
"""S1 duration, per lead (MDC 2:12032)."""

S2DurationPerLead: _Final[_Code] = _Code("MDC", "2:12288", "S2 duration, per lead", (3687,))
"""S2 duration, per lead (MDC 2:12288)."""

S3DurationPerLead: _Final[_Code] = _Code("MDC", "2:12544", "S3 duration, per lead", (3687,))
"""S3 duration, per lead (MDC 2:12544)."""

VentricularActivationTimePerLead: _Final[_Code] = _Code(
    "MDC", "2:11008", "Ventricular activation time, per lead", (3687,)
)
"""Ventricular activation time, per lead (MDC 2:11008)."""

PPTimePeriodPerLead: _Final[_Code] = _Code(
    "MDC", "2:32768", "PP time period, per lead", (3228, 3687)
)
"""PP time period, per lead (MDC 2:32768)."""

RRTimePeriodPerLead: _Final[_Code] = _Code(
    "MDC", "2:33024", "RR time period, per lead", (3228, 3687)
)
"""RR time period, per lead (MDC 2:33024)."""

PQTimePeriodPerLead: _Final[_Code] = _Code("MDC", "2:33280", "PQ time period, per lead", (3687,))
"""PQ time period, per lead (MDC 2:33280)."""

PQSegmentTimePeriodPerLead: _Final[_Code] = _Code(
    "MDC", "2:33536", "PQ segment time period, per lead", (3687,)
)
"""PQ segment time period, per lead (MDC 2:33536)."""

QTUTimePeriodPerLead: _Final[_Code] = _Code("MDC", "2:34560", "QTU time period, per lead", (3687,))
"""QTU time period, per lead (MDC 2:34560)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PDurationPerLead,
    POnsetToP1DurationPerLead,
    POnsetToP2DurationPerLead,
    POnsetToP3DurationPerLead,
    POffsetToQRSOnsetDurationPerLead,
    QDurationPerLead,
    QRSDurationPerLead,
    QTDurationPerLead,
    R1DurationPerLead,
    R2DurationPerLead,
    R3DurationPerLead,
    S1DurationPerLead,
    S2DurationPerLead,
    S3DurationPerLead,
    VentricularActivationTimePerLead,
    PPTimePeriodPerLead,
    RRTimePeriodPerLead,
    PQTimePeriodPerLead,
    PQSegmentTimePeriodPerLead,
    QTUTimePeriodPerLead,
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
