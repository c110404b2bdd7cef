"""CID 9243 Radiotherapy Registration Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.933.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9243
NAME: _Final[str] = "Radiotherapy Registration Workitem Definition"
KEYWORD: _Final[str | None] = "RadiotherapyRegistrationWorkitemDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.933"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionRegistrationSinglePlane: _Final[_Code] = _Code(
    "DCM", "121712", "RT Patient Position Registration, single plane", (9243,)
)
"""RT Patient Position Registration, single plane (DCM 121712)."""

RTPatientPositionRegistrationDualPlane: _Final[_Code] = _Code(
    "DCM", "121713", "RT Patient Position Registration, dual plane", (9243,)
)
"""RT Patient Position Registration, dual plane (DCM 121713)."""

RTPatientPositionRegistration3DCTGeneral: _Final[_Code] = _Code(
    "DCM", "121714", "RT Patient Position Registration, 3D CT general", (9243,)
)
"""RT Patient Position Registration, 3D CT general (DCM 121714)."""

RTPatientPositionRegistration3DCTMarkerBased: _Final[_Code] = _Code(
    "DCM", "121715", "RT Patient Position Registration, 3D CT marker-based", (9243,)
)
"""RT Patient Position Registration, 3D CT marker-based (DCM 121715)."""

RTPatientPositionRegistration3DCTVolumeBased: _Final[_Code] = _Code(
    "DCM", "121716", "RT Patient Position Registration, 3D CT volume-based", (9243,)
)
"""RT Patient Position Registration, 3D CT volume-based (DCM 121716)."""

RTPatientPositionRegistration3DOn2DReference: _Final[_Code] = _Code(
    "DCM", "121717", "RT Patient Position Registration, 3D on 2D reference", (9243,)
)
"""RT Patient Position Registration, 3D on 2D reference (DCM 121717)."""

RTPatientPositionRegistration2DOn3DReference: _Final[_Code] = _Code(
    "DCM", "121718", "RT Patient Position Registration, 2D on 3D reference", (9243,)
)
"""RT Patient Position Registration, 2D on 3D reference (DCM 121718)."""

RTPatientPositionRegistrationOptical: _Final[_Code] = _Code(
    "DCM", "121719", "RT Patient Position Registration, Optical", (9243,)
)
"""RT Patient Position Registration, Optical (DCM 121719)."""

RTPatientPositionRegistrationUltrasound: _Final[_Code] = _Code(
    "DCM", "121720", "RT Patient Position Registration, Ultrasound", (9243,)
)
"""RT Patient Position Registration, Ultrasound (DCM 121720)."""

RTPatientPositionRegistrationSpatialFiducials: _Final[_Code] = _Code(
    "DCM", "121721", "RT Patient Position Registration, Spatial Fiducials", (9243,)
)
"""RT Patient Position Registration, Spatial Fiducials (DCM 121721)."""

RTPatientPositionRegistrationMR: _Final[_Code] = _Code(
    "DCM", "121738", "RT Patient Position Registration, MR", (9243,)
)
"""RT Patient Position Registration, MR (DCM 121738)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
