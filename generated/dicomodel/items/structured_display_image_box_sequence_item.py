"""Item class StructuredDisplayImageBoxSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustificationValue as _DisplaySetHorizontalJustificationValue,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustificationValue as _DisplaySetVerticalJustificationValue,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTerm as _ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.initial_cine_run_state import (
        InitialCineRunStateTerm as _InitialCineRunStateTerm,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_structured_display_image_box import (
        ReferencedImageSequenceItemStructuredDisplayImageBox as _ReferencedImageSequenceItemStructuredDisplayImageBox,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DisplaySetHorizontalJustificationValue = Lazy(
        "dicomodel.enums.display_set_horizontal_justification",
        "DisplaySetHorizontalJustificationValue",
    )
    _DisplaySetVerticalJustificationValue = Lazy(
        "dicomodel.enums.display_set_vertical_justification", "DisplaySetVerticalJustificationValue"
    )
    _ImageBoxLayoutTypeTerm = Lazy(
        "dicomodel.enums.image_box_layout_type", "ImageBoxLayoutTypeTerm"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _InitialCineRunStateTerm = Lazy(
        "dicomodel.enums.initial_cine_run_state", "InitialCineRunStateTerm"
    )
    _ReferencedImageSequenceItemStructuredDisplayImageBox = Lazy(
        "dicomodel.items.referenced_image_sequence_item_structured_display_image_box",
        "ReferencedImageSequenceItemStructuredDisplayImageBox",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.display_set_horizontal_justification import (
        DisplaySetHorizontalJustification as DisplaySetHorizontalJustification,
    )
    from dicomodel.enums.display_set_vertical_justification import (
        DisplaySetVerticalJustification as DisplaySetVerticalJustification,
    )
    from dicomodel.enums.image_box_layout_type import (
        ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm,
    )
    from dicomodel.enums.initial_cine_run_state import (
        InitialCineRunStateTerm as InitialCineRunStateTerm,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedFirstFrameSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_structured_display_image_box import (
        ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedStereometricInstanceSequenceItem,
    )

__all__ = [
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "ImageBoxLayoutTypeTerm",
    "InitialCineRunStateTerm",
    "ReferencedFirstFrameSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedStereometricInstanceSequenceItem",
    "StructuredDisplayImageBoxSequenceItem",
]


class StructuredDisplayImageBoxSequenceItem(DicomModel):
    """An item of Structured Display Image Box Sequence (0072,0422), as first defined in Structured Display Image Box Module Attributes (C.11.17-1)."""

    dicom_name: ClassVar[str] = "Structured Display Image Box Sequence"
    dicom_table: ClassVar[str] = "table_C.11.17-1"

    DisplayEnvironmentSpatialPosition: Annotated[
        list[vr.FD],
        Attribute(0x00720108, "FD", "4", "1", name="Display Environment Spatial Position"),
    ]
    """Display Environment Spatial Position (0072,0108): Type 1, VR FD, VM 4. Exactly four dimensionless floating point values, in the range 0.0 to 1.0, indicating the rectangular coordinate position of the Image Box within the Display Environment."""

    ImageBoxNumber: Annotated[vr.US, Attribute(0x00720302, "US", "1", "1", name="Image Box Number")]
    """Image Box Number (0072,0302): Type 1, VR US, VM 1. An integer that is unique across all Items of the Structured Display Image Box Sequence (0072,0422) that identifies the Image Box."""

    ImageBoxLayoutType: Annotated[
        _ImageBoxLayoutTypeTerm | vr.CS,
        Attribute(0x00720304, "CS", "1", "1", name="Image Box Layout Type"),
    ]
    """Image Box Layout Type (0072,0304): Type 1, VR CS, VM 1. Type of layout of the Image Box. The types are primarily distinguished by their interaction technique. Defined Terms: TILED A scrollable array of rectangles, each containing a single frame of image pixel data."""

    ImageBoxTileHorizontalDimension: Annotated[
        vr.US | None,
        Attribute(
            0x00720306,
            "US",
            "1",
            "1C",
            name="Image Box Tile Horizontal Dimension",
            when=("value", 0x00720304, 0, "in", ("TILED",)),
        ),
    ] = None
    """Image Box Tile Horizontal Dimension (0072,0306): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED. Positive integer defining the horizontal Image Box tile dimension; the number of columns. Required if the value of Image Box Layout Type (0072,0304) is TILED."""

    ImageBoxTileVerticalDimension: Annotated[
        vr.US | None,
        Attribute(
            0x00720308,
            "US",
            "1",
            "1C",
            name="Image Box Tile Vertical Dimension",
            when=("value", 0x00720304, 0, "in", ("TILED",)),
        ),
    ] = None
    """Image Box Tile Vertical Dimension (0072,0308): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is TILED. Positive integer defining the vertical Image Box tile dimension; the number of rows. Required if the value of Image Box Layout Type (0072,0304) is TILED."""

    ImageBoxOverlapPriority: Annotated[
        vr.US | None, Attribute(0x00720320, "US", "1", "3", name="Image Box Overlap Priority")
    ] = None
    """Image Box Overlap Priority (0072,0320): Type 3, VR US, VM 1. If this Image Box overlaps in spatial position with others, this Attribute indicates the layer of this Image Box in relation to the others. The value shall be a positive integer in the range 1 to 100, where 1 = top and 100 = bottom."""

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
    """Display Set Horizontal Justification (0072,0717): Type 3, VR CS, VM 1. Indicates direction in which to horizontally justify the image within an Image Box that is not the same shape (aspect ratio) as the image."""

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
    """Display Set Vertical Justification (0072,0718): Type 3, VR CS, VM 1. Indicates direction in which to vertically justify the image within an Image Box that is not the same shape (aspect ratio) as the image. Enumerated Values: TOP CENTER BOTTOM"""

    PreferredPlaybackSequencing: Annotated[
        vr.US | None,
        Attribute(
            0x00181244,
            "US",
            "1",
            "1C",
            name="Preferred Playback Sequencing",
            enumerated=((0, ("0", "1", "2")),),
            when=("value", 0x00720304, 0, "in", ("CINE",)),
        ),
    ] = None
    """Preferred Playback Sequencing (0018,1244): Type 1C, VR US, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE. Describes the preferred playback sequencing for the Image Box. Overrides any Preferred Playback Sequencing (0018,1244) value in the image objects being displayed. Required if the value of Image Box Layout Type (0072,0304) is CINE."""

    RecommendedDisplayFrameRate: Annotated[
        vr.IS | None,
        Attribute(
            0x00082144,
            "IS",
            "1",
            "1C",
            name="Recommended Display Frame Rate",
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("CINE",)),
                ("not", ("present", 0x00720330)),
            ),
        ),
    ] = None
    """Recommended Display Frame Rate (0008,2144): Type 1C, VR IS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Cine Relative to Real-Time (0072,0330) is not present. Recommended rate at which the frames of a multi-frame image shall be displayed, in frames/second. Shall have a value greater than zero. Overrides any Recommended Display Frame Rate (0008,2144) value in the image objects being displayed."""

    CineRelativeToRealTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00720330,
            "FD",
            "1",
            "1C",
            name="Cine Relative to Real-Time",
            when=(
                "and",
                ("value", 0x00720304, 0, "in", ("CINE",)),
                ("not", ("present", 0x00082144)),
            ),
        ),
    ] = None
    """Cine Relative to Real-Time (0072,0330): Type 1C, VR FD, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Recommended Display Frame Rate (0008,2144) is not present. A positive dimensionless floating point numeric factor equal to playback rate divided by acquisition rate. Required if the value of Image Box Layout Type (0072,0304) is CINE and if Recommended Display Frame Rate (0008,2144) is not present."""

    InitialCineRunState: Annotated[
        _InitialCineRunStateTerm | vr.CS | None,
        Attribute(
            0x00180042,
            "CS",
            "1",
            "1C",
            name="Initial Cine Run State",
            when=("value", 0x00720304, 0, "in", ("CINE",)),
        ),
    ] = None
    """Initial Cine Run State (0018,0042): Type 1C, VR CS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE. Defined Terms: STOPPED RUNNING Required if the value of Image Box Layout Type (0072,0304) is CINE."""

    StartTrim: Annotated[
        vr.IS | None,
        Attribute(
            0x00082142,
            "IS",
            "1",
            "2C",
            name="Start Trim",
            when=("value", 0x00720304, 0, "in", ("CINE",)),
        ),
    ] = None
    """Start Trim (0008,2142): Type 2C, VR IS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE. The frame number of the first frame of the multi-frame image to be displayed in a CINE Image Box. Required if the value of Image Box Layout Type (0072,0304) is CINE."""

    StopTrim: Annotated[
        vr.IS | None,
        Attribute(
            0x00082143,
            "IS",
            "1",
            "2C",
            name="Stop Trim",
            when=("value", 0x00720304, 0, "in", ("CINE",)),
        ),
    ] = None
    """Stop Trim (0008,2143): Type 2C, VR IS, VM 1. Required if the value of Image Box Layout Type (0072,0304) is CINE. The Frame Number of the last frame of the multi-frame image to be displayed in a CINE Image Box. Required if the value of Image Box Layout Type (0072,0304) is CINE."""

    ReferencedFirstFrameSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00720427,
            "SQ",
            "1",
            "2C",
            name="Referenced First Frame Sequence",
            when=("value", 0x00720304, 0, "in", ("STACK",)),
        ),
    ] = None
    """Referenced First Frame Sequence (0072,0427): Type 2C, VR SQ, VM 1. Required if the value of Image Box Layout Type (0072,0304) is STACK. Reference to the initial frame in a stack to be displayed in this image box. If value is not present, the first image frame to be displayed is not defined by the Standard. Zero or one Item shall be included in this Sequence."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemStructuredDisplayImageBox] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "2C",
            name="Referenced Image Sequence",
            when=(
                "and",
                ("not", ("present", 0x00089237)),
                ("not", ("present", 0x00081134)),
                ("not", ("present", 0x0008114A)),
            ),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 2C, VR SQ, VM 1. Required if Referenced Presentation State Sequence (0008,9237), Referenced Stereometric Instance Sequence (0008,1134), and Referenced Instance Sequence (0008,114A) are not present. Reference to the Image SOP Instances, or frames from multi-frame Image SOP Instances, to be displayed in this Image Box. Zero or more Items shall be included in this Sequence."""

    ReferencedPresentationStateSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00089237,
            "SQ",
            "1",
            "1C",
            name="Referenced Presentation State Sequence",
            when=(
                "and",
                ("not", ("present", 0x00081140)),
                ("not", ("present", 0x00081134)),
                ("not", ("present", 0x0008114A)),
            ),
        ),
    ] = None
    """Referenced Presentation State Sequence (0008,9237): Type 1C, VR SQ, VM 1. Required if Referenced Image Sequence (0008,1140), Referenced Stereometric Instance Sequence (0008,1134), and Referenced Instance Sequence (0008,114A) are not present. Reference to a Softcopy Presentation State SOP Instance or a Volumetric Presentation State SOP Instance whose referenced images are to be displayed in the Image Box using the presentation controls of the referenced SOP Instance."""

    ReferencedInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=(
                "and",
                ("not", ("present", 0x00089237)),
                ("not", ("present", 0x00081134)),
                ("not", ("present", 0x00081140)),
            ),
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if Referenced Presentation State Sequence (0008,9237), Referenced Stereometric Instance Sequence (0008,1134), and Referenced Image Sequence (0008,1140) are not present. Reference to a non-image SOP Instance (e.g., waveform, SR, encapsulated document) whose content is to be displayed in the Image Box. Only a single Item shall be included in this Sequence."""

    ReferencedStereometricInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081134,
            "SQ",
            "1",
            "1C",
            name="Referenced Stereometric Instance Sequence",
            when=(
                "and",
                ("not", ("present", 0x00089237)),
                ("not", ("present", 0x0008114A)),
                ("not", ("present", 0x00081140)),
            ),
        ),
    ] = None
    """Referenced Stereometric Instance Sequence (0008,1134): Type 1C, VR SQ, VM 1. Required if Referenced Presentation State Sequence (0008,9237), Referenced Instance Sequence (0008,114A), and Referenced Image Sequence (0008,1140) are not present. Reference to a Stereometric SOP Instance whose referenced images are to be displayed in the Image Box. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "DisplaySetHorizontalJustification": (
        "dicomodel.enums.display_set_horizontal_justification",
        "DisplaySetHorizontalJustification",
    ),
    "DisplaySetVerticalJustification": (
        "dicomodel.enums.display_set_vertical_justification",
        "DisplaySetVerticalJustification",
    ),
    "ImageBoxLayoutTypeTerm": ("dicomodel.enums.image_box_layout_type", "ImageBoxLayoutTypeTerm"),
    "InitialCineRunStateTerm": (
        "dicomodel.enums.initial_cine_run_state",
        "InitialCineRunStateTerm",
    ),
    "ReferencedFirstFrameSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_structured_display_image_box",
        "ReferencedImageSequenceItemStructuredDisplayImageBox",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedPresentationStateSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReferencedStereometricInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
