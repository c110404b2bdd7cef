"""CID 4206 Ophthalmic Channel Description.

Extensible, version 20040921, UID 1.2.840.10008.6.1.322.

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
Blue: _Final[_groups.Cid4206Code]
FullSpectrum: _Final[_groups.Cid4206Code]
Green: _Final[_groups.Cid4206Code]
Infrared: _Final[_groups.Cid4206Code]
Red: _Final[_groups.Cid4206Code]
RedFree: _Final[_groups.Cid4206Code]
Ultraviolet: _Final[_groups.Cid4206Code]
MEMBERS: _Final[tuple[_groups.Cid4206Code, ...]]
