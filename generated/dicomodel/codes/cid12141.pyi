"""CID 12141 Fetal Vasculature Anatomical Location.

Extensible, version 20040322, UID 1.2.840.10008.6.1.592.

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
Aorta: _Final[_groups.Cid12141Code]
DescendingAorta: _Final[_groups.Cid12141Code]
MiddleCerebralArtery: _Final[_groups.Cid12141Code]
PulmonaryVein: _Final[_groups.Cid12141Code]
PulmonaryArtery: _Final[_groups.Cid12141Code]
MEMBERS: _Final[tuple[_groups.Cid12141Code, ...]]
