"""Item class ScheduledStepAttributesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as _ScheduledProtocolCodeSequenceItemScheduledProcedureStep,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScheduledProtocolCodeSequenceItemScheduledProcedureStep = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step import (
        ProtocolContextSequenceItemScheduledProcedureStep as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step import (
        ScheduledProtocolCodeSequenceItemScheduledProcedureStep as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "ProtocolContextSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "ScheduledStepAttributesSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class ScheduledStepAttributesSequenceItem(DicomModel):
    """An item of Scheduled Step Attributes Sequence (0040,0270), as first defined in Performed Procedure Step Relationship Module Attributes (C.4-13)."""

    dicom_name: ClassVar[str] = "Scheduled Step Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.4-13"

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique identifier for the Study."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", None, name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): no Type, VR SQ, VM 1. Uniquely identifies the Study associated with this Scheduled Procedure Step. Only a single Item shall be included in this Sequence. See Section 10.6.1."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", None, name="Accession Number")
    ] = None
    """Accession Number (0008,0050): no Type, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", None, name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", None, name="Placer Order Number/Imaging Service Request"),
    ] = None
    """Placer Order Number/Imaging Service Request (0040,2016): no Type, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400026, "SQ", "1", None, name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item shall be included in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", None, name="Filler Order Number/Imaging Service Request"),
    ] = None
    """Filler Order Number/Imaging Service Request (0040,2017): no Type, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400027, "SQ", "1", None, name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item shall be included in this Sequence."""

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", None, name="Requested Procedure ID")
    ] = None
    """Requested Procedure ID (0040,1001): no Type, VR SH, VM 1. Identifier of the related Requested Procedure."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", None, name="Requested Procedure Description")
    ] = None
    """Requested Procedure Description (0032,1060): no Type, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", None, name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): no Type, VR SQ, VM 1. A Sequence that conveys the Procedure Type of the requested procedure. Only a single Item shall be included in this Sequence."""

    ScheduledProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400009, "SH", "1", None, name="Scheduled Procedure Step ID")
    ] = None
    """Scheduled Procedure Step ID (0040,0009): no Type, VR SH, VM 1. Identifier of the related Scheduled Procedure Step."""

    ScheduledProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400007, "LO", "1", None, name="Scheduled Procedure Step Description"),
    ] = None
    """Scheduled Procedure Step Description (0040,0007): no Type, VR LO, VM 1. Institution-generated description or classification of the Scheduled Procedure Step to be performed."""

    ScheduledProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItemScheduledProcedureStep] | None,
        Attribute(0x00400008, "SQ", "1", None, name="Scheduled Protocol Code Sequence"),
    ] = None
    """Scheduled Protocol Code Sequence (0040,0008): no Type, VR SQ, VM 1. Sequence describing the Scheduled Protocol following a specific coding scheme. One or more Items shall be included in this Sequence."""


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
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item_scheduled_procedure_step",
        "ProtocolContextSequenceItemScheduledProcedureStep",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item_scheduled_procedure_step",
        "ScheduledProtocolCodeSequenceItemScheduledProcedureStep",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
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
