"""CID 9554 Equipment Reference Point.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1301.
Includes CID 9544.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9554
NAME: Final[str] = "Equipment Reference Point"
KEYWORD: Final[str | None] = "EquipmentReferencePoint"
UID: Final[str | None] = "1.2.840.10008.6.1.1301"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = (9544,)
EXTERNAL_SCHEME: Final[str | None] = None

FixedLaserSetupPoint: Final[Code] = Code("DCM", "130360", "Fixed Laser Setup Point", (9554,))
"""Fixed Laser Setup Point (DCM 130360)."""

NominalRadiationSourceLocation: Final[Code] = Code(
    "DCM", "130358", "Nominal Radiation Source Location", (9261, 9544)
)
"""Nominal Radiation Source Location (DCM 130358). Included from CID 9544."""

TreatmentMachineIsocenter: Final[Code] = Code(
    "DCM", "130359", "Treatment Machine Isocenter", (9544,)
)
"""Treatment Machine Isocenter (DCM 130359). Included from CID 9544."""

MEMBERS: Final[tuple[Code, ...]] = (
    FixedLaserSetupPoint,
    NominalRadiationSourceLocation,
    TreatmentMachineIsocenter,
)
"""The resolved membership: own members, then those of the included groups, in order."""
