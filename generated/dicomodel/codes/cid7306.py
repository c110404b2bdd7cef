"""CID 7306 Human Hip Implant Planning Landmark.

Extensible, version 20101102, UID 1.2.840.10008.6.1.1037.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7306
NAME: Final[str] = "Human Hip Implant Planning Landmark"
KEYWORD: Final[str | None] = "HumanHipImplantPlanningLandmark"
UID: Final[str | None] = "1.2.840.10008.6.1.1037"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20101102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnatomicalAxisOfFemur: Final[Code] = Code("DCM", "112302", "Anatomical axis of femur", (7306,))
"""Anatomical axis of femur (DCM 112302)."""

AcetabularCenterOfRotation: Final[Code] = Code(
    "DCM", "112303", "Acetabular Center of Rotation", (7306,)
)
"""Acetabular Center of Rotation (DCM 112303)."""

FemurHeadCenterOfRotation: Final[Code] = Code(
    "DCM", "112304", "Femur Head Center of Rotation", (7306,)
)
"""Femur Head Center of Rotation (DCM 112304)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnatomicalAxisOfFemur,
    AcetabularCenterOfRotation,
    FemurHeadCenterOfRotation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
