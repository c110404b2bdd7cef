"""CID 9539 Fractionation-based Effective Dose Method Modifier.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1249.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9539
NAME: _Final[str] = "Fractionation-based Effective Dose Method Modifier"
KEYWORD: _Final[str | None] = "FractionationBasedEffectiveDoseMethodModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1249"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20181112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Equivalent2GrayFractionsModel: _Final[_Code] = _Code(
    "DCM", "130130", "Equivalent 2-Gray Fractions Model", (9539,)
)
"""Equivalent 2-Gray Fractions Model (DCM 130130)."""

LinearQuadraticModel: _Final[_Code] = _Code("DCM", "130131", "Linear-Quadratic Model", (9539,))
"""Linear-Quadratic Model (DCM 130131)."""

LinearQuadraticModelWithTimeFactor: _Final[_Code] = _Code(
    "DCM", "130132", "Linear-Quadratic Model with Time Factor", (9539,)
)
"""Linear-Quadratic Model with Time Factor (DCM 130132)."""

LinearQuadraticLinearModel: _Final[_Code] = _Code(
    "DCM", "130133", "Linear-Quadratic-Linear Model", (9539,)
)
"""Linear-Quadratic-Linear Model (DCM 130133)."""

LinearQuadraticModelForLowDoseRateBrachytherapy: _Final[_Code] = _Code(
    "DCM", "130134", "Linear-Quadratic Model for Low-Dose Rate Brachytherapy", (9539,)
)
"""Linear-Quadratic Model for Low-Dose Rate Brachytherapy (DCM 130134)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Equivalent2GrayFractionsModel,
    LinearQuadraticModel,
    LinearQuadraticModelWithTimeFactor,
    LinearQuadraticLinearModel,
    LinearQuadraticModelForLowDoseRateBrachytherapy,
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
