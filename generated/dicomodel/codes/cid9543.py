"""CID 9543 Radiotherapy Treatment Machine Mode.

Extensible, version 20190715, UID 1.2.840.10008.6.1.1290.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9543
NAME: Final[str] = "Radiotherapy Treatment Machine Mode"
KEYWORD: Final[str | None] = "RadiotherapyTreatmentMachineMode"
UID: Final[str | None] = "1.2.840.10008.6.1.1290"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190715"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TotalBodyIrradiation: Final[Code] = Code("DCM", "130341", "Total Body Irradiation", (9543,))
"""Total Body Irradiation (DCM 130341)."""

TotalSkinIrradiation: Final[Code] = Code("DCM", "130342", "Total Skin Irradiation", (9543,))
"""Total Skin Irradiation (DCM 130342)."""

MEMBERS: Final[tuple[Code, ...]] = (TotalBodyIrradiation, TotalSkinIrradiation)
"""The resolved membership: own members, then those of the included groups, in order."""
