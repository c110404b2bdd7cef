"""CID 12003 OB-GYN Date.

Extensible, version 20210120, UID 1.2.840.10008.6.1.552.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12003
NAME: Final[str] = "OB-GYN Date"
KEYWORD: Final[str | None] = "OBGYNDate"
UID: Final[str | None] = "1.2.840.10008.6.1.552"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210120"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EDD: Final[Code] = Code("LN", "11778-8", "EDD", (12003,))
"""EDD (LN 11778-8)."""

EDDFromLMP: Final[Code] = Code("LN", "11779-6", "EDD from LMP", (12003,))
"""EDD from LMP (LN 11779-6)."""

EDDFromAverageUltrasoundAge: Final[Code] = Code(
    "LN", "11781-2", "EDD from average ultrasound age", (12003,)
)
"""EDD from average ultrasound age (LN 11781-2)."""

EDDFromOvulationDate: Final[Code] = Code("LN", "11780-4", "EDD from ovulation date", (12003,))
"""EDD from ovulation date (LN 11780-4)."""

LMP: Final[Code] = Code("LN", "8665-2", "LMP", (12003,))
"""LMP (LN 8665-2)."""

EstimatedLMPByEDD: Final[Code] = Code("LN", "33066-2", "Estimated LMP by EDD", (12003,))
"""Estimated LMP by EDD (LN 33066-2)."""

OvulationDate: Final[Code] = Code("LN", "11976-8", "Ovulation date", (12003,))
"""Ovulation date (LN 11976-8)."""

ConceptionDate: Final[Code] = Code("LN", "33067-0", "Conception Date", (12003,))
"""Conception Date (LN 33067-0)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EDD,
    EDDFromLMP,
    EDDFromAverageUltrasoundAge,
    EDDFromOvulationDate,
    LMP,
    EstimatedLMPByEDD,
    OvulationDate,
    ConceptionDate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
