"""Item class VolumeStreamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.presentation_state_classification_component_sequence_item_render_display import (
        PresentationStateClassificationComponentSequenceItemRenderDisplay as _PresentationStateClassificationComponentSequenceItemRenderDisplay,
    )
else:
    from dicomodel.lazy import Lazy

    _PresentationStateClassificationComponentSequenceItemRenderDisplay = Lazy(
        "dicomodel.items.presentation_state_classification_component_sequence_item_render_display",
        "PresentationStateClassificationComponentSequenceItemRenderDisplay",
    )

if TYPE_CHECKING:
    from dicomodel.enums.alpha_lut_transfer_function import (
        AlphaLUTTransferFunction as AlphaLUTTransferFunction,
    )
    from dicomodel.enums.component_type import ComponentType as ComponentType
    from dicomodel.enums.rgblut_transfer_function import (
        RGBLUTTransferFunction as RGBLUTTransferFunction,
    )
    from dicomodel.items.component_input_sequence_item import (
        ComponentInputSequenceItem as ComponentInputSequenceItem,
    )
    from dicomodel.items.presentation_state_classification_component_sequence_item_render_display import (
        PresentationStateClassificationComponentSequenceItemRenderDisplay as PresentationStateClassificationComponentSequenceItem,
    )

__all__ = [
    "AlphaLUTTransferFunction",
    "ComponentInputSequenceItem",
    "ComponentType",
    "PresentationStateClassificationComponentSequenceItem",
    "RGBLUTTransferFunction",
    "VolumeStreamSequenceItem",
]


class VolumeStreamSequenceItem(DicomModel):
    """An item of Volume Stream Sequence (0070,1A08), as first defined in Render Display Module Attributes (C.11.32-1)."""

    dicom_name: ClassVar[str] = "Volume Stream Sequence"
    dicom_table: ClassVar[str] = "table_C.11.32-1"

    VolumetricPresentationInputSetUID: Annotated[
        vr.UI, Attribute(0x00701209, "UI", "1", "1", name="Volumetric Presentation Input Set UID")
    ]
    """Volumetric Presentation Input Set UID (0070,1209): Type 1, VR UI, VM 1. Unique identifier of the input set processed in this volume stream. Corresponds to the Item in Volume Presentation Input Set Sequence (0070,120A) with this UID. See Section C.11.23.4."""

    PresentationStateClassificationComponentSequence: Annotated[
        list[_PresentationStateClassificationComponentSequenceItemRenderDisplay],
        Attribute(
            0x00701801, "SQ", "1", "1", name="Presentation State Classification Component Sequence"
        ),
    ]
    """Presentation State Classification Component Sequence (0070,1801): Type 1, VR SQ, VM 1. Classification components in which the order of Items is significant. Each classification component converts one or two processed inputs into a single RGB output. One or more Items shall be included in this Sequence. See Section C.11.27.2."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlphaLUTTransferFunction": (
        "dicomodel.enums.alpha_lut_transfer_function",
        "AlphaLUTTransferFunction",
    ),
    "ComponentInputSequenceItem": (
        "dicomodel.items.component_input_sequence_item",
        "ComponentInputSequenceItem",
    ),
    "ComponentType": ("dicomodel.enums.component_type", "ComponentType"),
    "PresentationStateClassificationComponentSequenceItem": (
        "dicomodel.items.presentation_state_classification_component_sequence_item_render_display",
        "PresentationStateClassificationComponentSequenceItemRenderDisplay",
    ),
    "RGBLUTTransferFunction": (
        "dicomodel.enums.rgblut_transfer_function",
        "RGBLUTTransferFunction",
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
