"""General Study Module Attributes.

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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ProcedureCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForPerformedProcedureCodeSequenceItem,
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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ConsultingPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansOfRecordIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as PhysiciansReadingStudyIdentificationSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ReferringPhysicianIdentificationSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ConsultingPhysicianIdentificationSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeneralStudyModule",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PhysiciansOfRecordIdentificationSequenceItem",
    "PhysiciansReadingStudyIdentificationSequenceItem",
    "ProcedureCodeSequenceItem",
    "ReasonForPerformedProcedureCodeSequenceItem",
    "ReferencedStudySequenceItem",
    "ReferringPhysicianIdentificationSequenceItem",
    "RequestingServiceCodeSequenceItem",
    "UniversalEntityIDType",
]


class GeneralStudyModule(DicomModel):
    """General Study Module Attributes (PS3.3 Table C.7-3)."""

    dicom_name: ClassVar[str] = "General Study"
    dicom_table: ClassVar[str] = "table_C.7-3"

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    StudyDate: Annotated[vr.DA | None, Attribute(0x00080020, "DA", "1", "2", name="Study Date")]
    """Study Date (0008,0020): Type 2, VR DA, VM 1. Date the Study started."""

    StudyTime: Annotated[vr.TM | None, Attribute(0x00080030, "TM", "1", "2", name="Study Time")]
    """Study Time (0008,0030): Type 2, VR TM, VM 1. Time the Study started."""

    ReferringPhysicianName: Annotated[
        vr.PN | None, Attribute(0x00080090, "PN", "1", "2", name="Referring Physician's Name")
    ]
    """Referring Physician's Name (0008,0090): Type 2, VR PN, VM 1. Name of the Patient's referring physician."""

    ReferringPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x00080096, "SQ", "1", "3", name="Referring Physician Identification Sequence"),
    ] = None
    """Referring Physician Identification Sequence (0008,0096): Type 3, VR SQ, VM 1. Identification of the Patient's referring physician. Only a single Item is permitted in this Sequence."""

    ConsultingPhysicianName: Annotated[
        list[vr.PN] | None,
        Attribute(0x0008009C, "PN", "1-n", "3", name="Consulting Physician's Name"),
    ] = None
    """Consulting Physician's Name (0008,009C): Type 3, VR PN, VM 1-n. Consulting physician(s) for this Patient Visit."""

    ConsultingPhysicianIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(0x0008009D, "SQ", "1", "3", name="Consulting Physician Identification Sequence"),
    ] = None
    """Consulting Physician Identification Sequence (0008,009D): Type 3, VR SQ, VM 1. Identification of the consulting physician(s). One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Consulting Physician's Name (0008,009C), if present."""

    StudyID: Annotated[vr.SH | None, Attribute(0x00200010, "SH", "1", "2", name="Study ID")]
    """Study ID (0020,0010): Type 2, VR SH, VM 1. User or equipment generated Study identifier."""

    AccessionNumber: Annotated[
        vr.SH | None, Attribute(0x00080050, "SH", "1", "2", name="Accession Number")
    ]
    """Accession Number (0008,0050): Type 2, VR SH, VM 1. A departmental Information System generated number that identifies the Imaging Service Request."""

    IssuerOfAccessionNumberSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00080051, "SQ", "1", "3", name="Issuer of Accession Number Sequence"),
    ] = None
    """Issuer of Accession Number Sequence (0008,0051): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Accession Number. Only a single Item is permitted in this Sequence."""

    StudyDescription: Annotated[
        vr.LO | None, Attribute(0x00081030, "LO", "1", "3", name="Study Description")
    ] = None
    """Study Description (0008,1030): Type 3, VR LO, VM 1. Institution-generated description or classification of the Study performed."""

    PhysiciansOfRecord: Annotated[
        list[vr.PN] | None, Attribute(0x00081048, "PN", "1-n", "3", name="Physician(s) of Record")
    ] = None
    """Physician(s) of Record (0008,1048): Type 3, VR PN, VM 1-n. Names of the physician(s) who are responsible for overall Patient care at time of Study (see Section C.7.3.1 for Performing Physician)."""

    PhysiciansOfRecordIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081049, "SQ", "1", "3", name="Physician(s) of Record Identification Sequence"
        ),
    ] = None
    """Physician(s) of Record Identification Sequence (0008,1049): Type 3, VR SQ, VM 1. Identification of the physician(s) who are responsible for overall Patient care at time of Study. One or more Items are permitted in this Sequence."""

    NameOfPhysiciansReadingStudy: Annotated[
        list[vr.PN] | None,
        Attribute(0x00081060, "PN", "1-n", "3", name="Name of Physician(s) Reading Study"),
    ] = None
    """Name of Physician(s) Reading Study (0008,1060): Type 3, VR PN, VM 1-n. Names of the physician(s) reading the Study."""

    PhysiciansReadingStudyIdentificationSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00081062, "SQ", "1", "3", name="Physician(s) Reading Study Identification Sequence"
        ),
    ] = None
    """Physician(s) Reading Study Identification Sequence (0008,1062): Type 3, VR SQ, VM 1. Identification of the physician(s) reading the Study. One or more Items are permitted in this Sequence. If more than one Item, the number and order shall correspond to the value of Name of Physician(s) Reading Study (0008,1060), if present."""

    RequestingService: Annotated[
        vr.LO | None, Attribute(0x00321033, "LO", "1", "3", name="Requesting Service")
    ] = None
    """Requesting Service (0032,1033): Type 3, VR LO, VM 1. Institutional department, unit or service where the request initiated. See Note 1 and Note 2."""

    RequestingServiceCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321034, "SQ", "1", "3", name="Requesting Service Code Sequence"),
    ] = None
    """Requesting Service Code Sequence (0032,1034): Type 3, VR SQ, VM 1. Institutional department, unit or service where the request initiated. Only a single Item is permitted in this Sequence."""

    ReferencedStudySequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x00081110, "SQ", "1", "3", name="Referenced Study Sequence"),
    ] = None
    """Referenced Study Sequence (0008,1110): Type 3, VR SQ, VM 1. A Sequence that provides reference to a Study. One or more Items are permitted in this Sequence. See Section 10.6.1."""

    ProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081032, "SQ", "1", "3", name="Procedure Code Sequence"),
    ] = None
    """Procedure Code Sequence (0008,1032): Type 3, VR SQ, VM 1. A Sequence that conveys the type of procedure performed. One or more Items are permitted in this Sequence."""

    ReasonForPerformedProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00401012, "SQ", "1", "3", name="Reason For Performed Procedure Code Sequence"),
    ] = None
    """Reason For Performed Procedure Code Sequence (0040,1012): Type 3, VR SQ, VM 1. Coded reason(s) for performing this procedure. May differ from the values in Reason for the Requested Procedure (0040,100A) in Request Attribute Sequence (0040,0275), for example if what was performed differs from what was requested."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConsultingPhysicianIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhysiciansOfRecordIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PhysiciansReadingStudyIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ProcedureCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForPerformedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferringPhysicianIdentificationSequenceItem": (
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
