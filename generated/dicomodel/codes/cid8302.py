"""CID 8302 Measurement Pattern Code.

Extensible, version 20140331, UID 1.2.840.10008.6.1.982.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8302
NAME: Final[str] = "Measurement Pattern Code"
KEYWORD: Final[str | None] = "MeasurementPatternCode"
UID: Final[str | None] = "1.2.840.10008.6.1.982"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140331"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TG18UNL10Pattern: Final[Code] = Code("DCM", "109843", "TG18-UNL10 Pattern", (8301, 8302))
"""TG18-UNL10 Pattern (DCM 109843)."""

TG18UNL80Pattern: Final[Code] = Code("DCM", "109844", "TG18-UNL80 Pattern", (8301, 8302))
"""TG18-UNL80 Pattern (DCM 109844)."""

MEMBERS: Final[tuple[Code, ...]] = (TG18UNL10Pattern, TG18UNL80Pattern)
"""The resolved membership: own members, then those of the included groups, in order."""
