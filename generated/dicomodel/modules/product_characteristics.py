"""Product Characteristics Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.pertinent_documents_sequence_item import PertinentDocumentsSequenceItem
from dicomodel.model import Attribute, DicomModel


class ProductCharacteristicsModule(DicomModel):
    """Product Characteristics Module Attributes (PS3.3 Table C.26-1)."""

    dicom_name: ClassVar[str] = "Product Characteristics"
    dicom_table: ClassVar[str] = "table_C.26-1"

    ProductPackageIdentifier: Annotated[
        vr.ST | None, Attribute(0x00440001, "ST", "1", "3", name="Product Package Identifier")
    ] = None
    """Product Package Identifier (0044,0001): Type -, VR ST, VM 1. Identifier of the contrast agent, drug, or device being characterized, typically from a package bar code, RFID, or other materials management ID."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", "3", name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): Type -, VR LO, VM 1. Manufacturer of product."""

    ProductTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00440007, "SQ", "1", "3", name="Product Type Code Sequence"),
    ] = None
    """Product Type Code Sequence (0044,0007): Type -, VR SQ, VM 1. Coded type of product. Only a single Item shall be included in this Sequence."""

    ProductName: Annotated[
        list[vr.LO] | None, Attribute(0x00440008, "LO", "1-n", "3", name="Product Name")
    ] = None
    """Product Name (0044,0008): Type -, VR LO, VM 1-n. Trade or generic name of product. May be multi-valued."""

    ProductDescription: Annotated[
        vr.LT | None, Attribute(0x00440009, "LT", "1", "3", name="Product Description")
    ] = None
    """Product Description (0044,0009): Type -, VR LT, VM 1. Further description in free form text describing the drug or device. This Attribute is limited by the LT Value Representation to 10240 characters."""

    ProductLotIdentifier: Annotated[
        vr.LO | None, Attribute(0x0044000A, "LO", "1", "3", name="Product Lot Identifier")
    ] = None
    """Product Lot Identifier (0044,000A): Type -, VR LO, VM 1. Identifier of the manufacturing batch of which this product is part."""

    ProductExpirationDateTime: Annotated[
        vr.DT | None, Attribute(0x0044000B, "DT", "1", "3", name="Product Expiration DateTime")
    ] = None
    """Product Expiration DateTime (0044,000B): Type -, VR DT, VM 1. The date and time after which the manufacturer no longer ensures the safety, quality, and/or proper functioning of the material."""

    ProductParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(0x00440013, "SQ", "1", "3", name="Product Parameter Sequence"),
    ] = None
    """Product Parameter Sequence (0044,0013): Type -, VR SQ, VM 1. Parameters of the product. Zero or more Items shall be included in this Sequence."""

    PertinentDocumentsSequence: Annotated[
        list[PertinentDocumentsSequenceItem] | None,
        Attribute(0x00380100, "SQ", "1", "3", name="Pertinent Documents Sequence"),
    ] = None
    """Pertinent Documents Sequence (0038,0100): Type -, VR SQ, VM 1. Reference to a Product Label document for the product. Zero or more Items shall be included in this Sequence."""
