"""CID 3485 IVUS Volume Measurement.

Extensible, version 20040614, UID 1.2.840.10008.6.1.120.

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
EEMVolume: _Final[_groups.Cid3485Code]
LumenVolume: _Final[_groups.Cid3485Code]
StentVolume: _Final[_groups.Cid3485Code]
InStentNeointimalVolume: _Final[_groups.Cid3485Code]
NativePlaqueVolume: _Final[_groups.Cid3485Code]
TotalPlaqueVolume: _Final[_groups.Cid3485Code]
MEMBERS: _Final[tuple[_groups.Cid3485Code, ...]]
