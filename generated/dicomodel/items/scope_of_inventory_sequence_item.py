"""Item class ScopeOfInventorySequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.query_retrieve_level import (
        QueryRetrieveLevelValue as _QueryRetrieveLevelValue,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _QueryRetrieveLevelValue = Lazy(
        "dicomodel.enums.query_retrieve_level", "QueryRetrieveLevelValue"
    )
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.query_retrieve_level import QueryRetrieveLevel as QueryRetrieveLevel
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as EmptyValueMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as GeneralMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as ListOfUIDMatchingSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RangeMatchingSequenceItem,
    )

__all__ = [
    "EmptyValueMatchingSequenceItem",
    "GeneralMatchingSequenceItem",
    "ListOfUIDMatchingSequenceItem",
    "QueryRetrieveLevel",
    "RangeMatchingSequenceItem",
    "ScopeOfInventorySequenceItem",
]


class ScopeOfInventorySequenceItem(DicomModel):
    """An item of Scope of Inventory Sequence (0008,0400), as first defined in Scope of Inventory Macro Attributes (C.38.2-1)."""

    dicom_name: ClassVar[str] = "Scope of Inventory Sequence"
    dicom_table: ClassVar[str] = "table_C.38.2-1"

    ExtendedMatchingMechanisms: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x0008040F,
            "CS",
            "1-n",
            "1C",
            name="Extended Matching Mechanisms",
            enumerated=(
                (
                    0,
                    (
                        "RELATIONAL",
                        "COMBINED_DT",
                        "FUZZY_SEMANTIC",
                        "TIMEZONE_ADJUST",
                        "EMPTY_VALUE",
                        "MULTIPLE_VALUE",
                    ),
                ),
            ),
            when=("unknown", "names no attribute: extended matching mechanisms were applied"),
        ),
    ] = None
    """Extended Matching Mechanisms (0008,040F): Type 1C, VR CS, VM 1-n. Required if extended matching mechanisms were applied. Extended Attribute matching mechanisms applied to the Key Attributes, equivalent to mechanisms accepted during Extended Negotiation of the Query/Retrieve Service Class as specified in Section C.5.1.1.2 in PS3.4. See Section C.38.2.1.1.1."""

    SpecificCharacterSet: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00080005,
            "CS",
            "1-n",
            "1C",
            name="Specific Character Set",
            when=(
                "unknown",
                "names no attribute: Attributes within the Sequence Item use an expanded or replacement character set",
            ),
        ),
    ] = None
    """Specific Character Set (0008,0005): Type 1C, VR CS, VM 1-n. Required if Attributes within the Sequence Item use an expanded or replacement character set. Expanded or replacement character sets used in the Key Attributes. See Section C.12.1.1.2. Required if Attributes within the Sequence Item use an expanded or replacement character set."""

    TimezoneOffsetFromUTC: Annotated[
        vr.SH | None,
        Attribute(
            0x00080201,
            "SH",
            "1",
            "1C",
            name="Timezone Offset from UTC",
            when=("value", 0x0008040F, 0, "in", ("TIMEZONE_ADJUST",)),
        ),
    ] = None
    """Timezone Offset from UTC (0008,0201): Type 1C, VR SH, VM 1. Required if Extended Matching Mechanisms (0008,040F) includes value TIMEZONE_ADJUST. Offset from UTC to the local timezone for all DA and TM Key Attributes. See Section C.12.1.1.8. Required if Extended Matching Mechanisms (0008,040F) includes value TIMEZONE_ADJUST."""

    QueryRetrieveLevel: Annotated[
        _QueryRetrieveLevelValue | None,
        Attribute(
            0x00080052,
            "CS",
            "1",
            "1C",
            name="Query/Retrieve Level",
            enumerated=((0, ("STUDY", "SERIES", "IMAGE")),),
            when=("value", 0x0008040F, 0, "in", ("RELATIONAL",)),
        ),
    ] = None
    """Query/Retrieve Level (0008,0052): Type 1C, VR CS, VM 1. Required if Extended Matching Mechanisms (0008,040F) includes value RELATIONAL. Matching level for Relational Matching mechanism. See Section C.38.2.1.1.2. Enumerated Values: STUDY Study level SERIES Series level IMAGE SOP Instance level Required if Extended Matching Mechanisms (0008,040F) includes value RELATIONAL."""

    RangeMatchingSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00080410,
            "SQ",
            "1",
            "1C",
            name="Range Matching Sequence",
            when=("unknown", "names no attribute: Range Matching is applied to any Key Attribute"),
        ),
    ] = None
    """Range Matching Sequence (0008,0410): Type 1C, VR SQ, VM 1. Required if Range Matching is applied to any Key Attribute. The beginning and end values for Range Matching of date and time Key Attributes. See Section C.38.2.1.1.3. Exactly two Items shall be included in this Sequence. Required if Range Matching is applied to any Key Attribute."""

    ListOfUIDMatchingSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00080411,
            "SQ",
            "1",
            "1C",
            name="List of UID Matching Sequence",
            when=(
                "unknown",
                "names no attribute: List of UID Matching is applied to any Key Attribute",
            ),
        ),
    ] = None
    """List of UID Matching Sequence (0008,0411): Type 1C, VR SQ, VM 1. Required if List of UID Matching is applied to any Key Attribute. Key Attribute values for List of UID Matching. See Section C.38.2.1.1.4. Required if List of UID Matching is applied to any Key Attribute. One or more Items shall be included in this Sequence."""

    EmptyValueMatchingSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00080412,
            "SQ",
            "1",
            "1C",
            name="Empty Value Matching Sequence",
            when=(
                "and",
                ("value", 0x0008040F, 0, "in", ("EMPTY_VALUE",)),
                (
                    "unknown",
                    "names no attribute: Empty Value Matching is applied to any Key Attribute",
                ),
            ),
        ),
    ] = None
    """Empty Value Matching Sequence (0008,0412): Type 1C, VR SQ, VM 1. Required if Extended Matching Mechanisms (0008,040F) includes value EMPTY_VALUE and Empty Value Matching is applied to any Key Attribute. Key Attributes for Empty Value Matching. See Section C.38.2.1.1.5. Required if Extended Matching Mechanisms (0008,040F) includes value EMPTY_VALUE and Empty Value Matching is applied to any Key Attribute."""

    GeneralMatchingSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(
            0x00080413,
            "SQ",
            "1",
            "1C",
            name="General Matching Sequence",
            when=(
                "unknown",
                "names no attribute: Single Value , Multiple Value , or Wild Card matching is applied to any Key Attribute",
            ),
        ),
    ] = None
    """General Matching Sequence (0008,0413): Type 1C, VR SQ, VM 1. Required if Single Value, Multiple Value, or Wild Card matching is applied to any Key Attribute. Key Attribute values for Single Value, Multiple Value, and Wild Card matching. See Section C.38.2.1.1.6. Required if Single Value, Multiple Value, or Wild Card matching is applied to any Key Attribute."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "EmptyValueMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "GeneralMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "ListOfUIDMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "QueryRetrieveLevel": ("dicomodel.enums.query_retrieve_level", "QueryRetrieveLevel"),
    "RangeMatchingSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
