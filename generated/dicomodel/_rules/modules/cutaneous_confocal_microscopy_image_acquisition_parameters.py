"""Presence rules of Cutaneous Confocal Microscopy Image Acquisition Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
CutaneousConfocalMicroscopyImageAcquisitionParametersModule = (
    "table_C.8.35.3-1",
    (
        (
            "OpticalMagnificationFactor",
            Attribute(0x00161005, "DS", "1", "2", name="Optical Magnification Factor"),
            None,
        ),
        (
            "ImageAcquisitionDepth",
            Attribute(0x00480117, "FD", "1", "2", name="Image Acquisition Depth"),
            None,
        ),
        (
            "FieldOfViewShape",
            Attribute(0x00181147, "CS", "1", "2", name="Field of View Shape"),
            None,
        ),
        (
            "FieldOfViewDimensions",
            Attribute(0x00181149, "IS", "1-2", "2", name="Field of View Dimension(s)"),
            None,
        ),
        (
            "TrackingID",
            Attribute(
                0x00620020, "UT", "1", "1C", name="Tracking ID", when=("present", 0x00620021)
            ),
            None,
        ),
        (
            "TrackingUID",
            Attribute(
                0x00620021, "UI", "1", "1C", name="Tracking UID", when=("present", 0x00620020)
            ),
            None,
        ),
    ),
)
