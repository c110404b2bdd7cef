"""CID 12019 OB-GYN Fetus Summary.

Extensible, version 20210903, UID 1.2.840.10008.6.1.567.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12019
NAME: Final[str] = "OB-GYN Fetus Summary"
KEYWORD: Final[str | None] = "OBGYNFetusSummary"
UID: Final[str | None] = "1.2.840.10008.6.1.567"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210903"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GestationalAge: Final[Code] = Code("LN", "18185-9", "Gestational Age", (12019,))
"""Gestational Age (LN 18185-9)."""

CompositeUltrasoundAge: Final[Code] = Code("LN", "11888-5", "Composite Ultrasound Age", (12019,))
"""Composite Ultrasound Age (LN 11888-5)."""

GestationalAgeByLMP: Final[Code] = Code("LN", "11885-1", "Gestational Age by LMP", (12013, 12019))
"""Gestational Age by LMP (LN 11885-1)."""

EstimatedWeight: Final[Code] = Code("LN", "11727-5", "Estimated Weight", (12019,))
"""Estimated Weight (LN 11727-5)."""

EFWPercentileRank: Final[Code] = Code("LN", "11767-1", "EFW percentile rank", (12019,))
"""EFW percentile rank (LN 11767-1)."""

EFWRatio: Final[Code] = Code("LN", "98032-6", "EFW Ratio", (12019,))
"""EFW Ratio (LN 98032-6)."""

EFWDiscordance: Final[Code] = Code("LN", "98031-8", "EFW Discordance", (12019,))
"""EFW Discordance (LN 98031-8)."""

FetalHeartRate: Final[Code] = Code("LN", "11948-7", "Fetal Heart Rate", (12019,))
"""Fetal Heart Rate (LN 11948-7)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GestationalAge,
    CompositeUltrasoundAge,
    GestationalAgeByLMP,
    EstimatedWeight,
    EFWPercentileRank,
    EFWRatio,
    EFWDiscordance,
    FetalHeartRate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
