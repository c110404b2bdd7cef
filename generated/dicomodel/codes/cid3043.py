"""CID 3043 Digital Waveform Filter.

Extensible, version 20220630, UID 1.2.840.10008.6.1.1454.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3043
NAME: _Final[str] = "Digital Waveform Filter"
KEYWORD: _Final[str | None] = "DigitalWaveformFilter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1454"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FIRFilter: _Final[_Code] = _Code("DCM", "130770", "FIR filter", (3043,))
"""FIR filter (DCM 130770)."""

CICFilter: _Final[_Code] = _Code("DCM", "130771", "CIC filter", (3043,))
"""CIC filter (DCM 130771)."""

IIRFilter: _Final[_Code] = _Code("DCM", "130772", "IIR filter", (3043,))
"""IIR filter (DCM 130772)."""

BiquadFilter: _Final[_Code] = _Code("DCM", "130773", "Biquad filter", (3043,))
"""Biquad filter (DCM 130773)."""

MEMBERS: _Final[tuple[_Code, ...]] = (FIRFilter, CICFilter, IIRFilter, BiquadFilter)
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
