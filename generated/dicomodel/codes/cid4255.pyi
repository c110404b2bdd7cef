"""CID 4255 Visual Field Illumination Color.

Extensible, version 20100827, UID 1.2.840.10008.6.1.914.

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
Yellow: _Final[_Code]
White: _Final[_Code]
Red: _Final[_Code]
Blue: _Final[_Code]
Green: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
