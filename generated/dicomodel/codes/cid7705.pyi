"""CID 7705 Commissural Fiber.

Extensible, version 20160314, UID 1.2.840.10008.6.1.1017.

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
AnteriorCommissure: _Final[_groups.Cid7705Code]
CorpusCallosum: _Final[_groups.Cid7705Code]
GenuOfCorpusCallosum: _Final[_groups.Cid7705Code]
SpleniumOfCorpusCallosum: _Final[_groups.Cid7705Code]
TapetumOfCorpusCallosum: _Final[_groups.Cid7705Code]
ForcepsMinor: _Final[_groups.Cid7705Code]
ForcepsMajor: _Final[_groups.Cid7705Code]
PosteriorCommissure: _Final[_groups.Cid7705Code]
HabenularCommissure: _Final[_groups.Cid7705Code]
MEMBERS: _Final[tuple[_groups.Cid7705Code, ...]]
