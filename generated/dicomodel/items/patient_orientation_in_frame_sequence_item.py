"""Item class PatientOrientationInFrameSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PatientOrientationInFrameSequenceItem",
]


class PatientOrientationInFrameSequenceItem(DicomModel):
    """An item of Patient Orientation in Frame Sequence (0020,9450), as first defined in Patient Orientation in Frame Macro Attributes (C.7.6.16-16)."""

    dicom_name: ClassVar[str] = "Patient Orientation in Frame Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-16"

    PatientOrientation: Annotated[
        list[vr.CS], Attribute(0x00200020, "CS", "2", "1", name="Patient Orientation")
    ]
    """Patient Orientation (0020,0020): Type 1, VR CS, VM 2. Patient direction of the rows and columns of this frame. See Section C.7.6.1.1.1 for further explanation."""
