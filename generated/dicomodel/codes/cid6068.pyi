"""CID 6068 Tumor Stages From AJCC.

Extensible, version 20040112, UID 1.2.840.10008.6.1.397.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
Stage0: _Final[_Code]
StageI: _Final[_Code]
StageIIA: _Final[_Code]
StageIIB: _Final[_Code]
StageIIIA: _Final[_Code]
StageIIIB: _Final[_Code]
StageIIIC: _Final[_Code]
StageIV: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
