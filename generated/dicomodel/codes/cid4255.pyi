"""CID 4255 Visual Field Illumination Color.

Extensible, version 20100827, UID 1.2.840.10008.6.1.914.

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
Yellow: _Final[_groups.Cid4255Code]
White: _Final[_groups.Cid4255Code]
Red: _Final[_groups.Cid4255Code]
Blue: _Final[_groups.Cid4255Code]
Green: _Final[_groups.Cid4255Code]
MEMBERS: _Final[tuple[_groups.Cid4255Code, ...]]
