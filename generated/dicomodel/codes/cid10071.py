"""CID 10071 Radiation Dose Unit.

Extensible, version 20180605, UID 1.2.840.10008.6.1.1206.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10071
NAME: Final[str] = "Radiation Dose Unit"
KEYWORD: Final[str | None] = "RadiationDoseUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1206"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180605"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Gy: Final[Code] = Code("UCUM", "Gy", "Gy", (10071,))
"""Gy (UCUM Gy)."""

Sv: Final[Code] = Code("UCUM", "Sv", "Sv", (10071,))
"""Sv (UCUM Sv)."""

MEMBERS: Final[tuple[Code, ...]] = (Gy, Sv)
"""The resolved membership: own members, then those of the included groups, in order."""
