"""CID 3836 Time-based Perfusion Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.286.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3836
NAME: _Final[str] = "Time-based Perfusion Measurement"
KEYWORD: _Final[str | None] = "TimeBasedPerfusionMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.286"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SignalEarliestPeakTime: _Final[_Code] = _Code("DCM", "122631", "Signal Earliest Peak Time", (3836,))
"""Signal Earliest Peak Time (DCM 122631)."""

SignalIncreaseStartTime: _Final[_Code] = _Code(
    "DCM", "122633", "Signal Increase Start Time", (3836,)
)
"""Signal Increase Start Time (DCM 122633)."""

SignalTimeToPeak: _Final[_Code] = _Code("DCM", "122634", "Signal Time to Peak", (3836,))
"""Signal Time to Peak (DCM 122634)."""

SignalBaselineStart: _Final[_Code] = _Code("DCM", "122638", "Signal Baseline Start", (3836,))
"""Signal Baseline Start (DCM 122638)."""

SignalBaselineEnd: _Final[_Code] = _Code("DCM", "122639", "Signal Baseline End", (3836,))
"""Signal Baseline End (DCM 122639)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SignalEarliestPeakTime,
    SignalIncreaseStartTime,
    SignalTimeToPeak,
    SignalBaselineStart,
    SignalBaselineEnd,
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
