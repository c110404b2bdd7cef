"""Protocol Context Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.custodial_organization_sequence_item_protocol_context import (
        CustodialOrganizationSequenceItemProtocolContext as _CustodialOrganizationSequenceItemProtocolContext,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _CustodialOrganizationSequenceItemProtocolContext = Lazy(
        "dicomodel.items.custodial_organization_sequence_item_protocol_context",
        "CustodialOrganizationSequenceItemProtocolContext",
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContraindicationsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialReasonsForProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PotentialScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ResponsibleGroupCodeSequenceItem,
    )
    from dicomodel.items.custodial_organization_sequence_item_protocol_context import (
        CustodialOrganizationSequenceItemProtocolContext as CustodialOrganizationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PredecessorProtocolSequenceItem,
    )

__all__ = [
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "ContraindicationsCodeSequenceItem",
    "CustodialOrganizationSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PotentialReasonsForProcedureCodeSequenceItem",
    "PotentialRequestedProcedureCodeSequenceItem",
    "PotentialScheduledProtocolCodeSequenceItem",
    "PredecessorProtocolSequenceItem",
    "ProtocolContextModule",
    "ResponsibleGroupCodeSequenceItem",
]


class ProtocolContextModule(DicomModel):
    """Protocol Context Module Attributes (PS3.3 Table C.34.2-1)."""

    dicom_name: ClassVar[str] = "Protocol Context"
    dicom_table: ClassVar[str] = "table_C.34.2-1"

    CustodialOrganizationSequence: Annotated[
        list[_CustodialOrganizationSequenceItemProtocolContext] | None,
        Attribute(0x0040A07C, "SQ", "1", "3", name="Custodial Organization Sequence"),
    ] = None
    """Custodial Organization Sequence (0040,A07C): Type 3, VR SQ, VM 1. Custodial organization for this Protocol Instance. Represents the organization that is currently in charge of maintaining this protocol Instance."""

    ResponsibleGroupCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080220, "SQ", "1", "2", name="Responsible Group Code Sequence"),
    ]
    """Responsible Group Code Sequence (0008,0220): Type 2, VR SQ, VM 1. The department, unit or service that is responsible for the management of this Protocol. See Section C.34.2.3. Zero or more Items shall be included in this Sequence."""

    ProtocolName: Annotated[vr.LO, Attribute(0x00181030, "LO", "1", "1", name="Protocol Name")]
    """Protocol Name (0018,1030): Type 1, VR LO, VM 1. Name for this Protocol."""

    PotentialScheduledProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189906, "SQ", "1", "3", name="Potential Scheduled Protocol Code Sequence"),
    ] = None
    """Potential Scheduled Protocol Code Sequence (0018,9906): Type 3, VR SQ, VM 1. A list of Protocol Codes for which this Protocol may be considered a match. One or more Items are permitted in this Sequence."""

    PotentialRequestedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189907, "SQ", "1", "3", name="Potential Requested Procedure Code Sequence"),
    ] = None
    """Potential Requested Procedure Code Sequence (0018,9907): Type 3, VR SQ, VM 1. A list of Procedure Codes for which this Protocol may be considered a match. One or more Items are permitted in this Sequence."""

    PotentialReasonsForProcedure: Annotated[
        list[vr.UC] | None,
        Attribute(0x00189908, "UC", "1-n", "3", name="Potential Reasons for Procedure"),
    ] = None
    """Potential Reasons for Procedure (0018,9908): Type 3, VR UC, VM 1-n. List of reasons deemed appropriate by the Protocol author for a procedure using this Protocol Each reason shall be encoded in a separate value of this multi-value Attribute."""

    PotentialReasonsForProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189909, "SQ", "1", "3", name="Potential Reasons for Procedure Code Sequence"),
    ] = None
    """Potential Reasons for Procedure Code Sequence (0018,9909): Type 3, VR SQ, VM 1. List of reasons deemed appropriate by the Protocol author for a procedure using this Protocol. One or more Items are permitted in this Sequence."""

    PotentialDiagnosticTasks: Annotated[
        list[vr.UC] | None,
        Attribute(0x0018990A, "UC", "1-n", "3", name="Potential Diagnostic Tasks"),
    ] = None
    """Potential Diagnostic Tasks (0018,990A): Type 3, VR UC, VM 1-n. List of diagnostic tasks deemed appropriate by the Protocol author for a procedure using this Protocol. E.g., detect collections of blood, identify brain masses."""

    ContraindicationsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0018990B, "SQ", "1", "3", name="Contraindications Code Sequence"),
    ] = None
    """Contraindications Code Sequence (0018,990B): Type 3, VR SQ, VM 1. List of reasons for which the authors of the Protocol deemed it contraindicated. Constraints on values of patient demographic Attributes such as sex, age or weight are addressed separately in the Patient Specification Module."""

    PredecessorProtocolSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x0018990E, "SQ", "1", "3", name="Predecessor Protocol Sequence"),
    ] = None
    """Predecessor Protocol Sequence (0018,990E): Type 3, VR SQ, VM 1. Defined or Performed Procedure Protocol Instances from which this Defined Procedure Protocol was derived. See Section C.34.2.1."""

    ContentCreatorName: Annotated[
        vr.PN, Attribute(0x00700084, "PN", "1", "1", name="Content Creator's Name")
    ]
    """Content Creator's Name (0070,0084): Type 1, VR PN, VM 1. Name of the most recent person (such as a technologist or physician) to significantly modify the content of this SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the most recent person to significantly modify the content of this SOP Instance. Only a single Item is permitted in this Sequence."""

    ProtocolDesignRationale: Annotated[
        vr.UT | None, Attribute(0x00189910, "UT", "1", "3", name="Protocol Design Rationale")
    ] = None
    """Protocol Design Rationale (0018,9910): Type 3, VR UT, VM 1. Explanation of the rationale behind the selected parameter values or changes to them."""

    ProtocolPlanningInformation: Annotated[
        vr.UT | None, Attribute(0x0018990F, "UT", "1", "3", name="Protocol Planning Information")
    ] = None
    """Protocol Planning Information (0018,990F): Type 3, VR UT, VM 1. Description of details and activities related to planning the execution of this Protocol. See Section C.34.2.2."""

    InstanceCreationDate: Annotated[
        vr.DA, Attribute(0x00080012, "DA", "1", "1", name="Instance Creation Date")
    ]
    """Instance Creation Date (0008,0012): Type 1, VR DA, VM 1. Date the Protocol SOP Instance was created."""

    InstanceCreationTime: Annotated[
        vr.TM, Attribute(0x00080013, "TM", "1", "1", name="Instance Creation Time")
    ]
    """Instance Creation Time (0008,0013): Type 1, VR TM, VM 1. Time the Protocol SOP Instance was created."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContraindicationsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CustodialOrganizationSequenceItem": (
        "dicomodel.items.custodial_organization_sequence_item_protocol_context",
        "CustodialOrganizationSequenceItemProtocolContext",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PotentialReasonsForProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PotentialRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PotentialScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PredecessorProtocolSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ResponsibleGroupCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
