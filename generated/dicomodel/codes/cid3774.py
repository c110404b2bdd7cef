"""CID 3774 Social History.

Extensible, version 20220922, UID 1.2.840.10008.6.1.262.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3774
NAME: _Final[str] = "Social History"
KEYWORD: _Final[str | None] = "SocialHistory"
UID: _Final[str | None] = "1.2.840.10008.6.1.262"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TobaccoSmokingBehavior: _Final[_Code] = _Code(
    "SCT", "365981007", "Tobacco Smoking Behavior", (3774,)
)
"""Tobacco Smoking Behavior (SCT 365981007)."""

DrugMisuseBehavior: _Final[_Code] = _Code("SCT", "228366006", "Drug misuse behavior", (3774,))
"""Drug misuse behavior (SCT 228366006)."""

Exercise: _Final[_Code] = _Code("SCT", "256235009", "Exercise", (3774,))
"""Exercise (SCT 256235009)."""

Nutrition: _Final[_Code] = _Code("SCT", "364393001", "Nutrition", (3774,))
"""Nutrition (SCT 364393001)."""

AlcoholConsumption: _Final[_Code] = _Code("SCT", "897148007", "Alcohol consumption", (3774,))
"""Alcohol consumption (SCT 897148007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    TobaccoSmokingBehavior,
    DrugMisuseBehavior,
    Exercise,
    Nutrition,
    AlcoholConsumption,
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
