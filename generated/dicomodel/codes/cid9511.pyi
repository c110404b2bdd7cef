"""CID 9511 General External Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1221.

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
StaticBeam: _Final[_groups.Cid9511Code]
ArcBeam: _Final[_groups.Cid9511Code]
ConformalArcBeam: _Final[_groups.Cid9511Code]
StepAndShootBeam: _Final[_groups.Cid9511Code]
SlidingWindowBeam: _Final[_groups.Cid9511Code]
VMAT: _Final[_groups.Cid9511Code]
MEMBERS: _Final[tuple[_groups.Cid9511Code, ...]]
