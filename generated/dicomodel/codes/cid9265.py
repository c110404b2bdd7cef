"""CID 9265 Patient Position Acquisition - Projection Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1464.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9265
NAME: _Final[str] = "Patient Position Acquisition - Projection Techniques"
KEYWORD: _Final[str | None] = "PatientPositionAcquisitionProjectionTechniques"
UID: _Final[str | None] = "1.2.840.10008.6.1.1464"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code] = _Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code] = _Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code] = _Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code] = _Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code] = _Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientPositionAcquisitionSinglePlaneMV,
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionFilmCassetteMV,
    RTPatientPositionAcquisitionFilmCassetteKv,
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
