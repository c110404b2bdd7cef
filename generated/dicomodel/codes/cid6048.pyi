"""CID 6048 CAD Operating Point Axis Label.

Extensible, version 20060612, UID 1.2.840.10008.6.1.378.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
CertaintyOfFinding: _Final[_Code]
ProbabilityOfCancer: _Final[_Code]
FalseMarkersPerImage: _Final[_Code]
FalseMarkersPerCase: _Final[_Code]
CaseSensitivity: _Final[_Code]
LesionSensitivity: _Final[_Code]
CaseSpecificity: _Final[_Code]
ImageSpecificity: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
