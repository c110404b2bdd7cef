"""Ophthalmic Optical Coherence Tomography En Face Image Module Attributes.

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
    from dicomodel.enums.calibration_image import CalibrationImageValue as _CalibrationImageValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.ophthalmic_axial_length_method import (
        OphthalmicAxialLengthMethodValue as _OphthalmicAxialLengthMethodValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixelValue as _PhotometricInterpretationNMImagePixelValue,
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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
    from dicomodel.items.referenced_surface_mesh_identification_sequence_item import (
        ReferencedSurfaceMeshIdentificationSequenceItem as _ReferencedSurfaceMeshIdentificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _CalibrationImageValue = Lazy("dicomodel.enums.calibration_image", "CalibrationImageValue")
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _OphthalmicAxialLengthMethodValue = Lazy(
        "dicomodel.enums.ophthalmic_axial_length_method", "OphthalmicAxialLengthMethodValue"
    )
    _PhotometricInterpretationNMImagePixelValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationNMImagePixelValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )
    _ReferencedSurfaceMeshIdentificationSequenceItem = Lazy(
        "dicomodel.items.referenced_surface_mesh_identification_sequence_item",
        "ReferencedSurfaceMeshIdentificationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.ophthalmic_axial_length_method import (
        OphthalmicAxialLengthMethod as OphthalmicAxialLengthMethod,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixel as PhotometricInterpretation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as DerivationAlgorithmSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicImageTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as SourceImageSequenceItem,
    )
    from dicomodel.items.referenced_surface_mesh_identification_sequence_item import (
        ReferencedSurfaceMeshIdentificationSequenceItem as ReferencedSurfaceMeshIdentificationSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "BurnedInAnnotation",
    "CalibrationImage",
    "ContextGroupExtensionFlag",
    "DerivationAlgorithmSequenceItem",
    "EquivalentCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OphthalmicAxialLengthMethod",
    "OphthalmicImageTypeCodeSequenceItem",
    "OphthalmicOpticalCoherenceTomographyEnFaceImageModule",
    "PhotometricInterpretation",
    "PresentationLUTShape",
    "PurposeOfReferenceCodeSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedSurfaceMeshIdentificationSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SourceImageSequenceItem",
]


class OphthalmicOpticalCoherenceTomographyEnFaceImageModule(DicomModel):
    """Ophthalmic Optical Coherence Tomography En Face Image Module Attributes (PS3.3 Table C.8.17.14-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Optical Coherence Tomography En Face Image"
    dicom_table: ClassVar[str] = "table_C.8.17.14-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.17.14.1.5 for specialization."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    BitsAllocated: Annotated[vr.US, Attribute(0x00280100, "US", "1", "1", name="Bits Allocated")]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. See Section C.8.17.14.1.6 for specialization."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. See Section C.8.17.14.1.6 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Shall be one less than the value in Bits Stored (0028,0101). See Section C.8.17.14.1.6 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationNMImagePixelValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2", "PALETTE COLOR")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.17.14.1.4 for specialization."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0"""

    PixelSpacing: Annotated[
        list[vr.DS], Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing")
    ]
    """Pixel Spacing (0028,0030): Type 1, VR DS, VM 2. Nominal physical distance at the focal plane (in the retina) between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the image pixel data creation started."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the image pixel data creation started."""

    SourceImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy],
        Attribute(0x00082112, "SQ", "1", "1", name="Source Image Sequence"),
    ]
    """Source Image Sequence (0008,2112): Type 1, VR SQ, VM 1. A Sequence that identifies the Images that were used to derive this Image. One or more Items shall be included in this Sequence. See Section C.12.4.1.2 and Section C.8.17.14.1.1 for further explanation."""

    DerivationAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem],
        Attribute(0x00221612, "SQ", "1", "1", name="Derivation Algorithm Sequence"),
    ]
    """Derivation Algorithm Sequence (0022,1612): Type 1, VR SQ, VM 1. Software algorithm that performed the derivation. Only a single Item shall be included in this Sequence."""

    OphthalmicImageTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221615, "SQ", "1", "1", name="Ophthalmic Image Type Code Sequence"),
    ]
    """Ophthalmic Image Type Code Sequence (0022,1615): Type 1, VR SQ, VM 1. En face image type used to identify this SOP Instance Only a single Item shall be included in this Sequence. See Section C.8.17.14.1.3 for further explanation."""

    OphthalmicImageTypeDescription: Annotated[
        vr.LO | None,
        Attribute(0x00221616, "LO", "1", "3", name="Ophthalmic Image Type Description"),
    ] = None
    """Ophthalmic Image Type Description (0022,1616): Type 3, VR LO, VM 1. Description of the en face image type."""

    WindowCenter: Annotated[
        list[vr.DS], Attribute(0x00281050, "DS", "1-n", "1", name="Window Center")
    ]
    """Window Center (0028,1050): Type 1, VR DS, VM 1-n. Window Center for display. See Section C.11.2.1.2 for further explanation. When Bits Allocated (0028,0100) is 8, the value is typically always set to 127 or 128."""

    WindowWidth: Annotated[
        list[vr.DS], Attribute(0x00281051, "DS", "1-n", "1", name="Window Width")
    ]
    """Window Width (0028,1051): Type 1, VR DS, VM 1-n. Window Width for display. See Section C.11.2.1.2 for further explanation. When Bits Allocated (0028,0100) is 8, the value is typically always set to 256."""

    OphthalmicFOV: Annotated[
        vr.FL | None, Attribute(0x00221517, "FL", "1", "3", name="Ophthalmic FOV")
    ] = None
    """Ophthalmic FOV (0022,1517): Type 3, VR FL, VM 1. The horizontal field of view used to capture the ophthalmic image, in degrees. The field of view is the maximum image size displayed on the image plane, expressed as the angle subtended at the exit pupil of the eye by the maximum dimension..."""

    ReferencedSurfaceMeshIdentificationSequence: Annotated[
        list[_ReferencedSurfaceMeshIdentificationSequenceItem],
        Attribute(
            0x00221620, "SQ", "1", "1", name="Referenced Surface Mesh Identification Sequence"
        ),
    ]
    """Referenced Surface Mesh Identification Sequence (0022,1620): Type 1, VR SQ, VM 1. Reference to the surface mesh(s) used in the creation of this SOP Instance. One or more Items shall be included in this Sequence. See Section C.8.17.14.1.2 for further explanation."""

    OphthalmicAxialLength: Annotated[
        vr.FL | None, Attribute(0x00221019, "FL", "1", "3", name="Ophthalmic Axial Length")
    ] = None
    """Ophthalmic Axial Length (0022,1019): Type 3, VR FL, VM 1. The axial length measurement, in mm."""

    OphthalmicAxialLengthMethod: Annotated[
        _OphthalmicAxialLengthMethodValue | None,
        Attribute(
            0x00221515,
            "CS",
            "1",
            "3",
            name="Ophthalmic Axial Length Method",
            enumerated=((0, ("MEASURED", "ESTIMATED", "POPULATION")),),
        ),
    ] = None
    """Ophthalmic Axial Length Method (0022,1515): Type 3, VR CS, VM 1. The method used to obtain the Ophthalmic Axial Length. Enumerated values: MEASURED Measured axial length. ESTIMATED An estimated value based upon performing the examination (i.e., based upon surrogate markers of axial length)."""

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

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1C",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
            when=("value", 0x00280004, 0, "in", ("MONOCHROME2",)),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values."""

    CalibrationImage: Annotated[
        _CalibrationImageValue | None,
        Attribute(
            0x00500004, "CS", "1", "3", name="Calibration Image", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Calibration Image (0050,0004): Type 3, VR CS, VM 1. Indicates whether a reference object (phantom) of known size is present in the image and was used for calibration. Enumerated Values: YES NO"""

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
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: YES NO"""

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OphthalmicAxialLengthMethod": (
        "dicomodel.enums.ophthalmic_axial_length_method",
        "OphthalmicAxialLengthMethod",
    ),
    "OphthalmicImageTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationNMImagePixel",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedSurfaceMeshIdentificationSequenceItem": (
        "dicomodel.items.referenced_surface_mesh_identification_sequence_item",
        "ReferencedSurfaceMeshIdentificationSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
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
