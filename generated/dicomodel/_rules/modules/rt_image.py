"""Presence rules of RT Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTImageModule = (
    "table_C.8-38",
    (
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
                enumerated=((0, ("8", "12", "13", "14", "15", "16")),),
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
            Attribute(0x00281040, "CS", "1", "3", name="Pixel Intensity Relationship"),
            None,
        ),
        (
            "PixelIntensityRelationshipSign",
            Attribute(
                0x00281041,
                "SS",
                "1",
                "1C",
                name="Pixel Intensity Relationship Sign",
                enumerated=((0, ("+1", "-1")),),
                when=("present", 0x00281040),
            ),
            None,
        ),
        ("RTImageLabel", Attribute(0x30020002, "SH", "1", "1", name="RT Image Label"), None),
        ("RTImageName", Attribute(0x30020003, "LO", "1", "3", name="RT Image Name"), None),
        (
            "RTImageDescription",
            Attribute(0x30020004, "ST", "1", "3", name="RT Image Description"),
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
                enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
            ),
            None,
        ),
        ("ConversionType", Attribute(0x00080064, "CS", "1", "2", name="Conversion Type"), None),
        (
            "ReportedValuesOrigin",
            Attribute(
                0x3002000A,
                "CS",
                "1",
                "2C",
                name="Reported Values Origin",
                enumerated=((0, ("OPERATOR", "PLAN", "ACTUAL")),),
                when=("value", 0x00080008, 3, "in", ("SIMULATOR", "PORTAL")),
            ),
            None,
        ),
        (
            "RTImagePlane",
            Attribute(
                0x3002000C,
                "CS",
                "1",
                "1",
                name="RT Image Plane",
                enumerated=((0, ("NORMAL", "NON_NORMAL")),),
            ),
            None,
        ),
        (
            "XRayImageReceptorTranslation",
            Attribute(0x3002000D, "DS", "3", "3", name="X-Ray Image Receptor Translation"),
            None,
        ),
        (
            "XRayImageReceptorAngle",
            Attribute(0x3002000E, "DS", "1", "2", name="X-Ray Image Receptor Angle"),
            None,
        ),
        (
            "RTImageOrientation",
            Attribute(
                0x30020010,
                "DS",
                "6",
                "2C",
                name="RT Image Orientation",
                when=("value", 0x3002000C, 0, "in", ("NON_NORMAL",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ImagePlanePixelSpacing",
            Attribute(0x30020011, "DS", "2", "2", name="Image Plane Pixel Spacing"),
            None,
        ),
        ("RTImagePosition", Attribute(0x30020012, "DS", "2", "2", name="RT Image Position"), None),
        (
            "RadiationMachineName",
            Attribute(0x30020020, "SH", "1", "2", name="Radiation Machine Name"),
            None,
        ),
        (
            "PrimaryDosimeterUnit",
            Attribute(
                0x300A00B3,
                "CS",
                "1",
                "2",
                name="Primary Dosimeter Unit",
                enumerated=((0, ("MU", "MINUTE")),),
            ),
            None,
        ),
        (
            "RadiationMachineSAD",
            Attribute(0x30020022, "DS", "1", "2", name="Radiation Machine SAD"),
            None,
        ),
        (
            "RadiationMachineSSD",
            Attribute(0x30020024, "DS", "1", "3", name="Radiation Machine SSD"),
            None,
        ),
        ("RTImageSID", Attribute(0x30020026, "DS", "1", "2", name="RT Image SID"), None),
        (
            "EnhancedRTBeamLimitingDeviceDefinitionFlag",
            Attribute(
                0x300800A3,
                "CS",
                "1",
                "3",
                name="Enhanced RT Beam Limiting Device Definition Flag",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "EnhancedRTBeamLimitingDeviceSequence",
            Attribute(
                0x300800A1,
                "SQ",
                "1",
                "1C",
                name="Enhanced RT Beam Limiting Device Sequence",
                when=("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",))),
            ),
            Lazy(
                "dicomodel.items.rt_beam_limiting_device_definition_item",
                "RTBeamLimitingDeviceDefinitionItem",
            ),
        ),
        (
            "SourceToReferenceObjectDistance",
            Attribute(0x30020028, "DS", "1", "3", name="Source to Reference Object Distance"),
            None,
        ),
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "ReferencedBeamNumber",
            Attribute(0x300C0006, "IS", "1", "3", name="Referenced Beam Number"),
            None,
        ),
        (
            "ReferencedFractionGroupNumber",
            Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number"),
            None,
        ),
        ("FractionNumber", Attribute(0x30020029, "IS", "1", "3", name="Fraction Number"), None),
        (
            "StartCumulativeMetersetWeight",
            Attribute(0x300C0008, "DS", "1", "3", name="Start Cumulative Meterset Weight"),
            None,
        ),
        (
            "EndCumulativeMetersetWeight",
            Attribute(0x300C0009, "DS", "1", "3", name="End Cumulative Meterset Weight"),
            None,
        ),
        (
            "ExposureSequence",
            Attribute(0x30020030, "SQ", "1", "3", name="Exposure Sequence"),
            Lazy("dicomodel.items.exposure_sequence_item", "ExposureSequenceItem"),
        ),
        (
            "FluenceMapSequence",
            Attribute(
                0x30020040,
                "SQ",
                "1",
                "1C",
                name="Fluence Map Sequence",
                when=("value", 0x00080008, 3, "in", ("FLUENCE",)),
            ),
            Lazy("dicomodel.items.fluence_map_sequence_item", "FluenceMapSequenceItem"),
        ),
        ("GantryAngle", Attribute(0x300A011E, "DS", "1", "3", name="Gantry Angle"), None),
        (
            "GantryPitchAngle",
            Attribute(0x300A014A, "FL", "1", "3", name="Gantry Pitch Angle"),
            None,
        ),
        (
            "BeamLimitingDeviceAngle",
            Attribute(0x300A0120, "DS", "1", "3", name="Beam Limiting Device Angle"),
            None,
        ),
        (
            "PatientSupportAngle",
            Attribute(0x300A0122, "DS", "1", "3", name="Patient Support Angle"),
            None,
        ),
        (
            "TableTopEccentricAxisDistance",
            Attribute(0x300A0124, "DS", "1", "3", name="Table Top Eccentric Axis Distance"),
            None,
        ),
        (
            "TableTopEccentricAngle",
            Attribute(0x300A0125, "DS", "1", "3", name="Table Top Eccentric Angle"),
            None,
        ),
        (
            "TableTopPitchAngle",
            Attribute(0x300A0140, "FL", "1", "3", name="Table Top Pitch Angle"),
            None,
        ),
        (
            "TableTopRollAngle",
            Attribute(0x300A0144, "FL", "1", "3", name="Table Top Roll Angle"),
            None,
        ),
        (
            "TableTopVerticalPosition",
            Attribute(0x300A0128, "DS", "1", "3", name="Table Top Vertical Position"),
            None,
        ),
        (
            "TableTopLongitudinalPosition",
            Attribute(0x300A0129, "DS", "1", "3", name="Table Top Longitudinal Position"),
            None,
        ),
        (
            "TableTopLateralPosition",
            Attribute(0x300A012A, "DS", "1", "3", name="Table Top Lateral Position"),
            None,
        ),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        (
            "PatientPosition",
            Attribute(
                0x00185100,
                "CS",
                "1",
                "1C",
                name="Patient Position",
                when=("present", 0x300A012C),
                otherwise="may",
            ),
            None,
        ),
        ("ExposureTime", Attribute(0x00181150, "IS", "1", "3", name="Exposure Time"), None),
        (
            "ExposureTimeInms",
            Attribute(0x00189328, "FD", "1", "3", name="Exposure Time in ms"),
            None,
        ),
        ("MetersetExposure", Attribute(0x30020032, "DS", "1", "3", name="Meterset Exposure"), None),
    ),
)
