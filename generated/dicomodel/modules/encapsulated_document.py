"""Encapsulated Document Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationValue as _BurnedInAnnotationValue,
    )
    from dicomodel.enums.continuity_of_content import (
        ContinuityOfContentValue as _ContinuityOfContentValue,
    )
    from dicomodel.enums.image_laterality import ImageLateralityValue as _ImageLateralityValue
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.enums.value_type import (
        ValueTypeEncapsulatedDocumentValue as _ValueTypeEncapsulatedDocumentValue,
    )
    from dicomodel.enums.verification_flag import VerificationFlagValue as _VerificationFlagValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.content_sequence_item_encapsulated_document import (
        ContentSequenceItemEncapsulatedDocument as _ContentSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.content_template_sequence_item_container import (
        ContentTemplateSequenceItemContainer as _ContentTemplateSequenceItemContainer,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_encapsulated_document import (
        ReferencedImageSequenceItemEncapsulatedDocument as _ReferencedImageSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.referenced_instance_sequence_item_encapsulated_document import (
        ReferencedInstanceSequenceItemEncapsulatedDocument as _ReferencedInstanceSequenceItemEncapsulatedDocument,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as _ReferencedInstanceSequenceItemWaveformIdentification,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentSequenceItemEncapsulatedDocument = Lazy(
        "dicomodel.items.content_sequence_item_encapsulated_document",
        "ContentSequenceItemEncapsulatedDocument",
    )
    _ContentTemplateSequenceItemContainer = Lazy(
        "dicomodel.items.content_template_sequence_item_container",
        "ContentTemplateSequenceItemContainer",
    )
    _ContinuityOfContentValue = Lazy(
        "dicomodel.enums.continuity_of_content", "ContinuityOfContentValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _ImageLateralityValue = Lazy("dicomodel.enums.image_laterality", "ImageLateralityValue")
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _ReferencedImageSequenceItemEncapsulatedDocument = Lazy(
        "dicomodel.items.referenced_image_sequence_item_encapsulated_document",
        "ReferencedImageSequenceItemEncapsulatedDocument",
    )
    _ReferencedInstanceSequenceItemEncapsulatedDocument = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_encapsulated_document",
        "ReferencedInstanceSequenceItemEncapsulatedDocument",
    )
    _ReferencedInstanceSequenceItemWaveformIdentification = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
    )
    _ValueTypeEncapsulatedDocumentValue = Lazy(
        "dicomodel.enums.value_type", "ValueTypeEncapsulatedDocumentValue"
    )
    _VerificationFlagValue = Lazy("dicomodel.enums.verification_flag", "VerificationFlagValue")

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.continuity_of_content import ContinuityOfContent as ContinuityOfContent
    from dicomodel.enums.graphic_type import GraphicType as GraphicType
    from dicomodel.enums.image_laterality import ImageLaterality as ImageLaterality
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.pixel_origin_interpretation import (
        PixelOriginInterpretation as PixelOriginInterpretation,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.relationship_type import (
        RelationshipTypeEncapsulatedDocument as RelationshipType,
    )
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.enums.temporal_range_type import TemporalRangeType as TemporalRangeType
    from dicomodel.enums.value_type import ValueTypeEncapsulatedDocument as ValueType
    from dicomodel.enums.verification_flag import VerificationFlag as VerificationFlag
    from dicomodel.items.cell_values_sequence_item import (
        CellValuesSequenceItem as CellValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DocumentClassCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content2 import (
        CodeSequenceItemDocumentContent2 as ConceptCodeSequenceItem,
    )
    from dicomodel.items.content_sequence_item_encapsulated_document import (
        ContentSequenceItemEncapsulatedDocument as ContentSequenceItem,
    )
    from dicomodel.items.content_template_sequence_item_container import (
        ContentTemplateSequenceItemContainer as ContentTemplateSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as IdenticalDocumentsSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as PredecessorDocumentsSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item import (
        MeasuredValueSequenceItem as MeasuredValueSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_encapsulated_document import (
        ReferencedImageSequenceItemEncapsulatedDocument as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_encapsulated_document import (
        ReferencedInstanceSequenceItemEncapsulatedDocument as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_waveform_identification import (
        ReferencedInstanceSequenceItemWaveformIdentification as SourceInstanceSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item_document_content import (
        SOPInstanceReferenceItemDocumentContent as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item import (
        TableColumnDefinitionSequenceItem as TableColumnDefinitionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item import (
        TableRowDefinitionSequenceItem as TableRowDefinitionSequenceItem,
    )
    from dicomodel.items.tabulated_values_sequence_item import (
        TabulatedValuesSequenceItem as TabulatedValuesSequenceItem,
    )

__all__ = [
    "BurnedInAnnotation",
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentSequenceItem",
    "ContentTemplateSequenceItem",
    "ContextGroupExtensionFlag",
    "ContinuityOfContent",
    "DocumentClassCodeSequenceItem",
    "EncapsulatedDocumentModule",
    "EquivalentCodeSequenceItem",
    "GraphicType",
    "IdenticalDocumentsSequenceItem",
    "ImageLaterality",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "PixelOriginInterpretation",
    "PredecessorDocumentsSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "RelationshipType",
    "SelectorAttributeVR",
    "SourceInstanceSequenceItem",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItem",
    "TemporalRangeType",
    "ValueType",
    "VerificationFlag",
]


class EncapsulatedDocumentModule(DicomModel):
    """Encapsulated Document Module Attributes (PS3.3 Table C.24-2)."""

    dicom_name: ClassVar[str] = "Encapsulated Document"
    dicom_table: ClassVar[str] = "table_C.24-2"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance. The value shall be unique within a Series."""

    ContentDate: Annotated[vr.DA | None, Attribute(0x00080023, "DA", "1", "2", name="Content Date")]
    """Content Date (0008,0023): Type 2, VR DA, VM 1. The date the document content creation was started."""

    ContentTime: Annotated[vr.TM | None, Attribute(0x00080033, "TM", "1", "2", name="Content Time")]
    """Content Time (0008,0033): Type 2, VR TM, VM 1. The time the document content creation was started."""

    AcquisitionDateTime: Annotated[
        vr.DT | None, Attribute(0x0008002A, "DT", "1", "2", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 2, VR DT, VM 1. The date and time that the original generation of the data in the document started."""

    ImageLaterality: Annotated[
        _ImageLateralityValue | None,
        Attribute(
            0x00200062,
            "CS",
            "1",
            "3",
            name="Image Laterality",
            enumerated=((0, ("R", "L", "U", "B")),),
        ),
    ] = None
    """Image Laterality (0020,0062): Type 3, VR CS, VM 1. Laterality of the (possibly paired) body part that is the subject of the encapsulated document. Enumerated Values: R right L left U unpaired B both left and right If Modality (0008,0060) is M3D, then values for this Attribute shall refer to..."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationValue,
        Attribute(
            0x00280301,
            "CS",
            "1",
            "1",
            name="Burned In Annotation",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not the encapsulated document contains sufficient burned in annotation to identify the patient and date the data was acquired."""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesValue | None,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "3",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Recognizable Visual Features (0028,0302): Type 3, VR CS, VM 1. Indicates whether or not the Instance contains sufficiently recognizable visual features to allow the Instance or a reconstruction from a set of Instances to identify the patient."""

    SourceInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemWaveformIdentification] | None,
        Attribute(
            0x00420013,
            "SQ",
            "1",
            "1C",
            name="Source Instance Sequence",
            when=("unknown", "depends on whether the image was derived"),
            otherwise="may",
        ),
    ] = None
    """Source Instance Sequence (0042,0013): Type 1C, VR SQ, VM 1. Required if derived from one or more DICOM Instances. May be present otherwise. A Sequence that identifies the set of Instances that were used to derive the encapsulated document. One or more Items shall be included in this Sequence. Required if derived from one or more DICOM Instances. May be present otherwise."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemEncapsulatedDocument] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 3, VR SQ, VM 1. The set of Image Instances referenced in the encapsulated document. One or more Items are permitted in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemEncapsulatedDocument] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. The set of non-image SOP Instances referenced in the encapsulated document. One or more Items are permitted in this Sequence."""

    DocumentTitle: Annotated[
        vr.ST | None, Attribute(0x00420010, "ST", "1", "2", name="Document Title")
    ]
    """Document Title (0042,0010): Type 2, VR ST, VM 1. The title of the document. In the case of a PDF encapsulated document, this may be the value of the \"Title\" entry in the \"Document Information Directory\" as encoded in the PDF data."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "2", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 2, VR SQ, VM 1. A coded representation of the document title. In the case of a PDF encapsulated document, the coded representation is not required to be identical to the Value of Document Title (0042,0010), e.g., when the \"Title\" entry in the \"Document Inf..."""

    DocumentClassCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040E008, "SQ", "1", "3", name="Document Class Code Sequence"),
    ] = None
    """Document Class Code Sequence (0040,E008): Type 3, VR SQ, VM 1. Additional classifications of the document, beyond the title represented in Concept Name Code Sequence (0040,A043). May be equivalent to HL7 v2.x TXA-2. One or more Items are permitted in this Sequence."""

    VerificationFlag: Annotated[
        _VerificationFlagValue | None,
        Attribute(
            0x0040A493,
            "CS",
            "1",
            "3",
            name="Verification Flag",
            enumerated=((0, ("UNVERIFIED", "VERIFIED")),),
        ),
    ] = None
    """Verification Flag (0040,A493): Type 3, VR CS, VM 1. Indicates whether the encapsulated document is Verified. Enumerated Values: UNVERIFIED Not attested by a legally accountable person."""

    HL7InstanceIdentifier: Annotated[
        vr.ST | None,
        Attribute(
            0x0040E001,
            "ST",
            "1",
            "1C",
            name="HL7 Instance Identifier",
            when=("unknown", "names no attribute: encapsulated document is a CDA document"),
        ),
    ] = None
    """HL7 Instance Identifier (0040,E001): Type 1C, VR ST, VM 1. Required if encapsulated document is a CDA document. Instance Identifier of the encapsulated HL7 Structured Document, encoded as a UID (OID or UUID), concatenated with a caret (\"^\") and Extension value (if Extension is present in Instance Identifier)."""

    PredecessorDocumentsSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x0040A360, "SQ", "1", "3", name="Predecessor Documents Sequence"),
    ] = None
    """Predecessor Documents Sequence (0040,A360): Type 3, VR SQ, VM 1. References to SOP Instances whose content has been wholly or partially included in this document with or without modification. One or more Items are permitted in this Sequence."""

    IdenticalDocumentsSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x0040A525, "SQ", "1", "3", name="Identical Documents Sequence"),
    ] = None
    """Identical Documents Sequence (0040,A525): Type 3, VR SQ, VM 1. Duplicates of this document, stored with different SOP Instance UIDs. One or more Items are permitted in this Sequence. See Section C.17.2.2 for further explanation."""

    MIMETypeOfEncapsulatedDocument: Annotated[
        vr.LO, Attribute(0x00420012, "LO", "1", "1", name="MIME Type of Encapsulated Document")
    ]
    """MIME Type of Encapsulated Document (0042,0012): Type 1, VR LO, VM 1. The type of the encapsulated document stream described using the MIME Media Type (see RFC 2046)."""

    ListOfMIMETypes: Annotated[
        list[vr.LO] | None,
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
    ] = None
    """List of MIME Types (0042,0014): Type 1C, VR LO, VM 1-n. Required if the encapsulated document incorporates subcomponents with MIME types different than the primary MIME Type of the encapsulated document. MIME Types of subcomponents of the encapsulated document. Required if the encapsulated document incorporates subcomponents with MIME types different than the primary MIME Type of the encapsulated document."""

    EncapsulatedDocument: Annotated[
        vr.OB, Attribute(0x00420011, "OB", "1", "1", name="Encapsulated Document")
    ]
    """Encapsulated Document (0042,0011): Type 1, VR OB, VM 1. Encapsulated Document stream, containing a document encoded according to the MIME Type."""

    EncapsulatedDocumentLength: Annotated[
        vr.UL | None, Attribute(0x00420015, "UL", "1", "3", name="Encapsulated Document Length")
    ] = None
    """Encapsulated Document Length (0042,0015): Type 3, VR UL, VM 1. The length of the Encapsulated Document stream, not including any trailing padding added for encapsulation as a DICOM object. If present, shall be equal to the Value Length if even, or one less than the Value Length if odd."""

    ValueType: Annotated[
        _ValueTypeEncapsulatedDocumentValue | None,
        Attribute(
            0x0040A040,
            "CS",
            "1",
            "1C",
            name="Value Type",
            enumerated=((0, ("CONTAINER",)),),
            when=("present", 0x0040A730),
        ),
    ] = None
    """Value Type (0040,A040): Type 1C, VR CS, VM 1. Required if Content Sequence (0040,A730) is present. The type of the value encoded in this Content Item. Enumerated Values: CONTAINER Required if Content Sequence (0040,A730) is present."""

    ContentSequence: Annotated[
        list[_ContentSequenceItemEncapsulatedDocument] | None,
        Attribute(0x0040A730, "SQ", "1", "3", name="Content Sequence"),
    ] = None
    """Content Sequence (0040,A730): Type 3, VR SQ, VM 1. A potentially recursively nested Sequence of Items that conveys structured content. One or more Items are permitted in this Sequence. See Section C.17.3.2.4 and Section C.24.2.2 for further explanation."""

    ContinuityOfContent: Annotated[
        _ContinuityOfContentValue | None,
        Attribute(
            0x0040A050,
            "CS",
            "1",
            "1C",
            name="Continuity of Content",
            enumerated=((0, ("SEPARATE", "CONTINUOUS")),),
            when=("present", 0x0040A730),
        ),
    ] = None
    """Continuity of Content (0040,A050): Type 1C, VR CS, VM 1. Required if Content Sequence (0040,A730) is present. This flag specifies for a CONTAINER whether or not its contained Content Items are logically linked in a continuous textual flow, or are separate Items. Enumerated Values: SEPARATE CONTINUOUS See Section C.18.8.1.1 for further explanation."""

    ContentTemplateSequence: Annotated[
        list[_ContentTemplateSequenceItemContainer] | None,
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
    ] = None
    """Content Template Sequence (0040,A504): Type 1C, VR SQ, VM 1. Required if Content Sequence (0040,A730) is present and if a Template defined and known to the implementation at the time of encoding was used to define the content of this Item, and the Template consists of a single CONTAINER with nested content, and it is the outermost invocation of a set of nested Templates that start with the same CONTAINER (see Section C.18.8.1.2). Template that describes the content of this Content Item and its subsidiary Content Items. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "CellValuesSequenceItem": (
        "dicomodel.items.cell_values_sequence_item",
        "CellValuesSequenceItem",
    ),
    "ConceptCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content2",
        "CodeSequenceItemDocumentContent2",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentSequenceItem": (
        "dicomodel.items.content_sequence_item_encapsulated_document",
        "ContentSequenceItemEncapsulatedDocument",
    ),
    "ContentTemplateSequenceItem": (
        "dicomodel.items.content_template_sequence_item_container",
        "ContentTemplateSequenceItemContainer",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContinuityOfContent": ("dicomodel.enums.continuity_of_content", "ContinuityOfContent"),
    "DocumentClassCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GraphicType": ("dicomodel.enums.graphic_type", "GraphicType"),
    "IdenticalDocumentsSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLaterality"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredValueSequenceItem": (
        "dicomodel.items.measured_value_sequence_item",
        "MeasuredValueSequenceItem",
    ),
    "MeasurementUnitsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content",
        "CodeSequenceItemDocumentContent",
    ),
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content",
        "CodeSequenceItemDocumentContent",
    ),
    "PixelOriginInterpretation": (
        "dicomodel.enums.pixel_origin_interpretation",
        "PixelOriginInterpretation",
    ),
    "PredecessorDocumentsSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_encapsulated_document",
        "ReferencedImageSequenceItemEncapsulatedDocument",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_encapsulated_document",
        "ReferencedInstanceSequenceItemEncapsulatedDocument",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.sop_instance_reference_item_document_content",
        "SOPInstanceReferenceItemDocumentContent",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "RelationshipType": (
        "dicomodel.enums.relationship_type",
        "RelationshipTypeEncapsulatedDocument",
    ),
    "SelectorAttributeVR": ("dicomodel.enums.selector_attribute_vr", "SelectorAttributeVR"),
    "SourceInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_waveform_identification",
        "ReferencedInstanceSequenceItemWaveformIdentification",
    ),
    "TableColumnDefinitionSequenceItem": (
        "dicomodel.items.table_column_definition_sequence_item",
        "TableColumnDefinitionSequenceItem",
    ),
    "TableRowDefinitionSequenceItem": (
        "dicomodel.items.table_row_definition_sequence_item",
        "TableRowDefinitionSequenceItem",
    ),
    "TabulatedValuesSequenceItem": (
        "dicomodel.items.tabulated_values_sequence_item",
        "TabulatedValuesSequenceItem",
    ),
    "TemporalRangeType": ("dicomodel.enums.temporal_range_type", "TemporalRangeType"),
    "ValueType": ("dicomodel.enums.value_type", "ValueTypeEncapsulatedDocument"),
    "VerificationFlag": ("dicomodel.enums.verification_flag", "VerificationFlag"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
