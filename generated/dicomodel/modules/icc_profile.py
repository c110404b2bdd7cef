"""ICC Profile Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
else:
    from dicomodel.lazy import Lazy

    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm

__all__ = [
    "ColorSpaceTerm",
    "ICCProfileModule",
]


class ICCProfileModule(DicomModel):
    """ICC Profile Module Attributes (PS3.3 Table C.11.15-1)."""

    dicom_name: ClassVar[str] = "ICC Profile"
    dicom_table: ClassVar[str] = "table_C.11.15-1"

    ICCProfile: Annotated[vr.OB, Attribute(0x00282000, "OB", "1", "1", name="ICC Profile")]
    """ICC Profile (0028,2000): Type 1, VR OB, VM 1. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None, Attribute(0x00282002, "CS", "1", "3", name="Color Space")
    ] = None
    """Color Space (0028,2002): Type 3, VR CS, VM 1. A label that identifies the well-known color space of the image. Shall be consistent with any ICC Profile (0028,2000) that is also present. See Section C.11.15.1.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
