"""CID 3227 QTc Measurement.

Extensible, version 20110330, UID 1.2.840.10008.6.1.773.

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
QtcIntervalGlobal: _Final[_groups.Cid3227Code]
QtcIntervalPerLead: _Final[_groups.Cid3227Code]
QtcGlobalUsingBazettFormula: _Final[_groups.Cid3227Code]
QtcGlobalUsingFredericiaFormula: _Final[_groups.Cid3227Code]
QtcPerLeadUsingBazettFormula: _Final[_groups.Cid3227Code]
QtcPerLeadUsingFredericiaFormula: _Final[_groups.Cid3227Code]
MEMBERS: _Final[tuple[_groups.Cid3227Code, ...]]
