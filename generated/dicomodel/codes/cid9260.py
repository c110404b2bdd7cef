"""CID 9260 Radiotherapy Acquisition WorkItem Subtasks.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1459.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9260
NAME: _Final[str] = "Radiotherapy Acquisition WorkItem Subtasks"
KEYWORD: _Final[str | None] = "RadiotherapyAcquisitionWorkItemSubtasks"
UID: _Final[str | None] = "1.2.840.10008.6.1.1459"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionConeBeamCTKv: _Final[_Code] = _Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785)."""

RTPatientPositionAcquisitionConeBeamCTMV: _Final[_Code] = _Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787)."""

RTPatientPositionAcquisitionConventionalCTKv: _Final[_Code] = _Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786)."""

RTPatientPositionAcquisitionConventionalCTMV: _Final[_Code] = _Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788)."""

RTPatientPositionAcquisitionCTKv: _Final[_Code] = _Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707)."""

RTPatientPositionAcquisitionCTMV: _Final[_Code] = _Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708)."""

RTPatientPositionAcquisitionDualPlaneKv: _Final[_Code] = _Code(
    "DCM", "121705", "RT Patient Position Acquisition, dual plane kV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV (DCM 121705)."""

RTPatientPositionAcquisitionDualPlaneKvMV: _Final[_Code] = _Code(
    "DCM", "121706", "RT Patient Position Acquisition, dual plane kV/MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane kV/MV (DCM 121706)."""

RTPatientPositionAcquisitionDualPlaneMV: _Final[_Code] = _Code(
    "DCM", "121703", "RT Patient Position Acquisition, dual plane MV", (9260,)
)
"""RT Patient Position Acquisition, dual plane MV (DCM 121703)."""

RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code] = _Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code] = _Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code] = _Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code] = _Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code] = _Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConeBeamCTMV,
    RTPatientPositionAcquisitionConventionalCTKv,
    RTPatientPositionAcquisitionConventionalCTMV,
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionCTMV,
    RTPatientPositionAcquisitionDualPlaneKv,
    RTPatientPositionAcquisitionDualPlaneKvMV,
    RTPatientPositionAcquisitionDualPlaneMV,
    RTPatientPositionAcquisitionFilmCassetteKv,
    RTPatientPositionAcquisitionFilmCassetteMV,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionSinglePlaneMV,
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
