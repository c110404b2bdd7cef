"""CID 12233 Cardiac Phase.

Extensible, version 20160314, UID 1.2.840.10008.6.1.624.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12233
NAME: Final[str] = "Cardiac Phase"
KEYWORD: Final[str | None] = "CardiacPhase"
UID: Final[str | None] = "1.2.840.10008.6.1.624"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Systole: Final[Code] = Code("SCT", "111973004", "Systole", (3472, 12233, 12307))
"""Systole (SCT 111973004)."""

Diastole: Final[Code] = Code("SCT", "90892000", "Diastole", (3472, 12233, 12307))
"""Diastole (SCT 90892000)."""

EndDiastole: Final[Code] = Code("SCT", "416190007", "End Diastole", (3337, 12233, 12307))
"""End Diastole (SCT 416190007)."""

EndSystole: Final[Code] = Code("SCT", "416430001", "End Systole", (12233, 12307))
"""End Systole (SCT 416430001)."""

EarlyDiastole: Final[Code] = Code("SCT", "444389002", "Early Diastole", (12233,))
"""Early Diastole (SCT 444389002)."""

PeakSystolic: Final[Code] = Code("SCT", "255236000", "Peak Systolic", (12233,))
"""Peak Systolic (SCT 255236000)."""

AtrialSystole: Final[Code] = Code("SCT", "59972007", "Atrial Systole", (12233, 12307))
"""Atrial Systole (SCT 59972007)."""

VentricularSystole: Final[Code] = Code("SCT", "8997002", "Ventricular Systole", (12233,))
"""Ventricular Systole (SCT 8997002)."""

VentricularIsovolumicContraction: Final[Code] = Code(
    "SCT", "444379001", "Ventricular Isovolumic Contraction", (12233, 12307)
)
"""Ventricular Isovolumic Contraction (SCT 444379001)."""

VentricularEjection: Final[Code] = Code("SCT", "444371003", "Ventricular Ejection", (12233, 12307))
"""Ventricular Ejection (SCT 444371003)."""

VentricularIsovolumicRelaxation: Final[Code] = Code(
    "SCT", "444361000", "Ventricular Isovolumic Relaxation", (12233, 12307)
)
"""Ventricular Isovolumic Relaxation (SCT 444361000)."""

DiastolicRapidInflow: Final[Code] = Code(
    "SCT", "444392003", "Diastolic Rapid Inflow", (12233, 12307)
)
"""Diastolic Rapid Inflow (SCT 444392003)."""

Diastasis: Final[Code] = Code("SCT", "444469002", "Diastasis", (12233, 12307))
"""Diastasis (SCT 444469002)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
