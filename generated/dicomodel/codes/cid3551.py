"""CID 3551 Ventilation Action.

Extensible, version 20030327, UID 1.2.840.10008.6.1.147.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3551
NAME: Final[str] = "Ventilation Action"
KEYWORD: Final[str | None] = "VentilationAction"
UID: Final[str | None] = "1.2.840.10008.6.1.147"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BeginVentilation: Final[Code] = Code("DCM", "121168", "Begin Ventilation", (3551,))
"""Begin Ventilation (DCM 121168)."""

EndVentilation: Final[Code] = Code("DCM", "121169", "End Ventilation", (3551,))
"""End Ventilation (DCM 121169)."""

MEMBERS: Final[tuple[Code, ...]] = (BeginVentilation, EndVentilation)
"""The resolved membership: own members, then those of the included groups, in order."""
