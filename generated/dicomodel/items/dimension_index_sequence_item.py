"""Item class DimensionIndexSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "DimensionIndexSequenceItem",
]


class DimensionIndexSequenceItem(DicomModel):
    """An item of Dimension Index Sequence (0020,9222), as first defined in Multi-frame Dimension Module Attributes (C.7.6.17-1)."""

    dicom_name: ClassVar[str] = "Dimension Index Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.17-1"

    DimensionIndexPointer: Annotated[
        vr.AT, Attribute(0x00209165, "AT", "1", "1", name="Dimension Index Pointer")
    ]
    """Dimension Index Pointer (0020,9165): Type 1, VR AT, VM 1. Contains the Data Element Tag that is used to identify the Attribute connected with the index. See Section C.7.6.17.1 for further explanation."""

    DimensionIndexPrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00209213,
            "LO",
            "1",
            "1C",
            name="Dimension Index Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Dimension Index Pointer (0020,9165) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Dimension Index Private Creator (0020,9213): Type 1C, VR LO, VM 1. Required if the Dimension Index Pointer (0020,9165) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Dimension Index Pointer (0020,9165) value is the Data Element Tag of a Private Attribute."""

    FunctionalGroupPointer: Annotated[
        vr.AT | None,
        Attribute(
            0x00209167,
            "AT",
            "1",
            "1C",
            name="Functional Group Pointer",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the value of Dimension Index Pointer (0020,9165) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence')",
            ),
        ),
    ] = None
    """Functional Group Pointer (0020,9167): Type 1C, VR AT, VM 1. Required if the value of Dimension Index Pointer (0020,9165) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence. Contains the Data Element Tag of the Functional Group Sequence that contains the Attribute that is referenced by the Dimension Index Pointer (0020,9165). See Section C.7.6.17.1 for further explanation."""

    FunctionalGroupPrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00209238,
            "LO",
            "1",
            "1C",
            name="Functional Group Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Functional Group Private Creator (0020,9238): Type 1C, VR LO, VM 1. Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Functional Group Pointer (0020,9167) value is the Data Element Tag of a Private Attribute."""

    DimensionOrganizationUID: Annotated[
        vr.UI, Attribute(0x00209164, "UI", "1", "1", name="Dimension Organization UID")
    ]
    """Dimension Organization UID (0020,9164): Type 1, VR UI, VM 1. Uniquely identifies a set of dimensions referenced within the containing SOP Instance. In particular the dimension described by this Sequence Item is associated with this Dimension Organization UID."""

    DimensionDescriptionLabel: Annotated[
        vr.LO | None, Attribute(0x00209421, "LO", "1", "3", name="Dimension Description Label")
    ] = None
    """Dimension Description Label (0020,9421): Type 3, VR LO, VM 1. Free text description that explains the meaning of the dimension."""
