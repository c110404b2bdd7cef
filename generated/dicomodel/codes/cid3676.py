"""CID 3676 Lead Measurement Technique.

Extensible, version 20180325, UID 1.2.840.10008.6.1.190.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3676
NAME: Final[str] = "Lead Measurement Technique"
KEYWORD: Final[str | None] = "LeadMeasurementTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.190"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180325"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Averaged: Final[Code] = Code("SCT", "373098007", "Averaged", (226, 3488, 3627, 3676))
"""Averaged (SCT 373098007)."""

Routine: Final[Code] = Code("SCT", "373115008", "Routine", (3676,))
"""Routine (SCT 373115008)."""

Median: Final[Code] = Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Representative: Final[Code] = Code("SCT", "371916004", "Representative", (3676,))
"""Representative (SCT 371916004)."""

SingleBeats: Final[Code] = Code("SCT", "371871002", "Single Beats", (3676,))
"""Single Beats (SCT 371871002)."""

MEMBERS: Final[tuple[Code, ...]] = (Averaged, Routine, Median, Representative, SingleBeats)
"""The resolved membership: own members, then those of the included groups, in order."""
