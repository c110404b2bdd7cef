"""CID 7042 CMDCTECC Calcium Scoring Patient Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.825.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7042
NAME: Final[str] = "CMDCTECC Calcium Scoring Patient Size Category"
KEYWORD: Final[str | None] = "CMDCTECCCalciumScoringPatientSizeCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.825"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20100127"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SmallLesserThan32Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113601", "Small: < 32.0 cm lateral thickness", (7042,)
)
"""Small: < 32.0 cm lateral thickness (DCM 113601)."""

Medium32Point0To38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113602", "Medium: 32.0-38.0 cm lateral thickness", (7042,)
)
"""Medium: 32.0-38.0 cm lateral thickness (DCM 113602)."""

LargeGreaterThan38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113603", "Large: > 38.0 cm lateral thickness", (7042,)
)
"""Large: > 38.0 cm lateral thickness (DCM 113603)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SmallLesserThan32Point0cmLateralThickness,
    Medium32Point0To38Point0cmLateralThickness,
    LargeGreaterThan38Point0cmLateralThickness,
)
"""The resolved membership: own members, then those of the included groups, in order."""
