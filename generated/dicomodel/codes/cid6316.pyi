"""CID 6316 MR Imaging Artifact.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1373.

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
MotionRelatedArtifact: _Final[_groups.Cid6316Code]
PhaseWraparoundArtifact: _Final[_groups.Cid6316Code]
Smearing: _Final[_groups.Cid6316Code]
Ghost: _Final[_groups.Cid6316Code]
TissueMagneticSusceptibilityEffect: _Final[_groups.Cid6316Code]
FerromagneticImplantMagneticSusceptibilityEffect: _Final[_groups.Cid6316Code]
NonUniformSignalIntensityArtifact: _Final[_groups.Cid6316Code]
ParallelImagingArtifact: _Final[_groups.Cid6316Code]
ChemicalShiftArtifact: _Final[_groups.Cid6316Code]
MEMBERS: _Final[tuple[_groups.Cid6316Code, ...]]
