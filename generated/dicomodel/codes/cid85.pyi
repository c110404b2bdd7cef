"""CID 85 SUV Unit.

Extensible, version 20161106, UID 1.2.840.10008.6.1.984.

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
StandardizedUptakeValueBodyWeight: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJames: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJames128Multiplier: _Final[_groups.Cid85Code]
StandardizedUptakeValueLeanBodyMassJanma: _Final[_groups.Cid85Code]
StandardizedUptakeValueBodySurfaceArea: _Final[_groups.Cid85Code]
StandardizedUptakeValueIdealBodyWeight: _Final[_groups.Cid85Code]
MEMBERS: _Final[tuple[_groups.Cid85Code, ...]]
