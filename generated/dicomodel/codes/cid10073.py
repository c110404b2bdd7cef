"""CID 10073 Value Timing.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1363.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10073
NAME: _Final[str] = "Value Timing"
KEYWORD: _Final[str | None] = "ValueTiming"
UID: _Final[str | None] = "1.2.840.10008.6.1.1363"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DurationOfTimePeriod: _Final[_Code] = _Code("DCM", "130532", "Duration of Time Period", (10073,))
"""Duration of Time Period (DCM 130532)."""

BeginningOfTimePeriod: _Final[_Code] = _Code("DCM", "130533", "Beginning of Time Period", (10073,))
"""Beginning of Time Period (DCM 130533)."""

EndOfTimePeriod: _Final[_Code] = _Code("DCM", "130534", "End of Time Period", (10073,))
"""End of Time Period (DCM 130534)."""

MiddleOfTimePeriod: _Final[_Code] = _Code("DCM", "130535", "Middle of Time Period", (10073,))
"""Middle of Time Period (DCM 130535)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DurationOfTimePeriod,
    BeginningOfTimePeriod,
    EndOfTimePeriod,
    MiddleOfTimePeriod,
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
