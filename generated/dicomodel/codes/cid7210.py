"""CID 7210 Related Series Purpose of Reference.

Extensible, version 20140627, UID 1.2.840.10008.6.1.512.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7210
NAME: Final[str] = "Related Series Purpose of Reference"
KEYWORD: Final[str | None] = "RelatedSeriesPurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.512"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20140627"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SimultaneouslyAcquired: Final[Code] = Code("DCM", "122400", "Simultaneously Acquired", (7210,))
"""Simultaneously Acquired (DCM 122400)."""

SameAnatomy: Final[Code] = Code("DCM", "122401", "Same Anatomy", (7210,))
"""Same Anatomy (DCM 122401)."""

SameIndication: Final[Code] = Code("DCM", "122402", "Same Indication", (7210,))
"""Same Indication (DCM 122402)."""

ForAttenuationCorrection: Final[Code] = Code("DCM", "122403", "For Attenuation Correction", (7210,))
"""For Attenuation Correction (DCM 122403)."""

SourceSeriesForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121323", "Source series for image processing operation", (7210,)
)
"""Source series for image processing operation (DCM 121323)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SimultaneouslyAcquired,
    SameAnatomy,
    SameIndication,
    ForAttenuationCorrection,
    SourceSeriesForImageProcessingOperation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
