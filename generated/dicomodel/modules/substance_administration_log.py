"""Substance Administration Log Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_item import ContentItem as _ContentItem
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as _HL7v2HierarchicDesignatorItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.operator_identification_sequence_item import (
        OperatorIdentificationSequenceItem as _OperatorIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentItem = Lazy("dicomodel.items.content_item", "ContentItem")
    _HL7v2HierarchicDesignatorItem = Lazy(
        "dicomodel.items.hl7v2_hierarchic_designator_item", "HL7v2HierarchicDesignatorItem"
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OperatorIdentificationSequenceItem = Lazy(
        "dicomodel.items.operator_identification_sequence_item",
        "OperatorIdentificationSequenceItem",
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdministrationRouteCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.content_item import (
        ContentItem as SubstanceAdministrationParameterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAdmissionIDSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.operator_identification_sequence_item import (
        OperatorIdentificationSequenceItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AdministrationRouteCodeSequenceItem",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OperatorIdentificationSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedSOPSequenceItem",
    "SubstanceAdministrationLogModule",
    "SubstanceAdministrationParameterSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
]


class SubstanceAdministrationLogModule(DicomModel):
    """Substance Administration Log Module Attributes (PS3.3 Table C.26-4)."""

    dicom_name: ClassVar[str] = "Substance Administration Log"
    dicom_table: ClassVar[str] = "table_C.26-4"

    PatientName: Annotated[
        vr.PN | None, Attribute(0x00100010, "PN", "1", None, name="Patient's Name")
    ] = None
    """Patient's Name (0010,0010): no Type, VR PN, VM 1. Patient's full name."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. Primary identification number or code for the patient."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", None, name="Admission ID")
    ] = None
    """Admission ID (0038,0010): no Type, VR LO, VM 1. Identification number of the Visit as assigned by the healthcare provider."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", None, name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): no Type, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Admission ID. Only a single Item shall be included in this Sequence."""

    ProductPackageIdentifier: Annotated[
        vr.ST | None, Attribute(0x00440001, "ST", "1", None, name="Product Package Identifier")
    ] = None
    """Product Package Identifier (0044,0001): no Type, VR ST, VM 1. Identifier of the contrast agent, drug, or device administered, typically from a package bar code, RFID, or other materials management ID."""

    ProductName: Annotated[
        list[vr.LO] | None, Attribute(0x00440008, "LO", "1-n", None, name="Product Name")
    ] = None
    """Product Name (0044,0008): no Type, VR LO, VM 1-n. Trade or generic name of product. May be multi-valued."""

    ProductDescription: Annotated[
        vr.LT | None, Attribute(0x00440009, "LT", "1", None, name="Product Description")
    ] = None
    """Product Description (0044,0009): no Type, VR LT, VM 1. Text description of the contrast agent, drug, or device administered."""

    SubstanceAdministrationDateTime: Annotated[
        vr.DT | None,
        Attribute(0x00440010, "DT", "1", None, name="Substance Administration DateTime"),
    ] = None
    """Substance Administration DateTime (0044,0010): no Type, VR DT, VM 1. Date and Time of Substance Administration."""

    SubstanceAdministrationNotes: Annotated[
        vr.LO | None, Attribute(0x00440011, "LO", "1", None, name="Substance Administration Notes")
    ] = None
    """Substance Administration Notes (0044,0011): no Type, VR LO, VM 1. Comments provided by the operator responsible for the substance administration."""

    SubstanceAdministrationDeviceID: Annotated[
        vr.LO | None,
        Attribute(0x00440012, "LO", "1", None, name="Substance Administration Device ID"),
    ] = None
    """Substance Administration Device ID (0044,0012): no Type, VR LO, VM 1. Identifier for a device that controls substance administration, e.g., injector, infusion pump, etc."""

    AdministrationRouteCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00540302, "SQ", "1", None, name="Administration Route Code Sequence"),
    ] = None
    """Administration Route Code Sequence (0054,0302): no Type, VR SQ, VM 1. Route of administration for drug or contrast. Only a single Item shall be included in this Sequence."""

    SubstanceAdministrationParameterSequence: Annotated[
        list[_ContentItem] | None,
        Attribute(0x00440019, "SQ", "1", None, name="Substance Administration Parameter Sequence"),
    ] = None
    """Substance Administration Parameter Sequence (0044,0019): no Type, VR SQ, VM 1. Parameters of the substance as administered to the patient, e.g., volume, quantity. Zero or more Items shall be included in this Sequence."""

    OperatorIdentificationSequence: Annotated[
        list[_OperatorIdentificationSequenceItem] | None,
        Attribute(0x00081072, "SQ", "1", None, name="Operator Identification Sequence"),
    ] = None
    """Operator Identification Sequence (0008,1072): no Type, VR SQ, VM 1. Person administering the substance to the patient, or legally responsible for the administration, and authorized to add an entry to the Medication Administration Record. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdministrationRouteCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfAdmissionIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.operator_identification_sequence_item",
        "OperatorIdentificationSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SubstanceAdministrationParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
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
