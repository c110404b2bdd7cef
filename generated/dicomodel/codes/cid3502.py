"""CID 3502 Hemodynamic Resistance Unit.

Non-extensible, version 20120327, UID 1.2.840.10008.6.1.133.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3502
NAME: Final[str] = "Hemodynamic Resistance Unit"
KEYWORD: Final[str | None] = "HemodynamicResistanceUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.133"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20120327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PRU: Final[Code] = Code("UCUM", "[PRU]", "P.R.U.", (3502,))
"""P.R.U. (UCUM [PRU])."""

WoodU: Final[Code] = Code("UCUM", "[wood'U]", "Wood U", (3502,))
"""Wood U (UCUM [wood'U])."""

DynScm5: Final[Code] = Code("UCUM", "dyn.s.cm-5", "dyn.s.cm-5", (3502,))
"""dyn.s.cm-5 (UCUM dyn.s.cm-5)."""

MEMBERS: Final[tuple[Code, ...]] = (PRU, WoodU, DynScm5)
"""The resolved membership: own members, then those of the included groups, in order."""
