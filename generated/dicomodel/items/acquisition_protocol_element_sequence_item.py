"""Item class AcquisitionProtocolElementSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_motion import AcquisitionMotionTerm as _AcquisitionMotionTerm
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as _AcquisitionTypeTerm
    from dicomodel.enums.constant_volume_flag import (
        ConstantVolumeFlagValue as _ConstantVolumeFlagValue,
    )
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlagValue as _FluoroscopyFlagValue
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition import (
        CTXRayDetailsSequenceItemPerformedCTAcquisition as _CTXRayDetailsSequenceItemPerformedCTAcquisition,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as _ReferenceLocationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionMotionTerm = Lazy("dicomodel.enums.acquisition_motion", "AcquisitionMotionTerm")
    _AcquisitionTypeTerm = Lazy("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm")
    _CTXRayDetailsSequenceItemPerformedCTAcquisition = Lazy(
        "dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition",
        "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ConstantVolumeFlagValue = Lazy(
        "dicomodel.enums.constant_volume_flag", "ConstantVolumeFlagValue"
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _FluoroscopyFlagValue = Lazy("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlagValue")
    _ReferenceLocationItem = Lazy(
        "dicomodel.items.reference_location_item", "ReferenceLocationItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.acquisition_motion import AcquisitionMotionTerm as AcquisitionMotionTerm
    from dicomodel.enums.acquisition_type import AcquisitionTypeTerm as AcquisitionTypeTerm
    from dicomodel.enums.auto_kvp_selection_type import (
        AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm,
    )
    from dicomodel.enums.cardiac_beat_rejection_technique import (
        CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm,
    )
    from dicomodel.enums.cardiac_framing_type import (
        CardiacFramingTypeTerm as CardiacFramingTypeTerm,
    )
    from dicomodel.enums.cardiac_signal_source import (
        CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTerm,
    )
    from dicomodel.enums.cardiac_synchronization_technique import (
        CardiacSynchronizationTechnique as CardiacSynchronizationTechnique,
    )
    from dicomodel.enums.constant_volume_flag import ConstantVolumeFlag as ConstantVolumeFlag
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.filter_type import FilterTypeTermPerformedCTAcquisition as FilterTypeTerm
    from dicomodel.enums.fluoroscopy_flag import FluoroscopyFlag as FluoroscopyFlag
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.offset_direction import OffsetDirection as OffsetDirection
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.respiratory_trigger_type import (
        RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ReferenceGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RequestedSeriesDescriptionCodeSequenceItem,
    )
    from dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition import (
        CTXRayDetailsSequenceItemPerformedCTAcquisition as CTXRayDetailsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionEndLocationSequenceItem,
    )
    from dicomodel.items.reference_location_item import (
        ReferenceLocationItem as AcquisitionStartLocationSequenceItem,
    )

__all__ = [
    "AcquisitionEndLocationSequenceItem",
    "AcquisitionMotionTerm",
    "AcquisitionProtocolElementSequenceItem",
    "AcquisitionStartLocationSequenceItem",
    "AcquisitionTypeTerm",
    "AutoKVPSelectionTypeTerm",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTXRayDetailsSequenceItem",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationTechnique",
    "ConstantVolumeFlag",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FilterTypeTerm",
    "FluoroscopyFlag",
    "MappingResourceTerm",
    "OffsetDirection",
    "ReferenceBasisCodeSequenceItem",
    "ReferenceGeometryCodeSequenceItem",
    "RequestedSeriesDescriptionCodeSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratoryTriggerTypeTerm",
]


class AcquisitionProtocolElementSequenceItem(DicomModel):
    """An item of Acquisition Protocol Element Sequence (0018,9920), as first defined in Performed CT Acquisition Module Attributes (C.34.10-1)."""

    dicom_name: ClassVar[str] = "Acquisition Protocol Element Sequence"
    dicom_table: ClassVar[str] = "table_C.34.10-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. Identifies the protocol element and the order in which the elements are performed in the Protocol. The value shall start at 1 and increase monotonically by 1."""

    ProtocolElementName: Annotated[
        vr.LO | None, Attribute(0x00189922, "LO", "1", "2", name="Protocol Element Name")
    ]
    """Protocol Element Name (0018,9922): Type 2, VR LO, VM 1. Name for this protocol element."""

    ProtocolElementPurpose: Annotated[
        vr.UT | None, Attribute(0x00189924, "UT", "1", "3", name="Protocol Element Purpose")
    ] = None
    """Protocol Element Purpose (0018,9924): Type 3, VR UT, VM 1. Description of the purpose this element serves in the protocol. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the purpose the Protocol Element serves in the Protoc..."""

    ProtocolElementCharacteristicsSummary: Annotated[
        vr.UT | None,
        Attribute(0x00189923, "UT", "1", "3", name="Protocol Element Characteristics Summary"),
    ] = None
    """Protocol Element Characteristics Summary (0018,9923): Type 3, VR UT, VM 1. Summary description of characteristics of this element. This is intended for use by the radiologist, technologist and/or physicist during management of the Protocol to understand the characteristics of the Protocol Element."""

    AcquisitionType: Annotated[
        _AcquisitionTypeTerm | vr.CS, Attribute(0x00189302, "CS", "1", "1", name="Acquisition Type")
    ]
    """Acquisition Type (0018,9302): Type 1, VR CS, VM 1. Description of the method used during acquisition. See Section C.8.15.3.2.1 for Defined Terms."""

    TubeAngle: Annotated[
        vr.FD | None,
        Attribute(
            0x00189303,
            "FD",
            "1",
            "1C",
            name="Tube Angle",
            when=("value", 0x00189302, 0, "in", ("CONSTANT_ANGLE",)),
        ),
    ] = None
    """Tube Angle (0018,9303): Type 1C, VR FD, VM 1. Required if Acquisition Type (0018,9302) is CONSTANT_ANGLE. The constant angle at which the X-Ray source is located during acquisition. 0 degrees means that the source is located at the highest point of the gantry orbit."""

    ConstantVolumeFlag: Annotated[
        _ConstantVolumeFlagValue,
        Attribute(
            0x00189333,
            "CS",
            "1",
            "1",
            name="Constant Volume Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Constant Volume Flag (0018,9333): Type 1, VR CS, VM 1. Identifies that the acquisition was performed by repetitively acquiring the same volume set over a period of time. The Acquisition Type (0018,9302) value may be SEQUENCED, SPIRAL or STATIONARY depending on whether table movement is necessar..."""

    FluoroscopyFlag: Annotated[
        _FluoroscopyFlagValue,
        Attribute(
            0x00189334, "CS", "1", "1", name="Fluoroscopy Flag", enumerated=((0, ("YES", "NO")),)
        ),
    ]
    """Fluoroscopy Flag (0018,9334): Type 1, VR CS, VM 1. Identifies that near real-time display of a block of continuously acquired data was performed. Enumerated Values: YES NO"""

    RevolutionTime: Annotated[
        vr.FD | None,
        Attribute(
            0x00189305,
            "FD",
            "1",
            "1C",
            name="Revolution Time",
            when=("value", 0x00189302, 0, "not_in", ("CONSTANT_ANGLE",)),
        ),
    ] = None
    """Revolution Time (0018,9305): Type 1C, VR FD, VM 1. Required if Acquisition Type (0018,9302) is other than CONSTANT_ANGLE. The time in seconds of a complete revolution of the source around the gantry orbit. This value is independent of the Reconstruction Angle (0018,9319) of the frame. Required if Acquisition Type (0018,9302) is other than CONSTANT_ANGLE."""

    SingleCollimationWidth: Annotated[
        vr.FD, Attribute(0x00189306, "FD", "1", "1", name="Single Collimation Width")
    ]
    """Single Collimation Width (0018,9306): Type 1, VR FD, VM 1. The width of a single row of acquired data (in mm). Adjacent physical detector rows may have been combined to form a single effective acquisition row."""

    TotalCollimationWidth: Annotated[
        vr.FD, Attribute(0x00189307, "FD", "1", "1", name="Total Collimation Width")
    ]
    """Total Collimation Width (0018,9307): Type 1, VR FD, VM 1. The width of the total collimation (in mm) over the area of active X-Ray detection. This will be equal to the number of effective detector rows multiplied by single collimation width."""

    TableHeight: Annotated[vr.DS, Attribute(0x00181130, "DS", "1", "1", name="Table Height")]
    """Table Height (0018,1130): Type 1, VR DS, VM 1. The distance in mm from the top of the patient table to the center of rotation of the source (i.e., the data collection center or isocenter). The distance is positive when the table is below the data collection center."""

    GantryDetectorTilt: Annotated[
        vr.DS, Attribute(0x00181120, "DS", "1", "1", name="Gantry/Detector Tilt")
    ]
    """Gantry/Detector Tilt (0018,1120): Type 1, VR DS, VM 1. Nominal angle of tilt in degrees of the scanning gantry. Not intended for mathematical computations. Zero degrees means the gantry is not tilted, negative degrees are when the top of the gantry is tilted away from where the table enters the..."""

    TableSpeed: Annotated[vr.FD, Attribute(0x00189309, "FD", "1", "1", name="Table Speed")]
    """Table Speed (0018,9309): Type 1, VR FD, VM 1. The distance in mm that the table moves in one second during the gathering of data."""

    TableFeedPerRotation: Annotated[
        vr.FD, Attribute(0x00189310, "FD", "1", "1", name="Table Feed per Rotation")
    ]
    """Table Feed per Rotation (0018,9310): Type 1, VR FD, VM 1. Motion of the table (in mm) during a complete revolution of the source around the gantry orbit."""

    SpiralPitchFactor: Annotated[
        vr.FD, Attribute(0x00189311, "FD", "1", "1", name="Spiral Pitch Factor")
    ]
    """Spiral Pitch Factor (0018,9311): Type 1, VR FD, VM 1. Ratio of the Table Feed per Rotation (0018,9310) to the Total Collimation Width (0018,9307)."""

    CTDIvol: Annotated[
        vr.FD | None,
        Attribute(
            0x00189345,
            "FD",
            "1",
            "1C",
            name="CTDIvol",
            when=("value", 0x00189302, 0, "not_in", ("CONSTANT_ANGLE",)),
            otherwise="may",
        ),
    ] = None
    """CTDIvol (0018,9345): Type 1C, VR FD, VM 1. Required if Acquisition Type (0018,9302) is not CONSTANT_ANGLE. May be present otherwise. Computed Tomography Dose Index (CTDIvol), in mGy according to [IEC 60601-2-44]. The CTDIvol describes the average CTDIvol for this Acquisition Protocol Element for the selected CT conditions of operation."""

    CTDIPhantomTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00189346,
            "SQ",
            "1",
            "1C",
            name="CTDI Phantom Type Code Sequence",
            when=("present", 0x00189345),
        ),
    ] = None
    """CTDI Phantom Type Code Sequence (0018,9346): Type 1C, VR SQ, VM 1. Required if CTDIvol (0018,9345) is present. The type of phantom used for CTDI measurement according to [IEC 60601-2-44]. Required if CTDIvol (0018,9345) is present. Only a single Item shall be included in this Sequence."""

    CTDIvolNotificationTrigger: Annotated[
        vr.FD | None, Attribute(0x00189942, "FD", "1", "3", name="CTDIvol Notification Trigger")
    ] = None
    """CTDIvol Notification Trigger (0018,9942): Type 3, VR FD, VM 1. The threshold for the CTDIvol value, in mGy, at which a dose notification is triggered for this Acquisition Protocol Element. See Section C.34.10.2."""

    DLPNotificationTrigger: Annotated[
        vr.FD | None, Attribute(0x00189943, "FD", "1", "3", name="DLP Notification Trigger")
    ] = None
    """DLP Notification Trigger (0018,9943): Type 3, VR FD, VM 1. The threshold for the DLP value, in mGy.cm, at which a dose notification is triggered for this Acquisition Protocol Element. See Section C.34.10.2."""

    AcquisitionMotion: Annotated[
        _AcquisitionMotionTerm | vr.CS,
        Attribute(0x00189930, "CS", "1", "1", name="Acquisition Motion"),
    ]
    """Acquisition Motion (0018,9930): Type 1, VR CS, VM 1. Motion of scan progression. See Section C.34.10.1. Defined Terms: SINGLE Scan progresses in a single pass from Acquisition Start Location to Acquisition End Location."""

    AcquisitionStartLocationSequence: Annotated[
        list[_ReferenceLocationItem] | None,
        Attribute(0x00189931, "SQ", "1", "3", name="Acquisition Start Location Sequence"),
    ] = None
    """Acquisition Start Location Sequence (0018,9931): Type 3, VR SQ, VM 1. Anatomically oriented transverse location where this acquisition starts. This represents the nominal start location. Due to overscan, tissue may be irradiated beyond this location."""

    AcquisitionEndLocationSequence: Annotated[
        list[_ReferenceLocationItem] | None,
        Attribute(0x00189932, "SQ", "1", "3", name="Acquisition End Location Sequence"),
    ] = None
    """Acquisition End Location Sequence (0018,9932): Type 3, VR SQ, VM 1. Anatomically oriented transverse location where this acquisition ends. This represents the nominal end location. Due to overscan, tissue may be irradiated beyond this location."""

    CTXRayDetailsSequence: Annotated[
        list[_CTXRayDetailsSequenceItemPerformedCTAcquisition],
        Attribute(0x00189325, "SQ", "1", "1", name="CT X-Ray Details Sequence"),
    ]
    """CT X-Ray Details Sequence (0018,9325): Type 1, VR SQ, VM 1. Parameter values for each of the X-Ray beams in the Acquisition Protocol Element. Each Item in the Sequence describes one X-Ray beam. See Section C.34.10.3. One or more Items shall be included in this Sequence."""

    RequestedSeriesDescription: Annotated[
        vr.LO | None, Attribute(0x00189937, "LO", "1", "3", name="Requested Series Description")
    ] = None
    """Requested Series Description (0018,9937): Type 3, VR LO, VM 1. Requested text to copy into the Series Description(0008,103E) of raw Instances resulting from this Acquisition Protocol Element."""

    RequestedSeriesDescriptionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x001811C1, "SQ", "1", "3", name="Requested Series Description Code Sequence"),
    ] = None
    """Requested Series Description Code Sequence (0018,11C1): Type 3, VR SQ, VM 1. A code that is intended to be copied into the Series Description Code Sequence (0008,103F) of instances resulting from this Acquisition Protocol Element. Only a single Item is permitted in this Sequence."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "3",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
        ),
    ] = None
    """Content Qualification (0018,9004): Type 3, VR CS, VM 1. Content Qualification Indicator of Instances resulting from this Acquisition Protocol Element. Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.34.12.1."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionEndLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "AcquisitionMotionTerm": ("dicomodel.enums.acquisition_motion", "AcquisitionMotionTerm"),
    "AcquisitionStartLocationSequenceItem": (
        "dicomodel.items.reference_location_item",
        "ReferenceLocationItem",
    ),
    "AcquisitionTypeTerm": ("dicomodel.enums.acquisition_type", "AcquisitionTypeTerm"),
    "AutoKVPSelectionTypeTerm": (
        "dicomodel.enums.auto_kvp_selection_type",
        "AutoKVPSelectionTypeTerm",
    ),
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "CTXRayDetailsSequenceItem": (
        "dicomodel.items.ctx_ray_details_sequence_item_performed_ct_acquisition",
        "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    ),
    "CardiacBeatRejectionTechniqueTerm": (
        "dicomodel.enums.cardiac_beat_rejection_technique",
        "CardiacBeatRejectionTechniqueTerm",
    ),
    "CardiacFramingTypeTerm": ("dicomodel.enums.cardiac_framing_type", "CardiacFramingTypeTerm"),
    "CardiacSignalSourceTerm": (
        "dicomodel.enums.cardiac_signal_source",
        "CardiacSignalSourceTermPerformedCTAcquisition",
    ),
    "CardiacSynchronizationTechnique": (
        "dicomodel.enums.cardiac_synchronization_technique",
        "CardiacSynchronizationTechnique",
    ),
    "ConstantVolumeFlag": ("dicomodel.enums.constant_volume_flag", "ConstantVolumeFlag"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FilterTypeTerm": ("dicomodel.enums.filter_type", "FilterTypeTermPerformedCTAcquisition"),
    "FluoroscopyFlag": ("dicomodel.enums.fluoroscopy_flag", "FluoroscopyFlag"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "OffsetDirection": ("dicomodel.enums.offset_direction", "OffsetDirection"),
    "ReferenceBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ReferenceGeometryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "RequestedSeriesDescriptionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermPerformedCTAcquisition",
    ),
    "RespiratoryTriggerTypeTerm": (
        "dicomodel.enums.respiratory_trigger_type",
        "RespiratoryTriggerTypeTerm",
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
