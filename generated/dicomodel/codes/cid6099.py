"""CID 6099 Racial Group.

Extensible, version 20240611, UID 1.2.840.10008.6.1.1278.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6099
NAME: _Final[str] = "Racial Group"
KEYWORD: _Final[str | None] = "RacialGroup"
UID: _Final[str | None] = "1.2.840.10008.6.1.1278"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AfricanRace: _Final[_Code] = _Code("SCT", "413464008", "African race", (6099,))
"""African race (SCT 413464008)."""

AsianRace: _Final[_Code] = _Code("SCT", "413582008", "Asian race", (6099,))
"""Asian race (SCT 413582008)."""

CaucasianRace: _Final[_Code] = _Code("SCT", "413773004", "Caucasian race", (6099,))
"""Caucasian race (SCT 413773004)."""

AmericanIndianOrAlaskaNative: _Final[_Code] = _Code(
    "SCT", "413490006", "American Indian or Alaska native", (6099,)
)
"""American Indian or Alaska native (SCT 413490006)."""

NativeHawaiianOrOtherPacificIslander: _Final[_Code] = _Code(
    "NCIt", "C41219", "Native Hawaiian or other Pacific Islander", (6099,)
)
"""Native Hawaiian or other Pacific Islander (NCIt C41219)."""

AsianOrPacificIslanderRace: _Final[_Code] = _Code(
    "SCT", "413581001", "Asian or Pacific Islander race", (6099,)
)
"""Asian or Pacific Islander race (SCT 413581001)."""

AustralianAborigineRace: _Final[_Code] = _Code(
    "SCT", "413600007", "Australian aborigine race", (6099,)
)
"""Australian aborigine race (SCT 413600007)."""

IndianRace: _Final[_Code] = _Code("SCT", "414481008", "Indian race", (6099,))
"""Indian race (SCT 414481008)."""

Hispanic: _Final[_Code] = _Code("SCT", "414408004", "Hispanic", (6099,))
"""Hispanic (SCT 414408004)."""

MiddleEasternOrNorthAfrican: _Final[_Code] = _Code(
    "UMLS", "C5690844", "Middle Eastern or North African", (6099,)
)
"""Middle Eastern or North African (UMLS C5690844)."""

MixedRacialGroup: _Final[_Code] = _Code("SCT", "414752008", "Mixed racial group", (6099,))
"""Mixed racial group (SCT 414752008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AfricanRace,
    AsianRace,
    CaucasianRace,
    AmericanIndianOrAlaskaNative,
    NativeHawaiianOrOtherPacificIslander,
    AsianOrPacificIslanderRace,
    AustralianAborigineRace,
    IndianRace,
    Hispanic,
    MiddleEasternOrNorthAfrican,
    MixedRacialGroup,
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
