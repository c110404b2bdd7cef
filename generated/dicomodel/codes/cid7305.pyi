"""CID 7305 Implant Planning Landmark.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1036.
Includes CID 7306.

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
AnatomicalAxisOfFemur: _Final[_groups.Cid7305Code]
AcetabularCenterOfRotation: _Final[_groups.Cid7305Code]
FemurHeadCenterOfRotation: _Final[_groups.Cid7305Code]
MEMBERS: _Final[tuple[_groups.Cid7305Code, ...]]
