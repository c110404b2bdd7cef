"""CID 92 Joint Position During Acquisition.

Extensible, version 20100625, UID 1.2.840.10008.6.1.892.

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
NeutralMusculoskeletalPosition: _Final[_Code]
Flexion: _Final[_Code]
Extension: _Final[_Code]
Abduction: _Final[_Code]
Adduction: _Final[_Code]
InternalRotation: _Final[_Code]
ExternalRotation: _Final[_Code]
Supination: _Final[_Code]
Pronation: _Final[_Code]
Torsion: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
