"""Coding scheme I10C: ICD-10-CM.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "I10C"
NAME: Final[str] = "ICD-10-CM"
UID: Final[str | None] = "2.16.840.1.113883.6.90"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
