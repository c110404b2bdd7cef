"""CID 12252 Cardiac Ultrasound Cardiac Function.

Extensible, version 20100317, UID 1.2.840.10008.6.1.833.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12252
NAME: Final[str] = "Cardiac Ultrasound Cardiac Function"
KEYWORD: Final[str | None] = "CardiacUltrasoundCardiacFunction"
UID: Final[str | None] = "1.2.840.10008.6.1.833"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CardiacEjectionFraction: Final[Code] = Code(
    "SCT", "70822001", "Cardiac ejection fraction", (12252, 12304)
)
"""Cardiac ejection fraction (SCT 70822001)."""

MeanVelocityOfCircumferentialFiberShorteningMeanVcfv: Final[Code] = Code(
    "LN", "59117-2", "Mean Velocity of Circumferential Fiber Shortening (Mean VcFv)", (12252,)
)
"""Mean Velocity of Circumferential Fiber Shortening (Mean VcFv) (LN 59117-2)."""

HRCorrectedMeanVelocityOfCircumferentialFiberShortening: Final[Code] = Code(
    "LN", "59118-0", "HR-Corrected Mean Velocity of Circumferential Fiber Shortening", (12252,)
)
"""HR-Corrected Mean Velocity of Circumferential Fiber Shortening (LN 59118-0)."""

PercentThickening: Final[Code] = Code("LN", "59092-7", "% Thickening", (12252,))
"""% Thickening (LN 59092-7)."""

FractionalShortening: Final[Code] = Code("LN", "59132-1", "Fractional Shortening", (12252, 12304))
"""Fractional Shortening (LN 59132-1)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CardiacEjectionFraction,
    MeanVelocityOfCircumferentialFiberShorteningMeanVcfv,
    HRCorrectedMeanVelocityOfCircumferentialFiberShortening,
    PercentThickening,
    FractionalShortening,
)
"""The resolved membership: own members, then those of the included groups, in order."""
