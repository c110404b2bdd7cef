"""Item class RealWorldValueMappingItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as _ProtocolContextSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ProtocolContextSequenceItem = Lazy(
        "dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"
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
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as QuantityDefinitionSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RealWorldValueMappingItem(DicomModel):
    """An item of Real World Value Mapping Sequence (0040,9096), as first defined in Real World Value Mapping Macro Attributes (C.7.6.16-12)."""

    dicom_name: ClassVar[str] = "Real World Value Mapping Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-12"

    RealWorldValueFirstValueMapped: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00409216,
            "US or SS",
            "1",
            "1C",
            name="Real World Value First Value Mapped",
            when=(
                "or",
                ("present", 0x7FE00010),
                ("present", 0x00409212),
                ("not", ("present", 0x00409214)),
            ),
        ),
    ] = None
    """Real World Value First Value Mapped (0040,9216): Type 1C, VR US or SS, VM 1. Required if Pixel Data (7FE0,0010) or Real World Value LUT Data (0040,9212) is present or Double Float Real World Value First Value Mapped (0040,9214) is absent. Specifies the first stored value mapped for the Real Word Value Intercept (0040,9224) and Real World Value Slope (0040,9225) or Real World Value LUT Data (0040,9212) of this Item."""

    RealWorldValueLastValueMapped: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00409211,
            "US or SS",
            "1",
            "1C",
            name="Real World Value Last Value Mapped",
            when=(
                "or",
                ("present", 0x7FE00010),
                ("present", 0x00409212),
                ("not", ("present", 0x00409213)),
            ),
        ),
    ] = None
    """Real World Value Last Value Mapped (0040,9211): Type 1C, VR US or SS, VM 1. Required if Pixel Data (7FE0,0010) or Real World Value LUT Data (0040,9212) is present or Double Float Real World Value Last Value Mapped (0040,9213) is absent. Specifies the last stored value mapped for the Real Word Value Intercept (0040,9224) and Real World Value Slope (0040,9225) or Real World Value LUT Data (0040,9212) of this Item."""

    DoubleFloatRealWorldValueFirstValueMapped: Annotated[
        vr.FD | None,
        Attribute(
            0x00409214,
            "FD",
            "1",
            "1C",
            name="Double Float Real World Value First Value Mapped",
            when=("not", ("present", 0x00409216)),
        ),
    ] = None
    """Double Float Real World Value First Value Mapped (0040,9214): Type 1C, VR FD, VM 1. Required if Real World Value First Value Mapped (0040,9216) is absent. Specifies the first stored value mapped for the Real Word Value Intercept (0040,9224) and Real World Value Slope (0040,9225) of this Item. Required if Real World Value First Value Mapped (0040,9216) is absent."""

    DoubleFloatRealWorldValueLastValueMapped: Annotated[
        vr.FD | None,
        Attribute(
            0x00409213,
            "FD",
            "1",
            "1C",
            name="Double Float Real World Value Last Value Mapped",
            when=("not", ("present", 0x00409211)),
        ),
    ] = None
    """Double Float Real World Value Last Value Mapped (0040,9213): Type 1C, VR FD, VM 1. Required if Real World Value Last Value Mapped (0040,9211) is absent. Specifies the last stored value mapped for the Real Word Value Intercept (0040,9224) and Real World Value Slope (0040,9225) of this Item. Required if Real World Value Last Value Mapped (0040,9211) is absent."""

    RealWorldValueIntercept: Annotated[
        vr.FD | None,
        Attribute(
            0x00409224,
            "FD",
            "1",
            "1C",
            name="Real World Value Intercept",
            when=(
                "or",
                ("present", 0x7FE00008),
                ("present", 0x7FE00009),
                ("not", ("present", 0x00409212)),
            ),
        ),
    ] = None
    """Real World Value Intercept (0040,9224): Type 1C, VR FD, VM 1. Required if Float Pixel Data (7FE0,0008) or Double Float Pixel Data (7FE0,0009) are present or Real World Value LUT Data (0040,9212) is not present. The Intercept value in relationship between stored values (SV) and the Real World values. See Section C.7.6.16.2.11.1.2 for further explanation."""

    RealWorldValueSlope: Annotated[
        vr.FD | None,
        Attribute(
            0x00409225,
            "FD",
            "1",
            "1C",
            name="Real World Value Slope",
            when=(
                "or",
                ("present", 0x7FE00008),
                ("present", 0x7FE00009),
                ("not", ("present", 0x00409212)),
            ),
        ),
    ] = None
    """Real World Value Slope (0040,9225): Type 1C, VR FD, VM 1. Required if Float Pixel Data (7FE0,0008) or Double Float Pixel Data (7FE0,0009) are present or Real World Value LUT Data (0040,9212) is not present. The Slope value in relationship between stored values (SV) and the Real World Values. See Section C.7.6.16.2.11.1.2 for further explanation."""

    RealWorldValueLUTData: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00409212,
            "FD",
            "1-n",
            "1C",
            name="Real World Value LUT Data",
            when=("not", ("present", 0x00409224)),
        ),
    ] = None
    """Real World Value LUT Data (0040,9212): Type 1C, VR FD, VM 1-n. Required if Real World Value Intercept (0040,9224) is not present. LUT Data in this Sequence. Required if Real World Value Intercept (0040,9224) is not present."""

    LUTExplanation: Annotated[vr.LO, Attribute(0x00283003, "LO", "1", "1", name="LUT Explanation")]
    """LUT Explanation (0028,3003): Type 1, VR LO, VM 1. Free form text explanation of the meaning of the transformation in this Item."""

    LUTLabel: Annotated[vr.SH, Attribute(0x00409210, "SH", "1", "1", name="LUT Label")]
    """LUT Label (0040,9210): Type 1, VR SH, VM 1. Label that is used to identify the transformation of this Item."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement. Only a single Item shall be included in this Sequence. See Section C.7.6.16.2.11.1 for further explanation."""

    QuantityDefinitionSequence: Annotated[
        list[_ProtocolContextSequenceItem] | None,
        Attribute(0x00409220, "SQ", "1", "3", name="Quantity Definition Sequence"),
    ] = None
    """Quantity Definition Sequence (0040,9220): Type 3, VR SQ, VM 1. A list of name-value pairs that describe the characteristics of the quantity represented by the Real World Value. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
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
    "QuantityDefinitionSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
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
