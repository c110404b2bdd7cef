"""CID 3045 Waveform Filter Lookup Table Output Magnitude Unit.

Non-extensible, version 20220630, UID 1.2.840.10008.6.1.1456.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3045
NAME: _Final[str] = "Waveform Filter Lookup Table Output Magnitude Unit"
KEYWORD: _Final[str | None] = "WaveformFilterLookupTableOutputMagnitudeUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1456"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20220630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DbΜv: _Final[_Code] = _Code("UCUM", "dB[uV]", "dB(µV)", (3045,))
"""dB(µV) (UCUM dB[uV])."""

DbMv: _Final[_Code] = _Code("UCUM", "dB[mV]", "dB(mV)", (3045,))
"""dB(mV) (UCUM dB[mV])."""

MagnitudeNormalized: _Final[_Code] = _Code("DCM", "130776", "Magnitude normalized", (3045,))
"""Magnitude normalized (DCM 130776)."""

Mv: _Final[_Code] = _Code("UCUM", "mV", "mV", (3045,))
"""mV (UCUM mV)."""

Μv: _Final[_Code] = _Code("UCUM", "uV", "µV", (3045,))
"""µV (UCUM uV)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DbΜv, DbMv, MagnitudeNormalized, Mv, Μv)
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
