"""CID 12003 OB-GYN Date.

Extensible, version 20210120, UID 1.2.840.10008.6.1.552.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12003
NAME: _Final[str] = "OB-GYN Date"
KEYWORD: _Final[str | None] = "OBGYNDate"
UID: _Final[str | None] = "1.2.840.10008.6.1.552"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EDD: _Final[_Code] = _Code("LN", "11778-8", "EDD", (12003,))
"""EDD (LN 11778-8)."""

EDDFromLMP: _Final[_Code] = _Code("LN", "11779-6", "EDD from LMP", (12003,))
"""EDD from LMP (LN 11779-6)."""

EDDFromAverageUltrasoundAge: _Final[_Code] = _Code(
    "LN", "11781-2", "EDD from average ultrasound age", (12003,)
)
"""EDD from average ultrasound age (LN 11781-2)."""

EDDFromOvulationDate: _Final[_Code] = _Code("LN", "11780-4", "EDD from ovulation date", (12003,))
"""EDD from ovulation date (LN 11780-4)."""

LMP: _Final[_Code] = _Code("LN", "8665-2", "LMP", (12003,))
"""LMP (LN 8665-2)."""

EstimatedLMPByEDD: _Final[_Code] = _Code("LN", "33066-2", "Estimated LMP by EDD", (12003,))
"""Estimated LMP by EDD (LN 33066-2)."""

OvulationDate: _Final[_Code] = _Code("LN", "11976-8", "Ovulation date", (12003,))
"""Ovulation date (LN 11976-8)."""

ConceptionDate: _Final[_Code] = _Code("LN", "33067-0", "Conception Date", (12003,))
"""Conception Date (LN 33067-0)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
