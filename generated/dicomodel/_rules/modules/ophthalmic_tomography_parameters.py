"""Presence rules of Ophthalmic Tomography Parameters Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicTomographyParametersModule = (
    "table_C.8.17.9-1",
    (
        (
            "AcquisitionDeviceTypeCodeSequence",
            Attribute(0x00220015, "SQ", "1", "1", name="Acquisition Device Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "LightPathFilterTypeStackCodeSequence",
            Attribute(
                0x00220017, "SQ", "1", "2", name="Light Path Filter Type Stack Code Sequence"
            ),
            Lazy(
                "dicomodel.items.light_path_filter_type_stack_code_sequence_item",
                "LightPathFilterTypeStackCodeSequenceItem",
            ),
        ),
        ("DetectorType", Attribute(0x00187004, "CS", "1", "1", name="Detector Type"), None),
        (
            "ScanPatternTypeCodeSequence",
            Attribute(0x00221618, "SQ", "1", "3", name="Scan Pattern Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "IlluminationWaveLength",
            Attribute(
                0x00220055,
                "FL",
                "1",
                "1C",
                name="Illumination Wave Length",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "IlluminationPower",
            Attribute(
                0x00220056,
                "FL",
                "1",
                "1C",
                name="Illumination Power",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "IlluminationBandwidth",
            Attribute(
                0x00220057,
                "FL",
                "1",
                "1C",
                name="Illumination Bandwidth",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "DepthSpatialResolution",
            Attribute(
                0x00220035,
                "FL",
                "1",
                "1C",
                name="Depth Spatial Resolution",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "MaximumDepthDistortion",
            Attribute(
                0x00220036,
                "FL",
                "1",
                "1C",
                name="Maximum Depth Distortion",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "AlongScanSpatialResolution",
            Attribute(
                0x00220037,
                "FL",
                "1",
                "1C",
                name="Along-scan Spatial Resolution",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "MaximumAlongScanDistortion",
            Attribute(
                0x00220038,
                "FL",
                "1",
                "1C",
                name="Maximum Along-scan Distortion",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcrossScanSpatialResolution",
            Attribute(
                0x00220048,
                "FL",
                "1",
                "1C",
                name="Across-scan Spatial Resolution",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
        (
            "MaximumAcrossScanDistortion",
            Attribute(
                0x00220049,
                "FL",
                "1",
                "1C",
                name="Maximum Across-scan Distortion",
                when=("code", 0x00220015, (("392012008", "SCT"),)),
                otherwise="may",
            ),
            None,
        ),
    ),
)
