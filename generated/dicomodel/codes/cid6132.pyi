"""CID 6132 Chest Calcification Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.452.

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
EggshellCalcification: _Final[_Code]
CoarsePopcornLikeCalcification: _Final[_Code]
Target: _Final[_Code]
Laminated: _Final[_Code]
Fibrocalcific: _Final[_Code]
Flocculent: _Final[_Code]
Nodular: _Final[_Code]
Ossification: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
