"""Coding scheme DCMUID: DICOM UID Registry.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "DCMUID"
NAME: Final[str] = "DICOM UID Registry"
UID: Final[str | None] = "1.2.840.10008.2.6.1"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
