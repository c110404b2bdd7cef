"""Coding scheme ASTM-sigpurpose: ASTM E 2084.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "ASTM-sigpurpose"
NAME: Final[str] = "ASTM E 2084"
UID: Final[str | None] = "1.2.840.10065.1.12"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
