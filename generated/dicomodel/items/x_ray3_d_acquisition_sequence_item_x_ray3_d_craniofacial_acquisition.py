"""Item class XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
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
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlipValue as _FieldOfViewHorizontalFlipValue,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShapeValue as _FieldOfViewShapeValue
    from dicomodel.enums.x_ray_receptor_type import (
        XRayReceptorTypeXRay3DCraniofacialAcquisitionValue as _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.x_ray3_d_general_per_projection_acquisition_item import (
        XRay3DGeneralPerProjectionAcquisitionItem as _XRay3DGeneralPerProjectionAcquisitionItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
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
    _FieldOfViewHorizontalFlipValue = Lazy(
        "dicomodel.enums.field_of_view_horizontal_flip", "FieldOfViewHorizontalFlipValue"
    )
    _FieldOfViewShapeValue = Lazy("dicomodel.enums.field_of_view_shape", "FieldOfViewShapeValue")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _XRay3DGeneralPerProjectionAcquisitionItem = Lazy(
        "dicomodel.items.x_ray3_d_general_per_projection_acquisition_item",
        "XRay3DGeneralPerProjectionAcquisitionItem",
    )
    _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue = Lazy(
        "dicomodel.enums.x_ray_receptor_type", "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.detector_active_shape import DetectorActiveShape as DetectorActiveShape
    from dicomodel.enums.detector_conditions_nominal_flag import (
        DetectorConditionsNominalFlag as DetectorConditionsNominalFlag,
    )
    from dicomodel.enums.detector_configuration import (
        DetectorConfigurationTerm as DetectorConfigurationTerm,
    )
    from dicomodel.enums.detector_type import DetectorTypeTerm as DetectorTypeTerm
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import FieldOfViewShape as FieldOfViewShape
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.x_ray_receptor_type import (
        XRayReceptorTypeXRay3DCraniofacialAcquisition as XRayReceptorType,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ContrastBolusAgentSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as SourceImageSequenceItem,
    )
    from dicomodel.items.x_ray3_d_general_per_projection_acquisition_item import (
        XRay3DGeneralPerProjectionAcquisitionItem as PerProjectionAcquisitionSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "DetectorActiveShape",
    "DetectorConditionsNominalFlag",
    "DetectorConfigurationTerm",
    "DetectorTypeTerm",
    "EquivalentCodeSequenceItem",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition",
    "XRayReceptorType",
]


class XRay3DAcquisitionSequenceItemXRay3DCraniofacialAcquisition(DicomModel):
    """An item of X-Ray 3D Acquisition Sequence (0018,9507), as first defined in X-Ray 3D Craniofacial Acquisition Module Attributes (C.8.21.3.3-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.3.3-1"

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeValue | None,
        Attribute(
            0x00181147,
            "CS",
            "1",
            "1C",
            name="Field of View Shape",
            enumerated=((0, ("RECTANGLE", "ROUND", "HEXAGONAL")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Field of View Shape (0018,1147): Type 1C, VR CS, VM 1. Required if present and consistent in the contributing SOP Instances. Shape of the Field of View in the referenced images. Enumerated Values: RECTANGLE ROUND HEXAGONAL Required if present and consistent in the contributing SOP Instances."""

    XRayReceptorType: Annotated[
        _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue | None,
        Attribute(
            0x00189420,
            "CS",
            "1",
            "1C",
            name="X-Ray Receptor Type",
            enumerated=((0, ("DIGITAL_DETECTOR",)),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """X-Ray Receptor Type (0018,9420): Type 1C, VR CS, VM 1. Required if present and consistent in the contributing SOP Instances. Identifies the type of X-Ray receptor used. Enumerated Values: DIGITAL_DETECTOR Required if present and consistent in the contributing SOP Instances."""

    SourceImageSequence: Annotated[
        list[_ImageSOPInstanceReferenceItem] | None,
        Attribute(
            0x00082112,
            "SQ",
            "1",
            "1C",
            name="Source Image Sequence",
            when=(
                "unknown",
                "names no attribute: the reconstruction is created from DICOM SOP Instances",
            ),
        ),
    ] = None
    """Source Image Sequence (0008,2112): Type 1C, VR SQ, VM 1. Required if the reconstruction is created from DICOM SOP Instances. A Sequence that identifies the set of Images that constitute this acquisition context. Required if the reconstruction is created from DICOM SOP Instances."""

    FieldOfViewDimensionsInFloat: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00189461,
            "FL",
            "1-2",
            "1C",
            name="Field of View Dimension(s) in Float",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Field of View Dimension(s) in Float (0018,9461): Type 1C, VR FL, VM 1-2. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Dimensions in mm of the Field of View in the source projection images. If Field of View Shape (0018,1147) is: RECTANGLE: row dimension followed by column. ROUND: diameter. HEXAGONAL: diameter of the circle circumscribing the hexagon."""

    FieldOfViewOrigin: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00187030,
            "DS",
            "2",
            "1C",
            name="Field of View Origin",
            when=(
                "and",
                ("present", 0x00189420),
                ("value", 0x00189420, 0, "in", ("DIGITAL_DETECTOR",)),
            ),
        ),
    ] = None
    """Field of View Origin (0018,7030): Type 1C, VR DS, VM 2. Required if X-Ray Receptor Type (0018,9420) is present and equals DIGITAL_DETECTOR. Offset of the TLHC of a rectangle circumscribing the Field of View in the referenced images, before rotation or flipping, from the TLHC of the physical detector area measured in physical detector pixels as a row offset followed by a column..."""

    FieldOfViewRotation: Annotated[
        vr.DS | None,
        Attribute(
            0x00187032,
            "DS",
            "1",
            "1C",
            name="Field of View Rotation",
            enumerated=((0, ("270", "180", "90", "0")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Field of View Rotation (0018,7032): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Clockwise rotation in degrees of Field of View in the referenced images, relative to the physical detector. Enumerated Values: 270 180 90 0 See Section C.8.11.4.1.1 for further explanation."""

    FieldOfViewHorizontalFlip: Annotated[
        _FieldOfViewHorizontalFlipValue | None,
        Attribute(
            0x00187034,
            "CS",
            "1",
            "1C",
            name="Field of View Horizontal Flip",
            enumerated=((0, ("NO", "YES")),),
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Field of View Horizontal Flip (0018,7034): Type 1C, VR CS, VM 1. Required if present and consistent in the contributing SOP Instances. Whether or not a horizontal flip has been applied to the Field of View in the referenced images, after rotation relative to the physical detector as described in Field of View Rotation (0018,7032)."""

    Grid: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00181166, "CS", "1-n", "1C", name="Grid", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """Grid (0018,1166): Type 1C, VR CS, VM 1-n. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Identifies the grid. May be multi-valued. See Attribute Description in Section C.8.7.11 for Defined Terms. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    GridAbsorbingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187040, "LT", "1", "3", name="Grid Absorbing Material")
    ] = None
    """Grid Absorbing Material (0018,7040): Type 3, VR LT, VM 1. The X-Ray absorbing material used in the grid."""

    GridSpacingMaterial: Annotated[
        vr.LT | None, Attribute(0x00187041, "LT", "1", "3", name="Grid Spacing Material")
    ] = None
    """Grid Spacing Material (0018,7041): Type 3, VR LT, VM 1. The spacing material used in the grid."""

    GridThickness: Annotated[
        vr.DS | None, Attribute(0x00187042, "DS", "1", "3", name="Grid Thickness")
    ] = None
    """Grid Thickness (0018,7042): Type 3, VR DS, VM 1. The thickness in mm of the X-Ray absorbing material used in the grid."""

    GridPitch: Annotated[vr.DS | None, Attribute(0x00187044, "DS", "1", "3", name="Grid Pitch")] = (
        None
    )
    """Grid Pitch (0018,7044): Type 3, VR DS, VM 1. The pitch in mm of the X-Ray absorbing material used in the grid."""

    GridAspectRatio: Annotated[
        list[vr.IS] | None, Attribute(0x00187046, "IS", "2", "3", name="Grid Aspect Ratio")
    ] = None
    """Grid Aspect Ratio (0018,7046): Type 3, VR IS, VM 2. Ratio of the vertical spacing and horizontal spacing of the X-Ray absorbing material used in the grid. Specified by a pair of integer values where the first value is the vertical size, and the second value is the horizontal size."""

    GridPeriod: Annotated[
        vr.DS | None, Attribute(0x00187048, "DS", "1", "3", name="Grid Period")
    ] = None
    """Grid Period (0018,7048): Type 3, VR DS, VM 1. Period in mSec of reciprocation cycle. Only meaningful if a value of Grid (0018,1166) is RECIPROCATING."""

    GridFocalDistance: Annotated[
        vr.DS | None, Attribute(0x0018704C, "DS", "1", "3", name="Grid Focal Distance")
    ] = None
    """Grid Focal Distance (0018,704C): Type 3, VR DS, VM 1. Focal distance in mm of a FOCUSED grid."""

    GridID: Annotated[vr.LO | None, Attribute(0x00181006, "LO", "1", "3", name="Grid ID")] = None
    """Grid ID (0018,1006): Type 3, VR LO, VM 1. Identifier of the grid."""

    KVP: Annotated[
        vr.DS | None,
        Attribute(
            0x00180060, "DS", "1", "1C", name="KVP", when=("value", 0x00080060, 0, "in", ("MG",))
        ),
    ] = None
    """KVP (0018,0060): Type 1C, VR DS, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Average of the peak kilo voltage outputs of the X-Ray generator used for all frames. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    XRayTubeCurrentInmA: Annotated[
        vr.FD | None,
        Attribute(
            0x00189330,
            "FD",
            "1",
            "1C",
            name="X-Ray Tube Current in mA",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """X-Ray Tube Current in mA (0018,9330): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Average of the nominal X-Ray tube currents in milliamperes for all frames. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    ExposureTimeInms: Annotated[
        vr.FD | None,
        Attribute(
            0x00189328,
            "FD",
            "1",
            "1C",
            name="Exposure Time in ms",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Exposure Time in ms (0018,9328): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Total (cumulative) duration of X-Ray exposure for all frames in milliseconds. See Section C.8.7.2.1.1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    ExposureInmAs: Annotated[
        vr.FD | None,
        Attribute(
            0x00189332,
            "FD",
            "1",
            "1C",
            name="Exposure in mAs",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Exposure in mAs (0018,9332): Type 1C, VR FD, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. The total (cumulative) exposure for all frames expressed in milliampereseconds, for example calculated from Exposure Time and X-Ray Tube Current. Required if present and consistent in the contributing SOP Instances."""

    ContrastBolusAgent: Annotated[
        vr.LO | None,
        Attribute(
            0x00180010,
            "LO",
            "1",
            "1C",
            name="Contrast/Bolus Agent",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Contrast/Bolus Agent (0018,0010): Type 1C, VR LO, VM 1. Required if present and consistent in the contributing SOP Instances. Contrast or bolus agent. Required if present and consistent in the contributing SOP Instances."""

    ContrastBolusAgentSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00180012,
            "SQ",
            "1",
            "1C",
            name="Contrast/Bolus Agent Sequence",
            when=(
                "and",
                ("value", 0x00080060, 0, "in", ("MG",)),
                ("unknown", "depends on whether contrast was administered"),
            ),
        ),
    ] = None
    """Contrast/Bolus Agent Sequence (0018,0012): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG and contrast media was applied. Sequence that identifies the contrast agent. One or more Items shall be included in this Sequence. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG and contrast media was applied."""

    StartAcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189516,
            "DT",
            "1",
            "1C",
            name="Start Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Start Acquisition DateTime (0018,9516): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. Start date and time of that part of an acquisition used for this acquisition context. Required if present and consistent in the contributing SOP Instances."""

    EndAcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x00189517,
            "DT",
            "1",
            "1C",
            name="End Acquisition DateTime",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """End Acquisition DateTime (0018,9517): Type 1C, VR DT, VM 1. Required if present and consistent in the contributing SOP Instances. End date and time of that part of an acquisition used for this acquisition context. Required if present and consistent in the contributing SOP Instances."""

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

    PerProjectionAcquisitionSequence: Annotated[
        list[_XRay3DGeneralPerProjectionAcquisitionItem] | None,
        Attribute(
            0x00189538,
            "SQ",
            "1",
            "1C",
            name="Per Projection Acquisition Sequence",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Per Projection Acquisition Sequence (0018,9538): Type 1C, VR SQ, VM 1. Required if present and consistent in the contributing SOP Instances. Sequence containing detailed acquisition context of each individual projection used in this acquisition context. One or more Items shall be included in this Sequence. Required if present and consistent in the contributing SOP Instances."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewShape": ("dicomodel.enums.field_of_view_shape", "FieldOfViewShape"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerProjectionAcquisitionSequenceItem": (
        "dicomodel.items.x_ray3_d_general_per_projection_acquisition_item",
        "XRay3DGeneralPerProjectionAcquisitionItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "XRayReceptorType": (
        "dicomodel.enums.x_ray_receptor_type",
        "XRayReceptorTypeXRay3DCraniofacialAcquisition",
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
