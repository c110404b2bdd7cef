"""CID 3613 Hemodynamic Time Measurement.

Extensible, version 20030327, UID 1.2.840.10008.6.1.163.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3613
NAME: Final[str] = "Hemodynamic Time Measurement"
KEYWORD: Final[str | None] = "HemodynamicTimeMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.163"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RRInterval: Final[Code] = Code("DCM", "122182", "R-R interval", (3613, 12254))
"""R-R interval (DCM 122182)."""

Tau: Final[Code] = Code("DCM", "109072", "Tau", (3337, 3613, 12254))
"""Tau (DCM 109072)."""

LeftVentricularEjectionTime: Final[Code] = Code(
    "DCM", "122211", "Left Ventricular ejection time", (3613,)
)
"""Left Ventricular ejection time (DCM 122211)."""

LeftVentricularFillingTime: Final[Code] = Code(
    "DCM", "122212", "Left Ventricular filling time", (3613,)
)
"""Left Ventricular filling time (DCM 122212)."""

RightVentricularEjectionTime: Final[Code] = Code(
    "DCM", "122213", "Right Ventricular ejection time", (3613,)
)
"""Right Ventricular ejection time (DCM 122213)."""

RightVentricularFillingTime: Final[Code] = Code(
    "DCM", "122214", "Right Ventricular filling time", (3613,)
)
"""Right Ventricular filling time (DCM 122214)."""

IndicatorMeanTransitTime: Final[Code] = Code(
    "DCM", "109071", "Indicator mean transit time", (3337, 3613, 12254)
)
"""Indicator mean transit time (DCM 109071)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RRInterval,
    Tau,
    LeftVentricularEjectionTime,
    LeftVentricularFillingTime,
    RightVentricularEjectionTime,
    RightVentricularFillingTime,
    IndicatorMeanTransitTime,
)
"""The resolved membership: own members, then those of the included groups, in order."""
