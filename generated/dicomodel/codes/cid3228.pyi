"""CID 3228 ECG Timing Measurement.

Extensible, version 20080927, UID 1.2.840.10008.6.1.774.

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
PRIntervalGlobal: _Final[_Code]
QTIntervalGlobal: _Final[_Code]
QRSDurationGlobal: _Final[_Code]
PDurationGlobal: _Final[_Code]
PPIntervalGlobal: _Final[_Code]
RRIntervalGlobal: _Final[_Code]
PRIntervalPerLead: _Final[_Code]
QTIntervalPerLead: _Final[_Code]
QRSDurationPerLead: _Final[_Code]
PDurationPerLead: _Final[_Code]
PPIntervalPerLead: _Final[_Code]
RRIntervalPerLead: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
