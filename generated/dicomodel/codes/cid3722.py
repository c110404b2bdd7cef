"""CID 3722 Diabetic Therapy.

Extensible, version 20141103, UID 1.2.840.10008.6.1.223.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3722
NAME: Final[str] = "Diabetic Therapy"
KEYWORD: Final[str | None] = "DiabeticTherapy"
UID: Final[str | None] = "1.2.840.10008.6.1.223"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20141103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DiabeticOnDietaryTreatment: Final[Code] = Code(
    "SCT", "170745003", "Diabetic on Dietary Treatment", (3722,)
)
"""Diabetic on Dietary Treatment (SCT 170745003)."""

DiabeticOnOralTreatment: Final[Code] = Code(
    "SCT", "170746002", "Diabetic on Oral Treatment", (3722,)
)
"""Diabetic on Oral Treatment (SCT 170746002)."""

DiabeticOnInsulin: Final[Code] = Code("SCT", "170747006", "Diabetic on Insulin", (3722,))
"""Diabetic on Insulin (SCT 170747006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DiabeticOnDietaryTreatment,
    DiabeticOnOralTreatment,
    DiabeticOnInsulin,
)
"""The resolved membership: own members, then those of the included groups, in order."""
