"""Item class PixelValueTransformationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleTypeValue as _RescaleTypeValue
else:
    from dicomodel.lazy import Lazy

    _RescaleTypeValue = Lazy("dicomodel.enums.rescale_type", "RescaleTypeValue")

if TYPE_CHECKING:
    from dicomodel.enums.rescale_type import RescaleType as RescaleType

__all__ = [
    "PixelValueTransformationSequenceItem",
    "RescaleType",
]


class PixelValueTransformationSequenceItem(DicomModel):
    """An item of Pixel Value Transformation Sequence (0028,9145), as first defined in Pixel Value Transformation Macro Attributes (C.7.6.16-10)."""

    dicom_name: ClassVar[str] = "Pixel Value Transformation Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-10"

    RescaleIntercept: Annotated[
        vr.DS, Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept")
    ]
    """Rescale Intercept (0028,1052): Type 1, VR DS, VM 1. The value b in relationship between stored values (SV) and the output units. Output units = m*SV + b."""

    RescaleSlope: Annotated[vr.DS, Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope")]
    """Rescale Slope (0028,1053): Type 1, VR DS, VM 1. m in the equation specified by Rescale Intercept (0028,1052)."""

    RescaleType: Annotated[
        _RescaleTypeValue,
        Attribute(0x00281054, "LO", "1", "1", name="Rescale Type", enumerated=((0, ("US",)),)),
    ]
    """Rescale Type (0028,1054): Type 1, VR LO, VM 1. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). See Section C.11.1.1.2 for further explanation. Enumerated Values: US Unspecified if Modality (0008,0060) equals MR or PT."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "RescaleType": ("dicomodel.enums.rescale_type", "RescaleType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
