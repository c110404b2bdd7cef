"""CID 6144 RECIST Defined Lesion Response.

Extensible, version 20030108, UID 1.2.840.10008.6.1.464.

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
TargetLesionCompleteResponse: _Final[_groups.Cid6144Code]
TargetLesionPartialResponse: _Final[_groups.Cid6144Code]
TargetLesionProgressiveDisease: _Final[_groups.Cid6144Code]
TargetLesionStableDisease: _Final[_groups.Cid6144Code]
NonTargetLesionCompleteResponse: _Final[_groups.Cid6144Code]
NonTargetLesionIncompleteResponseOrStableDisease: _Final[_groups.Cid6144Code]
NonTargetLesionProgressiveDisease: _Final[_groups.Cid6144Code]
MEMBERS: _Final[tuple[_groups.Cid6144Code, ...]]
