"""CID 3241 Hemodynamic Measurement Technique.

Extensible, version 20230630, UID 1.2.840.10008.6.1.54.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3241
NAME: Final[str] = "Hemodynamic Measurement Technique"
KEYWORD: Final[str | None] = "HemodynamicMeasurementTechnique"
UID: Final[str | None] = "1.2.840.10008.6.1.54"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AveragedHemodynamicMeasurementMethod: Final[Code] = Code(
    "SCT", "128580001", "Averaged hemodynamic measurement method", (3241,)
)
"""Averaged hemodynamic measurement method (SCT 128580001)."""

CompositeHemodynamicMeasurementMethod: Final[Code] = Code(
    "SCT", "128577002", "Composite hemodynamic measurement method", (3241,)
)
"""Composite hemodynamic measurement method (SCT 128577002)."""

ComputedHemodynamicMeasurementMethod: Final[Code] = Code(
    "SCT", "128576006", "Computed hemodynamic measurement method", (3241,)
)
"""Computed hemodynamic measurement method (SCT 128576006)."""

ConductanceCatheterMethod: Final[Code] = Code(
    "SCT", "133910006", "Conductance catheter method", (3241,)
)
"""Conductance catheter method (SCT 133910006)."""

DopplerCatheterMethod: Final[Code] = Code("SCT", "133911005", "Doppler catheter method", (3241,))
"""Doppler catheter method (SCT 133911005)."""

DualCatheterMethod: Final[Code] = Code("SCT", "128573003", "Dual catheter method", (3241,))
"""Dual catheter method (SCT 128573003)."""

FluidFilledCatheterMethod: Final[Code] = Code(
    "SCT", "128581002", "Fluid filled catheter method", (3241,)
)
"""Fluid filled catheter method (SCT 128581002)."""

FiberopticCatheterMethod: Final[Code] = Code(
    "SCT", "133912003", "Fiberoptic catheter method", (3241,)
)
"""Fiberoptic catheter method (SCT 133912003)."""

PullbackMethod: Final[Code] = Code("SCT", "128575005", "Pullback method", (3241,))
"""Pullback method (SCT 128575005)."""

PulmonaryCapillaryWedgeMethod: Final[Code] = Code(
    "SCT", "128448001", "Pulmonary capillary wedge method", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge method (SCT 128448001)."""

StaticCatheterMethod: Final[Code] = Code("SCT", "128578007", "Static catheter method", (3241,))
"""Static catheter method (SCT 128578007)."""

ThermistorCatheterMethod: Final[Code] = Code(
    "SCT", "133914002", "Thermistor catheter method", (3241,)
)
"""Thermistor catheter method (SCT 133914002)."""

TipManometerMethod: Final[Code] = Code("SCT", "128582009", "Tip manometer method", (3241,))
"""Tip manometer method (SCT 128582009)."""

WedgeMethod: Final[Code] = Code("SCT", "128579004", "Wedge method", (3241,))
"""Wedge method (SCT 128579004)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AveragedHemodynamicMeasurementMethod,
    CompositeHemodynamicMeasurementMethod,
    ComputedHemodynamicMeasurementMethod,
    ConductanceCatheterMethod,
    DopplerCatheterMethod,
    DualCatheterMethod,
    FluidFilledCatheterMethod,
    FiberopticCatheterMethod,
    PullbackMethod,
    PulmonaryCapillaryWedgeMethod,
    StaticCatheterMethod,
    ThermistorCatheterMethod,
    TipManometerMethod,
    WedgeMethod,
)
"""The resolved membership: own members, then those of the included groups, in order."""
