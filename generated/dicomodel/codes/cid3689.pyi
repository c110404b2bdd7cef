"""CID 3689 ECG Global Waveform Duration.

Extensible, version 20110330, UID 1.2.840.10008.6.1.927.

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
PDurationGlobal: _Final[_groups.Cid3689Code]
PPTimePeriodGlobal: _Final[_groups.Cid3689Code]
PQTimePeriodGlobal: _Final[_groups.Cid3689Code]
PRTimePeriodGlobal: _Final[_groups.Cid3689Code]
PQSegmentTimePeriodGlobal: _Final[_groups.Cid3689Code]
QRSDurationGlobal: _Final[_groups.Cid3689Code]
QTDurationGlobal: _Final[_groups.Cid3689Code]
RRTimePeriodGlobal: _Final[_groups.Cid3689Code]
QTUTimePeriodGlobal: _Final[_groups.Cid3689Code]
MEMBERS: _Final[tuple[_groups.Cid3689Code, ...]]
