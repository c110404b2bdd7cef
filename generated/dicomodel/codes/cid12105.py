"""CID 12105 Intracranial Cerebral Vessel.

Extensible, version 20160314, UID 1.2.840.10008.6.1.572.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12105
NAME: _Final[str] = "Intracranial Cerebral Vessel"
KEYWORD: _Final[str | None] = "IntracranialCerebralVessel"
UID: _Final[str | None] = "1.2.840.10008.6.1.572"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "60176003", "Anterior Cerebral Artery", (12105,)
)
"""Anterior Cerebral Artery (SCT 60176003)."""

AnteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "8012006", "Anterior Communicating Artery", (3010, 3606, 12105)
)
"""Anterior Communicating Artery (SCT 8012006)."""

AnteriorMiddleCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397418009", "Anterior-Middle Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Middle Cerebral Artery Bifurcation (SCT 397418009)."""

AnteriorPosteriorCerebralArteryBifurcation: _Final[_Code] = _Code(
    "SCT", "397419001", "Anterior-Posterior Cerebral Artery Bifurcation", (12105,)
)
"""Anterior-Posterior Cerebral Artery Bifurcation (SCT 397419001)."""

CarotidSiphon: _Final[_Code] = _Code("SCT", "54409005", "Carotid Siphon", (12105,))
"""Carotid Siphon (SCT 54409005)."""

CentralRetinalArtery: _Final[_Code] = _Code("SCT", "76117006", "Central Retinal Artery", (12105,))
"""Central Retinal Artery (SCT 76117006)."""

CentralRetinalVein: _Final[_Code] = _Code("SCT", "62869001", "Central Retinal Vein", (12105,))
"""Central Retinal Vein (SCT 62869001)."""

InternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "86117002", "Internal Carotid Artery", (3010, 3606, 12104, 12105)
)
"""Internal Carotid Artery (SCT 86117002)."""

InternalCarotidArteryC5Segment: _Final[_Code] = _Code(
    "SCT", "415637004", "Internal Carotid Artery C5 segment", (12105,)
)
"""Internal Carotid Artery C5 segment (SCT 415637004)."""

InternalCarotidArteryC6Segment: _Final[_Code] = _Code(
    "SCT", "698348000", "Internal Carotid Artery C6 segment", (12105,)
)
"""Internal Carotid Artery C6 segment (SCT 698348000)."""

TerminalInternalCarotidArtery: _Final[_Code] = _Code(
    "SCT", "415646005", "Terminal internal carotid artery", (12105,)
)
"""Terminal internal carotid artery (SCT 415646005)."""

MiddleCerebralArtery: _Final[_Code] = _Code(
    "SCT", "17232002", "Middle Cerebral Artery", (12105, 12141)
)
"""Middle Cerebral Artery (SCT 17232002)."""

MiddleCerebralArteryM1Segment: _Final[_Code] = _Code(
    "SCT", "414722000", "Middle Cerebral Artery M1 Segment", (12105,)
)
"""Middle Cerebral Artery M1 Segment (SCT 414722000)."""

MiddleCerebralArteryM2Segment: _Final[_Code] = _Code(
    "SCT", "414723005", "Middle Cerebral Artery M2 Segment", (12105,)
)
"""Middle Cerebral Artery M2 Segment (SCT 414723005)."""

OphthalmicArtery: _Final[_Code] = _Code(
    "SCT", "53549008", "Ophthalmic Artery", (3010, 3606, 4209, 12105)
)
"""Ophthalmic Artery (SCT 53549008)."""

PosteriorCerebralArtery: _Final[_Code] = _Code(
    "SCT", "70382005", "Posterior Cerebral Artery", (12105,)
)
"""Posterior Cerebral Artery (SCT 70382005)."""

PosteriorCerebralArteryP1Segment: _Final[_Code] = _Code(
    "SCT", "415144009", "Posterior Cerebral Artery P1 Segment", (12105,)
)
"""Posterior Cerebral Artery P1 Segment (SCT 415144009)."""

PosteriorCerebralArteryP2Segment: _Final[_Code] = _Code(
    "SCT", "415145005", "Posterior Cerebral Artery P2 Segment", (12105,)
)
"""Posterior Cerebral Artery P2 Segment (SCT 415145005)."""

PosteriorCommunicatingArtery: _Final[_Code] = _Code(
    "SCT", "43119007", "Posterior Communicating Artery", (3010, 3606, 12105)
)
"""Posterior Communicating Artery (SCT 43119007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
