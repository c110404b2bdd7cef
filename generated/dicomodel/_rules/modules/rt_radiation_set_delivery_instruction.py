"""Presence rules of RT Radiation Set Delivery Instruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTRadiationSetDeliveryInstructionModule = (
    "table_C.36.24-1",
    (
        (
            "ReferencedRTRadiationSetSequence",
            Attribute(0x300A0702, "SQ", "1", "1", name="Referenced RT Radiation Set Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "TreatmentDeviceIdentificationSequence",
            Attribute(0x300A063A, "SQ", "1", "2", name="Treatment Device Identification Sequence"),
            Lazy(
                "dicomodel.items.treatment_device_identification_item",
                "TreatmentDeviceIdentificationItem",
            ),
        ),
        (
            "RTRadiationSetDeliveryUsage",
            Attribute(0x300A079E, "CS", "1", "1", name="RT Radiation Set Delivery Usage"),
            None,
        ),
        (
            "RTRadiationSetDeliveryNumber",
            Attribute(
                0x300A0704,
                "US",
                "1",
                "1C",
                name="RT Radiation Set Delivery Number",
                when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "ClinicalFractionNumber",
            Attribute(
                0x300A0705,
                "US",
                "1",
                "1C",
                name="Clinical Fraction Number",
                when=("value", 0x300A079E, 0, "in", ("TREATMENT",)),
                otherwise="may",
            ),
            None,
        ),
        (
            "RTRadiationTaskSequence",
            Attribute(0x300A0797, "SQ", "1", "1", name="RT Radiation Task Sequence"),
            Lazy("dicomodel.items.rt_radiation_task_sequence_item", "RTRadiationTaskSequenceItem"),
        ),
        (
            "OmittedRadiationSequence",
            Attribute(
                0x300A0787,
                "SQ",
                "1",
                "1C",
                name="Omitted Radiation Sequence",
                when=("unknown", "depends on the referenced instance or item"),
            ),
            Lazy("dicomodel.items.omitted_radiation_sequence_item", "OmittedRadiationSequenceItem"),
        ),
    ),
)
