"""CID 3000 Audio Channel Source.

Extensible, version 20040326, UID 1.2.840.10008.6.1.42.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3000
NAME: Final[str] = "Audio Channel Source"
KEYWORD: Final[str | None] = "AudioChannelSource"
UID: Final[str | None] = "1.2.840.10008.6.1.42"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040326"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Voice: Final[Code] = Code("DCM", "109110", "Voice", (3000,))
"""Voice (DCM 109110)."""

OperatorNarrative: Final[Code] = Code("DCM", "109111", "Operator's narrative", (3000,))
"""Operator's narrative (DCM 109111)."""

AmbientRoomEnvironment: Final[Code] = Code("DCM", "109112", "Ambient room environment", (3000,))
"""Ambient room environment (DCM 109112)."""

DopplerAudio: Final[Code] = Code("DCM", "109113", "Doppler audio", (3000,))
"""Doppler audio (DCM 109113)."""

Phonocardiogram: Final[Code] = Code("DCM", "109114", "Phonocardiogram", (3000,))
"""Phonocardiogram (DCM 109114)."""

PhysiologicalAudioSignal: Final[Code] = Code("DCM", "109115", "Physiological audio signal", (3000,))
"""Physiological audio signal (DCM 109115)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Voice,
    OperatorNarrative,
    AmbientRoomEnvironment,
    DopplerAudio,
    Phonocardiogram,
    PhysiologicalAudioSignal,
)
"""The resolved membership: own members, then those of the included groups, in order."""
