"""CID 6310 Prostate Reporting System.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1367.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6310
NAME: Final[str] = "Prostate Reporting System"
KEYWORD: Final[str | None] = "ProstateReportingSystem"
UID: Final[str | None] = "1.2.840.10008.6.1.1367"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PIRADSV2Point0: Final[Code] = Code("DCM", "130564", "PI-RADS v2.0", (6310,))
"""PI-RADS v2.0 (DCM 130564)."""

PIRADSV2Point1: Final[Code] = Code("DCM", "130565", "PI-RADS v2.1", (6310,))
"""PI-RADS v2.1 (DCM 130565)."""

MEMBERS: Final[tuple[Code, ...]] = (PIRADSV2Point0, PIRADSV2Point1)
"""The resolved membership: own members, then those of the included groups, in order."""
