"""Item class ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
]


class ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem(DicomModel):
    """An item of Implant Template Group Member Matching 2D Coordinates Sequence (0078,0070), as first defined in Implant Template Group Module Attributes (C.29.3-1)."""

    dicom_name: ClassVar[str] = "Implant Template Group Member Matching 2D Coordinates Sequence"
    dicom_table: ClassVar[str] = "table_C.29.3-1"

    ReferencedHPGLDocumentID: Annotated[
        vr.US, Attribute(0x00686440, "US", "1", "1", name="Referenced HPGL Document ID")
    ]
    """Referenced HPGL Document ID (0068,6440): Type 1, VR US, VM 1. Value of the HPGL Document ID (0068,62D0) present in the HPGL Document Sequence (0068,62C0) of the Instance that is referenced in the Implant Template Group Members Sequence (0078,002A) Item. Shall be unique within the Sequence."""

    TwoDImplantTemplateGroupMemberMatchingPoint: Annotated[
        list[vr.FD],
        Attribute(
            0x00780090, "FD", "2", "1", name="2D Implant Template Group Member Matching Point"
        ),
    ]
    """2D Implant Template Group Member Matching Point (0078,0090): Type 1, VR FD, VM 2. 2D inter-component Matching Point. See Section C.29.3.1.1.1."""

    TwoDImplantTemplateGroupMemberMatchingAxes: Annotated[
        list[vr.FD],
        Attribute(
            0x007800A0, "FD", "4", "1", name="2D Implant Template Group Member Matching Axes"
        ),
    ]
    """2D Implant Template Group Member Matching Axes (0078,00A0): Type 1, VR FD, VM 4. Direction cosines of the Matching Point. See Section C.29.3.1.1.1."""
