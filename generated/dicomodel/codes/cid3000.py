"""CID 3000 Audio Channel Source.

Extensible, version 20040326, UID 1.2.840.10008.6.1.42.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3000
NAME: _Final[str] = "Audio Channel Source"
KEYWORD: _Final[str | None] = "AudioChannelSource"
UID: _Final[str | None] = "1.2.840.10008.6.1.42"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040326"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Voice: _Final[_Code] = _Code("DCM", "109110", "Voice", (3000,))
"""Voice (DCM 109110)."""

OperatorNarrative: _Final[_Code] = _Code("DCM", "109111", "Operator's narrative", (3000,))
"""Operator's narrative (DCM 109111)."""

AmbientRoomEnvironment: _Final[_Code] = _Code("DCM", "109112", "Ambient room environment", (3000,))
"""Ambient room environment (DCM 109112)."""

DopplerAudio: _Final[_Code] = _Code("DCM", "109113", "Doppler audio", (3000,))
"""Doppler audio (DCM 109113)."""

Phonocardiogram: _Final[_Code] = _Code("DCM", "109114", "Phonocardiogram", (3000,))
"""Phonocardiogram (DCM 109114)."""

PhysiologicalAudioSignal: _Final[_Code] = _Code(
    "DCM", "109115", "Physiological audio signal", (3000,)
)
"""Physiological audio signal (DCM 109115)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Voice,
    OperatorNarrative,
    AmbientRoomEnvironment,
    DopplerAudio,
    Phonocardiogram,
    PhysiologicalAudioSignal,
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
