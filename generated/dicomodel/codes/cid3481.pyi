"""CID 3481 IVUS Distance Measurement.

Extensible, version 20050110, UID 1.2.840.10008.6.1.116.

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
EEMDiameter: _Final[_groups.Cid3481Code]
VesselLumenDiameter: _Final[_groups.Cid3481Code]
StentDiameter: _Final[_groups.Cid3481Code]
PlaquePlusMediaThickness: _Final[_groups.Cid3481Code]
LumenPerimeter: _Final[_groups.Cid3481Code]
MEMBERS: _Final[tuple[_groups.Cid3481Code, ...]]
