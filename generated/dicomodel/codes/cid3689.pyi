"""CID 3689 ECG Global Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.927.

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
PDurationGlobal: _Final[_Code]
PPTimePeriodGlobal: _Final[_Code]
PQTimePeriodGlobal: _Final[_Code]
PRTimePeriodGlobal: _Final[_Code]
PQSegmentTimePeriodGlobal: _Final[_Code]
QRSDurationGlobal: _Final[_Code]
QTDurationGlobal: _Final[_Code]
RRTimePeriodGlobal: _Final[_Code]
QTUTimePeriodGlobal: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
