"""CID 21 Patient Equipment Relationship.

Extensible, version 20151110, UID 1.2.840.10008.6.1.15.

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
Oblique: _Final[_groups.Cid21Code]
Headfirst: _Final[_groups.Cid21Code]
FeetFirst: _Final[_groups.Cid21Code]
Transverse: _Final[_groups.Cid21Code]
LeftFirst: _Final[_groups.Cid21Code]
RightFirst: _Final[_groups.Cid21Code]
PosteriorFirst: _Final[_groups.Cid21Code]
AnteriorFirst: _Final[_groups.Cid21Code]
MEMBERS: _Final[tuple[_groups.Cid21Code, ...]]
