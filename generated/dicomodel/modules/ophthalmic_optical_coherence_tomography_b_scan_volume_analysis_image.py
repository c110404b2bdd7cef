"""Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Image Module Attributes.

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
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item import (
        OCTBscanAnalysisAcquisitionParametersSequenceItem as _OCTBscanAnalysisAcquisitionParametersSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _OCTBscanAnalysisAcquisitionParametersSequenceItem = Lazy(
        "dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item",
        "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AcquisitionMethodAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ScanPatternTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item import (
        OCTBscanAnalysisAcquisitionParametersSequenceItem as OCTBscanAnalysisAcquisitionParametersSequenceItem,
    )

__all__ = [
    "AcquisitionMethodAlgorithmSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BurnedInAnnotation",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    "OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule",
    "PhotometricInterpretation",
    "PresentationLUTShape",
    "RecognizableVisualFeatures",
    "ScanPatternTypeCodeSequenceItem",
]


class OphthalmicOpticalCoherenceTomographyBScanVolumeAnalysisImageModule(DicomModel):
    """Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Image Module Attributes (PS3.3 Table C.8.17.16-1)."""

    dicom_name: ClassVar[str] = (
        "Ophthalmic Optical Coherence Tomography B-scan Volume Analysis Image"
    )
    dicom_table: ClassVar[str] = "table_C.8.17.16-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL",)), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. Enumerated Values for Value 1: ORIGINAL Enumerated Values for Value 2: PRIMARY"""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the image pixel data creation started."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the image pixel data creation started."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Enumerated Values: 8 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Shall be one less than the value in Bits Stored (0028,0101)."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Value: MONOCHOME2"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("1",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 1"""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies an identity transformation for the Presentation LUT such that the output of all grayscale transformations are defined to be in P-Values. Enumerated Values: IDENTITY output is in P-Values"""

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
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime), or is derived from lossy compressed images. Enumerated Values: 00 Image has not been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=(
                "unknown",
                "names no attribute: present in the source images or this IOD Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if present in the source images or this IOD Instance has been compressed. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if present in the source images or this IOD Instance has been compressed."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=(
                "unknown",
                "names no attribute: present in the source images or this IOD Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if present in the source images or this IOD Instance has been compressed. A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if present in the source images or this IOD Instance has been compressed. See Section C.8.32.2.1."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesValue,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "1",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient. Enumerated Values: YES NO"""

    AcquisitionMethodAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem],
        Attribute(0x00221423, "SQ", "1", "1", name="Acquisition Method Algorithm Sequence"),
    ]
    """Acquisition Method Algorithm Sequence (0022,1423): Type 1, VR SQ, VM 1. Software algorithm used by the acquisition method. Only a single Item shall be included in this Sequence."""

    OCTBscanAnalysisAcquisitionParametersSequence: Annotated[
        list[_OCTBscanAnalysisAcquisitionParametersSequenceItem],
        Attribute(
            0x00221640, "SQ", "1", "1", name="OCT B-scan Analysis Acquisition Parameters Sequence"
        ),
    ]
    """OCT B-scan Analysis Acquisition Parameters Sequence (0022,1640): Type 1, VR SQ, VM 1. Conveys raw data parameters captured during the B-scan acquisition process. One or more Items are permitted in this Sequence. More than one Item indicates that multiple scan patterns have been used to acquire the raw data."""

    ConcatenationFrameOffsetNumber: Annotated[
        vr.UL,
        Attribute(
            0x00209228,
            "UL",
            "1",
            "1",
            name="Concatenation Frame Offset Number",
            enumerated=((0, ("0",)),),
        ),
    ]
    """Concatenation Frame Offset Number (0020,9228): Type 1, VR UL, VM 1. Offset of the first frame in a multi-frame image of a concatenation. Enumerated Values: 0"""

    InConcatenationNumber: Annotated[
        vr.US,
        Attribute(
            0x00209162, "US", "1", "1", name="In-concatenation Number", enumerated=((0, ("1",)),)
        ),
    ]
    """In-concatenation Number (0020,9162): Type 1, VR US, VM 1. Identifier for one SOP Instance belonging to a concatenation. Enumerated Values: 1"""

    InConcatenationTotalNumber: Annotated[
        vr.US,
        Attribute(
            0x00209163,
            "US",
            "1",
            "1",
            name="In-concatenation Total Number",
            enumerated=((0, ("1",)),),
        ),
    ]
    """In-concatenation Total Number (0020,9163): Type 1, VR US, VM 1. The number of SOP Instances sharing the same Concatenation UID (0020,9161). See Section C.8.17.16.3 for further explanation. Enumerated Values: 1"""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionMethodAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OCTBscanAnalysisAcquisitionParametersSequenceItem": (
        "dicomodel.items.oct_bscan_analysis_acquisition_parameters_sequence_item",
        "OCTBscanAnalysisAcquisitionParametersSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ScanPatternTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
