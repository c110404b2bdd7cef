"""CID 6212 Calculated Value for Colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.799.

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
PolypStalkLength: _Final[_groups.Cid6212Code]
PolypSizeLargestDimension: _Final[_groups.Cid6212Code]
PolypStalkWidth: _Final[_groups.Cid6212Code]
DistanceFromAnus: _Final[_groups.Cid6212Code]
MEMBERS: _Final[tuple[_groups.Cid6212Code, ...]]
