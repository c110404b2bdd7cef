"""CID 3044 Waveform Filter Lookup Table Input Frequency Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1455.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3044
NAME: Final[str] = "Waveform Filter Lookup Table Input Frequency Unit"
KEYWORD: Final[str | None] = "WaveformFilterLookupTableInputFrequencyUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1455"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20220630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Hz: Final[Code] = Code("UCUM", "Hz", "Hz", (3044, 7181))
"""Hz (UCUM Hz)."""

RadS: Final[Code] = Code("UCUM", "rad/s", "rad/s", (3044,))
"""rad/s (UCUM rad/s)."""

HzNormalized: Final[Code] = Code("DCM", "130774", "Hz normalized", (3044,))
"""Hz normalized (DCM 130774)."""

HzAngular: Final[Code] = Code("DCM", "130775", "Hz angular", (3044,))
"""Hz angular (DCM 130775)."""

MEMBERS: Final[tuple[Code, ...]] = (Hz, RadS, HzNormalized, HzAngular)
"""The resolved membership: own members, then those of the included groups, in order."""
