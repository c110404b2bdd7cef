"""Ophthalmic Photography Image Module Attributes.

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
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationOphthalmicPhotographyImageValue as _PhotometricInterpretationOphthalmicPhotographyImageValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _CalibrationImageValue = Lazy("dicomodel.enums.calibration_image", "CalibrationImageValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationOphthalmicPhotographyImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationOphthalmicPhotographyImageValue",
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
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationOphthalmicPhotographyImage as PhotometricInterpretation,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as SourceImageSequenceItem,
    )

__all__ = [
    "BurnedInAnnotation",
    "CalibrationImage",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "OphthalmicPhotographyImageModule",
    "PhotometricInterpretation",
    "PresentationLUTShape",
    "PurposeOfReferenceCodeSequenceItem",
    "RecognizableVisualFeatures",
    "SourceImageSequenceItem",
]


class OphthalmicPhotographyImageModule(DicomModel):
    """Ophthalmic Photography Image Module Attributes (PS3.3 Table C.8.17.2-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Photography Image"
    dicom_table: ClassVar[str] = "table_C.8.17.2-1"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.17.2.1.4 for specialization."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this image."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(
            0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("3", "1")),)
        ),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 3 1 See Section C.8.17.2.1.2 for further explanation."""

    SamplesPerPixelUsed: Annotated[
        vr.US | None,
        Attribute(
            0x00280003,
            "US",
            "1",
            "1C",
            name="Samples per Pixel Used",
            enumerated=((0, ("2",)),),
            when=(
                "unknown",
                "condition not read: not understood: 'different from Samples per Pixel (0028,0002)' (in 'Required if different from Samples per Pixel (0028,0002)')",
            ),
        ),
    ] = None
    """Samples per Pixel Used (0028,0003): Type 1C, VR US, VM 1. Required if different from Samples per Pixel (0028,0002). The number of samples (planes) containing information. Enumerated Values: 2 Required if different from Samples per Pixel (0028,0002). See Section C.8.17.2.1.2"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationOphthalmicPhotographyImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=(
                (
                    0,
                    ("MONOCHROME2", "RGB", "YBR_FULL_422", "YBR_PARTIAL_420", "YBR_ICT", "YBR_RCT"),
                ),
            ),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.17.2.1.3"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Enumerated Values: 0"""

    PlanarConfiguration: Annotated[
        vr.US | None,
        Attribute(
            0x00280006,
            "US",
            "1",
            "1C",
            name="Planar Configuration",
            enumerated=((0, ("0",)),),
            when=("compare", 0x00280002, 1, ">", 1),
        ),
    ] = None
    """Planar Configuration (0028,0006): Type 1C, VR US, VM 1. Required if Samples per Pixel (0028,0002) has a value greater than 1. Indicates whether the pixel data are encoded color-by-plane or color-by-pixel. Required if Samples per Pixel (0028,0002) has a value greater than 1. Enumerated Values: 0 color-by-pixel"""

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=(
                "and",
                (
                    "not",
                    (
                        "or",
                        ("present", 0x00221518),
                        ("and", ("present", 0x00221528), ("present", 0x00221529)),
                    ),
                ),
                ("code", 0x00220015, (("409898007", "SCT"),)),
            ),
            forbid=(
                "or",
                ("present", 0x00221518),
                ("and", ("present", 0x00221528), ("present", 0x00221529)),
            ),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Shall not be present when Two Dimensional to Three Dimensional Map Sequence (0022,1518) or X Coordinates Center Pixel View Angle (0022,1528) and Y Coordinates Center Pixel View Angle (0022,1529) are present. Otherwise, required when Acquisition Device Type Code Sequence (0022,0015) contains an Item with the value (409898007, SCT, \"Fundus Camera\"). May be present otherwise. Nominal physical distance at the focal plane (in the retina) between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the image pixel data creation started."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the image pixel data creation started."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=("value", 0x00080008, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if Image Type (0008,0008) Value 1 is ORIGINAL. May be present otherwise. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    SourceImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(
            0x00082112,
            "SQ",
            "1",
            "2C",
            name="Source Image Sequence",
            when=("value", 0x00080008, 1, "in", ("DERIVED",)),
        ),
    ] = None
    """Source Image Sequence (0008,2112): Type 2C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 1 is DERIVED. A Sequence that identifies the Images that were used to derive this Image. Required if Image Type (0008,0008) Value 1 is DERIVED. Zero or more Items shall be included in this Sequence. See Section C.12.4.1.2 for further explanation."""

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
    """Presentation LUT Shape (2050,0020): Type 1C, VR CS, VM 1. Required if Photometric Interpretation (0028,0004) is MONOCHROME2. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY output is in P-Values."""

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
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
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationOphthalmicPhotographyImage",
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
