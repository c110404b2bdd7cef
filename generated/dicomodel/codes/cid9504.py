"""CID 9504 RT Geometric Information.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1214.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9504
NAME: Final[str] = "RT Geometric Information"
KEYWORD: Final[str | None] = "RTGeometricInformation"
UID: Final[str | None] = "1.2.840.10008.6.1.1214"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
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

ReferenceAcquisitionPoint: Final[Code] = Code(
    "DCM", "130072", "Reference Acquisition Point", (9504,)
)
"""Reference Acquisition Point (DCM 130072)."""

IsocentricTreatmentLocationPoint: Final[Code] = Code(
    "DCM", "130073", "Isocentric Treatment Location Point", (9504, 9553)
)
"""Isocentric Treatment Location Point (DCM 130073)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PatientSetupPoint,
    RoomLaserPatientSetupPoint,
    MoveableLaserPatientSetupPoint,
    ReferenceAcquisitionPoint,
    IsocentricTreatmentLocationPoint,
)
"""The resolved membership: own members, then those of the included groups, in order."""
