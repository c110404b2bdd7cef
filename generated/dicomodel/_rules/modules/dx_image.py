"""Presence rules of DX Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
DXImageModule = (
    "table_C.8-70",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
            ),
            None,
        ),
        (
            "SamplesPerPixel",
            Attribute(
                0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)
            ),
            None,
        ),
        (
            "PhotometricInterpretation",
            Attribute(
                0x00280004,
                "CS",
                "1",
                "1",
                name="Photometric Interpretation",
                enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
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
                enumerated=((0, ("6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16")),),
            ),
            None,
        ),
        ("HighBit", Attribute(0x00280102, "US", "1", "1", name="High Bit"), None),
        (
            "PixelRepresentation",
            Attribute(
                0x00280103,
                "US",
                "1",
                "1",
                name="Pixel Representation",
                enumerated=((0, ("0000H",)),),
            ),
            None,
        ),
        (
            "PixelIntensityRelationship",
            Attribute(
                0x00281040,
                "CS",
                "1",
                "1",
                name="Pixel Intensity Relationship",
                enumerated=((0, ("LIN", "LOG")),),
            ),
            None,
        ),
        (
            "PixelIntensityRelationshipSign",
            Attribute(
                0x00281041,
                "SS",
                "1",
                "1",
                name="Pixel Intensity Relationship Sign",
                enumerated=((0, ("+1", "-1")),),
            ),
            None,
        ),
        (
            "RescaleIntercept",
            Attribute(
                0x00281052, "DS", "1", "1", name="Rescale Intercept", enumerated=((0, ("0",)),)
            ),
            None,
        ),
        (
            "RescaleSlope",
            Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope", enumerated=((0, ("1",)),)),
            None,
        ),
        (
            "RescaleType",
            Attribute(0x00281054, "LO", "1", "1", name="Rescale Type", enumerated=((0, ("US",)),)),
            None,
        ),
        (
            "PresentationLUTShape",
            Attribute(
                0x20500020,
                "CS",
                "1",
                "1",
                name="Presentation LUT Shape",
                enumerated=((0, ("IDENTITY", "INVERSE")),),
            ),
            None,
        ),
        (
            "LossyImageCompression",
            Attribute(
                0x00282110,
                "CS",
                "1",
                "1",
                name="Lossy Image Compression",
                enumerated=((0, ("00", "01")),),
            ),
            None,
        ),
        (
            "LossyImageCompressionRatio",
            Attribute(
                0x00282112,
                "DS",
                "1-n",
                "1C",
                name="Lossy Image Compression Ratio",
                when=("value", 0x00282110, 0, "in", ("01",)),
            ),
            None,
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
            "AcquisitionDeviceProcessingCode",
            Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
            None,
        ),
        (
            "PatientOrientation",
            Attribute(
                0x00200020,
                "CS",
                "2",
                "1C",
                name="Patient Orientation",
                when=(
                    "unknown",
                    "condition not read: not understood: 'with an Item value other than ( 119376003 , SCT , tissue specimen ) or ( 127457009 , SCT , tissue specimen from breast )' (in 'Required if View Code Sequence (0054,0220) is not present or is present with an Item value other than ( 119376003 , SCT , tissue specimen ) or ( 127457009 , SCT , tissue specimen from breast )')",
                ),
                otherwise="may",
            ),
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
            "BurnedInAnnotation",
            Attribute(
                0x00280301,
                "CS",
                "1",
                "1",
                name="Burned In Annotation",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "VOILUTSequence",
            Attribute(
                0x00283010,
                "SQ",
                "1",
                "1C",
                name="VOI LUT Sequence",
                when=(
                    "and",
                    ("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
                    ("not", ("present", 0x00281050)),
                ),
            ),
            Lazy("dicomodel.items.voilut_sequence_item", "VOILUTSequenceItem"),
        ),
        (
            "WindowCenter",
            Attribute(
                0x00281050,
                "DS",
                "1-n",
                "1C",
                name="Window Center",
                when=(
                    "and",
                    ("value", 0x00080068, 0, "in", ("FOR PRESENTATION",)),
                    ("not", ("present", 0x00283010)),
                ),
            ),
            None,
        ),
        (
            "WindowWidth",
            Attribute(
                0x00281051, "DS", "1-n", "1C", name="Window Width", when=("present", 0x00281050)
            ),
            None,
        ),
        (
            "WindowCenterWidthExplanation",
            Attribute(0x00281055, "LO", "1-n", "3", name="Window Center & Width Explanation"),
            None,
        ),
    ),
)
