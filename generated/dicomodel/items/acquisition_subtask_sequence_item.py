"""Item class AcquisitionSubtaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import acquisition_method as _acquisition_method
from dicomodel.enums import acquisition_signal_type as _acquisition_signal_type
from dicomodel.items.additional_rt_accessory_device_sequence_item import (
    AdditionalRTAccessoryDeviceSequenceItem,
)
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.items.ct_imaging_acquisition_parameter_sequence_item import (
    CTImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.items.position_acquisition_template_identification_sequence_item import (
    PositionAcquisitionTemplateIdentificationSequenceItem,
)
from dicomodel.items.projection_imaging_acquisition_parameter_sequence_item import (
    ProjectionImagingAcquisitionParameterSequenceItem,
)
from dicomodel.items.referenced_baseline_parameters_rt_radiation_instance_sequence_item import (
    ReferencedBaselineParametersRTRadiationInstanceSequenceItem,
)
from dicomodel.items.rt_image_frame_mv_radiation_acquisition_sequence_item import (
    RTImageFrameMVRadiationAcquisitionSequenceItem,
)
from dicomodel.items.rt_image_framek_v_radiation_acquisition_sequence_item import (
    RTImageFramekVRadiationAcquisitionSequenceItem,
)
from dicomodel.items.rt_physician_intent_input_instance_sequence_item import (
    RTPhysicianIntentInputInstanceSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AcquisitionSubtaskSequenceItem(DicomModel):
    """An item of Acquisition Subtask Sequence (3002,011A), as first defined in RT Patient Position Acquisition Instruction Module Attributes (C.36.29-1)."""

    dicom_name: ClassVar[str] = "Acquisition Subtask Sequence"
    dicom_table: ClassVar[str] = "table_C.36.29-1"

    AcquisitionSubtaskIndex: Annotated[
        vr.US, Attribute(0x3002011D, "US", "1", "1", name="Acquisition Subtask Index")
    ]
    """Acquisition Subtask Index (3002,011D): Type 1, VR US, VM 1. Index of this acquisition subtask in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    SubtaskWorkitemCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x3002011B, "SQ", "1", "1", name="Subtask Workitem Code Sequence"),
    ]
    """Subtask Workitem Code Sequence (3002,011B): Type 1, VR SQ, VM 1. The type of acquisition subtask. Only a single Item shall be included in this Sequence."""

    AcquisitionSignalType: Annotated[
        _acquisition_signal_type.AcquisitionSignalTypeTerm | vr.CS,
        Attribute(0x30020129, "CS", "1", "1", name="Acquisition Signal Type"),
    ]
    """Acquisition Signal Type (3002,0129): Type 1, VR CS, VM 1. Type of signal used for acquisition. Defined Terms: KV kilovolt X-Ray MV Megavolt X-Ray"""

    AcquisitionMethod: Annotated[
        _acquisition_method.AcquisitionMethodTerm | vr.CS,
        Attribute(0x3002012A, "CS", "1", "1", name="Acquisition Method"),
    ]
    """Acquisition Method (3002,012A): Type 1, VR CS, VM 1. Method used for acquisition. Defined Terms: PROJECTION Projection radiography CT Computed Tomography"""

    PositionAcquisitionTemplateIdentificationSequence: Annotated[
        list[PositionAcquisitionTemplateIdentificationSequenceItem] | None,
        Attribute(
            0x3002011F, "SQ", "1", "3", name="Position Acquisition Template Identification Sequence"
        ),
    ] = None
    """Position Acquisition Template Identification Sequence (3002,011F): Type 3, VR SQ, VM 1. Identifies an acquisition template containing a set of parameters to be used when acquiring data for patient position detection."""

    ReferencedBaselineParametersRTRadiationInstanceSequence: Annotated[
        list[ReferencedBaselineParametersRTRadiationInstanceSequenceItem] | None,
        Attribute(
            0x3002011E,
            "SQ",
            "1",
            "1C",
            name="Referenced Baseline Parameters RT Radiation Instance Sequence",
            when=(
                "or",
                ("value", 0x30020111, 0, "in", ("RELATIVE_PARAMS",)),
                ("value", 0x30020115, 0, "in", ("BEAM", "RELATIVE_TO_BEAM")),
            ),
        ),
    ] = None
    """Referenced Baseline Parameters RT Radiation Instance Sequence (3002,011E): Type 1C, VR SQ, VM 1. Required if Imaging Source Location Specification Type (3002,0111) has the value RELATIVE_PARAMS or Imaging Aperture Specification Type (3002,0115) has the value BEAM or RELATIVE_TO_BEAM. RT Radiation SOP or RT Plan Instance that defines baseline parameter values for acquisition, which are modified by parameter values increments in this Subtask."""

    ReferencedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0607,
            "US",
            "1",
            "1C",
            name="Referenced Device Index",
            when=("compare", 0x30020116, 1, ">", 1),
        ),
    ] = None
    """Referenced Device Index (300A,0607): Type 1C, VR US, VM 1. Required if Number of Acquisition Devices (3002,0116) is greater than one. The value of Device Index (3010,0039) from the Acquisition Device Sequence (3002,0117) corresponding to the device to be used for acquisition. Required if Number of Acquisition Devices (3002,0116) is greater than one."""

    RTDeviceDistanceReferenceLocationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(
            0x300A0659,
            "SQ",
            "1",
            "1C",
            name="RT Device Distance Reference Location Code Sequence",
            when=(
                "unknown",
                "names no attribute: the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System",
            ),
        ),
    ] = None
    """RT Device Distance Reference Location Code Sequence (300A,0659): Type 1C, VR SQ, VM 1. Required if the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System. Point of reference used for measuring the distance to various devices. Required if the current Item contains any Attributes which refer to the Base Beam Modifier Coordinate System. Only a single item shall be included in this Sequence."""

    RTBeamModifierDefinitionDistance: Annotated[
        vr.FD | None,
        Attribute(
            0x300A0688,
            "FD",
            "1",
            "1C",
            name="RT Beam Modifier Definition Distance",
            when=("present", 0x300A0659),
        ),
    ] = None
    """RT Beam Modifier Definition Distance (300A,0688): Type 1C, VR FD, VM 1. Required if RT Device Distance Reference Location Code Sequence (300A,0659) is present. Absolute distance in mm along the z-axis of the Base Beam Modifier Coordinate System from the reference location specified by RT Device Distance Reference Location Code Sequence (300A,0659) to the Beam Modifier Definition Plane."""

    AcquisitionInitiationSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(0x30020135, "SQ", "1", "3", name="Acquisition Initiation Sequence"),
    ] = None
    """Acquisition Initiation Sequence (3002,0135): Type 3, VR SQ, VM 1. Description of how to the acquisition is triggered. One or more Items are permitted in this Sequence."""

    KVImagingGenerationParametersSequence: Annotated[
        list[RTImageFramekVRadiationAcquisitionSequenceItem] | None,
        Attribute(
            0x30020127,
            "SQ",
            "1",
            "1C",
            name="KV Imaging Generation Parameters Sequence",
            when=("value", 0x30020129, 0, "in", ("KV",)),
        ),
    ] = None
    """KV Imaging Generation Parameters Sequence (3002,0127): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Signal Type (3002,0129) is KV. Parameters for kV Imaging Acquisitions. Required if the value of Acquisition Signal Type (3002,0129) is KV. Only a single Item shall be included in this Sequence."""

    MVImagingGenerationParametersSequence: Annotated[
        list[RTImageFrameMVRadiationAcquisitionSequenceItem] | None,
        Attribute(
            0x30020128,
            "SQ",
            "1",
            "1C",
            name="MV Imaging Generation Parameters Sequence",
            when=("value", 0x30020129, 0, "in", ("MV",)),
        ),
    ] = None
    """MV Imaging Generation Parameters Sequence (3002,0128): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Signal Type (3002,0129) is MV. Parameters for MV Imaging Acquisitions. Required if the value of Acquisition Signal Type (3002,0129) is MV. Only a single Item shall be included in this Sequence."""

    ProjectionImagingAcquisitionParameterSequence: Annotated[
        list[ProjectionImagingAcquisitionParameterSequenceItem] | None,
        Attribute(
            0x30020125,
            "SQ",
            "1",
            "1C",
            name="Projection Imaging Acquisition Parameter Sequence",
            when=("value", 0x3002012A, 0, "in", ("PROJECTION",)),
        ),
    ] = None
    """Projection Imaging Acquisition Parameter Sequence (3002,0125): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Method (3002,012A) is PROJECTION. Parameters for Projection Image Acquisitions. Required if the value of Acquisition Method (3002,012A) is PROJECTION. Only a single Item shall be included in this Sequence."""

    CTImagingAcquisitionParameterSequence: Annotated[
        list[CTImagingAcquisitionParameterSequenceItem] | None,
        Attribute(
            0x30020126,
            "SQ",
            "1",
            "1C",
            name="CT Imaging Acquisition Parameter Sequence",
            when=("value", 0x3002012A, 0, "in", ("CT",)),
        ),
    ] = None
    """CT Imaging Acquisition Parameter Sequence (3002,0126): Type 1C, VR SQ, VM 1. Required if the value of Acquisition Method (3002,012A) is CT. Parameters for CT Image Acquisitions. Required if the value of Acquisition Method (3002,012A) is CT. Only a single Item shall be included in this Sequence."""

    DeviceSpecificAcquisitionParameterSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(
            0x30020131, "SQ", "1", "3", name="Device-Specific Acquisition Parameter Sequence"
        ),
    ] = None
    """Device-Specific Acquisition Parameter Sequence (3002,0131): Type 3, VR SQ, VM 1. User-specified device-specific acquisition parameters applicable to the device executing this Acquisition Subtask. One or more Items are permitted in this Sequence."""

    AdditionalRTAccessoryDeviceSequence: Annotated[
        list[AdditionalRTAccessoryDeviceSequenceItem] | None,
        Attribute(
            0x30020130,
            "SQ",
            "1",
            "1C",
            name="Additional RT Accessory Device Sequence",
            when=(
                "unknown",
                "names no attribute: additional RT Accessory Devices are to be used during patient position acquisition",
            ),
        ),
    ] = None
    """Additional RT Accessory Device Sequence (3002,0130): Type 1C, VR SQ, VM 1. Required if additional RT Accessory Devices are to be used during patient position acquisition. Additional devices used during the acquisition of the reference position artifacts. Required if additional RT Accessory Devices are to be used during patient position acquisition. One or more Items shall be included in this Sequence."""

    ReferencedPositionReferenceInstanceSequence: Annotated[
        list[RTPhysicianIntentInputInstanceSequenceItem] | None,
        Attribute(
            0x30020132, "SQ", "1", "3", name="Referenced Position Reference Instance Sequence"
        ),
    ] = None
    """Referenced Position Reference Instance Sequence (3002,0132): Type 3, VR SQ, VM 1. SOP Instances which may be used to provide a positional reference for verification of patient position in the current acquisition subtask. One or more Items are permitted in this Sequence."""
