"""CID 4210 Ophthalmic Tomography Acquisition Device.

Extensible, version 20131014, UID 1.2.840.10008.6.1.326.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4210
NAME: _Final[str] = "Ophthalmic Tomography Acquisition Device"
KEYWORD: _Final[str | None] = "OphthalmicTomographyAcquisitionDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.326"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20131014"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

OpticalCoherenceTomographyScanner: _Final[_Code] = _Code(
    "SCT", "392012008", "Optical Coherence Tomography Scanner", (4210,)
)
"""Optical Coherence Tomography Scanner (SCT 392012008)."""

RetinalThicknessAnalyzer: _Final[_Code] = _Code(
    "SCT", "416567007", "Retinal Thickness Analyzer", (4210,)
)
"""Retinal Thickness Analyzer (SCT 416567007)."""

ConfocalScanningLaserOphthalmoscope: _Final[_Code] = _Code(
    "SCT", "392004000", "Confocal Scanning Laser Ophthalmoscope", (4210,)
)
"""Confocal Scanning Laser Ophthalmoscope (SCT 392004000)."""

ScheimpflugCamera: _Final[_Code] = _Code("DCM", "111626", "Scheimpflug Camera", (4210,))
"""Scheimpflug Camera (DCM 111626)."""

ScanningLaserPolarimeter: _Final[_Code] = _Code(
    "SCT", "392007007", "Scanning Laser Polarimeter", (4210,)
)
"""Scanning Laser Polarimeter (SCT 392007007)."""

ElevationBasedCornealTomographer: _Final[_Code] = _Code(
    "DCM", "111945", "Elevation-based corneal tomographer", (4210,)
)
"""Elevation-based corneal tomographer (DCM 111945)."""

ReflectionBasedCornealTopographer: _Final[_Code] = _Code(
    "DCM", "111946", "Reflection-based corneal topographer", (4210,)
)
"""Reflection-based corneal topographer (DCM 111946)."""

InterferometryBasedCornealTomographer: _Final[_Code] = _Code(
    "DCM", "111947", "Interferometry-based corneal tomographer", (4210,)
)
"""Interferometry-based corneal tomographer (DCM 111947)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
