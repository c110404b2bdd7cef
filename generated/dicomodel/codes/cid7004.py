"""CID 7004 Waveform Purpose of Reference.

Extensible, version 20090409, UID 1.2.840.10008.6.1.485.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7004
NAME: Final[str] = "Waveform Purpose of Reference"
KEYWORD: Final[str | None] = "WaveformPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.485"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090409"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SimultaneousDoppler: Final[Code] = Code("DCM", "121301", "Simultaneous Doppler", (7004,))
"""Simultaneous Doppler (DCM 121301)."""

SimultaneousHemodynamic: Final[Code] = Code("DCM", "121302", "Simultaneous Hemodynamic", (7004,))
"""Simultaneous Hemodynamic (DCM 121302)."""

SimultaneousECG: Final[Code] = Code("DCM", "121303", "Simultaneous ECG", (7004,))
"""Simultaneous ECG (DCM 121303)."""

SimultaneousVoiceNarrative: Final[Code] = Code(
    "DCM", "121304", "Simultaneous Voice Narrative", (7004,)
)
"""Simultaneous Voice Narrative (DCM 121304)."""

SimultaneousRespiratoryWaveform: Final[Code] = Code(
    "DCM", "121305", "Simultaneous Respiratory Waveform", (7004,)
)
"""Simultaneous Respiratory Waveform (DCM 121305)."""

SimultaneousArterialPulseWaveform: Final[Code] = Code(
    "DCM", "121306", "Simultaneous Arterial Pulse Waveform", (7004,)
)
"""Simultaneous Arterial Pulse Waveform (DCM 121306)."""

SimultaneousPhonocardiographicWaveform: Final[Code] = Code(
    "DCM", "121307", "Simultaneous Phonocardiographic Waveform", (7004,)
)
"""Simultaneous Phonocardiographic Waveform (DCM 121307)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SimultaneousDoppler,
    SimultaneousHemodynamic,
    SimultaneousECG,
    SimultaneousVoiceNarrative,
    SimultaneousRespiratoryWaveform,
    SimultaneousArterialPulseWaveform,
    SimultaneousPhonocardiographicWaveform,
)
"""The resolved membership: own members, then those of the included groups, in order."""
