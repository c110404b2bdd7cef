"""Hanging Protocol Selector Attribute Context Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "HangingProtocolSelectorAttributeContextMacro",
]


class HangingProtocolSelectorAttributeContextMacro(DicomModel):
    """Hanging Protocol Selector Attribute Context Macro Attributes (PS3.3 Table C.23.4-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Selector Attribute Context"
    dicom_table: ClassVar[str] = "table_C.23.4-1"

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
    """Selector Sequence Pointer (0072,0052): Type 1C, VR AT, VM 1-n. Required if Selector Attribute (0072,0026) is nested in a Sequence. Contains the Data Element Tag of the Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026). Required if Selector Attribute (0072,0026) is nested in a Sequence."""

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
                "condition not read: no value after the verb at 'the' (in 'Required if the value of Selector Attribute (0072,0026) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence')",
            ),
        ),
    ] = None
    """Functional Group Pointer (0020,9167): Type 1C, VR AT, VM 1. Required if the value of Selector Attribute (0072,0026) is the Data Element Tag of an Attribute that is contained within a Functional Group Sequence. Contains the Data Element Tag of the Functional Group Sequence that contains the Attribute that is identified by Selector Attribute (0072,0026)."""

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
                "condition not read: no value after the verb at 'the' (in 'Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute')",
            ),
        ),
    ] = None
    """Selector Sequence Pointer Private Creator (0072,0054): Type 1C, VR LO, VM 1-n. Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Sequence Pointer (0072,0052) value is the Data Element Tag of a Private Attribute."""

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
    """Selector Attribute Private Creator (0072,0056): Type 1C, VR LO, VM 1. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute. Identification of the creator of a group of Private Data Elements. Required if the Selector Attribute (0072,0026) value is the Data Element Tag of a Private Attribute."""
