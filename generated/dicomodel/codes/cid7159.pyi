"""CID 7159 Lesion Segmentation Type.

Extensible, version 20240611, UID 1.2.840.10008.6.1.505.
Includes CID 7168.

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
Abscess: _Final[_Code]
BloodClot: _Final[_Code]
Cyst: _Final[_Code]
Edema: _Final[_Code]
Embolus: _Final[_Code]
Hemorrhage: _Final[_Code]
Inflammation: _Final[_Code]
Lesion: _Final[_Code]
Mass: _Final[_Code]
Necrosis: _Final[_Code]
Neoplasm: _Final[_Code]
NeoplasmPrimary: _Final[_Code]
NeoplasmSecondary: _Final[_Code]
Nodule: _Final[_Code]
Background: _Final[_Code]
Normal: _Final[_Code]
NonEnhancingLesion: _Final[_Code]
EnhancingLesion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
