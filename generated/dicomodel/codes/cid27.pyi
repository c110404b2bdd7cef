"""CID 27 Basic Cardiac View.

Extensible, version 20120822, UID 1.2.840.10008.6.1.957.

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
ShortAxis: _Final[_groups.Cid27Code]
VerticalLongAxis: _Final[_groups.Cid27Code]
HorizontalLongAxis: _Final[_groups.Cid27Code]
MEMBERS: _Final[tuple[_groups.Cid27Code, ...]]
