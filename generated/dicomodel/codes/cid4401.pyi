"""CID 4401 Fitzpatrick Skin Type.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1346.

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
FitzpatrickSkinTypeI: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeII: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeIII: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeIV: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeV: _Final[_groups.Cid4401Code]
FitzpatrickSkinTypeVI: _Final[_groups.Cid4401Code]
MEMBERS: _Final[tuple[_groups.Cid4401Code, ...]]
