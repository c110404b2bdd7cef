"""CID 6067 Fluid Color.

Extensible, version 20040112, UID 1.2.840.10008.6.1.396.

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
WhiteColor: _Final[_groups.Cid6067Code]
YellowColor: _Final[_groups.Cid6067Code]
LightBrownColor: _Final[_groups.Cid6067Code]
GreenColor: _Final[_groups.Cid6067Code]
GrayColor: _Final[_groups.Cid6067Code]
DarkRedColor: _Final[_groups.Cid6067Code]
DarkBrownColor: _Final[_groups.Cid6067Code]
Clear: _Final[_groups.Cid6067Code]
BrownColor: _Final[_groups.Cid6067Code]
BrightRedColor: _Final[_groups.Cid6067Code]
BloodTingedColor: _Final[_groups.Cid6067Code]
BlackColor: _Final[_groups.Cid6067Code]
MEMBERS: _Final[tuple[_groups.Cid6067Code, ...]]
