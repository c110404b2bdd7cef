"""Enhanced XA/XRF Image Module Table.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as _PlaneIdentificationTerm,
    )
    from dicomodel.enums.planes_in_acquisition import (
        PlanesInAcquisitionValue as _PlanesInAcquisitionValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeValue as _PresentationLUTShapeValue,
    )
    from dicomodel.enums.quality_control_image import (
        QualityControlImageEnhancedXAXRFImageValue as _QualityControlImageEnhancedXAXRFImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image import (
        PatientOrientationCodeSequenceItemEnhancedXAXRFImage as _PatientOrientationCodeSequenceItemEnhancedXAXRFImage,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PatientOrientationCodeSequenceItemEnhancedXAXRFImage = Lazy(
        "dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image",
        "PatientOrientationCodeSequenceItemEnhancedXAXRFImage",
    )
    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
    )
    _PlaneIdentificationTerm = Lazy(
        "dicomodel.enums.plane_identification", "PlaneIdentificationTerm"
    )
    _PlanesInAcquisitionValue = Lazy(
        "dicomodel.enums.planes_in_acquisition", "PlanesInAcquisitionValue"
    )
    _PresentationLUTShapeValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeValue"
    )
    _QualityControlImageEnhancedXAXRFImageValue = Lazy(
        "dicomodel.enums.quality_control_image", "QualityControlImageEnhancedXAXRFImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.plane_identification import (
        PlaneIdentificationTerm as PlaneIdentificationTerm,
    )
    from dicomodel.enums.planes_in_acquisition import PlanesInAcquisition as PlanesInAcquisition
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums.quality_control_image import (
        QualityControlImageEnhancedXAXRFImage as QualityControlImage,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientGantryRelationshipCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedImageEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as SourceImageEvidenceSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as ReferencedOtherPlaneSequenceItem,
    )
    from dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image import (
        PatientOrientationCodeSequenceItemEnhancedXAXRFImage as PatientOrientationCodeSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )

__all__ = [
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EnhancedXAXRFImageModule",
    "EquivalentCodeSequenceItem",
    "IconImageSequenceItem",
    "LossyImageCompression",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PatientGantryRelationshipCodeSequenceItem",
    "PatientOrientationCodeSequenceItem",
    "PatientOrientationModifierCodeSequenceItem",
    "PhotometricInterpretation",
    "PhotometricInterpretationTerm",
    "PlaneIdentificationTerm",
    "PlanesInAcquisition",
    "PresentationLUTShape",
    "PurposeOfReferenceCodeSequenceItem",
    "QualityControlImage",
    "RecognizableVisualFeatures",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedOtherPlaneSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "SourceImageEvidenceSequenceItem",
]


class EnhancedXAXRFImageModule(DicomModel):
    """Enhanced XA/XRF Image Module Table (PS3.3 Table C.8.19.2-1)."""

    dicom_name: ClassVar[str] = "Enhanced XA/XRF Image"
    dicom_table: ClassVar[str] = "table_C.8.19.2-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.19.2.1.1 for specialization."""

    PlanesInAcquisition: Annotated[
        _PlanesInAcquisitionValue,
        Attribute(
            0x00189410,
            "CS",
            "1",
            "1",
            name="Planes in Acquisition",
            enumerated=((0, ("SINGLE PLANE", "BIPLANE", "UNDEFINED")),),
        ),
    ]
    """Planes in Acquisition (0018,9410): Type 1, VR CS, VM 1. The multiplicity of planes used simultaneously during the acquisition. See Section C.8.19.2.1.3."""

    PlaneIdentification: Annotated[
        _PlaneIdentificationTerm | vr.CS | None,
        Attribute(
            0x00189457,
            "CS",
            "1",
            "1C",
            name="Plane Identification",
            when=("value", 0x00189410, 0, "not_in", ("UNDEFINED",)),
        ),
    ] = None
    """Plane Identification (0018,9457): Type 1C, VR CS, VM 1. Required if Planes in Acquisition (0018,9410) is not equal to UNDEFINED. Identification of the plane used to acquire this image. Defined Terms: MONOPLANE PLANE A PLANE B MONOPLANE is only permitted to be used for a single plane system PLANE A and PLANE B must be used for two plane systems, independent if the acq..."""

    AcquisitionNumber: Annotated[
        vr.IS | None, Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number")
    ] = None
    """Acquisition Number (0020,0012): Type 3, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. Enumerated Values: 8 16"""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1",
            name="Bits Stored",
            enumerated=((0, ("8", "9", "10", "11", "12", "13", "14", "15", "16")),),
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. Enumerated Values: 8 9 10 11 12 13 14 15 16 See Section C.8.19.2.1.2 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall be one less than the value in Bits Stored (0028,0101)."""

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (color planes) in this image shall have a value of 1."""

    PixelRepresentation: Annotated[
        vr.US, Attribute(0x00280103, "US", "1", "1", name="Pixel Representation")
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Shall have the value: 0000H = Unsigned Integer."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCRImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME1 MONOCHROME2"""

    AcquisitionProtocolName: Annotated[
        vr.LO | None, Attribute(0x00189423, "LO", "1", "3", name="Acquisition Protocol Name")
    ] = None
    """Acquisition Protocol Name (0018,9423): Type 3, VR LO, VM 1. User defined name of the protocol used to acquire this image."""

    AcquisitionProtocolDescription: Annotated[
        vr.LT | None, Attribute(0x00189424, "LT", "1", "3", name="Acquisition Protocol Description")
    ] = None
    """Acquisition Protocol Description (0018,9424): Type 3, VR LT, VM 1. User defined description of the protocol used to acquire this image."""

    ScanOptions: Annotated[
        list[vr.CS] | None, Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options")
    ] = None
    """Scan Options (0018,0022): Type 3, VR CS, VM 1-n. Identifies any acquisition technique that was used during the acquisition of the image. Defined Terms: TOMO Tomography CHASE Bolus Chasing STEP Stepping ROTA Rotation"""

    ContentQualification: Annotated[
        _ContentQualificationValue,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "1",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ]
    """Content Qualification (0018,9004): Type 1, VR CS, VM 1. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation."""

    PatientOrientationCodeSequence: Annotated[
        list[_PatientOrientationCodeSequenceItemEnhancedXAXRFImage] | None,
        Attribute(
            0x00540410,
            "SQ",
            "1",
            "1C",
            name="Patient Orientation Code Sequence",
            when=(
                "and",
                ("value", 0x00181508, 0, "in", ("CARM",)),
                ("value", 0x00189474, 0, "in", ("YES",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Orientation Code Sequence (0054,0410): Type 1C, VR SQ, VM 1. Required if Positioner Type (0018,1508) equals CARM and C-arm Positioner Tabletop Relationship (0018,9474) equals YES. May be present otherwise. Sequence that describes the orientation of the patient with respect to gravity. See Section C.8.11.5.1.2 for further explanation. Only a single Item shall be included in this Sequence."""

    PatientGantryRelationshipCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00540414,
            "SQ",
            "1",
            "2C",
            name="Patient Gantry Relationship Code Sequence",
            when=(
                "and",
                ("value", 0x00181508, 0, "in", ("CARM",)),
                ("value", 0x00189474, 0, "in", ("YES",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Gantry Relationship Code Sequence (0054,0414): Type 2C, VR SQ, VM 1. Required if Positioner Type (0018,1508) equals CARM and C-arm Positioner Tabletop Relationship (0018,9474) equals YES. May be present otherwise. Sequence that describes the orientation of the patient with respect to the head of the table. See Section C.8.4.6.1.3 for further explanation. Zero or one Item shall be included in this Sequence."""

    ExaminedBodyThickness: Annotated[
        vr.FL | None, Attribute(0x00109431, "FL", "1", "3", name="Examined Body Thickness")
    ] = None
    """Examined Body Thickness (0010,9431): Type 3, VR FL, VM 1. Body thickness in mm at examination location perpendicular to the table top for this Series. This is intended for estimation of the thickness of the patient at the tabletop, not for precise calculation of the size of the object in the X-Ray..."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

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
    """Recognizable Visual Features (0028,0302): Type 3, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    ReferencedOtherPlaneSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089410,
            "SQ",
            "1",
            "1C",
            name="Referenced Other Plane Sequence",
            when=("value", 0x00189410, 0, "in", ("BIPLANE",)),
        ),
    ] = None
    """Referenced Other Plane Sequence (0008,9410): Type 1C, VR SQ, VM 1. Required if Planes in Acquisition (0018,9410) is BIPLANE. The images of the corresponding plane for a Biplane acquisition device. Only a single Item shall be included in this Sequence. Required if Planes in Acquisition (0018,9410) is BIPLANE."""

    ReferencedImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089092,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Evidence Sequence",
            when=("present", 0x00081140),
        ),
    ] = None
    """Referenced Image Evidence Sequence (0008,9092): Type 1C, VR SQ, VM 1. Required if the Referenced Image Sequence (0008,1140) is present. Full set of Composite SOP Instances referred to inside the Referenced Image Sequences of this SOP Instance. See Section 10.42.1 for further explanation. One or more Items shall be included in this Sequence."""

    SourceImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089154,
            "SQ",
            "1",
            "1C",
            name="Source Image Evidence Sequence",
            when=("present", 0x00082112),
        ),
    ] = None
    """Source Image Evidence Sequence (0008,9154): Type 1C, VR SQ, VM 1. Required if the Source Image Sequence (0008,2112) is present. Full set of Composite SOP Instances referred to inside the Source Image Sequences of this SOP Instance. See Section 10.42.1 for further explanation. One or more Items shall be included in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(0x0008114A, "SQ", "1", "3", name="Referenced Instance Sequence"),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 3, VR SQ, VM 1. Non-image Composite SOP Instances that are significantly related to this Image, including waveforms that may or may not be temporally synchronized with this image. One or more Items are permitted in this Sequence."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
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
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
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
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    QualityControlImage: Annotated[
        _QualityControlImageEnhancedXAXRFImageValue | None,
        Attribute(
            0x00280300,
            "CS",
            "1",
            "3",
            name="Quality Control Image",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Quality Control Image (0028,0300): Type 3, VR CS, VM 1. Indicates whether or not this image is a quality control or phantom image. Enumerated Values: YES NO If this Attribute is absent, then the image may or may not be a quality control or phantom image."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the Image. Only a single Item is permitted in this Sequence."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "INVERSE")),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies a predefined identity transformation for the Presentation LUT such that the output of all grayscale transformations, if any, are defined to be in P-Values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PatientGantryRelationshipCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientOrientationCodeSequenceItem": (
        "dicomodel.items.patient_orientation_code_sequence_item_enhanced_xaxrf_image",
        "PatientOrientationCodeSequenceItemEnhancedXAXRFImage",
    ),
    "PatientOrientationModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCRImage",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PlaneIdentificationTerm": ("dicomodel.enums.plane_identification", "PlaneIdentificationTerm"),
    "PlanesInAcquisition": ("dicomodel.enums.planes_in_acquisition", "PlanesInAcquisition"),
    "PresentationLUTShape": ("dicomodel.enums.presentation_lut_shape", "PresentationLUTShape"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "QualityControlImage": (
        "dicomodel.enums.quality_control_image",
        "QualityControlImageEnhancedXAXRFImage",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedOtherPlaneSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "SourceImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
