"""CID 7101 Brain Atlas Fiducial.

Extensible, version 20040115, UID 1.2.840.10008.6.1.495.

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
InterHemisphericPlane: _Final[_groups.Cid7101Code]
AnteriorCommissure: _Final[_groups.Cid7101Code]
PosteriorCommissure: _Final[_groups.Cid7101Code]
RightHemisphereMostAnterior: _Final[_groups.Cid7101Code]
RightHemisphereMostPosterior: _Final[_groups.Cid7101Code]
RightHemisphereMostSuperior: _Final[_groups.Cid7101Code]
RightHemisphereMostInferior: _Final[_groups.Cid7101Code]
LeftHemisphereMostAnterior: _Final[_groups.Cid7101Code]
LeftHemisphereMostPosterior: _Final[_groups.Cid7101Code]
LeftHemisphereMostSuperior: _Final[_groups.Cid7101Code]
LeftHemisphereMostInferior: _Final[_groups.Cid7101Code]
MEMBERS: _Final[tuple[_groups.Cid7101Code, ...]]
