"""Item class GraphicLayerSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GraphicLayerSequenceItem",
]


class GraphicLayerSequenceItem(DicomModel):
    """An item of Graphic Layer Sequence (0070,0060), as first defined in Graphic Layer Module Attributes (C.10-7)."""

    dicom_name: ClassVar[str] = "Graphic Layer Sequence"
    dicom_table: ClassVar[str] = "table_C.10-7"

    GraphicLayer: Annotated[vr.CS, Attribute(0x00700002, "CS", "1", "1", name="Graphic Layer")]
    """Graphic Layer (0070,0002): Type 1, VR CS, VM 1. A string that identifies the layer. This identifier may be used by other Attributes within the same Presentation State Instance to reference this layer."""

    GraphicLayerOrder: Annotated[
        vr.IS, Attribute(0x00700062, "IS", "1", "1", name="Graphic Layer Order")
    ]
    """Graphic Layer Order (0070,0062): Type 1, VR IS, VM 1. An integer indicating the order in which it is recommended that the layer be rendered, if the display is capable of distinguishing. Lower numbered layers are to be rendered first."""

    GraphicLayerRecommendedDisplayGrayscaleValue: Annotated[
        vr.US | None,
        Attribute(
            0x00700066, "US", "1", "3", name="Graphic Layer Recommended Display Grayscale Value"
        ),
    ] = None
    """Graphic Layer Recommended Display Grayscale Value (0070,0066): Type 3, VR US, VM 1. A default single gray unsigned value in which it is recommended that the layer be rendered on a monochrome display. The units are specified in P-Values from a minimum of 0000H (black) up to a maximum of FFFFH (white)."""

    GraphicLayerRecommendedDisplayCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(
            0x00700401, "US", "3", "3", name="Graphic Layer Recommended Display CIELab Value"
        ),
    ] = None
    """Graphic Layer Recommended Display CIELab Value (0070,0401): Type 3, VR US, VM 3. A default color triplet value in which it is recommended that the layer be rendered on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    GraphicLayerDescription: Annotated[
        vr.LO | None, Attribute(0x00700068, "LO", "1", "3", name="Graphic Layer Description")
    ] = None
    """Graphic Layer Description (0070,0068): Type 3, VR LO, VM 1. A free text description of the contents of this layer."""
