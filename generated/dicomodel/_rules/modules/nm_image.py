"""Presence rules of NM Image Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMImageModule = (
    "table_C.8-9",
    (
        (
            "ImageType",
            Attribute(
                0x00080008,
                "CS",
                "2-n",
                "1",
                name="Image Type",
                enumerated=(
                    (
                        3,
                        (
                            "STATIC",
                            "DYNAMIC",
                            "GATED",
                            "WHOLE BODY",
                            "TOMO",
                            "GATED TOMO",
                            "RECON TOMO",
                            "RECON GATED TOMO",
                        ),
                    ),
                    (4, ("EMISSION", "TRANSMISSION")),
                ),
            ),
            None,
        ),
        ("ImageID", Attribute(0x00540400, "SH", "1", "3", name="Image ID"), None),
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
            "CountsAccumulated",
            Attribute(0x00180070, "IS", "1", "2", name="Counts Accumulated"),
            None,
        ),
        (
            "AcquisitionTerminationCondition",
            Attribute(0x00180071, "CS", "1", "3", name="Acquisition Termination Condition"),
            None,
        ),
        ("TableHeight", Attribute(0x00181130, "DS", "1", "3", name="Table Height"), None),
        ("TableTraverse", Attribute(0x00181131, "DS", "1", "3", name="Table Traverse"), None),
        (
            "ActualFrameDuration",
            Attribute(
                0x00181242,
                "IS",
                "1",
                "1C",
                name="Actual Frame Duration",
                when=("value", 0x00080008, 3, "in", ("WHOLE BODY", "STATIC")),
            ),
            None,
        ),
        ("CountRate", Attribute(0x00181243, "IS", "1", "3", name="Count Rate"), None),
        (
            "ProcessingFunction",
            Attribute(0x00185020, "LO", "1", "3", name="Processing Function"),
            None,
        ),
        ("CorrectedImage", Attribute(0x00280051, "CS", "1-n", "3", name="Corrected Image"), None),
        (
            "WholeBodyTechnique",
            Attribute(
                0x00181301,
                "CS",
                "1-n",
                "3",
                name="Whole Body Technique",
                enumerated=((0, ("1PS", "2PS", "PCN", "MSP")),),
            ),
            None,
        ),
        (
            "ScanVelocity",
            Attribute(
                0x00181300,
                "DS",
                "1",
                "2C",
                name="Scan Velocity",
                when=("value", 0x00080008, 3, "in", ("WHOLE BODY",)),
            ),
            None,
        ),
        (
            "ScanLength",
            Attribute(
                0x00181302,
                "IS",
                "1",
                "2C",
                name="Scan Length",
                when=("value", 0x00080008, 3, "in", ("WHOLE BODY",)),
            ),
            None,
        ),
        (
            "TriggerSourceOrType",
            Attribute(0x00181061, "LO", "1", "3", name="Trigger Source or Type"),
            None,
        ),
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
        (
            "RealWorldValueMappingSequence",
            Attribute(0x00409096, "SQ", "1", "3", name="Real World Value Mapping Sequence"),
            Lazy("dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"),
        ),
        (
            "ScanProgressionDirection",
            Attribute(
                0x00540501,
                "CS",
                "1",
                "3",
                name="Scan Progression Direction",
                enumerated=((0, ("FEET_TO_HEAD", "HEAD_TO_FEET")),),
            ),
            None,
        ),
    ),
)
