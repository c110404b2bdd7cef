"""RT Radiation Set Delivery Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.omitted_radiation_sequence_item import OmittedRadiationSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.items.rt_radiation_task_sequence_item import RTRadiationTaskSequenceItem
from dicomodel.items.treatment_device_identification_sequence_item import (
    TreatmentDeviceIdentificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTRadiationSetDeliveryInstructionModule(DicomModel):
    """RT Radiation Set Delivery Instruction Module Attributes (PS3.3 Table C.36.24-1)."""

    dicom_name: ClassVar[str] = "RT Radiation Set Delivery Instruction"
    dicom_table: ClassVar[str] = "table_C.36.24-1"

    ReferencedRTRadiationSetSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300A0702, "SQ", "1", "1", name="Referenced RT Radiation Set Sequence"),
    ]
    """Referenced RT Radiation Set Sequence (300A,0702): Type 1, VR SQ, VM 1. Reference to a Radiation Set SOP Instance containing the Radiations to which the current SOP Instance applies. Only a single Item shall be included in this sequence."""

    TreatmentDeviceIdentificationSequence: Annotated[
        list[TreatmentDeviceIdentificationSequenceItem] | None,
        Attribute(0x300A063A, "SQ", "1", "2", name="Treatment Device Identification Sequence"),
    ]
    """Treatment Device Identification Sequence (300A,063A): Type 2, VR SQ, VM 1. Identifies the treatment device intended to be used for delivering the RT Radiation. See C.36.24.1.1. Zero or one Item shall be included in this Sequence."""

    RTRadiationSetDeliveryUsage: Annotated[
        vr.CS, Attribute(0x300A079E, "CS", "1", "1", name="RT Radiation Set Delivery Usage")
    ]
    """RT Radiation Set Delivery Usage (300A,079E): Type 1, VR CS, VM 1. The intended usage of the RT Radiation Set. This value may differ from the RT Radiation Set Intent (300A,0637) within the Instance referenced by the Referenced RT Radiation Set Sequence (300A,0702)."""

    RTRadiationSetDeliveryNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0704,
            "US",
            "1",
            "1C",
            name="RT Radiation Set Delivery Number",
            when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
            otherwise="may",
        ),
    ] = None
    """RT Radiation Set Delivery Number (300A,0704): Type 1C, VR US, VM 1. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. A number that indicates the RT Treatment Fraction of the referenced RT Radiation Set Instance to be delivered. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. See C.36.20.1.2."""

    ClinicalFractionNumber: Annotated[
        vr.US | None,
        Attribute(
            0x300A0705,
            "US",
            "1",
            "1C",
            name="Clinical Fraction Number",
            when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
            otherwise="may",
        ),
    ] = None
    """Clinical Fraction Number (300A,0705): Type 1C, VR US, VM 1. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. A number that indicates the RT Treatment Fraction to be delivered. Required if RT Radiation Set Delivery Usage (300A,079E) is TREATMENT. May be present otherwise. See C.36.20.1.2."""

    RTRadiationTaskSequence: Annotated[
        list[RTRadiationTaskSequenceItem],
        Attribute(0x300A0797, "SQ", "1", "1", name="RT Radiation Task Sequence"),
    ]
    """RT Radiation Task Sequence (300A,0797): Type 1, VR SQ, VM 1. Subset of RT Radiations to be delivered and/or to have quality assurance procedures applied. One or more Items shall be included in this Sequence."""

    OmittedRadiationSequence: Annotated[
        list[OmittedRadiationSequenceItem] | None,
        Attribute(
            0x300A0787,
            "SQ",
            "1",
            "1C",
            name="Omitted Radiation Sequence",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Omitted Radiation Sequence (300A,0787): Type 1C, VR SQ, VM 1. Required if one or more RT Radiation SOP Instances contained in the referenced RT Radiation Set are not to be delivered. Subset of RT Radiations that are not to be delivered. The delivery system shall not deliver any RT Radiations referenced in this Sequence."""
