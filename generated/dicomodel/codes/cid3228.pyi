"""CID 3228 ECG Timing Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.774.

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
PRIntervalGlobal: _Final[_groups.Cid3228Code]
QTIntervalGlobal: _Final[_groups.Cid3228Code]
QRSDurationGlobal: _Final[_groups.Cid3228Code]
PDurationGlobal: _Final[_groups.Cid3228Code]
PPIntervalGlobal: _Final[_groups.Cid3228Code]
RRIntervalGlobal: _Final[_groups.Cid3228Code]
PRIntervalPerLead: _Final[_groups.Cid3228Code]
QTIntervalPerLead: _Final[_groups.Cid3228Code]
QRSDurationPerLead: _Final[_groups.Cid3228Code]
PDurationPerLead: _Final[_groups.Cid3228Code]
PPIntervalPerLead: _Final[_groups.Cid3228Code]
RRIntervalPerLead: _Final[_groups.Cid3228Code]
MEMBERS: _Final[tuple[_groups.Cid3228Code, ...]]
