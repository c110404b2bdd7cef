"""CID 9574 Patient Position Displacement Reference Point.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1421.
Includes CID 9553.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9574
NAME: Final[str] = "Patient Position Displacement Reference Point"
KEYWORD: Final[str | None] = "PatientPositionDisplacementReferencePoint"
UID: Final[str | None] = "1.2.840.10008.6.1.1421"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = (9553,)
EXTERNAL_SCHEME: Final[str | None] = None

PatientSetupPoint: Final[Code] = Code("DCM", "130069", "Patient Setup Point", (9504, 9574))
"""Patient Setup Point (DCM 130069)."""

RoomLaserPatientSetupPoint: Final[Code] = Code(
    "DCM", "130070", "Room Laser Patient Setup Point", (9504, 9574)
)
"""Room Laser Patient Setup Point (DCM 130070)."""

MoveableLaserPatientSetupPoint: Final[Code] = Code(
    "DCM", "130071", "Moveable Laser Patient Setup Point", (9504, 9574)
)
"""Moveable Laser Patient Setup Point (DCM 130071)."""

IsocentricTreatmentLocationPoint: Final[Code] = Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073). Included from CID 9553."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatientSetupPoint,
    RoomLaserPatientSetupPoint,
    MoveableLaserPatientSetupPoint,
    IsocentricTreatmentLocationPoint,
)
"""The resolved membership: own members, then those of the included groups, in order."""
