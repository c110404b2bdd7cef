"""Coding scheme PATHLEX: PathLex.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "PATHLEX"
NAME: Final[str] = "PathLex"
UID: Final[str | None] = "1.3.6.1.4.1.19376.1.8.2.1"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
