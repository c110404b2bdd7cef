"""CID 10050 Summary Radiation Exposure Quantity.

Extensible, version 20220331, UID 1.2.840.10008.6.1.1028.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10050
NAME: _Final[str] = "Summary Radiation Exposure Quantity"
KEYWORD: _Final[str | None] = "SummaryRadiationExposureQuantity"
UID: _Final[str | None] = "1.2.840.10008.6.1.1028"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220331"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EntranceExposureAtRP: _Final[_Code] = _Code("DCM", "111636", "Entrance Exposure at RP", (10050,))
"""Entrance Exposure at RP (DCM 111636)."""

AccumulatedAverageGlandularDose: _Final[_Code] = _Code(
    "DCM", "111637", "Accumulated Average Glandular Dose (mammo)", (10050,)
)
"""Accumulated Average Glandular Dose (mammo) (DCM 111637)."""

DoseAreaProductTotal: _Final[_Code] = _Code("DCM", "113722", "Dose Area Product Total", (10050,))
"""Dose Area Product Total (DCM 113722)."""

FluoroDoseAreaProductTotal: _Final[_Code] = _Code(
    "DCM", "113726", "Fluoro Dose Area Product Total", (10050,)
)
"""Fluoro Dose Area Product Total (DCM 113726)."""

AcquisitionDoseAreaProductTotal: _Final[_Code] = _Code(
    "DCM", "113727", "Acquisition Dose Area Product Total", (10050,)
)
"""Acquisition Dose Area Product Total (DCM 113727)."""

TotalFluoroTime: _Final[_Code] = _Code("DCM", "113730", "Total Fluoro Time", (10050,))
"""Total Fluoro Time (DCM 113730)."""

TotalNumberOfRadiographicFrames: _Final[_Code] = _Code(
    "DCM", "113731", "Total Number of Radiographic Frames", (10050,)
)
"""Total Number of Radiographic Frames (DCM 113731)."""

AdministeredActivity: _Final[_Code] = _Code("DCM", "113507", "Administered activity", (10050,))
"""Administered activity (DCM 113507)."""

CTDoseLengthProductTotal: _Final[_Code] = _Code(
    "DCM", "113813", "CT Dose Length Product Total", (10050,)
)
"""CT Dose Length Product Total (DCM 113813)."""

CTDoseLengthProductSubTotal: _Final[_Code] = _Code(
    "DCM", "130745", "CT Dose Length Product Sub-Total", (10050,)
)
"""CT Dose Length Product Sub-Total (DCM 130745)."""

MeanCtdivol: _Final[_Code] = _Code("DCM", "113830", "Mean CTDIvol", (10050,))
"""Mean CTDIvol (DCM 113830)."""

EffectiveDose: _Final[_Code] = _Code("DCM", "113839", "Effective Dose", (10050,))
"""Effective Dose (DCM 113839)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
