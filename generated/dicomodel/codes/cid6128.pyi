"""CID 6128 Chest Distribution Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.448.

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
BatWingDistribution: _Final[_Code]
ButterflyDistribution: _Final[_Code]
Centrilobular: _Final[_Code]
Coalescent: _Final[_Code]
Diffuse: _Final[_Code]
Discoid: _Final[_Code]
Disseminated: _Final[_Code]
Focal: _Final[_Code]
Generalized: _Final[_Code]
Lobar: _Final[_Code]
Multifocal: _Final[_Code]
Segmental: _Final[_Code]
Systemic: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
