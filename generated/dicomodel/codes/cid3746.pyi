"""CID 3746 Percutaneous Entry Site.

Extensible, version 20110609, UID 1.2.840.10008.6.1.243.

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
ViaFemoralArtery: _Final[_groups.Cid3746Code]
ViaRadialArtery: _Final[_groups.Cid3746Code]
ViaBrachialArtery: _Final[_groups.Cid3746Code]
ViaArtery: _Final[_groups.Cid3746Code]
ViaArmVein: _Final[_groups.Cid3746Code]
ViaFemoralVein: _Final[_groups.Cid3746Code]
ViaVein: _Final[_groups.Cid3746Code]
MEMBERS: _Final[tuple[_groups.Cid3746Code, ...]]
