"""Item class ProtocolContextSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.value_type import ValueTypeValue as _ValueTypeValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as _ReferencedSOPSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _ReferencedSOPSequenceItem = Lazy(
        "dicomodel.items.referenced_sop_sequence_item", "ReferencedSOPSequenceItem"
    )
    _ValueTypeValue = Lazy("dicomodel.enums.value_type", "ValueTypeValue")

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
    "ProtocolContextSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class ProtocolContextSequenceItem(DicomModel):
    """An item of Protocol Context Sequence (0040,0440), as first defined in Request Attributes Macro Attributes (10-9)."""

    dicom_name: ClassVar[str] = "Protocol Context Sequence"
    dicom_table: ClassVar[str] = "table_10-9"

    ValueType: Annotated[
        _ValueTypeValue,
        Attribute(
            0x0040A040,
            "CS",
            "1",
            "1",
            name="Value Type",
            enumerated=(
                (
                    0,
                    (
                        "DATE",
                        "TIME",
                        "DATETIME",
                        "PNAME",
                        "UIDREF",
                        "TEXT",
                        "CODE",
                        "NUMERIC",
                        "COMPOSITE",
                        "IMAGE",
                        "WAVEFORM",
                    ),
                ),
            ),
        ),
    ]
    """Value Type (0040,A040): Type 1, VR CS, VM 1. The type of the value encoded in this name-value Item. Enumerated Values: DATE TIME DATETIME PNAME UIDREF TEXT CODE NUMERIC COMPOSITE IMAGE WAVEFORM"""

    ObservationDateTime: Annotated[
        vr.DT | None, Attribute(0x0040A032, "DT", "1", "3", name="Observation DateTime")
    ] = None
    """Observation DateTime (0040,A032): Type 3, VR DT, VM 1. The date and time on which this Item was completed. For the purpose of recording measurements or logging events, completion time is defined as the ending time of data acquisition of the measurement, or the ending time of occurrence of the e..."""

    ObservationStartDateTime: Annotated[
        vr.DT | None, Attribute(0x0040A033, "DT", "1", "3", name="Observation Start DateTime")
    ] = None
    """Observation Start DateTime (0040,A033): Type 3, VR DT, VM 1. The date and time on which this Item was started. For the purpose of recording measurements or logging events, start time is defined as the ending time of data acquisition of the measurement, or the start time of occurrence of the event."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. Coded concept name of this name-value Item. Only a single Item shall be included in this Sequence."""

    DateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0040A120,
            "DT",
            "1",
            "1C",
            name="DateTime",
            when=("value", 0x0040A040, 0, "in", ("DATETIME",)),
        ),
    ] = None
    """DateTime (0040,A120): Type 1C, VR DT, VM 1. Required if Value Type (0040,A040) is DATETIME. DateTime value for this name-value Item. Required if Value Type (0040,A040) is DATETIME."""

    Date: Annotated[
        vr.DA | None,
        Attribute(
            0x0040A121, "DA", "1", "1C", name="Date", when=("value", 0x0040A040, 0, "in", ("DATE",))
        ),
    ] = None
    """Date (0040,A121): Type 1C, VR DA, VM 1. Required if Value Type (0040,A040) is DATE. Date value for this name-value Item. Required if Value Type (0040,A040) is DATE."""

    Time: Annotated[
        vr.TM | None,
        Attribute(
            0x0040A122, "TM", "1", "1C", name="Time", when=("value", 0x0040A040, 0, "in", ("TIME",))
        ),
    ] = None
    """Time (0040,A122): Type 1C, VR TM, VM 1. Required if Value Type (0040,A040) is TIME. Time value for this name-value Item. Required if Value Type (0040,A040) is TIME."""

    PersonName: Annotated[
        vr.PN | None,
        Attribute(
            0x0040A123,
            "PN",
            "1",
            "1C",
            name="Person Name",
            when=("value", 0x0040A040, 0, "in", ("PNAME",)),
        ),
    ] = None
    """Person Name (0040,A123): Type 1C, VR PN, VM 1. Required if Value Type (0040,A040) is PNAME. Person name value for this name-value Item. Required if Value Type (0040,A040) is PNAME."""

    UID: Annotated[
        vr.UI | None,
        Attribute(
            0x0040A124,
            "UI",
            "1",
            "1C",
            name="UID",
            when=("value", 0x0040A040, 0, "in", ("UIDREF",)),
        ),
    ] = None
    """UID (0040,A124): Type 1C, VR UI, VM 1. Required if Value Type (0040,A040) is UIDREF. UID value for this name-value Item. Required if Value Type (0040,A040) is UIDREF."""

    TextValue: Annotated[
        vr.UT | None,
        Attribute(
            0x0040A160,
            "UT",
            "1",
            "1C",
            name="Text Value",
            when=("value", 0x0040A040, 0, "in", ("TEXT",)),
        ),
    ] = None
    """Text Value (0040,A160): Type 1C, VR UT, VM 1. Required if Value Type (0040,A040) is TEXT. Text value for this name-value Item. Required if Value Type (0040,A040) is TEXT."""

    ConceptCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A168,
            "SQ",
            "1",
            "1C",
            name="Concept Code Sequence",
            when=("value", 0x0040A040, 0, "in", ("CODE",)),
        ),
    ] = None
    """Concept Code Sequence (0040,A168): Type 1C, VR SQ, VM 1. Required if Value Type (0040,A040) is CODE. Coded concept value of this name-value Item. Only a single Item shall be included in this Sequence. Required if Value Type (0040,A040) is CODE."""

    NumericValue: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0040A30A,
            "DS",
            "1-n",
            "1C",
            name="Numeric Value",
            when=("value", 0x0040A040, 0, "in", ("NUMERIC",)),
        ),
    ] = None
    """Numeric Value (0040,A30A): Type 1C, VR DS, VM 1-n. Required if Value Type (0040,A040) is NUMERIC. Numeric value for this name-value Item. Only a single value shall be present. Required if Value Type (0040,A040) is NUMERIC."""

    FloatingPointValue: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x0040A161,
            "FD",
            "1-n",
            "1C",
            name="Floating Point Value",
            when=("unknown", "depends on the precision of the value"),
            otherwise="may",
        ),
    ] = None
    """Floating Point Value (0040,A161): Type 1C, VR FD, VM 1-n. Required if Numeric Value (0040,A30A) has insufficient precision to represent the value as a string. May be present otherwise. The floating point representation of Numeric Value (0040,A30A). The same number of values as Numeric Value (0040,A30A) shall be present. Required if Numeric Value (0040,A30A) has insufficient precision to represent the value as a string."""

    RationalNumeratorValue: Annotated[
        list[vr.SL] | None,
        Attribute(
            0x0040A162,
            "SL",
            "1-n",
            "1C",
            name="Rational Numerator Value",
            when=("unknown", "depends on the precision of the value"),
            otherwise="may",
        ),
    ] = None
    """Rational Numerator Value (0040,A162): Type 1C, VR SL, VM 1-n. Required if Numeric Value (0040,A30A) has insufficient precision to represent a rational value as a string. May be present otherwise. The integer numerator of a rational representation of Numeric Value (0040,A30A), encoded as a signed integer value. The same number of values as Numeric Value (0040,A30A) shall be present."""

    RationalDenominatorValue: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040A163,
            "UL",
            "1-n",
            "1C",
            name="Rational Denominator Value",
            when=("present", 0x0040A162),
        ),
    ] = None
    """Rational Denominator Value (0040,A163): Type 1C, VR UL, VM 1-n. Required if Rational Numerator Value (0040,A162) is present. The integer denominator of a rational representation of Numeric Value (0040,A30A), encoded as a non-zero unsigned integer value. The same number of values as Numeric Value (0040,A30A) shall be present."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x004008EA,
            "SQ",
            "1",
            "1C",
            name="Measurement Units Code Sequence",
            when=("value", 0x0040A040, 0, "in", ("NUMERIC",)),
        ),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 1C, VR SQ, VM 1. Required if Value Type (0040,A040) is NUMERIC. Units of measurement for a numeric value in this name-value Item. Only a single Item shall be included in this Sequence. Required if Value Type (0040,A040) is NUMERIC."""

    ReferencedSOPSequence: Annotated[
        list[_ReferencedSOPSequenceItem] | None,
        Attribute(
            0x00081199,
            "SQ",
            "1",
            "1C",
            name="Referenced SOP Sequence",
            when=("value", 0x0040A040, 0, "in", ("COMPOSITE", "IMAGE", "WAVEFORM")),
        ),
    ] = None
    """Referenced SOP Sequence (0008,1199): Type 1C, VR SQ, VM 1. Required if Value Type (0040,A040) is COMPOSITE or IMAGE or WAVEFORM. Composite SOP Instance Reference value for this name-value Item. Only a single Item shall be included in this Sequence. Required if Value Type (0040,A040) is COMPOSITE or IMAGE or WAVEFORM."""

    ContentItemModifierSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x00400441, "SQ", "1", "3", name="Content Item Modifier Sequence"),
    ] = None
    """Content Item Modifier Sequence (0040,0441): Type 3, VR SQ, VM 1. Sequence that specifies modifiers for a Protocol Context Content Item. One or more Items are permitted in this Sequence. See Section C.4.10.1."""


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
