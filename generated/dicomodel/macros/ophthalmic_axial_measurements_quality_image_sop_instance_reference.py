"""Ophthalmic Axial Measurements Quality Image SOP Instance Reference Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro",
]


class OphthalmicAxialMeasurementsQualityImageSOPInstanceReferenceMacro(DicomModel):
    """Ophthalmic Axial Measurements Quality Image SOP Instance Reference Macro Attributes (PS3.3 Table C.8.25.16-6)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements Quality Image SOP Instance Reference"
    dicom_table: ClassVar[str] = "table_C.8.25.16-6"

    ReferencedSOPClassUID: Annotated[
        vr.UI,
        Attribute(
            0x00081150,
            "UI",
            "1",
            "1",
            name="Referenced SOP Class UID",
            enumerated=((0, ("1.2.840.10008.5.1.4.1.1.7.2", "1.2.840.10008.5.1.4.1.1.7.4")),),
        ),
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class. Enumerated Values: 1.2.840.10008.5.1.4.1.1.7.2 Multi-frame Grayscale Byte Secondary Capture Image Storage 1.2.840.10008.5.1.4.1.1.7.4 Multi-frame True Color Secondary Capture Image Storage"""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedFrameNumber: Annotated[
        list[vr.IS], Attribute(0x00081160, "IS", "1-n", "1", name="Referenced Frame Number")
    ]
    """Referenced Frame Number (0008,1160): Type 1, VR IS, VM 1-n. Identifies the frame number within the Referenced SOP Instance to which the reference applies. The first frame shall be denoted as frame number 1. Only a single value shall exist."""
