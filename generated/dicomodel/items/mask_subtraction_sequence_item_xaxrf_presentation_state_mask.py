"""Item class MaskSubtractionSequenceItemXAXRFPresentationStateMask.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperationTerm as _MaskOperationTerm
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask import (
        PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as _PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask,
    )
    from dicomodel.items.pixel_shift_sequence_item import (
        PixelShiftSequenceItem as _PixelShiftSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MaskOperationTerm = Lazy("dicomodel.enums.mask_operation", "MaskOperationTerm")
    _PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask = Lazy(
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask",
        "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask",
    )
    _PixelShiftSequenceItem = Lazy(
        "dicomodel.items.pixel_shift_sequence_item", "PixelShiftSequenceItem"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.lut_function import LUTFunction as LUTFunction
    from dicomodel.enums.mask_operation import MaskOperationTerm as MaskOperationTerm
    from dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask import (
        PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask as PixelIntensityRelationshipLUTSequenceItem,
    )
    from dicomodel.items.pixel_shift_sequence_item import (
        PixelShiftSequenceItem as PixelShiftSequenceItem,
    )
    from dicomodel.items.region_pixel_shift_sequence_item import (
        RegionPixelShiftSequenceItem as RegionPixelShiftSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedImageSequenceItem,
    )

__all__ = [
    "LUTFunction",
    "MaskOperationTerm",
    "MaskSubtractionSequenceItemXAXRFPresentationStateMask",
    "PixelIntensityRelationshipLUTSequenceItem",
    "PixelShiftSequenceItem",
    "ReferencedImageSequenceItem",
    "RegionPixelShiftSequenceItem",
]


class MaskSubtractionSequenceItemXAXRFPresentationStateMask(DicomModel):
    """An item of Mask Subtraction Sequence (0028,6100), as first defined in XA/XRF Presentation State Mask Module Attributes (C.11.19-1)."""

    dicom_name: ClassVar[str] = "Mask Subtraction Sequence"
    dicom_table: ClassVar[str] = "table_C.11.19-1"

    ReferencedImageSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=(
                "unknown",
                "condition not read: no verb after 'Presentation State Relationship Module' (in 'Required if Presentation State Relationship Module references more than one SOP Instance')",
            ),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if Presentation State Relationship Module references more than one SOP Instance. A reference to a selected Image. Required if Presentation State Relationship Module references more than one SOP Instance. Only a single Item shall be included in this Sequence."""

    MaskOperation: Annotated[
        _MaskOperationTerm | vr.CS, Attribute(0x00286101, "CS", "1", "1", name="Mask Operation")
    ]
    """Mask Operation (0028,6101): Type 1, VR CS, VM 1. Defined Term identifying the type of mask operation to be performed. See Section C.7.6.10.1 for further explanation."""

    ApplicableFrameRange: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00286102,
            "US",
            "2-2n",
            "1C",
            name="Applicable Frame Range",
            when=("value", 0x00286101, 0, "in", ("REV_TID",)),
            otherwise="may",
        ),
    ] = None
    """Applicable Frame Range (0028,6102): Type 1C, VR US, VM 2-2n. Required if Mask Operation (0028,6101) equals REV_TID. May be present otherwise. Each pair of numbers in this multi-valued Attribute specifies a beginning and ending frame number inclusive of a range where this particular mask operation is valid. Discontinuous ranges are represented by multiple pairs of numbers."""

    MaskFrameNumbers: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00286110,
            "US",
            "1-n",
            "1C",
            name="Mask Frame Numbers",
            when=("value", 0x00286101, 0, "in", ("AVG_SUB",)),
        ),
    ] = None
    """Mask Frame Numbers (0028,6110): Type 1C, VR US, VM 1-n. Required if the Mask Operation (0028,6101) is AVG_SUB. Specifies the frame numbers of the pixel data used to generate this mask. Frames in a Multi-frame Image are specified by sequentially increasing number values beginning with 1. Required if the Mask Operation (0028,6101) is AVG_SUB."""

    ContrastFrameAveraging: Annotated[
        vr.US | None, Attribute(0x00286112, "US", "1", "3", name="Contrast Frame Averaging")
    ] = None
    """Contrast Frame Averaging (0028,6112): Type 3, VR US, VM 1. Specifies the number of contrast frames to average together before performing the mask operation. If the Attribute is missing, no averaging is performed."""

    TIDOffset: Annotated[
        vr.SS | None,
        Attribute(
            0x00286120,
            "SS",
            "1",
            "2C",
            name="TID Offset",
            when=("value", 0x00286101, 0, "in", ("TID", "REV_TID")),
        ),
    ] = None
    """TID Offset (0028,6120): Type 2C, VR SS, VM 1. Required if Mask Operation (0028,6101) is TID or REV_TID. If Mask Operation is TID, specifies the offset to be subtracted from the current frame number in order to locate the mask frame in TID mode."""

    PixelIntensityRelationshipLUTSequence: Annotated[
        list[_PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask] | None,
        Attribute(
            0x00289422,
            "SQ",
            "1",
            "1C",
            name="Pixel Intensity Relationship LUT Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'for frames included in this Item of the Mask Subtraction Sequence (0028,6100)' (in 'Required if Pixel Intensity Relationship (0028,1040) is not LOG for frames included in this Item of the Mask Subtraction Sequence (0028,6100)')",
            ),
        ),
    ] = None
    """Pixel Intensity Relationship LUT Sequence (0028,9422): Type 1C, VR SQ, VM 1. Required if Pixel Intensity Relationship (0028,1040) is not LOG for frames included in this Item of the Mask Subtraction Sequence (0028,6100). A Sequence of Pixel Intensity Relationship LUTs that specifies a transformation to logarithmic space. One or more Items shall be included in this Sequence."""

    PixelShiftSequence: Annotated[
        list[_PixelShiftSequenceItem],
        Attribute(0x00289501, "SQ", "1", "1", name="Pixel Shift Sequence"),
    ]
    """Pixel Shift Sequence (0028,9501): Type 1, VR SQ, VM 1. Sequence containing the pixel shift values for the masks of the specified frame range(s) in the specified region(s). One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LUTFunction": ("dicomodel.enums.lut_function", "LUTFunction"),
    "MaskOperationTerm": ("dicomodel.enums.mask_operation", "MaskOperationTerm"),
    "PixelIntensityRelationshipLUTSequenceItem": (
        "dicomodel.items.pixel_intensity_relationship_lut_sequence_item_xaxrf_presentation_state_mask",
        "PixelIntensityRelationshipLUTSequenceItemXAXRFPresentationStateMask",
    ),
    "PixelShiftSequenceItem": (
        "dicomodel.items.pixel_shift_sequence_item",
        "PixelShiftSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "RegionPixelShiftSequenceItem": (
        "dicomodel.items.region_pixel_shift_sequence_item",
        "RegionPixelShiftSequenceItem",
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
