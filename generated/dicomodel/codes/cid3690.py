"""CID 3690 ECG Control Numeric Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.895.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3690
NAME: _Final[str] = "ECG Control Numeric Variable"
KEYWORD: _Final[str | None] = "ECGControlNumericVariable"
UID: _Final[str | None] = "1.2.840.10008.6.1.895"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SampleRate: _Final[_Code] = _Code("MDC", "10:11393", "Sample rate", (3690,))
"""Sample rate (MDC 10:11393)."""

Sensitivity: _Final[_Code] = _Code("MDC", "10:11394", "Sensitivity", (3690,))
"""Sensitivity (MDC 10:11394)."""

ZeroOffset: _Final[_Code] = _Code("MDC", "10:11395", "Zero offset", (3690,))
"""Zero offset (MDC 10:11395)."""

PadValue: _Final[_Code] = _Code("MDC", "10:11397", "Pad value", (3690,))
"""Pad value (MDC 10:11397)."""

TimeSkew: _Final[_Code] = _Code("MDC", "10:11398", "Time skew", (3690,))
"""Time skew (MDC 10:11398)."""

SampleSkew: _Final[_Code] = _Code("MDC", "10:11399", "Sample skew", (3690,))
"""Sample skew (MDC 10:11399)."""

TimeOffset: _Final[_Code] = _Code("MDC", "10:11400", "Time offset", (3690,))
"""Time offset (MDC 10:11400)."""

LowPassFilterCutoffFreq: _Final[_Code] = _Code(
    "MDC", "10:11403", "Low pass filter cutoff freq", (3690,)
)
"""Low pass filter cutoff freq (MDC 10:11403)."""

NotchFilterFrequency: _Final[_Code] = _Code("MDC", "10:11408", "Notch filter frequency", (3690,))
"""Notch filter frequency (MDC 10:11408)."""

NotchFilterBandwidth: _Final[_Code] = _Code("MDC", "10:11409", "Notch filter bandwidth", (3690,))
"""Notch filter bandwidth (MDC 10:11409)."""

InterpolatorSNR: _Final[_Code] = _Code("MDC", "10:11418", "Interpolator SNR", (3690,))
"""Interpolator SNR (MDC 10:11418)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SampleRate,
    Sensitivity,
    ZeroOffset,
    PadValue,
    TimeSkew,
    SampleSkew,
    TimeOffset,
    LowPassFilterCutoffFreq,
    NotchFilterFrequency,
    NotchFilterBandwidth,
    InterpolatorSNR,
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
