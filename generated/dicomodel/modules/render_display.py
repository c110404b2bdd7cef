"""Render Display Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.color_space import ColorSpaceTerm as _ColorSpaceTerm
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationRenderDisplayValue as _PixelPresentationRenderDisplayValue,
    )
    from dicomodel.items.presentation_state_compositor_component_sequence_item import (
        PresentationStateCompositorComponentSequenceItem as _PresentationStateCompositorComponentSequenceItem,
    )
    from dicomodel.items.volume_stream_sequence_item import (
        VolumeStreamSequenceItem as _VolumeStreamSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ColorSpaceTerm = Lazy("dicomodel.enums.color_space", "ColorSpaceTerm")
    _PixelPresentationRenderDisplayValue = Lazy(
        "dicomodel.enums.pixel_presentation", "PixelPresentationRenderDisplayValue"
    )
    _PresentationStateCompositorComponentSequenceItem = Lazy(
        "dicomodel.items.presentation_state_compositor_component_sequence_item",
        "PresentationStateCompositorComponentSequenceItem",
    )
    _VolumeStreamSequenceItem = Lazy(
        "dicomodel.items.volume_stream_sequence_item", "VolumeStreamSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.component_type import ComponentType as ComponentType
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationRenderDisplay as PixelPresentation,
    )
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )
    from dicomodel.items.component_input_sequence_item import (
        ComponentInputSequenceItem as ComponentInputSequenceItem,
    )
    from dicomodel.items.presentation_state_classification_component_sequence_item_render_display import (
        PresentationStateClassificationComponentSequenceItemRenderDisplay as PresentationStateClassificationComponentSequenceItem,
    )
    from dicomodel.items.presentation_state_compositor_component_sequence_item import (
        PresentationStateCompositorComponentSequenceItem as PresentationStateCompositorComponentSequenceItem,
    )
    from dicomodel.items.volume_stream_sequence_item import (
        VolumeStreamSequenceItem as VolumeStreamSequenceItem,
    )
    from dicomodel.items.weighting_transfer_function_sequence_item import (
        WeightingTransferFunctionSequenceItem as WeightingTransferFunctionSequenceItem,
    )

__all__ = [
    "AlphaLUTTransferFunction",
    "ColorSpaceTerm",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PixelPresentation",
    "PresentationStateClassificationComponentSequenceItem",
    "PresentationStateCompositorComponentSequenceItem",
    "RGBLUTTransferFunction",
    "RenderDisplayModule",
    "VolumeStreamSequenceItem",
    "WeightingTransferFunctionSequenceItem",
]


class RenderDisplayModule(DicomModel):
    """Render Display Module Attributes (PS3.3 Table C.11.32-1)."""

    dicom_name: ClassVar[str] = "Render Display"
    dicom_table: ClassVar[str] = "table_C.11.32-1"

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
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Grayscale or color space of the Presentation State output. Enumerated Values: TRUE_COLOR Output consists of PCS-Values."""

    VolumeStreamSequence: Annotated[
        list[_VolumeStreamSequenceItem],
        Attribute(0x00701A08, "SQ", "1", "1", name="Volume Stream Sequence"),
    ]
    """Volume Stream Sequence (0070,1A08): Type 1, VR SQ, VM 1. Volumetric source input streams combined through Volume Blending. One or more Items shall be included in this Sequence."""

    PresentationStateCompositorComponentSequence: Annotated[
        list[_PresentationStateCompositorComponentSequenceItem] | None,
        Attribute(
            0x00701805, "SQ", "1", "2", name="Presentation State Compositor Component Sequence"
        ),
    ]
    """Presentation State Compositor Component Sequence (0070,1805): Type 2, VR SQ, VM 1. RGBA Compositor components. Each RGBA Compositor component combines pairs of RGBA values to produce a single RGBA value. The order of Items is significant."""

    ICCProfile: Annotated[
        vr.OB | None,
        Attribute(
            0x00282000,
            "OB",
            "1",
            "1C",
            name="ICC Profile",
            when=("value", 0x00089205, 0, "in", ("TRUE_COLOR",)),
        ),
    ] = None
    """ICC Profile (0028,2000): Type 1C, VR OB, VM 1. Required if Pixel Presentation (0008,9205) has a value of TRUE_COLOR. An ICC Profile encoding the transformation of device-dependent color stored pixel values into PCS-Values. When present, defines the color space of the output of the Volumetric Presentation State. See Section C.11.15.1.1."""

    ColorSpace: Annotated[
        _ColorSpaceTerm | vr.CS | None,
        Attribute(
            0x00282002,
            "CS",
            "1",
            "1C",
            name="Color Space",
            when=(
                "unknown",
                "condition not read: the condition is stated in Section C.11.15.1.2 (not read) (in 'Required if Pixel Presentation (0008,9205) has a value of TRUE_COLOR and a standard color space described by one of the Enumerated Values in Section C.11.15.1.2 is used')",
            ),
        ),
    ] = None
    """Color Space (0028,2002): Type 1C, VR CS, VM 1. Required if Pixel Presentation (0008,9205) has a value of TRUE_COLOR and a standard color space described by one of the Enumerated Values in Section C.11.15.1.2 is used. A label that identifies the well-known color space of the view. Shall be consistent with the ICC Profile (0028,2000) that is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlphaLUTTransferFunction": (
        "dicomodel.enums.alpha_lut_transfer_function",
        "AlphaLUTTransferFunction",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ComponentInputSequenceItem": (
        "dicomodel.items.component_input_sequence_item",
        "ComponentInputSequenceItem",
    ),
    "ComponentType": ("dicomodel.enums.component_type", "ComponentType"),
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentationRenderDisplay"),
    "PresentationStateClassificationComponentSequenceItem": (
        "dicomodel.items.presentation_state_classification_component_sequence_item_render_display",
        "PresentationStateClassificationComponentSequenceItemRenderDisplay",
    ),
    "PresentationStateCompositorComponentSequenceItem": (
        "dicomodel.items.presentation_state_compositor_component_sequence_item",
        "PresentationStateCompositorComponentSequenceItem",
    ),
    "RGBLUTTransferFunction": (
        "dicomodel.enums.rgblut_transfer_function",
        "RGBLUTTransferFunction",
    ),
    "VolumeStreamSequenceItem": (
        "dicomodel.items.volume_stream_sequence_item",
        "VolumeStreamSequenceItem",
    ),
    "WeightingTransferFunctionSequenceItem": (
        "dicomodel.items.weighting_transfer_function_sequence_item",
        "WeightingTransferFunctionSequenceItem",
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
