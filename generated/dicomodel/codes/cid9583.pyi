"""CID 9583 RT Plan Radiotherapy Procedure Technique.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1486.
Includes CID 9511, CID 9512.

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
StaticBeam: _Final[_groups.Cid9583Code]
ArcBeam: _Final[_groups.Cid9583Code]
ConformalArcBeam: _Final[_groups.Cid9583Code]
StepAndShootBeam: _Final[_groups.Cid9583Code]
SlidingWindowBeam: _Final[_groups.Cid9583Code]
VMAT: _Final[_groups.Cid9583Code]
HelicalBeam: _Final[_groups.Cid9583Code]
TopographicBeam: _Final[_groups.Cid9583Code]
MEMBERS: _Final[tuple[_groups.Cid9583Code, ...]]
