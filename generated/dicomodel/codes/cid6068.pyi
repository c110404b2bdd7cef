"""CID 6068 Tumor Stages From AJCC.

Extensible, version 20040112, UID 1.2.840.10008.6.1.397.

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
Stage0: _Final[_groups.Cid6068Code]
StageI: _Final[_groups.Cid6068Code]
StageIIA: _Final[_groups.Cid6068Code]
StageIIB: _Final[_groups.Cid6068Code]
StageIIIA: _Final[_groups.Cid6068Code]
StageIIIB: _Final[_groups.Cid6068Code]
StageIIIC: _Final[_groups.Cid6068Code]
StageIV: _Final[_groups.Cid6068Code]
MEMBERS: _Final[tuple[_groups.Cid6068Code, ...]]
