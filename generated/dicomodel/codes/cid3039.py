"""CID 3039 Device-related and Environment-related Event.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1337.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3039
NAME: _Final[str] = "Device-related and Environment-related Event"
KEYWORD: _Final[str | None] = "DeviceRelatedAndEnvironmentRelatedEvent"
UID: _Final[str | None] = "1.2.840.10008.6.1.1337"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240616"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeadDisconnected: _Final[_Code] = _Code("MDC", "3:268", "Lead disconnected", (3039,))
"""Lead disconnected (MDC 3:268)."""

PowerLineProblem: _Final[_Code] = _Code("MDC", "3:236", "Power line problem", (3039,))
"""Power line problem (MDC 3:236)."""

PowerSupplyProblem: _Final[_Code] = _Code("MDC", "3:458", "Power supply problem", (3039,))
"""Power supply problem (MDC 3:458)."""

Artifact: _Final[_Code] = _Code("MDC", "3:432", "Artifact", (3039,))
"""Artifact (MDC 3:432)."""

VideoRecordingOn: _Final[_Code] = _Code("DCM", "130887", "Video recording on", (3039,))
"""Video recording on (DCM 130887)."""

VideoRecordingOff: _Final[_Code] = _Code("DCM", "130888", "Video recording off", (3039,))
"""Video recording off (DCM 130888)."""

PreamplifierConnected: _Final[_Code] = _Code("DCM", "130889", "Preamplifier connected", (3039,))
"""Preamplifier connected (DCM 130889)."""

PreamplifierDisconnected: _Final[_Code] = _Code(
    "DCM", "130890", "Preamplifier disconnected", (3039,)
)
"""Preamplifier disconnected (DCM 130890)."""

BreakoutBoxConnected: _Final[_Code] = _Code("DCM", "130891", "Breakout box connected", (3039,))
"""Breakout box connected (DCM 130891)."""

BreakoutBoxDisconnected: _Final[_Code] = _Code(
    "DCM", "130892", "Breakout box disconnected", (3039,)
)
"""Breakout box disconnected (DCM 130892)."""

EventButtonPressed: _Final[_Code] = _Code("DCM", "130893", "Event button pressed", (3039,))
"""Event button pressed (DCM 130893)."""

EventButtonTest: _Final[_Code] = _Code("DCM", "130894", "Event button test", (3039,))
"""Event button test (DCM 130894)."""

TapTestBegin: _Final[_Code] = _Code("DCM", "130895", "Tap test begin", (3039,))
"""Tap test begin (DCM 130895)."""

TapTestEnd: _Final[_Code] = _Code("DCM", "130896", "Tap test end", (3039,))
"""Tap test end (DCM 130896)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeadDisconnected,
    PowerLineProblem,
    PowerSupplyProblem,
    Artifact,
    VideoRecordingOn,
    VideoRecordingOff,
    PreamplifierConnected,
    PreamplifierDisconnected,
    BreakoutBoxConnected,
    BreakoutBoxDisconnected,
    EventButtonPressed,
    EventButtonTest,
    TapTestBegin,
    TapTestEnd,
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
