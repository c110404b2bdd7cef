"""CID 3688 Electrophysiology Waveform Voltage.

Extensible, version 20110330, UID 1.2.840.10008.6.1.202.

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
JPointAmplitudePerLead: _Final[_Code]
AmplitudeAt20msIntoSTSegmentPerLead: _Final[_Code]
AmplitudeAt40msIntoSTSegmentPerLead: _Final[_Code]
AmplitudeAt60msIntoSTSegmentPerLead: _Final[_Code]
AmplitudeAt80msIntoSTSegmentPerLead: _Final[_Code]
PMaximumAmplitudePerLead: _Final[_Code]
PMinimumAmplitudePerLead: _Final[_Code]
P3AmplitudePerLead: _Final[_Code]
QAmplitudePerLead: _Final[_Code]
RAmplitudePerLead: _Final[_Code]
R1AmplitudePerLead: _Final[_Code]
R2AmplitudePerLead: _Final[_Code]
R3AmplitudePerLead: _Final[_Code]
SAmplitudePerLead: _Final[_Code]
S1AmplitudePerLead: _Final[_Code]
S2AmplitudePerLead: _Final[_Code]
S3AmplitudePerLead: _Final[_Code]
TMaximumAmplitudePerLead: _Final[_Code]
TMinimumAmplitudePerLead: _Final[_Code]
STAmplitudePerLead: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
