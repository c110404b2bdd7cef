"""CID 6089 Substance.

Extensible, version 20160314, UID 1.2.840.10008.6.1.411.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6089
NAME: _Final[str] = "Substance"
KEYWORD: _Final[str | None] = "Substance"
UID: _Final[str | None] = "1.2.840.10008.6.1.411"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EthylAlcohol: _Final[_Code] = _Code("SCT", "419442005", "Ethyl alcohol", (10, 6089, 8114))
"""Ethyl alcohol (SCT 419442005)."""

Amphetamine: _Final[_Code] = _Code("SCT", "703842006", "Amphetamine", (6089,))
"""Amphetamine (SCT 703842006)."""

Marijuana: _Final[_Code] = _Code("SCT", "398705004", "Marijuana", (6089,))
"""Marijuana (SCT 398705004)."""

Cocaine: _Final[_Code] = _Code("SCT", "387085005", "Cocaine", (6089,))
"""Cocaine (SCT 387085005)."""

Heroin: _Final[_Code] = _Code("SCT", "387341002", "Heroin", (6089,))
"""Heroin (SCT 387341002)."""

LysergicAcidDiethlyamide: _Final[_Code] = _Code(
    "SCT", "15698006", "Lysergic acid diethlyamide", (6089,)
)
"""Lysergic acid diethlyamide (SCT 15698006)."""

Mescaline: _Final[_Code] = _Code("SCT", "373780001", "Mescaline", (6089,))
"""Mescaline (SCT 373780001)."""

Phencyclidine: _Final[_Code] = _Code("SCT", "9721008", "Phencyclidine", (6089,))
"""Phencyclidine (SCT 9721008)."""

Methadone: _Final[_Code] = _Code("SCT", "387286002", "Methadone", (6089,))
"""Methadone (SCT 387286002)."""

Morphine: _Final[_Code] = _Code("SCT", "373529000", "Morphine", (6089,))
"""Morphine (SCT 373529000)."""

Methlyphenidate: _Final[_Code] = _Code("SCT", "373337007", "Methlyphenidate", (6089,))
"""Methlyphenidate (SCT 373337007)."""

ChewingTobacco: _Final[_Code] = _Code("SCT", "81911001", "Chewing tobacco", (6089,))
"""Chewing tobacco (SCT 81911001)."""

CigaretteSmokingTobacco: _Final[_Code] = _Code(
    "SCT", "66562002", "Cigarette smoking tobacco", (6089,)
)
"""Cigarette smoking tobacco (SCT 66562002)."""

Caffeine: _Final[_Code] = _Code("SCT", "255641001", "Caffeine", (6089,))
"""Caffeine (SCT 255641001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EthylAlcohol,
    Amphetamine,
    Marijuana,
    Cocaine,
    Heroin,
    LysergicAcidDiethlyamide,
    Mescaline,
    Phencyclidine,
    Methadone,
    Morphine,
    Methlyphenidate,
    ChewingTobacco,
    CigaretteSmokingTobacco,
    Caffeine,
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
