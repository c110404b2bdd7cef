"""CID 626 Premedication Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1091.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 626
NAME: Final[str] = "Premedication Agent for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "PremedicationAgentForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1091"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Acepromazine: Final[Code] = Code("SCT", "96218000", "Acepromazine", (626,))
"""Acepromazine (SCT 96218000)."""

Chlorpromazine: Final[Code] = Code("SCT", "387258005", "Chlorpromazine", (626,))
"""Chlorpromazine (SCT 387258005)."""

MEMBERS: Final[tuple[Code, ...]] = (Acepromazine, Chlorpromazine)
"""The resolved membership: own members, then those of the included groups, in order."""
