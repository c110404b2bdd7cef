"""CID 12233 Cardiac Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.624.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12233
NAME: _Final[str] = "Cardiac Phase"
KEYWORD: _Final[str | None] = "CardiacPhase"
UID: _Final[str | None] = "1.2.840.10008.6.1.624"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160314"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Systole: _Final[_Code] = _Code("SCT", "111973004", "Systole", (3472, 12233, 12307))
"""Systole (SCT 111973004)."""

Diastole: _Final[_Code] = _Code("SCT", "90892000", "Diastole", (3472, 12233, 12307))
"""Diastole (SCT 90892000)."""

EndDiastole: _Final[_Code] = _Code("SCT", "416190007", "End Diastole", (3337, 12233, 12307))
"""End Diastole (SCT 416190007)."""

EndSystole: _Final[_Code] = _Code("SCT", "416430001", "End Systole", (12233, 12307))
"""End Systole (SCT 416430001)."""

EarlyDiastole: _Final[_Code] = _Code("SCT", "444389002", "Early Diastole", (12233,))
"""Early Diastole (SCT 444389002)."""

PeakSystolic: _Final[_Code] = _Code("SCT", "255236000", "Peak Systolic", (12233,))
"""Peak Systolic (SCT 255236000)."""

AtrialSystole: _Final[_Code] = _Code("SCT", "59972007", "Atrial Systole", (12233, 12307))
"""Atrial Systole (SCT 59972007)."""

VentricularSystole: _Final[_Code] = _Code("SCT", "8997002", "Ventricular Systole", (12233,))
"""Ventricular Systole (SCT 8997002)."""

VentricularIsovolumicContraction: _Final[_Code] = _Code(
    "SCT", "444379001", "Ventricular Isovolumic Contraction", (12233, 12307)
)
"""Ventricular Isovolumic Contraction (SCT 444379001)."""

VentricularEjection: _Final[_Code] = _Code(
    "SCT", "444371003", "Ventricular Ejection", (12233, 12307)
)
"""Ventricular Ejection (SCT 444371003)."""

VentricularIsovolumicRelaxation: _Final[_Code] = _Code(
    "SCT", "444361000", "Ventricular Isovolumic Relaxation", (12233, 12307)
)
"""Ventricular Isovolumic Relaxation (SCT 444361000)."""

DiastolicRapidInflow: _Final[_Code] = _Code(
    "SCT", "444392003", "Diastolic Rapid Inflow", (12233, 12307)
)
"""Diastolic Rapid Inflow (SCT 444392003)."""

Diastasis: _Final[_Code] = _Code("SCT", "444469002", "Diastasis", (12233, 12307))
"""Diastasis (SCT 444469002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Systole,
    Diastole,
    EndDiastole,
    EndSystole,
    EarlyDiastole,
    PeakSystolic,
    AtrialSystole,
    VentricularSystole,
    VentricularIsovolumicContraction,
    VentricularEjection,
    VentricularIsovolumicRelaxation,
    DiastolicRapidInflow,
    Diastasis,
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
