"""Item class DefinitionSourceSequenceItemStructureSet.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DefinitionSourceSequenceItemStructureSet",
]


class DefinitionSourceSequenceItemStructureSet(DicomModel):
    """An item of Definition Source Sequence (0008,1156), as first defined in Structure Set Module Attributes (C.8-41)."""

    dicom_name: ClassVar[str] = "Definition Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8-41"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedSegmentNumber: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0062000B,
            "US",
            "1-n",
            "1C",
            name="Referenced Segment Number",
            when=("value", 0x00081150, 0, "in", ("1.2.840.10008.5.1.4.1.1.66.4",)),
        ),
    ] = None
    """Referenced Segment Number (0062,000B): Type 1C, VR US, VM 1-n. Required if Referenced SOP Class UID (0008,1150) is Segmentation Storage (\"1.2.840.10008.5.1.4.1.1.66.4\"). The value of Segment Number (0062,0004) in the referenced SOP Instance that identifies the segment that is the source of the ROI Contour information."""

    ReferencedFiducialUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0070031B,
            "UI",
            "1",
            "1C",
            name="Referenced Fiducial UID",
            when=("value", 0x00081150, 0, "in", ("1.2.840.10008.5.1.4.1.1.66.2",)),
        ),
    ] = None
    """Referenced Fiducial UID (0070,031B): Type 1C, VR UI, VM 1. Required if Referenced SOP Class UID (0008,1150) is Spatial Fiducials Storage (\"1.2.840.10008.5.1.4.1.1.66.2\"). The value of Fiducials UID (0070,031A) in the referenced SOP Instance that identifies the fiducial that is the source of the ROI Contour information."""
