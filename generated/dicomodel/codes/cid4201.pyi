"""CID 4201 Patient Eye Movement Command.

Extensible, version 20040921, UID 1.2.840.10008.6.1.317.

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
PrimaryGaze: _Final[_Code]
UpwardGaze: _Final[_Code]
LeftUpgaze: _Final[_Code]
LeftGaze: _Final[_Code]
LeftDowngaze: _Final[_Code]
Downgaze: _Final[_Code]
RightDowngaze: _Final[_Code]
RightGaze: _Final[_Code]
RightUpgaze: _Final[_Code]
ConvergentGaze: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
