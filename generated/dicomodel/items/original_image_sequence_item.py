"""Item class OriginalImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "OriginalImageSequenceItem",
]


class OriginalImageSequenceItem(DicomModel):
    """An item of Original Image Sequence (2130,00C0), as first defined in Image Box Pixel Presentation Module Attributes (C.13-5)."""

    dicom_name: ClassVar[str] = "Original Image Sequence"
    dicom_table: ClassVar[str] = "table_C.13-5"

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. See Section C.7.2.1 General Study Module for description."""

    SeriesInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000E, "UI", "1", None, name="Series Instance UID")
    ] = None
    """Series Instance UID (0020,000E): no Type, VR UI, VM 1. See Section C.7.3.1 General Series Module for description."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. See Section C.7.1.1 Patient Module for description."""

    ReferencedSOPClassUID: Annotated[
        vr.UI | None, Attribute(0x00081150, "UI", "1", None, name="Referenced SOP Class UID")
    ] = None
    """Referenced SOP Class UID (0008,1150): no Type, VR UI, VM 1. SOP Class UID of the original modality image used to create this Image Box."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI | None, Attribute(0x00081155, "UI", "1", None, name="Referenced SOP Instance UID")
    ] = None
    """Referenced SOP Instance UID (0008,1155): no Type, VR UI, VM 1. SOP Instance UID of the original modality image used to create this Image Box."""
