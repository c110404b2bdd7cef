"""CID 3738 Pre-Cath Angina Type.

Extensible, version 20030327, UID 1.2.840.10008.6.1.235.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3738
NAME: Final[str] = "Pre-Cath Angina Type"
KEYWORD: Final[str | None] = "PreCathAnginaType"
UID: Final[str | None] = "1.2.840.10008.6.1.235"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AtypicalChestPain: Final[Code] = Code("NCDR", "49-I", "Atypical Chest Pain", (3738,))
"""Atypical Chest Pain (NCDR 49-I)."""

StableAngina: Final[Code] = Code("NCDR", "49-II", "Stable Angina", (3738,))
"""Stable Angina (NCDR 49-II)."""

AcuteCoronarySyndromeUnstableAngina: Final[Code] = Code(
    "NCDR", "49-IIIa", "Acute Coronary Syndrome: Unstable Angina", (3738,)
)
"""Acute Coronary Syndrome: Unstable Angina (NCDR 49-IIIa)."""

AcuteCoronarySyndromeNonSTElevationMyocardialInfarction: Final[Code] = Code(
    "NCDR", "49-IIIb", "Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: Non ST-Elevation Myocardial Infarction (NCDR 49-IIIb)."""

AcuteCoronarySyndromeSTElevationMyocardialInfarction: Final[Code] = Code(
    "NCDR", "49-IIIc", "Acute Coronary Syndrome: ST-Elevation Myocardial Infarction", (3738,)
)
"""Acute Coronary Syndrome: ST-Elevation Myocardial Infarction (NCDR 49-IIIc)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AtypicalChestPain,
    StableAngina,
    AcuteCoronarySyndromeUnstableAngina,
    AcuteCoronarySyndromeNonSTElevationMyocardialInfarction,
    AcuteCoronarySyndromeSTElevationMyocardialInfarction,
)
"""The resolved membership: own members, then those of the included groups, in order."""
