"""Coding scheme ITIS_TSN: ITIS TSN.

3 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "ITIS_TSN"
NAME: Final[str] = "ITIS TSN"
UID: Final[str | None] = "1.2.840.10008.2.16.7"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

PeromyscusLeucopus: Final[Code] = Code("ITIS_TSN", "180278", "Peromyscus leucopus", (7454,))
"""Peromyscus leucopus (ITIS_TSN 180278)."""

PeromyscusManiculatus: Final[Code] = Code("ITIS_TSN", "180276", "Peromyscus maniculatus", (7454,))
"""Peromyscus maniculatus (ITIS_TSN 180276)."""

SigmodonGenus: Final[Code] = Code("ITIS_TSN", "180346", "Sigmodon genus", (7454,))
"""Sigmodon genus (ITIS_TSN 180346)."""

MEMBERS: Final[tuple[Code, ...]] = (PeromyscusLeucopus, PeromyscusManiculatus, SigmodonGenus)
"""Every code of the scheme in PS3.16, sorted by name."""
