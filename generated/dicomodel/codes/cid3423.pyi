"""CID 3423 Numeric Device Characteristic.

Extensible, version 20160314, UID 1.2.840.10008.6.1.86.

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
Length: _Final[_groups.Cid3423Code]
Diameter: _Final[_groups.Cid3423Code]
CatheterCurve: _Final[_groups.Cid3423Code]
TransmitFrequency: _Final[_groups.Cid3423Code]
Volume: _Final[_groups.Cid3423Code]
InterMarkerDistance: _Final[_groups.Cid3423Code]
MEMBERS: _Final[tuple[_groups.Cid3423Code, ...]]
