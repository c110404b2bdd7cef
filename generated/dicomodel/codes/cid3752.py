"""CID 3752 Guidewire Crossing.

Extensible, version 20030327, UID 1.2.840.10008.6.1.248.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3752
NAME: Final[str] = "Guidewire Crossing"
KEYWORD: Final[str | None] = "GuidewireCrossing"
UID: Final[str | None] = "1.2.840.10008.6.1.248"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GuidewireCrossingLesionUnsuccessful: Final[Code] = Code(
    "DCM", "122301", "Guidewire crossing lesion unsuccessful", (3412, 3752)
)
"""Guidewire crossing lesion unsuccessful (DCM 122301)."""

GuidewireCrossingLesionSuccessful: Final[Code] = Code(
    "DCM", "122302", "Guidewire crossing lesion successful", (3412, 3752)
)
"""Guidewire crossing lesion successful (DCM 122302)."""

MEMBERS: Final[tuple[Code, ...]] = (
    GuidewireCrossingLesionUnsuccessful,
    GuidewireCrossingLesionSuccessful,
)
"""The resolved membership: own members, then those of the included groups, in order."""
