"""CID 6315 Prostate MRI Series Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1372.
Includes CID 6316, CID 6317, CID 6318.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

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
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid6315Code]]
