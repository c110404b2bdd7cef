"""CID 3690 ECG Control Numeric Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.895.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3690
NAME: Final[str] = "ECG Control Numeric Variable"
KEYWORD: Final[str | None] = "ECGControlNumericVariable"
UID: Final[str | None] = "1.2.840.10008.6.1.895"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SampleRate: Final[Code] = Code("MDC", "10:11393", "Sample rate", (3690,))
"""Sample rate (MDC 10:11393)."""

Sensitivity: Final[Code] = Code("MDC", "10:11394", "Sensitivity", (3690,))
"""Sensitivity (MDC 10:11394)."""

ZeroOffset: Final[Code] = Code("MDC", "10:11395", "Zero offset", (3690,))
"""Zero offset (MDC 10:11395)."""

PadValue: Final[Code] = Code("MDC", "10:11397", "Pad value", (3690,))
"""Pad value (MDC 10:11397)."""

TimeSkew: Final[Code] = Code("MDC", "10:11398", "Time skew", (3690,))
"""Time skew (MDC 10:11398)."""

SampleSkew: Final[Code] = Code("MDC", "10:11399", "Sample skew", (3690,))
"""Sample skew (MDC 10:11399)."""

TimeOffset: Final[Code] = Code("MDC", "10:11400", "Time offset", (3690,))
"""Time offset (MDC 10:11400)."""

LowPassFilterCutoffFreq: Final[Code] = Code(
    "MDC", "10:11403", "Low pass filter cutoff freq", (3690,)
)
"""Low pass filter cutoff freq (MDC 10:11403)."""

NotchFilterFrequency: Final[Code] = Code("MDC", "10:11408", "Notch filter frequency", (3690,))
"""Notch filter frequency (MDC 10:11408)."""

NotchFilterBandwidth: Final[Code] = Code("MDC", "10:11409", "Notch filter bandwidth", (3690,))
"""Notch filter bandwidth (MDC 10:11409)."""

InterpolatorSNR: Final[Code] = Code("MDC", "10:11418", "Interpolator SNR", (3690,))
"""Interpolator SNR (MDC 10:11418)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
