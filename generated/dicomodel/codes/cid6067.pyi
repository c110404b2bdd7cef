"""CID 6067 Fluid Color.

Extensible, version 20040112, UID 1.2.840.10008.6.1.396.

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
WhiteColor: _Final[_Code]
YellowColor: _Final[_Code]
LightBrownColor: _Final[_Code]
GreenColor: _Final[_Code]
GrayColor: _Final[_Code]
DarkRedColor: _Final[_Code]
DarkBrownColor: _Final[_Code]
Clear: _Final[_Code]
BrownColor: _Final[_Code]
BrightRedColor: _Final[_Code]
BloodTingedColor: _Final[_Code]
BlackColor: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
