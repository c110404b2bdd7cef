"""CID 3741 Lab Visit Medication Administration.

Extensible, version 20030327, UID 1.2.840.10008.6.1.238.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3741
NAME: Final[str] = "Lab Visit Medication Administration"
KEYWORD: Final[str | None] = "LabVisitMedicationAdministration"
UID: Final[str | None] = "1.2.840.10008.6.1.238"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Contraindicated: Final[Code] = Code("SCT", "373147003", "Contraindicated", (3741, 3742, 3743))
"""Contraindicated (SCT 373147003)."""

AdministeredBeforeLabVisit: Final[Code] = Code(
    "SCT", "371898003", "Administered before lab visit", (3741,)
)
"""Administered before lab visit (SCT 371898003)."""

AdministeredDuringLabVisit: Final[Code] = Code(
    "SCT", "371905006", "Administered during lab visit", (3741,)
)
"""Administered during lab visit (SCT 371905006)."""

AdministeredAfterLabVisit: Final[Code] = Code(
    "SCT", "371899006", "Administered after lab visit", (3741,)
)
"""Administered after lab visit (SCT 371899006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Contraindicated,
    AdministeredBeforeLabVisit,
    AdministeredDuringLabVisit,
    AdministeredAfterLabVisit,
)
"""The resolved membership: own members, then those of the included groups, in order."""
