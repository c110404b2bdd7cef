"""CID 8123 Microscopy Illumination Method.

Extensible, version 20100824, UID 1.2.840.10008.6.1.900.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8123
NAME: Final[str] = "Microscopy Illumination Method"
KEYWORD: Final[str | None] = "MicroscopyIlluminationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.900"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TransmissionIllumination: Final[Code] = Code("DCM", "111741", "Transmission illumination", (8123,))
"""Transmission illumination (DCM 111741)."""

ReflectionIllumination: Final[Code] = Code("DCM", "111742", "Reflection illumination", (8123,))
"""Reflection illumination (DCM 111742)."""

EpifluorescenceIllumination: Final[Code] = Code(
    "DCM", "111743", "Epifluorescence illumination", (8123,)
)
"""Epifluorescence illumination (DCM 111743)."""

BrightfieldIllumination: Final[Code] = Code("DCM", "111744", "Brightfield illumination", (8123,))
"""Brightfield illumination (DCM 111744)."""

DarkfieldIllumination: Final[Code] = Code("DCM", "111745", "Darkfield illumination", (8123,))
"""Darkfield illumination (DCM 111745)."""

ObliqueIllumination: Final[Code] = Code("DCM", "111746", "Oblique illumination", (8123,))
"""Oblique illumination (DCM 111746)."""

PhaseContrastIllumination: Final[Code] = Code(
    "DCM", "111747", "Phase contrast illumination", (8123,)
)
"""Phase contrast illumination (DCM 111747)."""

DifferentialInterferenceContrast: Final[Code] = Code(
    "DCM", "111748", "Differential interference contrast", (8123,)
)
"""Differential interference contrast (DCM 111748)."""

TotalInternalReflectionFluorescence: Final[Code] = Code(
    "DCM", "111749", "Total internal reflection fluorescence", (8123,)
)
"""Total internal reflection fluorescence (DCM 111749)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TransmissionIllumination,
    ReflectionIllumination,
    EpifluorescenceIllumination,
    BrightfieldIllumination,
    DarkfieldIllumination,
    ObliqueIllumination,
    PhaseContrastIllumination,
    DifferentialInterferenceContrast,
    TotalInternalReflectionFluorescence,
)
"""The resolved membership: own members, then those of the included groups, in order."""
