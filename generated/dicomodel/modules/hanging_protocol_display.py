"""Hanging Protocol Display Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.partial_data_display_handling import (
        PartialDataDisplayHandlingValue as _PartialDataDisplayHandlingValue,
    )
    from dicomodel.items.display_sets_sequence_item import (
        DisplaySetsSequenceItem as _DisplaySetsSequenceItem,
    )
    from dicomodel.items.navigation_indicator_sequence_item import (
        NavigationIndicatorSequenceItem as _NavigationIndicatorSequenceItem,
    )
    from dicomodel.items.synchronized_scrolling_sequence_item import (
        SynchronizedScrollingSequenceItem as _SynchronizedScrollingSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DisplaySetsSequenceItem = Lazy(
        "dicomodel.items.display_sets_sequence_item", "DisplaySetsSequenceItem"
    )
    _NavigationIndicatorSequenceItem = Lazy(
        "dicomodel.items.navigation_indicator_sequence_item", "NavigationIndicatorSequenceItem"
    )
    _PartialDataDisplayHandlingValue = Lazy(
        "dicomodel.enums.partial_data_display_handling", "PartialDataDisplayHandlingValue"
    )
    _SynchronizedScrollingSequenceItem = Lazy(
        "dicomodel.items.synchronized_scrolling_sequence_item", "SynchronizedScrollingSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blending_operation_type import (
        BlendingOperationTypeTerm as BlendingOperationTypeTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustification as DisplaySetHorizontalJustification,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustification as DisplaySetVerticalJustification,
    )
    from dicomodel.enums.filter_by_attribute_presence import (
        FilterByAttributePresence as FilterByAttributePresence,
    )
    from dicomodel.enums.filter_by_category import FilterByCategoryTerm as FilterByCategoryTerm
    from dicomodel.enums.filter_by_operator import FilterByOperator as FilterByOperator
    from dicomodel.enums.image_box_large_scroll_type import (
        ImageBoxLargeScrollType as ImageBoxLargeScrollType,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.image_box_scroll_direction import (
        ImageBoxScrollDirection as ImageBoxScrollDirection,
    )
    from dicomodel.enums.image_box_small_scroll_type import (
        ImageBoxSmallScrollType as ImageBoxSmallScrollType,
    )
    from dicomodel.enums.image_set_selector_usage_flag import (
        ImageSetSelectorUsageFlag as ImageSetSelectorUsageFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.partial_data_display_handling import (
        PartialDataDisplayHandling as PartialDataDisplayHandling,
    )
    from dicomodel.enums.reformatting_operation_initial_view_direction import (
        ReformattingOperationInitialViewDirectionTerm as ReformattingOperationInitialViewDirectionTerm,
    )
    from dicomodel.enums.reformatting_operation_type import (
        ReformattingOperationTypeTerm as ReformattingOperationTypeTerm,
    )
    from dicomodel.enums.show_acquisition_techniques_flag import (
        ShowAcquisitionTechniquesFlag as ShowAcquisitionTechniquesFlag,
    )
    from dicomodel.enums.show_graphic_annotation_flag import (
        ShowGraphicAnnotationFlag as ShowGraphicAnnotationFlag,
    )
    from dicomodel.enums.show_grayscale_inverted import (
        ShowGrayscaleInverted as ShowGrayscaleInverted,
    )
    from dicomodel.enums.show_image_true_size_flag import (
        ShowImageTrueSizeFlag as ShowImageTrueSizeFlag,
    )
    from dicomodel.enums.show_patient_demographics_flag import (
        ShowPatientDemographicsFlag as ShowPatientDemographicsFlag,
    )
    from dicomodel.enums.sort_by_category import SortByCategoryTerm as SortByCategoryTerm
    from dicomodel.enums.sorting_direction import SortingDirection as SortingDirection
    from dicomodel.enums.voi_type import VOITypeTerm as VOITypeTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.display_sets_sequence_item import (
        DisplaySetsSequenceItem as DisplaySetsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.filter_operations_sequence_item import (
        FilterOperationsSequenceItem as FilterOperationsSequenceItem,
    )
    from dicomodel.items.image_boxes_sequence_item import (
        ImageBoxesSequenceItem as ImageBoxesSequenceItem,
    )
    from dicomodel.items.navigation_indicator_sequence_item import (
        NavigationIndicatorSequenceItem as NavigationIndicatorSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PseudoColorPaletteInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sorting_operations_sequence_item import (
        SortingOperationsSequenceItem as SortingOperationsSequenceItem,
    )
    from dicomodel.items.synchronized_scrolling_sequence_item import (
        SynchronizedScrollingSequenceItem as SynchronizedScrollingSequenceItem,
    )

__all__ = [
    "BlendingOperationTypeTerm",
    "ContextGroupExtensionFlag",
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "DisplaySetsSequenceItem",
    "EquivalentCodeSequenceItem",
    "FilterByAttributePresence",
    "FilterByCategoryTerm",
    "FilterByOperator",
    "FilterOperationsSequenceItem",
    "HangingProtocolDisplayModule",
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
    "NavigationIndicatorSequenceItem",
    "PartialDataDisplayHandling",
    "PseudoColorPaletteInstanceReferenceSequenceItem",
    "ReformattingOperationInitialViewDirectionTerm",
    "ReformattingOperationTypeTerm",
    "SelectorCodeSequenceValueItem",
    "ShowAcquisitionTechniquesFlag",
    "ShowGraphicAnnotationFlag",
    "ShowGrayscaleInverted",
    "ShowImageTrueSizeFlag",
    "ShowPatientDemographicsFlag",
    "SortByCategoryTerm",
    "SortingDirection",
    "SortingOperationsSequenceItem",
    "SynchronizedScrollingSequenceItem",
    "VOITypeTerm",
]


class HangingProtocolDisplayModule(DicomModel):
    """Hanging Protocol Display Module Attributes (PS3.3 Table C.23.3-1)."""

    dicom_name: ClassVar[str] = "Hanging Protocol Display"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    DisplaySetsSequence: Annotated[
        list[_DisplaySetsSequenceItem],
        Attribute(0x00720200, "SQ", "1", "1", name="Display Sets Sequence"),
    ]
    """Display Sets Sequence (0072,0200): Type 1, VR SQ, VM 1. Sequence that describes one or more display sets used to present the Image Sets defined in the Image Sets Sequence (0072,0020). One or more Items shall be included in this Sequence. See Section C.23.3.1."""

    PartialDataDisplayHandling: Annotated[
        _PartialDataDisplayHandlingValue | None,
        Attribute(
            0x00720208,
            "CS",
            "1",
            "2",
            name="Partial Data Display Handling",
            enumerated=((0, ("MAINTAIN_LAYOUT", "ADAPT_LAYOUT")),),
        ),
    ]
    """Partial Data Display Handling (0072,0208): Type 2, VR CS, VM 1. If one or more Image Sets identified by Image Set Number (0072,0032) in the Display Sets Sequence (0072,0200) Items is not available, indicate whether or not to maintain the expected layout in the absence of complete Image Sets."""

    SynchronizedScrollingSequence: Annotated[
        list[_SynchronizedScrollingSequenceItem] | None,
        Attribute(0x00720210, "SQ", "1", "3", name="Synchronized Scrolling Sequence"),
    ] = None
    """Synchronized Scrolling Sequence (0072,0210): Type 3, VR SQ, VM 1. Each Item of this Attribute identifies a group of Display Sets to which synchronized scrolling is to be applied. One or more Items are permitted in this Sequence."""

    NavigationIndicatorSequence: Annotated[
        list[_NavigationIndicatorSequenceItem] | None,
        Attribute(0x00720214, "SQ", "1", "3", name="Navigation Indicator Sequence"),
    ] = None
    """Navigation Indicator Sequence (0072,0214): Type 3, VR SQ, VM 1. Describes a geometric relationship between Display Sets for the purpose of static or interactive localization or navigation. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingOperationTypeTerm": (
        "dicomodel.enums.blending_operation_type",
        "BlendingOperationTypeTerm",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DisplaySetHorizontalJustification": (
        "dicomodel.enums.display_set_horizontal_justification",
        "DisplaySetHorizontalJustification",
    ),
    "DisplaySetVerticalJustification": (
        "dicomodel.enums.display_set_vertical_justification",
        "DisplaySetVerticalJustification",
    ),
    "DisplaySetsSequenceItem": (
        "dicomodel.items.display_sets_sequence_item",
        "DisplaySetsSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterByAttributePresence": (
        "dicomodel.enums.filter_by_attribute_presence",
        "FilterByAttributePresence",
    ),
    "FilterByCategoryTerm": ("dicomodel.enums.filter_by_category", "FilterByCategoryTerm"),
    "FilterByOperator": ("dicomodel.enums.filter_by_operator", "FilterByOperator"),
    "FilterOperationsSequenceItem": (
        "dicomodel.items.filter_operations_sequence_item",
        "FilterOperationsSequenceItem",
    ),
    "ImageBoxLargeScrollType": (
        "dicomodel.enums.image_box_large_scroll_type",
        "ImageBoxLargeScrollType",
    ),
    "ImageBoxLayoutTypeTerm": (
        "dicomodel.enums.image_box_layout_type",
        "ImageBoxLayoutTypeTermHangingProtocolDisplay",
    ),
    "ImageBoxScrollDirection": (
        "dicomodel.enums.image_box_scroll_direction",
        "ImageBoxScrollDirection",
    ),
    "ImageBoxSmallScrollType": (
        "dicomodel.enums.image_box_small_scroll_type",
        "ImageBoxSmallScrollType",
    ),
    "ImageBoxesSequenceItem": (
        "dicomodel.items.image_boxes_sequence_item",
        "ImageBoxesSequenceItem",
    ),
    "ImageSetSelectorUsageFlag": (
        "dicomodel.enums.image_set_selector_usage_flag",
        "ImageSetSelectorUsageFlag",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "NavigationIndicatorSequenceItem": (
        "dicomodel.items.navigation_indicator_sequence_item",
        "NavigationIndicatorSequenceItem",
    ),
    "PartialDataDisplayHandling": (
        "dicomodel.enums.partial_data_display_handling",
        "PartialDataDisplayHandling",
    ),
    "PseudoColorPaletteInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReformattingOperationInitialViewDirectionTerm": (
        "dicomodel.enums.reformatting_operation_initial_view_direction",
        "ReformattingOperationInitialViewDirectionTerm",
    ),
    "ReformattingOperationTypeTerm": (
        "dicomodel.enums.reformatting_operation_type",
        "ReformattingOperationTypeTerm",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ShowAcquisitionTechniquesFlag": (
        "dicomodel.enums.show_acquisition_techniques_flag",
        "ShowAcquisitionTechniquesFlag",
    ),
    "ShowGraphicAnnotationFlag": (
        "dicomodel.enums.show_graphic_annotation_flag",
        "ShowGraphicAnnotationFlag",
    ),
    "ShowGrayscaleInverted": ("dicomodel.enums.show_grayscale_inverted", "ShowGrayscaleInverted"),
    "ShowImageTrueSizeFlag": ("dicomodel.enums.show_image_true_size_flag", "ShowImageTrueSizeFlag"),
    "ShowPatientDemographicsFlag": (
        "dicomodel.enums.show_patient_demographics_flag",
        "ShowPatientDemographicsFlag",
    ),
    "SortByCategoryTerm": ("dicomodel.enums.sort_by_category", "SortByCategoryTerm"),
    "SortingDirection": ("dicomodel.enums.sorting_direction", "SortingDirection"),
    "SortingOperationsSequenceItem": (
        "dicomodel.items.sorting_operations_sequence_item",
        "SortingOperationsSequenceItem",
    ),
    "SynchronizedScrollingSequenceItem": (
        "dicomodel.items.synchronized_scrolling_sequence_item",
        "SynchronizedScrollingSequenceItem",
    ),
    "VOITypeTerm": ("dicomodel.enums.voi_type", "VOITypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
