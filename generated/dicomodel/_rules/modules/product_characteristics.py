"""Presence rules of Product Characteristics Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ProductCharacteristicsModule = (
    "table_C.26-1",
    (
        (
            "ProductPackageIdentifier",
            Attribute(0x00440001, "ST", "1", None, name="Product Package Identifier"),
            None,
        ),
        ("Manufacturer", Attribute(0x00080070, "LO", "1", None, name="Manufacturer"), None),
        (
            "ProductTypeCodeSequence",
            Attribute(0x00440007, "SQ", "1", None, name="Product Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("ProductName", Attribute(0x00440008, "LO", "1-n", None, name="Product Name"), None),
        (
            "ProductDescription",
            Attribute(0x00440009, "LT", "1", None, name="Product Description"),
            None,
        ),
        (
            "ProductLotIdentifier",
            Attribute(0x0044000A, "LO", "1", None, name="Product Lot Identifier"),
            None,
        ),
        (
            "ProductExpirationDateTime",
            Attribute(0x0044000B, "DT", "1", None, name="Product Expiration DateTime"),
            None,
        ),
        (
            "ProductParameterSequence",
            Attribute(0x00440013, "SQ", "1", None, name="Product Parameter Sequence"),
            Lazy("dicomodel.items.content_item", "ContentItem"),
        ),
        (
            "PertinentDocumentsSequence",
            Attribute(0x00380100, "SQ", "1", None, name="Pertinent Documents Sequence"),
            Lazy(
                "dicomodel.items.pertinent_documents_sequence_item_product_characteristics",
                "PertinentDocumentsSequenceItemProductCharacteristics",
            ),
        ),
    ),
)
