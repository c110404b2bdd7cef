"""CID 7004 Waveform Purpose of Reference.

Extensible, version 20090409, UID 1.2.840.10008.6.1.485.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7004
NAME: _Final[str] = "Waveform Purpose of Reference"
KEYWORD: _Final[str | None] = "WaveformPurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.485"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090409"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SimultaneousDoppler: _Final[_Code] = _Code("DCM", "121301", "Simultaneous Doppler", (7004,))
"""Simultaneous Doppler (DCM 121301)."""

SimultaneousHemodynamic: _Final[_Code] = _Code("DCM", "121302", "Simultaneous Hemodynamic", (7004,))
"""Simultaneous Hemodynamic (DCM 121302)."""

SimultaneousECG: _Final[_Code] = _Code("DCM", "121303", "Simultaneous ECG", (7004,))
"""Simultaneous ECG (DCM 121303)."""

SimultaneousVoiceNarrative: _Final[_Code] = _Code(
    "DCM", "121304", "Simultaneous Voice Narrative", (7004,)
)
"""Simultaneous Voice Narrative (DCM 121304)."""

SimultaneousRespiratoryWaveform: _Final[_Code] = _Code(
    "DCM", "121305", "Simultaneous Respiratory Waveform", (7004,)
)
"""Simultaneous Respiratory Waveform (DCM 121305)."""

SimultaneousArterialPulseWaveform: _Final[_Code] = _Code(
    "DCM", "121306", "Simultaneous Arterial Pulse Waveform", (7004,)
)
"""Simultaneous Arterial Pulse Waveform (DCM 121306)."""

SimultaneousPhonocardiographicWaveform: _Final[_Code] = _Code(
    "DCM", "121307", "Simultaneous Phonocardiographic Waveform", (7004,)
)
"""Simultaneous Phonocardiographic Waveform (DCM 121307)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SimultaneousDoppler,
    SimultaneousHemodynamic,
    SimultaneousECG,
    SimultaneousVoiceNarrative,
    SimultaneousRespiratoryWaveform,
    SimultaneousArterialPulseWaveform,
    SimultaneousPhonocardiographicWaveform,
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
