"""CID 6129 Chest Site Involvement.

Extensible, version 20240611, UID 1.2.840.10008.6.1.449.

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
Lung: _Final[_Code]
Mediastinum: _Final[_Code]
Lobar: _Final[_Code]
InterstitialTissue: _Final[_Code]
Bronchial: _Final[_Code]
HilumOfLung: _Final[_Code]
Aorta: _Final[_Code]
PleuralStructure: _Final[_Code]
ChestWall: _Final[_Code]
UpperAbdomen: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
