"""CID 76 Premedication Type.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1266.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 76
NAME: Final[str] = "Premedication Type"
KEYWORD: Final[str | None] = "PremedicationType"
UID: Final[str | None] = "1.2.840.10008.6.1.1266"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PreMedication: Final[Code] = Code("DCM", "123012", "Pre-Medication", (76,))
"""Pre-Medication (DCM 123012)."""

ContrastReactionProphylacticAgent: Final[Code] = Code(
    "DCM", "130259", "Contrast Reaction Prophylactic Agent", (76,)
)
"""Contrast Reaction Prophylactic Agent (DCM 130259)."""

Sedative: Final[Code] = Code("SCT", "372614000", "Sedative", (76,))
"""Sedative (SCT 372614000)."""

Antiemetic: Final[Code] = Code("SCT", "52017007", "Antiemetic", (76, 622))
"""Antiemetic (SCT 52017007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PreMedication,
    ContrastReactionProphylacticAgent,
    Sedative,
    Antiemetic,
)
"""The resolved membership: own members, then those of the included groups, in order."""
