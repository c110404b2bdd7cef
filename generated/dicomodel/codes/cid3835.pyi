"""CID 3835 Cardiac Volume Measurement.

Extensible, version 20051103, UID 1.2.840.10008.6.1.285.
Includes CID 3468, CID 3469.

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
StrokeVolume: _Final[_groups.Cid3835Code]
LeftVentricularEDVolume: _Final[_groups.Cid3835Code]
RightVentricularEDVolume: _Final[_groups.Cid3835Code]
LeftAtrialEDVolume: _Final[_groups.Cid3835Code]
LeftVentricularESVolume: _Final[_groups.Cid3835Code]
RightVentricularESVolume: _Final[_groups.Cid3835Code]
LeftAtrialESVolume: _Final[_groups.Cid3835Code]
MEMBERS: _Final[tuple[_groups.Cid3835Code, ...]]
