"""CID 9264 MV Imaging Acquisition Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1463.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9264
NAME: _Final[str] = "MV Imaging Acquisition Techniques"
KEYWORD: _Final[str | None] = "MVImagingAcquisitionTechniques"
UID: _Final[str | None] = "1.2.840.10008.6.1.1463"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionSinglePlaneMV: _Final[_Code] = _Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

RTPatientPositionAcquisitionCTMV: _Final[_Code] = _Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708)."""

RTPatientPositionAcquisitionConeBeamCTMV: _Final[_Code] = _Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787)."""

RTPatientPositionAcquisitionConventionalCTMV: _Final[_Code] = _Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788)."""

RTPatientPositionAcquisitionIntegratedDoseMV: _Final[_Code] = _Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionFilmCassetteMV: _Final[_Code] = _Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientPositionAcquisitionSinglePlaneMV,
    RTPatientPositionAcquisitionCTMV,
    RTPatientPositionAcquisitionConeBeamCTMV,
    RTPatientPositionAcquisitionConventionalCTMV,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionFilmCassetteMV,
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
