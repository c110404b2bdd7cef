"""CID 10017 X-Ray Grid.

Extensible, version 20210903, UID 1.2.840.10008.6.1.549.

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
FixedGrid: _Final[_groups.Cid10017Code]
FocusedGrid: _Final[_groups.Cid10017Code]
ReciprocatingGrid: _Final[_groups.Cid10017Code]
ParallelGrid: _Final[_groups.Cid10017Code]
CrossedGrid: _Final[_groups.Cid10017Code]
NoGrid: _Final[_groups.Cid10017Code]
VirtualGrid: _Final[_groups.Cid10017Code]
MEMBERS: _Final[tuple[_groups.Cid10017Code, ...]]
