"""CID 3503 Indexed Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.134.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3503
NAME: Final[str] = "Indexed Hemodynamic Resistance Unit"
KEYWORD: Final[str | None] = "IndexedHemodynamicResistanceUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.134"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20120327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PRUM2: Final[Code] = Code("UCUM", "[PRU]/m2", "P.R.U./m2", (3503,))
"""P.R.U./m2 (UCUM [PRU]/m2)."""

WoodUM2: Final[Code] = Code("UCUM", "[wood'U]/m2", "Wood U/m2", (3503,))
"""Wood U/m2 (UCUM [wood'U]/m2)."""

DynScm5M2: Final[Code] = Code("UCUM", "dyn.s.cm-5/m2", "dyn.s.cm-5/m2", (3503,))
"""dyn.s.cm-5/m2 (UCUM dyn.s.cm-5/m2)."""

MEMBERS: Final[tuple[Code, ...]] = (PRUM2, WoodUM2, DynScm5M2)
"""The resolved membership: own members, then those of the included groups, in order."""
