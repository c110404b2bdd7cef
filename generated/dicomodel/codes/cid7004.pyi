"""CID 7004 Waveform Purpose of Reference.

Extensible, version 20090409, UID 1.2.840.10008.6.1.485.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
SimultaneousDoppler: _Final[_groups.Cid7004Code]
SimultaneousHemodynamic: _Final[_groups.Cid7004Code]
SimultaneousECG: _Final[_groups.Cid7004Code]
SimultaneousVoiceNarrative: _Final[_groups.Cid7004Code]
SimultaneousRespiratoryWaveform: _Final[_groups.Cid7004Code]
SimultaneousArterialPulseWaveform: _Final[_groups.Cid7004Code]
SimultaneousPhonocardiographicWaveform: _Final[_groups.Cid7004Code]
MEMBERS: _Final[tuple[_groups.Cid7004Code, ...]]
