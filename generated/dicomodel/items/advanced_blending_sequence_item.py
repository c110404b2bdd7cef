"""Item class AdvancedBlendingSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.geometry_for_display import (
        GeometryForDisplayValue as _GeometryForDisplayValue,
    )
    from dicomodel.enums.time_series_blending import (
        TimeSeriesBlendingValue as _TimeSeriesBlendingValue,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as _PaletteColorLookupTableItem,
    )
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState as _ReferencedImageSequenceItemAdvancedBlendingPresentationState,
    )
    from dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state import (
        SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as _SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState,
    )
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as _ThresholdSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _GeometryForDisplayValue = Lazy(
        "dicomodel.enums.geometry_for_display", "GeometryForDisplayValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _PaletteColorLookupTableItem = Lazy(
        "dicomodel.items.palette_color_lookup_table_item", "PaletteColorLookupTableItem"
    )
    _ReferencedImageSequenceItemAdvancedBlendingPresentationState = Lazy(
        "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state",
        "ReferencedImageSequenceItemAdvancedBlendingPresentationState",
    )
    _SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState = Lazy(
        "dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state",
        "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    )
    _ThresholdSequenceItem = Lazy(
        "dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"
    )
    _TimeSeriesBlendingValue = Lazy(
        "dicomodel.enums.time_series_blending", "TimeSeriesBlendingValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.geometry_for_display import GeometryForDisplay as GeometryForDisplay
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.time_series_blending import TimeSeriesBlending as TimeSeriesBlending
    from dicomodel.enums.voilut_function import VOILUTFunctionTerm as VOILUTFunctionTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedSpatialRegistrationSequenceItem,
    )
    from dicomodel.items.palette_color_lookup_table_item import (
        PaletteColorLookupTableItem as PaletteColorLookupTableSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state import (
        ReferencedImageSequenceItemAdvancedBlendingPresentationState as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state import (
        SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState as SoftcopyVOILUTSequenceItem,
    )
    from dicomodel.items.threshold_sequence_item import (
        ThresholdSequenceItem as ThresholdSequenceItem,
    )
    from dicomodel.items.threshold_value_sequence_item import (
        ThresholdValueSequenceItem as ThresholdValueSequenceItem,
    )
    from dicomodel.items.voilut_sequence_item import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "AdvancedBlendingSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeometryForDisplay",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PaletteColorLookupTableSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedSpatialRegistrationSequenceItem",
    "SoftcopyVOILUTSequenceItem",
    "ThresholdSequenceItem",
    "ThresholdValueSequenceItem",
    "TimeSeriesBlending",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]


class AdvancedBlendingSequenceItem(DicomModel):
    """An item of Advanced Blending Sequence (0070,1B01), as first defined in Advanced Blending Presentation State Module Attributes (C.11.33-1)."""

    dicom_name: ClassVar[str] = "Advanced Blending Sequence"
    dicom_table: ClassVar[str] = "table_C.11.33-1"

    BlendingInputNumber: Annotated[
        vr.US, Attribute(0x00701B02, "US", "1", "1", name="Blending Input Number")
    ]
    """Blending Input Number (0070,1B02): Type 1, VR US, VM 1. Identification number of the input. Values shall be ordinal numbers starting from 1 and monotonically increasing by 1 within the Advanced Blending Presentation State Instance."""

    StudyInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000D, "UI", "1", "1", name="Study Instance UID")
    ]
    """Study Instance UID (0020,000D): Type 1, VR UI, VM 1. Unique identifier for the Study."""

    SeriesInstanceUID: Annotated[
        vr.UI, Attribute(0x0020000E, "UI", "1", "1", name="Series Instance UID")
    ]
    """Series Instance UID (0020,000E): Type 1, VR UI, VM 1. Unique identifier of a Series that is part of the Study defined by the Study Instance UID (0020,000D)."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemAdvancedBlendingPresentationState] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=(
                "unknown",
                "names no attribute: the input is not the entire set of Instances in the Series",
            ),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if the input is not the entire set of Instances in the Series. The set of images comprising this input. One or more Items shall be included in this Sequence. Required if the input is not the entire set of Instances in the Series."""

    ReferencedSpatialRegistrationSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00700404,
            "SQ",
            "1",
            "1C",
            name="Referenced Spatial Registration Sequence",
            when=("unknown", "depends on the referenced instance or item"),
            otherwise="may",
        ),
    ] = None
    """Referenced Spatial Registration Sequence (0070,0404): Type 1C, VR SQ, VM 1. Required if the Frame of Reference UID (0020,0052) value of the Images referenced by the Referenced Image Sequence (0008,1140) of this Item does not match the Frame of Reference UID (0020,0052) value of this Presentation State Instance. May be present otherwise. A reference to a Spatial Registration Instance that is used to register the referenced inputs. Only one Item shall be included in this Sequence."""

    ThresholdSequence: Annotated[
        list[_ThresholdSequenceItem] | None,
        Attribute(
            0x00701B11,
            "SQ",
            "1",
            "1C",
            name="Threshold Sequence",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("not", ("present", 0x00283110)),
            ),
        ),
    ] = None
    """Threshold Sequence (0070,1B11): Type 1C, VR SQ, VM 1. Required if Threshold needs to be applied and the Softcopy VOI LUT Sequence (0028,3110) is not present. May be present otherwise if Threshold needs to be applied. Threshold specification for the image One or more Items shall be included in this Sequence. Required if Threshold needs to be applied and the Softcopy VOI LUT Sequence (0028,3110) is not present."""

    SoftcopyVOILUTSequence: Annotated[
        list[_SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState] | None,
        Attribute(
            0x00283110,
            "SQ",
            "1",
            "1C",
            name="Softcopy VOI LUT Sequence",
            when=(
                "and",
                ("unknown", "depends on what the presentation is to apply"),
                ("not", ("present", 0x00701B11)),
            ),
        ),
    ] = None
    """Softcopy VOI LUT Sequence (0028,3110): Type 1C, VR SQ, VM 1. Required if a VOI LUT is to be applied to referenced image(s) and the Threshold Sequence (0070,1B11) is not present. May be present otherwise if the referenced image(s) are grayscale. Defines a Sequence of VOI LUTs or Window Centers and Widths and to which images and frames they apply. No more than one VOI LUT Sequence containing a single Item or one pair of Window Center/Width values shall be specified for each image or..."""

    PaletteColorLookupTableSequence: Annotated[
        list[_PaletteColorLookupTableItem] | None,
        Attribute(
            0x00480120,
            "SQ",
            "1",
            "1C",
            name="Palette Color Lookup Table Sequence",
            when=("unknown", "depends on what the presentation is to apply"),
        ),
    ] = None
    """Palette Color Lookup Table Sequence (0048,0120): Type 1C, VR SQ, VM 1. Required if the input is a grayscale image and a palette color transformation is to be applied rather than the default transformation to equal RGB values. For grayscale input images, provides a transform of the pixel values into an RGB color representation. Only a single Item is permitted in this Sequence."""

    TimeSeriesBlending: Annotated[
        _TimeSeriesBlendingValue | None,
        Attribute(
            0x00701B07,
            "CS",
            "1",
            "1C",
            name="Time Series Blending",
            enumerated=((0, ("TRUE", "FALSE")),),
            when=(
                "unknown",
                "names no attribute: the input is a Time Series and all time points need to be blended with the other Series",
            ),
            otherwise="may",
        ),
    ] = None
    """Time Series Blending (0070,1B07): Type 1C, VR CS, VM 1. Required if the input is a Time Series and all time points need to be blended with the other Series. May be present otherwise. Whether this Series is a time series and every time point in this Series will be blended with the single volumes in the other Series specified in the Advanced Blending Sequence (0070,1B01)."""

    GeometryForDisplay: Annotated[
        _GeometryForDisplayValue | None,
        Attribute(
            0x00701B08,
            "CS",
            "1",
            "1C",
            name="Geometry for Display",
            enumerated=((0, ("TRUE", "FALSE")),),
            when=(
                "unknown",
                "names no attribute: the geometry of this input is to be used as the geometry for the blending operation",
            ),
            otherwise="may",
        ),
    ] = None
    """Geometry for Display (0070,1B08): Type 1C, VR CS, VM 1. Required if the geometry of this input is to be used as the geometry for the blending operation. May be present otherwise. Whether the geometry of this Series is used as the geometry for the blending operation. See Section C.11.33.1.1. Enumerated Values: TRUE FALSE Only a single Item in the Sequence may have the value TRUE Required if the geometry of this input..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GeometryForDisplay": ("dicomodel.enums.geometry_for_display", "GeometryForDisplay"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PaletteColorLookupTableSequenceItem": (
        "dicomodel.items.palette_color_lookup_table_item",
        "PaletteColorLookupTableItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_advanced_blending_presentation_state",
        "ReferencedImageSequenceItemAdvancedBlendingPresentationState",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedSpatialRegistrationSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "SoftcopyVOILUTSequenceItem": (
        "dicomodel.items.softcopy_voilut_sequence_item_advanced_blending_presentation_state",
        "SoftcopyVOILUTSequenceItemAdvancedBlendingPresentationState",
    ),
    "ThresholdSequenceItem": ("dicomodel.items.threshold_sequence_item", "ThresholdSequenceItem"),
    "ThresholdValueSequenceItem": (
        "dicomodel.items.threshold_value_sequence_item",
        "ThresholdValueSequenceItem",
    ),
    "TimeSeriesBlending": ("dicomodel.enums.time_series_blending", "TimeSeriesBlending"),
    "VOILUTFunctionTerm": ("dicomodel.enums.voilut_function", "VOILUTFunctionTerm"),
    "VOILUTSequenceItem": ("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
