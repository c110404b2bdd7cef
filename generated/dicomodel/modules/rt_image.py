"""RT Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.conversion_type import (
        ConversionTypeTermRTImage as _ConversionTypeTermRTImage,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlagValue as _EnhancedRTBeamLimitingDeviceDefinitionFlagValue,
    )
    from dicomodel.enums.patient_position import (
        PatientPositionTermRTImage as _PatientPositionTermRTImage,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as _PixelIntensityRelationshipTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import (
        PrimaryDosimeterUnitValue as _PrimaryDosimeterUnitValue,
    )
    from dicomodel.enums.reported_values_origin import (
        ReportedValuesOriginValue as _ReportedValuesOriginValue,
    )
    from dicomodel.enums.rt_image_plane import RTImagePlaneValue as _RTImagePlaneValue
    from dicomodel.items.exposure_sequence_item import ExposureSequenceItem as _ExposureSequenceItem
    from dicomodel.items.fluence_map_sequence_item import (
        FluenceMapSequenceItem as _FluenceMapSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as _RTBeamLimitingDeviceDefinitionItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConversionTypeTermRTImage = Lazy(
        "dicomodel.enums.conversion_type", "ConversionTypeTermRTImage"
    )
    _EnhancedRTBeamLimitingDeviceDefinitionFlagValue = Lazy(
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlagValue",
    )
    _ExposureSequenceItem = Lazy("dicomodel.items.exposure_sequence_item", "ExposureSequenceItem")
    _FluenceMapSequenceItem = Lazy(
        "dicomodel.items.fluence_map_sequence_item", "FluenceMapSequenceItem"
    )
    _PatientPositionTermRTImage = Lazy(
        "dicomodel.enums.patient_position", "PatientPositionTermRTImage"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelIntensityRelationshipTerm = Lazy(
        "dicomodel.enums.pixel_intensity_relationship", "PixelIntensityRelationshipTerm"
    )
    _PrimaryDosimeterUnitValue = Lazy(
        "dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnitValue"
    )
    _RTBeamLimitingDeviceDefinitionItem = Lazy(
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    )
    _RTImagePlaneValue = Lazy("dicomodel.enums.rt_image_plane", "RTImagePlaneValue")
    _ReportedValuesOriginValue = Lazy(
        "dicomodel.enums.reported_values_origin", "ReportedValuesOriginValue"
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.applicator_aperture_shape import (
        ApplicatorApertureShapeTerm as ApplicatorApertureShapeTerm,
    )
    from dicomodel.enums.applicator_type import ApplicatorTypeTerm as ApplicatorTypeTerm
    from dicomodel.enums.block_divergence import BlockDivergence as BlockDivergence
    from dicomodel.enums.block_mounting_position import (
        BlockMountingPosition as BlockMountingPosition,
    )
    from dicomodel.enums.block_type import BlockType as BlockType
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.conversion_type import ConversionTypeTermRTImage as ConversionTypeTerm
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag import (
        EnhancedRTBeamLimitingDeviceDefinitionFlag as EnhancedRTBeamLimitingDeviceDefinitionFlag,
    )
    from dicomodel.enums.fluence_data_source import FluenceDataSource as FluenceDataSource
    from dicomodel.enums.fluence_mode import FluenceMode as FluenceMode
    from dicomodel.enums.general_accessory_type import (
        GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.outline_shape_type import OutlineShapeType as OutlineShapeType
    from dicomodel.enums.parallel_rt_beam_delimiter_opening_mode import (
        ParallelRTBeamDelimiterOpeningMode as ParallelRTBeamDelimiterOpeningMode,
    )
    from dicomodel.enums.patient_position import PatientPositionTermRTImage as PatientPositionTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTerm as PixelIntensityRelationshipTerm,
    )
    from dicomodel.enums.primary_dosimeter_unit import PrimaryDosimeterUnit as PrimaryDosimeterUnit
    from dicomodel.enums.reported_values_origin import ReportedValuesOrigin as ReportedValuesOrigin
    from dicomodel.enums.rt_beam_limiting_device_type import (
        RTBeamLimitingDeviceType as RTBeamLimitingDeviceType,
    )
    from dicomodel.enums.rt_image_plane import RTImagePlane as RTImagePlane
    from dicomodel.items.applicator_geometry_sequence_item import (
        ApplicatorGeometrySequenceItem as ApplicatorGeometrySequenceItem,
    )
    from dicomodel.items.applicator_sequence_item import (
        ApplicatorSequenceItem as ApplicatorSequenceItem,
    )
    from dicomodel.items.beam_limiting_device_sequence_item import (
        BeamLimitingDeviceSequenceItem as BeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.block_sequence_item import BlockSequenceItem as BlockSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.exposure_sequence_item import ExposureSequenceItem as ExposureSequenceItem
    from dicomodel.items.fluence_map_sequence_item import (
        FluenceMapSequenceItem as FluenceMapSequenceItem,
    )
    from dicomodel.items.general_accessory_sequence_item import (
        GeneralAccessorySequenceItem as GeneralAccessorySequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as FixedRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.outline_definition_item import (
        OutlineDefinitionItem as RTBeamDelimiterGeometrySequenceItem,
    )
    from dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item import (
        ParallelRTBeamDelimiterDeviceSequenceItem as ParallelRTBeamDelimiterDeviceSequenceItem,
    )
    from dicomodel.items.primary_fluence_mode_sequence_item import (
        PrimaryFluenceModeSequenceItem as PrimaryFluenceModeSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_definition_item import (
        RTBeamLimitingDeviceDefinitionItem as EnhancedRTBeamLimitingDeviceSequenceItem,
    )
    from dicomodel.items.rt_beam_limiting_device_opening_definition_item import (
        RTBeamLimitingDeviceOpeningDefinitionItem as EnhancedRTBeamLimitingOpeningSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ApplicatorApertureShapeTerm",
    "ApplicatorGeometrySequenceItem",
    "ApplicatorSequenceItem",
    "ApplicatorTypeTerm",
    "BeamLimitingDeviceSequenceItem",
    "BlockDivergence",
    "BlockMountingPosition",
    "BlockSequenceItem",
    "BlockType",
    "ContextGroupExtensionFlag",
    "ConversionTypeTerm",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    "EnhancedRTBeamLimitingDeviceSequenceItem",
    "EnhancedRTBeamLimitingOpeningSequenceItem",
    "EquivalentCodeSequenceItem",
    "ExposureSequenceItem",
    "FixedRTBeamDelimiterDeviceSequenceItem",
    "FluenceDataSource",
    "FluenceMapSequenceItem",
    "FluenceMode",
    "GeneralAccessorySequenceItem",
    "GeneralAccessoryTypeTerm",
    "MappingResourceTerm",
    "OutlineShapeType",
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem",
    "ParallelRTBeamDelimiterDeviceSequenceItem",
    "ParallelRTBeamDelimiterOpeningMode",
    "PatientPositionTerm",
    "PhotometricInterpretation",
    "PixelIntensityRelationshipTerm",
    "PrimaryDosimeterUnit",
    "PrimaryFluenceModeSequenceItem",
    "RTBeamDelimiterGeometrySequenceItem",
    "RTBeamLimitingDeviceType",
    "RTImageModule",
    "RTImagePlane",
    "ReferencedRTPlanSequenceItem",
    "ReportedValuesOrigin",
    "UDISequenceItem",
]


class RTImageModule(DicomModel):
    """RT Image Module Attributes (PS3.3 Table C.8-38)."""

    dicom_name: ClassVar[str] = "RT Image"
    dicom_table: ClassVar[str] = "table_C.8-38"

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.8.8.2.6.1 for specialization."""

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
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.8.2.6.2 for specialization."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.8.2.6.3 for specialization."""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1",
            name="Bits Stored",
            enumerated=((0, ("8", "12", "13", "14", "15", "16")),),
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See Section C.8.8.2.6.4 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for each pixel sample. Each sample shall have the same high bit. See Section C.8.8.2.6.5 for specialization."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. See Section C.8.8.2.6.6 for specialization."""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipTerm | vr.CS | None,
        Attribute(0x00281040, "CS", "1", "3", name="Pixel Intensity Relationship"),
    ] = None
    """Pixel Intensity Relationship (0028,1040): Type 3, VR CS, VM 1. The relationship between the Pixel sample values and the X-Ray beam intensity. See Section C.8.19.6.4.1.1."""

    PixelIntensityRelationshipSign: Annotated[
        vr.SS | None,
        Attribute(
            0x00281041,
            "SS",
            "1",
            "1C",
            name="Pixel Intensity Relationship Sign",
            enumerated=((0, ("+1", "-1")),),
            when=("present", 0x00281040),
        ),
    ] = None
    """Pixel Intensity Relationship Sign (0028,1041): Type 1C, VR SS, VM 1. Required if Pixel Intensity Relationship (0028,1040) is present. The sign of the relationship between the Pixel sample values stored in Pixel Data (7FE0,0010) and the X-Ray beam intensity. Required if Pixel Intensity Relationship (0028,1040) is present."""

    RTImageLabel: Annotated[vr.SH, Attribute(0x30020002, "SH", "1", "1", name="RT Image Label")]
    """RT Image Label (3002,0002): Type 1, VR SH, VM 1. User-defined label for RT Image."""

    RTImageName: Annotated[
        vr.LO | None, Attribute(0x30020003, "LO", "1", "3", name="RT Image Name")
    ] = None
    """RT Image Name (3002,0003): Type 3, VR LO, VM 1. User-defined name for RT Image."""

    RTImageDescription: Annotated[
        vr.ST | None, Attribute(0x30020004, "ST", "1", "3", name="RT Image Description")
    ] = None
    """RT Image Description (3002,0004): Type 3, VR ST, VM 1. User-defined description of RT Image."""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics (see Section C.7.6.1.1.2). Defined Terms for Value 3: DRR digitally reconstructed radiograph PORTAL digital portal image or portal film image SIMULATOR conventional simulator image RADIOGRAPH radiographi..."""

    ConversionType: Annotated[
        _ConversionTypeTermRTImage | vr.CS | None,
        Attribute(0x00080064, "CS", "1", "2", name="Conversion Type"),
    ]
    """Conversion Type (0008,0064): Type 2, VR CS, VM 1. Describes the kind of image conversion. Defined Terms: DV Digitized Video DI Digital Interface DF Digitized Film WSD Workstation"""

    ReportedValuesOrigin: Annotated[
        _ReportedValuesOriginValue | None,
        Attribute(
            0x3002000A,
            "CS",
            "1",
            "2C",
            name="Reported Values Origin",
            enumerated=((0, ("OPERATOR", "PLAN", "ACTUAL")),),
            when=("value", 0x00080008, 3, "in", ("SIMULATOR", "PORTAL")),
        ),
    ] = None
    """Reported Values Origin (3002,000A): Type 2C, VR CS, VM 1. Required if Value 3 of Image Type (0008,0008) is SIMULATOR or PORTAL. Describes the origin of the parameter values reported in the image. Required if Value 3 of Image Type (0008,0008) is SIMULATOR or PORTAL."""

    RTImagePlane: Annotated[
        _RTImagePlaneValue,
        Attribute(
            0x3002000C,
            "CS",
            "1",
            "1",
            name="RT Image Plane",
            enumerated=((0, ("NORMAL", "NON_NORMAL")),),
        ),
    ]
    """RT Image Plane (3002,000C): Type 1, VR CS, VM 1. Describes whether or not image plane is normal to beam axis. Enumerated Values: NORMAL image plane normal to beam axis NON_NORMAL image plane non-normal to beam axis"""

    XRayImageReceptorTranslation: Annotated[
        list[vr.DS] | None,
        Attribute(0x3002000D, "DS", "3", "3", name="X-Ray Image Receptor Translation"),
    ] = None
    """X-Ray Image Receptor Translation (3002,000D): Type 3, VR DS, VM 3. Position in (x,y,z) coordinates of origin of IEC X-RAY IMAGE RECEPTOR System in the IEC GANTRY coordinate system (mm). See Note 2."""

    XRayImageReceptorAngle: Annotated[
        vr.DS | None, Attribute(0x3002000E, "DS", "1", "2", name="X-Ray Image Receptor Angle")
    ]
    """X-Ray Image Receptor Angle (3002,000E): Type 2, VR DS, VM 1. X-Ray Image Receptor Angle i.e., orientation of IEC X-RAY IMAGE RECEPTOR coordinate system with respect to IEC GANTRY coordinate system (degrees). See Section C.8.8.2.2."""

    RTImageOrientation: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x30020010,
            "DS",
            "6",
            "2C",
            name="RT Image Orientation",
            when=("value", 0x3002000C, 0, "in", ("NON_NORMAL",)),
            otherwise="may",
        ),
    ] = None
    """RT Image Orientation (3002,0010): Type 2C, VR DS, VM 6. Required if RT Image Plane (3002,000C) is NON_NORMAL. May be present otherwise. The direction cosines of the first row and the first column with respect to the IEC X-RAY IMAGE RECEPTOR coordinate system. Required if RT Image Plane (3002,000C) is NON_NORMAL. May be present otherwise."""

    ImagePlanePixelSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x30020011, "DS", "2", "2", name="Image Plane Pixel Spacing")
    ]
    """Image Plane Pixel Spacing (3002,0011): Type 2, VR DS, VM 2. Physical distance (in mm) between the center of each image pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing. See Section C.8.8.2.3 and Section 10.7.1.3 for further explanation."""

    RTImagePosition: Annotated[
        list[vr.DS] | None, Attribute(0x30020012, "DS", "2", "2", name="RT Image Position")
    ]
    """RT Image Position (3002,0012): Type 2, VR DS, VM 2. The x and y coordinates (in mm) of the upper left hand corner of the image, in the IEC X-RAY IMAGE RECEPTOR coordinate system. This is the center of the first pixel transmitted. See Section C.8.8.2.7."""

    RadiationMachineName: Annotated[
        vr.SH | None, Attribute(0x30020020, "SH", "1", "2", name="Radiation Machine Name")
    ]
    """Radiation Machine Name (3002,0020): Type 2, VR SH, VM 1. User-defined name identifying radiation machine used in acquiring or computing image (i.e., name of conventional simulator, electron accelerator, X-Ray device, or machine modeled when calculating DRR)."""

    PrimaryDosimeterUnit: Annotated[
        _PrimaryDosimeterUnitValue | None,
        Attribute(
            0x300A00B3,
            "CS",
            "1",
            "2",
            name="Primary Dosimeter Unit",
            enumerated=((0, ("MU", "MINUTE")),),
        ),
    ]
    """Primary Dosimeter Unit (300A,00B3): Type 2, VR CS, VM 1. Measurement unit of machine dosimeter. Enumerated Values: MU Monitor Unit MINUTE minute"""

    RadiationMachineSAD: Annotated[
        vr.DS | None, Attribute(0x30020022, "DS", "1", "2", name="Radiation Machine SAD")
    ]
    """Radiation Machine SAD (3002,0022): Type 2, VR DS, VM 1. Radiation source to Gantry rotation axis distance of radiation machine used in acquiring or computing image (mm)."""

    RadiationMachineSSD: Annotated[
        vr.DS | None, Attribute(0x30020024, "DS", "1", "3", name="Radiation Machine SSD")
    ] = None
    """Radiation Machine SSD (3002,0024): Type 3, VR DS, VM 1. Source to Patient surface distance (in mm) of radiation machine used in acquiring or computing image."""

    RTImageSID: Annotated[vr.DS | None, Attribute(0x30020026, "DS", "1", "2", name="RT Image SID")]
    """RT Image SID (3002,0026): Type 2, VR DS, VM 1. Distance from radiation machine source to image plane (in mm) along radiation beam axis. See Section C.8.8.2.3."""

    EnhancedRTBeamLimitingDeviceDefinitionFlag: Annotated[
        _EnhancedRTBeamLimitingDeviceDefinitionFlagValue | None,
        Attribute(
            0x300800A3,
            "CS",
            "1",
            "3",
            name="Enhanced RT Beam Limiting Device Definition Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Definition Flag (3008,00A3): Type 3, VR CS, VM 1. Whether the RT Beam Limiting Devices are specified by the Enhanced RT Beam Limiting Device Sequence (3008,00A1). Enumerated Values: YES NO"""

    EnhancedRTBeamLimitingDeviceSequence: Annotated[
        list[_RTBeamLimitingDeviceDefinitionItem] | None,
        Attribute(
            0x300800A1,
            "SQ",
            "1",
            "1C",
            name="Enhanced RT Beam Limiting Device Sequence",
            when=("and", ("present", 0x300800A3), ("value", 0x300800A3, 0, "in", ("YES",))),
        ),
    ] = None
    """Enhanced RT Beam Limiting Device Sequence (3008,00A1): Type 1C, VR SQ, VM 1. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. Enhanced RT Beam Limiting Device Descriptions. Required if Enhanced RT Beam Limiting Device Definition Flag (3008,00A3) is present and has the value YES. One or more Items shall be included in this Sequence."""

    SourceToReferenceObjectDistance: Annotated[
        vr.DS | None,
        Attribute(0x30020028, "DS", "1", "3", name="Source to Reference Object Distance"),
    ] = None
    """Source to Reference Object Distance (3002,0028): Type 3, VR DS, VM 1. Source to reference object distance (in mm), as used for magnification calculation of RADIOGRAPH and SIMULATOR images."""

    ReferencedRTPlanSequence: Annotated[
        list[_SOPInstanceReferenceItem] | None,
        Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 3, VR SQ, VM 1. Sequence of one Class/Instance pair describing RT Plan associated with image. Only a single Item is permitted in this Sequence."""

    ReferencedBeamNumber: Annotated[
        vr.IS | None, Attribute(0x300C0006, "IS", "1", "3", name="Referenced Beam Number")
    ] = None
    """Referenced Beam Number (300C,0006): Type 3, VR IS, VM 1. Uniquely identifies the corresponding N-segment treatment beam specified by Beam Number (300A,00C0) within Beam Sequence (300A,00B0) in RT Beams Module within the RT Plan referenced in Referenced RT Plan Sequence (300C,0002) or the Ion Beam..."""

    ReferencedFractionGroupNumber: Annotated[
        vr.IS | None, Attribute(0x300C0022, "IS", "1", "3", name="Referenced Fraction Group Number")
    ] = None
    """Referenced Fraction Group Number (300C,0022): Type 3, VR IS, VM 1. Identifier of Fraction Group within RT Plan referenced in Referenced RT Plan Sequence (300C,0002)."""

    FractionNumber: Annotated[
        vr.IS | None, Attribute(0x30020029, "IS", "1", "3", name="Fraction Number")
    ] = None
    """Fraction Number (3002,0029): Type 3, VR IS, VM 1. Fraction Number of fraction during which image was acquired, within Fraction Group referenced by Referenced Fraction Group Number (300C,0022) within RT Plan referenced in Referenced RT Plan Sequence (300C,0002)."""

    StartCumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300C0008, "DS", "1", "3", name="Start Cumulative Meterset Weight")
    ] = None
    """Start Cumulative Meterset Weight (300C,0008): Type 3, VR DS, VM 1. Cumulative Meterset Weight within Beam referenced by Referenced Beam Number (300C,0006) at which image acquisition starts."""

    EndCumulativeMetersetWeight: Annotated[
        vr.DS | None, Attribute(0x300C0009, "DS", "1", "3", name="End Cumulative Meterset Weight")
    ] = None
    """End Cumulative Meterset Weight (300C,0009): Type 3, VR DS, VM 1. Cumulative Meterset Weight within Beam referenced by Referenced Beam Number (300C,0006) at which image acquisition ends."""

    ExposureSequence: Annotated[
        list[_ExposureSequenceItem] | None,
        Attribute(0x30020030, "SQ", "1", "3", name="Exposure Sequence"),
    ] = None
    """Exposure Sequence (3002,0030): Type 3, VR SQ, VM 1. Sequence of Exposure parameter sets, corresponding to exposures used in generating the image. One or more Items are permitted in this Sequence. See Section C.8.8.2.4."""

    FluenceMapSequence: Annotated[
        list[_FluenceMapSequenceItem] | None,
        Attribute(
            0x30020040,
            "SQ",
            "1",
            "1C",
            name="Fluence Map Sequence",
            when=("value", 0x00080008, 3, "in", ("FLUENCE",)),
        ),
    ] = None
    """Fluence Map Sequence (3002,0040): Type 1C, VR SQ, VM 1. Required if the third value of Image Type (0008,0008) is FLUENCE. A Sequence of data describing the fluence map Attributes for a radiotherapy beam. Only a single Item shall be included in this Sequence. Required if the third value of Image Type (0008,0008) is FLUENCE."""

    GantryAngle: Annotated[
        vr.DS | None, Attribute(0x300A011E, "DS", "1", "3", name="Gantry Angle")
    ] = None
    """Gantry Angle (300A,011E): Type 3, VR DS, VM 1. Treatment machine or imaging device gantry angle, i.e., orientation of IEC GANTRY coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    GantryPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A014A, "FL", "1", "3", name="Gantry Pitch Angle")
    ] = None
    """Gantry Pitch Angle (300A,014A): Type 3, VR FL, VM 1. Gantry Pitch Angle. i.e., the rotation of the IEC GANTRY coordinate system about the X-axis of the IEC GANTRY coordinate system (degrees). See Section C.8.8.25.6.5."""

    BeamLimitingDeviceAngle: Annotated[
        vr.DS | None, Attribute(0x300A0120, "DS", "1", "3", name="Beam Limiting Device Angle")
    ] = None
    """Beam Limiting Device Angle (300A,0120): Type 3, VR DS, VM 1. Treatment machine beam limiting device (collimator) angle, i.e., orientation of IEC BEAM LIMITING DEVICE coordinate system with respect to IEC GANTRY coordinate system (degrees)."""

    PatientSupportAngle: Annotated[
        vr.DS | None, Attribute(0x300A0122, "DS", "1", "3", name="Patient Support Angle")
    ] = None
    """Patient Support Angle (300A,0122): Type 3, VR DS, VM 1. Patient Support angle, i.e., orientation of IEC PATIENT SUPPORT coordinate system with respect to IEC FIXED REFERENCE coordinate system (degrees)."""

    TableTopEccentricAxisDistance: Annotated[
        vr.DS | None,
        Attribute(0x300A0124, "DS", "1", "3", name="Table Top Eccentric Axis Distance"),
    ] = None
    """Table Top Eccentric Axis Distance (300A,0124): Type 3, VR DS, VM 1. Distance (positive) from the IEC PATIENT SUPPORT vertical axis to the IEC TABLE TOP ECCENTRIC vertical axis (mm)."""

    TableTopEccentricAngle: Annotated[
        vr.DS | None, Attribute(0x300A0125, "DS", "1", "3", name="Table Top Eccentric Angle")
    ] = None
    """Table Top Eccentric Angle (300A,0125): Type 3, VR DS, VM 1. Table Top (non-isocentric) angle, i.e., orientation of IEC TABLE TOP ECCENTRIC coordinate system with respect to IEC PATIENT SUPPORT system (degrees)."""

    TableTopPitchAngle: Annotated[
        vr.FL | None, Attribute(0x300A0140, "FL", "1", "3", name="Table Top Pitch Angle")
    ] = None
    """Table Top Pitch Angle (300A,0140): Type 3, VR FL, VM 1. Table Top Pitch Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the X-axis of the IEC TABLE TOP coordinate system (degrees). See Section C.8.8.25.6.2."""

    TableTopRollAngle: Annotated[
        vr.FL | None, Attribute(0x300A0144, "FL", "1", "3", name="Table Top Roll Angle")
    ] = None
    """Table Top Roll Angle (300A,0144): Type 3, VR FL, VM 1. Table Top Roll Angle, i.e., the rotation of the IEC TABLE TOP coordinate system about the Y-axis of the IEC TABLE TOP coordinate system (degrees). See Section C.8.8.25.6.2."""

    TableTopVerticalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0128, "DS", "1", "3", name="Table Top Vertical Position")
    ] = None
    """Table Top Vertical Position (300A,0128): Type 3, VR DS, VM 1. Table Top Vertical position in IEC TABLE TOP coordinate system (mm)."""

    TableTopLongitudinalPosition: Annotated[
        vr.DS | None, Attribute(0x300A0129, "DS", "1", "3", name="Table Top Longitudinal Position")
    ] = None
    """Table Top Longitudinal Position (300A,0129): Type 3, VR DS, VM 1. Table Top Longitudinal position in IEC TABLE TOP coordinate system (mm)."""

    TableTopLateralPosition: Annotated[
        vr.DS | None, Attribute(0x300A012A, "DS", "1", "3", name="Table Top Lateral Position")
    ] = None
    """Table Top Lateral Position (300A,012A): Type 3, VR DS, VM 1. Table Top Lateral position in IEC TABLE TOP coordinate system (mm)."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position")
    ] = None
    """Isocenter Position (300A,012C): Type 3, VR DS, VM 3. Isocenter coordinates (x,y,z), in mm. Specifies the location of the machine isocenter in the Patient-Based Coordinate System associated with the Frame of Reference."""

    PatientPosition: Annotated[
        _PatientPositionTermRTImage | vr.CS | None,
        Attribute(
            0x00185100,
            "CS",
            "1",
            "1C",
            name="Patient Position",
            when=("present", 0x300A012C),
            otherwise="may",
        ),
    ] = None
    """Patient Position (0018,5100): Type 1C, VR CS, VM 1. Required if Isocenter Position (300A,012C) is present. May be present otherwise. Patient position descriptor relative to the patient support device. Required if Isocenter Position (300A,012C) is present. May be present otherwise. See Section C.8.8.12.1.2 for Defined Terms and further explanation."""

    ExposureTime: Annotated[
        vr.IS | None, Attribute(0x00181150, "IS", "1", "3", name="Exposure Time")
    ] = None
    """Exposure Time (0018,1150): Type 3, VR IS, VM 1. Time of X-Ray exposure (msec). Required if Value 3 of Image Type (0008,0008) is SIMULATOR or RADIOGRAPH. May be present otherwise. See Section C.8.8.2.8."""

    ExposureTimeInms: Annotated[
        vr.FD | None, Attribute(0x00189328, "FD", "1", "3", name="Exposure Time in ms")
    ] = None
    """Exposure Time in ms (0018,9328): Type 3, VR FD, VM 1. Duration of X-Ray exposure in msec. See Section C.8.8.2.8."""

    MetersetExposure: Annotated[
        vr.DS | None, Attribute(0x30020032, "DS", "1", "3", name="Meterset Exposure")
    ] = None
    """Meterset Exposure (3002,0032): Type 3, VR DS, VM 1. Treatment machine Meterset duration over which image has been acquired, specified in Monitor units (MU) or minutes as defined by Primary Dosimeter Unit (300A,00B3). See Section C.8.8.2.8."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ApplicatorApertureShapeTerm": (
        "dicomodel.enums.applicator_aperture_shape",
        "ApplicatorApertureShapeTerm",
    ),
    "ApplicatorGeometrySequenceItem": (
        "dicomodel.items.applicator_geometry_sequence_item",
        "ApplicatorGeometrySequenceItem",
    ),
    "ApplicatorSequenceItem": (
        "dicomodel.items.applicator_sequence_item",
        "ApplicatorSequenceItem",
    ),
    "ApplicatorTypeTerm": ("dicomodel.enums.applicator_type", "ApplicatorTypeTerm"),
    "BeamLimitingDeviceSequenceItem": (
        "dicomodel.items.beam_limiting_device_sequence_item",
        "BeamLimitingDeviceSequenceItem",
    ),
    "BlockDivergence": ("dicomodel.enums.block_divergence", "BlockDivergence"),
    "BlockMountingPosition": ("dicomodel.enums.block_mounting_position", "BlockMountingPosition"),
    "BlockSequenceItem": ("dicomodel.items.block_sequence_item", "BlockSequenceItem"),
    "BlockType": ("dicomodel.enums.block_type", "BlockType"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ConversionTypeTerm": ("dicomodel.enums.conversion_type", "ConversionTypeTermRTImage"),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EnhancedRTBeamLimitingDeviceDefinitionFlag": (
        "dicomodel.enums.enhanced_rt_beam_limiting_device_definition_flag",
        "EnhancedRTBeamLimitingDeviceDefinitionFlag",
    ),
    "EnhancedRTBeamLimitingDeviceSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_definition_item",
        "RTBeamLimitingDeviceDefinitionItem",
    ),
    "EnhancedRTBeamLimitingOpeningSequenceItem": (
        "dicomodel.items.rt_beam_limiting_device_opening_definition_item",
        "RTBeamLimitingDeviceOpeningDefinitionItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExposureSequenceItem": ("dicomodel.items.exposure_sequence_item", "ExposureSequenceItem"),
    "FixedRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "FluenceDataSource": ("dicomodel.enums.fluence_data_source", "FluenceDataSource"),
    "FluenceMapSequenceItem": (
        "dicomodel.items.fluence_map_sequence_item",
        "FluenceMapSequenceItem",
    ),
    "FluenceMode": ("dicomodel.enums.fluence_mode", "FluenceMode"),
    "GeneralAccessorySequenceItem": (
        "dicomodel.items.general_accessory_sequence_item",
        "GeneralAccessorySequenceItem",
    ),
    "GeneralAccessoryTypeTerm": (
        "dicomodel.enums.general_accessory_type",
        "GeneralAccessoryTypeTerm",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OutlineShapeType": ("dicomodel.enums.outline_shape_type", "OutlineShapeType"),
    "ParallelRTBeamDelimiterDeviceOrientationLabelCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ParallelRTBeamDelimiterDeviceSequenceItem": (
        "dicomodel.items.parallel_rt_beam_delimiter_device_sequence_item",
        "ParallelRTBeamDelimiterDeviceSequenceItem",
    ),
    "ParallelRTBeamDelimiterOpeningMode": (
        "dicomodel.enums.parallel_rt_beam_delimiter_opening_mode",
        "ParallelRTBeamDelimiterOpeningMode",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTermRTImage"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTerm",
    ),
    "PrimaryDosimeterUnit": ("dicomodel.enums.primary_dosimeter_unit", "PrimaryDosimeterUnit"),
    "PrimaryFluenceModeSequenceItem": (
        "dicomodel.items.primary_fluence_mode_sequence_item",
        "PrimaryFluenceModeSequenceItem",
    ),
    "RTBeamDelimiterGeometrySequenceItem": (
        "dicomodel.items.outline_definition_item",
        "OutlineDefinitionItem",
    ),
    "RTBeamLimitingDeviceType": (
        "dicomodel.enums.rt_beam_limiting_device_type",
        "RTBeamLimitingDeviceType",
    ),
    "RTImagePlane": ("dicomodel.enums.rt_image_plane", "RTImagePlane"),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
    ),
    "ReportedValuesOrigin": ("dicomodel.enums.reported_values_origin", "ReportedValuesOrigin"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
