"""CID 10009 Measured/Calculated.

Extensible, version 20051101, UID 1.2.840.10008.6.1.542.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10009
NAME: Final[str] = "Measured/Calculated"
KEYWORD: Final[str | None] = "MeasuredCalculated"
UID: Final[str | None] = "1.2.840.10008.6.1.542"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051101"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Measured: Final[Code] = Code("SCT", "258104002", "Measured", (3627, 10009))
"""Measured (SCT 258104002)."""

Calculated: Final[Code] = Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

Estimated: Final[Code] = Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

MEMBERS: Final[tuple[Code, ...]] = (Measured, Calculated, Estimated)
"""The resolved membership: own members, then those of the included groups, in order."""
