"""Item class PrivateDataElementDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "PrivateDataElementDefinitionSequenceItem",
]


class PrivateDataElementDefinitionSequenceItem(DicomModel):
    """An item of Private Data Element Definition Sequence (0008,0310), as first defined in SOP Common Module Attributes (C.12-1)."""

    dicom_name: ClassVar[str] = "Private Data Element Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.12-1"

    PrivateDataElement: Annotated[
        vr.US, Attribute(0x00080308, "US", "1", "1", name="Private Data Element")
    ]
    """Private Data Element (0008,0308): Type 1, VR US, VM 1. Element Number used to identify the Data Element within the reserved block. The value of this Attribute represents the last two digits of the Data Element Tag; i.e., the value of xx in (gggg,00xx) where gggg is the Private Group Reference (..."""

    PrivateDataElementValueMultiplicity: Annotated[
        list[vr.UL],
        Attribute(0x00080309, "UL", "1-3", "1", name="Private Data Element Value Multiplicity"),
    ]
    """Private Data Element Value Multiplicity (0008,0309): Type 1, VR UL, VM 1-3. Value Multiplicity (VM) of the Data Element. See Section C.12.1.1.7.1."""

    PrivateDataElementValueRepresentation: Annotated[
        vr.CS,
        Attribute(0x0008030A, "CS", "1", "1", name="Private Data Element Value Representation"),
    ]
    """Private Data Element Value Representation (0008,030A): Type 1, VR CS, VM 1. Value Representation (VR) of the Data Element."""

    PrivateDataElementNumberOfItems: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0008030B,
            "UL",
            "1-2",
            "1C",
            name="Private Data Element Number of Items",
            when=("value", 0x0008030A, 0, "in", ("SQ",)),
        ),
    ] = None
    """Private Data Element Number of Items (0008,030B): Type 1C, VR UL, VM 1-2. Required if the value of Private Data Element Value Representation (0008,030A) is SQ. Number of Items allowed in a Sequence Data Element. Required if the value of Private Data Element Value Representation (0008,030A) is SQ. See Section C.12.1.1.7.2."""

    PrivateDataElementKeyword: Annotated[
        vr.UC, Attribute(0x0008030D, "UC", "1", "1", name="Private Data Element Keyword")
    ]
    """Private Data Element Keyword (0008,030D): Type 1, VR UC, VM 1. Keyword for the Data Element (in the sense of the keywords provided in PS3.6)."""

    PrivateDataElementName: Annotated[
        vr.UC, Attribute(0x0008030C, "UC", "1", "1", name="Private Data Element Name")
    ]
    """Private Data Element Name (0008,030C): Type 1, VR UC, VM 1. Name for referring to the Data Element."""

    PrivateDataElementDescription: Annotated[
        vr.UT | None, Attribute(0x0008030E, "UT", "1", "3", name="Private Data Element Description")
    ] = None
    """Private Data Element Description (0008,030E): Type 3, VR UT, VM 1. Description of the purpose and/or proper usage of the Data Element."""

    PrivateDataElementEncoding: Annotated[
        vr.UT | None, Attribute(0x0008030F, "UT", "1", "3", name="Private Data Element Encoding")
    ] = None
    """Private Data Element Encoding (0008,030F): Type 3, VR UT, VM 1. Description of how the Data Element value contents are encoded."""

    RetrieveURI: Annotated[
        vr.UR | None, Attribute(0x0040E010, "UR", "1", "3", name="Retrieve URI")
    ] = None
    """Retrieve URI (0040,E010): Type 3, VR UR, VM 1. Retrieval access path to associated documentation. Includes fully specified scheme, authority, path, and query in accordance with [RFC3986]."""
