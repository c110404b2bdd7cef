"""CID 3453 Cardiac Volume Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.100.

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
AreaLengthKennedy: _Final[_groups.Cid3453Code]
AreaLengthDodge: _Final[_groups.Cid3453Code]
AreaLengthWynne: _Final[_groups.Cid3453Code]
MultipleSlices: _Final[_groups.Cid3453Code]
Boak: _Final[_groups.Cid3453Code]
TSPyramid: _Final[_groups.Cid3453Code]
TwoChamber: _Final[_groups.Cid3453Code]
Parallelepiped: _Final[_groups.Cid3453Code]
MEMBERS: _Final[tuple[_groups.Cid3453Code, ...]]
