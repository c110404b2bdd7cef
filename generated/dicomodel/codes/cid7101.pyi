"""CID 7101 Brain Atlas Fiducial.

Extensible, version 20040115, UID 1.2.840.10008.6.1.495.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid7101Code]]
