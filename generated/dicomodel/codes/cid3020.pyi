"""CID 3020 Assessment from CAD-RADS™.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1429.

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
_0DocumentedAbsenceOfCAD: _Final[_groups.Cid3020Code]
_1MinimalNonObstructiveCAD: _Final[_groups.Cid3020Code]
_2MildNonObstructiveCAD: _Final[_groups.Cid3020Code]
_3ModerateStenosis: _Final[_groups.Cid3020Code]
_4SevereStenosis: _Final[_groups.Cid3020Code]
_5TotalCoronaryOcclusion: _Final[_groups.Cid3020Code]
NNonDiagnosticStudy: _Final[_groups.Cid3020Code]
MEMBERS: _Final[tuple[_groups.Cid3020Code, ...]]
