"""CID 6316 MR Imaging Artifact.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1373.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6316
NAME: _Final[str] = "MR Imaging Artifact"
KEYWORD: _Final[str | None] = "MRImagingArtifact"
UID: _Final[str | None] = "1.2.840.10008.6.1.1373"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MotionRelatedArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11423", "Motion related artifact", (6316,)
)
"""Motion related artifact (RADLEX RID11423)."""

PhaseWraparoundArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11395", "Phase wraparound artifact", (6316,)
)
"""Phase wraparound artifact (RADLEX RID11395)."""

Smearing: _Final[_Code] = _Code("RADLEX", "RID11424", "Smearing", (6316,))
"""Smearing (RADLEX RID11424)."""

Ghost: _Final[_Code] = _Code("RADLEX", "RID11426", "Ghost", (6316,))
"""Ghost (RADLEX RID11426)."""

TissueMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11372", "Tissue magnetic susceptibility effect", (6316,)
)
"""Tissue magnetic susceptibility effect (RADLEX RID11372)."""

FerromagneticImplantMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11370", "Ferromagnetic implant magnetic susceptibility effect", (6316,)
)
"""Ferromagnetic implant magnetic susceptibility effect (RADLEX RID11370)."""

NonUniformSignalIntensityArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11408", "Non-uniform signal intensity artifact", (6316,)
)
"""Non-uniform signal intensity artifact (RADLEX RID11408)."""

ParallelImagingArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11464", "Parallel imaging artifact", (6316,)
)
"""Parallel imaging artifact (RADLEX RID11464)."""

ChemicalShiftArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11374", "Chemical shift artifact", (6316,)
)
"""Chemical shift artifact (RADLEX RID11374)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
