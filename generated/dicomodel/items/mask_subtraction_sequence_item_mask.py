"""Item class MaskSubtractionSequenceItemMask.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperationTerm as _MaskOperationTerm
    from dicomodel.enums.mask_selection_mode import (
        MaskSelectionModeValue as _MaskSelectionModeValue,
    )
else:
    from dicomodel.lazy import Lazy

    _MaskOperationTerm = Lazy("dicomodel.enums.mask_operation", "MaskOperationTerm")
    _MaskSelectionModeValue = Lazy("dicomodel.enums.mask_selection_mode", "MaskSelectionModeValue")

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperationTerm as MaskOperationTerm
    from dicomodel.enums.mask_selection_mode import MaskSelectionMode as MaskSelectionMode

__all__ = [
    "MaskOperationTerm",
    "MaskSelectionMode",
    "MaskSubtractionSequenceItemMask",
]


class MaskSubtractionSequenceItemMask(DicomModel):
    """An item of Mask Subtraction Sequence (0028,6100), as first defined in Mask Module Attributes (C.7-16)."""

    dicom_name: ClassVar[str] = "Mask Subtraction Sequence"
    dicom_table: ClassVar[str] = "table_C.7-16"

    MaskOperation: Annotated[
        _MaskOperationTerm | vr.CS, Attribute(0x00286101, "CS", "1", "1", name="Mask Operation")
    ]
    """Mask Operation (0028,6101): Type 1, VR CS, VM 1. Defined Term identifying the type of mask operation to be performed. See Section C.7.6.10.1 for further explanation."""

    ContrastFrameAveraging: Annotated[
        vr.US | None,
        Attribute(
            0x00286112,
            "US",
            "1",
            "1C",
            name="Contrast Frame Averaging",
            when=(
                "unknown",
                "condition not read: no verb after 'Mask Frame Numbers (0028,6110) specifies more than' (in 'Required if Mask Frame Numbers (0028,6110) specifies more than one frame ( i.e. , is multi-valued )')",
            ),
        ),
    ] = None
    """Contrast Frame Averaging (0028,6112): Type 1C, VR US, VM 1. Required if Mask Frame Numbers (0028,6110) specifies more than one frame (i.e., is multi-valued). Specifies the number of contrast frames to average together before performing the mask operation. If the Attribute is missing, no averaging is performed."""

    SubtractionItemID: Annotated[
        vr.US | None,
        Attribute(
            0x00289416,
            "US",
            "1",
            "1C",
            name="Subtraction Item ID",
            when=(
                "sop_class",
                ("1.2.840.10008.5.1.4.1.1.12.1.1", "1.2.840.10008.5.1.4.1.1.12.2.1"),
            ),
            otherwise="may",
        ),
    ] = None
    """Subtraction Item ID (0028,9416): Type 1C, VR US, VM 1. Required if SOP Class UID (0008,0016) equals \"1.2.840.10008.5.1.4.1.1.12.1.1\" or \"1.2.840.10008.5.1.4.1.1.12.2.1\". May be present otherwise. Identification of the Subtraction Item used to associate a certain Mask Sub-Pixel Shift (0028,6114) in the Frame Pixel Shift Functional Group. See Section C.7.6.16.2.14.1."""

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
    """Applicable Frame Range (0028,6102): Type 1C, VR US, VM 2-2n. Required if Mask Operation (0028,6101) equals REV_TID. May be present otherwise. Each pair of numbers in this multi-valued Attribute specify a beginning and ending frame number inclusive of a range where this particular mask operation is valid. Discontinuous ranges are represented by multiple pairs of numbers."""

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
    """Mask Frame Numbers (0028,6110): Type 1C, VR US, VM 1-n. Required if Mask Operation (0028,6101) is AVG_SUB. Specifies the frame numbers of the pixel data used to generate this mask. Frames in a Multi-frame Image are specified by sequentially increasing number values beginning with 1. Required if Mask Operation (0028,6101) is AVG_SUB."""

    MaskSubPixelShift: Annotated[
        list[vr.FL] | None, Attribute(0x00286114, "FL", "2", "3", name="Mask Sub-pixel Shift")
    ] = None
    """Mask Sub-pixel Shift (0028,6114): Type 3, VR FL, VM 2. A pair of floating point numbers specifying the fractional vertical [adjacent row spacing] and horizontal [adjacent column spacing] pixel shift applied to the mask before subtracting it from the contrast frame. See Section C.7.6.10.1.2."""

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

    MaskOperationExplanation: Annotated[
        vr.ST | None, Attribute(0x00286190, "ST", "1", "3", name="Mask Operation Explanation")
    ] = None
    """Mask Operation Explanation (0028,6190): Type 3, VR ST, VM 1. Free form explanation of this particular mask operation."""

    MaskSelectionMode: Annotated[
        _MaskSelectionModeValue | None,
        Attribute(
            0x00289454,
            "CS",
            "1",
            "3",
            name="Mask Selection Mode",
            enumerated=((0, ("SYSTEM", "USER")),),
        ),
    ] = None
    """Mask Selection Mode (0028,9454): Type 3, VR CS, VM 1. Specifies the method of selection of the mask operations of this Item. Enumerated Values: SYSTEM USER"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MaskOperationTerm": ("dicomodel.enums.mask_operation", "MaskOperationTerm"),
    "MaskSelectionMode": ("dicomodel.enums.mask_selection_mode", "MaskSelectionMode"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
