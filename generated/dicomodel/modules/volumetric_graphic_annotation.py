"""Volumetric Graphic Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.volumetric_annotation_sequence_item import VolumetricAnnotationSequenceItem
from dicomodel.items.volumetric_presentation_input_annotation_sequence_item import (
    VolumetricPresentationInputAnnotationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class VolumetricGraphicAnnotationModule(DicomModel):
    """Volumetric Graphic Annotation Module Attributes (PS3.3 Table C.11.28-1)."""

    dicom_name: ClassVar[str] = "Volumetric Graphic Annotation"
    dicom_table: ClassVar[str] = "table_C.11.28-1"

    VolumetricAnnotationSequence: Annotated[
        list[VolumetricAnnotationSequenceItem] | None,
        Attribute(
            0x00701901,
            "SQ",
            "1",
            "1C",
            name="Volumetric Annotation Sequence",
            when=("not", ("present", 0x00701905)),
            otherwise="may",
        ),
    ] = None
    """Volumetric Annotation Sequence (0070,1901): Type 1C, VR SQ, VM 1. Required if Volumetric Presentation Input Annotation Sequence (0070,1905) is not present. May be present otherwise. Graphic annotations described by coordinates in the Volumetric Presentation State Reference Coordinate System. One or more Items shall be included in this Sequence."""

    VolumetricPresentationInputAnnotationSequence: Annotated[
        list[VolumetricPresentationInputAnnotationSequenceItem] | None,
        Attribute(
            0x00701905,
            "SQ",
            "1",
            "1C",
            name="Volumetric Presentation Input Annotation Sequence",
            when=("not", ("present", 0x00701901)),
            otherwise="may",
        ),
    ] = None
    """Volumetric Presentation Input Annotation Sequence (0070,1905): Type 1C, VR SQ, VM 1. Required if Volumetric Annotation Sequence (0070,1901) is not present. May be present otherwise. Annotations of inputs in Volumetric Presentation State Input Sequence (0070,1201). One or more Items shall be included in this Sequence. Required if Volumetric Annotation Sequence (0070,1901) is not present. May be present otherwise."""
