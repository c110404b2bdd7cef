"""CID 10050 Summary Radiation Exposure Quantity.

Extensible, version 20220331, UID 1.2.840.10008.6.1.1028.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10050
NAME: Final[str] = "Summary Radiation Exposure Quantity"
KEYWORD: Final[str | None] = "SummaryRadiationExposureQuantity"
UID: Final[str | None] = "1.2.840.10008.6.1.1028"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220331"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EntranceExposureAtRP: Final[Code] = Code("DCM", "111636", "Entrance Exposure at RP", (10050,))
"""Entrance Exposure at RP (DCM 111636)."""

AccumulatedAverageGlandularDose: Final[Code] = Code(
    "DCM", "111637", "Accumulated Average Glandular Dose (mammo)", (10050,)
)
"""Accumulated Average Glandular Dose (mammo) (DCM 111637)."""

DoseAreaProductTotal: Final[Code] = Code("DCM", "113722", "Dose Area Product Total", (10050,))
"""Dose Area Product Total (DCM 113722)."""

FluoroDoseAreaProductTotal: Final[Code] = Code(
    "DCM", "113726", "Fluoro Dose Area Product Total", (10050,)
)
"""Fluoro Dose Area Product Total (DCM 113726)."""

AcquisitionDoseAreaProductTotal: Final[Code] = Code(
    "DCM", "113727", "Acquisition Dose Area Product Total", (10050,)
)
"""Acquisition Dose Area Product Total (DCM 113727)."""

TotalFluoroTime: Final[Code] = Code("DCM", "113730", "Total Fluoro Time", (10050,))
"""Total Fluoro Time (DCM 113730)."""

TotalNumberOfRadiographicFrames: Final[Code] = Code(
    "DCM", "113731", "Total Number of Radiographic Frames", (10050,)
)
"""Total Number of Radiographic Frames (DCM 113731)."""

AdministeredActivity: Final[Code] = Code("DCM", "113507", "Administered activity", (10050,))
"""Administered activity (DCM 113507)."""

CTDoseLengthProductTotal: Final[Code] = Code(
    "DCM", "113813", "CT Dose Length Product Total", (10050,)
)
"""CT Dose Length Product Total (DCM 113813)."""

CTDoseLengthProductSubTotal: Final[Code] = Code(
    "DCM", "130745", "CT Dose Length Product Sub-Total", (10050,)
)
"""CT Dose Length Product Sub-Total (DCM 130745)."""

MeanCtdivol: Final[Code] = Code("DCM", "113830", "Mean CTDIvol", (10050,))
"""Mean CTDIvol (DCM 113830)."""

EffectiveDose: Final[Code] = Code("DCM", "113839", "Effective Dose", (10050,))
"""Effective Dose (DCM 113839)."""

MEMBERS: Final[tuple[Code, ...]] = (
    EntranceExposureAtRP,
    AccumulatedAverageGlandularDose,
    DoseAreaProductTotal,
    FluoroDoseAreaProductTotal,
    AcquisitionDoseAreaProductTotal,
    TotalFluoroTime,
    TotalNumberOfRadiographicFrames,
    AdministeredActivity,
    CTDoseLengthProductTotal,
    CTDoseLengthProductSubTotal,
    MeanCtdivol,
    EffectiveDose,
)
"""The resolved membership: own members, then those of the included groups, in order."""
