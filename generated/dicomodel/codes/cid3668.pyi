"""CID 3668 Framingham Table.

Extensible, version 20030327, UID 1.2.840.10008.6.1.184.

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
LDLCholesterolScoreSheetForMen: _Final[_groups.Cid3668Code]
LDLCholesterolScoreSheetForWomen: _Final[_groups.Cid3668Code]
TotalCholesterolScoreSheetForMen: _Final[_groups.Cid3668Code]
TotalCholesterolScoreSheetForWomen: _Final[_groups.Cid3668Code]
MEMBERS: _Final[tuple[_groups.Cid3668Code, ...]]
