"""CID 9243 Radiotherapy Registration Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.933.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9243
NAME: Final[str] = "Radiotherapy Registration Workitem Definition"
KEYWORD: Final[str | None] = "RadiotherapyRegistrationWorkitemDefinition"
UID: Final[str | None] = "1.2.840.10008.6.1.933"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPatientPositionRegistrationSinglePlane: Final[Code] = Code(
    "DCM", "121712", "RT Patient Position Registration, single plane", (9243,)
)
"""RT Patient Position Registration, single plane (DCM 121712)."""

RTPatientPositionRegistrationDualPlane: Final[Code] = Code(
    "DCM", "121713", "RT Patient Position Registration, dual plane", (9243,)
)
"""RT Patient Position Registration, dual plane (DCM 121713)."""

RTPatientPositionRegistration3DCTGeneral: Final[Code] = Code(
    "DCM", "121714", "RT Patient Position Registration, 3D CT general", (9243,)
)
"""RT Patient Position Registration, 3D CT general (DCM 121714)."""

RTPatientPositionRegistration3DCTMarkerBased: Final[Code] = Code(
    "DCM", "121715", "RT Patient Position Registration, 3D CT marker-based", (9243,)
)
"""RT Patient Position Registration, 3D CT marker-based (DCM 121715)."""

RTPatientPositionRegistration3DCTVolumeBased: Final[Code] = Code(
    "DCM", "121716", "RT Patient Position Registration, 3D CT volume-based", (9243,)
)
"""RT Patient Position Registration, 3D CT volume-based (DCM 121716)."""

RTPatientPositionRegistration3DOn2DReference: Final[Code] = Code(
    "DCM", "121717", "RT Patient Position Registration, 3D on 2D reference", (9243,)
)
"""RT Patient Position Registration, 3D on 2D reference (DCM 121717)."""

RTPatientPositionRegistration2DOn3DReference: Final[Code] = Code(
    "DCM", "121718", "RT Patient Position Registration, 2D on 3D reference", (9243,)
)
"""RT Patient Position Registration, 2D on 3D reference (DCM 121718)."""

RTPatientPositionRegistrationOptical: Final[Code] = Code(
    "DCM", "121719", "RT Patient Position Registration, Optical", (9243,)
)
"""RT Patient Position Registration, Optical (DCM 121719)."""

RTPatientPositionRegistrationUltrasound: Final[Code] = Code(
    "DCM", "121720", "RT Patient Position Registration, Ultrasound", (9243,)
)
"""RT Patient Position Registration, Ultrasound (DCM 121720)."""

RTPatientPositionRegistrationSpatialFiducials: Final[Code] = Code(
    "DCM", "121721", "RT Patient Position Registration, Spatial Fiducials", (9243,)
)
"""RT Patient Position Registration, Spatial Fiducials (DCM 121721)."""

RTPatientPositionRegistrationMR: Final[Code] = Code(
    "DCM", "121738", "RT Patient Position Registration, MR", (9243,)
)
"""RT Patient Position Registration, MR (DCM 121738)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTPatientPositionRegistrationSinglePlane,
    RTPatientPositionRegistrationDualPlane,
    RTPatientPositionRegistration3DCTGeneral,
    RTPatientPositionRegistration3DCTMarkerBased,
    RTPatientPositionRegistration3DCTVolumeBased,
    RTPatientPositionRegistration3DOn2DReference,
    RTPatientPositionRegistration2DOn3DReference,
    RTPatientPositionRegistrationOptical,
    RTPatientPositionRegistrationUltrasound,
    RTPatientPositionRegistrationSpatialFiducials,
    RTPatientPositionRegistrationMR,
)
"""The resolved membership: own members, then those of the included groups, in order."""
