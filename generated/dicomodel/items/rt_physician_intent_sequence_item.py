"""Item class RTPhysicianIntentSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rt_treatment_intent_type import (
        RTTreatmentIntentTypeTerm as _RTTreatmentIntentTypeTerm,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.related_information_entities_item import (
        RelatedInformationEntitiesItem as _RelatedInformationEntitiesItem,
    )
    from dicomodel.items.rt_physician_intent_predecessor_sequence_item import (
        RTPhysicianIntentPredecessorSequenceItem as _RTPhysicianIntentPredecessorSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as _TreatmentSiteCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _RTPhysicianIntentPredecessorSequenceItem = Lazy(
        "dicomodel.items.rt_physician_intent_predecessor_sequence_item",
        "RTPhysicianIntentPredecessorSequenceItem",
    )
    _RTTreatmentIntentTypeTerm = Lazy(
        "dicomodel.enums.rt_treatment_intent_type", "RTTreatmentIntentTypeTerm"
    )
    _RelatedInformationEntitiesItem = Lazy(
        "dicomodel.items.related_information_entities_item", "RelatedInformationEntitiesItem"
    )
    _TreatmentSiteCodeSequenceItem = Lazy(
        "dicomodel.items.treatment_site_code_sequence_item", "TreatmentSiteCodeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.rt_treatment_intent_type import (
        RTTreatmentIntentTypeTerm as RTTreatmentIntentTypeTerm,
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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.treatment_site_code_sequence_item import (
        TreatmentSiteCodeSequenceItem as TreatmentSiteCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "RTDiagnosisCodeSequenceItem",
    "RTPhysicianIntentInputInstanceSequenceItem",
    "RTPhysicianIntentPredecessorSequenceItem",
    "RTPhysicianIntentSequenceItem",
    "RTProtocolCodeSequenceItem",
    "RTTreatmentIntentTypeTerm",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedStudySequenceItem",
    "TreatmentSiteCodeSequenceItem",
    "TreatmentSiteModifierCodeSequenceItem",
]


class RTPhysicianIntentSequenceItem(DicomModel):
    """An item of RT Physician Intent Sequence (3010,0057), as first defined in RT Physician Intent Module Attributes (C.36.5-1)."""

    dicom_name: ClassVar[str] = "RT Physician Intent Sequence"
    dicom_table: ClassVar[str] = "table_C.36.5-1"

    RTPhysicianIntentIndex: Annotated[
        vr.US, Attribute(0x30100058, "US", "1", "1", name="RT Physician Intent Index")
    ]
    """RT Physician Intent Index (3010,0058): Type 1, VR US, VM 1. Index of the RT Physician Intent in the Sequence. The value shall start at 1 and increase monotonically by 1."""

    TreatmentSite: Annotated[vr.LO, Attribute(0x30100077, "LO", "1", "1", name="Treatment Site")]
    """Treatment Site (3010,0077): Type 1, VR LO, VM 1. A free-text label describing the anatomical treatment site."""

    TreatmentSiteCodeSequence: Annotated[
        list[_TreatmentSiteCodeSequenceItem] | None,
        Attribute(0x30100078, "SQ", "1", "2", name="Treatment Site Code Sequence"),
    ]
    """Treatment Site Code Sequence (3010,0078): Type 2, VR SQ, VM 1. Coded description of the treatment site. Zero or more Items shall be included in this Sequence."""

    RTPhysicianIntentNarrative: Annotated[
        vr.UT | None, Attribute(0x3010005A, "UT", "1", "2", name="RT Physician Intent Narrative")
    ]
    """RT Physician Intent Narrative (3010,005A): Type 2, VR UT, VM 1. Narrative of RT Physician Intent."""

    RTTreatmentIntentType: Annotated[
        _RTTreatmentIntentTypeTerm | vr.CS | None,
        Attribute(0x30100059, "CS", "1", "2", name="RT Treatment Intent Type"),
    ]
    """RT Treatment Intent Type (3010,0059): Type 2, VR CS, VM 1. Type of treatment intent. Defined Terms: CURATIVE PALLIATIVE PROPHYLACTIC"""

    RTPhysicianIntentPredecessorSequence: Annotated[
        list[_RTPhysicianIntentPredecessorSequenceItem] | None,
        Attribute(
            0x30100055,
            "SQ",
            "1",
            "1C",
            name="RT Physician Intent Predecessor Sequence",
            when=(
                "unknown",
                "names no attribute: this RT Physician Intent replaces a previous version",
            ),
        ),
    ] = None
    """RT Physician Intent Predecessor Sequence (3010,0055): Type 1C, VR SQ, VM 1. Required if this RT Physician Intent replaces a previous version. Reference to the RT Physician Intent SOP Instance which was replaced by this RT Physician Intent. Required if this RT Physician Intent replaces a previous version. Only a single Item shall be included in this Sequence."""

    RTTreatmentApproachLabel: Annotated[
        vr.LO | None, Attribute(0x30100056, "LO", "1", "2", name="RT Treatment Approach Label")
    ]
    """RT Treatment Approach Label (3010,0056): Type 2, VR LO, VM 1. Characterization of the case and intended treatment approach. See Section C.36.5.1.4."""

    RTProtocolCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3010005B, "SQ", "1", "2", name="RT Protocol Code Sequence"),
    ]
    """RT Protocol Code Sequence (3010,005B): Type 2, VR SQ, VM 1. The protocol(s) selected by the RT Physician. Zero or more Items shall be included in this Sequence. See Section C.36.5.1.2."""

    RTDiagnosisCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3010005D, "SQ", "1", "2", name="RT Diagnosis Code Sequence"),
    ]
    """RT Diagnosis Code Sequence (3010,005D): Type 2, VR SQ, VM 1. Diagnosis codes to describe the condition handled by this RT Physician Intent. Zero or more Items shall be included in this Sequence."""

    RTPhysicianIntentInputInstanceSequence: Annotated[
        list[_RelatedInformationEntitiesItem] | None,
        Attribute(0x3010005F, "SQ", "1", "2", name="RT Physician Intent Input Instance Sequence"),
    ]
    """RT Physician Intent Input Instance Sequence (3010,005F): Type 2, VR SQ, VM 1. References to SOP Instances used to establish the RT Physician Intent. Zero or more Items shall be included in this Sequence. See Section C.36.5.1.3."""


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
    "RTProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RTTreatmentIntentTypeTerm": (
        "dicomodel.enums.rt_treatment_intent_type",
        "RTTreatmentIntentTypeTerm",
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
