"""CID 9544 Radiotherapy Distance Reference Location.

Non-extensible, version 20190715, UID 1.2.840.10008.6.1.1291.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9544
NAME: Final[str] = "Radiotherapy Distance Reference Location"
KEYWORD: Final[str | None] = "RadiotherapyDistanceReferenceLocation"
UID: Final[str | None] = "1.2.840.10008.6.1.1291"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NominalRadiationSourceLocation: Final[Code] = Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358)."""

TreatmentMachineIsocenter: Final[Code] = Code(
    "DCM", "130359", "Treatment Machine Isocenter", (9544,)
)
"""Treatment Machine Isocenter (DCM 130359)."""

MEMBERS: Final[tuple[Code, ...]] = (NominalRadiationSourceLocation, TreatmentMachineIsocenter)
"""The resolved membership: own members, then those of the included groups, in order."""
