"""Coding scheme ISO3166_1: ISO 3166-1.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "ISO3166_1"
NAME: Final[str] = "ISO 3166-1"
UID: Final[str | None] = "2.16.1"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
