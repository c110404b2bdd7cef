"""Item class LuminanceResponseSequenceItemTargetLuminanceCharacteristics.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "LuminanceResponseSequenceItemTargetLuminanceCharacteristics",
]


class LuminanceResponseSequenceItemTargetLuminanceCharacteristics(DicomModel):
    """An item of Luminance Response Sequence (0028,701C), as first defined in Target Luminance Characteristics Module Attributes (C.32.2-1)."""

    dicom_name: ClassVar[str] = "Luminance Response Sequence"
    dicom_table: ClassVar[str] = "table_C.32.2-1"

    DDLValue: Annotated[vr.US | None, Attribute(0x00287017, "US", "1", None, name="DDL Value")] = (
        None
    )
    """DDL Value (0028,7017): no Type, VR US, VM 1. The integer Digital Driving Level (DDL) for this luminance value. The DDL Value for the first Item in the Sequence shall be 0. The DDL Value of the last Item in the Sequence shall be the maximum DDL value."""

    LuminanceValue: Annotated[
        vr.FL | None, Attribute(0x0028701F, "FL", "1", None, name="Luminance Value")
    ] = None
    """Luminance Value (0028,701F): no Type, VR FL, VM 1. Luminance in candelas per square meter (cd/m2) corresponding to the DDL Value."""
