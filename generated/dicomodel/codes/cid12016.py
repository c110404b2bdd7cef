"""CID 12016 Estimated Fetal Weight Percentile Equation/Table.

Extensible, version 20160525, UID 1.2.840.10008.6.1.564.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12016
NAME: _Final[str] = "Estimated Fetal Weight Percentile Equation/Table"
KEYWORD: _Final[str | None] = "EstimatedFetalWeightPercentileEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.564"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160525"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

FWPByGACampbell1991: _Final[_Code] = _Code("DCM", "128040", "FWP by GA, Campbell, 1991", (12016,))
"""FWP by GA, Campbell, 1991 (DCM 128040)."""

FWPByGAHadlock1991: _Final[_Code] = _Code("DCM", "128041", "FWP by GA, Hadlock, 1991", (12016,))
"""FWP by GA, Hadlock, 1991 (DCM 128041)."""

FWPByGAWilliams1982: _Final[_Code] = _Code("LN", "33184-3", "FWP by GA, Williams, 1982", (12016,))
"""FWP by GA, Williams, 1982 (LN 33184-3)."""

FWPByGAAlexander1996: _Final[_Code] = _Code("LN", "33185-0", "FWP by GA, Alexander, 1996", (12016,))
"""FWP by GA, Alexander, 1996 (LN 33185-0)."""

MaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33186-8", "Male Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Singleton BWP by GA, Arbuckle 1993 (LN 33186-8)."""

FemaleSingletonBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33187-6", "Female Singleton BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Singleton BWP by GA, Arbuckle 1993 (LN 33187-6)."""

MaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33199-1", "Male Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Male Twins BWP by GA, Arbuckle 1993 (LN 33199-1)."""

FemaleTwinsBWPByGAArbuckle1993: _Final[_Code] = _Code(
    "LN", "33188-4", "Female Twins BWP by GA, Arbuckle 1993", (12016,)
)
"""Female Twins BWP by GA, Arbuckle 1993 (LN 33188-4)."""

FWPByGABrenner1976: _Final[_Code] = _Code("LN", "33189-2", "FWP by GA, Brenner 1976", (12016,))
"""FWP by GA, Brenner 1976 (LN 33189-2)."""

FWPByGAHadlock1985: _Final[_Code] = _Code("LN", "33190-0", "FWP by GA, Hadlock 1985", (12016,))
"""FWP by GA, Hadlock 1985 (LN 33190-0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    FWPByGACampbell1991,
    FWPByGAHadlock1991,
    FWPByGAWilliams1982,
    FWPByGAAlexander1996,
    MaleSingletonBWPByGAArbuckle1993,
    FemaleSingletonBWPByGAArbuckle1993,
    MaleTwinsBWPByGAArbuckle1993,
    FemaleTwinsBWPByGAArbuckle1993,
    FWPByGABrenner1976,
    FWPByGAHadlock1985,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
