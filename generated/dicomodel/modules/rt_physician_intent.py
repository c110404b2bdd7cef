"""RT Physician Intent Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_treatment_phase_intent_presence_flag import (
        RTTreatmentPhaseIntentPresenceFlagValue as _RTTreatmentPhaseIntentPresenceFlagValue,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.rt_physician_intent_sequence_item import (
        RTPhysicianIntentSequenceItem as _RTPhysicianIntentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _RTPhysicianIntentSequenceItem = Lazy(
        "dicomodel.items.rt_physician_intent_sequence_item", "RTPhysicianIntentSequenceItem"
    )
    _RTTreatmentPhaseIntentPresenceFlagValue = Lazy(
        "dicomodel.enums.rt_treatment_phase_intent_presence_flag",
        "RTTreatmentPhaseIntentPresenceFlagValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rt_treatment_intent_type import (
        RTTreatmentIntentTypeTerm as RTTreatmentIntentTypeTerm,
    )
    from dicomodel.enums.rt_treatment_phase_intent_presence_flag import (
        RTTreatmentPhaseIntentPresenceFlag as RTTreatmentPhaseIntentPresenceFlag,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RTDiagnosisCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as RTProtocolCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TreatmentSiteModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_related_information_entities import (
        ReferencedSeriesSequenceItemRelatedInformationEntities as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.referenced_study_sequence_item import (
        ReferencedStudySequenceItem as ReferencedStudySequenceItem,
    )
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as RTPhysicianIntentInputInstanceSequenceItem,
    )
    from dicomodel.items.rt_physician_intent_predecessor_sequence_item import (
        RTPhysicianIntentPredecessorSequenceItem as RTPhysicianIntentPredecessorSequenceItem,
    )
    from dicomodel.items.rt_physician_intent_sequence_item import (
        RTPhysicianIntentSequenceItem as RTPhysicianIntentSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem,
    )

__all__ = [
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RTDiagnosisCodeSequenceItem",
    "RTPhysicianIntentInputInstanceSequenceItem",
    "RTPhysicianIntentModule",
    "RTPhysicianIntentPredecessorSequenceItem",
    "RTPhysicianIntentSequenceItem",
    "RTProtocolCodeSequenceItem",
    "RTTreatmentIntentTypeTerm",
    "RTTreatmentPhaseIntentPresenceFlag",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]


class RTPhysicianIntentModule(DicomModel):
    """RT Physician Intent Module Attributes (PS3.3 Table C.36.5-1)."""

    dicom_name: ClassVar[str] = "RT Physician Intent"
    dicom_table: ClassVar[str] = "table_C.36.5-1"

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

    RTTreatmentPhaseIntentPresenceFlag: Annotated[
        _RTTreatmentPhaseIntentPresenceFlagValue,
        Attribute(
            0x30100045,
            "CS",
            "1",
            "1",
            name="RT Treatment Phase Intent Presence Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """RT Treatment Phase Intent Presence Flag (3010,0045): Type 1, VR CS, VM 1. Whether an RT Treatment Phase Intent definition is present. Enumerated Values: YES NO"""

    RTPhysicianIntentSequence: Annotated[
        list[_RTPhysicianIntentSequenceItem],
        Attribute(0x30100057, "SQ", "1", "1", name="RT Physician Intent Sequence"),
    ]
    """RT Physician Intent Sequence (3010,0057): Type 1, VR SQ, VM 1. The overall goals or aims intended by the physician, for the Radiotherapy. One or more Items shall be included in this Sequence. See Section C.36.5.1.1."""


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
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RTDiagnosisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTPhysicianIntentInputInstanceSequenceItem": (
        "dicomodel.items.related_information_entities_item",
        "RelatedInformationEntitiesItem",
    ),
    "RTPhysicianIntentPredecessorSequenceItem": (
        "dicomodel.items.rt_physician_intent_predecessor_sequence_item",
        "RTPhysicianIntentPredecessorSequenceItem",
    ),
    "RTPhysicianIntentSequenceItem": (
        "dicomodel.items.rt_physician_intent_sequence_item",
        "RTPhysicianIntentSequenceItem",
    ),
    "RTProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTTreatmentIntentTypeTerm": (
        "dicomodel.enums.rt_treatment_intent_type",
        "RTTreatmentIntentTypeTerm",
    ),
    "RTTreatmentPhaseIntentPresenceFlag": (
        "dicomodel.enums.rt_treatment_phase_intent_presence_flag",
        "RTTreatmentPhaseIntentPresenceFlag",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_related_information_entities",
        "ReferencedSeriesSequenceItemRelatedInformationEntities",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.referenced_study_sequence_item",
        "ReferencedStudySequenceItem",
    ),
    "TreatmentSiteCodeSequenceItem": (
        "dicomodel.items.treatment_site_code_sequence_item",
        "TreatmentSiteCodeSequenceItem",
    ),
    "TreatmentSiteModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
