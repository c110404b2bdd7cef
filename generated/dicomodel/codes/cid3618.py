"""CID 3618 Hemodynamic Flow.

Extensible, version 20030327, UID 1.2.840.10008.6.1.168.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3618
NAME: Final[str] = "Hemodynamic Flow"
KEYWORD: Final[str | None] = "HemodynamicFlow"
UID: Final[str | None] = "1.2.840.10008.6.1.168"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryFlow: Final[Code] = Code("DCM", "122161", "Pulmonary Flow", (3618,))
"""Pulmonary Flow (DCM 122161)."""

SystemicFlow: Final[Code] = Code("DCM", "122162", "Systemic Flow", (3618,))
"""Systemic Flow (DCM 122162)."""

MEMBERS: Final[tuple[Code, ...]] = (PulmonaryFlow, SystemicFlow)
"""The resolved membership: own members, then those of the included groups, in order."""
