"""Document Relationship Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.content_sequence_item import ContentSequenceItem as _ContentSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ContentSequenceItem = Lazy("dicomodel.items.content_sequence_item", "ContentSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.continuity_of_content import ContinuityOfContent as ContinuityOfContent
    from dicomodel.enums.graphic_type import GraphicType as GraphicType
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.relationship_type import RelationshipType as RelationshipType
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType
    from dicomodel.enums.value_type import ValueTypeDocumentContent as ValueType
    from dicomodel.items.cell_values_sequence_item_document_relationship import (
        CellValuesSequenceItemDocumentRelationship as CellValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_relationship import (
        CodeSequenceItemDocumentRelationship as ConceptNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_relationship2 import (
        CodeSequenceItemDocumentRelationship2 as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_relationship2 import (
        CodeSequenceItemDocumentRelationship2 as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_relationship3 import (
        CodeSequenceItemDocumentRelationship3 as ConceptCodeSequenceItem,
    )
    from dicomodel.items.content_sequence_item import ContentSequenceItem as ContentSequenceItem
    from dicomodel.items.content_template_sequence_item_document_relationship import (
        ContentTemplateSequenceItemDocumentRelationship as ContentTemplateSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item_document_relationship import (
        MeasuredValueSequenceItemDocumentRelationship as MeasuredValueSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_relationship import (
        SOPInstanceReferenceItemDocumentRelationship as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item_document_relationship import (
        TableColumnDefinitionSequenceItemDocumentRelationship as TableColumnDefinitionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item_document_relationship import (
        TableRowDefinitionSequenceItemDocumentRelationship as TableRowDefinitionSequenceItem,
    )
    from dicomodel.items.tabulated_values_sequence_item_document_relationship import (
        TabulatedValuesSequenceItemDocumentRelationship as TabulatedValuesSequenceItem,
    )

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "ContinuityOfContent",
    "DocumentRelationshipMacro",
    "GraphicType",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "PixelOriginInterpretation",
    "ReferencedSOPSequenceItem",
    "RelationshipType",
    "SelectorAttributeVR",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItem",
    "TemporalRangeType",
    "ValueType",
]


class DocumentRelationshipMacro(DicomModel):
    """Document Relationship Macro Attributes (PS3.3 Table C.17-6)."""

    dicom_name: ClassVar[str] = "Document Relationship"
    dicom_table: ClassVar[str] = "table_C.17-6"

    ObservationDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0040A032,
            "DT",
            "1",
            "1C",
            name="Observation DateTime",
            when=(
                "unknown",
                "condition not read: no verb after 'Observation DateTime (0040,A032) defined in higher' (in 'Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items')",
            ),
            otherwise="may",
        ),
    ] = None
    """Observation DateTime (0040,A032): Type 1C, VR DT, VM 1. Required if the date and time are different from Content Date (0008,0023) and Content Time (0008,0033) or Observation DateTime (0040,A032) defined in higher Items. May be present otherwise. The date and time on which this Content Item was completed. For the purpose of recording measurements or logging events, completion time is defined as the ending time of data acquisition of the measurement, or the ending time of occurrence..."""

    ObservationUID: Annotated[
        vr.UI | None, Attribute(0x0040A171, "UI", "1", "3", name="Observation UID")
    ] = None
    """Observation UID (0040,A171): Type 3, VR UI, VM 1. Unique identifier for the observation Content Item (and its subsidiary Content Items, if any). The UID represents the semantic content of the observation; an encoding of the same observation with the same context into another representation..."""

    ContentSequence: Annotated[
        list[_ContentSequenceItem] | None,
        Attribute(
            0x0040A730,
            "SQ",
            "1",
            "1C",
            name="Content Sequence",
            when=("unknown", "names no attribute: the enclosing Content Item has relationships"),
        ),
    ] = None
    """Content Sequence (0040,A730): Type 1C, VR SQ, VM 1. Required if the enclosing Content Item has relationships. A potentially recursively nested Sequence of Items that conveys content that is the Target of Relationships with the enclosing Source Content Item. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CellValuesSequenceItem": (
        "dicomodel.items.cell_values_sequence_item_document_relationship",
        "CellValuesSequenceItemDocumentRelationship",
    ),
    "ConceptCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_relationship3",
        "CodeSequenceItemDocumentRelationship3",
    ),
    "ConceptNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_relationship",
        "CodeSequenceItemDocumentRelationship",
    ),
    "ContentSequenceItem": ("dicomodel.items.content_sequence_item", "ContentSequenceItem"),
    "ContentTemplateSequenceItem": (
        "dicomodel.items.content_template_sequence_item_document_relationship",
        "ContentTemplateSequenceItemDocumentRelationship",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContinuityOfContent": ("dicomodel.enums.continuity_of_content", "ContinuityOfContent"),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicType"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredValueSequenceItem": (
        "dicomodel.items.measured_value_sequence_item_document_relationship",
        "MeasuredValueSequenceItemDocumentRelationship",
    ),
    "MeasurementUnitsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_relationship2",
        "CodeSequenceItemDocumentRelationship2",
    ),
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_relationship2",
        "CodeSequenceItemDocumentRelationship2",
    ),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item_document_relationship",
        "SOPInstanceReferenceItemDocumentRelationship",
    ),
    "RelationshipType": ("dicomodel.enums.relationship_type", "RelationshipType"),
    "SelectorAttributeVR": ("dicomodel.enums.selector_attribute_vr", "SelectorAttributeVR"),
    "TableColumnDefinitionSequenceItem": (
        "dicomodel.items.table_column_definition_sequence_item_document_relationship",
        "TableColumnDefinitionSequenceItemDocumentRelationship",
    ),
    "TableRowDefinitionSequenceItem": (
        "dicomodel.items.table_row_definition_sequence_item_document_relationship",
        "TableRowDefinitionSequenceItemDocumentRelationship",
    ),
    "TabulatedValuesSequenceItem": (
        "dicomodel.items.tabulated_values_sequence_item_document_relationship",
        "TabulatedValuesSequenceItemDocumentRelationship",
    ),
    "TemporalRangeType": ("dicomodel.enums.temporal_range_type", "TemporalRangeType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueTypeDocumentContent"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
