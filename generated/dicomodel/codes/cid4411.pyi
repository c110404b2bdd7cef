"""CID 4411 Lesion Color.

Extensible, version 20231115, UID 1.2.840.10008.6.1.1479.

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
Red: _Final[_Code]
Orange: _Final[_Code]
Pink: _Final[_Code]
Yellow: _Final[_Code]
Purple: _Final[_Code]
White: _Final[_Code]
Black: _Final[_Code]
Gray: _Final[_Code]
Brown: _Final[_Code]
Blue: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
