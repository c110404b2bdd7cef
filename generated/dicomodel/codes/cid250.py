"""CID 250 Positive-Negative.

Non-extensible, version 20040112, UID 1.2.840.10008.6.1.38.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 250
NAME: Final[str] = "Positive-Negative"
KEYWORD: Final[str | None] = "PositiveNegative"
UID: Final[str | None] = "1.2.840.10008.6.1.38"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Positive: Final[Code] = Code("SCT", "10828004", "Positive", (250, 3231))
"""Positive (SCT 10828004)."""

Negative: Final[Code] = Code("SCT", "260385009", "Negative", (250,))
"""Negative (SCT 260385009)."""

MEMBERS: Final[tuple[Code, ...]] = (Positive, Negative)
"""The resolved membership: own members, then those of the included groups, in order."""
