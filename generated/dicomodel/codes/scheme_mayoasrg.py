"""Coding scheme MAYOASRG: Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide.

0 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "MAYOASRG"
NAME: Final[str] = (
    "Mayo Clinic Non-radiological Images Specific Body Structure Anatomical Surface Region Guide"
)
UID: Final[str | None] = "1.2.840.10008.2.16.12"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

MEMBERS: Final[tuple[Code, ...]] = ()
"""Every code of the scheme in PS3.16, sorted by name."""
