"""CID 9537 Effective Dose Calculation Method Category.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1247.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9537
NAME: Final[str] = "Effective Dose Calculation Method Category"
KEYWORD: Final[str | None] = "EffectiveDoseCalculationMethodCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1247"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RadiationTransportBasedMethods: Final[Code] = Code(
    "DCM", "130126", "Radiation transport-based methods", (9537,)
)
"""Radiation transport-based methods (DCM 130126)."""

FractionationBasedOrTemporallyBasedMethods: Final[Code] = Code(
    "DCM", "130127", "Fractionation-based or temporally-based methods", (9537,)
)
"""Fractionation-based or temporally-based methods (DCM 130127)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RadiationTransportBasedMethods,
    FractionationBasedOrTemporallyBasedMethods,
)
"""The resolved membership: own members, then those of the included groups, in order."""
