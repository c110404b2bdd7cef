"""CID 3118 Level of Risk.

Extensible, version 20080927, UID 1.2.840.10008.6.1.750.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3118
NAME: _Final[str] = "Level of Risk"
KEYWORD: _Final[str | None] = "RiskLevel"
UID: _Final[str | None] = "1.2.840.10008.6.1.750"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalRisk: _Final[_Code] = _Code("SCT", "427986001", "Normal risk", (3118,))
"""Normal risk (SCT 427986001)."""

LowRisk: _Final[_Code] = _Code("SCT", "75976002", "Low risk", (3118,))
"""Low risk (SCT 75976002)."""

LowToModerateRisk: _Final[_Code] = _Code("SCT", "429551001", "Low to moderate risk", (3118,))
"""Low to moderate risk (SCT 429551001)."""

ModerateRisk: _Final[_Code] = _Code("SCT", "25594002", "Moderate risk", (3118,))
"""Moderate risk (SCT 25594002)."""

ModerateToHighRisk: _Final[_Code] = _Code("SCT", "429557002", "Moderate to high risk", (3118,))
"""Moderate to high risk (SCT 429557002)."""

HighRisk: _Final[_Code] = _Code("SCT", "15508007", "High risk", (3118,))
"""High risk (SCT 15508007)."""

UncertainRisk: _Final[_Code] = _Code("SCT", "64957009", "Uncertain risk", (3118,))
"""Uncertain risk (SCT 64957009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NormalRisk,
    LowRisk,
    LowToModerateRisk,
    ModerateRisk,
    ModerateToHighRisk,
    HighRisk,
    UncertainRisk,
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
