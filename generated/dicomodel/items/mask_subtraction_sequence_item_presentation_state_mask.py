"""Item class MaskSubtractionSequenceItemPresentationStateMask.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperationValue as _MaskOperationValue
else:
    from dicomodel.lazy import Lazy

    _MaskOperationValue = Lazy("dicomodel.enums.mask_operation", "MaskOperationValue")

if TYPE_CHECKING:
    from dicomodel.enums.mask_operation import MaskOperation as MaskOperation

__all__ = [
    "MaskOperation",
    "MaskSubtractionSequenceItemPresentationStateMask",
]


class MaskSubtractionSequenceItemPresentationStateMask(DicomModel):
    """An item of Mask Subtraction Sequence (0028,6100), as first defined in Presentation State Mask Module Attributes (C.11.13-1)."""

    dicom_name: ClassVar[str] = "Mask Subtraction Sequence"
    dicom_table: ClassVar[str] = "table_C.11.13-1"

    MaskOperation: Annotated[
        _MaskOperationValue,
        Attribute(
            0x00286101, "CS", "1", "1", name="Mask Operation", enumerated=((0, ("AVG_SUB", "TID")),)
        ),
    ]
    """Mask Operation (0028,6101): Type 1, VR CS, VM 1. Type of mask operation to be performed Enumerated Values: AVG_SUB TID See Section C.7.6.10.1 for further explanation. The requirement in this Module is for Enumerated Values, which overrides the requirements of the Mask Module."""

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
    """Contrast Frame Averaging (0028,6112): Type 1C, VR US, VM 1. Required if Mask Frame Numbers (0028,6110) specifies more than one frame (i.e., is multi-valued). Specified the number of contrast frames to average together before performing the mask operation. Required if Mask Frame Numbers (0028,6110) specifies more than one frame (i.e., is multi-valued)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "MaskOperation": ("dicomodel.enums.mask_operation", "MaskOperation"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
