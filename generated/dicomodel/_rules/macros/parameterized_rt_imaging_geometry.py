"""Presence rules of Parameterized RT Imaging Geometry Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
ParameterizedRTImagingGeometryMacro = (
    "table_C.36.2.4.3-1",
    (
        (
            "ImagingSourcePositionSequence",
            Attribute(0x3002010D, "SQ", "1", "1", name="Imaging Source Position Sequence"),
            Lazy(
                "dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry",
                "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
            ),
        ),
        (
            "ImageReceptorPositionSequence",
            Attribute(0x3002010E, "SQ", "1", "1", name="Image Receptor Position Sequence"),
            Lazy(
                "dicomodel.items.imaging_source_position_sequence_item_rt_projection_imaging_request_geometry",
                "ImagingSourcePositionSequenceItemRTProjectionImagingRequestGeometry",
            ),
        ),
    ),
)
