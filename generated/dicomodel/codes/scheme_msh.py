"""Coding scheme MSH: MeSH.

3 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

DESIGNATOR: Final[str] = "MSH"
NAME: Final[str] = "MeSH"
UID: Final[str | None] = "2.16.840.1.113883.6.177"
URI: Final[str | None] = None
RETIRED: Final[bool] = False

LactatedRingerS: Final[Code] = Code("MSH", "D000077325", "Lactated Ringer's", (70,))
"""Lactated Ringer's (MSH D000077325)."""

MonteCarloMethod: Final[Code] = Code("MSH", "D009010", "Monte Carlo Method", (10068,))
"""Monte Carlo Method (MSH D009010)."""

Technetium99mTRODAT1: Final[Code] = Code("MSH", "C104196", "Technetium^99m^ TRODAT-1", (25,))
"""Technetium^99m^ TRODAT-1 (MSH C104196)."""

MEMBERS: Final[tuple[Code, ...]] = (LactatedRingerS, MonteCarloMethod, Technetium99mTRODAT1)
"""Every code of the scheme in PS3.16, sorted by name."""
