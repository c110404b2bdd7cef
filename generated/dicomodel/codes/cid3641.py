"""CID 3641 Hemodynamic Assessment.

Extensible, version 20160314, UID 1.2.840.10008.6.1.177.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3641
NAME: _Final[str] = "Hemodynamic Assessment"
KEYWORD: _Final[str | None] = "HemodynamicAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.177"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricularSystolicPressure: _Final[_Code] = _Code(
    "SCT", "276780008", "Left Ventricular Systolic Pressure", (3641,)
)
"""Left Ventricular Systolic Pressure (SCT 276780008)."""

LeftVentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "SCT", "276781007", "Left Ventricular End-Diastolic Pressure", (3641,)
)
"""Left Ventricular End-Diastolic Pressure (SCT 276781007)."""

PulmonaryArteryPressure: _Final[_Code] = _Code(
    "SCT", "250767002", "Pulmonary Artery Pressure", (3641,)
)
"""Pulmonary Artery Pressure (SCT 250767002)."""

PulmonaryVascularResistance: _Final[_Code] = _Code(
    "SCT", "276901002", "Pulmonary Vascular Resistance", (3619, 3641)
)
"""Pulmonary Vascular Resistance (SCT 276901002)."""

PulmonaryCapillaryWedgePressure: _Final[_Code] = _Code(
    "SCT", "118433006", "Pulmonary Capillary Wedge Pressure", (3641,)
)
"""Pulmonary Capillary Wedge Pressure (SCT 118433006)."""

RightVentricularSystolicPressure: _Final[_Code] = _Code(
    "SCT", "276772001", "Right Ventricular Systolic Pressure", (3641,)
)
"""Right Ventricular Systolic Pressure (SCT 276772001)."""

RightVentricularEndDiastolicPressure: _Final[_Code] = _Code(
    "SCT", "276774000", "Right Ventricular End-Diastolic Pressure", (3641,)
)
"""Right Ventricular End-Diastolic Pressure (SCT 276774000)."""

RightAtrialPressure: _Final[_Code] = _Code("SCT", "276755008", "Right Atrial Pressure", (3641,))
"""Right Atrial Pressure (SCT 276755008)."""

VascularResistance: _Final[_Code] = _Code("SCT", "88619007", "Vascular Resistance", (3641,))
"""Vascular Resistance (SCT 88619007)."""

DiastolicPressure: _Final[_Code] = _Code("SCT", "271650006", "Diastolic Pressure", (3641,))
"""Diastolic Pressure (SCT 271650006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    LeftVentricularSystolicPressure,
    LeftVentricularEndDiastolicPressure,
    PulmonaryArteryPressure,
    PulmonaryVascularResistance,
    PulmonaryCapillaryWedgePressure,
    RightVentricularSystolicPressure,
    RightVentricularEndDiastolicPressure,
    RightAtrialPressure,
    VascularResistance,
    DiastolicPressure,
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
