"""Presence rules of MR Image and Spectroscopy Instance Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
MRImageAndSpectroscopyInstanceMacro = (
    "table_C.8-83",
    (
        (
            "AcquisitionNumber",
            Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number"),
            None,
        ),
        (
            "AcquisitionDateTime",
            Attribute(
                0x0008002A,
                "DT",
                "1",
                "1C",
                name="Acquisition DateTime",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "AcquisitionDuration",
            Attribute(
                0x00189073,
                "FD",
                "1",
                "1C",
                name="Acquisition Duration",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ReferencedRawDataSequence",
            Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedWaveformSequence",
            Attribute(0x0008113A, "SQ", "1", "3", name="Referenced Waveform Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedImageEvidenceSequence",
            Attribute(
                0x00089092,
                "SQ",
                "1",
                "1C",
                name="Referenced Image Evidence Sequence",
                when=(
                    "and",
                    ("has_value", 0x00081140),
                    (
                        "not",
                        (
                            "sop_class",
                            (
                                "1.2.840.10008.5.1.4.1.1.2.2",
                                "1.2.840.10008.5.1.4.1.1.4.4",
                                "1.2.840.10008.5.1.4.1.1.128.1",
                            ),
                        ),
                    ),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "SourceImageEvidenceSequence",
            Attribute(
                0x00089154,
                "SQ",
                "1",
                "1C",
                name="Source Image Evidence Sequence",
                when=(
                    "and",
                    ("has_value", 0x00082112),
                    (
                        "not",
                        (
                            "sop_class",
                            (
                                "1.2.840.10008.5.1.4.1.1.2.2",
                                "1.2.840.10008.5.1.4.1.1.4.4",
                                "1.2.840.10008.5.1.4.1.1.128.1",
                            ),
                        ),
                    ),
                ),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedPresentationStateSequence",
            Attribute(
                0x00089237,
                "SQ",
                "1",
                "1C",
                name="Referenced Presentation State Sequence",
                when=(
                    "unknown",
                    "names no attribute: Presentation State is created together with the images",
                ),
            ),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "1C",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "ResonantNucleus",
            Attribute(
                0x00189100,
                "CS",
                "1-2",
                "1C",
                name="Resonant Nucleus",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "KSpaceFiltering",
            Attribute(
                0x00189064,
                "CS",
                "1",
                "1C",
                name="k-space Filtering",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "MagneticFieldStrength",
            Attribute(
                0x00180087,
                "DS",
                "1",
                "1C",
                name="Magnetic Field Strength",
                when=(
                    "and",
                    ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                    ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "ApplicableSafetyStandardAgency",
            Attribute(
                0x00189174,
                "CS",
                "1",
                "1C",
                name="Applicable Safety Standard Agency",
                when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.4.4",))),
                otherwise="may",
            ),
            None,
        ),
        (
            "ApplicableSafetyStandardDescription",
            Attribute(0x00189175, "LO", "1", "3", name="Applicable Safety Standard Description"),
            None,
        ),
        ("ImageComments", Attribute(0x00204000, "LT", "1", "3", name="Image Comments"), None),
        (
            "IsocenterPosition",
            Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position"),
            None,
        ),
        ("B1rms", Attribute(0x00181320, "FL", "1", "3", name="B1rms"), None),
    ),
)
