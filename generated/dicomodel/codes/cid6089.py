"""CID 6089 Substance.

Extensible, version 20160314, UID 1.2.840.10008.6.1.411.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6089
NAME: Final[str] = "Substance"
KEYWORD: Final[str | None] = "Substance"
UID: Final[str | None] = "1.2.840.10008.6.1.411"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EthylAlcohol: Final[Code] = Code("SCT", "419442005", "Ethyl alcohol", (10, 6089, 8114))
"""Ethyl alcohol (SCT 419442005)."""

Amphetamine: Final[Code] = Code("SCT", "703842006", "Amphetamine", (6089,))
"""Amphetamine (SCT 703842006)."""

Marijuana: Final[Code] = Code("SCT", "398705004", "Marijuana", (6089,))
"""Marijuana (SCT 398705004)."""

Cocaine: Final[Code] = Code("SCT", "387085005", "Cocaine", (6089,))
"""Cocaine (SCT 387085005)."""

Heroin: Final[Code] = Code("SCT", "387341002", "Heroin", (6089,))
"""Heroin (SCT 387341002)."""

LysergicAcidDiethlyamide: Final[Code] = Code(
    "SCT", "15698006", "Lysergic acid diethlyamide", (6089,)
)
"""Lysergic acid diethlyamide (SCT 15698006)."""

Mescaline: Final[Code] = Code("SCT", "373780001", "Mescaline", (6089,))
"""Mescaline (SCT 373780001)."""

Phencyclidine: Final[Code] = Code("SCT", "9721008", "Phencyclidine", (6089,))
"""Phencyclidine (SCT 9721008)."""

Methadone: Final[Code] = Code("SCT", "387286002", "Methadone", (6089,))
"""Methadone (SCT 387286002)."""

Morphine: Final[Code] = Code("SCT", "373529000", "Morphine", (6089,))
"""Morphine (SCT 373529000)."""

Methlyphenidate: Final[Code] = Code("SCT", "373337007", "Methlyphenidate", (6089,))
"""Methlyphenidate (SCT 373337007)."""

ChewingTobacco: Final[Code] = Code("SCT", "81911001", "Chewing tobacco", (6089,))
"""Chewing tobacco (SCT 81911001)."""

CigaretteSmokingTobacco: Final[Code] = Code("SCT", "66562002", "Cigarette smoking tobacco", (6089,))
"""Cigarette smoking tobacco (SCT 66562002)."""

Caffeine: Final[Code] = Code("SCT", "255641001", "Caffeine", (6089,))
"""Caffeine (SCT 255641001)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
