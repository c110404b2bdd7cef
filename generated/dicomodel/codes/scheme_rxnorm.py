"""Coding scheme RXNORM: RXNORM.

1 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "RXNORM"
NAME: Final[str] = "RXNORM"
UID: Final[str | None] = "2.16.840.1.113883.6.88"
URI: Final[str | None] = "http://www.nlm.nih.gov/research/umls/rxnorm"
RETIRED: Final[bool] = False

MangafodipirTrisodium: Final[Code] = Code("RXNORM", "236987", "Mangafodipir trisodium", (12,))
"""Mangafodipir trisodium (RXNORM 236987)."""

MEMBERS: Final[tuple[Code, ...]] = (MangafodipirTrisodium,)
"""Every code of the scheme in PS3.16, sorted by name."""
