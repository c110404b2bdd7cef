"""CID 63 Imaging Agent Administration Mode.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1253.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 63
NAME: Final[str] = "Imaging Agent Administration Mode"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationMode"
UID: Final[str | None] = "1.2.840.10008.6.1.1253"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AutomatedAdministration: Final[Code] = Code("DCM", "130173", "Automated Administration", (63,))
"""Automated Administration (DCM 130173)."""

ManualAdministration: Final[Code] = Code("DCM", "130174", "Manual Administration", (63,))
"""Manual Administration (DCM 130174)."""

MEMBERS: Final[tuple[Code, ...]] = (AutomatedAdministration, ManualAdministration)
"""The resolved membership: own members, then those of the included groups, in order."""
