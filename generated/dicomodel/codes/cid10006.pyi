"""CID 10006 X-Ray Filter Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.539.

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
Molybdenum: _Final[_Code]
Aluminum: _Final[_Code]
Copper: _Final[_Code]
Rhodium: _Final[_Code]
Niobium: _Final[_Code]
Europium: _Final[_Code]
Lead: _Final[_Code]
Tantalum: _Final[_Code]
Silver: _Final[_Code]
Tin: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
