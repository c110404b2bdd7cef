"""CID 6340 Prostate MRI Shape Characteristic from PI-RADS®.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1397.

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
Round: _Final[_Code]
OvoidShape: _Final[_Code]
Lenticular: _Final[_Code]
Lobulated: _Final[_Code]
DropShaped: _Final[_Code]
WedgeShaped: _Final[_Code]
Linear: _Final[_Code]
Irregular: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
