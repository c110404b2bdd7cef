"""CID 6315 Prostate MRI Series Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1372.
Includes CID 6316, CID 6317, CID 6318.

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
AnatomyCoverageIncomplete: _Final[_groups.Cid6315Code]
PoorFOVSelection: _Final[_groups.Cid6315Code]
PoorSNR: _Final[_groups.Cid6315Code]
MotionRelatedArtifact: _Final[_groups.Cid6315Code]
PhaseWraparoundArtifact: _Final[_groups.Cid6315Code]
Smearing: _Final[_groups.Cid6315Code]
Ghost: _Final[_groups.Cid6315Code]
TissueMagneticSusceptibilityEffect: _Final[_groups.Cid6315Code]
FerromagneticImplantMagneticSusceptibilityEffect: _Final[_groups.Cid6315Code]
NonUniformSignalIntensityArtifact: _Final[_groups.Cid6315Code]
ParallelImagingArtifact: _Final[_groups.Cid6315Code]
ChemicalShiftArtifact: _Final[_groups.Cid6315Code]
PoorContrastTiming: _Final[_groups.Cid6315Code]
InadequateContrastEnhancement: _Final[_groups.Cid6315Code]
SubtractionImageMissing: _Final[_groups.Cid6315Code]
UnwantedSubtractionImages: _Final[_groups.Cid6315Code]
ExpectedBValueIsMissing: _Final[_groups.Cid6315Code]
SevereDistortionInTheAreaOfInterest: _Final[_groups.Cid6315Code]
ExpectedADCMapIsMissing: _Final[_groups.Cid6315Code]
DistortionArtifactInTheAreaOfInterest: _Final[_groups.Cid6315Code]
MEMBERS: _Final[tuple[_groups.Cid6315Code, ...]]
