"""CID 3641 Hemodynamic Assessment.

Extensible, version 20160314, UID 1.2.840.10008.6.1.177.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3641
NAME: Final[str] = "Hemodynamic Assessment"
KEYWORD: Final[str | None] = "HemodynamicAssessment"
UID: Final[str | None] = "1.2.840.10008.6.1.177"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftVentricularSystolicPressure: Final[Code] = Code(
    "SCT", "276780008", "Left Ventricular Systolic Pressure", (3641,)
)
"""Left Ventricular Systolic Pressure (SCT 276780008)."""

LeftVentricularEndDiastolicPressure: Final[Code] = Code(
    "SCT", "276781007", "Left Ventricular End-Diastolic Pressure", (3641,)
)
"""Left Ventricular End-Diastolic Pressure (SCT 276781007)."""

PulmonaryArteryPressure: Final[Code] = Code(
    "SCT", "250767002", "Pulmonary Artery Pressure", (3641,)
)
"""Pulmonary Artery Pressure (SCT 250767002)."""

PulmonaryVascularResistance: Final[Code] = Code(
    "SCT", "276901002", "Pulmonary Vascular Resistance", (3619, 3641)
)
"""Pulmonary Vascular Resistance (SCT 276901002)."""

PulmonaryCapillaryWedgePressure: Final[Code] = Code(
    "SCT", "118433006", "Pulmonary Capillary Wedge Pressure", (3641,)
)
"""Pulmonary Capillary Wedge Pressure (SCT 118433006)."""

RightVentricularSystolicPressure: Final[Code] = Code(
    "SCT", "276772001", "Right Ventricular Systolic Pressure", (3641,)
)
"""Right Ventricular Systolic Pressure (SCT 276772001)."""

RightVentricularEndDiastolicPressure: Final[Code] = Code(
    "SCT", "276774000", "Right Ventricular End-Diastolic Pressure", (3641,)
)
"""Right Ventricular End-Diastolic Pressure (SCT 276774000)."""

RightAtrialPressure: Final[Code] = Code("SCT", "276755008", "Right Atrial Pressure", (3641,))
"""Right Atrial Pressure (SCT 276755008)."""

VascularResistance: Final[Code] = Code("SCT", "88619007", "Vascular Resistance", (3641,))
"""Vascular Resistance (SCT 88619007)."""

DiastolicPressure: Final[Code] = Code("SCT", "271650006", "Diastolic Pressure", (3641,))
"""Diastolic Pressure (SCT 271650006)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
