"""CID 3613 Hemodynamic Time Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.163.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3613
NAME: _Final[str] = "Hemodynamic Time Measurement"
KEYWORD: _Final[str | None] = "HemodynamicTimeMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.163"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RRInterval: _Final[_Code] = _Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

Tau: _Final[_Code] = _Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

LeftVentricularEjectionTime: _Final[_Code] = _Code(
    "DCM", "122211", "Left Ventricular ejection time", (3613,)
)
"""Left Ventricular ejection time (DCM 122211)."""

LeftVentricularFillingTime: _Final[_Code] = _Code(
    "DCM", "122212", "Left Ventricular filling time", (3613,)
)
"""Left Ventricular filling time (DCM 122212)."""

RightVentricularEjectionTime: _Final[_Code] = _Code(
    "DCM", "122213", "Right Ventricular ejection time", (3613,)
)
"""Right Ventricular ejection time (DCM 122213)."""

RightVentricularFillingTime: _Final[_Code] = _Code(
    "DCM", "122214", "Right Ventricular filling time", (3613,)
)
"""Right Ventricular filling time (DCM 122214)."""

IndicatorMeanTransitTime: _Final[_Code] = _Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RRInterval,
    Tau,
    LeftVentricularEjectionTime,
    LeftVentricularFillingTime,
    RightVentricularEjectionTime,
    RightVentricularFillingTime,
    IndicatorMeanTransitTime,
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
