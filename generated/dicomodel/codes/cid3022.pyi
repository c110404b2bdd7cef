"""CID 3022 CAD-RADS™ Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1431.

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
NNonDiagnosticSegments: _Final[_groups.Cid3022Code]
SStent: _Final[_groups.Cid3022Code]
GGraft: _Final[_groups.Cid3022Code]
VVulnerablePlaque: _Final[_groups.Cid3022Code]
MEMBERS: _Final[tuple[_groups.Cid3022Code, ...]]
