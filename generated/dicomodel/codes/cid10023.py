"""CID 10023 Size Specific Dose Estimation Method for CT.

Extensible, version 20200919, UID 1.2.840.10008.6.1.947.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10023
NAME: Final[str] = "Size Specific Dose Estimation Method for CT"
KEYWORD: Final[str | None] = "SizeSpecificDoseEstimationMethodForCT"
UID: Final[str | None] = "1.2.840.10008.6.1.947"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200919"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AAPM204LateralDimension: Final[Code] = Code("DCM", "113934", "AAPM 204 Lateral Dimension", (10023,))
"""AAPM 204 Lateral Dimension (DCM 113934)."""

AAPM204APDimension: Final[Code] = Code("DCM", "113935", "AAPM 204 AP Dimension", (10023,))
"""AAPM 204 AP Dimension (DCM 113935)."""

AAPM204SumOfLateralAndAPDimension: Final[Code] = Code(
    "DCM", "113936", "AAPM 204 Sum of Lateral and AP Dimension", (10023,)
)
"""AAPM 204 Sum of Lateral and AP Dimension (DCM 113936)."""

AAPM204EffectiveDiameterEstimatedFromPatientAge: Final[Code] = Code(
    "DCM", "113937", "AAPM 204 Effective Diameter Estimated From Patient Age", (10023,)
)
"""AAPM 204 Effective Diameter Estimated From Patient Age (DCM 113937)."""

EstimatedFromWaterEquivalentDiameter: Final[Code] = Code(
    "DCM", "113988", "Estimated from Water Equivalent Diameter", (10023,)
)
"""Estimated from Water Equivalent Diameter (DCM 113988)."""

ArithmeticAverageOfSSDEZ: Final[Code] = Code(
    "DCM", "113989", "Arithmetic Average of SSDE(z)", (10023,)
)
"""Arithmetic Average of SSDE(z) (DCM 113989)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AAPM204LateralDimension,
    AAPM204APDimension,
    AAPM204SumOfLateralAndAPDimension,
    AAPM204EffectiveDiameterEstimatedFromPatientAge,
    EstimatedFromWaterEquivalentDiameter,
    ArithmeticAverageOfSSDEZ,
)
"""The resolved membership: own members, then those of the included groups, in order."""
