"""CID 7101 Brain Atlas Fiducial.

Extensible, version 20040115, UID 1.2.840.10008.6.1.495.

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
InterHemisphericPlane: _Final[_Code]
AnteriorCommissure: _Final[_Code]
PosteriorCommissure: _Final[_Code]
RightHemisphereMostAnterior: _Final[_Code]
RightHemisphereMostPosterior: _Final[_Code]
RightHemisphereMostSuperior: _Final[_Code]
RightHemisphereMostInferior: _Final[_Code]
LeftHemisphereMostAnterior: _Final[_Code]
LeftHemisphereMostPosterior: _Final[_Code]
LeftHemisphereMostSuperior: _Final[_Code]
LeftHemisphereMostInferior: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
