"""CID 7041 Calcium Scoring Patient Size Category.

Extensible, version 20170417, UID 1.2.840.10008.6.1.1174.
Includes CID 7042.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7041
NAME: Final[str] = "Calcium Scoring Patient Size Category"
KEYWORD: Final[str | None] = "CalciumScoringPatientSizeCategory"
UID: Final[str | None] = "1.2.840.10008.6.1.1174"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170417"
INCLUDES: Final[tuple[int, ...]] = (7042,)
EXTERNAL_SCHEME: Final[str | None] = None

SmallLesserThan32Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113601", "Small: < 32.0 cm lateral thickness", (7042,)
)
"""Small: < 32.0 cm lateral thickness (DCM 113601). Included from CID 7042."""

Medium32Point0To38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113602", "Medium: 32.0-38.0 cm lateral thickness", (7042,)
)
"""Medium: 32.0-38.0 cm lateral thickness (DCM 113602). Included from CID 7042."""

LargeGreaterThan38Point0cmLateralThickness: Final[Code] = Code(
    "DCM", "113603", "Large: > 38.0 cm lateral thickness", (7042,)
)
"""Large: > 38.0 cm lateral thickness (DCM 113603). Included from CID 7042."""

MEMBERS: Final[tuple[Code, ...]] = (
    SmallLesserThan32Point0cmLateralThickness,
    Medium32Point0To38Point0cmLateralThickness,
    LargeGreaterThan38Point0cmLateralThickness,
)
"""The resolved membership: own members, then those of the included groups, in order."""
