"""Item class XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition.

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
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivationValue as _EntranceDoseDerivationValue,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as _ExposureControlModeTerm,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlipValue as _FieldOfViewHorizontalFlipValue,
    )
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeBreastTomosynthesisAcquisitionValue as _FieldOfViewShapeBreastTomosynthesisAcquisitionValue,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as _FilterTypeTerm
    from dicomodel.enums.x_ray_receptor_type import (
        XRayReceptorTypeXRay3DCraniofacialAcquisitionValue as _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem,
    )
    from dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as _PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition,
    )
else:
    from dicomodel.lazy import Lazy

    _AnodeTargetMaterialTerm = Lazy(
        "dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _EntranceDoseDerivationValue = Lazy(
        "dicomodel.enums.entrance_dose_derivation", "EntranceDoseDerivationValue"
    )
    _ExposureControlModeTerm = Lazy(
        "dicomodel.enums.exposure_control_mode", "ExposureControlModeTerm"
    )
    _FieldOfViewHorizontalFlipValue = Lazy(
        "dicomodel.enums.field_of_view_horizontal_flip", "FieldOfViewHorizontalFlipValue"
    )
    _FieldOfViewShapeBreastTomosynthesisAcquisitionValue = Lazy(
        "dicomodel.enums.field_of_view_shape", "FieldOfViewShapeBreastTomosynthesisAcquisitionValue"
    )
    _FilterTypeTerm = Lazy("dicomodel.enums.filter_type", "FilterTypeTerm")
    _ImageSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.image_sop_instance_reference_item", "ImageSOPInstanceReferenceItem"
    )
    _PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition = Lazy(
        "dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition",
        "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    )
    _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue = Lazy(
        "dicomodel.enums.x_ray_receptor_type", "XRayReceptorTypeXRay3DCraniofacialAcquisitionValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.anode_target_material import (
        AnodeTargetMaterialTerm as AnodeTargetMaterialTerm,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.entrance_dose_derivation import (
        EntranceDoseDerivation as EntranceDoseDerivation,
    )
    from dicomodel.enums.exposure_control_mode import (
        ExposureControlModeTerm as ExposureControlModeTerm,
    )
    from dicomodel.enums.field_of_view_horizontal_flip import (
        FieldOfViewHorizontalFlip as FieldOfViewHorizontalFlip,
    )
    from dicomodel.enums.field_of_view_shape import (
        FieldOfViewShapeBreastTomosynthesisAcquisition as FieldOfViewShape,
    )
    from dicomodel.enums.filter_type import FilterTypeTerm as FilterTypeTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )
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
    from dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition import (
        PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition as PerProjectionAcquisitionSequenceItem,
    )

__all__ = [
    "AnodeTargetMaterialTerm",
    "ContextGroupExtensionFlag",
    "ContrastBolusAgentSequenceItem",
    "EntranceDoseDerivation",
    "EquivalentCodeSequenceItem",
    "ExposureControlModeTerm",
    "FieldOfViewHorizontalFlip",
    "FieldOfViewShape",
    "FilterTypeTerm",
    "MappingResourceTerm",
    "PerProjectionAcquisitionSequenceItem",
    "PositionerPrimaryAngleDirection",
    "SourceImageSequenceItem",
    "XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    "XRayReceptorType",
]


class XRay3DAcquisitionSequenceItemBreastTomosynthesisAcquisition(DicomModel):
    """An item of X-Ray 3D Acquisition Sequence (0018,9507), as first defined in Breast Tomosynthesis Acquisition Module Attributes (C.8.21.3.4-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Acquisition Sequence"
    dicom_table: ClassVar[str] = "table_C.8.21.3.4-1"

    FieldOfViewShape: Annotated[
        _FieldOfViewShapeBreastTomosynthesisAcquisitionValue,
        Attribute(
            0x00181147,
            "CS",
            "1",
            "1",
            name="Field of View Shape",
            enumerated=((0, ("RECTANGLE",)),),
        ),
    ]
    """Field of View Shape (0018,1147): Type 1, VR CS, VM 1. Shape of the Field of View in the source projection images. Enumerated Values: RECTANGLE"""

    XRayReceptorType: Annotated[
        _XRayReceptorTypeXRay3DCraniofacialAcquisitionValue,
        Attribute(
            0x00189420,
            "CS",
            "1",
            "1",
            name="X-Ray Receptor Type",
            enumerated=((0, ("DIGITAL_DETECTOR",)),),
        ),
    ]
    """X-Ray Receptor Type (0018,9420): Type 1, VR CS, VM 1. Identifies the type of X-Ray receptor used. Enumerated Values: DIGITAL_DETECTOR"""

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

    PrimaryPositionerScanArc: Annotated[
        vr.FL | None,
        Attribute(
            0x00189508,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Scan Arc",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Primary Positioner Scan Arc (0018,9508): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Total amount of rotation of the primary positioner in degrees. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG."""

    PrimaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x00189510,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Scan Start Angle",
            when=("value", 0x00080060, 0, "in", ("MG",)),
        ),
    ] = None
    """Primary Positioner Scan Start Angle (0018,9510): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Required if Modality (0008,0060) is MG. Start position of the primary positioner in degrees. See Section C.8.7.5.1.2 or Section C.8.11.7, depending on modality and positioner type. Required if present and consistent in the contributing SOP Instances."""

    PrimaryPositionerIncrement: Annotated[
        vr.FL | None,
        Attribute(
            0x00189514,
            "FL",
            "1",
            "1C",
            name="Primary Positioner Increment",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Primary Positioner Increment (0018,9514): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Constant increment of the primary positioner angle in degrees. Positive increment indicates an increasing value of the primary positioner angle."""

    PrimaryPositionerIncrementSign: Annotated[
        vr.SS | None,
        Attribute(0x00189518, "SS", "1", "3", name="Primary Positioner Increment Sign"),
    ] = None
    """Primary Positioner Increment Sign (0018,9518): Type 3, VR SS, VM 1. Direction of the primary positioner rotation. Defined Terms: +1 indicates a positive primary positioner angle increment -1 indicates a negative primary positioner angle increment See Section C.8.7.5.1.2 or Section C.8.11.7 for the sign conv..."""

    SecondaryPositionerScanArc: Annotated[
        vr.FL | None,
        Attribute(
            0x00189509,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Scan Arc",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Scan Arc (0018,9509): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Total amount of rotation of the secondary positioner in degrees. Required if present and consistent in the contributing SOP Instances."""

    SecondaryPositionerScanStartAngle: Annotated[
        vr.FL | None,
        Attribute(
            0x00189511,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Scan Start Angle",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Scan Start Angle (0018,9511): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Start position of the secondary positioner in degrees. See Section C.8.7.5.1.2 or Section C.8.11.7, depending on modality and positioner type. Required if present and consistent in the contributing SOP Instances."""

    SecondaryPositionerIncrement: Annotated[
        vr.FL | None,
        Attribute(
            0x00189515,
            "FL",
            "1",
            "1C",
            name="Secondary Positioner Increment",
            when=(
                "unknown",
                "names no attribute: present and consistent in the contributing SOP Instances",
            ),
        ),
    ] = None
    """Secondary Positioner Increment (0018,9515): Type 1C, VR FL, VM 1. Required if present and consistent in the contributing SOP Instances. Constant increment of the secondary positioner angle in degrees. Positive increment indicates an increasing value of the secondary positioner angle."""

    SecondaryPositionerIncrementSign: Annotated[
        vr.SS | None,
        Attribute(0x00189519, "SS", "1", "3", name="Secondary Positioner Increment Sign"),
    ] = None
    """Secondary Positioner Increment Sign (0018,9519): Type 3, VR SS, VM 1. Direction of the secondary positioner rotation. Defined Terms: +1 indicates a positive secondary positioner angle increment -1 indicates a negative secondary positioner angle increment See Section C.8.7.5.1.2 or Section C.8.11.7 for the sig..."""

    DistanceSourceToDetector: Annotated[
        vr.DS, Attribute(0x00181110, "DS", "1", "1", name="Distance Source to Detector")
    ]
    """Distance Source to Detector (0018,1110): Type 1, VR DS, VM 1. Distance in mm from source to detector center on the chest wall line. This value is traditionally referred to as Source Image Distance (SID). See Section C.8.11.7.1.1."""

    DistanceSourceToPatient: Annotated[
        vr.DS, Attribute(0x00181111, "DS", "1", "1", name="Distance Source to Patient")
    ]
    """Distance Source to Patient (0018,1111): Type 1, VR DS, VM 1. Distance in mm from source to the breast support side that is closest to the Imaging Subject, as measured along the X-Ray beam vector. This value is traditionally referred to as Source Object Distance (SOD)."""

    EstimatedRadiographicMagnificationFactor: Annotated[
        vr.DS,
        Attribute(0x00181114, "DS", "1", "1", name="Estimated Radiographic Magnification Factor"),
    ]
    """Estimated Radiographic Magnification Factor (0018,1114): Type 1, VR DS, VM 1. Ratio of Source Image Receptor Distance (SID) over Source Object Distance (SOD)."""

    AnodeTargetMaterial: Annotated[
        _AnodeTargetMaterialTerm | vr.CS,
        Attribute(0x00181191, "CS", "1", "1", name="Anode Target Material"),
    ]
    """Anode Target Material (0018,1191): Type 1, VR CS, VM 1. The primary material in the anode of the X-Ray source. Defined Terms: TUNGSTEN MOLYBDENUM RHODIUM"""

    BodyPartThickness: Annotated[
        vr.DS, Attribute(0x001811A0, "DS", "1", "1", name="Body Part Thickness")
    ]
    """Body Part Thickness (0018,11A0): Type 1, VR DS, VM 1. The average thickness in mm of the body part examined when compressed, if compression has been applied during exposure."""

    ExposureControlMode: Annotated[
        _ExposureControlModeTerm | vr.CS,
        Attribute(0x00187060, "CS", "1", "1", name="Exposure Control Mode"),
    ]
    """Exposure Control Mode (0018,7060): Type 1, VR CS, VM 1. Type of exposure control. Defined Terms: MANUAL AUTOMATIC"""

    ExposureControlModeDescription: Annotated[
        vr.LT, Attribute(0x00187062, "LT", "1", "1", name="Exposure Control Mode Description")
    ]
    """Exposure Control Mode Description (0018,7062): Type 1, VR LT, VM 1. Text description of the mechanism of exposure control. May describe the number and type of exposure sensors or position of the sensitive area of the imaging detector."""

    HalfValueLayer: Annotated[vr.DS, Attribute(0x00400314, "DS", "1", "1", name="Half Value Layer")]
    """Half Value Layer (0040,0314): Type 1, VR DS, VM 1. The thickness of Aluminum in mm required to reduce the X-Ray Output (0040,0312) by a factor of two. This value may be a calibrated value rather than measured during the exposure."""

    OrganDose: Annotated[vr.DS | None, Attribute(0x00400316, "DS", "1", "3", name="Organ Dose")] = (
        None
    )
    """Organ Dose (0040,0316): Type 3, VR DS, VM 1. Organ dose value measured in dGy representing the collective total for all acquired frames described in this Sequence Item. This may be an estimated value."""

    EntranceDoseInmGy: Annotated[
        vr.DS | None, Attribute(0x00408302, "DS", "1", "3", name="Entrance Dose in mGy")
    ] = None
    """Entrance Dose in mGy (0040,8302): Type 3, VR DS, VM 1. Entrance dose value measured in mGy at the surface of the patient representing the collective total for all acquired frames described in this Sequence Item."""

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

    FocalSpots: Annotated[
        list[vr.DS], Attribute(0x00181190, "DS", "1-n", "1", name="Focal Spot(s)")
    ]
    """Focal Spot(s) (0018,1190): Type 1, VR DS, VM 1-n. Nominal focal spot size in mm used to acquire the projection images."""

    DetectorBinning: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0018701A,
            "DS",
            "2",
            "1C",
            name="Detector Binning",
            when=(
                "unknown",
                "names no attribute: detector binning was applied to the projection images",
            ),
        ),
    ] = None
    """Detector Binning (0018,701A): Type 1C, VR DS, VM 2. Required if detector binning was applied to the projection images. Number of active detectors used to generate a single pixel. Specified as number of row detectors per pixel then column. Required if detector binning was applied to the projection images."""

    DetectorTemperature: Annotated[
        vr.DS, Attribute(0x00187001, "DS", "1", "1", name="Detector Temperature")
    ]
    """Detector Temperature (0018,7001): Type 1, VR DS, VM 1. Detector temperature during exposure in degrees Celsius."""

    FilterType: Annotated[
        _FilterTypeTerm | vr.SH, Attribute(0x00181160, "SH", "1", "1", name="Filter Type")
    ]
    """Filter Type (0018,1160): Type 1, VR SH, VM 1. Type of filter(s) inserted into the X-Ray beam (e.g., wedges). See Attribute Description in Section C.8.7.10 for Defined Terms."""

    FilterMaterial: Annotated[
        list[vr.CS], Attribute(0x00187050, "CS", "1-n", "1", name="Filter Material")
    ]
    """Filter Material (0018,7050): Type 1, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    FilterThicknessMinimum: Annotated[
        list[vr.DS] | None, Attribute(0x00187052, "DS", "1-n", "3", name="Filter Thickness Minimum")
    ] = None
    """Filter Thickness Minimum (0018,7052): Type 3, VR DS, VM 1-n. See Attribute Description in Section C.8.7.10."""

    FilterThicknessMaximum: Annotated[
        list[vr.DS] | None, Attribute(0x00187054, "DS", "1-n", "3", name="Filter Thickness Maximum")
    ] = None
    """Filter Thickness Maximum (0018,7054): Type 3, VR DS, VM 1-n. See Attribute Description in Section C.8.7.10."""

    FilterBeamPathLengthMinimum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187056, "FL", "1-n", "3", name="Filter Beam Path Length Minimum"),
    ] = None
    """Filter Beam Path Length Minimum (0018,7056): Type 3, VR FL, VM 1-n. See Attribute Description in Section C.8.7.10."""

    FilterBeamPathLengthMaximum: Annotated[
        list[vr.FL] | None,
        Attribute(0x00187058, "FL", "1-n", "3", name="Filter Beam Path Length Maximum"),
    ] = None
    """Filter Beam Path Length Maximum (0018,7058): Type 3, VR FL, VM 1-n. See Attribute Description in Section C.8.7.10."""

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

    PerProjectionAcquisitionSequence: Annotated[
        list[_PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition],
        Attribute(0x00189538, "SQ", "1", "1", name="Per Projection Acquisition Sequence"),
    ]
    """Per Projection Acquisition Sequence (0018,9538): Type 1, VR SQ, VM 1. Sequence containing detailed acquisition context of each individual projection used in this acquisition context. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnodeTargetMaterialTerm": ("dicomodel.enums.anode_target_material", "AnodeTargetMaterialTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "ContrastBolusAgentSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EntranceDoseDerivation": (
        "dicomodel.enums.entrance_dose_derivation",
        "EntranceDoseDerivation",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "ExposureControlModeTerm": ("dicomodel.enums.exposure_control_mode", "ExposureControlModeTerm"),
    "FieldOfViewHorizontalFlip": (
        "dicomodel.enums.field_of_view_horizontal_flip",
        "FieldOfViewHorizontalFlip",
    ),
    "FieldOfViewShape": (
        "dicomodel.enums.field_of_view_shape",
        "FieldOfViewShapeBreastTomosynthesisAcquisition",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PerProjectionAcquisitionSequenceItem": (
        "dicomodel.items.per_projection_acquisition_sequence_item_breast_tomosynthesis_acquisition",
        "PerProjectionAcquisitionSequenceItemBreastTomosynthesisAcquisition",
    ),
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
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
