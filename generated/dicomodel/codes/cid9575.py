"""CID 9575 Patient Alignment Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1422.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9575
NAME: _Final[str] = "Patient Alignment Device"
KEYWORD: _Final[str | None] = "PatientAlignmentDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1422"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LaserCrossHairs: _Final[_Code] = _Code("DCM", "128151", "Laser Cross-hairs", (1015, 9575))
"""Laser Cross-hairs (DCM 128151)."""

OpticalDistanceMeter: _Final[_Code] = _Code("DCM", "130642", "Optical Distance Meter", (9575,))
"""Optical Distance Meter (DCM 130642)."""

MechanicalPointer: _Final[_Code] = _Code("DCM", "130643", "Mechanical Pointer", (9575,))
"""Mechanical Pointer (DCM 130643)."""

RadiofrequencyTransponder: _Final[_Code] = _Code(
    "DCM", "130644", "Radiofrequency Transponder", (9575,)
)
"""Radiofrequency Transponder (DCM 130644)."""

OpticalSurfaceScanner: _Final[_Code] = _Code("DCM", "OSS", "Optical Surface Scanner", (29, 9575))
"""Optical Surface Scanner (DCM OSS)."""

LaserSurfaceScan: _Final[_Code] = _Code("DCM", "LS", "Laser Surface Scan", (29, 9575))
"""Laser Surface Scan (DCM LS)."""

InfraredMarker: _Final[_Code] = _Code("DCM", "130645", "Infrared Marker", (9575,))
"""Infrared Marker (DCM 130645)."""

RadioactiveMarker: _Final[_Code] = _Code("DCM", "130646", "Radioactive Marker", (9575,))
"""Radioactive Marker (DCM 130646)."""

ThermalImager: _Final[_Code] = _Code("DCM", "130647", "Thermal Imager", (9575,))
"""Thermal Imager (DCM 130647)."""

CombinedStructuredLightThermalImager: _Final[_Code] = _Code(
    "DCM", "130648", "Combined Structured Light/Thermal Imager", (9575,)
)
"""Combined Structured Light/Thermal Imager (DCM 130648)."""

OcularFixationLight: _Final[_Code] = _Code("DCM", "130649", "Ocular Fixation Light", (9575,))
"""Ocular Fixation Light (DCM 130649)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
