"""CID 3045 Waveform Filter Lookup Table Output Magnitude Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1456.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3045
NAME: Final[str] = "Waveform Filter Lookup Table Output Magnitude Unit"
KEYWORD: Final[str | None] = "WaveformFilterLookupTableOutputMagnitudeUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1456"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20220630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DbΜv: Final[Code] = Code("UCUM", "dB[uV]", "dB(µV)", (3045,))
"""dB(µV) (UCUM dB[uV])."""

DbMv: Final[Code] = Code("UCUM", "dB[mV]", "dB(mV)", (3045,))
"""dB(mV) (UCUM dB[mV])."""

MagnitudeNormalized: Final[Code] = Code("DCM", "130776", "Magnitude normalized", (3045,))
"""Magnitude normalized (DCM 130776)."""

Mv: Final[Code] = Code("UCUM", "mV", "mV", (3045,))
"""mV (UCUM mV)."""

Μv: Final[Code] = Code("UCUM", "uV", "µV", (3045,))
"""µV (UCUM uV)."""

MEMBERS: Final[tuple[Code, ...]] = (DbΜv, DbMv, MagnitudeNormalized, Mv, Μv)
"""The resolved membership: own members, then those of the included groups, in order."""
