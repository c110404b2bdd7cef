"""Patient Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as _GroupOfPatientsIdentificationSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as _SourcePatientGroupIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GroupOfPatientsIdentificationSequenceItem = Lazy(
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    )
    _SourcePatientGroupIdentificationSequenceItem = Lazy(
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
    )

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
    from dicomodel.items.group_of_patients_identification_sequence_item import (
        GroupOfPatientsIdentificationSequenceItem as GroupOfPatientsIdentificationSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.source_patient_group_identification_sequence_item import (
        SourcePatientGroupIdentificationSequenceItem as SourcePatientGroupIdentificationSequenceItem,
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
    "PatientGroupMacro",
    "PatientPositionTerm",
    "SourcePatientGroupIdentificationSequenceItem",
    "UniversalEntityIDType",
]


class PatientGroupMacro(DicomModel):
    """Patient Group Macro Attributes (PS3.3 Table C.7.1.4-1)."""

    dicom_name: ClassVar[str] = "Patient Group"
    dicom_table: ClassVar[str] = "table_C.7.1.4-1"

    SourcePatientGroupIdentificationSequence: Annotated[
        list[_SourcePatientGroupIdentificationSequenceItem] | None,
        Attribute(0x00100026, "SQ", "1", "3", name="Source Patient Group Identification Sequence"),
    ] = None
    """Source Patient Group Identification Sequence (0010,0026): Type 3, VR SQ, VM 1. A Sequence containing the value used for Patient ID (0010,0020) and related Attributes in the source Composite Instances that contained a group of subjects whose data was acquired at the same time, from which this Composite Instance was ext..."""

    GroupOfPatientsIdentificationSequence: Annotated[
        list[_GroupOfPatientsIdentificationSequenceItem] | None,
        Attribute(0x00100027, "SQ", "1", "3", name="Group of Patients Identification Sequence"),
    ] = None
    """Group of Patients Identification Sequence (0010,0027): Type 3, VR SQ, VM 1. A Sequence containing the identifiers and locations of the individual subjects whose data was acquired at the same time (as a group) and encoded in this Composite Instance. See Section C.7.1.4.1.1."""


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
    "GroupOfPatientsIdentificationSequenceItem": (
        "dicomodel.items.group_of_patients_identification_sequence_item",
        "GroupOfPatientsIdentificationSequenceItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTerm"),
    "SourcePatientGroupIdentificationSequenceItem": (
        "dicomodel.items.source_patient_group_identification_sequence_item",
        "SourcePatientGroupIdentificationSequenceItem",
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
