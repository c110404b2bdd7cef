"""CID 10073 Value Timing.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1363.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10073
NAME: Final[str] = "Value Timing"
KEYWORD: Final[str | None] = "ValueTiming"
UID: Final[str | None] = "1.2.840.10008.6.1.1363"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DurationOfTimePeriod: Final[Code] = Code("DCM", "130532", "Duration of Time Period", (10073,))
"""Duration of Time Period (DCM 130532)."""

BeginningOfTimePeriod: Final[Code] = Code("DCM", "130533", "Beginning of Time Period", (10073,))
"""Beginning of Time Period (DCM 130533)."""

EndOfTimePeriod: Final[Code] = Code("DCM", "130534", "End of Time Period", (10073,))
"""End of Time Period (DCM 130534)."""

MiddleOfTimePeriod: Final[Code] = Code("DCM", "130535", "Middle of Time Period", (10073,))
"""Middle of Time Period (DCM 130535)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DurationOfTimePeriod,
    BeginningOfTimePeriod,
    EndOfTimePeriod,
    MiddleOfTimePeriod,
)
"""The resolved membership: own members, then those of the included groups, in order."""
