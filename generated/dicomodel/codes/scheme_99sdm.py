"""Coding scheme 99SDM: SDM.

0 codes of PS3.16 context groups and Annex D.
Retired.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "99SDM"
NAME: Final[str] = "SDM"
UID: Final[str | None] = "2.16.840.1.113883.6.53"
URI: Final[str | None] = None
RETIRED: Final[bool] = True

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
