"""CID 609 Animal Feeding Method.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1074.

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
AdLibitum: _Final[_groups.Cid609Code]
RestrictedDiet: _Final[_groups.Cid609Code]
FoodTreat: _Final[_groups.Cid609Code]
Gavage: _Final[_groups.Cid609Code]
MEMBERS: _Final[tuple[_groups.Cid609Code, ...]]
