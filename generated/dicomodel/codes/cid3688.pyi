"""CID 3688 Electrophysiology Waveform Voltage.

Extensible, version 20110330, UID 1.2.840.10008.6.1.202.

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
JPointAmplitudePerLead: _Final[_groups.Cid3688Code]
AmplitudeAt20msIntoSTSegmentPerLead: _Final[_groups.Cid3688Code]
AmplitudeAt40msIntoSTSegmentPerLead: _Final[_groups.Cid3688Code]
AmplitudeAt60msIntoSTSegmentPerLead: _Final[_groups.Cid3688Code]
AmplitudeAt80msIntoSTSegmentPerLead: _Final[_groups.Cid3688Code]
PMaximumAmplitudePerLead: _Final[_groups.Cid3688Code]
PMinimumAmplitudePerLead: _Final[_groups.Cid3688Code]
P3AmplitudePerLead: _Final[_groups.Cid3688Code]
QAmplitudePerLead: _Final[_groups.Cid3688Code]
RAmplitudePerLead: _Final[_groups.Cid3688Code]
R1AmplitudePerLead: _Final[_groups.Cid3688Code]
R2AmplitudePerLead: _Final[_groups.Cid3688Code]
R3AmplitudePerLead: _Final[_groups.Cid3688Code]
SAmplitudePerLead: _Final[_groups.Cid3688Code]
S1AmplitudePerLead: _Final[_groups.Cid3688Code]
S2AmplitudePerLead: _Final[_groups.Cid3688Code]
S3AmplitudePerLead: _Final[_groups.Cid3688Code]
TMaximumAmplitudePerLead: _Final[_groups.Cid3688Code]
TMinimumAmplitudePerLead: _Final[_groups.Cid3688Code]
STAmplitudePerLead: _Final[_groups.Cid3688Code]
MEMBERS: _Final[tuple[_groups.Cid3688Code, ...]]
