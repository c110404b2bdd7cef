"""CID 6316 MR Imaging Artifact.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1373.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6316
NAME: Final[str] = "MR Imaging Artifact"
KEYWORD: Final[str | None] = "MRImagingArtifact"
UID: Final[str | None] = "1.2.840.10008.6.1.1373"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MotionRelatedArtifact: Final[Code] = Code("RADLEX", "RID11423", "Motion related artifact", (6316,))
"""Motion related artifact (RADLEX RID11423)."""

PhaseWraparoundArtifact: Final[Code] = Code(
    "RADLEX", "RID11395", "Phase wraparound artifact", (6316,)
)
"""Phase wraparound artifact (RADLEX RID11395)."""

Smearing: Final[Code] = Code("RADLEX", "RID11424", "Smearing", (6316,))
"""Smearing (RADLEX RID11424)."""

Ghost: Final[Code] = Code("RADLEX", "RID11426", "Ghost", (6316,))
"""Ghost (RADLEX RID11426)."""

TissueMagneticSusceptibilityEffect: Final[Code] = Code(
    "RADLEX", "RID11372", "Tissue magnetic susceptibility effect", (6316,)
)
"""Tissue magnetic susceptibility effect (RADLEX RID11372)."""

FerromagneticImplantMagneticSusceptibilityEffect: Final[Code] = Code(
    "RADLEX", "RID11370", "Ferromagnetic implant magnetic susceptibility effect", (6316,)
)
"""Ferromagnetic implant magnetic susceptibility effect (RADLEX RID11370)."""

NonUniformSignalIntensityArtifact: Final[Code] = Code(
    "RADLEX", "RID11408", "Non-uniform signal intensity artifact", (6316,)
)
"""Non-uniform signal intensity artifact (RADLEX RID11408)."""

ParallelImagingArtifact: Final[Code] = Code(
    "RADLEX", "RID11464", "Parallel imaging artifact", (6316,)
)
"""Parallel imaging artifact (RADLEX RID11464)."""

ChemicalShiftArtifact: Final[Code] = Code("RADLEX", "RID11374", "Chemical shift artifact", (6316,))
"""Chemical shift artifact (RADLEX RID11374)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MotionRelatedArtifact,
    PhaseWraparoundArtifact,
    Smearing,
    Ghost,
    TissueMagneticSusceptibilityEffect,
    FerromagneticImplantMagneticSusceptibilityEffect,
    NonUniformSignalIntensityArtifact,
    ParallelImagingArtifact,
    ChemicalShiftArtifact,
)
"""The resolved membership: own members, then those of the included groups, in order."""
