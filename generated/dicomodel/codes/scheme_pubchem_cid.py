"""Coding scheme PUBCHEM_CID: PubChem.

1 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "PUBCHEM_CID"
NAME: Final[str] = "PubChem"
UID: Final[str | None] = "1.2.840.10008.2.16.9"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

_6Hydroxydopamine: Final[Code] = Code("PUBCHEM_CID", "4624", "6-hydroxydopamine", (643,))
"""6-hydroxydopamine (PUBCHEM_CID 4624)."""

MEMBERS: Final[tuple[Code, ...]] = (_6Hydroxydopamine,)
"""Every code of the scheme in PS3.16, sorted by name."""
