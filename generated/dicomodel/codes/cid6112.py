"""CID 6112 Pleura Anatomy Finding or Feature.

Extensible, version 20030108, UID 1.2.840.10008.6.1.432.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6112
NAME: Final[str] = "Pleura Anatomy Finding or Feature"
KEYWORD: Final[str | None] = "PleuraAnatomyFindingOrFeature"
UID: Final[str | None] = "1.2.840.10008.6.1.432"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030108"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnteriorJunctionLine: Final[Code] = Code("DCM", "112088", "Anterior junction line", (6112,))
"""Anterior junction line (DCM 112088)."""

FissureOfLung: Final[Code] = Code("SCT", "278983006", "Fissure of lung", (6112,))
"""Fissure of lung (SCT 278983006)."""

PosteriorJunctionLine: Final[Code] = Code("DCM", "112089", "Posterior junction line", (6112,))
"""Posterior junction line (DCM 112089)."""

MEMBERS: Final[tuple[Code, ...]] = (AnteriorJunctionLine, FissureOfLung, PosteriorJunctionLine)
"""The resolved membership: own members, then those of the included groups, in order."""
