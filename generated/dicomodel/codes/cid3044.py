"""CID 3044 Waveform Filter Lookup Table Input Frequency Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1455.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3044
NAME: _Final[str] = "Waveform Filter Lookup Table Input Frequency Unit"
KEYWORD: _Final[str | None] = "WaveformFilterLookupTableInputFrequencyUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1455"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20220630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Hz: _Final[_Code] = _Code("UCUM", "Hz", "Hz", (3044, 7181))
"""Hz (UCUM Hz)."""

RadS: _Final[_Code] = _Code("UCUM", "rad/s", "rad/s", (3044,))
"""rad/s (UCUM rad/s)."""

HzNormalized: _Final[_Code] = _Code("DCM", "130774", "Hz normalized", (3044,))
"""Hz normalized (DCM 130774)."""

HzAngular: _Final[_Code] = _Code("DCM", "130775", "Hz angular", (3044,))
"""Hz angular (DCM 130775)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Hz, RadS, HzNormalized, HzAngular)
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
