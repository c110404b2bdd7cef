"""CID 9265 Patient Position Acquisition - Projection Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1464.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9265
NAME: Final[str] = "Patient Position Acquisition - Projection Techniques"
KEYWORD: Final[str | None] = "PatientPositionAcquisitionProjectionTechniques"
UID: Final[str | None] = "1.2.840.10008.6.1.1464"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTPatientPositionAcquisitionSinglePlaneMV: Final[Code] = Code(
    "DCM", "121702", "RT Patient Position Acquisition, single plane MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, single plane MV (DCM 121702)."""

RTPatientPositionAcquisitionSinglePlaneKv: Final[Code] = Code(
    "DCM", "121704", "RT Patient Position Acquisition, single plane kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, single plane kV (DCM 121704)."""

RTPatientPositionAcquisitionIntegratedDoseMV: Final[Code] = Code(
    "DCM", "130782", "RT Patient Position Acquisition, Integrated Dose MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Integrated Dose MV (DCM 130782)."""

RTPatientPositionAcquisitionFilmCassetteMV: Final[Code] = Code(
    "DCM", "130783", "RT Patient Position Acquisition, Film Cassette MV", (9260, 9264, 9265)
)
"""RT Patient Position Acquisition, Film Cassette MV (DCM 130783)."""

RTPatientPositionAcquisitionFilmCassetteKv: Final[Code] = Code(
    "DCM", "130784", "RT Patient Position Acquisition, Film Cassette kV", (9260, 9263, 9265)
)
"""RT Patient Position Acquisition, Film Cassette kV (DCM 130784)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTPatientPositionAcquisitionSinglePlaneMV,
    RTPatientPositionAcquisitionSinglePlaneKv,
    RTPatientPositionAcquisitionIntegratedDoseMV,
    RTPatientPositionAcquisitionFilmCassetteMV,
    RTPatientPositionAcquisitionFilmCassetteKv,
)
"""The resolved membership: own members, then those of the included groups, in order."""
