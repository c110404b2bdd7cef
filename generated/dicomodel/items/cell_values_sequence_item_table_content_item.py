"""Item class CellValuesSequenceItemTableContentItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.selector_attribute_vr import (
        SelectorAttributeVRValue as _SelectorAttributeVRValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SelectorAttributeVRValue = Lazy(
        "dicomodel.enums.selector_attribute_vr", "SelectorAttributeVRValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CellValuesSequenceItemTableContentItem",
    "ConceptCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
]


class CellValuesSequenceItemTableContentItem(DicomModel):
    """An item of Cell Values Sequence (0040,A808), as first defined in Table Content Item Macro Attributes (C.18.10-1)."""

    dicom_name: ClassVar[str] = "Cell Values Sequence"
    dicom_table: ClassVar[str] = "table_C.18.10-1"

    TableRowNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0040A804,
            "UL",
            "1",
            "1C",
            name="Table Row Number",
            when=(
                "or",
                ("not", ("present", 0x0040A805)),
                ("unknown", "depends on how the table's cells are encoded"),
            ),
        ),
    ] = None
    """Table Row Number (0040,A804): Type 1C, VR UL, VM 1. Required if Table Column Number is absent, or all the rows for the column specified in Table Column Number are not encoded in a single Attribute (containing multiple values) in this Item (i.e., with a single VR). The row, numbered from 1, of the table. Required if Table Column Number is absent, or all the rows for the column specified in Table Column Number are not encoded in a single Attribute (containing multiple values) in this Item (i.e., with a..."""

    TableColumnNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0040A805,
            "UL",
            "1",
            "1C",
            name="Table Column Number",
            when=(
                "or",
                ("not", ("present", 0x0040A804)),
                ("unknown", "depends on how the table's cells are encoded"),
            ),
        ),
    ] = None
    """Table Column Number (0040,A805): Type 1C, VR UL, VM 1. Required if Table Row Number is absent, or all the columns for the row specified in Table Row Number are not encoded in a single Attribute (containing multiple values) in this Item (i.e., with a single VR). The column, numbered from 1, of the table. Required if Table Row Number is absent, or all the columns for the row specified in Table Row Number are not encoded in a single Attribute (containing multiple values) in this Item (i.e., with a si..."""

    ReferencedContentItemIdentifier: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040DB73,
            "UL",
            "1-n",
            "1C",
            name="Referenced Content Item Identifier",
            when=("not", ("present", 0x00720050)),
        ),
    ] = None
    """Referenced Content Item Identifier (0040,DB73): Type 1C, VR UL, VM 1-n. Required if Selector Attribute VR (0072,0050) is not present. An ordered set of one or more integers that uniquely identifies the Content Item that is the value for this cell. See Section C.18.10.1.3. Required if Selector Attribute VR (0072,0050) is not present."""

    SelectorAttributeVR: Annotated[
        _SelectorAttributeVRValue | None,
        Attribute(
            0x00720050,
            "CS",
            "1",
            "1C",
            name="Selector Attribute VR",
            enumerated=(
                (0, ("DS", "DT", "FD", "FL", "IS", "SL", "SQ", "SS", "SV", "UC", "UL", "US", "UV")),
            ),
            when=("not", ("present", 0x0040DB73)),
        ),
    ] = None
    """Selector Attribute VR (0072,0050): Type 1C, VR CS, VM 1. Required if Referenced Content Item Identifier (0040,DB73) is not present. Value Representation of the value(s) of the cell(s) in this Item. Required if Referenced Content Item Identifier (0040,DB73) is not present."""

    SelectorDSValue: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00720072,
            "DS",
            "1-n",
            "1C",
            name="Selector DS Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("DS",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector DS Value (0072,0072): Type 1C, VR DS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is DS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is DS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorDTValue: Annotated[
        list[vr.DT] | None,
        Attribute(
            0x00720063,
            "DT",
            "1-n",
            "1C",
            name="Selector DT Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("DT",))),
        ),
    ] = None
    """Selector DT Value (0072,0063): Type 1C, VR DT, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is DT. The DateTime value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is DT."""

    SelectorFDValue: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00720074,
            "FD",
            "1-n",
            "1C",
            name="Selector FD Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("FD",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector FD Value (0072,0074): Type 1C, VR FD, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is FD, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is FD, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorFLValue: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00720076,
            "FL",
            "1-n",
            "1C",
            name="Selector FL Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("FL",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector FL Value (0072,0076): Type 1C, VR FL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is FL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is FL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorISValue: Annotated[
        list[vr.IS] | None,
        Attribute(
            0x00720064,
            "IS",
            "1-n",
            "1C",
            name="Selector IS Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("IS",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector IS Value (0072,0064): Type 1C, VR IS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is IS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is IS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorSLValue: Annotated[
        list[vr.SL] | None,
        Attribute(
            0x0072007C,
            "SL",
            "1-n",
            "1C",
            name="Selector SL Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("SL",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector SL Value (0072,007C): Type 1C, VR SL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is SL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorSSValue: Annotated[
        list[vr.SS] | None,
        Attribute(
            0x0072007E,
            "SS",
            "1-n",
            "1C",
            name="Selector SS Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("SS",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector SS Value (0072,007E): Type 1C, VR SS, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is SS, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorSVValue: Annotated[
        list[vr.SV] | None,
        Attribute(
            0x00720082,
            "SV",
            "1-n",
            "1C",
            name="Selector SV Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("SV",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector SV Value (0072,0082): Type 1C, VR SV, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is SV, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is SV, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorUCValue: Annotated[
        list[vr.UC] | None,
        Attribute(
            0x0072006F,
            "UC",
            "1-n",
            "1C",
            name="Selector UC Value",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("UC",))),
        ),
    ] = None
    """Selector UC Value (0072,006F): Type 1C, VR UC, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is UC. The text value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is UC."""

    SelectorULValue: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x00720078,
            "UL",
            "1-n",
            "1C",
            name="Selector UL Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("UL",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector UL Value (0072,0078): Type 1C, VR UL, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is UL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is UL, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorUSValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0072007A,
            "US",
            "1-n",
            "1C",
            name="Selector US Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("US",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector US Value (0072,007A): Type 1C, VR US, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is US, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is US, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    SelectorUVValue: Annotated[
        list[vr.UV] | None,
        Attribute(
            0x00720083,
            "UV",
            "1-n",
            "1C",
            name="Selector UV Value",
            when=(
                "and",
                ("present", 0x00720050),
                ("value", 0x00720050, 0, "in", ("UV",)),
                ("not", ("present", 0x0040A301)),
            ),
        ),
    ] = None
    """Selector UV Value (0072,0083): Type 1C, VR UV, VM 1-n. Required if Selector Attribute VR (0072,0050) is present and the value is UV, and Numeric Value Qualifier Code Sequence (0040,A301) is not present. The numeric value(s) of the cell(s) in this Item. Required if Selector Attribute VR (0072,0050) is present and the value is UV, and Numeric Value Qualifier Code Sequence (0040,A301) is not present."""

    ConceptCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A168,
            "SQ",
            "1",
            "1C",
            name="Concept Code Sequence",
            when=("and", ("present", 0x00720050), ("value", 0x00720050, 0, "in", ("SQ",))),
        ),
    ] = None
    """Concept Code Sequence (0040,A168): Type 1C, VR SQ, VM 1. Required if Selector Attribute VR (0072,0050) is present and the value is SQ. The coded value(s) of the cell(s) in this Item. One or more Items shall be included in this Sequence. Required if Selector Attribute VR (0072,0050) is present and the value is SQ."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x004008EA,
            "SQ",
            "1",
            "1C",
            name="Measurement Units Code Sequence",
            when=(
                "unknown",
                "condition not read: no verb after 'Table Column Definition Sequence for this column' (in 'Required if this cell is a numeric value ( Selector Attribute VR is DS , FD , FL , IS , SL , SS , SV , UL , US or UV ) has a unit ( is not dimensionless ) , and the unit is not specified within the Table Row Definition Sequence for this row or Table Column Definition Sequence for this column')",
            ),
        ),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 1C, VR SQ, VM 1. Required if this cell is a numeric value (Selector Attribute VR is DS, FD, FL, IS, SL, SS, SV, UL, US or UV) has a unit (is not dimensionless), and the unit is not specified within the Table Row Definition Sequence for this row or Table Column Definition Sequence for this column. Units of measurement that apply to all the numeric value in this cell. Only a single Item shall be included in this Sequence."""

    NumericValueQualifierCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A301,
            "SQ",
            "1",
            "1C",
            name="Numeric Value Qualifier Code Sequence",
            when=("unknown", "depends on the values of the table's cells"),
        ),
    ] = None
    """Numeric Value Qualifier Code Sequence (0040,A301): Type 1C, VR SQ, VM 1. Required if this cell is a numeric value (Selector Attribute VR is DS, FD, FL, IS, SL, SS, SV, UL, US or UV), and the numeric value cannot be provided. The reason for the absence of the numeric value. Only a single Item is permitted in this Sequence. Required if this cell is a numeric value (Selector Attribute VR is DS, FD, FL, IS, SL, SS, SV, UL, US or UV), and the numeric value cannot be..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SelectorAttributeVR": ("dicomodel.enums.selector_attribute_vr", "SelectorAttributeVR"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
