"""CID 6093 Usage/Exposure/Amount Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.415.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6093
NAME: Final[str] = "Usage/Exposure/Amount Qualitative Concept"
KEYWORD: Final[str | None] = "UsageExposureAmountQualitativeConcept"
UID: Final[str | None] = "1.2.840.10008.6.1.415"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RelativeDoseAmount: Final[Code] = Code("DCM", "111581", "Relative dose amount", (6093,))
"""Relative dose amount (DCM 111581)."""

RelativeAmountOfExposure: Final[Code] = Code(
    "DCM", "111582", "Relative amount of exposure", (6093,)
)
"""Relative amount of exposure (DCM 111582)."""

RelativeAmountOfUse: Final[Code] = Code("DCM", "111583", "Relative amount of use", (6093,))
"""Relative amount of use (DCM 111583)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RelativeDoseAmount,
    RelativeAmountOfExposure,
    RelativeAmountOfUse,
)
"""The resolved membership: own members, then those of the included groups, in order."""
