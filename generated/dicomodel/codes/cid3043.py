"""CID 3043 Digital Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1454.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3043
NAME: Final[str] = "Digital Waveform Filter"
KEYWORD: Final[str | None] = "DigitalWaveformFilter"
UID: Final[str | None] = "1.2.840.10008.6.1.1454"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FIRFilter: Final[Code] = Code("DCM", "130770", "FIR filter", (3043,))
"""FIR filter (DCM 130770)."""

CICFilter: Final[Code] = Code("DCM", "130771", "CIC filter", (3043,))
"""CIC filter (DCM 130771)."""

IIRFilter: Final[Code] = Code("DCM", "130772", "IIR filter", (3043,))
"""IIR filter (DCM 130772)."""

BiquadFilter: Final[Code] = Code("DCM", "130773", "Biquad filter", (3043,))
"""Biquad filter (DCM 130773)."""

MEMBERS: Final[tuple[Code, ...]] = (FIRFilter, CICFilter, IIRFilter, BiquadFilter)
"""The resolved membership: own members, then those of the included groups, in order."""
