"""CID 3213 Stress Hemodynamic Finding.

Extensible, version 20080927, UID 1.2.840.10008.6.1.768.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3213
NAME: Final[str] = "Stress Hemodynamic Finding"
KEYWORD: Final[str | None] = "StressHemodynamicFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.768"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExertionalHypotension: Final[Code] = Code("SCT", "429561008", "Exertional hypotension", (3213,))
"""Exertional hypotension (SCT 429561008)."""

ExertionalHypertension: Final[Code] = Code("SCT", "429198000", "Exertional hypertension", (3213,))
"""Exertional hypertension (SCT 429198000)."""

ChronotropicIncompetence: Final[Code] = Code(
    "SCT", "427989008", "Chronotropic incompetence", (3213,)
)
"""Chronotropic incompetence (SCT 427989008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExertionalHypotension,
    ExertionalHypertension,
    ChronotropicIncompetence,
)
"""The resolved membership: own members, then those of the included groups, in order."""
