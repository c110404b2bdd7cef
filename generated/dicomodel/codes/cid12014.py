"""CID 12014 OB Fetal Body Weight Equation/Table.

Extensible, version 20030130, UID 1.2.840.10008.6.1.562.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12014
NAME: _Final[str] = "OB Fetal Body Weight Equation/Table"
KEYWORD: _Final[str | None] = "OBFetalBodyWeightEquationTable"
UID: _Final[str | None] = "1.2.840.10008.6.1.562"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EFWByACCampbell1975: _Final[_Code] = _Code("LN", "11756-4", "EFW by AC, Campbell 1975", (12014,))
"""EFW by AC, Campbell 1975 (LN 11756-4)."""

EFWByACBPDHadlock1984: _Final[_Code] = _Code(
    "LN", "11738-2", "EFW by AC, BPD, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, Hadlock 1984 (LN 11738-2)."""

EFWByACBPDFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11734-1", "EFW by AC, BPD, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1984 (LN 11734-1)."""

EFWByACBPDFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11735-8", "EFW by AC, BPD, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, Hadlock 1985 (LN 11735-8)."""

EFWByACBPDFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11732-5", "EFW by AC, BPD, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, BPD, FL, HC, Hadlock 1985 (LN 11732-5)."""

EFWByACFLHadlock1984: _Final[_Code] = _Code(
    "LN", "11750-7", "EFW by AC, FL, Hadlock 1984", (12014,)
)
"""EFW by AC, FL, Hadlock 1984 (LN 11750-7)."""

EFWByACFLHadlock1985: _Final[_Code] = _Code(
    "LN", "11751-5", "EFW by AC, FL, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, Hadlock 1985 (LN 11751-5)."""

EFWByACFLHCHadlock1985: _Final[_Code] = _Code(
    "LN", "11746-5", "EFW by AC, FL, HC, Hadlock 1985", (12014,)
)
"""EFW by AC, FL, HC, Hadlock 1985 (LN 11746-5)."""

EFWByACHCHadlock1984: _Final[_Code] = _Code("LN", "11754-9", "EFW by AC, HC Hadlock 1984", (12014,))
"""EFW by AC, HC Hadlock 1984 (LN 11754-9)."""

EFWByBPDTTDHansmann1986: _Final[_Code] = _Code(
    "LN", "33139-7", "EFW by BPD, TTD, Hansmann 1986", (12014,)
)
"""EFW by BPD, TTD, Hansmann 1986 (LN 33139-7)."""

EFWByACAndBPDShepard1982: _Final[_Code] = _Code(
    "LN", "11739-0", "EFW by AC and BPD, Shepard 1982", (12014,)
)
"""EFW by AC and BPD, Shepard 1982 (LN 11739-0)."""

EFWByBPDFTAFLOsaka1990: _Final[_Code] = _Code(
    "LN", "33140-5", "EFW by BPD, FTA, FL, Osaka 1990", (12014,)
)
"""EFW by BPD, FTA, FL, Osaka 1990 (LN 33140-5)."""

EFW1ByShinozuka1996: _Final[_Code] = _Code("LN", "33141-3", "EFW1 by Shinozuka 1996", (12014,))
"""EFW1 by Shinozuka 1996 (LN 33141-3)."""

EFW2ByShinozuka1996: _Final[_Code] = _Code("LN", "33142-1", "EFW2 by Shinozuka 1996", (12014,))
"""EFW2 by Shinozuka 1996 (LN 33142-1)."""

EFW3ByShinozuka1996: _Final[_Code] = _Code("LN", "33143-9", "EFW3 by Shinozuka 1996", (12014,))
"""EFW3 by Shinozuka 1996 (LN 33143-9)."""

EFWByBPDAPADTADFLTokyo1987: _Final[_Code] = _Code(
    "LN", "33144-7", "EFW by BPD, APAD, TAD, FL, Tokyo 1987", (12014,)
)
"""EFW by BPD, APAD, TAD, FL, Tokyo 1987 (LN 33144-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EFWByACCampbell1975,
    EFWByACBPDHadlock1984,
    EFWByACBPDFLHadlock1984,
    EFWByACBPDFLHadlock1985,
    EFWByACBPDFLHCHadlock1985,
    EFWByACFLHadlock1984,
    EFWByACFLHadlock1985,
    EFWByACFLHCHadlock1985,
    EFWByACHCHadlock1984,
    EFWByBPDTTDHansmann1986,
    EFWByACAndBPDShepard1982,
    EFWByBPDFTAFLOsaka1990,
    EFW1ByShinozuka1996,
    EFW2ByShinozuka1996,
    EFW3ByShinozuka1996,
    EFWByBPDAPADTADFLTokyo1987,
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
