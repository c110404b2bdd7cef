"""CID 3688 Electrophysiology Waveform Voltage.

Extensible, version 20110330, UID 1.2.840.10008.6.1.202.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid3688Code]]
