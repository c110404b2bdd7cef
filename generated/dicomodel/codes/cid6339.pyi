"""CID 6339 MRI Shape Characteristic.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1396.
Includes CID 6340.

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
Round: _Final[_groups.Cid6339Code]
OvoidShape: _Final[_groups.Cid6339Code]
Lenticular: _Final[_groups.Cid6339Code]
Lobulated: _Final[_groups.Cid6339Code]
DropShaped: _Final[_groups.Cid6339Code]
WedgeShaped: _Final[_groups.Cid6339Code]
Linear: _Final[_groups.Cid6339Code]
Irregular: _Final[_groups.Cid6339Code]
MEMBERS: _Final[tuple[_groups.Cid6339Code, ...]]
