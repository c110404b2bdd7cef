"""CID 7042 CMDCTECC Calcium Scoring Patient Size Category.

Non-extensible, version 20100127, UID 1.2.840.10008.6.1.825.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7042
NAME: _Final[str] = "CMDCTECC Calcium Scoring Patient Size Category"
KEYWORD: _Final[str | None] = "CMDCTECCCalciumScoringPatientSizeCategory"
UID: _Final[str | None] = "1.2.840.10008.6.1.825"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20100127"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SmallLesserThan32Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113601", "Small: < 32.0 cm lateral thickness", (7042,)
)
"""Small: < 32.0 cm lateral thickness (DCM 113601)."""

Medium32Point0To38Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113602", "Medium: 32.0-38.0 cm lateral thickness", (7042,)
)
"""Medium: 32.0-38.0 cm lateral thickness (DCM 113602)."""

LargeGreaterThan38Point0cmLateralThickness: _Final[_Code] = _Code(
    "DCM", "113603", "Large: > 38.0 cm lateral thickness", (7042,)
)
"""Large: > 38.0 cm lateral thickness (DCM 113603)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SmallLesserThan32Point0cmLateralThickness,
    Medium32Point0To38Point0cmLateralThickness,
    LargeGreaterThan38Point0cmLateralThickness,
)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
