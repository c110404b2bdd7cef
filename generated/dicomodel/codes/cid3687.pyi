"""CID 3687 Electrophysiology Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.201.

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
PDurationPerLead: _Final[_Code]
POnsetToP1DurationPerLead: _Final[_Code]
POnsetToP2DurationPerLead: _Final[_Code]
POnsetToP3DurationPerLead: _Final[_Code]
POffsetToQRSOnsetDurationPerLead: _Final[_Code]
QDurationPerLead: _Final[_Code]
QRSDurationPerLead: _Final[_Code]
QTDurationPerLead: _Final[_Code]
R1DurationPerLead: _Final[_Code]
R2DurationPerLead: _Final[_Code]
R3DurationPerLead: _Final[_Code]
S1DurationPerLead: _Final[_Code]
S2DurationPerLead: _Final[_Code]
S3DurationPerLead: _Final[_Code]
VentricularActivationTimePerLead: _Final[_Code]
PPTimePeriodPerLead: _Final[_Code]
RRTimePeriodPerLead: _Final[_Code]
PQTimePeriodPerLead: _Final[_Code]
PQSegmentTimePeriodPerLead: _Final[_Code]
QTUTimePeriodPerLead: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
