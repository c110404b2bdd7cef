"""CID 9523 Robotic Radiotherapy Procedure Technique.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1233.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9523
NAME: Final[str] = "Robotic Radiotherapy Procedure Technique"
KEYWORD: Final[str | None] = "RoboticRadiotherapyProcedureTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.1233"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SynchronizedRoboticTreatment: Final[Code] = Code(
    "DCM", "130139", "Synchronized Robotic Treatment", (9523,)
)
"""Synchronized Robotic Treatment (DCM 130139)."""

NonSynchronizedRoboticTreatment: Final[Code] = Code(
    "DCM", "130140", "Non-Synchronized Robotic Treatment", (9523,)
)
"""Non-Synchronized Robotic Treatment (DCM 130140)."""

MEMBERS: Final[tuple[Code, ...]] = (SynchronizedRoboticTreatment, NonSynchronizedRoboticTreatment)
"""The resolved membership: own members, then those of the included groups, in order."""
