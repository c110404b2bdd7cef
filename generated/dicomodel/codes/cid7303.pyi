"""CID 7303 Implant Template Modified View Orientation.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1034.

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
AP45_112300: _Final[_groups.Cid7303Code]
AP45_112301: _Final[_groups.Cid7303Code]
MEMBERS: _Final[tuple[_groups.Cid7303Code, ...]]
