"""Item class RTRadiationTaskSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import (
    treatment_delivery_continuation_flag as _treatment_delivery_continuation_flag,
)
from dicomodel.items.device_motion_control_sequence_item import DeviceMotionControlSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.rt_delivery_start_patient_position_sequence_item import (
    RTDeliveryStartPatientPositionSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTRadiationTaskSequenceItem(DicomModel):
    """An item of RT Radiation Task Sequence (300A,0797), as first defined in RT Radiation Set Delivery Instruction Module Attributes (C.36.24-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Task Sequence"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300A0630, "SQ", "1", "1", name="Referenced RT Radiation Sequence"),
    ]
    """Referenced RT Radiation Sequence (300A,0630): Type 1, VR SQ, VM 1. Reference to a single RT Radiation SOP Instance containing the parameters to be used for the delivery of the RT Radiation."""

    RTDeliveryStartPatientPositionSequence: Annotated[
        list[RTDeliveryStartPatientPositionSequenceItem] | None,
        Attribute(0x300A0789, "SQ", "1", "2", name="RT Delivery Start Patient Position Sequence"),
    ]
    """RT Delivery Start Patient Position Sequence (300A,0789): Type 2, VR SQ, VM 1. The position of the patient at the start of delivery of the RT Radiation referenced in the RT Radiation Sequence (300A,0630)."""

    TreatmentDeliveryContinuationFlag: Annotated[
        _treatment_delivery_continuation_flag.TreatmentDeliveryContinuationFlag,
        Attribute(
            0x300A0708,
            "CS",
            "1",
            "1",
            name="Treatment Delivery Continuation Flag",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Treatment Delivery Continuation Flag (300A,0708): Type 1, VR CS, VM 1. Whether the task defines a continuation of a previously interrupted treatment delivery of the referenced RT Radiation. Enumerated Values: YES The task represents a continuation."""

    ContinuationStartMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740120,
            "FD",
            "1",
            "1C",
            name="Continuation Start Meterset",
            when=("value", 0x300A0708, 0, "in", ("YES",)),
        ),
    ] = None
    """Continuation Start Meterset (0074,0120): Type 1C, VR FD, VM 1. Required if Treatment Delivery Continuation Flag (300A,0708) is YES. Meterset within the RT Radiation referenced in the Referenced RT Radiation Sequence (300A,0630) at which treatment delivery starts."""

    ContinuationEndMeterset: Annotated[
        vr.FD | None,
        Attribute(
            0x00740121,
            "FD",
            "1",
            "1C",
            name="Continuation End Meterset",
            when=(
                "and",
                ("value", 0x300A0708, 0, "in", ("YES",)),
                ("unknown", "depends on the referenced instance or item"),
            ),
        ),
    ] = None
    """Continuation End Meterset (0074,0121): Type 1C, VR FD, VM 1. Required if Treatment Delivery Continuation Flag (300A,0708) is YES and the Continuation End Meterset (0074,0121) is not equal to the Meterset of the last RT Control Point in the referenced RT Radiation SOP Instance. Meterset within the RT Radiation referenced in the Referenced RT Radiation Sequence (300A,0630) at which treatment delivery ends."""

    RadiationOrderIndex: Annotated[
        vr.US | None, Attribute(0x300A0786, "US", "1", "2", name="Radiation Order Index")
    ]
    """Radiation Order Index (300A,0786): Type 2, VR US, VM 1. Index defining the order in which the RT Radiations are to be delivered. The value shall start at 1, and increase monotonically by 1."""

    ReferencedRTTreatmentPreparationSequence: Annotated[
        list[ReferencedInstanceSequenceItem] | None,
        Attribute(0x300A078B, "SQ", "1", "2", name="Referenced RT Treatment Preparation Sequence"),
    ]
    """Referenced RT Treatment Preparation Sequence (300A,078B): Type 2, VR SQ, VM 1. Reference to a RT Treatment Preparation SOP Instance that applies to this delivery. Only a single Item shall be included in this Sequence."""

    DeviceMotionControlSequence: Annotated[
        list[DeviceMotionControlSequenceItem] | None,
        Attribute(0x300A0450, "SQ", "1", "3", name="Device Motion Control Sequence"),
    ] = None
    """Device Motion Control Sequence (300A,0450): Type 3, VR SQ, VM 1. Device Motion Control Definitions for each degree of freedom. One or more Items are permitted in this Sequence."""
