"""Item class ImageDataTypeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.aliased_data_type import AliasedDataTypeValue as _AliasedDataTypeValue
    from dicomodel.enums.data_type import DataTypeTerm as _DataTypeTerm
else:
    from dicomodel.lazy import Lazy

    _AliasedDataTypeValue = Lazy("dicomodel.enums.aliased_data_type", "AliasedDataTypeValue")
    _DataTypeTerm = Lazy("dicomodel.enums.data_type", "DataTypeTerm")

if TYPE_CHECKING:
    from dicomodel.enums.aliased_data_type import AliasedDataType as AliasedDataType
    from dicomodel.enums.data_type import DataTypeTerm as DataTypeTerm

__all__ = [
    "AliasedDataType",
    "DataTypeTerm",
    "ImageDataTypeSequenceItem",
]


class ImageDataTypeSequenceItem(DicomModel):
    """An item of Image Data Type Sequence (0018,9807), as first defined in Image Data Type Macro Attributes (C.7.6.16.2.24-1)."""

    dicom_name: ClassVar[str] = "Image Data Type Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.24-1"

    DataType: Annotated[
        _DataTypeTerm | vr.CS, Attribute(0x00189808, "CS", "1", "1", name="Data Type")
    ]
    """Data Type (0018,9808): Type 1, VR CS, VM 1. Identification of the data type of a frame. See Section C.7.6.16.2.24.1 for Defined Terms and further explanation."""

    AliasedDataType: Annotated[
        _AliasedDataTypeValue,
        Attribute(
            0x0018980B, "CS", "1", "1", name="Aliased Data Type", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Aliased Data Type (0018,980B): Type 1, VR CS, VM 1. Indicates whether this data type is \"aliased\". Enumerated Values: YES data are aliased values NO data are not aliased values See Section C.7.6.16.2.24.2 for further explanation."""

    ZeroVelocityPixelValue: Annotated[
        vr.US | vr.SS | None,
        Attribute(
            0x00189810,
            "US or SS",
            "1",
            "1C",
            name="Zero Velocity Pixel Value",
            when=(
                "value",
                0x00189808,
                0,
                "in",
                ("TISSUE_VELOCITY", "FLOW_VELOCITY", "DIRECTION_POWER"),
            ),
            otherwise="may",
        ),
    ] = None
    """Zero Velocity Pixel Value (0018,9810): Type 1C, VR US or SS, VM 1. Required if Data Type (0018,9808) is TISSUE_VELOCITY, FLOW_VELOCITY or DIRECTION_POWER. May be present otherwise. Data value at which velocity is zero. See Section C.7.6.16.2.24.3 for further information. Required if Data Type (0018,9808) is TISSUE_VELOCITY, FLOW_VELOCITY or DIRECTION_POWER. May be present otherwise."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AliasedDataType": ("dicomodel.enums.aliased_data_type", "AliasedDataType"),
    "DataTypeTerm": ("dicomodel.enums.data_type", "DataTypeTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
