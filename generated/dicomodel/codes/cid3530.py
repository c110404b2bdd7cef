"""CID 3530 Oxygen Administration Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.144.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3530
NAME: Final[str] = "Oxygen Administration Action"
KEYWORD: Final[str | None] = "OxygenAdministrationAction"
UID: Final[str | None] = "1.2.840.10008.6.1.144"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeginOxygenAdministration: Final[Code] = Code(
    "DCM", "121161", "Begin oxygen administration", (3530,)
)
"""Begin oxygen administration (DCM 121161)."""

EndOxygenAdministration: Final[Code] = Code("DCM", "121162", "End oxygen administration", (3530,))
"""End oxygen administration (DCM 121162)."""

MEMBERS: Final[tuple[Code, ...]] = (BeginOxygenAdministration, EndOxygenAdministration)
"""The resolved membership: own members, then those of the included groups, in order."""
