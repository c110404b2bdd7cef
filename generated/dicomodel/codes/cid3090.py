"""CID 3090 Time Synchronization Channel Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.51.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3090
NAME: Final[str] = "Time Synchronization Channel Type"
KEYWORD: Final[str | None] = "TimeSynchronizationChannelType"
UID: Final[str | None] = "1.2.840.10008.6.1.51"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DigitalTimecodeNOS: Final[Code] = Code("DCM", "109001", "Digital timecode (NOS)", (3090,))
"""Digital timecode (NOS) (DCM 109001)."""

ECGBasedGatingSignalProcessed: Final[Code] = Code(
    "DCM", "109002", "ECG-based gating signal, processed", (3090,)
)
"""ECG-based gating signal, processed (DCM 109002)."""

IRIGBTimecode: Final[Code] = Code("DCM", "109003", "IRIG-B timecode", (3090,))
"""IRIG-B timecode (DCM 109003)."""

XRayFluoroscopyOnSignal: Final[Code] = Code("DCM", "109004", "X-Ray Fluoroscopy On Signal", (3090,))
"""X-Ray Fluoroscopy On Signal (DCM 109004)."""

XRayOnTrigger: Final[Code] = Code("DCM", "109005", "X-Ray On Trigger", (3090,))
"""X-Ray On Trigger (DCM 109005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DigitalTimecodeNOS,
    ECGBasedGatingSignalProcessed,
    IRIGBTimecode,
    XRayFluoroscopyOnSignal,
    XRayOnTrigger,
)
"""The resolved membership: own members, then those of the included groups, in order."""
