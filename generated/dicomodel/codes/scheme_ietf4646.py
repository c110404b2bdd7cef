"""Coding scheme IETF4646: RFC 4646.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "IETF4646"
NAME: Final[str] = "RFC 4646"
UID: Final[str | None] = None
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
