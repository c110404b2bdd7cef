"""CID 6096 Pregnancy Status.

Extensible, version 20220922, UID 1.2.840.10008.6.1.418.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6096
NAME: Final[str] = "Pregnancy Status"
KEYWORD: Final[str | None] = "PregnancyStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.418"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220922"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NotPregnant: Final[Code] = Code("SCT", "60001007", "not pregnant", (6096,))
"""not pregnant (SCT 60001007)."""

PossiblePregnancy: Final[Code] = Code("SCT", "146799005", "possible pregnancy", (6096,))
"""possible pregnancy (SCT 146799005)."""

PatientCurrentlyPregnant: Final[Code] = Code(
    "SCT", "77386006", "patient currently pregnant", (1200, 1201, 6096)
)
"""patient currently pregnant (SCT 77386006)."""

Unknown: Final[Code] = Code("SCT", "261665006", "Unknown", (3703, 6096))
"""Unknown (SCT 261665006)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NotPregnant,
    PossiblePregnancy,
    PatientCurrentlyPregnant,
    Unknown,
)
"""The resolved membership: own members, then those of the included groups, in order."""
