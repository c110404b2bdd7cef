"""Patient Study Module Attributes.

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
    _PatientSexNeuteredValue = Lazy(
        "dicomodel.enums.patient_sex_neutered", "PatientSexNeuteredValue"
    )
    _SmokingStatusValue = Lazy("dicomodel.enums.smoking_status", "SmokingStatusValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_sex_neutered import PatientSexNeutered as PatientSexNeutered
    from dicomodel.enums.smoking_status import SmokingStatus as SmokingStatus
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AdmittingDiagnosesCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as PatientSizeCodeSequenceItem
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
    "AdmittingDiagnosesCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAdmissionIDSequenceItem",
    "IssuerOfServiceEpisodeIDSequenceItem",
    "MappingResourceTerm",
    "PatientSexNeutered",
    "PatientSizeCodeSequenceItem",
    "PatientStudyModule",
    "ReasonForVisitCodeSequenceItem",
    "SmokingStatus",
    "UniversalEntityIDType",
]


class PatientStudyModule(DicomModel):
    """Patient Study Module Attributes (PS3.3 Table C.7-4a)."""

    dicom_name: ClassVar[str] = "Patient Study"
    dicom_table: ClassVar[str] = "table_C.7-4a"

    AdmittingDiagnosesDescription: Annotated[
        list[vr.LO] | None,
        Attribute(0x00081080, "LO", "1-n", "3", name="Admitting Diagnoses Description"),
    ] = None
    """Admitting Diagnoses Description (0008,1080): Type 3, VR LO, VM 1-n. Description of the admitting diagnosis (diagnoses)."""

    AdmittingDiagnosesCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00081084, "SQ", "1", "3", name="Admitting Diagnoses Code Sequence"),
    ] = None
    """Admitting Diagnoses Code Sequence (0008,1084): Type 3, VR SQ, VM 1. A Sequence that conveys the admitting diagnosis (diagnoses). One or more Items are permitted in this Sequence."""

    PatientAge: Annotated[
        vr.AS | None, Attribute(0x00101010, "AS", "1", "3", name="Patient's Age")
    ] = None
    """Patient's Age (0010,1010): Type 3, VR AS, VM 1. Age of the Patient."""

    PatientSize: Annotated[
        vr.DS | None, Attribute(0x00101020, "DS", "1", "3", name="Patient's Size")
    ] = None
    """Patient's Size (0010,1020): Type 3, VR DS, VM 1. Length or size of the Patient, in meters."""

    PatientWeight: Annotated[
        vr.DS | None, Attribute(0x00101030, "DS", "1", "3", name="Patient's Weight")
    ] = None
    """Patient's Weight (0010,1030): Type 3, VR DS, VM 1. Weight of the Patient, in kilograms."""

    PatientBodyMassIndex: Annotated[
        vr.DS | None, Attribute(0x00101022, "DS", "1", "3", name="Patient's Body Mass Index")
    ] = None
    """Patient's Body Mass Index (0010,1022): Type 3, VR DS, VM 1. Body Mass Index of the Patient in kg/m2."""

    MeasuredAPDimension: Annotated[
        vr.DS | None, Attribute(0x00101023, "DS", "1", "3", name="Measured AP Dimension")
    ] = None
    """Measured AP Dimension (0010,1023): Type 3, VR DS, VM 1. The thickness in mm of the body part being scanned, in the antero-posterior dimension (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    MeasuredLateralDimension: Annotated[
        vr.DS | None, Attribute(0x00101024, "DS", "1", "3", name="Measured Lateral Dimension")
    ] = None
    """Measured Lateral Dimension (0010,1024): Type 3, VR DS, VM 1. The side-to-side (left to right) dimension in mm of the body part being scanned (per AAPM Report 204). These values are normally derived from a scanned image, but might also be obtained using physical calipers, e.g., for children."""

    PatientSizeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00101021, "SQ", "1", "3", name="Patient's Size Code Sequence"),
    ] = None
    """Patient's Size Code Sequence (0010,1021): Type 3, VR SQ, VM 1. Patient's size category code One or more Items are permitted in this Sequence."""

    MedicalAlerts: Annotated[
        list[vr.LO] | None, Attribute(0x00102000, "LO", "1-n", "3", name="Medical Alerts")
    ] = None
    """Medical Alerts (0010,2000): Type 3, VR LO, VM 1-n. Conditions to which medical staff should be alerted (e.g., contagious condition, drug allergies, etc.)."""

    Allergies: Annotated[
        list[vr.LO] | None, Attribute(0x00102110, "LO", "1-n", "3", name="Allergies")
    ] = None
    """Allergies (0010,2110): Type 3, VR LO, VM 1-n. Description of prior reaction to contrast agents, or other patient allergies or adverse reactions."""

    SmokingStatus: Annotated[
        _SmokingStatusValue | None,
        Attribute(
            0x001021A0,
            "CS",
            "1",
            "3",
            name="Smoking Status",
            enumerated=((0, ("YES", "NO", "UNKNOWN")),),
        ),
    ] = None
    """Smoking Status (0010,21A0): Type 3, VR CS, VM 1. Indicates whether Patient smokes. Enumerated Values: YES NO UNKNOWN"""

    PregnancyStatus: Annotated[
        vr.US | None,
        Attribute(
            0x001021C0,
            "US",
            "1",
            "3",
            name="Pregnancy Status",
            enumerated=((0, ("0001", "0002", "0003", "0004")),),
        ),
    ] = None
    """Pregnancy Status (0010,21C0): Type 3, VR US, VM 1. Describes pregnancy state of Patient. Enumerated Values: 0001 not pregnant 0002 possibly pregnant 0003 definitely pregnant 0004 unknown"""

    LastMenstrualDate: Annotated[
        vr.DA | None, Attribute(0x001021D0, "DA", "1", "3", name="Last Menstrual Date")
    ] = None
    """Last Menstrual Date (0010,21D0): Type 3, VR DA, VM 1. Date of onset of last menstrual period."""

    PatientState: Annotated[
        vr.LO | None, Attribute(0x00380500, "LO", "1", "3", name="Patient State")
    ] = None
    """Patient State (0038,0500): Type 3, VR LO, VM 1. Description of Patient state (comatose, disoriented, vision impaired, etc.)."""

    Occupation: Annotated[
        vr.SH | None, Attribute(0x00102180, "SH", "1", "3", name="Occupation")
    ] = None
    """Occupation (0010,2180): Type 3, VR SH, VM 1. Occupation of the Patient."""

    AdditionalPatientHistory: Annotated[
        vr.LT | None, Attribute(0x001021B0, "LT", "1", "3", name="Additional Patient History")
    ] = None
    """Additional Patient History (0010,21B0): Type 3, VR LT, VM 1. Additional information about the Patient's medical history."""

    AdmissionID: Annotated[
        vr.LO | None, Attribute(0x00380010, "LO", "1", "3", name="Admission ID")
    ] = None
    """Admission ID (0038,0010): Type 3, VR LO, VM 1. Identifier of the Visit as assigned by the healthcare provider Visit and Admission are used interchangeably here. In the broader sense, an admission is a type of visit at an institution where there is an admission process for patients."""

    IssuerOfAdmissionIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380014, "SQ", "1", "3", name="Issuer of Admission ID Sequence"),
    ] = None
    """Issuer of Admission ID Sequence (0038,0014): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued Admission ID (0038,0010). Only a single Item is permitted in this Sequence."""

    ReasonForVisit: Annotated[
        vr.UT | None, Attribute(0x00321066, "UT", "1", "3", name="Reason for Visit")
    ] = None
    """Reason for Visit (0032,1066): Type 3, VR UT, VM 1. Reason(s) for this visit by the patient to the facility or provider."""

    ReasonForVisitCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00321067, "SQ", "1", "3", name="Reason for Visit Code Sequence"),
    ] = None
    """Reason for Visit Code Sequence (0032,1067): Type 3, VR SQ, VM 1. Coded reason(s) for this visit by the patient to the facility or provider. If an HL7 message is available with a PV2 segment corresponding to this visit, potential codes may be found in Admit Reason PV2-3."""

    ServiceEpisodeID: Annotated[
        vr.LO | None, Attribute(0x00380060, "LO", "1", "3", name="Service Episode ID")
    ] = None
    """Service Episode ID (0038,0060): Type 3, VR LO, VM 1. Identifier of the Service Episode as assigned by the healthcare provider."""

    IssuerOfServiceEpisodeIDSequence: Annotated[
        list[_HL7v2HierarchicDesignatorItem] | None,
        Attribute(0x00380064, "SQ", "1", "3", name="Issuer of Service Episode ID Sequence"),
    ] = None
    """Issuer of Service Episode ID Sequence (0038,0064): Type 3, VR SQ, VM 1. Identifier of the Assigning Authority that issued the Service Episode ID (0038,0060). Only a single Item is permitted in this Sequence."""

    ServiceEpisodeDescription: Annotated[
        vr.LO | None, Attribute(0x00380062, "LO", "1", "3", name="Service Episode Description")
    ] = None
    """Service Episode Description (0038,0062): Type 3, VR LO, VM 1. Description of the type of service episode."""

    PatientSexNeutered: Annotated[
        _PatientSexNeuteredValue | None,
        Attribute(
            0x00102203,
            "CS",
            "1",
            "2C",
            name="Patient's Sex Neutered",
            enumerated=((0, ("ALTERED", "UNALTERED")),),
            when=("unknown", "depends on whether the patient is a non-human organism"),
            otherwise="may",
        ),
    ] = None
    """Patient's Sex Neutered (0010,2203): Type 2C, VR CS, VM 1. Required if Patient is a non-human organism. May be present otherwise. Whether or not a procedure has been performed in an effort to render the Patient sterile. Enumerated Values: ALTERED Altered/Neutered UNALTERED Unaltered/intact If this Attribute is present but has no value then the status is unknown."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AdmittingDiagnosesCodeSequenceItem": (
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
    "IssuerOfAdmissionIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "IssuerOfServiceEpisodeIDSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientSexNeutered": ("dicomodel.enums.patient_sex_neutered", "PatientSexNeutered"),
    "PatientSizeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReasonForVisitCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "SmokingStatus": ("dicomodel.enums.smoking_status", "SmokingStatus"),
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
