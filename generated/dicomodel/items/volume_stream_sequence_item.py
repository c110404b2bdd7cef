"""Item class VolumeStreamSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.presentation_state_classification_component_sequence_item_render_display import (
    PresentationStateClassificationComponentSequenceItemRenderDisplay,
)
from dicomodel.model import Attribute, DicomModel


class VolumeStreamSequenceItem(DicomModel):
    """An item of Volume Stream Sequence (0070,1A08), as first defined in Render Display Module Attributes (C.11.32-1)."""

    dicom_name: ClassVar[str] = "Volume Stream Sequence"
    dicom_table: ClassVar[str] = "table_C.11.32-1"

    VolumetricPresentationInputSetUID: Annotated[
        vr.UI, Attribute(0x00701209, "UI", "1", "1", name="Volumetric Presentation Input Set UID")
    ]
    """Volumetric Presentation Input Set UID (0070,1209): Type 1, VR UI, VM 1. Unique identifier of the input set processed in this volume stream. Corresponds to the Item in Volume Presentation Input Set Sequence (0070,120A) with this UID. See Section C.11.23.4."""

    PresentationStateClassificationComponentSequence: Annotated[
        list[PresentationStateClassificationComponentSequenceItemRenderDisplay],
        Attribute(
            0x00701801, "SQ", "1", "1", name="Presentation State Classification Component Sequence"
        ),
    ]
    """Presentation State Classification Component Sequence (0070,1801): Type 1, VR SQ, VM 1. Classification components in which the order of Items is significant. Each classification component converts one or two processed inputs into a single RGB output. One or more Items shall be included in this Sequence. See Section C.11.27.2."""
