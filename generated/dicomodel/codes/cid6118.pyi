"""CID 6118 Size Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.438.

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
ExtremelySmall: _Final[_groups.Cid6118Code]
VerySmall: _Final[_groups.Cid6118Code]
Small: _Final[_groups.Cid6118Code]
Medium: _Final[_groups.Cid6118Code]
Large: _Final[_groups.Cid6118Code]
Enlarged: _Final[_groups.Cid6118Code]
TooSmall: _Final[_groups.Cid6118Code]
MEMBERS: _Final[tuple[_groups.Cid6118Code, ...]]
