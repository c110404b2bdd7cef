"""Product Characteristics Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.pertinent_documents_sequence_item_product_characteristics import (
        PertinentDocumentsSequenceItemProductCharacteristics as _PertinentDocumentsSequenceItemProductCharacteristics,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _PertinentDocumentsSequenceItemProductCharacteristics = Lazy(
        "dicomodel.items.pertinent_documents_sequence_item_product_characteristics",
        "PertinentDocumentsSequenceItemProductCharacteristics",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProductTypeCodeSequenceItem
    from dicomodel.items.content_item import ContentItem as ProductParameterSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_product_characteristics import (
        PertinentDocumentsSequenceItemProductCharacteristics as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PertinentDocumentsSequenceItem",
    "ProductCharacteristicsModule",
    "ProductParameterSequenceItem",
    "ProductTypeCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ProductCharacteristicsModule(DicomModel):
    """Product Characteristics Module Attributes (PS3.3 Table C.26-1)."""

    dicom_name: ClassVar[str] = "Product Characteristics"
    dicom_table: ClassVar[str] = "table_C.26-1"

    ProductPackageIdentifier: Annotated[
        vr.ST | None, Attribute(0x00440001, "ST", "1", None, name="Product Package Identifier")
    ] = None
    """Product Package Identifier (0044,0001): no Type, VR ST, VM 1. Identifier of the contrast agent, drug, or device being characterized, typically from a package bar code, RFID, or other materials management ID."""

    Manufacturer: Annotated[
        vr.LO | None, Attribute(0x00080070, "LO", "1", None, name="Manufacturer")
    ] = None
    """Manufacturer (0008,0070): no Type, VR LO, VM 1. Manufacturer of product."""

    ProductTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00440007, "SQ", "1", None, name="Product Type Code Sequence"),
    ] = None
    """Product Type Code Sequence (0044,0007): no Type, VR SQ, VM 1. Coded type of product. Only a single Item shall be included in this Sequence."""

    ProductName: Annotated[
        list[vr.LO] | None, Attribute(0x00440008, "LO", "1-n", None, name="Product Name")
    ] = None
    """Product Name (0044,0008): no Type, VR LO, VM 1-n. Trade or generic name of product. May be multi-valued."""

    ProductDescription: Annotated[
        vr.LT | None, Attribute(0x00440009, "LT", "1", None, name="Product Description")
    ] = None
    """Product Description (0044,0009): no Type, VR LT, VM 1. Further description in free form text describing the drug or device. This Attribute is limited by the LT Value Representation to 10240 characters."""

    ProductLotIdentifier: Annotated[
        vr.LO | None, Attribute(0x0044000A, "LO", "1", None, name="Product Lot Identifier")
    ] = None
    """Product Lot Identifier (0044,000A): no Type, VR LO, VM 1. Identifier of the manufacturing batch of which this product is part."""

    ProductExpirationDateTime: Annotated[
        vr.DT | None, Attribute(0x0044000B, "DT", "1", None, name="Product Expiration DateTime")
    ] = None
    """Product Expiration DateTime (0044,000B): no Type, VR DT, VM 1. The date and time after which the manufacturer no longer ensures the safety, quality, and/or proper functioning of the material."""

    ProductParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x00440013, "SQ", "1", None, name="Product Parameter Sequence"),
    ] = None
    """Product Parameter Sequence (0044,0013): no Type, VR SQ, VM 1. Parameters of the product. Zero or more Items shall be included in this Sequence."""

    PertinentDocumentsSequence: Annotated[
        list[_PertinentDocumentsSequenceItemProductCharacteristics] | None,
        Attribute(0x00380100, "SQ", "1", None, name="Pertinent Documents Sequence"),
    ] = None
    """Pertinent Documents Sequence (0038,0100): no Type, VR SQ, VM 1. Reference to a Product Label document for the product. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PertinentDocumentsSequenceItem": (
        "dicomodel.items.pertinent_documents_sequence_item_product_characteristics",
        "PertinentDocumentsSequenceItemProductCharacteristics",
    ),
    "ProductParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ProductTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
