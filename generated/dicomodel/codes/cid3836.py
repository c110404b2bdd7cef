"""CID 3836 Time-based Perfusion Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.286.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3836
NAME: Final[str] = "Time-based Perfusion Measurement"
KEYWORD: Final[str | None] = "TimeBasedPerfusionMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.286"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SignalEarliestPeakTime: Final[Code] = Code("DCM", "122631", "Signal Earliest Peak Time", (3836,))
"""Signal Earliest Peak Time (DCM 122631)."""

SignalIncreaseStartTime: Final[Code] = Code("DCM", "122633", "Signal Increase Start Time", (3836,))
"""Signal Increase Start Time (DCM 122633)."""

SignalTimeToPeak: Final[Code] = Code("DCM", "122634", "Signal Time to Peak", (3836,))
"""Signal Time to Peak (DCM 122634)."""

SignalBaselineStart: Final[Code] = Code("DCM", "122638", "Signal Baseline Start", (3836,))
"""Signal Baseline Start (DCM 122638)."""

SignalBaselineEnd: Final[Code] = Code("DCM", "122639", "Signal Baseline End", (3836,))
"""Signal Baseline End (DCM 122639)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SignalEarliestPeakTime,
    SignalIncreaseStartTime,
    SignalTimeToPeak,
    SignalBaselineStart,
    SignalBaselineEnd,
)
"""The resolved membership: own members, then those of the included groups, in order."""
