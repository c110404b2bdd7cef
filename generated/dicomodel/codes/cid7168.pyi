"""CID 7168 Brain Lesion Segmentation Type With Necrosis.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1280.
Includes CID 7169.

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
Necrosis: _Final[_groups.Cid7168Code]
Background: _Final[_groups.Cid7168Code]
Normal: _Final[_groups.Cid7168Code]
Edema: _Final[_groups.Cid7168Code]
NonEnhancingLesion: _Final[_groups.Cid7168Code]
EnhancingLesion: _Final[_groups.Cid7168Code]
MEMBERS: _Final[tuple[_groups.Cid7168Code, ...]]
