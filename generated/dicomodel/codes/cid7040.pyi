"""CID 7040 Broselow-Luten Pediatric Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.824.

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
BroselowLutenPinkZone67kg: _Final[_Code]
BroselowLutenRedZone89kg: _Final[_Code]
BroselowLutenPurpleZone1011kg: _Final[_Code]
BroselowLutenYellowZone1214kg: _Final[_Code]
BroselowLutenWhiteZone1518kg: _Final[_Code]
BroselowLutenBlueZone1923kg: _Final[_Code]
BroselowLutenOrangeZone2429kg: _Final[_Code]
BroselowLutenGreenZone3036kg: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
