"""CID 3227 QTc Measurement.

Extensible, version 20110330, UID 1.2.840.10008.6.1.773.

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
QtcIntervalGlobal: _Final[_Code]
QtcIntervalPerLead: _Final[_Code]
QtcGlobalUsingBazettFormula: _Final[_Code]
QtcGlobalUsingFredericiaFormula: _Final[_Code]
QtcPerLeadUsingBazettFormula: _Final[_Code]
QtcPerLeadUsingFredericiaFormula: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
