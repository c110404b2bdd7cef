"""CID 3440 Peripheral Pulse Location.

Extensible, version 20170914, UID 1.2.840.10008.6.1.93.

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
BrachialArtery: _Final[_groups.Cid3440Code]
CarotidArtery: _Final[_groups.Cid3440Code]
DorsalisPedisArtery: _Final[_groups.Cid3440Code]
FemoralArtery: _Final[_groups.Cid3440Code]
PoplitealArtery: _Final[_groups.Cid3440Code]
PosteriorTibialArtery: _Final[_groups.Cid3440Code]
RadialArtery: _Final[_groups.Cid3440Code]
UlnarArtery: _Final[_groups.Cid3440Code]
MEMBERS: _Final[tuple[_groups.Cid3440Code, ...]]
