"""CID 6086 Menopausal Phase.

Extensible, version 20040112, UID 1.2.840.10008.6.1.408.

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
BeforeMenopause: _Final[_groups.Cid6086Code]
DuringMenopause: _Final[_groups.Cid6086Code]
AfterMenopause: _Final[_groups.Cid6086Code]
PostsurgicalMenopause: _Final[_groups.Cid6086Code]
ArtificialMenopauseState: _Final[_groups.Cid6086Code]
MEMBERS: _Final[tuple[_groups.Cid6086Code, ...]]
