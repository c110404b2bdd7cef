"""CID 13 Imaging Contrast Agent Ingredient.

Extensible, version 20190817, UID 1.2.840.10008.6.1.11.

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
Iodine: _Final[_groups.Cid13Code]
Gadolinium: _Final[_groups.Cid13Code]
CarbonDioxide: _Final[_groups.Cid13Code]
Barium: _Final[_groups.Cid13Code]
Xenon: _Final[_groups.Cid13Code]
Air: _Final[_groups.Cid13Code]
Oxygen: _Final[_groups.Cid13Code]
Water: _Final[_groups.Cid13Code]
Iron: _Final[_groups.Cid13Code]
MEMBERS: _Final[tuple[_groups.Cid13Code, ...]]
