"""CID 8123 Microscopy Illumination Method.

Extensible, version 20100824, UID 1.2.840.10008.6.1.900.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8123
NAME: _Final[str] = "Microscopy Illumination Method"
KEYWORD: _Final[str | None] = "MicroscopyIlluminationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.900"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100824"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

TransmissionIllumination: _Final[_Code] = _Code(
    "DCM", "111741", "Transmission illumination", (8123,)
)
"""Transmission illumination (DCM 111741)."""

ReflectionIllumination: _Final[_Code] = _Code("DCM", "111742", "Reflection illumination", (8123,))
"""Reflection illumination (DCM 111742)."""

EpifluorescenceIllumination: _Final[_Code] = _Code(
    "DCM", "111743", "Epifluorescence illumination", (8123,)
)
"""Epifluorescence illumination (DCM 111743)."""

BrightfieldIllumination: _Final[_Code] = _Code("DCM", "111744", "Brightfield illumination", (8123,))
"""Brightfield illumination (DCM 111744)."""

DarkfieldIllumination: _Final[_Code] = _Code("DCM", "111745", "Darkfield illumination", (8123,))
"""Darkfield illumination (DCM 111745)."""

ObliqueIllumination: _Final[_Code] = _Code("DCM", "111746", "Oblique illumination", (8123,))
"""Oblique illumination (DCM 111746)."""

PhaseContrastIllumination: _Final[_Code] = _Code(
    "DCM", "111747", "Phase contrast illumination", (8123,)
)
"""Phase contrast illumination (DCM 111747)."""

DifferentialInterferenceContrast: _Final[_Code] = _Code(
    "DCM", "111748", "Differential interference contrast", (8123,)
)
"""Differential interference contrast (DCM 111748)."""

TotalInternalReflectionFluorescence: _Final[_Code] = _Code(
    "DCM", "111749", "Total internal reflection fluorescence", (8123,)
)
"""Total internal reflection fluorescence (DCM 111749)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
