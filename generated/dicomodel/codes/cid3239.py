"""CID 3239 Perceived Exertion Scale.

Extensible, version 20080927, UID 1.2.840.10008.6.1.785.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3239
NAME: Final[str] = "Perceived Exertion Scale"
KEYWORD: Final[str | None] = "PerceivedExertionScale"
UID: Final[str | None] = "1.2.840.10008.6.1.785"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BorgRPEScale: Final[Code] = Code("DCM", "122734", "Borg RPE Scale", (3239,))
"""Borg RPE Scale (DCM 122734)."""

BorgCR10Scale: Final[Code] = Code("DCM", "122735", "Borg CR10 Scale", (3239,))
"""Borg CR10 Scale (DCM 122735)."""

MEMBERS: Final[tuple[Code, ...]] = (BorgRPEScale, BorgCR10Scale)
"""The resolved membership: own members, then those of the included groups, in order."""
