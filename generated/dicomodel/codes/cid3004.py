"""CID 3004 Arterial Pulse Waveform.

Extensible, version 20090409, UID 1.2.840.10008.6.1.803.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3004
NAME: Final[str] = "Arterial Pulse Waveform"
KEYWORD: Final[str | None] = "ArterialPulseWaveform"
UID: Final[str | None] = "1.2.840.10008.6.1.803"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090409"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ArterialPulseWaveform: Final[Code] = Code("DCM", "109116", "Arterial Pulse Waveform", (3004,))
"""Arterial Pulse Waveform (DCM 109116)."""

MEMBERS: Final[tuple[Code, ...]] = (ArterialPulseWaveform,)
"""The resolved membership: own members, then those of the included groups, in order."""
