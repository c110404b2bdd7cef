"""CID 4270 OCT-A Processing Algorithm Family.

Extensible, version 20181110, UID 1.2.840.10008.6.1.1150.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4270
NAME: Final[str] = "OCT-A Processing Algorithm Family"
KEYWORD: Final[str | None] = "OCTAProcessingAlgorithmFamily"
UID: Final[str | None] = "1.2.840.10008.6.1.1150"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

OCTAAmplitudeDecorrelation: Final[Code] = Code(
    "DCM", "128252", "OCT-A amplitude decorrelation", (4270,)
)
"""OCT-A amplitude decorrelation (DCM 128252)."""

OCTAComplexVariance: Final[Code] = Code("DCM", "128253", "OCT-A complex variance", (4270,))
"""OCT-A complex variance (DCM 128253)."""

OCTASpeckleVariance: Final[Code] = Code("DCM", "128254", "OCT-A speckle variance", (4270,))
"""OCT-A speckle variance (DCM 128254)."""

OCTACorrelationMapping: Final[Code] = Code("DCM", "128255", "OCT-A correlation mapping", (4270,))
"""OCT-A correlation mapping (DCM 128255)."""

DopplerOCTA: Final[Code] = Code("DCM", "128256", "Doppler OCT-A", (4270,))
"""Doppler OCT-A (DCM 128256)."""

OCTAOneSidedRatio_128304: Final[Code] = Code(
    "DCM", "128304", "OCT-A one-sided ratio (lesser)", (4270,)
)
"""OCT-A one-sided ratio (lesser) (DCM 128304)."""

OCTAOneSidedRatio_128305: Final[Code] = Code(
    "DCM", "128305", "OCT-A one-sided ratio (greater)", (4270,)
)
"""OCT-A one-sided ratio (greater) (DCM 128305)."""

MEMBERS: Final[tuple[Code, ...]] = (
    OCTAAmplitudeDecorrelation,
    OCTAComplexVariance,
    OCTASpeckleVariance,
    OCTACorrelationMapping,
    DopplerOCTA,
    OCTAOneSidedRatio_128304,
    OCTAOneSidedRatio_128305,
)
"""The resolved membership: own members, then those of the included groups, in order."""
