"""Item class NonconformingModifiedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "NonconformingModifiedAttributesSequenceItem",
]


class NonconformingModifiedAttributesSequenceItem(DicomModel):
    """An item of Nonconforming Modified Attributes Sequence (0400,0551), as first defined in Original Attributes Macro Attributes (C.12.1.1.9-1)."""

    dicom_name: ClassVar[str] = "Nonconforming Modified Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.12.1.1.9-1"

    SelectorAttribute: Annotated[
        vr.AT | None,
        Attribute(
            0x00720026,
            "AT",
            "1",
            "1C",
            name="Selector Attribute",
            when=("unknown", "names no attribute: the selected content is not a Sequence Item"),
        ),
    ] = None
    """Selector Attribute (0072,0026): Type 1C, VR AT, VM 1. Required if the selected content is not a Sequence Item. Data Element Tag of the Attribute to be referenced. Required if the selected content is not a Sequence Item."""

    SelectorValueNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00720028,
            "US",
            "1",
            "1C",
            name="Selector Value Number",
            when=(
                "unknown",
                "names no attribute: the selected content is a single Attribute of any VR other than SQ",
            ),
        ),
    ] = None
    """Selector Value Number (0072,0028): Type 1C, VR US, VM 1. Required if the selected content is a single Attribute of any VR other than SQ. Non-negative integer identifying which value of a multi-valued Attribute identified by Selector Attribute (0072,0026) is to be referenced. The value 1 identifies the first value. The value 0 identifies all values."""

    SelectorSequencePointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00720052,
            "AT",
            "1-n",
            "1C",
            name="Selector Sequence Pointer",
            when=("unknown", "depends on where the selected attribute stands"),
        ),
    ] = None
    """Selector Sequence Pointer (0072,0052): Type 1C, VR AT, VM 1-n. Required if Selector Attribute (0072,0026) is nested in one or more Sequences or is absent. Contains the Data Element Tags of the path to the Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026) or to the Item(s) to be selected in Selector Sequence Pointer Items (0074,1057)."""

    SelectorSequencePointerPrivateCreator: Annotated[
        list[vr.LO] | None,
        Attribute(
            0x00720054,
            "LO",
            "1-n",
            "1C",
            name="Selector Sequence Pointer Private Creator",
            when=(
                "unknown",
                "condition not read: not understood: 'one or more of the values of Selector Sequence Pointer (0072,0052)' (in 'Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Sequence Pointer Private Creator (0072,0054): Type 1C, VR LO, VM 1-n. Required if Selector Sequence Pointer (0072,0052) is present and one or more of the values of Selector Sequence Pointer (0072,0052) is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements used to encode Attributes in the Selector Sequence Pointer (0072,0052). This Attribute shall have the same number of values as Selector Sequence Pointer (0072,0052)."""

    SelectorSequencePointerItems: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00741057,
            "IS",
            "1-n",
            "1C",
            name="Selector Sequence Pointer Items",
            when=("present", 0x00720052),
        ),
    ] = None
    """Selector Sequence Pointer Items (0074,1057): Type 1C, VR IS, VM 1-n. Required if Selector Sequence Pointer (0072,0052) is present. Identification of the Item indices in the Selector Sequence Pointer (0072,0052). This Attribute shall have the same number of values as the Selector Sequence Pointer (0072,0052)."""

    SelectorAttributePrivateCreator: Annotated[
        vr.LO | None,
        Attribute(
            0x00720056,
            "LO",
            "1",
            "1C",
            name="Selector Attribute Private Creator",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'the' (in 'Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Attribute Private Creator (0072,0056): Type 1C, VR LO, VM 1. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. See Section 10.17.1.2."""

    NonconformingDataElementValue: Annotated[
        vr.OB, Attribute(0x04000552, "OB", "1", "1", name="Nonconforming Data Element Value")
    ]
    """Nonconforming Data Element Value (0400,0552): Type 1, VR OB, VM 1. The original Value of the nonconforming Attribute."""
