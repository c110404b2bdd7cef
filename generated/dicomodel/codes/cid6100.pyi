"""CID 6100 Chest Component Category.

Extensible, version 20240611, UID 1.2.840.10008.6.1.420.

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
Bronchovascular: _Final[_Code]
PleuralStructure: _Final[_Code]
Mediastinum: _Final[_Code]
Heart: _Final[_Code]
Osseous: _Final[_Code]
SystemicVascularStructure: _Final[_Code]
Muscular: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
