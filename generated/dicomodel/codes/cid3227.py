"""CID 3227 QTc Measurement.

Extensible, version 20110330, UID 1.2.840.10008.6.1.773.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3227
NAME: _Final[str] = "QTc Measurement"
KEYWORD: _Final[str | None] = "QTcMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.773"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20110330"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

QtcIntervalGlobal: _Final[_Code] = _Code("MDC", "2:15876", "QTc interval global", (3227,))
"""QTc interval global (MDC 2:15876)."""

QtcIntervalPerLead: _Final[_Code] = _Code("MDC", "2: 33792", "QTc interval per lead", (3227,))
"""QTc interval per lead (MDC 2: 33792)."""

QtcGlobalUsingBazettFormula: _Final[_Code] = _Code(
    "MDC", "2:15880", "QTc global using Bazett formula", (3227,)
)
"""QTc global using Bazett formula (MDC 2:15880)."""

QtcGlobalUsingFredericiaFormula: _Final[_Code] = _Code(
    "MDC", "2:15892", "QTc global using Fredericia formula", (3227,)
)
"""QTc global using Fredericia formula (MDC 2:15892)."""

QtcPerLeadUsingBazettFormula: _Final[_Code] = _Code(
    "MDC", "2:34048", "QTc per lead using Bazett formula", (3227,)
)
"""QTc per lead using Bazett formula (MDC 2:34048)."""

QtcPerLeadUsingFredericiaFormula: _Final[_Code] = _Code(
    "MDC", "2:34304", "QTc per lead using Fredericia formula", (3227,)
)
"""QTc per lead using Fredericia formula (MDC 2:34304)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    QtcIntervalGlobal,
    QtcIntervalPerLead,
    QtcGlobalUsingBazettFormula,
    QtcGlobalUsingFredericiaFormula,
    QtcPerLeadUsingBazettFormula,
    QtcPerLeadUsingFredericiaFormula,
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
