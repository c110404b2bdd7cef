"""Item class GroupOfPatientsIdentificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_position import PatientPositionTerm as _PatientPositionTerm
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _PatientPositionTerm = Lazy("dicomodel.enums.patient_position", "PatientPositionTerm")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_position import PatientPositionTerm as PatientPositionTerm
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )

__all__ = [
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GroupOfPatientsIdentificationSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "PatientPositionTerm",
    "UniversalEntityIDType",
]


class GroupOfPatientsIdentificationSequenceItem(DicomModel):
    """An item of Group of Patients Identification Sequence (0010,0027), as first defined in Patient Group Macro Attributes (C.7.1.4-1)."""

    dicom_name: ClassVar[str] = "Group of Patients Identification Sequence"
    dicom_table: ClassVar[str] = "table_C.7.1.4-1"

    PatientID: Annotated[vr.LO, Attribute(0x00100020, "LO", "1", "1", name="Patient ID")]
    """Patient ID (0010,0020): Type 1, VR LO, VM 1. Primary identifier for an individual subject."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    SubjectRelativePositionInImage: Annotated[
        list[vr.US] | None,
        Attribute(0x00100028, "US", "3", "3", name="Subject Relative Position in Image"),
    ] = None
    """Subject Relative Position in Image (0010,0028): Type 3, VR US, VM 3. The position in the image pixel data of the individual subject identified in this Sequence relative to the other subjects. See Section C.7.1.4.1.1.1."""

    PatientPosition: Annotated[
        _PatientPositionTerm | vr.CS | None,
        Attribute(0x00185100, "CS", "1", "3", name="Patient Position"),
    ] = None
    """Patient Position (0018,5100): Type 3, VR CS, VM 1. Patient position descriptor relative to the equipment. See Section C.7.1.4.1.1.1. See Section C.7.3.1.1.2 for Defined Terms and further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AssigningAgencyOrDepartmentCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AssigningFacilitySequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "AssigningJurisdictionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
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
