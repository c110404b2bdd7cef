"""Item class ReferencedRequestSequenceItem.

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
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
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
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as RequestingServiceCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedRequestSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "UniversalEntityIDType",
]


class ReferencedRequestSequenceItem(DicomModel):
    """An item of Referenced Request Sequence (0040,A370), as first defined in Unified Procedure Step Relationship Module Attributes (C.30.4-1)."""

    dicom_name: ClassVar[str] = "Referenced Request Sequence"
    dicom_table: ClassVar[str] = "table_C.30.4-1"

    StudyInstanceUID: Annotated[
        vr.UI | None, Attribute(0x0020000D, "UI", "1", None, name="Study Instance UID")
    ] = None
    """Study Instance UID (0020,000D): no Type, VR UI, VM 1. Unique identifier for the Study."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", None, name="Accession Number")
    ] = None
    """Accession Number (0008,0050): no Type, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", None, name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    RequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321064, "SQ", "1", None, name="Requested Procedure Code Sequence"),
    ] = None
    """Requested Procedure Code Sequence (0032,1064): no Type, VR SQ, VM 1. Procedure Type of the Requested Procedure. Zero or one Item shall be included in this Sequence."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(
            0x00402016, "LO", "1", None, name="Placer Order Number / Imaging Service Request"
        ),
    ] = None
    """Placer Order Number / Imaging Service Request (0040,2016): no Type, VR LO, VM 1. The order number assigned to the Service Request by the party placing the order."""

    OrderPlacerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400026, "SQ", "1", None, name="Order Placer Identifier Sequence"),
    ] = None
    """Order Placer Identifier Sequence (0040,0026): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Placer Order Number. Only a single Item shall be included in this Sequence."""

    FillerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(
            0x00402017, "LO", "1", None, name="Filler Order Number / Imaging Service Request"
        ),
    ] = None
    """Filler Order Number / Imaging Service Request (0040,2017): no Type, VR LO, VM 1. The order number assigned to the Service Request by the party filling the order."""

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
    """Requested Procedure Description (0032,1060): no Type, VR LO, VM 1. Institution-generated description or classification of the Requested Procedure."""

    ReasonForTheRequestedProcedure: Annotated[
        vr.LO | None,
        Attribute(0x00401002, "LO", "1", None, name="Reason for the Requested Procedure"),
    ] = None
    """Reason for the Requested Procedure (0040,1002): no Type, VR LO, VM 1. Reason for requesting this procedure."""

    ReasonForRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040100A, "SQ", "1", None, name="Reason for Requested Procedure Code Sequence"),
    ] = None
    """Reason for Requested Procedure Code Sequence (0040,100A): no Type, VR SQ, VM 1. Coded reason for requesting this procedure. Zero or more Items shall be included in the Sequence."""

    RequestedProcedureComments: Annotated[
        vr.LT | None, Attribute(0x00401400, "LT", "1", None, name="Requested Procedure Comments")
    ] = None
    """Requested Procedure Comments (0040,1400): no Type, VR LT, VM 1. User-defined comments on the Requested Procedure."""

    ConfidentialityCode: Annotated[
        vr.LO | None, Attribute(0x00401008, "LO", "1", None, name="Confidentiality Code")
    ] = None
    """Confidentiality Code (0040,1008): no Type, VR LO, VM 1. Confidentiality Constraints on the Requested Procedure by the party filling the order."""

    NamesOfIntendedRecipientsOfResults: Annotated[
        list[vr.PN] | None,
        Attribute(0x00401010, "PN", "1-n", None, name="Names of Intended Recipients of Results"),
    ] = None
    """Names of Intended Recipients of Results (0040,1010): no Type, VR PN, VM 1-n. Names of the physicians, who are intended recipients of results."""

    ImagingServiceRequestComments: Annotated[
        vr.LT | None,
        Attribute(0x00402400, "LT", "1", None, name="Imaging Service Request Comments"),
    ] = None
    """Imaging Service Request Comments (0040,2400): no Type, VR LT, VM 1. User-defined comments on the Service Request."""

    RequestingPhysician: Annotated[
        vr.PN | None, Attribute(0x00321032, "PN", "1", None, name="Requesting Physician")
    ] = None
    """Requesting Physician (0032,1032): no Type, VR PN, VM 1. Physician who requested the Service Request."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", None, name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): no Type, VR LO, VM 1. Institutional department, unit or service where the request initiated."""

    RequestingServiceCodeSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", None, name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): no Type, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Equivalent to HL7 v2.x ORC-17. See Note 1. Only a single Item shall be included in this Sequence."""

    IssueDateOfImagingServiceRequest: Annotated[
        vr.DA | None,
        Attribute(0x00402004, "DA", "1", None, name="Issue Date of Imaging Service Request"),
    ] = None
    """Issue Date of Imaging Service Request (0040,2004): no Type, VR DA, VM 1. Date on which the Service Request was issued by the requester."""

    IssueTimeOfImagingServiceRequest: Annotated[
        vr.TM | None,
        Attribute(0x00402005, "TM", "1", None, name="Issue Time of Imaging Service Request"),
    ] = None
    """Issue Time of Imaging Service Request (0040,2005): no Type, VR TM, VM 1. Time at which the Service Request was issued by the requester."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): no Type, VR PN, VM 1. The physician who referred the Patient to the physician or service issuing the Service Request. This is generally the recipient of any report generated by the Service Request."""


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
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RequestingServiceCodeSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
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
