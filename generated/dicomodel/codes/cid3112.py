"""CID 3112 Attenuation Correction.

Extensible, version 20080927, UID 1.2.840.10008.6.1.744.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3112
NAME: Final[str] = "Attenuation Correction"
KEYWORD: Final[str | None] = "AttenuationCorrection"
UID: Final[str | None] = "1.2.840.10008.6.1.744"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080927"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AlgorithmicAttenuationCorrection: Final[Code] = Code(
    "DCM", "122726", "Algorithmic Attenuation Correction", (3112,)
)
"""Algorithmic Attenuation Correction (DCM 122726)."""

NMTransmissionAttenuationCorrection: Final[Code] = Code(
    "DCM", "122727", "NM Transmission Attenuation Correction", (3112,)
)
"""NM Transmission Attenuation Correction (DCM 122727)."""

CTBasedAttenuationCorrection: Final[Code] = Code(
    "DCM", "122728", "CT-based Attenuation Correction", (3112,)
)
"""CT-based Attenuation Correction (DCM 122728)."""

NoAttenuationCorrection: Final[Code] = Code("DCM", "122729", "No Attenuation Correction", (3112,))
"""No Attenuation Correction (DCM 122729)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AlgorithmicAttenuationCorrection,
    NMTransmissionAttenuationCorrection,
    CTBasedAttenuationCorrection,
    NoAttenuationCorrection,
)
"""The resolved membership: own members, then those of the included groups, in order."""
