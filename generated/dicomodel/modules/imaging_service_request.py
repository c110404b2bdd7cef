"""Imaging Service Request Module Attributes.

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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForVisitCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestingServiceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderFillerIdentifierSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as OrderPlacerIdentifierSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as RequestingPhysicianIdentificationSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImagingServiceRequestModule",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "MappingResourceTerm",
    "OrderFillerIdentifierSequenceItem",
    "OrderPlacerIdentifierSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReasonForVisitCodeSequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RequestingPhysicianIdentificationSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "UniversalEntityIDType",
]


class ImagingServiceRequestModule(DicomModel):
    """Imaging Service Request Module Attributes (PS3.3 Table C.4-12)."""

    dicom_name: ClassVar[str] = "Imaging Service Request"
    dicom_table: ClassVar[str] = "table_C.4-12"

    ImagingServiceRequestComments: Annotated[
        vr.LT | None,
        Attribute(0x00402400, "LT", "1", None, name="Imaging Service Request Comments"),
    ] = None
    """Imaging Service Request Comments (0040,2400): no Type, VR LT, VM 1. User-defined comments on the Imaging Service Request. This Attribute is intended to transmit non-structured information, which can be displayed to the operator of the equipment (e.g., Modality)."""

    RequestingPhysician: Annotated[
        vr.PN | None, Attribute(0x00321032, "PN", "1", None, name="Requesting Physician")
    ] = None
    """Requesting Physician (0032,1032): no Type, VR PN, VM 1. Name of the physician who requested the Imaging Service Request."""

    RequestingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00321031, "SQ", "1", None, name="Requesting Physician Identification Sequence"),
    ] = None
    """Requesting Physician Identification Sequence (0032,1031): no Type, VR SQ, VM 1. Identification of the physician who requested the Imaging Service Request. Only a single Item shall be included in this Sequence."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", None, name="Referring Physician's Name")
    ] = None
    """Referring Physician's Name (0008,0090): no Type, VR PN, VM 1. Name of the Patient's referring physician for this Imaging Service Request."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", None, name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): no Type, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item shall be included in this Sequence."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", None, name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): no Type, VR LO, VM 1. Institutional department, unit or service where the request initiated. See Note 3."""

    RequestingServiceCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", None, name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): no Type, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Equivalent to HL7 v2.x ORC-17. See Note 3. Only a single Item shall be included in this Sequence."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", None, name="Accession Number")
    ] = None
    """Accession Number (0008,0050): no Type, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", None, name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item shall be included in this Sequence."""

    IssueDateOfImagingServiceRequest: Annotated[
        vr.DA | None,
        Attribute(0x00402004, "DA", "1", None, name="Issue Date of Imaging Service Request"),
    ] = None
    """Issue Date of Imaging Service Request (0040,2004): no Type, VR DA, VM 1. Date on which the Imaging Service Request was issued by the requester."""

    IssueTimeOfImagingServiceRequest: Annotated[
        vr.TM | None,
        Attribute(0x00402005, "TM", "1", None, name="Issue Time of Imaging Service Request"),
    ] = None
    """Issue Time of Imaging Service Request (0040,2005): no Type, VR TM, VM 1. Time at which the Imaging Service Request was issued by the requester."""

    PlacerOrderNumberImagingServiceRequest: Annotated[
        vr.LO | None,
        Attribute(
            0x00402016, "LO", "1", None, name="Placer Order Number / Imaging Service Request"
        ),
    ] = None
    """Placer Order Number / Imaging Service Request (0040,2016): no Type, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party placing the order."""

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
    """Filler Order Number / Imaging Service Request (0040,2017): no Type, VR LO, VM 1. The order number assigned to the Imaging Service Request by the party filling the order."""

    OrderFillerIdentifierSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00400027, "SQ", "1", None, name="Order Filler Identifier Sequence"),
    ] = None
    """Order Filler Identifier Sequence (0040,0027): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Filler Order Number. Only a single Item shall be included in this Sequence."""

    OrderEnteredBy: Annotated[
        vr.PN | None, Attribute(0x00402008, "PN", "1", None, name="Order Entered By")
    ] = None
    """Order Entered By (0040,2008): no Type, VR PN, VM 1. The person who entered the Imaging Service Request into an Information System. This Attribute may be treated as equivalent to HL7v2 field ORC-10."""

    OrderEntererLocation: Annotated[
        vr.SH | None, Attribute(0x00402009, "SH", "1", None, name="Order Enterer's Location")
    ] = None
    """Order Enterer's Location (0040,2009): no Type, VR SH, VM 1. The location at which the Imaging Service Request was entered. This Attribute may be treated as equivalent to HL7v2 field ORC-13."""

    OrderCallbackPhoneNumber: Annotated[
        vr.SH | None, Attribute(0x00402010, "SH", "1", None, name="Order Callback Phone Number")
    ] = None
    """Order Callback Phone Number (0040,2010): no Type, VR SH, VM 1. Telephone Number at which additional information can be retrieved."""

    OrderCallbackTelecomInformation: Annotated[
        vr.LT | None,
        Attribute(0x00402011, "LT", "1", None, name="Order Callback Telecom Information"),
    ] = None
    """Order Callback Telecom Information (0040,2011): no Type, VR LT, VM 1. The telecommunication contact information, including telephone, email, or other telecom addresses, at which additional information about the order can be retrieved."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", None, name="Admission ID")
    ] = None
    """Admission ID (0038,0010): no Type, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", None, name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): no Type, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", None, name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): no Type, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
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
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfAdmissionIDSequenceItem": (
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
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferringPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "RequestingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "RequestingServiceCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
