"""Presence rules of SOP Common Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
SOPCommonModule = (
    "table_C.12-1",
    (
        ("SOPClassUID", Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID"), None),
        ("SOPInstanceUID", Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID"), None),
        (
            "SpecificCharacterSet",
            Attribute(
                0x00080005,
                "CS",
                "1-n",
                "1C",
                name="Specific Character Set",
                when=(
                    "unknown",
                    "names no attribute: an expanded or replacement character set is used",
                ),
            ),
            None,
        ),
        (
            "InstanceCreationDate",
            Attribute(0x00080012, "DA", "1", "3", name="Instance Creation Date"),
            None,
        ),
        (
            "InstanceCreationTime",
            Attribute(0x00080013, "TM", "1", "3", name="Instance Creation Time"),
            None,
        ),
        (
            "InstanceCoercionDateTime",
            Attribute(0x00080015, "DT", "1", "3", name="Instance Coercion DateTime"),
            None,
        ),
        (
            "InstanceCreatorUID",
            Attribute(0x00080014, "UI", "1", "3", name="Instance Creator UID"),
            None,
        ),
        (
            "RelatedGeneralSOPClassUID",
            Attribute(0x0008001A, "UI", "1-n", "3", name="Related General SOP Class UID"),
            None,
        ),
        (
            "OriginalSpecializedSOPClassUID",
            Attribute(0x0008001B, "UI", "1", "3", name="Original Specialized SOP Class UID"),
            None,
        ),
        (
            "SyntheticData",
            Attribute(
                0x0008001C, "CS", "1", "3", name="Synthetic Data", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "CodingSchemeIdentificationSequence",
            Attribute(0x00080110, "SQ", "1", "3", name="Coding Scheme Identification Sequence"),
            Lazy(
                "dicomodel.items.coding_scheme_identification_sequence_item",
                "CodingSchemeIdentificationSequenceItem",
            ),
        ),
        (
            "ContextGroupIdentificationSequence",
            Attribute(0x00080123, "SQ", "1", "3", name="Context Group Identification Sequence"),
            Lazy(
                "dicomodel.items.context_group_identification_sequence_item",
                "ContextGroupIdentificationSequenceItem",
            ),
        ),
        (
            "MappingResourceIdentificationSequence",
            Attribute(0x00080124, "SQ", "1", "3", name="Mapping Resource Identification Sequence"),
            Lazy(
                "dicomodel.items.mapping_resource_identification_sequence_item",
                "MappingResourceIdentificationSequenceItem",
            ),
        ),
        (
            "TimezoneOffsetFromUTC",
            Attribute(0x00080201, "SH", "1", "3", name="Timezone Offset From UTC"),
            None,
        ),
        (
            "ContributingEquipmentSequence",
            Attribute(0x0018A001, "SQ", "1", "3", name="Contributing Equipment Sequence"),
            Lazy(
                "dicomodel.items.contributing_equipment_sequence_item",
                "ContributingEquipmentSequenceItem",
            ),
        ),
        ("InstanceNumber", Attribute(0x00200013, "IS", "1", "3", name="Instance Number"), None),
        (
            "SOPInstanceStatus",
            Attribute(
                0x01000410,
                "CS",
                "1",
                "3",
                name="SOP Instance Status",
                enumerated=((0, ("NS", "OR", "AO", "AC")),),
            ),
            None,
        ),
        (
            "SOPAuthorizationDateTime",
            Attribute(0x01000420, "DT", "1", "3", name="SOP Authorization DateTime"),
            None,
        ),
        (
            "SOPAuthorizationComment",
            Attribute(0x01000424, "LT", "1", "3", name="SOP Authorization Comment"),
            None,
        ),
        (
            "AuthorizationEquipmentCertificationNumber",
            Attribute(
                0x01000426, "LO", "1", "3", name="Authorization Equipment Certification Number"
            ),
            None,
        ),
        (
            "MACParametersSequence",
            Attribute(0x4FFE0001, "SQ", "1", "3", name="MAC Parameters Sequence"),
            Lazy("dicomodel.items.mac_parameters_sequence_item", "MACParametersSequenceItem"),
        ),
        (
            "DigitalSignaturesSequence",
            Attribute(0xFFFAFFFA, "SQ", "1", "3", name="Digital Signatures Sequence"),
            Lazy(
                "dicomodel.items.digital_signatures_sequence_item", "DigitalSignaturesSequenceItem"
            ),
        ),
        (
            "EncryptedAttributesSequence",
            Attribute(
                0x04000500,
                "SQ",
                "1",
                "1C",
                name="Encrypted Attributes Sequence",
                when=(
                    "unknown",
                    "names no attribute: application level confidentiality is needed and certain recipients are allowed to decrypt all or portions of the Encrypted Attributes Data Set",
                ),
            ),
            Lazy(
                "dicomodel.items.encrypted_attributes_sequence_item",
                "EncryptedAttributesSequenceItem",
            ),
        ),
        (
            "OriginalAttributesSequence",
            Attribute(0x04000561, "SQ", "1", "3", name="Original Attributes Sequence"),
            Lazy(
                "dicomodel.items.original_attributes_sequence_item",
                "OriginalAttributesSequenceItem",
            ),
        ),
        (
            "HL7StructuredDocumentReferenceSequence",
            Attribute(
                0x0040A390,
                "SQ",
                "1",
                "1C",
                name="HL7 Structured Document Reference Sequence",
                when=(
                    "unknown",
                    "names no attribute: unencapsulated HL7 Structured Documents are referenced within the Instance",
                ),
            ),
            Lazy(
                "dicomodel.items.hl7_structured_document_reference_sequence_item",
                "HL7StructuredDocumentReferenceSequenceItem",
            ),
        ),
        (
            "LongitudinalTemporalInformationModified",
            Attribute(
                0x00280303,
                "CS",
                "1",
                "3",
                name="Longitudinal Temporal Information Modified",
                enumerated=((0, ("UNMODIFIED", "MODIFIED", "REMOVED")),),
            ),
            None,
        ),
        (
            "QueryRetrieveView",
            Attribute(
                0x00080053,
                "CS",
                "1",
                "1C",
                name="Query/Retrieve View",
                enumerated=((0, ("CLASSIC", "ENHANCED")),),
                when=("unknown", "depends on the conversion history"),
            ),
            None,
        ),
        (
            "ConversionSourceAttributesSequence",
            Attribute(
                0x00209172,
                "SQ",
                "1",
                "1C",
                name="Conversion Source Attributes Sequence",
                when=(
                    "unknown",
                    "condition not read: not understood: 'in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)' (in 'Required if this Instance was created by conversion from a DICOM source , and Conversion Source Attributes Sequence (0020,9172) is not present in an Item of Shared Functional Groups Sequence (5200,9229) or Per-Frame Functional Groups Sequence (5200,9230)')",
                ),
            ),
            Lazy(
                "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
            ),
        ),
        (
            "ContentQualification",
            Attribute(
                0x00189004,
                "CS",
                "1",
                "3",
                name="Content Qualification",
                enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            ),
            None,
        ),
        (
            "PrivateDataElementCharacteristicsSequence",
            Attribute(
                0x00080300, "SQ", "1", "3", name="Private Data Element Characteristics Sequence"
            ),
            Lazy(
                "dicomodel.items.private_data_element_characteristics_sequence_item",
                "PrivateDataElementCharacteristicsSequenceItem",
            ),
        ),
        (
            "InstanceOriginStatus",
            Attribute(
                0x04000600,
                "CS",
                "1",
                "3",
                name="Instance Origin Status",
                enumerated=((0, ("LOCAL", "IMPORTED")),),
            ),
            None,
        ),
        ("BarcodeValue", Attribute(0x22000005, "LT", "1", "3", name="Barcode Value"), None),
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
