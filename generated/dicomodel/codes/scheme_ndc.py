"""Coding scheme NDC: National Drug Code Directory.

2 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "NDC"
NAME: Final[str] = "National Drug Code Directory"
UID: Final[str | None] = "2.16.840.1.113883.6.69"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

Definity: Final[Code] = Code("NDC", "11994-011-04", "Definity", (12030,))
"""Definity (NDC 11994-011-04)."""

Optison: Final[Code] = Code("NDC", "0407-2707-03", "Optison", (12030,))
"""Optison (NDC 0407-2707-03)."""

MEMBERS: Final[tuple[Code, ...]] = (Definity, Optison)
"""Every code of the scheme in PS3.16, sorted by name."""
