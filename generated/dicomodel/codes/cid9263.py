"""CID 9263 KV Imaging Acquisition Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1462.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9263
NAME: _Final[str] = "KV Imaging Acquisition Techniques"
KEYWORD: _Final[str | None] = "KVImagingAcquisitionTechniques"
UID: _Final[str | None] = "1.2.840.10008.6.1.1462"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20221225"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RTPatientPositionAcquisitionSinglePlaneKv: _Final[_Code] = _Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionCTKv: _Final[_Code] = _Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707)."""

RTPatientPositionAcquisitionConeBeamCTKv: _Final[_Code] = _Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785)."""

RTPatientPositionAcquisitionConventionalCTKv: _Final[_Code] = _Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786)."""

RTPatientPositionAcquisitionFilmCassetteKv: _Final[_Code] = _Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConventionalCTKv,
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
