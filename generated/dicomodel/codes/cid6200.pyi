"""CID 6200 Colon Overall Assessment.

Extensible, version 20090402, UID 1.2.840.10008.6.1.787.

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
C0InadequateStudyAwaitingPriorComparisons: _Final[_groups.Cid6200Code]
C1NormalColonOrBenignLesion: _Final[_groups.Cid6200Code]
C2IntermediatePolypOrIndeterminateFinding: _Final[_groups.Cid6200Code]
C3PolypPossiblyAdvancedAdenoma: _Final[_groups.Cid6200Code]
C4ColonicMassLikelyMalignant: _Final[_groups.Cid6200Code]
MEMBERS: _Final[tuple[_groups.Cid6200Code, ...]]
