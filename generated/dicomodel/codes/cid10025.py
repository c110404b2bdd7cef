"""CID 10025 Radiation Dose Reference Point.

Extensible, version 20230121, UID 1.2.840.10008.6.1.1056.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10025
NAME: _Final[str] = "Radiation Dose Reference Point"
KEYWORD: _Final[str | None] = "RadiationDoseReferencePoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.1056"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230121"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V15cmFromIsocenterTowardSource: _Final[_Code] = _Code(
    "DCM", "113860", "15cm from Isocenter toward Source", (10025,)
)
"""15cm from Isocenter toward Source (DCM 113860)."""

V30cmInFrontOfImageInputSurface: _Final[_Code] = _Code(
    "DCM", "113861", "30cm in Front of Image Input Surface", (10025,)
)
"""30cm in Front of Image Input Surface (DCM 113861)."""

V1cmAboveTabletop: _Final[_Code] = _Code("DCM", "113862", "1cm above Tabletop", (10025,))
"""1cm above Tabletop (DCM 113862)."""

V30cmAboveTabletop: _Final[_Code] = _Code("DCM", "113863", "30cm above Tabletop", (10025,))
"""30cm above Tabletop (DCM 113863)."""

V15cmFromTableCenterline: _Final[_Code] = _Code(
    "DCM", "113864", "15cm from Table Centerline", (10025,)
)
"""15cm from Table Centerline (DCM 113864)."""

V4Point2cmAboveBreastSupportSurface: _Final[_Code] = _Code(
    "DCM", "113865", "4.2cm above Breast Support Surface", (10025,)
)
"""4.2cm above Breast Support Surface (DCM 113865)."""

InDetectorPlane: _Final[_Code] = _Code("DCM", "113941", "In Detector Plane", (10025,))
"""In Detector Plane (DCM 113941)."""

AtSurfaceOfPatient: _Final[_Code] = _Code("DCM", "113964", "At Surface of Patient", (10025,))
"""At Surface of Patient (DCM 113964)."""

V100cmFromXRaySource: _Final[_Code] = _Code("DCM", "113965", "100cm from X-Ray Source", (10025,))
"""100cm from X-Ray Source (DCM 113965)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_15cmFromIsocenterTowardSource: _Final[_Code] = V15cmFromIsocenterTowardSource
_30cmInFrontOfImageInputSurface: _Final[_Code] = V30cmInFrontOfImageInputSurface
_1cmAboveTabletop: _Final[_Code] = V1cmAboveTabletop
_30cmAboveTabletop: _Final[_Code] = V30cmAboveTabletop
_15cmFromTableCenterline: _Final[_Code] = V15cmFromTableCenterline
_4Point2cmAboveBreastSupportSurface: _Final[_Code] = V4Point2cmAboveBreastSupportSurface
_100cmFromXRaySource: _Final[_Code] = V100cmFromXRaySource

MEMBERS: _Final[tuple[_Code, ...]] = (
    V15cmFromIsocenterTowardSource,
    V30cmInFrontOfImageInputSurface,
    V1cmAboveTabletop,
    V30cmAboveTabletop,
    V15cmFromTableCenterline,
    V4Point2cmAboveBreastSupportSurface,
    InDetectorPlane,
    AtSurfaceOfPatient,
    V100cmFromXRaySource,
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
