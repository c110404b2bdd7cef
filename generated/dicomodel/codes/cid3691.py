"""CID 3691 ECG Control Text Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.896.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3691
NAME: Final[str] = "ECG Control Text Variable"
KEYWORD: Final[str | None] = "ECGControlTextVariable"
UID: Final[str | None] = "1.2.840.10008.6.1.896"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LowPassFilter: Final[Code] = Code("MDC", "10:11402", "Low pass filter", (3691,))
"""Low pass filter (MDC 10:11402)."""

HighPassFilter: Final[Code] = Code("MDC", "10:11404", "High pass filter", (3691,))
"""High pass filter (MDC 10:11404)."""

HighPassFilterDescription: Final[Code] = Code(
    "MDC", "10:11406", "High pass filter description", (3691,)
)
"""High pass filter description (MDC 10:11406)."""

NotchFilter: Final[Code] = Code("MDC", "10:11407", "Notch filter", (3691,))
"""Notch filter (MDC 10:11407)."""

NotchFilterDescription: Final[Code] = Code("MDC", "10:11410", "Notch filter description", (3691,))
"""Notch filter description (MDC 10:11410)."""

BaselineDescription: Final[Code] = Code("MDC", "10:11412", "Baseline description", (3691,))
"""Baseline description (MDC 10:11412)."""

Interpolator: Final[Code] = Code("MDC", "10:11414", "Interpolator", (3691,))
"""Interpolator (MDC 10:11414)."""

InterpolatorDescription: Final[Code] = Code("MDC", "10:11416", "Interpolator description", (3691,))
"""Interpolator description (MDC 10:11416)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LowPassFilter,
    HighPassFilter,
    HighPassFilterDescription,
    NotchFilter,
    NotchFilterDescription,
    BaselineDescription,
    Interpolator,
    InterpolatorDescription,
)
"""The resolved membership: own members, then those of the included groups, in order."""
