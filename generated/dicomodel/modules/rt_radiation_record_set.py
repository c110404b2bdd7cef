"""RT Radiation Record Set Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_radiation_set_usage import (
        RTRadiationSetUsageTerm as _RTRadiationSetUsageTerm,
    )
    from dicomodel.enums.rt_treatment_fraction_completion_status import (
        RTTreatmentFractionCompletionStatusValue as _RTTreatmentFractionCompletionStatusValue,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _RTRadiationSetUsageTerm = Lazy(
        "dicomodel.enums.rt_radiation_set_usage", "RTRadiationSetUsageTerm"
    )
    _RTTreatmentFractionCompletionStatusValue = Lazy(
        "dicomodel.enums.rt_treatment_fraction_completion_status",
        "RTTreatmentFractionCompletionStatusValue",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rt_radiation_set_usage import (
        RTRadiationSetUsageTerm as RTRadiationSetUsageTerm,
    )
    from dicomodel.enums.rt_treatment_fraction_completion_status import (
        RTTreatmentFractionCompletionStatus as RTTreatmentFractionCompletionStatus,
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
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationRecordSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTRadiationSetSequenceItem,
    )

__all__ = [
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "RTRadiationRecordSetModule",
    "RTRadiationSetUsageTerm",
    "RTTreatmentFractionCompletionStatus",
    "ReferencedRTRadiationRecordSequenceItem",
    "ReferencedRTRadiationSetSequenceItem",
]


class RTRadiationRecordSetModule(DicomModel):
    """RT Radiation Record Set Module Attributes (PS3.3 Table C.36.20-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Record Set"
    dicom_table: ClassVar[str] = "table_C.36.20-1"

    UserContentLongLabel: Annotated[
        vr.LO, Attribute(0x30100034, "LO", "1", "1", name="User Content Long Label")
    ]
    """User Content Long Label (3010,0034): Type 1, VR LO, VM 1. User-defined label for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. User-defined description for the content of this SOP Instance. See Section 10.9.2.1.1."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    TreatmentSessionUID: Annotated[
        vr.UI, Attribute(0x300A0700, "UI", "1", "1", name="Treatment Session UID")
    ]
    """Treatment Session UID (300A,0700): Type 1, VR UI, VM 1. A unique identifier of the RT Treatment Session to which this Instance belongs."""

    ReferencedRTRadiationSetSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x300A0702,
            "SQ",
            "1",
            "1C",
            name="Referenced RT Radiation Set Sequence",
            when=(
                "unknown",
                "names no attribute: an RT Radiation Set Instance provided instructions to the treatment delivery system",
            ),
        ),
    ] = None
    """Referenced RT Radiation Set Sequence (300A,0702): Type 1C, VR SQ, VM 1. Required if an RT Radiation Set Instance provided instructions to the treatment delivery system. The RT Radiation Set that contains the RT Radiation Instance(s) referenced by the Instances of the Referenced RT Radiation Record Sequence (300A,0703)."""

    RTRadiationSetUsage: Annotated[
        _RTRadiationSetUsageTerm | vr.CS,
        Attribute(0x300A0707, "CS", "1", "1", name="RT Radiation Set Usage"),
    ]
    """RT Radiation Set Usage (300A,0707): Type 1, VR CS, VM 1. A general indication of how the referenced RT Radiation Set was used. The Defined Terms are specified in Section C.36.10.1.1."""

    ReferencedRTRadiationRecordSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x300A0703, "SQ", "1", "1", name="Referenced RT Radiation Record Sequence"),
    ]
    """Referenced RT Radiation Record Sequence (300A,0703): Type 1, VR SQ, VM 1. RT Radiation Record SOP Instance(s) representing the record of the current treatment set that has been delivered. One or more Items shall be included in this Sequence. See Section C.36.20.1.1."""

    RTRadiationSetDeliveryNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0704,
            "US",
            "1",
            "1C",
            name="RT Radiation Set Delivery Number",
            when=("and", ("present", 0x300A0702), ("value", 0x300A0707, 0, "in", ("TREATMENT",))),
            otherwise="may",
        ),
    ] = None
    """RT Radiation Set Delivery Number (300A,0704): Type 1C, VR US, VM 1. Required if Referenced RT Radiation Set Sequence (300A,0702) is present and RT Radiation Set Usage (300A,0707) is TREATMENT. May be present otherwise. Count of the delivery of the referenced RT Radiation Set as represented by the current SOP Instance. Required if Referenced RT Radiation Set Sequence (300A,0702) is present and RT Radiation Set Usage (300A,0707) is TREATMENT."""

    ClinicalFractionNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0705,
            "US",
            "1",
            "1C",
            name="Clinical Fraction Number",
            when=("and", ("present", 0x300A0702), ("value", 0x300A0707, 0, "in", ("TREATMENT",))),
            otherwise="may",
        ),
    ] = None
    """Clinical Fraction Number (300A,0705): Type 1C, VR US, VM 1. Required if Referenced RT Radiation Set Sequence (300A,0702) is present and RT Radiation Set Usage (300A,0707) is TREATMENT. May be present otherwise. Count of the RT Treatment Fractions that have been delivered, irrespective of the RT Radiation Set(s) used. Required if Referenced RT Radiation Set Sequence (300A,0702) is present and RT Radiation Set Usage (300A,0707) is TREATMENT."""

    RTTreatmentFractionCompletionStatus: Annotated[
        _RTTreatmentFractionCompletionStatusValue,
        Attribute(
            0x300A0706,
            "CS",
            "1",
            "1",
            name="RT Treatment Fraction Completion Status",
            enumerated=((0, ("COMPLETE", "PARTIAL")),),
        ),
    ]
    """RT Treatment Fraction Completion Status (300A,0706): Type 1, VR CS, VM 1. Defines if the current SOP Instance records a complete treatment delivery of a RT Treatment Fraction. Enumerated Values: COMPLETE PARTIAL See Section C.36.20.1.3."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContentCreatorIdentificationCodeSequenceItem": (
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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTRadiationSetUsageTerm": (
        "dicomodel.enums.rt_radiation_set_usage",
        "RTRadiationSetUsageTerm",
    ),
    "RTTreatmentFractionCompletionStatus": (
        "dicomodel.enums.rt_treatment_fraction_completion_status",
        "RTTreatmentFractionCompletionStatus",
    ),
    "ReferencedRTRadiationRecordSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedRTRadiationSetSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
