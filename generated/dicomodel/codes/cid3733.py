"""CID 3733 Primary Cause of Death.

Extensible, version 20030327, UID 1.2.840.10008.6.1.231.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3733
NAME: Final[str] = "Primary Cause of Death"
KEYWORD: Final[str | None] = "PrimaryCauseOfDeath"
UID: Final[str | None] = "1.2.840.10008.6.1.231"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Cardiac: Final[Code] = Code("NCDR", "25-1", "Cardiac", (3733,))
"""Cardiac (NCDR 25-1)."""

Neurologic: Final[Code] = Code("NCDR", "25-2", "Neurologic", (3733,))
"""Neurologic (NCDR 25-2)."""

Renal: Final[Code] = Code("NCDR", "25-3", "Renal", (3733,))
"""Renal (NCDR 25-3)."""

Vascular: Final[Code] = Code("NCDR", "25-4", "Vascular", (3733,))
"""Vascular (NCDR 25-4)."""

Infection: Final[Code] = Code("NCDR", "25-5", "Infection", (3733,))
"""Infection (NCDR 25-5)."""

Pulmonary: Final[Code] = Code("NCDR", "25-6", "Pulmonary", (3733,))
"""Pulmonary (NCDR 25-6)."""

Valvular: Final[Code] = Code("NCDR", "25-7", "Valvular", (3733,))
"""Valvular (NCDR 25-7)."""

Other: Final[Code] = Code("NCDR", "25-8", "Other", (3733,))
"""Other (NCDR 25-8)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Cardiac,
    Neurologic,
    Renal,
    Vascular,
    Infection,
    Pulmonary,
    Valvular,
    Other,
)
"""The resolved membership: own members, then those of the included groups, in order."""
