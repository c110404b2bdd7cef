"""Coding scheme MA: Adult Mouse Anatomy Ontology.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "MA"
NAME: Final[str] = "Adult Mouse Anatomy Ontology"
UID: Final[str | None] = "1.2.840.10008.2.16.5"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
