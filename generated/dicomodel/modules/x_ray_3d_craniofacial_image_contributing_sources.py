"""X-Ray 3D Craniofacial Image Contributing Sources Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources import (
        ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources as _ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources,
    )
else:
    from dicomodel.lazy import Lazy

    _ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources = Lazy(
        "dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources",
        "ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PerformedProtocolCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.contributing_sop_instances_reference_sequence_item import (
        ContributingSOPInstancesReferenceSequenceItem as ContributingSOPInstancesReferenceSequenceItem,
    )
    from dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources import (
        ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources as ContributingSourcesSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as OperatorIdentificationSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item import (
        ReferencedInstanceSequenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_series_sequence_item_general_contributing_sources import (
        ReferencedSeriesSequenceItemGeneralContributingSources as ReferencedSeriesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContributingSOPInstancesReferenceSequenceItem",
    "ContributingSourcesSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OperatorIdentificationSequenceItem",
    "PerformedProtocolCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSeriesSequenceItem",
    "XRay3DCraniofacialImageContributingSourcesModule",
]


class XRay3DCraniofacialImageContributingSourcesModule(DicomModel):
    """X-Ray 3D Craniofacial Image Contributing Sources Module Attributes (PS3.3 Table C.8.21.2.2-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Craniofacial Image Contributing Sources"
    dicom_table: ClassVar[str] = "table_C.8.21.2.2-1"

    ContributingSourcesSequence: Annotated[
        list[_ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources],
        Attribute(0x00189506, "SQ", "1", "1", name="Contributing Sources Sequence"),
    ]
    """Contributing Sources Sequence (0018,9506): Type 1, VR SQ, VM 1. A Sequence that describes characteristics of the sources that are used to create a derived SOP Instance. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContributingSOPInstancesReferenceSequenceItem": (
        "dicomodel.items.contributing_sop_instances_reference_sequence_item",
        "ContributingSOPInstancesReferenceSequenceItem",
    ),
    "ContributingSourcesSequenceItem": (
        "dicomodel.items.contributing_sources_sequence_item_x_ray3_d_craniofacial_image_contributing_sources",
        "ContributingSourcesSequenceItemXRay3DCraniofacialImageContributingSources",
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
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OperatorIdentificationSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "PerformedProtocolCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item",
        "ReferencedInstanceSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.referenced_series_sequence_item_general_contributing_sources",
        "ReferencedSeriesSequenceItemGeneralContributingSources",
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
