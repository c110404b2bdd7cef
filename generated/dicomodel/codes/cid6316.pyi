"""CID 6316 MR Imaging Artifact.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1373.

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
MotionRelatedArtifact: _Final[_Code]
PhaseWraparoundArtifact: _Final[_Code]
Smearing: _Final[_Code]
Ghost: _Final[_Code]
TissueMagneticSusceptibilityEffect: _Final[_Code]
FerromagneticImplantMagneticSusceptibilityEffect: _Final[_Code]
NonUniformSignalIntensityArtifact: _Final[_Code]
ParallelImagingArtifact: _Final[_Code]
ChemicalShiftArtifact: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
