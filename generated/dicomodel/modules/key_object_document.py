"""Key Object Document Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as _ReferencedRequestItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _ReferencedRequestItem = Lazy(
        "dicomodel.items.referenced_request_item", "ReferencedRequestItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as CurrentRequestedProcedureEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as IdenticalDocumentsSequenceItem,
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
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_request_item import (
        ReferencedRequestItem as ReferencedRequestSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "CurrentRequestedProcedureEvidenceSequenceItem",
    "EquivalentCodeSequenceItem",
    "IdenticalDocumentsSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "KeyObjectDocumentModule",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedRequestSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "UniversalEntityIDType",
]


class KeyObjectDocumentModule(DicomModel):
    """Key Object Document Module Attributes (PS3.3 Table C.17.6-2)."""

    dicom_name: ClassVar[str] = "Key Object Document"
    dicom_table: ClassVar[str] = "table_C.17.6-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies the Document."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the document content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the document content creation started."""

    ReferencedRequestSequence: Annotated[
        list[_ReferencedRequestItem] | None,
        Attribute(
            0x0040A370,
            "SQ",
            "1",
            "1C",
            name="Referenced Request Sequence",
            when=(
                "unknown",
                "names no attribute: this Document pertains to at least one Requested Procedure",
            ),
        ),
    ] = None
    """Referenced Request Sequence (0040,A370): Type 1C, VR SQ, VM 1. Required if this Document pertains to at least one Requested Procedure. Identifies Requested Procedures to which this Document pertains. One or more Items shall be included in this Sequence. Required if this Document pertains to at least one Requested Procedure."""

    CurrentRequestedProcedureEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem],
        Attribute(0x0040A375, "SQ", "1", "1", name="Current Requested Procedure Evidence Sequence"),
    ]
    """Current Requested Procedure Evidence Sequence (0040,A375): Type 1, VR SQ, VM 1. List of all Composite SOP Instances referenced in the Content Sequence (0040,A730). The current evidence is considered to be only the set of Instances referenced within the Key Object Selection."""

    IdenticalDocumentsSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x0040A525,
            "SQ",
            "1",
            "1C",
            name="Identical Documents Sequence",
            when=(
                "unknown",
                "names no attribute: this Key Object Selection document references Instances in more than one Study",
            ),
        ),
    ] = None
    """Identical Documents Sequence (0040,A525): Type 1C, VR SQ, VM 1. Required if this Key Object Selection document references Instances in more than one Study. Duplicates of this document, stored with different SOP Instance UIDs. One or more Items shall be included in this Sequence. Required if this Key Object Selection document references Instances in more than one Study."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "CurrentRequestedProcedureEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IdenticalDocumentsSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedRequestSequenceItem": (
        "dicomodel.items.referenced_request_item",
        "ReferencedRequestItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "UniversalEntityIDType": ("dicomodel.enums.universal_entity_id_type", "UniversalEntityIDType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
