"""Visual Field Static Perimetry Measurements Series Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.modality import (
        ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue as _ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as _RequestAttributesItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as _ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue = Lazy(
        "dicomodel.enums.modality", "ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue"
    )
    _RequestAttributesItem = Lazy(
        "dicomodel.items.request_attributes_item", "RequestAttributesItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ScheduledProtocolCodeSequenceItem = Lazy(
        "dicomodel.items.scheduled_protocol_code_sequence_item", "ScheduledProtocolCodeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modality import (
        ModalityVisualFieldStaticPerimetryMeasurementsSeries as Modality,
    )
    from dicomodel.enums.universal_entity_id_type import (
        UniversalEntityIDType as UniversalEntityIDType,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReasonForRequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hl7v2_hierarchic_designator_item import (
        HL7v2HierarchicDesignatorItem as IssuerOfAccessionNumberSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as ProtocolContextSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.request_attributes_item import (
        RequestAttributesItem as RequestAttributesSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.scheduled_protocol_code_sequence_item import (
        ScheduledProtocolCodeSequenceItem as ScheduledProtocolCodeSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPerformedProcedureStepSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStudySequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "IssuerOfAccessionNumberSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "Modality",
    "PerformedProtocolCodeSequenceItem",
    "ProtocolContextSequenceItem",
    "ReasonForRequestedProcedureCodeSequenceItem",
    "ReferencedPerformedProcedureStepSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedStudySequenceItem",
    "RequestAttributesSequenceItem",
    "RequestedProcedureCodeSequenceItem",
    "ScheduledProtocolCodeSequenceItem",
    "UniversalEntityIDType",
    "ValueType",
    "VisualFieldStaticPerimetryMeasurementsSeriesModule",
]


class VisualFieldStaticPerimetryMeasurementsSeriesModule(DicomModel):
    """Visual Field Static Perimetry Measurements Series Module Attributes (PS3.3 Table C.8.26.1-1)."""

    dicom_name: ClassVar[str] = "Visual Field Static Perimetry Measurements Series"
    dicom_table: ClassVar[str] = "table_C.8.26.1-1"

    Modality: Annotated[
        _ModalityVisualFieldStaticPerimetryMeasurementsSeriesValue,
        Attribute(0x00080060, "CS", "1", "1", name="Modality", enumerated=((0, ("OPV",)),)),
    ]
    """Modality (0008,0060): Type 1, VR CS, VM 1. Type of device, process or method that originally acquired the data used to create the measurements in this Series. Enumerated Values: OPV See Section C.7.3.1.1.1 for further explanation."""

    ReferencedPerformedProcedureStepSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081111,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Procedure Step Sequence",
            when=(
                "unknown",
                "names no attribute: a Performed Procedure Step SOP Class was involved in the creation of this Series",
            ),
        ),
    ] = None
    """Referenced Performed Procedure Step Sequence (0008,1111): Type 1C, VR SQ, VM 1. Required if a Performed Procedure Step SOP Class was involved in the creation of this Series. Uniquely identifies the Performed Procedure Step SOP Instance to which the Series is related. Only a single Item shall be included in this Sequence."""

    RequestAttributesSequence: Annotated[
        list[_RequestAttributesItem] | None,
        Attribute(0x00400275, "SQ", "1", "3", name="Request Attributes Sequence"),
    ] = None
    """Request Attributes Sequence (0040,0275): Type 3, VR SQ, VM 1. Sequence that contains Attributes from the Imaging Service Request. One or more Items are permitted in this Sequence."""

    PerformedProcedureStepID: Annotated[
        vr.SH | None, Attribute(0x00400253, "SH", "1", "3", name="Performed Procedure Step ID")
    ] = None
    """Performed Procedure Step ID (0040,0253): Type 3, VR SH, VM 1. User or equipment generated identifier of that part of a Procedure that has been carried out within this step."""

    PerformedProcedureStepStartDate: Annotated[
        vr.DA | None,
        Attribute(0x00400244, "DA", "1", "3", name="Performed Procedure Step Start Date"),
    ] = None
    """Performed Procedure Step Start Date (0040,0244): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step started."""

    PerformedProcedureStepStartTime: Annotated[
        vr.TM | None,
        Attribute(0x00400245, "TM", "1", "3", name="Performed Procedure Step Start Time"),
    ] = None
    """Performed Procedure Step Start Time (0040,0245): Type 3, VR TM, VM 1. Time on which the Performed Procedure Step started."""

    PerformedProcedureStepEndDate: Annotated[
        vr.DA | None,
        Attribute(0x00400250, "DA", "1", "3", name="Performed Procedure Step End Date"),
    ] = None
    """Performed Procedure Step End Date (0040,0250): Type 3, VR DA, VM 1. Date on which the Performed Procedure Step ended."""

    PerformedProcedureStepEndTime: Annotated[
        vr.TM | None,
        Attribute(0x00400251, "TM", "1", "3", name="Performed Procedure Step End Time"),
    ] = None
    """Performed Procedure Step End Time (0040,0251): Type 3, VR TM, VM 1. Time at which the Performed Procedure Step ended."""

    PerformedProcedureStepDescription: Annotated[
        vr.LO | None,
        Attribute(0x00400254, "LO", "1", "3", name="Performed Procedure Step Description"),
    ] = None
    """Performed Procedure Step Description (0040,0254): Type 3, VR LO, VM 1. Institution-generated description or classification of the Procedure Step that was performed."""

    PerformedProtocolCodeSequence: Annotated[
        list[_ScheduledProtocolCodeSequenceItem] | None,
        Attribute(0x00400260, "SQ", "1", "3", name="Performed Protocol Code Sequence"),
    ] = None
    """Performed Protocol Code Sequence (0040,0260): Type 3, VR SQ, VM 1. Sequence describing the Protocol performed for this Procedure Step. One or more Items are permitted in this Sequence."""

    CommentsOnThePerformedProcedureStep: Annotated[
        vr.ST | None,
        Attribute(0x00400280, "ST", "1", "3", name="Comments on the Performed Procedure Step"),
    ] = None
    """Comments on the Performed Procedure Step (0040,0280): Type 3, VR ST, VM 1. User-defined comments on the Performed Procedure Step."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IssuerOfAccessionNumberSequenceItem": (
        "dicomodel.items.hl7v2_hierarchic_designator_item",
        "HL7v2HierarchicDesignatorItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "Modality": (
        "dicomodel.enums.modality",
        "ModalityVisualFieldStaticPerimetryMeasurementsSeries",
    ),
    "PerformedProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
    "ProtocolContextSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "ReasonForRequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedPerformedProcedureStepSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedStudySequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RequestAttributesSequenceItem": (
        "dicomodel.items.request_attributes_item",
        "RequestAttributesItem",
    ),
    "RequestedProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ScheduledProtocolCodeSequenceItem": (
        "dicomodel.items.scheduled_protocol_code_sequence_item",
        "ScheduledProtocolCodeSequenceItem",
    ),
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
