"""CID 4210 Ophthalmic Tomography Acquisition Device.

Extensible, version 20131014, UID 1.2.840.10008.6.1.326.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4210
NAME: Final[str] = "Ophthalmic Tomography Acquisition Device"
KEYWORD: Final[str | None] = "OphthalmicTomographyAcquisitionDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.326"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20131014"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OpticalCoherenceTomographyScanner: Final[Code] = Code(
    "SCT", "392012008", "Optical Coherence Tomography Scanner", (4210,)
)
"""Optical Coherence Tomography Scanner (SCT 392012008)."""

RetinalThicknessAnalyzer: Final[Code] = Code(
    "SCT", "416567007", "Retinal Thickness Analyzer", (4210,)
)
"""Retinal Thickness Analyzer (SCT 416567007)."""

ConfocalScanningLaserOphthalmoscope: Final[Code] = Code(
    "SCT", "392004000", "Confocal Scanning Laser Ophthalmoscope", (4210,)
)
"""Confocal Scanning Laser Ophthalmoscope (SCT 392004000)."""

ScheimpflugCamera: Final[Code] = Code("DCM", "111626", "Scheimpflug Camera", (4210,))
"""Scheimpflug Camera (DCM 111626)."""

ScanningLaserPolarimeter: Final[Code] = Code(
    "SCT", "392007007", "Scanning Laser Polarimeter", (4210,)
)
"""Scanning Laser Polarimeter (SCT 392007007)."""

ElevationBasedCornealTomographer: Final[Code] = Code(
    "DCM", "111945", "Elevation-based corneal tomographer", (4210,)
)
"""Elevation-based corneal tomographer (DCM 111945)."""

ReflectionBasedCornealTopographer: Final[Code] = Code(
    "DCM", "111946", "Reflection-based corneal topographer", (4210,)
)
"""Reflection-based corneal topographer (DCM 111946)."""

InterferometryBasedCornealTomographer: Final[Code] = Code(
    "DCM", "111947", "Interferometry-based corneal tomographer", (4210,)
)
"""Interferometry-based corneal tomographer (DCM 111947)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OpticalCoherenceTomographyScanner,
    RetinalThicknessAnalyzer,
    ConfocalScanningLaserOphthalmoscope,
    ScheimpflugCamera,
    ScanningLaserPolarimeter,
    ElevationBasedCornealTomographer,
    ReflectionBasedCornealTopographer,
    InterferometryBasedCornealTomographer,
)
"""The resolved membership: own members, then those of the included groups, in order."""
