"""CID 3805 Stenosis Type.

Extensible, version 20051103, UID 1.2.840.10008.6.1.266.

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
ArterioscleroticVascularDisease: _Final[_groups.Cid3805Code]
Compression: _Final[_groups.Cid3805Code]
Fibrous: _Final[_groups.Cid3805Code]
RaynaudDisease: _Final[_groups.Cid3805Code]
Entrapment: _Final[_groups.Cid3805Code]
Vasculitis: _Final[_groups.Cid3805Code]
Thrombosis: _Final[_groups.Cid3805Code]
Embolism: _Final[_groups.Cid3805Code]
CysticAdventitialDisease: _Final[_groups.Cid3805Code]
MEMBERS: _Final[tuple[_groups.Cid3805Code, ...]]
