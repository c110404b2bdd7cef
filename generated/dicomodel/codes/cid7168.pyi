"""CID 7168 Brain Lesion Segmentation Type With Necrosis.

Extensible, version 20190327, UID 1.2.840.10008.6.1.1280.
Includes CID 7169.

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
Necrosis: _Final[_Code]
Background: _Final[_Code]
Normal: _Final[_Code]
Edema: _Final[_Code]
NonEnhancingLesion: _Final[_Code]
EnhancingLesion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
