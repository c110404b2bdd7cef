"""CID 3802 Plaque Structure.

Extensible, version 20051103, UID 1.2.840.10008.6.1.264.

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
Fibrous: _Final[_groups.Cid3802Code]
FattyDegeneration: _Final[_groups.Cid3802Code]
PathologicCalcification: _Final[_groups.Cid3802Code]
Hyperplasia: _Final[_groups.Cid3802Code]
NonCalcified: _Final[_groups.Cid3802Code]
Mixed: _Final[_groups.Cid3802Code]
MEMBERS: _Final[tuple[_groups.Cid3802Code, ...]]
