"""Advanced Blending Presentation State Display Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationRenderDisplayValue as _PixelPresentationRenderDisplayValue,
    )
    from dicomodel.items.blending_display_sequence_item import (
        BlendingDisplaySequenceItem as _BlendingDisplaySequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _BlendingDisplaySequenceItem = Lazy(
        "dicomodel.items.blending_display_sequence_item", "BlendingDisplaySequenceItem"
    )
    _PixelPresentationRenderDisplayValue = Lazy(
        "dicomodel.enums.pixel_presentation", "PixelPresentationRenderDisplayValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.blending_mode import BlendingMode as BlendingMode
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationRenderDisplay as PixelPresentation,
    )
    from dicomodel.items.blending_display_input_sequence_item import (
        BlendingDisplayInputSequenceItem as BlendingDisplayInputSequenceItem,
    )
    from dicomodel.items.blending_display_sequence_item import (
        BlendingDisplaySequenceItem as BlendingDisplaySequenceItem,
    )

__all__ = [
    "AdvancedBlendingPresentationStateDisplayModule",
    "BlendingDisplayInputSequenceItem",
    "BlendingDisplaySequenceItem",
    "BlendingMode",
    "PixelPresentation",
]


class AdvancedBlendingPresentationStateDisplayModule(DicomModel):
    """Advanced Blending Presentation State Display Module Attributes (PS3.3 Table C.11.34.1-1)."""

    dicom_name: ClassVar[str] = "Advanced Blending Presentation State Display"
    dicom_table: ClassVar[str] = "table_C.11.34.1-1"

    PixelPresentation: Annotated[
        _PixelPresentationRenderDisplayValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("TRUE_COLOR",)),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Grayscale or color space of the Presentation State output. Enumerated Values: TRUE_COLOR Output consists of PCS-Values"""

    BlendingDisplaySequence: Annotated[
        list[_BlendingDisplaySequenceItem],
        Attribute(0x00701B04, "SQ", "1", "1", name="Blending Display Sequence"),
    ]
    """Blending Display Sequence (0070,1B04): Type 1, VR SQ, VM 1. The blending operations and the input series to be used. Each Item results in a single RGB output that may be reused in a following step. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BlendingDisplayInputSequenceItem": (
        "dicomodel.items.blending_display_input_sequence_item",
        "BlendingDisplayInputSequenceItem",
    ),
    "BlendingDisplaySequenceItem": (
        "dicomodel.items.blending_display_sequence_item",
        "BlendingDisplaySequenceItem",
    ),
    "BlendingMode": ("dicomodel.enums.blending_mode", "BlendingMode"),
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentationRenderDisplay"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
