"""Item class FillStyleSequenceItemGraphicAnnotation.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.fill_mode import FillModeValue as _FillModeValue
else:
    from dicomodel.lazy import Lazy

    _FillModeValue = Lazy("dicomodel.enums.fill_mode", "FillModeValue")

if TYPE_CHECKING:
    from dicomodel.enums.fill_mode import FillMode as FillMode

__all__ = [
    "FillMode",
    "FillStyleSequenceItemGraphicAnnotation",
]


class FillStyleSequenceItemGraphicAnnotation(DicomModel):
    """An item of Fill Style Sequence (0070,0233), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Fill Style Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    PatternOnColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00700251,
            "US",
            "3",
            "1C",
            name="Pattern On Color CIELab Value",
            when=("value", 0x00700024, 0, "in", ("Y",)),
        ),
    ] = None
    """Pattern On Color CIELab Value (0070,0251): Type 1, VR US, VM 3. A color triplet value used to encode the foreground color. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    PatternOffColorCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x00700252, "US", "3", "3", name="Pattern Off Color CIELab Value"),
    ] = None
    """Pattern Off Color CIELab Value (0070,0252): Type 3, VR US, VM 3. A color triplet value used to encode the background color. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    PatternOnOpacity: Annotated[
        vr.FL | None,
        Attribute(
            0x00700284,
            "FL",
            "1",
            "1C",
            name="Pattern On Opacity",
            when=("value", 0x00700024, 0, "in", ("Y",)),
        ),
    ] = None
    """Pattern On Opacity (0070,0284): Type 1, VR FL, VM 1. Encodes the foreground opacity. The value is encoded as floating point alpha value (0.0-1.0)."""

    PatternOffOpacity: Annotated[
        vr.FL | None,
        Attribute(
            0x00700285,
            "FL",
            "1",
            "1C",
            name="Pattern Off Opacity",
            when=("value", 0x00700024, 0, "in", ("Y",)),
        ),
    ] = None
    """Pattern Off Opacity (0070,0285): Type 1, VR FL, VM 1. Encodes the background opacity. The value is encoded as floating point alpha value (0.0-1.0)."""

    FillMode: Annotated[
        _FillModeValue | None,
        Attribute(
            0x00700257,
            "CS",
            "1",
            "1C",
            name="Fill Mode",
            enumerated=((0, ("SOLID", "STIPPELED")),),
            when=("value", 0x00700024, 0, "in", ("Y",)),
        ),
    ] = None
    """Fill Mode (0070,0257): Type 1, VR CS, VM 1. The texture of the closed object to be displayed. Enumerated Values: SOLID STIPPELED See Section C.10.5.1.3.14.1."""

    FillPattern: Annotated[
        vr.OB | None,
        Attribute(
            0x00700256,
            "OB",
            "1",
            "1C",
            name="Fill Pattern",
            when=(
                "and",
                ("value", 0x00700024, 0, "in", ("Y",)),
                ("value", 0x00700257, 0, "in", ("STIPPELED",)),
            ),
        ),
    ] = None
    """Fill Pattern (0070,0256): Type 1C, VR OB, VM 1. Required if Fill Mode (0070,0257) equals STIPPELED. A binary fill pattern. A set bit corresponds to foreground. An unset bit corresponds to background. A 128 byte value defining a 32x32 1 bit matrix. This fill pattern is replicated in tiles inside the boundaries of the graphic type."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FillMode": ("dicomodel.enums.fill_mode", "FillMode"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
