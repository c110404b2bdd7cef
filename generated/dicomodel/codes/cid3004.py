"""CID 3004 Arterial Pulse Waveform.

Extensible, version 20090409, UID 1.2.840.10008.6.1.803.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3004
NAME: _Final[str] = "Arterial Pulse Waveform"
KEYWORD: _Final[str | None] = "ArterialPulseWaveform"
UID: _Final[str | None] = "1.2.840.10008.6.1.803"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090409"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ArterialPulseWaveform: _Final[_Code] = _Code("DCM", "109116", "Arterial Pulse Waveform", (3004,))
"""Arterial Pulse Waveform (DCM 109116)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ArterialPulseWaveform,)
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
