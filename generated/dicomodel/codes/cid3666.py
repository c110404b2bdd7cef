"""CID 3666 P50 Equation.

Extensible, version 20030327, UID 1.2.840.10008.6.1.182.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3666
NAME: Final[str] = "P50 Equation"
KEYWORD: Final[str | None] = "P50Equation"
UID: Final[str | None] = "1.2.840.10008.6.1.182"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IfPremAgeLesserThan3DaysP50Equals19Point9: Final[Code] = Code(
    "DCM", "122256", "if (prem age< 3days) P50 = 19.9", (3666,)
)
"""if (prem age< 3days) P50 = 19.9 (DCM 122256)."""

IfAgeLesserThan1DayP50Equals21Point6: Final[Code] = Code(
    "DCM", "122257", "if (age < 1day) P50 = 21.6", (3666,)
)
"""if (age < 1day) P50 = 21.6 (DCM 122257)."""

IfAgeLesserThan30DayP50Equals24Point6: Final[Code] = Code(
    "DCM", "122258", "if (age < 30day) P50 = 24.6", (3666,)
)
"""if (age < 30day) P50 = 24.6 (DCM 122258)."""

IfAgeLesserThan18YearsP50Equals27Point2: Final[Code] = Code(
    "DCM", "122259", "if (age < 18y) P50 = 27.2", (3666,)
)
"""if (age < 18y) P50 = 27.2 (DCM 122259)."""

IfAgeLesserThan40YearsP50Equals27Point4: Final[Code] = Code(
    "DCM", "122260", "if (age < 40y) P50 = 27.4", (3666,)
)
"""if (age < 40y) P50 = 27.4 (DCM 122260)."""

IfAgeGreaterThan60YearsP50Equals29Point3: Final[Code] = Code(
    "DCM", "122261", "if (age > 60y) P50 = 29.3", (3666,)
)
"""if (age > 60y) P50 = 29.3 (DCM 122261)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IfPremAgeLesserThan3DaysP50Equals19Point9,
    IfAgeLesserThan1DayP50Equals21Point6,
    IfAgeLesserThan30DayP50Equals24Point6,
    IfAgeLesserThan18YearsP50Equals27Point2,
    IfAgeLesserThan40YearsP50Equals27Point4,
    IfAgeGreaterThan60YearsP50Equals29Point3,
)
"""The resolved membership: own members, then those of the included groups, in order."""
