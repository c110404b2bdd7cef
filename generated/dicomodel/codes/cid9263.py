"""CID 9263 KV Imaging Acquisition Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1462.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9263
NAME: Final[str] = "KV Imaging Acquisition Techniques"
KEYWORD: Final[str | None] = "KVImagingAcquisitionTechniques"
UID: Final[str | None] = "1.2.840.10008.6.1.1462"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPatientPositionAcquisitionSinglePlaneKv: Final[Code] = Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionCTKv: Final[Code] = Code(
    "DCM", "121707", "RT Patient Position Acquisition, CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, CT kV (DCM 121707)."""

RTPatientPositionAcquisitionConeBeamCTKv: Final[Code] = Code(
    "DCM", "130785", "RT Patient Position Acquisition, Cone-Beam CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT kV (DCM 130785)."""

RTPatientPositionAcquisitionConventionalCTKv: Final[Code] = Code(
    "DCM", "130786", "RT Patient Position Acquisition, Conventional CT kV", (9260, 9263, 9266)
)
"""RT Patient Position Acquisition, Conventional CT kV (DCM 130786)."""

RTPatientPositionAcquisitionFilmCassetteKv: Final[Code] = Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConventionalCTKv,
    RTPatientPositionAcquisitionFilmCassetteKv,
)
"""The resolved membership: own members, then those of the included groups, in order."""
