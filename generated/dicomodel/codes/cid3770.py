"""CID 3770 Problem Status.

Extensible, version 20070827, UID 1.2.840.10008.6.1.259.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3770
NAME: Final[str] = "Problem Status"
KEYWORD: Final[str | None] = "ProblemStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.259"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20070827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ActiveProblem: Final[Code] = Code("SCT", "394774009", "Active problem", (3770,))
"""Active problem (SCT 394774009)."""

Chronic: Final[Code] = Code("SCT", "90734009", "Chronic", (3770, 6130))
"""Chronic (SCT 90734009)."""

Intermittent: Final[Code] = Code("SCT", "7087005", "Intermittent", (3770,))
"""Intermittent (SCT 7087005)."""

Recurrent: Final[Code] = Code("SCT", "255227004", "Recurrent", (3770,))
"""Recurrent (SCT 255227004)."""

Suspected: Final[Code] = Code("SCT", "415684004", "Suspected", (3770,))
"""Suspected (SCT 415684004)."""

InactiveProblem: Final[Code] = Code("SCT", "394775005", "Inactive problem", (3770,))
"""Inactive problem (SCT 394775005)."""

ProblemResolved: Final[Code] = Code("SCT", "413322009", "Problem resolved", (3770,))
"""Problem resolved (SCT 413322009)."""

KnownAbsent: Final[Code] = Code("SCT", "410516002", "Known absent", (3770,))
"""Known absent (SCT 410516002)."""

WellControlled: Final[Code] = Code("SCT", "1194003", "Well controlled", (3770,))
"""Well controlled (SCT 1194003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ActiveProblem,
    Chronic,
    Intermittent,
    Recurrent,
    Suspected,
    InactiveProblem,
    ProblemResolved,
    KnownAbsent,
    WellControlled,
)
"""The resolved membership: own members, then those of the included groups, in order."""
