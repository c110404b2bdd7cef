"""CID 12105 Intracranial Cerebral Vessel.

Extensible, version 20160314, UID 1.2.840.10008.6.1.572.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12105
NAME: Final[str] = "Intracranial Cerebral Vessel"
KEYWORD: Final[str | None] = "IntracranialCerebralVessel"
UID: Final[str | None] = "1.2.840.10008.6.1.572"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorCerebralArtery: Final[Code] = Code("SCT", "60176003", "Anterior Cerebral Artery", (12105,))
"""Anterior Cerebral Artery (SCT 60176003)."""

AnteriorCommunicatingArtery: Final[Code] = Code(
    "SCT", "8012006", "Anterior Communicating Artery", (3010, 3606, 12105)
)
"""Anterior Communicating Artery (SCT 8012006)."""

AnteriorMiddleCerebralArteryBifurcation: Final[Code] = Code(
    "SCT", "397418009", "Anterior-Middle Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Middle Cerebral Artery Bifurcation (SCT 397418009)."""

AnteriorPosteriorCerebralArteryBifurcation: Final[Code] = Code(
    "SCT", "397419001", "Anterior-Posterior Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Posterior Cerebral Artery Bifurcation (SCT 397419001)."""

CarotidSiphon: Final[Code] = Code("SCT", "54409005", "Carotid Siphon", (12105,))
"""Carotid Siphon (SCT 54409005)."""

CentralRetinalArtery: Final[Code] = Code("SCT", "76117006", "Central Retinal Artery", (12105,))
"""Central Retinal Artery (SCT 76117006)."""

CentralRetinalVein: Final[Code] = Code("SCT", "62869001", "Central Retinal Vein", (12105,))
"""Central Retinal Vein (SCT 62869001)."""

InternalCarotidArtery: Final[Code] = Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002)."""

InternalCarotidArteryC5Segment: Final[Code] = Code(
    "SCT", "415637004", "Internal Carotid Artery C5 segment", (12105,)
)
"""Internal Carotid Artery C5 segment (SCT 415637004)."""

InternalCarotidArteryC6Segment: Final[Code] = Code(
    "SCT", "698348000", "Internal Carotid Artery C6 segment", (12105,)
)
"""Internal Carotid Artery C6 segment (SCT 698348000)."""

TerminalInternalCarotidArtery: Final[Code] = Code(
    "SCT", "415646005", "Terminal internal carotid artery", (12105,)
)
"""Terminal internal carotid artery (SCT 415646005)."""

MiddleCerebralArtery: Final[Code] = Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002)."""

MiddleCerebralArteryM1Segment: Final[Code] = Code(
    "SCT", "414722000", "Middle Cerebral Artery M1 Segment", (12105,)
)
"""Middle Cerebral Artery M1 Segment (SCT 414722000)."""

MiddleCerebralArteryM2Segment: Final[Code] = Code(
    "SCT", "414723005", "Middle Cerebral Artery M2 Segment", (12105,)
)
"""Middle Cerebral Artery M2 Segment (SCT 414723005)."""

OphthalmicArtery: Final[Code] = Code(
    "SCT", "53549008", "Ophthalmic Artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic Artery (SCT 53549008)."""

PosteriorCerebralArtery: Final[Code] = Code(
    "SCT", "70382005", "Posterior Cerebral Artery", (12105,)
)
"""Posterior Cerebral Artery (SCT 70382005)."""

PosteriorCerebralArteryP1Segment: Final[Code] = Code(
    "SCT", "415144009", "Posterior Cerebral Artery P1 Segment", (12105,)
)
"""Posterior Cerebral Artery P1 Segment (SCT 415144009)."""

PosteriorCerebralArteryP2Segment: Final[Code] = Code(
    "SCT", "415145005", "Posterior Cerebral Artery P2 Segment", (12105,)
)
"""Posterior Cerebral Artery P2 Segment (SCT 415145005)."""

PosteriorCommunicatingArtery: Final[Code] = Code(
    "SCT", "43119007", "Posterior Communicating Artery", (3010, 3606, 12105)
)
"""Posterior Communicating Artery (SCT 43119007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AnteriorCerebralArtery,
    AnteriorCommunicatingArtery,
    AnteriorMiddleCerebralArteryBifurcation,
    AnteriorPosteriorCerebralArteryBifurcation,
    CarotidSiphon,
    CentralRetinalArtery,
    CentralRetinalVein,
    InternalCarotidArtery,
    InternalCarotidArteryC5Segment,
    InternalCarotidArteryC6Segment,
    TerminalInternalCarotidArtery,
    MiddleCerebralArtery,
    MiddleCerebralArteryM1Segment,
    MiddleCerebralArteryM2Segment,
    OphthalmicArtery,
    PosteriorCerebralArtery,
    PosteriorCerebralArteryP1Segment,
    PosteriorCerebralArteryP2Segment,
    PosteriorCommunicatingArtery,
)
"""The resolved membership: own members, then those of the included groups, in order."""
