"""CID 627 Neuromuscular Blocking Agent for Small Animal Anesthesia.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1092.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 627
NAME: Final[str] = "Neuromuscular Blocking Agent for Small Animal Anesthesia"
KEYWORD: Final[str | None] = "NeuromuscularBlockingAgentForSmallAnimalAnesthesia"
UID: Final[str | None] = "1.2.840.10008.6.1.1092"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Succinylcholine: Final[Code] = Code("SCT", "372724004", "Succinylcholine", (627,))
"""Succinylcholine (SCT 372724004)."""

Pancuronium: Final[Code] = Code("SCT", "373738000", "Pancuronium", (627,))
"""Pancuronium (SCT 373738000)."""

MEMBERS: Final[tuple[Code, ...]] = (Succinylcholine, Pancuronium)
"""The resolved membership: own members, then those of the included groups, in order."""
