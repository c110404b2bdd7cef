"""CID 9533 Delivery Time Structure.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1243.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9533
NAME: Final[str] = "Delivery Time Structure"
KEYWORD: Final[str | None] = "DeliveryTimeStructure"
UID: Final[str | None] = "1.2.840.10008.6.1.1243"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SingleFraction: Final[Code] = Code("DCM", "130096", "Single Fraction", (9533,))
"""Single Fraction (DCM 130096)."""

StandardFractionation: Final[Code] = Code("DCM", "130097", "Standard Fractionation", (9533,))
"""Standard Fractionation (DCM 130097)."""

HypoFractionation: Final[Code] = Code("DCM", "130098", "Hypo-fractionation", (9533,))
"""Hypo-fractionation (DCM 130098)."""

HyperFractionation: Final[Code] = Code("DCM", "130099", "Hyper-fractionation", (9533,))
"""Hyper-fractionation (DCM 130099)."""

ContinuousTemporary: Final[Code] = Code("DCM", "130100", "Continuous Temporary", (9533,))
"""Continuous Temporary (DCM 130100)."""

ContinuousPermanent: Final[Code] = Code("DCM", "130101", "Continuous Permanent", (9533,))
"""Continuous Permanent (DCM 130101)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SingleFraction,
    StandardFractionation,
    HypoFractionation,
    HyperFractionation,
    ContinuousTemporary,
    ContinuousPermanent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
