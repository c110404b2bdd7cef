"""CID 6092 Usage/Exposure Qualitative Concept.

Extensible, version 20040112, UID 1.2.840.10008.6.1.414.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6092
NAME: Final[str] = "Usage/Exposure Qualitative Concept"
KEYWORD: Final[str | None] = "UsageExposureQualitativeConcept"
UID: Final[str | None] = "1.2.840.10008.6.1.414"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Dosage: Final[Code] = Code("SCT", "260911001", "Dosage", (6092,))
"""Dosage (SCT 260911001)."""

DoseFrequency: Final[Code] = Code("DCM", "111578", "Dose frequency", (6092,))
"""Dose frequency (DCM 111578)."""

RateOfExposure: Final[Code] = Code("DCM", "111579", "Rate of exposure", (6092,))
"""Rate of exposure (DCM 111579)."""

VolumeOfUse: Final[Code] = Code("DCM", "111580", "Volume of use", (6092,))
"""Volume of use (DCM 111580)."""

MEMBERS: Final[tuple[Code, ...]] = (Dosage, DoseFrequency, RateOfExposure, VolumeOfUse)
"""The resolved membership: own members, then those of the included groups, in order."""
