"""Item class PixelMeasuresSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PixelMeasuresSequenceItem",
]


class PixelMeasuresSequenceItem(DicomModel):
    """An item of Pixel Measures Sequence (0028,9110), as first defined in Pixel Measures Macro Attributes (C.7.6.16-2)."""

    dicom_name: ClassVar[str] = "Pixel Measures Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-2"

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=(
                "or",
                (
                    "and",
                    ("value", 0x00089206, 0, "not_in", ("DISTORTED", "SAMPLED")),
                    ("value", 0x00080008, 3, "not_in", ("LABEL", "OVERVIEW")),
                ),
                ("and", ("sop_class", ("1.2.840.10008.5.1.4.1.1.66.4",)), ("present", 0x00200052)),
                (
                    "and",
                    ("sop_class", ("1.2.840.10008.5.1.4.1.1.77.1.5.4",)),
                    ("value", 0x00221622, 0, "in", ("YES",)),
                ),
                ("sop_class", ("1.2.840.10008.5.1.4.1.1.77.1.5.8",)),
                ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.23",)),
                ("sop_class", ("1.2.840.10008.5.1.4.1.1.481.24",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Required if: Volumetric Properties (0008,9206) is other than DISTORTED or SAMPLED, and Image Type (0008,0008) Value 3 is not LABEL or OVERVIEW, or SOP Class UID is Segmentation Storage (\"1.2.840.10008.5.1.4.1.1.66.4\") and Frame of Reference UID (0020,0052) is present, or SOP Class UID is Ophthalmic Tomography Image Storage (\"1.2.840.10008.5.1.4.1.1.77.1.5.4\") and Ophthalmic Volumetric Properties F... Physical distance in the imaging target (patient, specimen, or phantom) between the centers of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

    SliceThickness: Annotated[
        vr.DS | None,
        Attribute(
            0x00180050,
            "DS",
            "1",
            "1C",
            name="Slice Thickness",
            when=(
                "or",
                (
                    "and",
                    ("value", 0x00089206, 0, "in", ("VOLUME", "SAMPLED")),
                    ("value", 0x00080008, 3, "not_in", ("LABEL", "OVERVIEW")),
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
    """Slice Thickness (0018,0050): Type 1C, VR DS, VM 1. Required if: Volumetric Properties (0008,9206) is VOLUME or SAMPLED, and Image Type (0008,0008) Value 3 is not LABEL or OVERVIEW, or SOP Class UID is Segmentation Storage (\"1.2.840.10008.5.1.4.1.1.66.4\") and Frame of Reference UID (0020,0052) is present, or SOP Class UID is Ophthalmic Tomography Image Storage (\"1.2.840.10008.5.1.4.1.1.77.1.5.4\") and Ophthalmic Volumetric Properties Flag (0022,1622... Nominal reconstructed slice thickness (for tomographic imaging) or depth of field (for optical non-tomographic imaging), in mm. See Section C.7.6.16.2.3.1 for further explanation."""

    SpacingBetweenSlices: Annotated[
        vr.DS | None,
        Attribute(
            0x00180088,
            "DS",
            "1",
            "1C",
            name="Spacing Between Slices",
            when=(
                "and",
                ("value", 0x00209311, 0, "in", ("TILED_FULL",)),
                ("compare", 0x00480303, 1, ">", 1),
            ),
            otherwise="may",
        ),
    ] = None
    """Spacing Between Slices (0018,0088): Type 1C, VR DS, VM 1. Required if Dimension Organization Type (0020,9311) is TILED_FULL and Total Pixel Matrix Focal Planes (0048,0303) is greater than 1. May be present otherwise. Spacing between adjacent slices, in mm. The spacing is measured from the center-to-center of each slice, and if present shall not be negative."""
