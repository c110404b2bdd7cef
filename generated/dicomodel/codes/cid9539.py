"""CID 9539 Fractionation-based Effective Dose Method Modifier.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1249.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9539
NAME: Final[str] = "Fractionation-based Effective Dose Method Modifier"
KEYWORD: Final[str | None] = "FractionationBasedEffectiveDoseMethodModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.1249"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Equivalent2GrayFractionsModel: Final[Code] = Code(
    "DCM", "130130", "Equivalent 2-Gray Fractions Model", (9539,)
)
"""Equivalent 2-Gray Fractions Model (DCM 130130)."""

LinearQuadraticModel: Final[Code] = Code("DCM", "130131", "Linear-Quadratic Model", (9539,))
"""Linear-Quadratic Model (DCM 130131)."""

LinearQuadraticModelWithTimeFactor: Final[Code] = Code(
    "DCM", "130132", "Linear-Quadratic Model with Time Factor", (9539,)
)
"""Linear-Quadratic Model with Time Factor (DCM 130132)."""

LinearQuadraticLinearModel: Final[Code] = Code(
    "DCM", "130133", "Linear-Quadratic-Linear Model", (9539,)
)
"""Linear-Quadratic-Linear Model (DCM 130133)."""

LinearQuadraticModelForLowDoseRateBrachytherapy: Final[Code] = Code(
    "DCM", "130134", "Linear-Quadratic Model for Low-Dose Rate Brachytherapy", (9539,)
)
"""Linear-Quadratic Model for Low-Dose Rate Brachytherapy (DCM 130134)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Equivalent2GrayFractionsModel,
    LinearQuadraticModel,
    LinearQuadraticModelWithTimeFactor,
    LinearQuadraticLinearModel,
    LinearQuadraticModelForLowDoseRateBrachytherapy,
)
"""The resolved membership: own members, then those of the included groups, in order."""
