"""CID 9266 Patient Position Acquisition – CT Techniques.

Extensible, version 20221225, UID 1.2.840.10008.6.1.1465.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9266
NAME: Final[str] = "Patient Position Acquisition – CT Techniques"
KEYWORD: Final[str | None] = "PatientPositionAcquisitionCTTechniques"
UID: Final[str | None] = "1.2.840.10008.6.1.1465"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20221225"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

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

RTPatientPositionAcquisitionCTMV: Final[Code] = Code(
    "DCM", "121708", "RT Patient Position Acquisition, CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, CT MV (DCM 121708)."""

RTPatientPositionAcquisitionConeBeamCTMV: Final[Code] = Code(
    "DCM", "130787", "RT Patient Position Acquisition, Cone-Beam CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Cone-Beam CT MV (DCM 130787)."""

RTPatientPositionAcquisitionConventionalCTMV: Final[Code] = Code(
    "DCM", "130788", "RT Patient Position Acquisition, Conventional CT MV", (9260, 9264, 9266)
)
"""RT Patient Position Acquisition, Conventional CT MV (DCM 130788)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTPatientPositionAcquisitionCTKv,
    RTPatientPositionAcquisitionConeBeamCTKv,
    RTPatientPositionAcquisitionConventionalCTKv,
    RTPatientPositionAcquisitionCTMV,
    RTPatientPositionAcquisitionConeBeamCTMV,
    RTPatientPositionAcquisitionConventionalCTMV,
)
"""The resolved membership: own members, then those of the included groups, in order."""
