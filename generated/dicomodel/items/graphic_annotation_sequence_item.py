"""Item class GraphicAnnotationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.compound_graphic_sequence_item import CompoundGraphicSequenceItem
from dicomodel.items.graphic_object_sequence_item import GraphicObjectSequenceItem
from dicomodel.items.referenced_image_sequence_item import ReferencedImageSequenceItem
from dicomodel.items.text_object_sequence_item import TextObjectSequenceItem
from dicomodel.model import Attribute, DicomModel


class GraphicAnnotationSequenceItem(DicomModel):
    """An item of Graphic Annotation Sequence (0070,0001), as first defined in Graphic Annotation Module Attributes (C.10-5)."""

    dicom_name: ClassVar[str] = "Graphic Annotation Sequence"
    dicom_table: ClassVar[str] = "table_C.10-5"

    ReferencedImageSequence: Annotated[
        list[ReferencedImageSequenceItem] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Required if graphic annotations in this Item do not apply to all the images and frames listed in the Presentation State Relationship Module. The subset of images and frames listed in the Presentation State Relationship Module, to which this graphic annotation applies. One or more Items shall be included in this Sequence."""

    GraphicLayer: Annotated[vr.CS, Attribute(0x00700002, "CS", "1", "1", name="Graphic Layer")]
    """Graphic Layer (0070,0002): Type 1, VR CS, VM 1. The layer defined in the Graphic Layer Module in which the graphics or text is to be rendered."""

    TextObjectSequence: Annotated[
        list[TextObjectSequenceItem] | None,
        Attribute(
            0x00700008,
            "SQ",
            "1",
            "1C",
            name="Text Object Sequence",
            when=("not", ("present", 0x00700009)),
        ),
    ] = None
    """Text Object Sequence (0070,0008): Type 1C, VR SQ, VM 1. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required. Sequence that describes a text annotation. One or more Items shall be included in this Sequence. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required."""

    GraphicObjectSequence: Annotated[
        list[GraphicObjectSequenceItem] | None,
        Attribute(
            0x00700009,
            "SQ",
            "1",
            "1C",
            name="Graphic Object Sequence",
            when=("not", ("present", 0x00700008)),
        ),
    ] = None
    """Graphic Object Sequence (0070,0009): Type 1C, VR SQ, VM 1. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required. Sequence that describes a graphic annotation. One or more Items shall be included in this Sequence. Either one or both of Text Object Sequence (0070,0008) or Graphic Object Sequence (0070,0009) are required."""

    CompoundGraphicSequence: Annotated[
        list[CompoundGraphicSequenceItem] | None,
        Attribute(0x00700209, "SQ", "1", "3", name="Compound Graphic Sequence"),
    ] = None
    """Compound Graphic Sequence (0070,0209): Type 3, VR SQ, VM 1. A Sequence of Items that describe Compound Graphics. One or more Items are permitted in this Sequence. For each Compound Graphic there shall be an alternate rendering encoded as Items in the Text Object Sequence (0070,0008) and Graphic Obje..."""
