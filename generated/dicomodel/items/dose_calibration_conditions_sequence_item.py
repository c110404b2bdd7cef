"""Item class DoseCalibrationConditionsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DoseCalibrationConditionsSequenceItem",
]


class DoseCalibrationConditionsSequenceItem(DicomModel):
    """An item of Dose Calibration Conditions Sequence (300C,0120), as first defined in RT Fraction Scheme Module Attributes (C.8-49)."""

    dicom_name: ClassVar[str] = "Dose Calibration Conditions Sequence"
    dicom_table: ClassVar[str] = "table_C.8-49"

    AbsorbedDoseToMetersetRatio: Annotated[
        vr.FD, Attribute(0x300C0121, "FD", "1", "1", name="Absorbed Dose to Meterset Ratio")
    ]
    """Absorbed Dose to Meterset Ratio (300C,0121): Type 1, VR FD, VM 1. Ratio of absorbed dose in Gy to Meterset as defined by Primary Dosimeter Unit (300A,00B3) in the reference conditions."""

    DelineatedRadiationFieldSize: Annotated[
        list[vr.FD], Attribute(0x300C0122, "FD", "2", "1", name="Delineated Radiation Field Size")
    ]
    """Delineated Radiation Field Size (300C,0122): Type 1, VR FD, VM 2. Field size in mm in X and Y directions in the IEC BEAM LIMITING DEVICE coordinate system, specified by a numeric pair, X value then Y value."""

    CalibrationReferencePointDepth: Annotated[
        vr.FD, Attribute(0x300C0124, "FD", "1", "1", name="Calibration Reference Point Depth")
    ]
    """Calibration Reference Point Depth (300C,0124): Type 1, VR FD, VM 1. Calibration reference point depth in mm from the phantom surface."""

    SourceToSurfaceDistance: Annotated[
        vr.DS, Attribute(0x300A0130, "DS", "1", "1", name="Source to Surface Distance")
    ]
    """Source to Surface Distance (300A,0130): Type 1, VR DS, VM 1. Distance in mm from the radiation source to the phantom surface during calibration."""

    CalibrationDateTime: Annotated[
        vr.DT | None, Attribute(0x00181203, "DT", "1", "2", name="Calibration DateTime")
    ]
    """Calibration DateTime (0018,1203): Type 2, VR DT, VM 1. Date and time the calibration was performed."""
