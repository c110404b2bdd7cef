"""CID 11001 Photoacoustic Illumination Method.

Extensible, version 20230626, UID 1.2.840.10008.6.1.1471.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 11001
NAME: Final[str] = "Photoacoustic Illumination Method"
KEYWORD: Final[str | None] = "PhotoacousticIlluminationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1471"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SingleSideIllumination: Final[Code] = Code("DCM", "130810", "Single-side illumination", (11001,))
"""Single-side illumination (DCM 130810)."""

DualSideIllumination: Final[Code] = Code("DCM", "130811", "Dual-side illumination", (11001,))
"""Dual-side illumination (DCM 130811)."""

MultiSideIllumination: Final[Code] = Code("DCM", "130812", "Multi-side illumination", (11001,))
"""Multi-side illumination (DCM 130812)."""

ThroughTransducerIllumination: Final[Code] = Code(
    "DCM", "130813", "Through-transducer illumination", (11001,)
)
"""Through-transducer illumination (DCM 130813)."""

InterstitialIllumination: Final[Code] = Code("DCM", "130814", "Interstitial illumination", (11001,))
"""Interstitial illumination (DCM 130814)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SingleSideIllumination,
    DualSideIllumination,
    MultiSideIllumination,
    ThroughTransducerIllumination,
    InterstitialIllumination,
)
"""The resolved membership: own members, then those of the included groups, in order."""
