"""CID 6157 Vascularity.

Extensible, version 20050822, UID 1.2.840.10008.6.1.471.

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
VascularityNotPresent: _Final[_groups.Cid6157Code]
VascularityNotAssessed: _Final[_groups.Cid6157Code]
VascularityPresentInLesion: _Final[_groups.Cid6157Code]
VascularityPresentImmediatelyAdjacentToLesion: _Final[_groups.Cid6157Code]
DiffuselyIncreasedVascularityInSurroundingTissue: _Final[_groups.Cid6157Code]
MEMBERS: _Final[tuple[_groups.Cid6157Code, ...]]
