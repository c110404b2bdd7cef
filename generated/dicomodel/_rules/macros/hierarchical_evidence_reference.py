"""Presence rules of Hierarchical Evidence Reference Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
HierarchicalEvidenceReferenceMacro = (
    "table_10.42-1",
    (
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
    ),
)
