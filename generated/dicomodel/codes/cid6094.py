"""CID 6094 Usage/Exposure/Frequency Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.416.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6094
NAME: Final[str] = "Usage/Exposure/Frequency Qualitative Concept"
KEYWORD: Final[str | None] = "UsageExposureFrequencyQualitativeConcept"
UID: Final[str | None] = "1.2.840.10008.6.1.416"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RelativeDoseFrequency: Final[Code] = Code("DCM", "111584", "Relative dose frequency", (6094,))
"""Relative dose frequency (DCM 111584)."""

RelativeFrequencyOfExposure: Final[Code] = Code(
    "DCM", "111585", "Relative frequency of exposure", (6094,)
)
"""Relative frequency of exposure (DCM 111585)."""

RelativeFrequencyOfUse: Final[Code] = Code("DCM", "111586", "Relative frequency of use", (6094,))
"""Relative frequency of use (DCM 111586)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RelativeDoseFrequency,
    RelativeFrequencyOfExposure,
    RelativeFrequencyOfUse,
)
"""The resolved membership: own members, then those of the included groups, in order."""
