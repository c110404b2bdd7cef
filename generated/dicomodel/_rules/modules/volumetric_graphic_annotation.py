"""Presence rules of Volumetric Graphic Annotation Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VolumetricGraphicAnnotationModule = (
    "table_C.11.28-1",
    (
        (
            "VolumetricAnnotationSequence",
            Attribute(
                0x00701901,
                "SQ",
                "1",
                "1C",
                name="Volumetric Annotation Sequence",
                when=("not", ("present", 0x00701905)),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.volumetric_annotation_sequence_item",
                "VolumetricAnnotationSequenceItem",
            ),
        ),
        (
            "VolumetricPresentationInputAnnotationSequence",
            Attribute(
                0x00701905,
                "SQ",
                "1",
                "1C",
                name="Volumetric Presentation Input Annotation Sequence",
                when=("not", ("present", 0x00701901)),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.volumetric_presentation_input_annotation_sequence_item",
                "VolumetricPresentationInputAnnotationSequenceItem",
            ),
        ),
    ),
)
