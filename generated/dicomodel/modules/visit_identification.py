"""Visit Identification Module Attributes.

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
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
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
        CodeSequenceItem as ReasonForVisitCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfServiceEpisodeIDSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "MappingResourceTerm",
    "ReasonForVisitCodeSequenceItem",
    "UniversalEntityIDType",
    "VisitIdentificationModule",
]


class VisitIdentificationModule(DicomModel):
    """Visit Identification Module Attributes (PS3.3 Table C.3-2)."""

    dicom_name: ClassVar[str] = "Visit Identification"
    dicom_table: ClassVar[str] = "table_C.3-2"

    InstitutionName: Annotated[
        vr.LO | None, Attribute(0x00080080, "LO", "1", None, name="Institution Name")
    ] = None
    """Institution Name (0008,0080): no Type, VR LO, VM 1. Institution where the equipment is located."""

    InstitutionAddress: Annotated[
        vr.ST | None, Attribute(0x00080081, "ST", "1", None, name="Institution Address")
    ] = None
    """Institution Address (0008,0081): no Type, VR ST, VM 1. Mailing Address of the institution where the equipment is located."""

    InstitutionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00080082, "SQ", "1", None, name="Institution Code Sequence"),
    ] = None
    """Institution Code Sequence (0008,0082): no Type, VR SQ, VM 1. A Sequence that conveys the healthcare facility identification. Only a single Item shall be included in this Sequence."""

    InstitutionalDepartmentName: Annotated[
        vr.LO | None, Attribute(0x00081040, "LO", "1", None, name="Institutional Department Name")
    ] = None
    """Institutional Department Name (0008,1040): no Type, VR LO, VM 1. The Department, Unit or Service within the healthcare facility."""

    InstitutionalDepartmentTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081041, "SQ", "1", None, name="Institutional Department Type Code Sequence"),
    ] = None
    """Institutional Department Type Code Sequence (0008,1041): no Type, VR SQ, VM 1. A coded description of the type of Department or Service within the healthcare facility. This might be obtained from a corresponding HL7v2 message containing PV1:10 Hospital Service. Only a single Item is permitted in this Sequence."""

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

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", None, name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): no Type, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380064, "SQ", "1", None, name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID. Only a single Item shall be included in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", None, name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): no Type, VR LO, VM 1. Description of the type of service episode."""


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
    "IssuerOfAdmissionIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfServiceEpisodeIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
