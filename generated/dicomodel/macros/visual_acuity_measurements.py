"""Visual Acuity Measurements Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "VisualAcuityMeasurementsMacro",
]


class VisualAcuityMeasurementsMacro(DicomModel):
    """Visual Acuity Measurements Macro Attributes (PS3.3 Table C.8.25.12-2)."""

    dicom_name: ClassVar[str] = "Visual Acuity Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.12-2"

    DecimalVisualAcuity: Annotated[
        vr.FD, Attribute(0x00460137, "FD", "1", "1", name="Decimal Visual Acuity")
    ]
    """Decimal Visual Acuity (0046,0137): Type 1, VR FD, VM 1. A patient's visual acuity specified in decimal. The value is derived from two values in a fraction where the numerator of the fraction is the nominal distance to the chart that the patient is reading."""

    VisualAcuityModifiers: Annotated[
        list[vr.SS] | None, Attribute(0x00460135, "SS", "2", "3", name="Visual Acuity Modifiers")
    ] = None
    """Visual Acuity Modifiers (0046,0135): Type 3, VR SS, VM 2. The first value is a positive or negative integer numeric value such as +1, +2, +3, 0, -1, -2, or -3 used to indicate that the patient missed letters on the line referenced, or saw additional letters on the next smaller line."""
