"""Item class DefinitionSourceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DefinitionSourceSequenceItem",
]


class DefinitionSourceSequenceItem(DicomModel):
    """An item of Definition Source Sequence (0008,1156), as first defined in Segment Description Macro Attributes (C.8.20-4)."""

    dicom_name: ClassVar[str] = "Definition Source Sequence"
    dicom_table: ClassVar[str] = "table_C.8.20-4"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedROINumber: Annotated[
        vr.IS | None,
        Attribute(
            0x30060084,
            "IS",
            "1",
            "1C",
            name="Referenced ROI Number",
            when=("value", 0x00081150, 0, "in", ("1.2.840.10008.5.1.4.1.1.481.3",)),
        ),
    ] = None
    """Referenced ROI Number (3006,0084): Type 1C, VR IS, VM 1. Required if Referenced SOP Class UID (0008,1150) is RT Structure Set Storage (\"1.2.840.10008.5.1.4.1.1.481.3\"). The value of ROI Number (3006,0022) in the referenced SOP Instance that identifies the ROI that is the origin of the Segment information."""
