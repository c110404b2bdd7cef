"""CID 6008 Density Modifier.

Extensible, version 20020904, UID 1.2.840.10008.6.1.338.
Includes CID 6009.

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
HighDensityLesion: _Final[_Code]
EqualDensityIsodenseLesion: _Final[_Code]
LowDensityNotContainingFatLesion: _Final[_Code]
FatContainingRadiolucentLesion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
