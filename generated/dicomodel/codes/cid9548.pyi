"""CID 9548 General Accessory Device Type.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1295.

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
Graticule: _Final[_groups.Cid9548Code]
Reticle: _Final[_groups.Cid9548Code]
ImageDetector: _Final[_groups.Cid9548Code]
FilmHolder: _Final[_groups.Cid9548Code]
WinstonLutzPointer: _Final[_groups.Cid9548Code]
BowtieFilter: _Final[_groups.Cid9548Code]
MEMBERS: _Final[tuple[_groups.Cid9548Code, ...]]
