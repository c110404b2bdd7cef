"""CID 10067 Radiation Attenuator Material.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1161.
Includes CID 10006.

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
CarbonFiber: _Final[_Code]
KevlarAramidFiber: _Final[_Code]
Beryllium: _Final[_Code]
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
