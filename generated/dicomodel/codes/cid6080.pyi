"""CID 6080 Gynecological Hormone.

Extensible, version 20050822, UID 1.2.840.10008.6.1.402.

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
Contraceptives: _Final[_groups.Cid6080Code]
EstrogenProduct: _Final[_groups.Cid6080Code]
ProgesteroneProduct: _Final[_groups.Cid6080Code]
Tamoxifen: _Final[_groups.Cid6080Code]
UnspecifiedGynecologicalHormone: _Final[_groups.Cid6080Code]
Raloxifene: _Final[_groups.Cid6080Code]
Anastrozole: _Final[_groups.Cid6080Code]
MEMBERS: _Final[tuple[_groups.Cid6080Code, ...]]
