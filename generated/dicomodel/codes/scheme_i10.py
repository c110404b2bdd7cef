"""Coding scheme I10: ICD-10.

1 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "I10"
NAME: Final[str] = "ICD-10"
UID: Final[str | None] = "2.16.840.1.113883.6.3"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

ElevatedProstateSpecificAntigen: Final[Code] = Code(
    "I10", "R97.20", "Elevated Prostate Specific Antigen", (6327,)
)
"""Elevated Prostate Specific Antigen (I10 R97.20)."""

MEMBERS: Final[tuple[Code, ...]] = (ElevatedProstateSpecificAntigen,)
"""Every code of the scheme in PS3.16, sorted by name."""
