"""Patient Medical Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_sex_neutered import (
        PatientSexNeuteredValue as _PatientSexNeuteredValue,
    )
    from dicomodel.enums.smoking_status import SmokingStatusValue as _SmokingStatusValue
    from dicomodel.items.patient_clinical_trial_participation_sequence_item import (
        PatientClinicalTrialParticipationSequenceItem as _PatientClinicalTrialParticipationSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_patient_medical import (
        PertinentDocumentsSequenceItemPatientMedical as _PertinentDocumentsSequenceItemPatientMedical,
    )
    from dicomodel.items.pertinent_resources_sequence_item import (
        PertinentResourcesSequenceItem as _PertinentResourcesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientClinicalTrialParticipationSequenceItem = Lazy(
        "dicomodel.items.patient_clinical_trial_participation_sequence_item",
        "PatientClinicalTrialParticipationSequenceItem",
    )
    _PatientSexNeuteredValue = Lazy(
        "dicomodel.enums.patient_sex_neutered", "PatientSexNeuteredValue"
    )
    _PertinentDocumentsSequenceItemPatientMedical = Lazy(
        "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
        "PertinentDocumentsSequenceItemPatientMedical",
    )
    _PertinentResourcesSequenceItem = Lazy(
        "dicomodel.items.pertinent_resources_sequence_item", "PertinentResourcesSequenceItem"
    )
    _SmokingStatusValue = Lazy("dicomodel.enums.smoking_status", "SmokingStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_sex_neutered import PatientSexNeutered as PatientSexNeutered
    from dicomodel.enums.smoking_status import SmokingStatus as SmokingStatus
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_clinical_trial_participation_sequence_item import (
        PatientClinicalTrialParticipationSequenceItem as PatientClinicalTrialParticipationSequenceItem,
    )
    from dicomodel.items.pertinent_documents_sequence_item_patient_medical import (
        PertinentDocumentsSequenceItemPatientMedical as PertinentDocumentsSequenceItem,
    )
    from dicomodel.items.pertinent_resources_sequence_item import (
        PertinentResourcesSequenceItem as PertinentResourcesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PatientClinicalTrialParticipationSequenceItem",
    "PatientMedicalModule",
    "PatientSexNeutered",
    "PertinentDocumentsSequenceItem",
    "PertinentResourcesSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "SmokingStatus",
]


class PatientMedicalModule(DicomModel):
    """Patient Medical Module Attributes (PS3.3 Table C.2-4)."""

    dicom_name: ClassVar[str] = "Patient Medical"
    dicom_table: ClassVar[str] = "table_C.2-4"

    MedicalAlerts: Annotated[
        list[vr.LO] | None, Attribute(0x00102000, "LO", "1-n", None, name="Medical Alerts")
    ] = None
    """Medical Alerts (0010,2000): no Type, VR LO, VM 1-n. Conditions to which medical staff should be alerted (e.g., contagious condition, drug allergies, etc.)."""

    Allergies: Annotated[
        list[vr.LO] | None, Attribute(0x00102110, "LO", "1-n", None, name="Allergies")
    ] = None
    """Allergies (0010,2110): no Type, VR LO, VM 1-n. Description of prior reaction to contrast agents, or other Patient allergies or adverse reactions."""

    SmokingStatus: Annotated[
        _SmokingStatusValue | None,
        Attribute(
            0x001021A0,
            "CS",
            "1",
            None,
            name="Smoking Status",
            enumerated=((0, ("YES", "NO", "UNKNOWN")),),
        ),
    ] = None
    """Smoking Status (0010,21A0): no Type, VR CS, VM 1. Indicates whether Patient smokes. Enumerated Values: YES NO UNKNOWN"""

    AdditionalPatientHistory: Annotated[
        vr.LT | None, Attribute(0x001021B0, "LT", "1", None, name="Additional Patient History")
    ] = None
    """Additional Patient History (0010,21B0): no Type, VR LT, VM 1. Additional information about the Patient's medical history."""

    PregnancyStatus: Annotated[
        vr.US | None,
        Attribute(
            0x001021C0,
            "US",
            "1",
            None,
            name="Pregnancy Status",
            enumerated=((0, ("0001", "0002", "0003", "0004")),),
        ),
    ] = None
    """Pregnancy Status (0010,21C0): no Type, VR US, VM 1. Describes pregnancy state of Patient. Enumerated Values: 0001 not pregnant 0002 possibly pregnant 0003 definitely pregnant 0004 unknown"""

    LastMenstrualDate: Annotated[
        vr.DA | None, Attribute(0x001021D0, "DA", "1", None, name="Last Menstrual Date")
    ] = None
    """Last Menstrual Date (0010,21D0): no Type, VR DA, VM 1. Date of onset of last menstrual period."""

    PatientSexNeutered: Annotated[
        _PatientSexNeuteredValue | None,
        Attribute(
            0x00102203,
            "CS",
            "1",
            None,
            name="Patient's Sex Neutered",
            enumerated=((0, ("ALTERED", "UNALTERED")),),
        ),
    ] = None
    """Patient's Sex Neutered (0010,2203): no Type, VR CS, VM 1. Whether or not a procedure has been performed in an effort to render the Patient sterile. Enumerated Values: ALTERED Altered/Neutered UNALTERED Unaltered/intact"""

    PatientBodyMassIndex: Annotated[
        vr.DS | None, Attribute(0x00101022, "DS", "1", None, name="Patient's Body Mass Index")
    ] = None
    """Patient's Body Mass Index (0010,1022): no Type, VR DS, VM 1. Body Mass Index of the Patient in kg/m2."""

    MeasuredAPDimension: Annotated[
        vr.DS | None, Attribute(0x00101023, "DS", "1", None, name="Measured AP Dimension")
    ] = None
    """Measured AP Dimension (0010,1023): no Type, VR DS, VM 1. The thickness in mm of the body part being scanned, in the antero-posterior dimension (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    MeasuredLateralDimension: Annotated[
        vr.DS | None, Attribute(0x00101024, "DS", "1", None, name="Measured Lateral Dimension")
    ] = None
    """Measured Lateral Dimension (0010,1024): no Type, VR DS, VM 1. The side-to-side (left to right) dimension in mm of the body part being scanned (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    SpecialNeeds: Annotated[
        vr.LO | None, Attribute(0x00380050, "LO", "1", None, name="Special Needs")
    ] = None
    """Special Needs (0038,0050): no Type, VR LO, VM 1. Medical and social needs (e.g., wheelchair, oxygen, translator, etc.)."""

    PatientState: Annotated[
        vr.LO | None, Attribute(0x00380500, "LO", "1", None, name="Patient State")
    ] = None
    """Patient State (0038,0500): no Type, VR LO, VM 1. Description of Patient state (comatose, disoriented, vision impaired, etc.)."""

    PertinentDocumentsSequence: Annotated[
        list[_PertinentDocumentsSequenceItemPatientMedical] | None,
        Attribute(0x00380100, "SQ", "1", None, name="Pertinent Documents Sequence"),
    ] = None
    """Pertinent Documents Sequence (0038,0100): no Type, VR SQ, VM 1. List of Documents (e.g., SR, or CDA) that contain information considered pertinent for the Patient medical condition. Zero or more Items shall be included in this Sequence."""

    PertinentResourcesSequence: Annotated[
        list[_PertinentResourcesSequenceItem] | None,
        Attribute(0x00380101, "SQ", "1", None, name="Pertinent Resources Sequence"),
    ] = None
    """Pertinent Resources Sequence (0038,0101): no Type, VR SQ, VM 1. List of resources that contain information considered pertinent for the Patient medical condition. Zero or more Items shall be included in this Sequence."""

    PatientClinicalTrialParticipationSequence: Annotated[
        list[_PatientClinicalTrialParticipationSequenceItem] | None,
        Attribute(
            0x00380502, "SQ", "1", None, name="Patient Clinical Trial Participation Sequence"
        ),
    ] = None
    """Patient Clinical Trial Participation Sequence (0038,0502): no Type, VR SQ, VM 1. Sequence of identifiers for clinical trials or research in which the Patient participates. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientClinicalTrialParticipationSequenceItem": (
        "dicomodel.items.patient_clinical_trial_participation_sequence_item",
        "PatientClinicalTrialParticipationSequenceItem",
    ),
    "PatientSexNeutered": ("dicomodel.enums.patient_sex_neutered", "PatientSexNeutered"),
    "PertinentDocumentsSequenceItem": (
        "dicomodel.items.pertinent_documents_sequence_item_patient_medical",
        "PertinentDocumentsSequenceItemPatientMedical",
    ),
    "PertinentResourcesSequenceItem": (
        "dicomodel.items.pertinent_resources_sequence_item",
        "PertinentResourcesSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SmokingStatus": ("dicomodel.enums.smoking_status", "SmokingStatus"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
