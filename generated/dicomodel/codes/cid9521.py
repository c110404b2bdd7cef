"""CID 9521 Radiotherapy Treatment Energy Unit.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1231.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9521
NAME: Final[str] = "Radiotherapy Treatment Energy Unit"
KEYWORD: Final[str | None] = "RadiotherapyTreatmentEnergyUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1231"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Megavolt: Final[Code] = Code("UCUM", "MV", "Megavolt", (9521,))
"""Megavolt (UCUM MV)."""

Megaelectronvolt: Final[Code] = Code("UCUM", "MeV", "Megaelectronvolt", (9521,))
"""Megaelectronvolt (UCUM MeV)."""

Kilovolt: Final[Code] = Code("UCUM", "kV", "Kilovolt", (9521,))
"""Kilovolt (UCUM kV)."""

MEMBERS: Final[tuple[Code, ...]] = (Megavolt, Megaelectronvolt, Kilovolt)
"""The resolved membership: own members, then those of the included groups, in order."""
