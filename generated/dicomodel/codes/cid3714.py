"""CID 3714 Thrombus.

Extensible, version 20030327, UID 1.2.840.10008.6.1.215.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3714
NAME: Final[str] = "Thrombus"
KEYWORD: Final[str | None] = "Thrombus"
UID: Final[str | None] = "1.2.840.10008.6.1.215"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoThrombus: Final[Code] = Code("SCT", "373140001", "No Thrombus", (3714,))
"""No Thrombus (SCT 373140001)."""

PossibleThrombus: Final[Code] = Code("SCT", "373141002", "Possible Thrombus", (3714,))
"""Possible Thrombus (SCT 373141002)."""

DefiniteThrombus: Final[Code] = Code("SCT", "373142009", "Definite Thrombus", (3714,))
"""Definite Thrombus (SCT 373142009)."""

SevereThrombus: Final[Code] = Code("SCT", "373143004", "Severe Thrombus", (3714,))
"""Severe Thrombus (SCT 373143004)."""

MEMBERS: Final[tuple[Code, ...]] = (NoThrombus, PossibleThrombus, DefiniteThrombus, SevereThrombus)
"""The resolved membership: own members, then those of the included groups, in order."""
