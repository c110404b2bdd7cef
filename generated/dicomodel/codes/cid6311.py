"""CID 6311 MR Signal Intensity.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1368.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6311
NAME: _Final[str] = "MR Signal Intensity"
KEYWORD: _Final[str | None] = "MRSignalIntensity"
UID: _Final[str | None] = "1.2.840.10008.6.1.1368"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

T2WeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805)."""

DiffusionWeighted: _Final[_Code] = _Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043)."""

DiffusionWeightedAcquisitionHighestBValueImage: _Final[_Code] = _Code(
    "DCM", "130566", "Diffusion-weighted Acquisition Highest b-value image", (6311,)
)
"""Diffusion-weighted Acquisition Highest b-value image (DCM 130566)."""

DynamicContrastEnhancedAcquisition: _Final[_Code] = _Code(
    "DCM", "130567", "Dynamic Contrast-Enhanced Acquisition", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition (DCM 130567)."""

DynamicContrastEnhancedAcquisitionSubtractionImage: _Final[_Code] = _Code(
    "DCM", "130568", "Dynamic Contrast-Enhanced Acquisition Subtraction image", (6311,)
)
"""Dynamic Contrast-Enhanced Acquisition Subtraction image (DCM 130568)."""

T1WeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804)."""

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    T2WeightedMRSignalIntensity,
    DiffusionWeighted,
    DiffusionWeightedAcquisitionHighestBValueImage,
    DynamicContrastEnhancedAcquisition,
    DynamicContrastEnhancedAcquisitionSubtractionImage,
    T1WeightedMRSignalIntensity,
    ApparentDiffusionCoefficient,
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
