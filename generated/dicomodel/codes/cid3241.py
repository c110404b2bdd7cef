"""CID 3241 Hemodynamic Measurement Technique.

Extensible, version 20230630, UID 1.2.840.10008.6.1.54.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3241
NAME: _Final[str] = "Hemodynamic Measurement Technique"
KEYWORD: _Final[str | None] = "HemodynamicMeasurementTechnique"
UID: _Final[str | None] = "1.2.840.10008.6.1.54"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AveragedHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128580001", "Averaged hemodynamic measurement method", (3241,)
)
"""Averaged hemodynamic measurement method (SCT 128580001)."""

CompositeHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128577002", "Composite hemodynamic measurement method", (3241,)
)
"""Composite hemodynamic measurement method (SCT 128577002)."""

ComputedHemodynamicMeasurementMethod: _Final[_Code] = _Code(
    "SCT", "128576006", "Computed hemodynamic measurement method", (3241,)
)
"""Computed hemodynamic measurement method (SCT 128576006)."""

ConductanceCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133910006", "Conductance catheter method", (3241,)
)
"""Conductance catheter method (SCT 133910006)."""

DopplerCatheterMethod: _Final[_Code] = _Code("SCT", "133911005", "Doppler catheter method", (3241,))
"""Doppler catheter method (SCT 133911005)."""

DualCatheterMethod: _Final[_Code] = _Code("SCT", "128573003", "Dual catheter method", (3241,))
"""Dual catheter method (SCT 128573003)."""

FluidFilledCatheterMethod: _Final[_Code] = _Code(
    "SCT", "128581002", "Fluid filled catheter method", (3241,)
)
"""Fluid filled catheter method (SCT 128581002)."""

FiberopticCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133912003", "Fiberoptic catheter method", (3241,)
)
"""Fiberoptic catheter method (SCT 133912003)."""

PullbackMethod: _Final[_Code] = _Code("SCT", "128575005", "Pullback method", (3241,))
"""Pullback method (SCT 128575005)."""

PulmonaryCapillaryWedgeMethod: _Final[_Code] = _Code(
    "SCT", "128448001", "Pulmonary capillary wedge method", (3003, 3241, 3608)
)
"""Pulmonary capillary wedge method (SCT 128448001)."""

StaticCatheterMethod: _Final[_Code] = _Code("SCT", "128578007", "Static catheter method", (3241,))
"""Static catheter method (SCT 128578007)."""

ThermistorCatheterMethod: _Final[_Code] = _Code(
    "SCT", "133914002", "Thermistor catheter method", (3241,)
)
"""Thermistor catheter method (SCT 133914002)."""

TipManometerMethod: _Final[_Code] = _Code("SCT", "128582009", "Tip manometer method", (3241,))
"""Tip manometer method (SCT 128582009)."""

WedgeMethod: _Final[_Code] = _Code("SCT", "128579004", "Wedge method", (3241,))
"""Wedge method (SCT 128579004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
