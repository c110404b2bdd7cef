"""Item class RequestAttributesItem.

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
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as _ScheduledProtocolCodeSequenceItem,
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
    _ScheduledProtocolCodeSequenceItem = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item", "ScheduledProtocolCodeSequenceItem"
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
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
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
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem,
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
    "ProtocolContextSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestAttributesItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class RequestAttributesItem(DicomModel):
    """An item of Request Attributes Sequence (0040,0275), as first defined in General Series Module Attributes (C.7-5a)."""

    dicom_name: ClassVar[str] = "Request Attributes Sequence"
    dicom_table: ClassVar[str] = "table_C.7-5a"

    RequestedProcedureID: Annotated[
        vr.SH | None,
        Attribute(
            0x00401001,
            "SH",
            "1",
            "1C",
            name="Requested Procedure ID",
            when=("unknown", "names no attribute: procedure was scheduled"),
            otherwise="may",
        ),
    ] = None
    """Requested Procedure ID (0040,1001): Type 1C, VR SH, VM 1. Required if procedure was scheduled. May be present otherwise. Identifier that identifies the Requested Procedure in the Imaging Service Request. Required if procedure was scheduled. May be present otherwise."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "3", name="Accession Number")
    ] = None
    """Accession Number (0008,0050): Type 3, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item is permitted in this Sequence."""

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", "3", name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): Type 3, VR UI, VM 1. The unique identifier for the Study provided for this Requested Procedure."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type 3, VR SQ, VM 1. Uniquely identifies the Studies associated with this SOP Instance. One or more Items are permitted in this Sequence. See Section 10.6.1."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", "3", name="Requested Procedure Description")
    ] = None
    """Requested Procedure Description (0032,1060): Type 3, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "3", name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): Type 3, VR SQ, VM 1. A Sequence that conveys the Procedure Type of the requested procedure. Only a single Item is permitted in this Sequence."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", "3", name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): Type 3, VR LO, VM 1. Reason for requesting this procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", "3", name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): Type 3, VR SQ, VM 1. Coded Reason for requesting this procedure. One or more Items are permitted in this Sequence."""

    ScheduledProcedureStepID: Annotated[
        vr.SH | None,
        Attribute(
            0x00400009,
            "SH",
            "1",
            "1C",
            name="Scheduled Procedure Step ID",
            when=("unknown", "names no attribute: procedure was scheduled"),
        ),
    ] = None
    """Scheduled Procedure Step ID (0040,0009): Type 1C, VR SH, VM 1. Required if procedure was scheduled. Identifier that identifies the Scheduled Procedure Step. Required if procedure was scheduled. The condition is to allow the contents of this Macro to be present (e.g., to convey the reason for the procedure, such as whether a mammogram is f..."""

    ScheduledProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400007, "LO", "1", "3", name="Scheduled Procedure Step Description"),
    ] = None
    """Scheduled Procedure Step Description (0040,0007): Type 3, VR LO, VM 1. Institution-generated description or classification of the Scheduled Procedure Step to be performed."""

    ScheduledProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400008, "SQ", "1", "3", name="Scheduled Protocol Code Sequence"),
    ] = None
    """Scheduled Protocol Code Sequence (0040,0008): Type 3, VR SQ, VM 1. Sequence describing the Scheduled Protocol following a specific coding scheme. One or more Items are permitted in this Sequence."""


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
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
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
