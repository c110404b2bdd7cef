"""CID 3691 ECG Control Text Variable.

Extensible, version 20110330, UID 1.2.840.10008.6.1.896.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3691
NAME: _Final[str] = "ECG Control Text Variable"
KEYWORD: _Final[str | None] = "ECGControlTextVariable"
UID: _Final[str | None] = "1.2.840.10008.6.1.896"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LowPassFilter: _Final[_Code] = _Code("MDC", "10:11402", "Low pass filter", (3691,))
"""Low pass filter (MDC 10:11402)."""

HighPassFilter: _Final[_Code] = _Code("MDC", "10:11404", "High pass filter", (3691,))
"""High pass filter (MDC 10:11404)."""

HighPassFilterDescription: _Final[_Code] = _Code(
    "MDC", "10:11406", "High pass filter description", (3691,)
)
"""High pass filter description (MDC 10:11406)."""

NotchFilter: _Final[_Code] = _Code("MDC", "10:11407", "Notch filter", (3691,))
"""Notch filter (MDC 10:11407)."""

NotchFilterDescription: _Final[_Code] = _Code(
    "MDC", "10:11410", "Notch filter description", (3691,)
)
"""Notch filter description (MDC 10:11410)."""

BaselineDescription: _Final[_Code] = _Code("MDC", "10:11412", "Baseline description", (3691,))
"""Baseline description (MDC 10:11412)."""

Interpolator: _Final[_Code] = _Code("MDC", "10:11414", "Interpolator", (3691,))
"""Interpolator (MDC 10:11414)."""

InterpolatorDescription: _Final[_Code] = _Code(
    "MDC", "10:11416", "Interpolator description", (3691,)
)
"""Interpolator description (MDC 10:11416)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
