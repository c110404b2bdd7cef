"""Coding scheme MSH: MeSH.

3 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "MSH"
NAME: _Final[str] = "MeSH"
UID: _Final[str | None] = "2.16.840.1.113883.6.177"
URI: _Final[str | None] = None
RETIRED: _Final[bool] = False

LactatedRingerS: _Final[_Code] = _Code("MSH", "D000077325", "Lactated Ringer's", (70,))
"""Lactated Ringer's (MSH D000077325)."""

MonteCarloMethod: _Final[_Code] = _Code("MSH", "D009010", "Monte Carlo Method", (10068,))
"""Monte Carlo Method (MSH D009010)."""

Technetium99mTRODAT1: _Final[_Code] = _Code("MSH", "C104196", "Technetium^99m^ TRODAT-1", (25,))
"""Technetium^99m^ TRODAT-1 (MSH C104196)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LactatedRingerS, MonteCarloMethod, Technetium99mTRODAT1)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
