"""CID 3666 P50 Equation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.182.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3666
NAME: _Final[str] = "P50 Equation"
KEYWORD: _Final[str | None] = "P50Equation"
UID: _Final[str | None] = "1.2.840.10008.6.1.182"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IfPremAgeLesserThan3DaysP50Equals19Point9: _Final[_Code] = _Code(
    "DCM", "122256", "if (prem age< 3days) P50 = 19.9", (3666,)
)
"""if (prem age< 3days) P50 = 19.9 (DCM 122256)."""

IfAgeLesserThan1DayP50Equals21Point6: _Final[_Code] = _Code(
    "DCM", "122257", "if (age < 1day) P50 = 21.6", (3666,)
)
"""if (age < 1day) P50 = 21.6 (DCM 122257)."""

IfAgeLesserThan30DayP50Equals24Point6: _Final[_Code] = _Code(
    "DCM", "122258", "if (age < 30day) P50 = 24.6", (3666,)
)
"""if (age < 30day) P50 = 24.6 (DCM 122258)."""

IfAgeLesserThan18YearsP50Equals27Point2: _Final[_Code] = _Code(
    "DCM", "122259", "if (age < 18y) P50 = 27.2", (3666,)
)
"""if (age < 18y) P50 = 27.2 (DCM 122259)."""

IfAgeLesserThan40YearsP50Equals27Point4: _Final[_Code] = _Code(
    "DCM", "122260", "if (age < 40y) P50 = 27.4", (3666,)
)
"""if (age < 40y) P50 = 27.4 (DCM 122260)."""

IfAgeGreaterThan60YearsP50Equals29Point3: _Final[_Code] = _Code(
    "DCM", "122261", "if (age > 60y) P50 = 29.3", (3666,)
)
"""if (age > 60y) P50 = 29.3 (DCM 122261)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IfPremAgeLesserThan3DaysP50Equals19Point9,
    IfAgeLesserThan1DayP50Equals21Point6,
    IfAgeLesserThan30DayP50Equals24Point6,
    IfAgeLesserThan18YearsP50Equals27Point2,
    IfAgeLesserThan40YearsP50Equals27Point4,
    IfAgeGreaterThan60YearsP50Equals29Point3,
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
