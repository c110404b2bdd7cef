"""CID 4261 Ophthalmic Mapping Acquisition Method.

Extensible, version 20110825, UID 1.2.840.10008.6.1.937.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4261
NAME: Final[str] = "Ophthalmic Mapping Acquisition Method"
KEYWORD: Final[str | None] = "OphthalmicMappingAcquisitionMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.937"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110825"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TimeDomain: Final[Code] = Code("DCM", "111920", "Time domain", (4261,))
"""Time domain (DCM 111920)."""

SpectralDomain: Final[Code] = Code("DCM", "111921", "Spectral domain", (4261,))
"""Spectral domain (DCM 111921)."""

NoCornealCompensation: Final[Code] = Code("DCM", "111922", "No corneal compensation", (4261,))
"""No corneal compensation (DCM 111922)."""

CornealBirefringenceCompensation: Final[Code] = Code(
    "DCM", "111923", "Corneal birefringence compensation", (4261,)
)
"""Corneal birefringence compensation (DCM 111923)."""

RetinalTopography: Final[Code] = Code("DCM", "111924", "Retinal topography", (4261,))
"""Retinal topography (DCM 111924)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TimeDomain,
    SpectralDomain,
    NoCornealCompensation,
    CornealBirefringenceCompensation,
    RetinalTopography,
)
"""The resolved membership: own members, then those of the included groups, in order."""
