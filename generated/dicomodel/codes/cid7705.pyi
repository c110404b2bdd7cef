"""CID 7705 Commissural Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1017.

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
AnteriorCommissure: _Final[_Code]
CorpusCallosum: _Final[_Code]
GenuOfCorpusCallosum: _Final[_Code]
SpleniumOfCorpusCallosum: _Final[_Code]
TapetumOfCorpusCallosum: _Final[_Code]
ForcepsMinor: _Final[_Code]
ForcepsMajor: _Final[_Code]
PosteriorCommissure: _Final[_Code]
HabenularCommissure: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
