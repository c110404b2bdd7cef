"""Presence rules of General Reference Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
GeneralReferenceModule = (
    "table_C.12-10",
    (
        (
            "ReferencedImageSequence",
            Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
            Lazy(
                "dicomodel.items.referenced_image_sequence_item_x_ray_image",
                "ReferencedImageSequenceItemXRayImage",
            ),
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_rt_dose",
                "ReferencedInstanceSequenceItemRTDose",
            ),
        ),
        (
            "DerivationDescription",
            Attribute(0x00082111, "ST", "1", "3", name="Derivation Description"),
            None,
        ),
        (
            "DerivationCodeSequence",
            Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "SourceImageSequence",
            Attribute(0x00082112, "SQ", "1", "3", name="Source Image Sequence"),
            Lazy(
                "dicomodel.items.source_image_sequence_item_general_reference",
                "SourceImageSequenceItemGeneralReference",
            ),
        ),
        (
            "SourceInstanceSequence",
            Attribute(0x00420013, "SQ", "1", "3", name="Source Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
                "ReferencedInstanceSequenceItemWaveformIdentification",
            ),
        ),
    ),
)
