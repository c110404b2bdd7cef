"""CID 3227 QTc Measurement.

Extensible, version 20110330, UID 1.2.840.10008.6.1.773.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3227
NAME: Final[str] = "QTc Measurement"
KEYWORD: Final[str | None] = "QTcMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.773"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110330"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

QtcIntervalGlobal: Final[Code] = Code("MDC", "2:15876", "QTc interval global", (3227,))
"""QTc interval global (MDC 2:15876)."""

QtcIntervalPerLead: Final[Code] = Code("MDC", "2: 33792", "QTc interval per lead", (3227,))
"""QTc interval per lead (MDC 2: 33792)."""

QtcGlobalUsingBazettFormula: Final[Code] = Code(
    "MDC", "2:15880", "QTc global using Bazett formula", (3227,)
)
"""QTc global using Bazett formula (MDC 2:15880)."""

QtcGlobalUsingFredericiaFormula: Final[Code] = Code(
    "MDC", "2:15892", "QTc global using Fredericia formula", (3227,)
)
"""QTc global using Fredericia formula (MDC 2:15892)."""

QtcPerLeadUsingBazettFormula: Final[Code] = Code(
    "MDC", "2:34048", "QTc per lead using Bazett formula", (3227,)
)
"""QTc per lead using Bazett formula (MDC 2:34048)."""

QtcPerLeadUsingFredericiaFormula: Final[Code] = Code(
    "MDC", "2:34304", "QTc per lead using Fredericia formula", (3227,)
)
"""QTc per lead using Fredericia formula (MDC 2:34304)."""

MEMBERS: Final[tuple[Code, ...]] = (
    QtcIntervalGlobal,
    QtcIntervalPerLead,
    QtcGlobalUsingBazettFormula,
    QtcGlobalUsingFredericiaFormula,
    QtcPerLeadUsingBazettFormula,
    QtcPerLeadUsingFredericiaFormula,
)
"""The resolved membership: own members, then those of the included groups, in order."""
