"""CID 3487 Intravascular Volumetric Region.

Extensible, version 20170413, UID 1.2.840.10008.6.1.122.

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
StentedRegion: _Final[_groups.Cid3487Code]
EntirePullback: _Final[_groups.Cid3487Code]
ProximalStentMargin: _Final[_groups.Cid3487Code]
DistalStentMargin: _Final[_groups.Cid3487Code]
MorphologicallyAbnormalStructure: _Final[_groups.Cid3487Code]
Lesion: _Final[_groups.Cid3487Code]
CulpritLesion: _Final[_groups.Cid3487Code]
MEMBERS: _Final[tuple[_groups.Cid3487Code, ...]]
