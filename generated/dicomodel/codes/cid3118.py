"""CID 3118 Level of Risk.

Extensible, version 20080927, UID 1.2.840.10008.6.1.750.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3118
NAME: Final[str] = "Level of Risk"
KEYWORD: Final[str | None] = "RiskLevel"
UID: Final[str | None] = "1.2.840.10008.6.1.750"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NormalRisk: Final[Code] = Code("SCT", "427986001", "Normal risk", (3118,))
"""Normal risk (SCT 427986001)."""

LowRisk: Final[Code] = Code("SCT", "75976002", "Low risk", (3118,))
"""Low risk (SCT 75976002)."""

LowToModerateRisk: Final[Code] = Code("SCT", "429551001", "Low to moderate risk", (3118,))
"""Low to moderate risk (SCT 429551001)."""

ModerateRisk: Final[Code] = Code("SCT", "25594002", "Moderate risk", (3118,))
"""Moderate risk (SCT 25594002)."""

ModerateToHighRisk: Final[Code] = Code("SCT", "429557002", "Moderate to high risk", (3118,))
"""Moderate to high risk (SCT 429557002)."""

HighRisk: Final[Code] = Code("SCT", "15508007", "High risk", (3118,))
"""High risk (SCT 15508007)."""

UncertainRisk: Final[Code] = Code("SCT", "64957009", "Uncertain risk", (3118,))
"""Uncertain risk (SCT 64957009)."""

MEMBERS: Final[tuple[Code, ...]] = (
    NormalRisk,
    LowRisk,
    LowToModerateRisk,
    ModerateRisk,
    ModerateToHighRisk,
    HighRisk,
    UncertainRisk,
)
"""The resolved membership: own members, then those of the included groups, in order."""
