"""CID 3049 EEG Procedure.

Extensible, version 20240616, UID 1.2.840.10008.6.1.1489.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3049
NAME: Final[str] = "EEG Procedure"
KEYWORD: Final[str | None] = "EEGProcedure"
UID: Final[str | None] = "1.2.840.10008.6.1.1489"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240616"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EEG: Final[Code] = Code("SCT", "54550000", "EEG", (3049,))
"""EEG (SCT 54550000)."""

AmbulatoryEEG: Final[Code] = Code("SCT", "252735006", "Ambulatory EEG", (3049,))
"""Ambulatory EEG (SCT 252735006)."""

ScalpEEG: Final[Code] = Code("SCT", "252721009", "Scalp EEG", (3049,))
"""Scalp EEG (SCT 252721009)."""

SleepEEG: Final[Code] = Code("SCT", "18648009", "Sleep EEG", (3049,))
"""Sleep EEG (SCT 18648009)."""

VideoEEG: Final[Code] = Code("SCT", "252738008", "Video EEG", (3049,))
"""Video EEG (SCT 252738008)."""

MEMBERS: Final[tuple[Code, ...]] = (EEG, AmbulatoryEEG, ScalpEEG, SleepEEG, VideoEEG)
"""The resolved membership: own members, then those of the included groups, in order."""
