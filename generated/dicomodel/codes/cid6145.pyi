"""CID 6145 Baseline Category.

Extensible, version 20030108, UID 1.2.840.10008.6.1.465.

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
TargetLesionAtBaseline: _Final[_groups.Cid6145Code]
NonTargetLesionAtBaseline: _Final[_groups.Cid6145Code]
NonLesionAtBaseline: _Final[_groups.Cid6145Code]
MEMBERS: _Final[tuple[_groups.Cid6145Code, ...]]
