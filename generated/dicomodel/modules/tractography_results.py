"""Tractography Results Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.track_set_sequence_item import (
        TrackSetSequenceItem as _TrackSetSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _TrackSetSequenceItem = Lazy("dicomodel.items.track_set_sequence_item", "TrackSetSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as TrackingAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionAcquisitionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as DiffusionModelCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModifierCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.measurement_values_sequence_item import (
        MeasurementValuesSequenceItem as MeasurementValuesSequenceItem,
    )
    from dicomodel.items.measurements_sequence_item import (
        MeasurementsSequenceItem as MeasurementsSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.table_summary_statistics_item import (
        TableSummaryStatisticsItem as TrackSetStatisticsSequenceItem,
    )
    from dicomodel.items.track_sequence_item import TrackSequenceItem as TrackSequenceItem
    from dicomodel.items.track_set_anatomical_type_code_sequence_item import (
        TrackSetAnatomicalTypeCodeSequenceItem as TrackSetAnatomicalTypeCodeSequenceItem,
    )
    from dicomodel.items.track_set_sequence_item import TrackSetSequenceItem as TrackSetSequenceItem
    from dicomodel.items.track_statistics_sequence_item import (
        TrackStatisticsSequenceItem as TrackStatisticsSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateContentDescriptionSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DiffusionAcquisitionCodeSequenceItem",
    "DiffusionModelCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MeasurementValuesSequenceItem",
    "MeasurementsSequenceItem",
    "ModifierCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "TrackSequenceItem",
    "TrackSetAnatomicalTypeCodeSequenceItem",
    "TrackSetSequenceItem",
    "TrackSetStatisticsSequenceItem",
    "TrackStatisticsSequenceItem",
    "TrackingAlgorithmIdentificationSequenceItem",
    "TractographyResultsModule",
]


class TractographyResultsModule(DicomModel):
    """Tractography Results Module Attributes (PS3.3 Table C.8.33-2)."""

    dicom_name: ClassVar[str] = "Tractography Results"
    dicom_table: ClassVar[str] = "table_C.8.33-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentLabel: Annotated[vr.CS, Attribute(0x00700080, "CS", "1", "1", name="Content Label")]
    """Content Label (0070,0080): Type 1, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    AlternateContentDescriptionSequence: Annotated[
        list[_AlternateContentDescriptionSequenceItem] | None,
        Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
    ] = None
    """Alternate Content Description Sequence (0070,0087): Type 3, VR SQ, VM 1. A Sequence containing alternate descriptions suitable for presentation to the user, e.g., in different languages. One or more Items are permitted in this Sequence."""

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

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the content creation started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the content creation started."""

    TrackSetSequence: Annotated[
        list[_TrackSetSequenceItem],
        Attribute(0x00660101, "SQ", "1", "1", name="Track Set Sequence"),
    ]
    """Track Set Sequence (0066,0101): Type 1, VR SQ, VM 1. Describes the track sets that are contained within the data. One or more Items shall be included in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=("unknown", "names no attribute: this Instance was created from DICOM images"),
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if this Instance was created from DICOM images. The set of images used for tractography for all Track Sets within this Instance. One or more Items shall be included in this Sequence. Required if this Instance was created from DICOM images."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DiffusionAcquisitionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "DiffusionModelCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MeasurementValuesSequenceItem": (
        "dicomodel.items.measurement_values_sequence_item",
        "MeasurementValuesSequenceItem",
    ),
    "MeasurementsSequenceItem": (
        "dicomodel.items.measurements_sequence_item",
        "MeasurementsSequenceItem",
    ),
    "ModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "TrackSequenceItem": ("dicomodel.items.track_sequence_item", "TrackSequenceItem"),
    "TrackSetAnatomicalTypeCodeSequenceItem": (
        "dicomodel.items.track_set_anatomical_type_code_sequence_item",
        "TrackSetAnatomicalTypeCodeSequenceItem",
    ),
    "TrackSetSequenceItem": ("dicomodel.items.track_set_sequence_item", "TrackSetSequenceItem"),
    "TrackSetStatisticsSequenceItem": (
        "dicomodel.items.table_summary_statistics_item",
        "TableSummaryStatisticsItem",
    ),
    "TrackStatisticsSequenceItem": (
        "dicomodel.items.track_statistics_sequence_item",
        "TrackStatisticsSequenceItem",
    ),
    "TrackingAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
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
