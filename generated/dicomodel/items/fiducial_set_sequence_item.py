"""Item class FiducialSetSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.fiducial_sequence_item import FiducialSequenceItem
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.model import Attribute, DicomModel


class FiducialSetSequenceItem(DicomModel):
    """An item of Fiducial Set Sequence (0070,031C), as first defined in Spatial Fiducials Module Attributes (C.21.2-1)."""

    dicom_name: ClassVar[str] = "Fiducial Set Sequence"
    dicom_table: ClassVar[str] = "table_C.21.2-1"

    FrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00200052,
            "UI",
            "1",
            "1C",
            name="Frame of Reference UID",
            when=("not", ("present", 0x00081140)),
            otherwise="may",
        ),
    ] = None
    """Frame of Reference UID (0020,0052): Type 1C, VR UI, VM 1. Required if Referenced Image Sequence (0008,1140) is absent. May be present otherwise. Identifies a Frame of Reference that may or may not be an image set (e.g., an atlas or physical space). See Section C.7.4.1.1.1 for further explanation. Required if Referenced Image Sequence (0008,1140) is absent. May be present otherwise."""

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("not", ("present", 0x00200052)),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise. Identifies the set of images in which the fiducials are located. One or more Items shall be included in this Sequence. Required if Frame of Reference UID (0020,0052) is absent. May be present otherwise."""

    FiducialSequence: Annotated[
        list[FiducialSequenceItem], Attribute(0x0070031E, "SQ", "1", "1", name="Fiducial Sequence")
    ]
    """Fiducial Sequence (0070,031E): Type 1, VR SQ, VM 1. A Sequence that specifies fiducials, one Item per fiducial. One or more Items shall be included in this Sequence."""
