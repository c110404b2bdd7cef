"""Presence rules of Ophthalmic Photographic Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicPhotographicParametersModule = (
    "table_C.8.17.3-1",
    (
        (
            "AcquisitionDeviceTypeCodeSequence",
            Attribute(0x00220015, "SQ", "1", "1", name="Acquisition Device Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "IlluminationTypeCodeSequence",
            Attribute(0x00220016, "SQ", "1", "2", name="Illumination Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "LightPathFilterTypeStackCodeSequence",
            Attribute(
                0x00220017, "SQ", "1", "2", name="Light Path Filter Type Stack Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "LightPathFilterPassThroughWavelength",
            Attribute(0x00220001, "US", "1", "3", name="Light Path Filter Pass-Through Wavelength"),
            None,
        ),
        (
            "LightPathFilterPassBand",
            Attribute(0x00220002, "US", "2", "3", name="Light Path Filter Pass Band"),
            None,
        ),
        (
            "ImagePathFilterTypeStackCodeSequence",
            Attribute(
                0x00220018, "SQ", "1", "2", name="Image Path Filter Type Stack Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "ImagePathFilterPassThroughWavelength",
            Attribute(0x00220003, "US", "1", "3", name="Image Path Filter Pass-Through Wavelength"),
            None,
        ),
        (
            "ImagePathFilterPassBand",
            Attribute(0x00220004, "US", "2", "3", name="Image Path Filter Pass Band"),
            None,
        ),
        (
            "LensesCodeSequence",
            Attribute(0x00220019, "SQ", "1", "2", name="Lenses Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("DetectorType", Attribute(0x00187004, "CS", "1", "2", name="Detector Type"), None),
        (
            "ChannelDescriptionCodeSequence",
            Attribute(
                0x0022001A,
                "SQ",
                "1",
                "1C",
                name="Channel Description Code Sequence",
                when=(
                    "unknown",
                    "names no attribute: this differs from the natural interpretation",
                ),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "CameraAngleOfView",
            Attribute(0x0022001E, "FL", "1", "3", name="Camera Angle of View"),
            None,
        ),
    ),
)
