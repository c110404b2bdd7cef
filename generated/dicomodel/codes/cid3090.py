"""CID 3090 Time Synchronization Channel Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.51.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3090
NAME: _Final[str] = "Time Synchronization Channel Type"
KEYWORD: _Final[str | None] = "TimeSynchronizationChannelType"
UID: _Final[str | None] = "1.2.840.10008.6.1.51"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DigitalTimecodeNOS: _Final[_Code] = _Code("DCM", "109001", "Digital timecode (NOS)", (3090,))
"""Digital timecode (NOS) (DCM 109001)."""

ECGBasedGatingSignalProcessed: _Final[_Code] = _Code(
    "DCM", "109002", "ECG-based gating signal, processed", (3090,)
)
"""ECG-based gating signal, processed (DCM 109002)."""

IRIGBTimecode: _Final[_Code] = _Code("DCM", "109003", "IRIG-B timecode", (3090,))
"""IRIG-B timecode (DCM 109003)."""

XRayFluoroscopyOnSignal: _Final[_Code] = _Code(
    "DCM", "109004", "X-Ray Fluoroscopy On Signal", (3090,)
)
"""X-Ray Fluoroscopy On Signal (DCM 109004)."""

XRayOnTrigger: _Final[_Code] = _Code("DCM", "109005", "X-Ray On Trigger", (3090,))
"""X-Ray On Trigger (DCM 109005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    DigitalTimecodeNOS,
    ECGBasedGatingSignalProcessed,
    IRIGBTimecode,
    XRayFluoroscopyOnSignal,
    XRayOnTrigger,
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
