"""CID 12019 OB-GYN Fetus Summary.

Extensible, version 20210903, UID 1.2.840.10008.6.1.567.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12019
NAME: _Final[str] = "OB-GYN Fetus Summary"
KEYWORD: _Final[str | None] = "OBGYNFetusSummary"
UID: _Final[str | None] = "1.2.840.10008.6.1.567"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210903"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GestationalAge: _Final[_Code] = _Code("LN", "18185-9", "Gestational Age", (12019,))
"""Gestational Age (LN 18185-9)."""

CompositeUltrasoundAge: _Final[_Code] = _Code("LN", "11888-5", "Composite Ultrasound Age", (12019,))
"""Composite Ultrasound Age (LN 11888-5)."""

GestationalAgeByLMP: _Final[_Code] = _Code(
    "LN", "11885-1", "Gestational Age by LMP", (12013, 12019)
)
"""Gestational Age by LMP (LN 11885-1)."""

EstimatedWeight: _Final[_Code] = _Code("LN", "11727-5", "Estimated Weight", (12019,))
"""Estimated Weight (LN 11727-5)."""

EFWPercentileRank: _Final[_Code] = _Code("LN", "11767-1", "EFW percentile rank", (12019,))
"""EFW percentile rank (LN 11767-1)."""

EFWRatio: _Final[_Code] = _Code("LN", "98032-6", "EFW Ratio", (12019,))
"""EFW Ratio (LN 98032-6)."""

EFWDiscordance: _Final[_Code] = _Code("LN", "98031-8", "EFW Discordance", (12019,))
"""EFW Discordance (LN 98031-8)."""

FetalHeartRate: _Final[_Code] = _Code("LN", "11948-7", "Fetal Heart Rate", (12019,))
"""Fetal Heart Rate (LN 11948-7)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
