"""RT General Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatusValue as _TreatmentVerificationStatusValue,
    )
    from dicomodel.items.general_machine_verification_sequence_item import (
        GeneralMachineVerificationSequenceItem as _GeneralMachineVerificationSequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as _IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.overridden_attributes_sequence_item import (
        OverriddenAttributesSequenceItem as _OverriddenAttributesSequenceItem,
    )
    from dicomodel.items.selector_attribute_item import (
        SelectorAttributeItem as _SelectorAttributeItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GeneralMachineVerificationSequenceItem = Lazy(
        "dicomodel.items.general_machine_verification_sequence_item",
        "GeneralMachineVerificationSequenceItem",
    )
    _IssuerOfPatientIDQualifiersSequenceItem = Lazy(
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    )
    _OverriddenAttributesSequenceItem = Lazy(
        "dicomodel.items.overridden_attributes_sequence_item", "OverriddenAttributesSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _SelectorAttributeItem = Lazy(
        "dicomodel.items.selector_attribute_item", "SelectorAttributeItem"
    )
    _TreatmentVerificationStatusValue = Lazy(
        "dicomodel.enums.treatment_verification_status", "TreatmentVerificationStatusValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_type import ApplicatorType as ApplicatorType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.fixation_device_type import FixationDeviceType as FixationDeviceType
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.radiation_type import RadiationType as RadiationType
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.treatment_verification_status import (
        TreatmentVerificationStatus as TreatmentVerificationStatus,
    )
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.applicator_sequence_item_rt_general_machine_verification import (
        ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification import (
        BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningAgencyOrDepartmentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AssigningJurisdictionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification import (
        FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
    )
    from dicomodel.items.general_machine_verification_sequence_item import (
        GeneralMachineVerificationSequenceItem as GeneralMachineVerificationSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as AssigningFacilitySequenceItem,
    )
    from dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item import (
        IssuerOfPatientIDQualifiersSequenceItem as IssuerOfPatientIDQualifiersSequenceItem,
    )
    from dicomodel.items.overridden_attributes_sequence_item import (
        OverriddenAttributesSequenceItem as OverriddenAttributesSequenceItem,
    )
    from dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification import (
        PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification import (
        RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItem,
    )
    from dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification import (
        RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItem,
    )
    from dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification import (
        RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItem,
    )
    from dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification import (
        ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItem,
    )
    from dicomodel.items.selector_attribute_item import (
        SelectorAttributeItem as FailedAttributesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTPlanSequenceItem,
    )

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorType",
    "AssigningAgencyOrDepartmentCodeSequenceItem",
    "AssigningFacilitySequenceItem",
    "AssigningJurisdictionCodeSequenceItem",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FailedAttributesSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "GeneralMachineVerificationSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "IssuerOfPatientIDQualifiersSequenceItem",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "OverriddenAttributesSequenceItem",
    "PatientSetupSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "RTBeamLimitingDeviceType",
    "RTGeneralMachineVerificationModule",
    "RadiationType",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "TreatmentVerificationStatus",
    "UniversalEntityIDType",
]


class RTGeneralMachineVerificationModule(DicomModel):
    """RT General Machine Verification Module Attributes (PS3.3 Table C.31-1)."""

    dicom_name: ClassVar[str] = "RT General Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-1"

    ReferencedRTPlanSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0002, "SQ", "1", None, name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): no Type, VR SQ, VM 1. A reference to an RT Plan SOP Class/Instance pair. Only a single Item shall be included in this Sequence."""

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None,
        Attribute(0x300C0022, "IS", "1", None, name="Referenced Fraction Group Number"),
    ] = None
    """Referenced Fraction Group Number (300C,0022): no Type, VR IS, VM 1. Identifier of Fraction Group within referenced RT Plan."""

    PatientID: Annotated[
        vr.LO | None, Attribute(0x00100020, "LO", "1", None, name="Patient ID")
    ] = None
    """Patient ID (0010,0020): no Type, VR LO, VM 1. Primary identifier for the patient."""

    IssuerOfPatientID: Annotated[
        vr.LO | None, Attribute(0x00100021, "LO", "1", "3", name="Issuer of Patient ID")
    ] = None
    """Issuer of Patient ID (0010,0021): Type 3, VR LO, VM 1. Identifier of the Assigning Authority (system, organization, agency, or department) that issued the Patient ID. Equivalent to HL7 v2 CX component 4 subcomponent 1."""

    IssuerOfPatientIDQualifiersSequence: Annotated[
        list[_IssuerOfPatientIDQualifiersSequenceItem] | None,
        Attribute(0x00100024, "SQ", "1", "3", name="Issuer of Patient ID Qualifiers Sequence"),
    ] = None
    """Issuer of Patient ID Qualifiers Sequence (0010,0024): Type 3, VR SQ, VM 1. Attributes specifying or qualifying the identity of the issuer of the Patient ID, or scoping the Patient ID. Only a single Item is permitted in this Sequence."""

    TreatmentVerificationStatus: Annotated[
        _TreatmentVerificationStatusValue | None,
        Attribute(
            0x3008002C,
            "CS",
            "1",
            None,
            name="Treatment Verification Status",
            enumerated=((0, ("VERIFIED", "VERIFIED_OVR", "NOT_VERIFIED")),),
        ),
    ] = None
    """Treatment Verification Status (3008,002C): no Type, VR CS, VM 1. Conditions under which treatment was verified by a verification system. Enumerated Values: VERIFIED treatment verified VERIFIED_OVR treatment verified with at least one out-of-range value overridden NOT_VERIFIED treatment failed verificatio..."""

    FailedAttributesSequence: Annotated[
        list[_SelectorAttributeItem] | None,
        Attribute(0x00741048, "SQ", "1", None, name="Failed Parameters Sequence"),
    ] = None
    """Failed Parameters Sequence (0074,1048): no Type, VR SQ, VM 1. List of parameters that failed verification by the MPV. Zero or more Items shall be included in this Sequence. See Section C.31.1.1."""

    OverriddenAttributesSequence: Annotated[
        list[_OverriddenAttributesSequenceItem] | None,
        Attribute(0x0074104A, "SQ", "1", None, name="Overridden Parameters Sequence"),
    ] = None
    """Overridden Parameters Sequence (0074,104A): no Type, VR SQ, VM 1. List of parameters that were overridden by the user. Zero or more Items shall be included in this Sequence. See Section C.31.1.1."""

    GeneralMachineVerificationSequence: Annotated[
        list[_GeneralMachineVerificationSequenceItem] | None,
        Attribute(0x00741042, "SQ", "1", None, name="General Machine Verification Sequence"),
    ] = None
    """General Machine Verification Sequence (0074,1042): no Type, VR SQ, VM 1. Sequence containing general machine verification parameters. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item_rt_general_machine_verification",
        "ApplicatorSequenceItemRTGeneralMachineVerification",
    ),
    "ApplicatorType": ("dicomodel.enums.applicator_type", "ApplicatorType"),
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
    "BeamLimitingDeviceLeafPairsSequenceItem": (
        "dicomodel.items.beam_limiting_device_leaf_pairs_sequence_item_rt_general_machine_verification",
        "BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FailedAttributesSequenceItem": (
        "dicomodel.items.selector_attribute_item",
        "SelectorAttributeItem",
    ),
    "FixationDeviceSequenceItem": (
        "dicomodel.items.fixation_device_sequence_item_rt_general_machine_verification",
        "FixationDeviceSequenceItemRTGeneralMachineVerification",
    ),
    "FixationDeviceType": ("dicomodel.enums.fixation_device_type", "FixationDeviceType"),
    "GeneralMachineVerificationSequenceItem": (
        "dicomodel.items.general_machine_verification_sequence_item",
        "GeneralMachineVerificationSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "IssuerOfPatientIDQualifiersSequenceItem": (
        "dicomodel.items.issuer_of_patient_id_qualifiers_sequence_item",
        "IssuerOfPatientIDQualifiersSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "OverriddenAttributesSequenceItem": (
        "dicomodel.items.overridden_attributes_sequence_item",
        "OverriddenAttributesSequenceItem",
    ),
    "PatientSetupSequenceItem": (
        "dicomodel.items.patient_setup_sequence_item_rt_general_machine_verification",
        "PatientSetupSequenceItemRTGeneralMachineVerification",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RadiationType": ("dicomodel.enums.radiation_type", "RadiationType"),
    "RecordedBlockSequenceItem": (
        "dicomodel.items.recorded_block_sequence_item_rt_general_machine_verification",
        "RecordedBlockSequenceItemRTGeneralMachineVerification",
    ),
    "RecordedCompensatorSequenceItem": (
        "dicomodel.items.recorded_compensator_sequence_item_rt_general_machine_verification",
        "RecordedCompensatorSequenceItemRTGeneralMachineVerification",
    ),
    "RecordedWedgeSequenceItem": (
        "dicomodel.items.recorded_wedge_sequence_item_rt_general_machine_verification",
        "RecordedWedgeSequenceItemRTGeneralMachineVerification",
    ),
    "ReferencedBolusSequenceItem": (
        "dicomodel.items.referenced_bolus_sequence_item_rt_general_machine_verification",
        "ReferencedBolusSequenceItemRTGeneralMachineVerification",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "TreatmentVerificationStatus": (
        "dicomodel.enums.treatment_verification_status",
        "TreatmentVerificationStatus",
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
