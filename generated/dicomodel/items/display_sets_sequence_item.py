"""Item class DisplaySetsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.blending_operation_type import (
        BlendingOperationTypeTerm as _BlendingOperationTypeTerm,
    )
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustificationValue as _DisplaySetHorizontalJustificationValue,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustificationValue as _DisplaySetVerticalJustificationValue,
    )
    from dicomodel.enums.reformatting_operation_initial_view_direction import (
        ReformattingOperationInitialViewDirectionTerm as _ReformattingOperationInitialViewDirectionTerm,
    )
    from dicomodel.enums.reformatting_operation_type import (
        ReformattingOperationTypeTerm as _ReformattingOperationTypeTerm,
    )
    from dicomodel.enums.show_acquisition_techniques_flag import (
        ShowAcquisitionTechniquesFlagValue as _ShowAcquisitionTechniquesFlagValue,
    )
    from dicomodel.enums.show_graphic_annotation_flag import (
        ShowGraphicAnnotationFlagValue as _ShowGraphicAnnotationFlagValue,
    )
    from dicomodel.enums.show_grayscale_inverted import (
        ShowGrayscaleInvertedValue as _ShowGrayscaleInvertedValue,
    )
    from dicomodel.enums.show_image_true_size_flag import (
        ShowImageTrueSizeFlagValue as _ShowImageTrueSizeFlagValue,
    )
    from dicomodel.enums.show_patient_demographics_flag import (
        ShowPatientDemographicsFlagValue as _ShowPatientDemographicsFlagValue,
    )
    from dicomodel.enums.voi_type import VOITypeTerm as _VOITypeTerm
    from dicomodel.items.filter_operations_sequence_item import (
        FilterOperationsSequenceItem as _FilterOperationsSequenceItem,
    )
    from dicomodel.items.image_boxes_sequence_item import (
        ImageBoxesSequenceItem as _ImageBoxesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
    from dicomodel.items.sorting_operations_sequence_item import (
        SortingOperationsSequenceItem as _SortingOperationsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingOperationTypeTerm = Lazy(
        "dicomodel.enums.blending_operation_type", "BlendingOperationTypeTerm"
    )
    _DisplaySetHorizontalJustificationValue = Lazy(
        "dicomodel.enums.display_set_horizontal_justification",
        "DisplaySetHorizontalJustificationValue",
    )
    _DisplaySetVerticalJustificationValue = Lazy(
        "dicomodel.enums.display_set_vertical_justification", "DisplaySetVerticalJustificationValue"
    )
    _FilterOperationsSequenceItem = Lazy(
        "dicomodel.items.filter_operations_sequence_item", "FilterOperationsSequenceItem"
    )
    _ImageBoxesSequenceItem = Lazy(
        "dicomodel.items.image_boxes_sequence_item", "ImageBoxesSequenceItem"
    )
    _ReformattingOperationInitialViewDirectionTerm = Lazy(
        "dicomodel.enums.reformatting_operation_initial_view_direction",
        "ReformattingOperationInitialViewDirectionTerm",
    )
    _ReformattingOperationTypeTerm = Lazy(
        "dicomodel.enums.reformatting_operation_type", "ReformattingOperationTypeTerm"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )
    _ShowAcquisitionTechniquesFlagValue = Lazy(
        "dicomodel.enums.show_acquisition_techniques_flag", "ShowAcquisitionTechniquesFlagValue"
    )
    _ShowGraphicAnnotationFlagValue = Lazy(
        "dicomodel.enums.show_graphic_annotation_flag", "ShowGraphicAnnotationFlagValue"
    )
    _ShowGrayscaleInvertedValue = Lazy(
        "dicomodel.enums.show_grayscale_inverted", "ShowGrayscaleInvertedValue"
    )
    _ShowImageTrueSizeFlagValue = Lazy(
        "dicomodel.enums.show_image_true_size_flag", "ShowImageTrueSizeFlagValue"
    )
    _ShowPatientDemographicsFlagValue = Lazy(
        "dicomodel.enums.show_patient_demographics_flag", "ShowPatientDemographicsFlagValue"
    )
    _SortingOperationsSequenceItem = Lazy(
        "dicomodel.items.sorting_operations_sequence_item", "SortingOperationsSequenceItem"
    )
    _VOITypeTerm = Lazy("dicomodel.enums.voi_type", "VOITypeTerm")

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
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.filter_operations_sequence_item import (
        FilterOperationsSequenceItem as FilterOperationsSequenceItem,
    )
    from dicomodel.items.image_boxes_sequence_item import (
        ImageBoxesSequenceItem as ImageBoxesSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as PseudoColorPaletteInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sorting_operations_sequence_item import (
        SortingOperationsSequenceItem as SortingOperationsSequenceItem,
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
    "ImageBoxLargeScrollType",
    "ImageBoxLayoutTypeTerm",
    "ImageBoxScrollDirection",
    "ImageBoxSmallScrollType",
    "ImageBoxesSequenceItem",
    "ImageSetSelectorUsageFlag",
    "MappingResourceTerm",
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
    "VOITypeTerm",
]


class DisplaySetsSequenceItem(DicomModel):
    """An item of Display Sets Sequence (0072,0200), as first defined in Hanging Protocol Display Module Attributes (C.23.3-1)."""

    dicom_name: ClassVar[str] = "Display Sets Sequence"
    dicom_table: ClassVar[str] = "table_C.23.3-1"

    DisplaySetNumber: Annotated[
        vr.US, Attribute(0x00720202, "US", "1", "1", name="Display Set Number")
    ]
    """Display Set Number (0072,0202): Type 1, VR US, VM 1. A monotonically increasing integer, starting from 1, incrementing by 1, unique within the Hanging Protocol Instance. It shall be used to identify linked display sets in the Display Set Scrolling Group (0072,0212)."""

    DisplaySetLabel: Annotated[
        vr.LO | None, Attribute(0x00720203, "LO", "1", "3", name="Display Set Label")
    ] = None
    """Display Set Label (0072,0203): Type 3, VR LO, VM 1. Description of the objective of the display set defined by this Sequence Item."""

    DisplaySetPresentationGroup: Annotated[
        vr.US, Attribute(0x00720204, "US", "1", "1", name="Display Set Presentation Group")
    ]
    """Display Set Presentation Group (0072,0204): Type 1, VR US, VM 1. Positive integer value that designates this Display Set as part of a specific presentation group. All Display Sets with the same Display Set Presentation Group (0072,0204) value shall be displayed at the same time."""

    ImageSetNumber: Annotated[vr.US, Attribute(0x00720032, "US", "1", "1", name="Image Set Number")]
    """Image Set Number (0072,0032): Type 1, VR US, VM 1. Image Set Number (0072,0032) value from a Time Based Image Sets Sequence (0072,0030) Item within the Image Sets Sequence (0072,0020) Item that is selected for display by this Display Set."""

    ImageBoxesSequence: Annotated[
        list[_ImageBoxesSequenceItem],
        Attribute(0x00720300, "SQ", "1", "1", name="Image Boxes Sequence"),
    ]
    """Image Boxes Sequence (0072,0300): Type 1, VR SQ, VM 1. Sequence that defines the image boxes for this Display Set. Only a single Item shall be included in this Sequence unless Image Box Layout Type (0072,0304) is TILED, in which case one or more Items shall be included in this Sequence."""

    FilterOperationsSequence: Annotated[
        list[_FilterOperationsSequenceItem] | None,
        Attribute(
            0x00720400,
            "SQ",
            "1",
            "2",
            name="Filter Operations Sequence",
            enumerated=((0, ("TRANSVERSE", "CORONAL", "SAGITTAL", "OBLIQUE")),),
        ),
    ]
    """Filter Operations Sequence (0072,0400): Type 2, VR SQ, VM 1. Sequence that defines filter criteria to be applied to the image set identified by Image Set Number (0072,0032). Zero or more Items shall be included in this Sequence. See Section C.23.3.1.1."""

    SortingOperationsSequence: Annotated[
        list[_SortingOperationsSequenceItem] | None,
        Attribute(0x00720600, "SQ", "1", "2", name="Sorting Operations Sequence"),
    ]
    """Sorting Operations Sequence (0072,0600): Type 2, VR SQ, VM 1. Sequence that defines sorting criteria to be applied to the result of filter and reformat operations, to define the order in which to present the images in the Image Boxes. Zero or more Items shall be included in this Sequence."""

    BlendingOperationType: Annotated[
        _BlendingOperationTypeTerm | vr.CS | None,
        Attribute(0x00720500, "CS", "1", "3", name="Blending Operation Type"),
    ] = None
    """Blending Operation Type (0072,0500): Type 3, VR CS, VM 1. Type of blending of superimposed and underlying images from the image set, performed before reformatting. See Section C.23.3.1.3. Defined Terms: COLOR apply a pseudo-color to the superimposed image while blending"""

    ReformattingOperationType: Annotated[
        _ReformattingOperationTypeTerm | vr.CS | None,
        Attribute(0x00720510, "CS", "1", "3", name="Reformatting Operation Type"),
    ] = None
    """Reformatting Operation Type (0072,0510): Type 3, VR CS, VM 1. Reformatting operation to be applied to the Image Set. Defined Terms: MPR 3D_RENDERING SLAB"""

    ReformattingThickness: Annotated[
        vr.FD | None,
        Attribute(
            0x00720512,
            "FD",
            "1",
            "1C",
            name="Reformatting Thickness",
            when=("value", 0x00720510, 0, "in", ("SLAB", "MPR")),
            otherwise="may",
        ),
    ] = None
    """Reformatting Thickness (0072,0512): Type 1C, VR FD, VM 1. Required if value of Reformatting Operation Type (0072,0510) is SLAB or MPR. May be present otherwise. The desired thickness of the reformatted images in millimeters. Required if value of Reformatting Operation Type (0072,0510) is SLAB or MPR. May be present otherwise."""

    ReformattingInterval: Annotated[
        vr.FD | None,
        Attribute(
            0x00720514,
            "FD",
            "1",
            "1C",
            name="Reformatting Interval",
            when=("value", 0x00720510, 0, "in", ("SLAB", "MPR")),
            otherwise="may",
        ),
    ] = None
    """Reformatting Interval (0072,0514): Type 1C, VR FD, VM 1. Required if value of Reformatting Operation Type (0072,0510) is SLAB or MPR. May be present otherwise. The desired spacing of the reformatted images in millimeters. The spacing is measured from the center-to-center of each reconstructed image. Required if value of Reformatting Operation Type (0072,0510) is SLAB or MPR."""

    ReformattingOperationInitialViewDirection: Annotated[
        _ReformattingOperationInitialViewDirectionTerm | vr.CS | None,
        Attribute(
            0x00720516,
            "CS",
            "1",
            "1C",
            name="Reformatting Operation Initial View Direction",
            when=("value", 0x00720510, 0, "in", ("MPR", "3D_RENDERING")),
            otherwise="may",
        ),
    ] = None
    """Reformatting Operation Initial View Direction (0072,0516): Type 1C, VR CS, VM 1. Required if the value of Reformatting Operation Type (0072,0510) is MPR or 3D_RENDERING. May be present otherwise. Initial view of the reformatted images. Required if the value of Reformatting Operation Type (0072,0510) is MPR or 3D_RENDERING. May be present otherwise. Defined Terms: SAGITTAL TRANSVERSE CORONAL OBLIQUE"""

    ThreeDRenderingType: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00720520,
            "CS",
            "1-n",
            "1C",
            name="3D Rendering Type",
            when=(
                "unknown",
                "condition not read: not understood: ':' (in 'Required if the value of Reformatting Operation Type (0072,0510) is 3D_RENDERING :')",
            ),
        ),
    ] = None
    """3D Rendering Type (0072,0520): Type 1C, VR CS, VM 1-n. Required if the value of Reformatting Operation Type (0072,0510) is 3D_RENDERING: Describes the intended 3D rendering type. One or more values shall be present. The first value shall not be zero length. Required if the value of Reformatting Operation Type (0072,0510) is 3D_RENDERING: Defined Terms for Value 1: MIP SURFAC..."""

    DisplaySetPatientOrientation: Annotated[
        list[vr.CS] | None,
        Attribute(0x00720700, "CS", "2", "3", name="Display Set Patient Orientation"),
    ] = None
    """Display Set Patient Orientation (0072,0700): Type 3, VR CS, VM 2. Patient direction of the rows and columns of the images, as intended for display. See Section C.23.3.1.4."""

    DisplaySetHorizontalJustification: Annotated[
        _DisplaySetHorizontalJustificationValue | None,
        Attribute(
            0x00720717,
            "CS",
            "1",
            "3",
            name="Display Set Horizontal Justification",
            enumerated=((0, ("LEFT", "CENTER", "RIGHT")),),
        ),
    ] = None
    """Display Set Horizontal Justification (0072,0717): Type 3, VR CS, VM 1. Indicates direction in which to horizontally justify the image within a viewport that is not the same shape (aspect ratio) as the image."""

    DisplaySetVerticalJustification: Annotated[
        _DisplaySetVerticalJustificationValue | None,
        Attribute(
            0x00720718,
            "CS",
            "1",
            "3",
            name="Display Set Vertical Justification",
            enumerated=((0, ("TOP", "CENTER", "BOTTOM")),),
        ),
    ] = None
    """Display Set Vertical Justification (0072,0718): Type 3, VR CS, VM 1. Indicates direction in which to vertically justify the image within a viewport that is not the same shape (aspect ratio) as the image. Enumerated Values: TOP CENTER BOTTOM"""

    VOIType: Annotated[
        _VOITypeTerm | vr.CS | None, Attribute(0x00720702, "CS", "1", "3", name="VOI Type")
    ] = None
    """VOI Type (0072,0702): Type 3, VR CS, VM 1. Expected value of interest transformation for display (e.g., Window Center and Window Width or VOI LUT). Defined Terms: LUNG MEDIASTINUM ABDO_PELVIS LIVER SOFT_TISSUE BONE BRAIN POST_FOSSA"""

    PseudoColorType: Annotated[
        vr.CS | None, Attribute(0x00720704, "CS", "1", "3", name="Pseudo-Color Type")
    ] = None
    """Pseudo-Color Type (0072,0704): Type 3, VR CS, VM 1. A category of pseudo-color palette choice to be applied after application of the VOI LUT. If this Attribute is not present, a pseudo-color palette shall not be applied."""

    PseudoColorPaletteInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00720705,
            "SQ",
            "1",
            "1C",
            name="Pseudo-Color Palette Instance Reference Sequence",
            when=(
                "unknown",
                "condition not read: no value after the verb at 'a' (in 'Required if Pseudo-Color Type (0072,0704) is a reference to a standard palette')",
            ),
        ),
    ] = None
    """Pseudo-Color Palette Instance Reference Sequence (0072,0705): Type 1C, VR SQ, VM 1. Required if Pseudo-Color Type (0072,0704) is a reference to a standard palette. May be present otherwise if Pseudo-Color Type (0072,0704) is present. Reference to a Color Palette Storage Instance to be applied after application of the VOI LUT. Only a single Item shall be included in this Sequence. The Referenced SOP Class UID (0008,1150) shall be \"1.2.840.10008.5.1.4.39.1\"."""

    ShowGrayscaleInverted: Annotated[
        _ShowGrayscaleInvertedValue | None,
        Attribute(
            0x00720706,
            "CS",
            "1",
            "3",
            name="Show Grayscale Inverted",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Show Grayscale Inverted (0072,0706): Type 3, VR CS, VM 1. Whether or not to invert the rendered luminance of the displayed values. See Section C.23.3.1.4. Enumerated Values: YES The maximum output value after the display pipeline has been applied shall be displayed with the minimum available lumin..."""

    ShowImageTrueSizeFlag: Annotated[
        _ShowImageTrueSizeFlagValue | None,
        Attribute(
            0x00720710,
            "CS",
            "1",
            "3",
            name="Show Image True Size Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Show Image True Size Flag (0072,0710): Type 3, VR CS, VM 1. Indicates whether or not to display images with the physical size of the rendered image pixel the same on the screen as specified in the image Attributes, unless overridden by a Presentation State Instance."""

    ShowGraphicAnnotationFlag: Annotated[
        _ShowGraphicAnnotationFlagValue | None,
        Attribute(
            0x00720712,
            "CS",
            "1",
            "3",
            name="Show Graphic Annotation Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Show Graphic Annotation Flag (0072,0712): Type 3, VR CS, VM 1. Indicates whether or not to display Items from the Graphic Annotation Sequence (0070,0001) in an applied Presentation State, and the Attributes of the Overlay Plane Module in the image objects or applied Presentation State."""

    ShowPatientDemographicsFlag: Annotated[
        _ShowPatientDemographicsFlagValue | None,
        Attribute(
            0x00720714,
            "CS",
            "1",
            "3",
            name="Show Patient Demographics Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Show Patient Demographics Flag (0072,0714): Type 3, VR CS, VM 1. Indicates whether or not to display patient and Study identification information. Enumerated Values: YES NO"""

    ShowAcquisitionTechniquesFlag: Annotated[
        _ShowAcquisitionTechniquesFlagValue | None,
        Attribute(
            0x00720716,
            "CS",
            "1",
            "3",
            name="Show Acquisition Techniques Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Show Acquisition Techniques Flag (0072,0716): Type 3, VR CS, VM 1. Indicates whether or not to display image acquisition technique information. Enumerated Values: YES NO"""

    DisplaySetPresentationGroupDescription: Annotated[
        vr.LO | None,
        Attribute(0x00720206, "LO", "1", "3", name="Display Set Presentation Group Description"),
    ] = None
    """Display Set Presentation Group Description (0072,0206): Type 3, VR LO, VM 1. Description of the intent of the Display Set Presentation Group (0072,0204). If present, shall have the same value in all Sequence Items assigned the same value for Display Set Presentation Group (0072,0204)."""


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
