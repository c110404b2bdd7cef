"""CID 9242 Radiotherapy Acquisition Workitem Definition.

Extensible, version 20240612, UID 1.2.840.10008.6.1.932.
Includes CID 9265, CID 9266, CID 9273.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9242
NAME: _Final[str] = "Radiotherapy Acquisition Workitem Definition"
KEYWORD: _Final[str | None] = "RadiotherapyAcquisitionWorkitemDefinition"
UID: _Final[str | None] = "1.2.840.10008.6.1.932"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = (9265, 9266, 9273)
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionOptical: _Final[_Code] = _Code(
    "DCM", "121709", "RT Patient Position Acquisition, Optical", (9242,)
)
"""RT Patient Position Acquisition, Optical (DCM 121709)."""

RTPatientPositionAcquisitionUltrasound: _Final[_Code] = _Code(
    "DCM", "121710", "RT Patient Position Acquisition, Ultrasound", (9242,)
)
"""RT Patient Position Acquisition, Ultrasound (DCM 121710)."""

RTPatientPositionAcquisitionSpatialFiducials: _Final[_Code] = _Code(
    "DCM", "121711", "RT Patient Position Acquisition, Spatial Fiducials", (9242,)
)
"""RT Patient Position Acquisition, Spatial Fiducials (DCM 121711)."""

RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code] = _Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702). Included from CID 9265."""

RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code] = _Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704). Included from CID 9265."""

RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code] = _Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782). Included from CID 9265."""

RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code] = _Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783). Included from CID 9265."""

RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code] = _Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784). Included from CID 9265."""

RTPatientPositionAcquisitionCTKv: _Final[_Code] = _Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707). Included from CID 9266."""

RTPatientPositionAcquisitionConeBeamCTKv: _Final[_Code] = _Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785). Included from CID 9266."""

RTPatientPositionAcquisitionConventionalCTKv: _Final[_Code] = _Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786). Included from CID 9266."""

RTPatientPositionAcquisitionCTMV: _Final[_Code] = _Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708). Included from CID 9266."""

RTPatientPositionAcquisitionConeBeamCTMV: _Final[_Code] = _Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787). Included from CID 9266."""

RTPatientPositionAcquisitionConventionalCTMV: _Final[_Code] = _Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788). Included from CID 9266."""

RTPatientPositionAcquisitionMR: _Final[_Code] = _Code(
    "DCM", "121737", "RT Patient Position Acquisition, MR", (9273,)
)
"""RT Patient Position Acquisition, MR (DCM 121737). Included from CID 9273."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientPositionAcquisitionOptical,
    RTPatientPositionAcquisitionUltrasound,
    RTPatientPositionAcquisitionSpatialFiducials,
    RTPatientPositionAcquisitionSinglePlaneMV,
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionFilmCassetteMV,
    RTPatientPositionAcquisitionFilmCassetteKv,
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConventionalCTKv,
    RTPatientPositionAcquisitionCTMV,
    RTPatientPositionAcquisitionConeBeamCTMV,
    RTPatientPositionAcquisitionConventionalCTMV,
    RTPatientPositionAcquisitionMR,
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
