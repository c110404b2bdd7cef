"""CID 12307 Cardiac Phase and Time Point.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1148.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12307
NAME: Final[str] = "Cardiac Phase and Time Point"
KEYWORD: Final[str | None] = "CardiacPhaseAndTimePoint"
UID: Final[str | None] = "1.2.840.10008.6.1.1148"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20211112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ElectromechanicalDelay: Final[Code] = Code("DCM", "125320", "Electromechanical Delay", (12307,))
"""Electromechanical Delay (DCM 125320)."""

PreEjectionPeriod: Final[Code] = Code("DCM", "125321", "Pre-ejection Period", (12307,))
"""Pre-ejection Period (DCM 125321)."""

Systole: Final[Code] = Code("SCT", "111973004", "Systole", (3472, 12233, 12307))
"""Systole (SCT 111973004)."""

VentricularIsovolumicContraction: Final[Code] = Code(
    "SCT", "444379001", "Ventricular Isovolumic Contraction", (12233, 12307)
)
"""Ventricular Isovolumic Contraction (SCT 444379001)."""

VentricularEjectionSWave: Final[Code] = Code(
    "SCT", "444371003", "Ventricular Ejection (S-wave)", (12233, 12307)
)
"""Ventricular Ejection (S-wave) (SCT 444371003)."""

EndSystole: Final[Code] = Code("SCT", "416430001", "End Systole", (12233, 12307))
"""End Systole (SCT 416430001)."""

Diastole: Final[Code] = Code("SCT", "90892000", "Diastole", (3472, 12233, 12307))
"""Diastole (SCT 90892000)."""

VentricularIsovolumicRelaxation: Final[Code] = Code(
    "SCT", "444361000", "Ventricular Isovolumic Relaxation", (12233, 12307)
)
"""Ventricular Isovolumic Relaxation (SCT 444361000)."""

AtrialDiastolicFillingDWave: Final[Code] = Code(
    "DCM", "125322", "Atrial Diastolic Filling (D-wave)", (12307,)
)
"""Atrial Diastolic Filling (D-wave) (DCM 125322)."""

DiastolicRapidInflowEWave: Final[Code] = Code(
    "SCT", "444392003", "Diastolic Rapid Inflow (E-wave)", (12233, 12307)
)
"""Diastolic Rapid Inflow (E-wave) (SCT 444392003)."""

Diastasis: Final[Code] = Code("SCT", "444469002", "Diastasis", (12233, 12307))
"""Diastasis (SCT 444469002)."""

AtrialSystoleAWave: Final[Code] = Code("SCT", "59972007", "Atrial Systole (A-wave)", (12233, 12307))
"""Atrial Systole (A-wave) (SCT 59972007)."""

ARWave: Final[Code] = Code("DCM", "125323", "AR-wave", (12307,))
"""AR-wave (DCM 125323)."""

EndDiastole: Final[Code] = Code("SCT", "416190007", "End Diastole", (3337, 12233, 12307))
"""End Diastole (SCT 416190007)."""

FullCardiacCycle: Final[Code] = Code("DCM", "125324", "Full Cardiac Cycle", (12307,))
"""Full Cardiac Cycle (DCM 125324)."""

AorticValveClosure: Final[Code] = Code("DCM", "130701", "Aortic Valve Closure", (12307,))
"""Aortic Valve Closure (DCM 130701)."""

AorticValveOpening: Final[Code] = Code("DCM", "130702", "Aortic Valve Opening", (12307,))
"""Aortic Valve Opening (DCM 130702)."""

MitralValveClosure: Final[Code] = Code("DCM", "130699", "Mitral Valve Closure", (12307,))
"""Mitral Valve Closure (DCM 130699)."""

MitralValveOpening: Final[Code] = Code("DCM", "130700", "Mitral Valve Opening", (12307,))
"""Mitral Valve Opening (DCM 130700)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ElectromechanicalDelay,
    PreEjectionPeriod,
    Systole,
    VentricularIsovolumicContraction,
    VentricularEjectionSWave,
    EndSystole,
    Diastole,
    VentricularIsovolumicRelaxation,
    AtrialDiastolicFillingDWave,
    DiastolicRapidInflowEWave,
    Diastasis,
    AtrialSystoleAWave,
    ARWave,
    EndDiastole,
    FullCardiacCycle,
    AorticValveClosure,
    AorticValveOpening,
    MitralValveClosure,
    MitralValveOpening,
)
"""The resolved membership: own members, then those of the included groups, in order."""
