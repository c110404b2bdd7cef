"""CID 9575 Patient Alignment Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1422.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9575
NAME: Final[str] = "Patient Alignment Device"
KEYWORD: Final[str | None] = "PatientAlignmentDevice"
UID: Final[str | None] = "1.2.840.10008.6.1.1422"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LaserCrossHairs: Final[Code] = Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

OpticalDistanceMeter: Final[Code] = Code("DCM", "130642", "Optical Distance Meter", (9575,))
"""Optical Distance Meter (DCM 130642)."""

MechanicalPointer: Final[Code] = Code("DCM", "130643", "Mechanical Pointer", (9575,))
"""Mechanical Pointer (DCM 130643)."""

RadiofrequencyTransponder: Final[Code] = Code(
    "DCM", "130644", "Radiofrequency Transponder", (9575,)
)
"""Radiofrequency Transponder (DCM 130644)."""

OpticalSurfaceScanner: Final[Code] = Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

LaserSurfaceScan: Final[Code] = Code("DCM", "LS", "Laser Surface Scan", (29, 9575))
"""Laser Surface Scan (DCM LS)."""

InfraredMarker: Final[Code] = Code("DCM", "130645", "Infrared Marker", (9575,))
"""Infrared Marker (DCM 130645)."""

RadioactiveMarker: Final[Code] = Code("DCM", "130646", "Radioactive Marker", (9575,))
"""Radioactive Marker (DCM 130646)."""

ThermalImager: Final[Code] = Code("DCM", "130647", "Thermal Imager", (9575,))
"""Thermal Imager (DCM 130647)."""

CombinedStructuredLightThermalImager: Final[Code] = Code(
    "DCM", "130648", "Combined Structured Light/Thermal Imager", (9575,)
)
"""Combined Structured Light/Thermal Imager (DCM 130648)."""

OcularFixationLight: Final[Code] = Code("DCM", "130649", "Ocular Fixation Light", (9575,))
"""Ocular Fixation Light (DCM 130649)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LaserCrossHairs,
    OpticalDistanceMeter,
    MechanicalPointer,
    RadiofrequencyTransponder,
    OpticalSurfaceScanner,
    LaserSurfaceScan,
    InfraredMarker,
    RadioactiveMarker,
    ThermalImager,
    CombinedStructuredLightThermalImager,
    OcularFixationLight,
)
"""The resolved membership: own members, then those of the included groups, in order."""
