"""CID 12307 Cardiac Phase and Time Point.

Extensible, version 20211112, UID 1.2.840.10008.6.1.1148.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12307
NAME: _Final[str] = "Cardiac Phase and Time Point"
KEYWORD: _Final[str | None] = "CardiacPhaseAndTimePoint"
UID: _Final[str | None] = "1.2.840.10008.6.1.1148"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20211112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ElectromechanicalDelay: _Final[_Code] = _Code("DCM", "125320", "Electromechanical Delay", (12307,))
"""Electromechanical Delay (DCM 125320)."""

PreEjectionPeriod: _Final[_Code] = _Code("DCM", "125321", "Pre-ejection Period", (12307,))
"""Pre-ejection Period (DCM 125321)."""

Systole: _Final[_Code] = _Code("SCT", "111973004", "Systole", (3472, 12233, 12307))
"""Systole (SCT 111973004)."""

VentricularIsovolumicContraction: _Final[_Code] = _Code(
    "SCT", "444379001", "Ventricular Isovolumic Contraction", (12233, 12307)
)
"""Ventricular Isovolumic Contraction (SCT 444379001)."""

VentricularEjectionSWave: _Final[_Code] = _Code(
    "SCT", "444371003", "Ventricular Ejection (S-wave)", (12233, 12307)
)
"""Ventricular Ejection (S-wave) (SCT 444371003)."""

EndSystole: _Final[_Code] = _Code("SCT", "416430001", "End Systole", (12233, 12307))
"""End Systole (SCT 416430001)."""

Diastole: _Final[_Code] = _Code("SCT", "90892000", "Diastole", (3472, 12233, 12307))
"""Diastole (SCT 90892000)."""

VentricularIsovolumicRelaxation: _Final[_Code] = _Code(
    "SCT", "444361000", "Ventricular Isovolumic Relaxation", (12233, 12307)
)
"""Ventricular Isovolumic Relaxation (SCT 444361000)."""

AtrialDiastolicFillingDWave: _Final[_Code] = _Code(
    "DCM", "125322", "Atrial Diastolic Filling (D-wave)", (12307,)
)
"""Atrial Diastolic Filling (D-wave) (DCM 125322)."""

DiastolicRapidInflowEWave: _Final[_Code] = _Code(
    "SCT", "444392003", "Diastolic Rapid Inflow (E-wave)", (12233, 12307)
)
"""Diastolic Rapid Inflow (E-wave) (SCT 444392003)."""

Diastasis: _Final[_Code] = _Code("SCT", "444469002", "Diastasis", (12233, 12307))
"""Diastasis (SCT 444469002)."""

AtrialSystoleAWave: _Final[_Code] = _Code(
    "SCT", "59972007", "Atrial Systole (A-wave)", (12233, 12307)
)
"""Atrial Systole (A-wave) (SCT 59972007)."""

ARWave: _Final[_Code] = _Code("DCM", "125323", "AR-wave", (12307,))
"""AR-wave (DCM 125323)."""

EndDiastole: _Final[_Code] = _Code("SCT", "416190007", "End Diastole", (3337, 12233, 12307))
"""End Diastole (SCT 416190007)."""

FullCardiacCycle: _Final[_Code] = _Code("DCM", "125324", "Full Cardiac Cycle", (12307,))
"""Full Cardiac Cycle (DCM 125324)."""

AorticValveClosure: _Final[_Code] = _Code("DCM", "130701", "Aortic Valve Closure", (12307,))
"""Aortic Valve Closure (DCM 130701)."""

AorticValveOpening: _Final[_Code] = _Code("DCM", "130702", "Aortic Valve Opening", (12307,))
"""Aortic Valve Opening (DCM 130702)."""

MitralValveClosure: _Final[_Code] = _Code("DCM", "130699", "Mitral Valve Closure", (12307,))
"""Mitral Valve Closure (DCM 130699)."""

MitralValveOpening: _Final[_Code] = _Code("DCM", "130700", "Mitral Valve Opening", (12307,))
"""Mitral Valve Opening (DCM 130700)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
