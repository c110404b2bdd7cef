"""Enhanced Mammography Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as _AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.detector_active_shape import (
        DetectorActiveShapeValue as _DetectorActiveShapeValue,
    )
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlagValue as _DetectorConditionsNominalFlagValue,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as _DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as _DetectorTypeTerm
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivationValue as _EntranceDoseDerivationValue,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTermEnhancedMammographyImage as _ExposureControlModeTermEnhancedMammographyImage,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.positioner_motion import (
        PositionerMotionTermEnhancedMammographyImage as _PositionerMotionTermEnhancedMammographyImage,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeEnhancedMammographyImageValue as _PositionerTypeEnhancedMammographyImageValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeValue as _PresentationLUTShapeValue,
    )
    from dicomodel.enums.quality_control_image import (
        QualityControlImageEnhancedXAXRFImageValue as _QualityControlImageEnhancedXAXRFImageValue,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedMammographyImage as _TypeOfDetectorMotionTermEnhancedMammographyImage,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
else:
    from dicomodel.lazy import Lazy

    _AnodeTargetMaterialTerm = Lazy(
        "dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _DetectorActiveShapeValue = Lazy(
        "dicomodel.enums.detector_active_shape", "DetectorActiveShapeValue"
    )
    _DetectorConditionsNominalFlagValue = Lazy(
        "dicomodel.enums.detector_conditions_nominal_flag", "DetectorConditionsNominalFlagValue"
    )
    _DetectorConfigurationTerm = Lazy(
        "dicomodel.enums.detector_configuration", "DetectorConfigurationTerm"
    )
    _DetectorTypeTerm = Lazy("dicomodel.enums.detector_type", "DetectorTypeTerm")
    _EntranceDoseDerivationValue = Lazy(
        "dicomodel.enums.entrance_dose_derivation", "EntranceDoseDerivationValue"
    )
    _ExposureControlModeTermEnhancedMammographyImage = Lazy(
        "dicomodel.enums.exposure_control_mode", "ExposureControlModeTermEnhancedMammographyImage"
    )
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
    )
    _PositionerMotionTermEnhancedMammographyImage = Lazy(
        "dicomodel.enums.positioner_motion", "PositionerMotionTermEnhancedMammographyImage"
    )
    _PositionerTypeEnhancedMammographyImageValue = Lazy(
        "dicomodel.enums.positioner_type", "PositionerTypeEnhancedMammographyImageValue"
    )
    _PresentationLUTShapeValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeValue"
    )
    _QualityControlImageEnhancedXAXRFImageValue = Lazy(
        "dicomodel.enums.quality_control_image", "QualityControlImageEnhancedXAXRFImageValue"
    )
    _TypeOfDetectorMotionTermEnhancedMammographyImage = Lazy(
        "dicomodel.enums.type_of_detector_motion",
        "TypeOfDetectorMotionTermEnhancedMammographyImage",
    )

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.detector_active_shape import DetectorActiveShape as DetectorActiveShape
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlag as DetectorConditionsNominalFlag,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as DetectorTypeTerm
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTermEnhancedMammographyImage as ExposureControlModeTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.positioner_motion import (
        PositionerMotionTermEnhancedMammographyImage as PositionerMotionTerm,
    )
    from dicomodel.enums.positioner_type import (
        PositionerTypeEnhancedMammographyImage as PositionerType,
    )
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums.quality_control_image import (
        QualityControlImageEnhancedXAXRFImage as QualityControlImage,
    )
    from dicomodel.enums.type_of_detector_motion import (
        TypeOfDetectorMotionTermEnhancedMammographyImage as TypeOfDetectorMotionTerm,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )

__all__ = [
    "AnodeTargetMaterialTerm",
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ContentQualification",
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "EnhancedMammographyImageModule",
    "EntranceDoseDerivation",
    "ExposureControlModeTerm",
    "IconImageSequenceItem",
    "LossyImageCompression",
    "PhotometricInterpretation",
    "PhotometricInterpretationTerm",
    "PositionerMotionTerm",
    "PositionerType",
    "PresentationLUTShape",
    "QualityControlImage",
    "TypeOfDetectorMotionTerm",
]


class EnhancedMammographyImageModule(DicomModel):
    """Enhanced Mammography Image Module Attributes (PS3.3 Table C.8.31-1)."""

    dicom_name: ClassVar[str] = "Enhanced Mammography Image"
    dicom_table: ClassVar[str] = "table_C.8.31-1"

    PositionerMotion: Annotated[
        _PositionerMotionTermEnhancedMammographyImage | vr.CS,
        Attribute(0x00181500, "CS", "1", "1", name="Positioner Motion"),
    ]
    """Positioner Motion (0018,1500): Type 1, VR CS, VM 1. Describes the activity of the X-Ray Source during acquisition. See C.8.31.1.1 for Defined Terms."""

    PositionerType: Annotated[
        _PositionerTypeEnhancedMammographyImageValue,
        Attribute(
            0x00181508, "CS", "1", "1", name="Positioner Type", enumerated=((0, ("MAMMOGRAPHIC",)),)
        ),
    ]
    """Positioner Type (0018,1508): Type 1, VR CS, VM 1. Enumerated Values: MAMMOGRAPHIC"""

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
    """Content Qualification (0018,9004): Type 1, VR CS, VM 1. Enumerated Values: PRODUCT RESEARCH SERVICE See C.8.13.2.1.1 for further explanation."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD, Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration")
    ]
    """Acquisition Duration (0018,9073): Type 1, VR FD, VM 1. The time in seconds needed for the compete acquisition. See C.7.6.16.2.2.1 for further explanation."""

    DetectorType: Annotated[
        _DetectorTypeTerm | vr.CS | None,
        Attribute(0x00187004, "CS", "1", "2", name="Detector Type"),
    ]
    """Detector Type (0018,7004): Type 2, VR CS, VM 1. The type of detector used to acquire this image. Defined Terms: DIRECT X-Ray photoconductor SCINTILLATOR Phosphor used STORAGE Storage phosphor FILM Scanned film/screen"""

    DetectorConfiguration: Annotated[
        _DetectorConfigurationTerm | vr.CS | None,
        Attribute(0x00187005, "CS", "1", "3", name="Detector Configuration"),
    ] = None
    """Detector Configuration (0018,7005): Type 3, VR CS, VM 1. The physical configuration of the detector. Defined Terms: AREA single or tiled detector SLOT scanned slot, slit or spot"""

    DetectorDescription: Annotated[
        vr.LT | None, Attribute(0x00187006, "LT", "1", "3", name="Detector Description")
    ] = None
    """Detector Description (0018,7006): Type 3, VR LT, VM 1. Free text description of detector."""

    DetectorMode: Annotated[
        vr.LT | None, Attribute(0x00187008, "LT", "1", "3", name="Detector Mode")
    ] = None
    """Detector Mode (0018,7008): Type 3, VR LT, VM 1. Text description of operating mode of detector (implementation specific)."""

    DetectorID: Annotated[
        vr.SH | None, Attribute(0x0018700A, "SH", "1", "3", name="Detector ID")
    ] = None
    """Detector ID (0018,700A): Type 3, VR SH, VM 1. The ID or serial number of the detector used to acquire this image."""

    DateOfLastDetectorCalibration: Annotated[
        vr.DA | None,
        Attribute(0x0018700C, "DA", "1", "3", name="Date of Last Detector Calibration"),
    ] = None
    """Date of Last Detector Calibration (0018,700C): Type 3, VR DA, VM 1. The date on which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    TimeOfLastDetectorCalibration: Annotated[
        vr.TM | None,
        Attribute(0x0018700E, "TM", "1", "3", name="Time of Last Detector Calibration"),
    ] = None
    """Time of Last Detector Calibration (0018,700E): Type 3, VR TM, VM 1. The time at which the detector used to acquire this image as identified in Detector ID (0018,700A) was last calibrated."""

    ExposuresOnDetectorSinceLastCalibration: Annotated[
        vr.IS | None,
        Attribute(0x00187010, "IS", "1", "3", name="Exposures on Detector Since Last Calibration"),
    ] = None
    """Exposures on Detector Since Last Calibration (0018,7010): Type 3, VR IS, VM 1. Total number of X-Ray exposures that have been made on the detector used to acquire this image as identified in Detector ID (0018,700A) since it was calibrated."""

    ExposuresOnDetectorSinceManufactured: Annotated[
        vr.IS | None,
        Attribute(0x00187011, "IS", "1", "3", name="Exposures on Detector Since Manufactured"),
    ] = None
    """Exposures on Detector Since Manufactured (0018,7011): Type 3, VR IS, VM 1. Total number of X-Ray exposures that have been made on the detector used to acquire this image as identified in Detector ID (0018,700A) since it was manufactured."""

    DetectorTimeSinceLastExposure: Annotated[
        vr.DS | None,
        Attribute(0x00187012, "DS", "1", "3", name="Detector Time Since Last Exposure"),
    ] = None
    """Detector Time Since Last Exposure (0018,7012): Type 3, VR DS, VM 1. Time in Seconds since an exposure was last made on this detector prior to the acquisition of this image."""

    DetectorBinning: Annotated[
        list[vr.DS] | None, Attribute(0x0018701A, "DS", "2", "3", name="Detector Binning")
    ] = None
    """Detector Binning (0018,701A): Type 3, VR DS, VM 2. Number of active detectors used to generate a single pixel. Specified as number of row detectors per pixel then column."""

    DetectorManufacturerName: Annotated[
        vr.LO | None, Attribute(0x0018702A, "LO", "1", "3", name="Detector Manufacturer Name")
    ] = None
    """Detector Manufacturer Name (0018,702A): Type 3, VR LO, VM 1. Name of the manufacturer of the detector component of the acquisition system."""

    DetectorManufacturerModelName: Annotated[
        vr.LO | None,
        Attribute(0x0018702B, "LO", "1", "3", name="Detector Manufacturer's Model Name"),
    ] = None
    """Detector Manufacturer's Model Name (0018,702B): Type 3, VR LO, VM 1. Model name of the detector component of the acquisition system."""

    DetectorConditionsNominalFlag: Annotated[
        _DetectorConditionsNominalFlagValue | None,
        Attribute(
            0x00187000,
            "CS",
            "1",
            "3",
            name="Detector Conditions Nominal Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Detector Conditions Nominal Flag (0018,7000): Type 3, VR CS, VM 1. Whether or not the detector is operating within normal tolerances during this image acquisition. Enumerated Values: YES NO This flag is intended to indicate whether or not there may have been some compromise of the diagnostic quality of the..."""

    DetectorTemperature: Annotated[
        vr.DS | None, Attribute(0x00187001, "DS", "1", "3", name="Detector Temperature")
    ] = None
    """Detector Temperature (0018,7001): Type 3, VR DS, VM 1. Detector temperature during exposure in degrees Celsius."""

    Sensitivity: Annotated[
        vr.DS | None, Attribute(0x00186000, "DS", "1", "3", name="Sensitivity")
    ] = None
    """Sensitivity (0018,6000): Type 3, VR DS, VM 1. Detector sensitivity in manufacturer specific units. This value is intended to provide a single location where manufacturer specific information can be found for annotation on a display or film, that has meaning to a knowledgeable observer...."""

    DetectorElementPhysicalSize: Annotated[
        list[vr.DS] | None,
        Attribute(0x00187020, "DS", "2", "3", name="Detector Element Physical Size"),
    ] = None
    """Detector Element Physical Size (0018,7020): Type 3, VR DS, VM 2. Physical dimensions of each detector element that comprises the detector matrix, in mm. Expressed as row dimension followed by column."""

    DetectorElementSpacing: Annotated[
        list[vr.DS] | None, Attribute(0x00187022, "DS", "2", "3", name="Detector Element Spacing")
    ] = None
    """Detector Element Spacing (0018,7022): Type 3, VR DS, VM 2. Physical distance between the center of each detector element, specified by a numeric pair - row spacing value(delimiter) column spacing value in mm. See Section 10.7.1.3 for further explanation of the value order."""

    DetectorActiveShape: Annotated[
        _DetectorActiveShapeValue | None,
        Attribute(
            0x00187024,
            "CS",
            "1",
            "3",
            name="Detector Active Shape",
            enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
        ),
    ] = None
    """Detector Active Shape (0018,7024): Type 3, VR CS, VM 1. Shape of the active area. Enumerated Values: RECTANGLE ROUND HEXAGONAL This may be different from the Field of View Shape (0018,1147), and should not be assumed to describe the stored image."""

    DetectorActiveDimensions: Annotated[
        list[vr.DS] | None,
        Attribute(0x00187026, "DS", "1-2", "3", name="Detector Active Dimension(s)"),
    ] = None
    """Detector Active Dimension(s) (0018,7026): Type 3, VR DS, VM 1-2. Dimensions in mm of the active area. If Detector Active Shape (0018,7024) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of a circumscribed circle."""

    DetectorActiveOrigin: Annotated[
        list[vr.DS] | None, Attribute(0x00187028, "DS", "2", "3", name="Detector Active Origin")
    ] = None
    """Detector Active Origin (0018,7028): Type 3, VR DS, VM 2. Offset of the TLHC of a rectangle circumscribing the active detector area from the TLHC of a rectangle circumscribing the physical detector area, measured in physical detector pixels as a row offset followed by a column offset."""

    ExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181411, "DS", "1", "3", name="Exposure Index")
    ] = None
    """Exposure Index (0018,1411): Type 3, VR DS, VM 1. Measure of the detector response to radiation in the relevant image region of an image acquired with a digital X-Ray imaging system as defined in IEC 62494-1."""

    TargetExposureIndex: Annotated[
        vr.DS | None, Attribute(0x00181412, "DS", "1", "3", name="Target Exposure Index")
    ] = None
    """Target Exposure Index (0018,1412): Type 3, VR DS, VM 1. The target value used to calculate Deviation Index (0018,1413) as defined in IEC 62494-1."""

    DeviationIndex: Annotated[
        vr.DS | None, Attribute(0x00181413, "DS", "1", "3", name="Deviation Index")
    ] = None
    """Deviation Index (0018,1413): Type 3, VR DS, VM 1. A scaled representation of the difference of the Exposure Index compared to the Target Exposure Index as defined in IEC 62494-1 and the report of AAPM TG 116."""

    KVP: Annotated[vr.DS, Attribute(0x00180060, "DS", "1", "1", name="KVP")]
    """KVP (0018,0060): Type 1, VR DS, VM 1. Average of the peak kilo voltage outputs of the X-Ray generator used for all frames."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("not", ("present", 0x00189332)),
            otherwise="may",
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise. Average of the nominal X-Ray tube currents in milliamperes for all frames. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise."""

    ExposureTimeInms: Annotated[
        vr.FD | None,
        Attribute(
            0x00189328,
            "FD",
            "1",
            "1C",
            name="Exposure Time in ms",
            when=("not", ("present", 0x00189332)),
            otherwise="may",
        ),
    ] = None
    """Exposure Time in ms (0018,9328): Type 1C, VR FD, VM 1. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise. Total (cumulative) duration of X-Ray exposure for all acquired frames in milliseconds. Required if Exposure in mAs (0018,9332) is not present. May be present otherwise."""

    ExposureInmAs: Annotated[
        vr.FD | None,
        Attribute(
            0x00189332,
            "FD",
            "1",
            "1C",
            name="Exposure in mAs",
            when=("or", ("not", ("present", 0x00189328)), ("not", ("present", 0x00189330))),
            otherwise="may",
        ),
    ] = None
    """Exposure in mAs (0018,9332): Type 1C, VR FD, VM 1. Required if either Exposure Time in ms (0018,9328) or X-Ray Tube Current in mA (0018,9330) is not present. May be present otherwise. The total (cumulative) exposure for all acquired frames expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current."""

    FocalSpots: Annotated[
        list[vr.DS], Attribute(0x00181190, "DS", "1-n", "1", name="Focal Spot(s)")
    ]
    """Focal Spot(s) (0018,1190): Type 1, VR DS, VM 1-n. Nominal focal spot size in mm used to acquire all frames."""

    AnodeTargetMaterial: Annotated[
        _AnodeTargetMaterialTerm | vr.CS,
        Attribute(0x00181191, "CS", "1", "1", name="Anode Target Material"),
    ]
    """Anode Target Material (0018,1191): Type 1, VR CS, VM 1. The primary material in the anode of the X-Ray source. Defined Terms: TUNGSTEN MOLYBDENUM RHODIUM"""

    BodyPartThickness: Annotated[
        vr.DS, Attribute(0x001811A0, "DS", "1", "1", name="Body Part Thickness")
    ]
    """Body Part Thickness (0018,11A0): Type 1, VR DS, VM 1. The average thickness in mm of the body part examined when compressed, if compression has been applied during exposure."""

    CompressionForce: Annotated[
        vr.DS, Attribute(0x001811A2, "DS", "1", "1", name="Compression Force")
    ]
    """Compression Force (0018,11A2): Type 1, VR DS, VM 1. The compression force applied to the body part during exposure, measured in Newtons."""

    CompressionPressure: Annotated[
        vr.DS | None, Attribute(0x001811A3, "DS", "1", "3", name="Compression Pressure")
    ] = None
    """Compression Pressure (0018,11A3): Type 3, VR DS, VM 1. The average compression pressure applied to the body part during exposure, calculated in kPa."""

    CompressionContactArea: Annotated[
        vr.DS | None, Attribute(0x001811A5, "DS", "1", "3", name="Compression Contact Area")
    ] = None
    """Compression Contact Area (0018,11A5): Type 3, VR DS, VM 1. The area of the body part to which compression has been applied during exposure, measured in mm2. Area information is useful in addition to the Compression Pressure (0018,11A3) and Compression Force (0018,11A2) in the event that unusual val..."""

    PaddleDescription: Annotated[
        vr.LO, Attribute(0x001811A4, "LO", "1", "1", name="Paddle Description")
    ]
    """Paddle Description (0018,11A4): Type 1, VR LO, VM 1. Description of the compression paddle, if compression was applied to the body part during exposure."""

    ExposureControlMode: Annotated[
        _ExposureControlModeTermEnhancedMammographyImage | vr.CS,
        Attribute(0x00187060, "CS", "1", "1", name="Exposure Control Mode"),
    ]
    """Exposure Control Mode (0018,7060): Type 1, VR CS, VM 1. Type of exposure control Defined Terms: AUTOMATIC MANUAL"""

    ExposureControlModeDescription: Annotated[
        vr.LT, Attribute(0x00187062, "LT", "1", "1", name="Exposure Control Mode Description")
    ]
    """Exposure Control Mode Description (0018,7062): Type 1, VR LT, VM 1. Text description of the mechanism of exposure control. May describe the number and type of exposure sensors or position of the sensitive area of the imaging detector."""

    PatientOrientation: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00200020,
            "CS",
            "2",
            "1C",
            name="Patient Orientation",
            when=(
                "unknown",
                "condition not read: no verb after 'View Code Sequence (0054,0220) has an Item' (in 'Required if View Code Sequence (0054,0220) has an Item value other than one representing a specimen image')",
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Orientation (0020,0020): Type 1C, VR CS, VM 2. Required if View Code Sequence (0054,0220) has an Item value other than one representing a specimen image. May be present otherwise. Patient direction of the rows and columns of the most representative frame. Required if View Code Sequence (0054,0220) has an Item value other than one representing a specimen image. May be present otherwise."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

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
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. Enumerated Values: 8 9 10 11 12 13 14 15 16"""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall have an Enumerated Value of one less than the value of Bits Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Each sample shall have the same pixel representation. Enumerated Values: 0000H unsigned integer"""

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
    """Quality Control Image (0028,0300): Type 3, VR CS, VM 1. Indicates whether or not this image is a quality control of phantom image. Enumerated Values: YES NO"""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned in Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned in Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

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

    OrganDose: Annotated[vr.DS, Attribute(0x00400316, "DS", "1", "1", name="Organ Dose")]
    """Organ Dose (0040,0316): Type 1, VR DS, VM 1. Organ dose value measured in dGy representing the collective total for all acquired frames. This may be an estimated value."""

    EntranceDoseInmGy: Annotated[
        vr.DS, Attribute(0x00408302, "DS", "1", "1", name="Entrance Dose in mGy")
    ]
    """Entrance Dose in mGy (0040,8302): Type 1, VR DS, VM 1. Entrance dose value measured in mGy at the surface of the patient representing the collective total for all acquired frames. This may be an estimated value based on assumptions about the patient's body size and habitus."""

    EntranceDoseDerivation: Annotated[
        _EntranceDoseDerivationValue | None,
        Attribute(
            0x00408303,
            "CS",
            "1",
            "3",
            name="Entrance Dose Derivation",
            enumerated=((0, ("IAK", "ESAK", "ESDBS", "ESDNOBS")),),
        ),
    ] = None
    """Entrance Dose Derivation (0040,8303): Type 3, VR CS, VM 1. Describes what type of dose is represented by the values of Entrance Dose in mGy (0040,8302). Enumerated Values: IAK Represents air kerma at the entrance surface, no backscatter included, no air kerma to tissue dose conversion applied."""

    TypeOfDetectorMotion: Annotated[
        _TypeOfDetectorMotionTermEnhancedMammographyImage | vr.CS,
        Attribute(0x00540202, "CS", "1", "1", name="Type of Detector Motion"),
    ]
    """Type of Detector Motion (0054,0202): Type 1, VR CS, VM 1. Describes the activity of the Detector during acquisition. See C.8.31.1.1 for Defined Terms."""

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
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies a transformation for the Presentation LUT such that the output of all grayscale transformations, if any, is defined to be in P-Values."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "DetectorActiveShape": ("dicomodel.enums.detector_active_shape", "DetectorActiveShape"),
    "DetectorConditionsNominalFlag": (
        "dicomodel.enums.detector_conditions_nominal_flag",
        "DetectorConditionsNominalFlag",
    ),
    "DetectorConfigurationTerm": (
        "dicomodel.enums.detector_configuration",
        "DetectorConfigurationTerm",
    ),
    "DetectorTypeTerm": ("dicomodel.enums.detector_type", "DetectorTypeTerm"),
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "ExposureControlModeTerm": (
        "dicomodel.enums.exposure_control_mode",
        "ExposureControlModeTermEnhancedMammographyImage",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCRImage",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PositionerMotionTerm": (
        "dicomodel.enums.positioner_motion",
        "PositionerMotionTermEnhancedMammographyImage",
    ),
    "PositionerType": ("dicomodel.enums.positioner_type", "PositionerTypeEnhancedMammographyImage"),
    "PresentationLUTShape": ("dicomodel.enums.presentation_lut_shape", "PresentationLUTShape"),
    "QualityControlImage": (
        "dicomodel.enums.quality_control_image",
        "QualityControlImageEnhancedXAXRFImage",
    ),
    "TypeOfDetectorMotionTerm": (
        "dicomodel.enums.type_of_detector_motion",
        "TypeOfDetectorMotionTermEnhancedMammographyImage",
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
