"""RT ROI Observations Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.rtroi_observations_sequence_item import (
        RTROIObservationsSequenceItem as _RTROIObservationsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _RTROIObservationsSequenceItem = Lazy(
        "dicomodel.items.rtroi_observations_sequence_item", "RTROIObservationsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.observer_type import ObserverType as ObserverType
    from dicomodel.enums.roi_physical_property import (
        ROIPhysicalPropertyTerm as ROIPhysicalPropertyTerm,
    )
    from dicomodel.enums.rtroi_interpreted_type import (
        RTROIInterpretedTypeTerm as RTROIInterpretedTypeTerm,
    )
    from dicomodel.enums.rtroi_relationship import RTROIRelationshipTerm as RTROIRelationshipTerm
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OrganizationalRoleCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ROIObservationContextCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TherapeuticRoleTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as ROIInterpreterSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.related_rtroi_observations_sequence_item import (
        RelatedRTROIObservationsSequenceItem as RelatedRTROIObservationsSequenceItem,
    )
    from dicomodel.items.roi_elemental_composition_sequence_item import (
        ROIElementalCompositionSequenceItem as ROIElementalCompositionSequenceItem,
    )
    from dicomodel.items.roi_physical_properties_sequence_item import (
        ROIPhysicalPropertiesSequenceItem as ROIPhysicalPropertiesSequenceItem,
    )
    from dicomodel.items.rt_related_roi_sequence_item import (
        RTRelatedROISequenceItem as RTRelatedROISequenceItem,
    )
    from dicomodel.items.rtroi_observations_sequence_item import (
        RTROIObservationsSequenceItem as RTROIObservationsSequenceItem,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as RTROIIdentificationCodeSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "MappingResourceTerm",
    "ObserverType",
    "OrganizationalRoleCodeSequenceItem",
    "PersonIdentificationCodeSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ROIElementalCompositionSequenceItem",
    "ROIInterpreterSequenceItem",
    "ROIObservationContextCodeSequenceItem",
    "ROIPhysicalPropertiesSequenceItem",
    "ROIPhysicalPropertyTerm",
    "RTROIIdentificationCodeSequenceItem",
    "RTROIInterpretedTypeTerm",
    "RTROIObservationsModule",
    "RTROIObservationsSequenceItem",
    "RTROIRelationshipTerm",
    "RTRelatedROISequenceItem",
    "RelatedRTROIObservationsSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
]


class RTROIObservationsModule(DicomModel):
    """RT ROI Observations Module Attributes (PS3.3 Table C.8-44)."""

    dicom_name: ClassVar[str] = "RT ROI Observations"
    dicom_table: ClassVar[str] = "table_C.8-44"

    RTROIObservationsSequence: Annotated[
        list[_RTROIObservationsSequenceItem],
        Attribute(0x30060080, "SQ", "1", "1", name="RT ROI Observations Sequence"),
    ]
    """RT ROI Observations Sequence (3006,0080): Type 1, VR SQ, VM 1. Sequence of observations related to ROIs defined in the Structure Set ROI Sequence (3006,0020) of the Structure Set Module. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
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
    "ObserverType": ("dicomodel.enums.observer_type", "ObserverType"),
    "OrganizationalRoleCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ROIElementalCompositionSequenceItem": (
        "dicomodel.items.roi_elemental_composition_sequence_item",
        "ROIElementalCompositionSequenceItem",
    ),
    "ROIInterpreterSequenceItem": (
        "dicomodel.items.identified_person_or_device_item",
        "IdentifiedPersonOrDeviceItem",
    ),
    "ROIObservationContextCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ROIPhysicalPropertiesSequenceItem": (
        "dicomodel.items.roi_physical_properties_sequence_item",
        "ROIPhysicalPropertiesSequenceItem",
    ),
    "ROIPhysicalPropertyTerm": ("dicomodel.enums.roi_physical_property", "ROIPhysicalPropertyTerm"),
    "RTROIIdentificationCodeSequenceItem": (
        "dicomodel.items.segmented_property_type_code_sequence_item",
        "SegmentedPropertyTypeCodeSequenceItem",
    ),
    "RTROIInterpretedTypeTerm": (
        "dicomodel.enums.rtroi_interpreted_type",
        "RTROIInterpretedTypeTerm",
    ),
    "RTROIObservationsSequenceItem": (
        "dicomodel.items.rtroi_observations_sequence_item",
        "RTROIObservationsSequenceItem",
    ),
    "RTROIRelationshipTerm": ("dicomodel.enums.rtroi_relationship", "RTROIRelationshipTerm"),
    "RTRelatedROISequenceItem": (
        "dicomodel.items.rt_related_roi_sequence_item",
        "RTRelatedROISequenceItem",
    ),
    "RelatedRTROIObservationsSequenceItem": (
        "dicomodel.items.related_rtroi_observations_sequence_item",
        "RelatedRTROIObservationsSequenceItem",
    ),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TherapeuticRoleCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TherapeuticRoleTypeCodeSequenceItem": (
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
