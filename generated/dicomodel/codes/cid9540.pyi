"""CID 9540 Movable Beam Limiting Device Type.

Extensible, version 20221224, UID 1.2.840.10008.6.1.1458.

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
JawPair: _Final[_groups.Cid9540Code]
LeafPairs: _Final[_groups.Cid9540Code]
VariableCircularCollimator: _Final[_groups.Cid9540Code]
SingleLeaves: _Final[_groups.Cid9540Code]
MEMBERS: _Final[tuple[_groups.Cid9540Code, ...]]
