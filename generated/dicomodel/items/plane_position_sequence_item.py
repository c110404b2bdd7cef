"""Item class PlanePositionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PlanePositionSequenceItem",
]


class PlanePositionSequenceItem(DicomModel):
    """An item of Plane Position Sequence (0020,9113), as first defined in Plane Position (Patient) Macro Attributes (C.7.6.16-4)."""

    dicom_name: ClassVar[str] = "Plane Position Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-4"

    ImagePositionPatient: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00200032,
            "DS",
            "3",
            "1C",
            name="Image Position (Patient)",
            when=(
                "or",
                (
                    "and",
                    ("value", 0x00089007, 1, "in", ("ORIGINAL",)),
                    ("value", 0x00089206, 0, "not_in", ("DISTORTED",)),
                ),
                ("and", ("sop_class", ("1.2.840.10008.5.1.4.1.1.66.4",)), ("present", 0x00200052)),
                (
                    "and",
                    ("sop_class", ("1.2.840.10008.5.1.4.1.1.77.1.5.4",)),
                    ("value", 0x00221622, 0, "in", ("YES",)),
                ),
                ("sop_class", ("1.2.840.10008.5.1.4.1.1.77.1.5.8",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Image Position (Patient) (0020,0032): Type 1C, VR DS, VM 3. Required if: Frame Type (0008,9007) Value 1 of this frame is ORIGINAL and Volumetric Properties (0008,9206) of this frame is other than DISTORTED, or SOP Class UID is Segmentation Storage (\"1.2.840.10008.5.1.4.1.1.66.4\") and Frame of Reference UID (0020,0052) is present, or SOP Class UID is Ophthalmic Tomography Image Storage (\"1.2.840.10008.5.1.4.1.1.77.1.5.4\") and Ophthalmic Volumetric Propertie... The x, y, and z coordinates of the upper left hand corner (center of the first voxel transmitted) of the frame, in mm. See Section C.7.6.2.1.1 and Section C.7.6.16.2.3.1 for further explanation."""
