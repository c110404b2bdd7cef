"""Presence rules of X-Ray Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayImageModule = (
    "table_C.8-26",
    (
        (
            "FrameIncrementPointer",
            Attribute(
                0x00280009,
                "AT",
                "1-n",
                "1C",
                name="Frame Increment Pointer",
                enumerated=((0, ("00181063H", "00181065H")),),
                when=("unknown", "depends on the multi-frame structure of the pixel data"),
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1C",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
                when=("unknown", "depends on lossy compression"),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (1, ("ORIGINAL", "DERIVED")),
                    (2, ("PRIMARY", "SECONDARY")),
                    (3, ("SINGLE PLANE", "BIPLANE A", "BIPLANE B")),
                ),
            ),
            None,
        ),
        (
            "PixelIntensityRelationship",
            Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
            None,
        ),
        ("SamplesPerPixel", Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel"), None),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME2",)),),
            ),
            None,
        ),
        (
            "BitsAllocated",
            Attribute(
                0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
            ),
            None,
        ),
        (
            "BitsStored",
            Attribute(
                0x00280101,
                "US",
                "1",
                "1",
                name="Bits Stored",
                enumerated=((0, ("8", "10", "12", "16")),),
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(0x00280103, "US", "1", "1", name="Pixel Representation"),
            None,
        ),
        ("ScanOptions", Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options"), None),
        (
            "AnatomicRegionSequence",
            Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
            Lazy("dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"),
        ),
        (
            "PrimaryAnatomicStructureSequence",
            Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
            Lazy(
                "dicomodel.items.primary_anatomic_structure_sequence_item",
                "PrimaryAnatomicStructureSequenceItem",
            ),
        ),
        ("RWavePointer", Attribute(0x00286040, "US", "1-n", "3", name="R Wave Pointer"), None),
        (
            "ReferencedImageSequence",
            Attribute(
                0x00081140,
                "SQ",
                "1",
                "1C",
                name="Referenced Image Sequence",
                when=("value", 0x00080008, 3, "in", ("BIPLANE A", "BIPLANE B")),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_image_sequence_item_x_ray_image",
                "ReferencedImageSequenceItemXRayImage",
            ),
        ),
        (
            "DerivationDescription",
            Attribute(0x00082111, "ST", "1", "3", name="Derivation Description"),
            None,
        ),
        (
            "AcquisitionDeviceProcessingDescription",
            Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
            None,
        ),
        (
            "FrameLabelVector",
            Attribute(0x00182002, "SH", "1-n", "3", name="Frame Label Vector"),
            None,
        ),
        (
            "FrameDimensionPointer",
            Attribute(0x0028000A, "AT", "1-n", "3", name="Frame Dimension Pointer"),
            None,
        ),
        (
            "CalibrationImage",
            Attribute(
                0x00500004,
                "CS",
                "1",
                "3",
                name="Calibration Image",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "ReferencedDefinedProtocolSequence",
            Attribute(
                0x0018990C,
                "SQ",
                "1",
                "1C",
                name="Referenced Defined Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
        (
            "ReferencedPerformedProtocolSequence",
            Attribute(
                0x0018990D,
                "SQ",
                "1",
                "1C",
                name="Referenced Performed Protocol Sequence",
                when=(
                    "unknown",
                    "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
                ),
            ),
            Lazy(
                "dicomodel.items.referenced_defined_protocol_sequence_item",
                "ReferencedDefinedProtocolSequenceItem",
            ),
        ),
    ),
)
