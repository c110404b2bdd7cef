"""Presence rules of Encapsulated Document Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
EncapsulatedDocumentModule = (
    "table_C.24-2",
    (
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "1", name="Instance Number"), None),
        ("ContentDate", Attribute(0x00080023, "DA", "1", "2", name="Content Date"), None),
        ("ContentTime", Attribute(0x00080033, "TM", "1", "2", name="Content Time"), None),
        (
            "AcquisitionDateTime",
            Attribute(0x0008002A, "DT", "1", "2", name="Acquisition DateTime"),
            None,
        ),
        (
            "ImageLaterality",
            Attribute(
                0x00200062,
                "CS",
                "1",
                "3",
                name="Image Laterality",
                enumerated=((0, ("R", "L", "U", "B")),),
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
            "RecognizableVisualFeatures",
            Attribute(
                0x00280302,
                "CS",
                "1",
                "3",
                name="Recognizable Visual Features",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "SourceInstanceSequence",
            Attribute(
                0x00420013,
                "SQ",
                "1",
                "1C",
                name="Source Instance Sequence",
                when=("unknown", "depends on whether the image was derived"),
                otherwise="may",
            ),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
                "ReferencedInstanceSequenceItemWaveformIdentification",
            ),
        ),
        (
            "ReferencedImageSequence",
            Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
            Lazy(
                "dicomodel.items.referenced_image_sequence_item_encapsulated_document",
                "ReferencedImageSequenceItemEncapsulatedDocument",
            ),
        ),
        (
            "ReferencedInstanceSequence",
            Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
            Lazy(
                "dicomodel.items.referenced_instance_sequence_item_encapsulated_document",
                "ReferencedInstanceSequenceItemEncapsulatedDocument",
            ),
        ),
        ("DocumentTitle", Attribute(0x00420010, "ST", "1", "2", name="Document Title"), None),
        (
            "ConceptNameCodeSequence",
            Attribute(0x0040A043, "SQ", "1", "2", name="Concept Name Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "DocumentClassCodeSequence",
            Attribute(0x0040E008, "SQ", "1", "3", name="Document Class Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "VerificationFlag",
            Attribute(
                0x0040A493,
                "CS",
                "1",
                "3",
                name="Verification Flag",
                enumerated=((0, ("UNVERIFIED", "VERIFIED")),),
            ),
            None,
        ),
        (
            "HL7InstanceIdentifier",
            Attribute(
                0x0040E001,
                "ST",
                "1",
                "1C",
                name="HL7 Instance Identifier",
                when=("unknown", "names no attribute: encapsulated document is a CDA document"),
            ),
            None,
        ),
        (
            "PredecessorDocumentsSequence",
            Attribute(0x0040A360, "SQ", "1", "3", name="Predecessor Documents Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "IdenticalDocumentsSequence",
            Attribute(0x0040A525, "SQ", "1", "3", name="Identical Documents Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "MIMETypeOfEncapsulatedDocument",
            Attribute(0x00420012, "LO", "1", "1", name="MIME Type of Encapsulated Document"),
            None,
        ),
        (
            "ListOfMIMETypes",
            Attribute(
                0x00420014,
                "LO",
                "1-n",
                "1C",
                name="List of MIME Types",
                when=(
                    "unknown",
                    "names no attribute: the encapsulated document incorporates subcomponents with MIME types different than the primary MIME Type of the encapsulated document",
                ),
            ),
            None,
        ),
        (
            "EncapsulatedDocument",
            Attribute(0x00420011, "OB", "1", "1", name="Encapsulated Document"),
            None,
        ),
        (
            "EncapsulatedDocumentLength",
            Attribute(0x00420015, "UL", "1", "3", name="Encapsulated Document Length"),
            None,
        ),
        (
            "ValueType",
            Attribute(
                0x0040A040,
                "CS",
                "1",
                "1C",
                name="Value Type",
                enumerated=((0, ("CONTAINER",)),),
                when=("present", 0x0040A730),
            ),
            None,
        ),
        (
            "ContentSequence",
            Attribute(0x0040A730, "SQ", "1", "3", name="Content Sequence"),
            Lazy(
                "dicomodel.items.content_sequence_item_encapsulated_document",
                "ContentSequenceItemEncapsulatedDocument",
            ),
        ),
        (
            "ContinuityOfContent",
            Attribute(
                0x0040A050,
                "CS",
                "1",
                "1C",
                name="Continuity of Content",
                enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
                when=("present", 0x0040A730),
            ),
            None,
        ),
        (
            "ContentTemplateSequence",
            Attribute(
                0x0040A504,
                "SQ",
                "1",
                "1C",
                name="Content Template Sequence",
                when=(
                    "and",
                    ("present", 0x0040A730),
                    ("unknown", "depends on what is known to the creator"),
                ),
            ),
            Lazy(
                "dicomodel.items.content_template_sequence_item_container",
                "ContentTemplateSequenceItemContainer",
            ),
        ),
    ),
)
