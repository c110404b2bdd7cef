"""CID 10067 Radiation Attenuator Material.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1161.
Includes CID 10006.

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
CarbonFiber: _Final[_groups.Cid10067Code]
KevlarAramidFiber: _Final[_groups.Cid10067Code]
Beryllium: _Final[_groups.Cid10067Code]
Molybdenum: _Final[_groups.Cid10067Code]
Aluminum: _Final[_groups.Cid10067Code]
Copper: _Final[_groups.Cid10067Code]
Rhodium: _Final[_groups.Cid10067Code]
Niobium: _Final[_groups.Cid10067Code]
Europium: _Final[_groups.Cid10067Code]
Lead: _Final[_groups.Cid10067Code]
Tantalum: _Final[_groups.Cid10067Code]
Silver: _Final[_groups.Cid10067Code]
Tin: _Final[_groups.Cid10067Code]
MEMBERS: _Final[tuple[_groups.Cid10067Code, ...]]
