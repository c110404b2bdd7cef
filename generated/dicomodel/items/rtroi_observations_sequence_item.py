"""Item class RTROIObservationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rtroi_interpreted_type import (
        RTROIInterpretedTypeTerm as _RTROIInterpretedTypeTerm,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.identified_person_or_device_item import (
        IdentifiedPersonOrDeviceItem as _IdentifiedPersonOrDeviceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.related_rtroi_observations_sequence_item import (
        RelatedRTROIObservationsSequenceItem as _RelatedRTROIObservationsSequenceItem,
    )
    from dicomodel.items.roi_physical_properties_sequence_item import (
        ROIPhysicalPropertiesSequenceItem as _ROIPhysicalPropertiesSequenceItem,
    )
    from dicomodel.items.rt_related_roi_sequence_item import (
        RTRelatedROISequenceItem as _RTRelatedROISequenceItem,
    )
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as _SegmentedPropertyTypeCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _IdentifiedPersonOrDeviceItem = Lazy(
        "dicomodel.items.identified_person_or_device_item", "IdentifiedPersonOrDeviceItem"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ROIPhysicalPropertiesSequenceItem = Lazy(
        "dicomodel.items.roi_physical_properties_sequence_item", "ROIPhysicalPropertiesSequenceItem"
    )
    _RTROIInterpretedTypeTerm = Lazy(
        "dicomodel.enums.rtroi_interpreted_type", "RTROIInterpretedTypeTerm"
    )
    _RTRelatedROISequenceItem = Lazy(
        "dicomodel.items.rt_related_roi_sequence_item", "RTRelatedROISequenceItem"
    )
    _RelatedRTROIObservationsSequenceItem = Lazy(
        "dicomodel.items.related_rtroi_observations_sequence_item",
        "RelatedRTROIObservationsSequenceItem",
    )
    _SegmentedPropertyTypeCodeSequenceItem = Lazy(
        "dicomodel.items.segmented_property_type_code_sequence_item",
        "SegmentedPropertyTypeCodeSequenceItem",
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
    "RTROIObservationsSequenceItem",
    "RTROIRelationshipTerm",
    "RTRelatedROISequenceItem",
    "RelatedRTROIObservationsSequenceItem",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "TherapeuticRoleCategoryCodeSequenceItem",
    "TherapeuticRoleTypeCodeSequenceItem",
]


class RTROIObservationsSequenceItem(DicomModel):
    """An item of RT ROI Observations Sequence (3006,0080), as first defined in RT ROI Observations Module Attributes (C.8-44)."""

    dicom_name: ClassVar[str] = "RT ROI Observations Sequence"
    dicom_table: ClassVar[str] = "table_C.8-44"

    ObservationNumber: Annotated[
        vr.IS, Attribute(0x30060082, "IS", "1", "1", name="Observation Number")
    ]
    """Observation Number (3006,0082): Type 1, VR IS, VM 1. Identification number of the Observation. The value of Observation Number (3006,0082) shall be unique within the RT ROI Observations Sequence (3006,0080)."""

    ReferencedROINumber: Annotated[
        vr.IS, Attribute(0x30060084, "IS", "1", "1", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 1, VR IS, VM 1. Uniquely identifies the referenced ROI described in the Structure Set ROI Sequence (3006,0020)."""

    ROIObservationDateTime: Annotated[
        vr.DT | None, Attribute(0x3006002E, "DT", "1", "3", name="ROI Observation DateTime")
    ] = None
    """ROI Observation DateTime (3006,002E): Type 3, VR DT, VM 1. DateTime this ROI Observation was created."""

    ROIObservationContextCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x3006004F, "SQ", "1", "3", name="ROI Observation Context Code Sequence"),
    ] = None
    """ROI Observation Context Code Sequence (3006,004F): Type 3, VR SQ, VM 1. The contexts in which the ROI was defined. One or more Items are permitted in this Sequence."""

    RTRelatedROISequence: Annotated[
        list[_RTRelatedROISequenceItem] | None,
        Attribute(0x30060030, "SQ", "1", "3", name="RT Related ROI Sequence"),
    ] = None
    """RT Related ROI Sequence (3006,0030): Type 3, VR SQ, VM 1. Sequence of significantly related ROIs, e.g., CTVs contained within a PTV. One or more Items are permitted in this Sequence."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). One or more Items are permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    SegmentedPropertyCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00620003, "SQ", "1", "3", name="Segmented Property Category Code Sequence"),
    ] = None
    """Segmented Property Category Code Sequence (0062,0003): Type 3, VR SQ, VM 1. Sequence defining the general category of the property this ROI represents. Only a single Item is permitted in this Sequence. See Note 1."""

    RTROIIdentificationCodeSequence: Annotated[
        list[_SegmentedPropertyTypeCodeSequenceItem] | None,
        Attribute(0x30060086, "SQ", "1", "3", name="RT ROI Identification Code Sequence"),
    ] = None
    """RT ROI Identification Code Sequence (3006,0086): Type 3, VR SQ, VM 1. Sequence containing Code used to identify ROI. Only a single Item is permitted in this Sequence. See Note 2."""

    TherapeuticRoleCategoryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100064, "SQ", "1", "3", name="Therapeutic Role Category Code Sequence"),
    ] = None
    """Therapeutic Role Category Code Sequence (3010,0064): Type 3, VR SQ, VM 1. The general category of the therapeutic role of this ROI. Only a single Item is permitted in this Sequence."""

    TherapeuticRoleTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x30100065, "SQ", "1", "3", name="Therapeutic Role Type Code Sequence"),
    ] = None
    """Therapeutic Role Type Code Sequence (3010,0065): Type 3, VR SQ, VM 1. The specific property type of the therapeutic role of this ROI. Only a single Item is permitted in this Sequence."""

    RelatedRTROIObservationsSequence: Annotated[
        list[_RelatedRTROIObservationsSequenceItem] | None,
        Attribute(0x300600A0, "SQ", "1", "3", name="Related RT ROI Observations Sequence"),
    ] = None
    """Related RT ROI Observations Sequence (3006,00A0): Type 3, VR SQ, VM 1. Sequence of related ROI Observations. One or more Items are permitted in this Sequence."""

    RTROIInterpretedType: Annotated[
        _RTROIInterpretedTypeTerm | vr.CS | None,
        Attribute(0x300600A4, "CS", "1", "2", name="RT ROI Interpreted Type"),
    ]
    """RT ROI Interpreted Type (3006,00A4): Type 2, VR CS, VM 1. Type of ROI. See Section C.8.8.8.1. Defined Terms: EXTERNAL external patient contour PTV Planning Target Volume (as defined in [ICRU Report 50]) CTV Clinical Target Volume (as defined in [ICRU Report 50]) GTV Gross Tumor Volume (as defined..."""

    ROIInterpreter: Annotated[
        vr.PN | None, Attribute(0x300600A6, "PN", "1", "2", name="ROI Interpreter")
    ]
    """ROI Interpreter (3006,00A6): Type 2, VR PN, VM 1. Name of person performing the interpretation."""

    ROIInterpreterSequence: Annotated[
        list[_IdentifiedPersonOrDeviceItem] | None,
        Attribute(
            0x3006004E,
            "SQ",
            "1",
            "1C",
            name="ROI Interpreter Sequence",
            when=(
                "and",
                ("present", (0x30060020, 0x3006004D)),
                ("unknown", "depends on who performed the interpretation"),
            ),
            otherwise="may",
        ),
    ] = None
    """ROI Interpreter Sequence (3006,004E): Type 1C, VR SQ, VM 1. Required if ROI Creator Sequence (3006,004D) is present in the Structure Set Module, and the person or device performing the interpretation differs from ROI Creator Sequence (3006,004D). May be present otherwise. Person or device performing the interpretation. Required if ROI Creator Sequence (3006,004D) is present in the Structure Set Module, and the person or device performing the interpretation differs from ROI Creator Sequence (3006,004D)."""

    MaterialID: Annotated[
        vr.SH | None, Attribute(0x300A00E1, "SH", "1", "3", name="Material ID")
    ] = None
    """Material ID (300A,00E1): Type 3, VR SH, VM 1. User-supplied identifier for ROI material."""

    ROIPhysicalPropertiesSequence: Annotated[
        list[_ROIPhysicalPropertiesSequenceItem] | None,
        Attribute(0x300600B0, "SQ", "1", "3", name="ROI Physical Properties Sequence"),
    ] = None
    """ROI Physical Properties Sequence (3006,00B0): Type 3, VR SQ, VM 1. Sequence describing physical properties associated with current ROI interpretation. One or more Items are permitted in this Sequence."""


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
