"""CID 3036 EMG Annotation – Neurophysiological Enumeration.

Extensible, version 20200623, UID 1.2.840.10008.6.1.1334.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
EMGUnspecifiedWaveform: _Final[_Code]
EMGWaveformUnderVoluntaryControl: _Final[_Code]
EMGMotorUnitPotential: _Final[_Code]
EMGDoubletWaveform: _Final[_Code]
EMGTripletWaveform: _Final[_Code]
EMGMultipletWaveform: _Final[_Code]
EMGInsertionalActivity: _Final[_Code]
EMGEndplateNoise: _Final[_Code]
EMGEndplateSpike: _Final[_Code]
EMGUnspecifiedIterativeDischarge: _Final[_Code]
EMGFibrillationPotential: _Final[_Code]
EMGPositiveSharpWave: _Final[_Code]
EMGFasciculationPotential: _Final[_Code]
EMGMyotonicDischarge: _Final[_Code]
EMGComplexRepetitiveDischarge: _Final[_Code]
EMGMyokymicDischarge: _Final[_Code]
EMGCrampDischarge: _Final[_Code]
EMGWaveformAfterDischarge: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
