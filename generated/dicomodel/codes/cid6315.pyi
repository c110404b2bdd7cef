"""CID 6315 Prostate MRI Series Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1372.
Includes CID 6316, CID 6317, CID 6318.

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
AnatomyCoverageIncomplete: _Final[_Code]
PoorFOVSelection: _Final[_Code]
PoorSNR: _Final[_Code]
MotionRelatedArtifact: _Final[_Code]
PhaseWraparoundArtifact: _Final[_Code]
Smearing: _Final[_Code]
Ghost: _Final[_Code]
TissueMagneticSusceptibilityEffect: _Final[_Code]
FerromagneticImplantMagneticSusceptibilityEffect: _Final[_Code]
NonUniformSignalIntensityArtifact: _Final[_Code]
ParallelImagingArtifact: _Final[_Code]
ChemicalShiftArtifact: _Final[_Code]
PoorContrastTiming: _Final[_Code]
InadequateContrastEnhancement: _Final[_Code]
SubtractionImageMissing: _Final[_Code]
UnwantedSubtractionImages: _Final[_Code]
ExpectedBValueIsMissing: _Final[_Code]
SevereDistortionInTheAreaOfInterest: _Final[_Code]
ExpectedADCMapIsMissing: _Final[_Code]
DistortionArtifactInTheAreaOfInterest: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
