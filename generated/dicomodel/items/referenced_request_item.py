"""Item class ReferencedRequestItem.

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

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
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
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedRequestItem",
    "ReferencedStudySequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "UniversalEntityIDType",
]


class ReferencedRequestItem(DicomModel):
    """An item of Referenced Request Sequence (0040,A370), as first defined in SR Document General Module Attributes (C.17-2)."""

    dicom_name: ClassVar[str] = "Referenced Request Sequence"
    dicom_table: ClassVar[str] = "table_C.17-2"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "2", name="Referenced Study Sequence"),
    ]
    """Referenced Study Sequence (0008,1110): Type 2, VR SQ, VM 1. Uniquely identifies the Study. Zero or one Item shall be included in this Sequence. See Section 10.6.1."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "2", name="Accession Number")
    ]
    """Accession Number (0008,0050): Type 2, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item is permitted in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402016, "LO", "1", "2", name="Placer Order Number / Imaging Service Request"),
    ]
    """Placer Order Number / Imaging Service Request (0040,2016): Type 2, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400026, "SQ", "1", "3", name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item is permitted in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(0x00402017, "LO", "1", "2", name="Filler Order Number / Imaging Service Request"),
    ]
    """Filler Order Number / Imaging Service Request (0040,2017): Type 2, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400027, "SQ", "1", "3", name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item is permitted in this Sequence."""

    RequestedProcedureID: Annotated[
        vr.SH | None, Attribute(0x00401001, "SH", "1", "2", name="Requested Procedure ID")
    ]
    """Requested Procedure ID (0040,1001): Type 2, VR SH, VM 1. Identifier of the related Requested Procedure."""

    RequestedProcedureDescription: Annotated[
        vr.LO | None, Attribute(0x00321060, "LO", "1", "2", name="Requested Procedure Description")
    ]
    """Requested Procedure Description (0032,1060): Type 2, VR LO, VM 1. Institution-generated administrative description or classification of Requested Procedure."""

    RequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", "2", name="Requested Procedure Code Sequence"),
    ]
    """Requested Procedure Code Sequence (0032,1064): Type 2, VR SQ, VM 1. A Sequence that conveys the requested procedure. Zero or one Item shall be included in this Sequence."""

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


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "OrderFillerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "OrderPlacerIdentifierSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
